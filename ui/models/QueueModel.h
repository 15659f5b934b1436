#pragma once
#include "queries/ListQueries.h"

#include <QAbstractTableModel>
#include <QHash>

namespace relance::ui {

// The drafts: one row per reminder, formatted for the reviewer, raw values for sorting and filtering.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ClientCol, InvoicesCol, OpenCol, DaysLateCol, BucketCol, LanguageCol, StateCol, FindingsCol, ColumnCount };

    explicit QueueModel(QObject* parent = nullptr);
    void setRows(QList<QueueRow> rows);            // the initial load
    void upsertRow(const QueueRow& row);           // dataChanged for a known id, beginInsertRows for a new one
    const QueueRow* rowById(qint64 id) const;
    const QueueRow& rowAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const { return m_index.value(id, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QueueRow> m_rows;
    QHash<qint64, int> m_index;
};

} // namespace relance::ui
