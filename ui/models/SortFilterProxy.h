#pragma once
// One proxy for every list: sorts on RawRole (so "CHF 1’234.50" sorts as 123450) with QCollator for text,
// and filters on bucket, language, states, client and a case-insensitive text search over SearchRole.
#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

namespace relance::ui {

class SortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SortFilterProxy(QObject* parent = nullptr);

    void setBucket(int bucket);                 // -1: any
    void setLanguage(int language);             // -1: any
    void setStates(const QSet<int>& states);    // empty: any
    void setClientId(qint64 clientId);          // 0: any
    void setSearchText(const QString& text);
    void setHideZeroRaw(int column, bool hide); // e.g. "open only" on an open-amount column
    int bucket() const { return m_bucket; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    int m_bucket = -1;
    int m_language = -1;
    QSet<int> m_states;
    qint64 m_clientId = 0;
    QString m_search;
    int m_zeroColumn = -1;
    QCollator m_collator;
};

} // namespace relance::ui
