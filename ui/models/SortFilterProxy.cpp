#include "SortFilterProxy.h"

#include "Roles.h"
#include "Theme.h"

#include <QDate>

namespace relance::ui {

SortFilterProxy::SortFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawRole);
    setDynamicSortFilter(true);
    m_collator = QCollator(reviewerLocale());
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void SortFilterProxy::refilter() { invalidateFilter(); }

void SortFilterProxy::setBucket(int bucket)
{
    if (m_bucket != bucket) {
        m_bucket = bucket;
        refilter();
    }
}

void SortFilterProxy::setLanguage(int language)
{
    if (m_language != language) {
        m_language = language;
        refilter();
    }
}

void SortFilterProxy::setStates(const QSet<int>& states)
{
    if (m_states != states) {
        m_states = states;
        refilter();
    }
}

void SortFilterProxy::setClientId(qint64 clientId)
{
    if (m_clientId != clientId) {
        m_clientId = clientId;
        refilter();
    }
}

void SortFilterProxy::setSearchText(const QString& text)
{
    const QString t = text.trimmed();
    if (m_search != t) {
        m_search = t;
        refilter();
    }
}

void SortFilterProxy::setHideZeroRaw(int column, bool hide)
{
    const int c = hide ? column : -1;
    if (m_zeroColumn != c) {
        m_zeroColumn = c;
        refilter();
    }
}

bool SortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_bucket >= 0 && first.data(BucketRole).toInt() != m_bucket)
        return false;
    if (m_language >= 0 && first.data(LanguageRole).toInt() != m_language)
        return false;
    if (!m_states.isEmpty() && !m_states.contains(first.data(StateRole).toInt()))
        return false;
    if (m_clientId != 0 && first.data(ClientIdRole).toLongLong() != m_clientId)
        return false;
    if (m_zeroColumn >= 0 && sourceModel()->index(sourceRow, m_zeroColumn, sourceParent).data(RawRole).toLongLong() == 0)
        return false;
    if (!m_search.isEmpty() && !first.data(SearchRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool SortFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(RawRole);
    const QVariant r = right.data(RawRole);
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    if (l.userType() == QMetaType::QDate && r.userType() == QMetaType::QDate)
        return l.toDate() < r.toDate();
    if (l.userType() == QMetaType::Double || r.userType() == QMetaType::Double)
        return l.toDouble() < r.toDouble();
    if (l.userType() == QMetaType::Bool || r.userType() == QMetaType::Bool)
        return l.toBool() < r.toBool();
    return l.toLongLong() < r.toLongLong();
}

} // namespace relance::ui
