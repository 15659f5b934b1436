#pragma once
// The queue's filter row: search, bucket, language, state, the client filter (from a client page) and the count.
// It drives a SortFilterProxy and nothing else.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace relance::ui {

class SortFilterProxy;

class QueueFilterBar : public QWidget
{
    Q_OBJECT
public:
    QueueFilterBar(SortFilterProxy* proxy, QWidget* parent = nullptr);

    void filterBucket(int bucket); // -1: any
    // clientId 0 lifts the client filter; a client filter shows all states, lifting it shows those to review.
    void filterClient(qint64 clientId, const QString& name);
    void updateCount();

private:
    SortFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_bucket;
    QComboBox* m_language;
    QComboBox* m_state;
    QLabel* m_clientFilter;
    QLabel* m_count;
};

} // namespace relance::ui
