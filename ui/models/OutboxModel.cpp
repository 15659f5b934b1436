#include "models/OutboxModel.h"

#include "Theme.h"
#include "models/Roles.h"

#include <QColor>

namespace relance::ui {

using mail::OutboxEntry;
using mail::OutboxStatus;

QString OutboxModel::when(const QDateTime& t)
{
    return t.isValid() ? reviewerLocale().toString(t.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

namespace {
QDateTime whenOf(const OutboxEntry& e)
{
    switch (e.status) {
    case OutboxStatus::Waiting:
        return e.approvedAt;
    case OutboxStatus::Sent:
        return e.sentAt;
    default:
        return e.updatedAt;
    }
}
} // namespace

QString OutboxModel::statusLabel(OutboxStatus s)
{
    switch (s) {
    //: outbox: approved, waiting for the sender
    case OutboxStatus::Waiting:
        return tr("Waiting");
    case OutboxStatus::Sending:
        return tr("Being sent");
    //: outbox: the reminder went out
    case OutboxStatus::Sent:
        return tr("Sent", "outbox");
    //: outbox: the sender could not tell whether the mail went out; a person must check
    case OutboxStatus::Ambiguous:
        return tr("To check: sent or not?");
    //: outbox: the reminder could not be sent
    case OutboxStatus::Failed:
        return tr("Failed", "outbox");
    }
    return {};
}

void OutboxModel::setEntries(QList<OutboxEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int OutboxModel::rowOf(qint64 reminderId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].reminderId == reminderId)
            return i;
    return -1;
}

void OutboxModel::updateEntry(qint64 reminderId, const std::optional<OutboxEntry>& entry)
{
    const int row = rowOf(reminderId);
    if (row < 0)
        return;
    if (!entry) {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
        return;
    }
    m_entries[row] = *entry;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const OutboxEntry* OutboxModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}
int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusCol:
        return tr("Status");
    case ClientCol:
        return tr("Client");
    case InvoicesCol:
        return tr("Invoices");
    case AmountCol:
        return tr("Amount");
    case RecipientCol:
        return tr("To");
    //: outbox column: approved at, sent at or last attempt, depending on the status
    case WhenCol:
        return tr("When");
    case DetailCol:
        return tr("Reason or message id");
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    const OutboxEntry* e = entry(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case IdRole:
        return e->reminderId;
    case ClientIdRole:
        return e->clientId;
    case StateRole:
        return int(e->status);
    case SearchRole:
        return QStringList{e->clientName, e->clientNumber, e->invoiceNumbers.join(u' '),
                           e->recipient,  e->reason,       e->internetMessageId}
            .join(u' ');
    case Qt::BackgroundRole:
        if (e->status == OutboxStatus::Ambiguous)
            return QColor(0xff, 0xf4, 0xd6);
        if (e->status == OutboxStatus::Failed)
            return QColor(0xfb, 0xe3, 0xe1);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusCol && e->status == OutboxStatus::Ambiguous)
            return QColor(0x8a, 0x5a, 0x00);
        if (index.column() == StatusCol && e->status == OutboxStatus::Failed)
            return QColor(0xb8, 0x2e, 0x2e);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AmountCol ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == DetailCol || index.column() == StatusCol)
            return e->reason.isEmpty() ? e->internetMessageId : e->reason;
        return {};
    default:
        break;
    }
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case StatusCol:
        return raw ? QVariant(int(e->status)) : QVariant(statusLabel(e->status));
    case ClientCol:
        return e->clientName;
    case InvoicesCol:
        return e->invoiceNumbers.join(QStringLiteral(", "));
    case AmountCol:
        return raw ? QVariant(e->totalMinor) : QVariant(formatMoney(e->totalMinor, e->currency, reviewerLocale()));
    case RecipientCol:
        return e->recipient;
    case WhenCol:
        return raw ? QVariant(whenOf(*e)) : QVariant(when(whenOf(*e)));
    case DetailCol:
        if (e->status == OutboxStatus::Sent)
            return e->internetMessageId.isEmpty() ? e->messageId : e->internetMessageId;
        return e->reason;
    }
    return {};
}

} // namespace relance::ui
