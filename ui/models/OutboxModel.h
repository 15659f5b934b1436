#pragma once
// The outbox as a table: one row per reminder that is approved, being sent, sent, flagged or failed, in core's order
// (what needs a person first). DisplayRole is formatted text, RawRole the value the proxy sorts and filters on.
#include "mail/OutboxReview.h"

#include <QAbstractTableModel>

namespace relance::ui {

class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusCol,
        ClientCol,
        InvoicesCol,
        AmountCol,
        RecipientCol,
        WhenCol,
        DetailCol,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<mail::OutboxEntry> entries);
    // Replaces one row in place (after a decision), or removes it when `entry` is empty.
    void updateEntry(qint64 reminderId, const std::optional<mail::OutboxEntry>& entry);
    const mail::OutboxEntry* entry(int row) const;
    int rowOf(qint64 reminderId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(mail::OutboxStatus s);
    // A time as the outbox shows it: local, dd.MM.yyyy HH:mm in the reviewer's locale; empty when invalid.
    static QString when(const QDateTime& t);

private:
    QList<mail::OutboxEntry> m_entries;
};

} // namespace relance::ui
