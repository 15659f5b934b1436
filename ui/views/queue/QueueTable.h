#pragma once
// The drafts table: sorted by days late, columns never narrower than their title in the reviewer's language,
// whole-row selection. It knows rows by reminder id; what a row shows comes from QueueModel.
#include <QTableView>

namespace relance::ui {

class QueueModel;
class SortFilterProxy;

class QueueTable : public QTableView
{
    Q_OBJECT
public:
    QueueTable(QueueModel* model, SortFilterProxy* proxy, QWidget* parent = nullptr);

    qint64 currentDraftId() const; // 0: none
    int currentProxyRow() const;   // -1: none
    qint64 idAt(int proxyRow) const;
    int proxyRowOf(qint64 id) const;   // -1: filtered out or unknown
    bool selectProxyRow(int proxyRow); // false (and the selection cleared) when out of range
    bool selectDraft(qint64 id);       // false when the draft is not shown
    QList<qint64> selectedDraftIds() const;

Q_SIGNALS:
    void currentDraftChanged(qint64 id); // 0: none

private:
    QueueModel* m_model;
    SortFilterProxy* m_proxy;
};

} // namespace relance::ui
