#include "QueueTable.h"

#include "models/QueueModel.h"
#include "models/Roles.h"
#include "models/SortFilterProxy.h"

#include <QHeaderView>

namespace relance::ui {

QueueTable::QueueTable(QueueModel* model, SortFilterProxy* proxy, QWidget* parent)
    : QTableView(parent), m_model(model), m_proxy(proxy)
{
    setObjectName(QStringLiteral("queueTable"));
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(QueueModel::DaysLateCol, Qt::DescendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(24);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    setColumnWidth(QueueModel::ClientCol, 165);
    setColumnWidth(QueueModel::InvoicesCol, 66);
    setColumnWidth(QueueModel::OpenCol, 100);
    setColumnWidth(QueueModel::DaysLateCol, 46);
    setColumnWidth(QueueModel::BucketCol, 68);
    setColumnWidth(QueueModel::LanguageCol, 42);
    setColumnWidth(QueueModel::StateCol, 96);
    // Never narrower than the column's title in the reviewer's language ("Offener Betrag" is longer than "Open").
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        setColumnWidth(c, qMax(columnWidth(c), horizontalHeader()->sectionSizeHint(c)));
    horizontalHeader()->setMinimumSectionSize(36);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        Q_EMIT currentDraftChanged(current.isValid() ? current.data(IdRole).toLongLong() : 0);
    });
}

qint64 QueueTable::currentDraftId() const
{
    return currentIndex().isValid() ? currentIndex().data(IdRole).toLongLong() : 0;
}

int QueueTable::currentProxyRow() const
{
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

qint64 QueueTable::idAt(int proxyRow) const
{
    return m_proxy->index(proxyRow, 0).data(IdRole).toLongLong();
}

int QueueTable::proxyRowOf(qint64 id) const
{
    const int src = m_model->rowOf(id);
    const QModelIndex idx = src >= 0 ? m_proxy->mapFromSource(m_model->index(src, 0)) : QModelIndex();
    return idx.isValid() ? idx.row() : -1;
}

bool QueueTable::selectProxyRow(int proxyRow)
{
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount()) {
        selectionModel()->clearSelection();
        return false;
    }
    const QModelIndex idx = m_proxy->index(proxyRow, 0);
    selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(idx);
    return true;
}

bool QueueTable::selectDraft(qint64 id)
{
    const int row = proxyRowOf(id);
    return row >= 0 && selectProxyRow(row);
}

QList<qint64> QueueTable::selectedDraftIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& idx : selectionModel()->selectedRows())
        ids << idx.data(IdRole).toLongLong();
    return ids;
}

} // namespace relance::ui
