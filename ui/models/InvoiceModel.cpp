#include "InvoiceModel.h"

#include "Roles.h"
#include "Theme.h"

#include <QBrush>

namespace relance::ui {

namespace {
QVariant alignRight() { return QVariant(Qt::AlignRight | Qt::AlignVCenter); }
QVariant alignLeft() { return QVariant(Qt::AlignLeft | Qt::AlignVCenter); }
} // namespace

// ---------------------------------------------------------------------------------------------------- invoices
InvoiceModel::InvoiceModel(QDate asOf, AgingPolicy policy, QObject* parent)
    : QAbstractTableModel(parent), m_asOf(asOf), m_policy(policy)
{
}

void InvoiceModel::setRows(QList<InvoiceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void InvoiceModel::setDisputed(qint64 invoiceId, bool disputed)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == invoiceId) {
            m_rows[i].disputed = disputed;
            Q_EMIT dataChanged(index(i, StatusCol), index(i, StatusCol));
        }
}

int InvoiceModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int InvoiceModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant InvoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceRow& r = m_rows[index.row()];
    const int late = r.openMinor > 0 ? daysLate(r.dueDate, m_asOf) : 0;
    const AgingBucket bucket = r.openMinor > 0 ? bucketFor(late, m_policy) : AgingBucket::Current;
    auto status = [&] {
        if (r.disputed)
            return tr("Disputed");
        if (r.openMinor == 0)
            return tr("Paid");
        if (r.openMinor < 0)
            return tr("Credit");
        return r.openMinor < r.amountMinor ? tr("Partly paid") : tr("Open");
    };
    switch (role) {
    case IdRole: return r.id;
    case ClientIdRole: return r.clientId;
    case BucketRole: return r.openMinor > 0 ? int(bucket) : -2;
    case SearchRole: return QString(r.number + QLatin1Char(' ') + r.clientName);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberCol: return r.number;
        case ClientCol: return r.clientName;
        case IssueCol: return formatDate(r.issueDate);
        case DueCol: return formatDate(r.dueDate);
        case AmountCol: return formatMoney(r.amountMinor, r.currency, reviewerLocale());
        case OpenCol: return formatMoney(r.openMinor, r.currency, reviewerLocale());
        case DaysLateCol: return late > 0 ? reviewerLocale().toString(late) : QString();
        case BucketCol: return r.openMinor > 0 ? bucketShortLabel(bucket) : QString();
        case StatusCol: return status();
        }
        break;
    case RawRole:
        switch (index.column()) {
        case NumberCol: return r.number;
        case ClientCol: return r.clientName;
        case IssueCol: return r.issueDate;
        case DueCol: return r.dueDate;
        case AmountCol: return r.amountMinor;
        case OpenCol: return r.openMinor;
        case DaysLateCol: return late;
        case BucketCol: return r.openMinor > 0 ? int(bucket) : -1;
        case StatusCol: return status();
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == AmountCol || index.column() == OpenCol || index.column() == DaysLateCol ? alignRight()
                                                                                                         : alignLeft();
    case Qt::BackgroundRole:
        if (index.column() == BucketCol && r.openMinor > 0)
            return QBrush(bucketTint(bucket));
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusCol && r.disputed)
            return QBrush(QColor(0x8a, 0x4b, 0x08));
        if (r.openMinor == 0)
            return QBrush(QColor(0x80, 0x88, 0x92));
        break;
    }
    return {};
}

QVariant InvoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == AmountCol || section == OpenCol || section == DaysLateCol ? alignRight() : alignLeft();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: column header: invoice number
    case NumberCol: return tr("Invoice");
    case ClientCol: return tr("Client");
    //: column header: invoice date
    case IssueCol: return tr("Issued");
    //: column header: due date
    case DueCol: return tr("Due");
    case AmountCol: return tr("Amount");
    //: column header: amount still open
    case OpenCol: return tr("Open");
    //: column header (narrow): days past the due date
    case DaysLateCol: return tr("Days");
    case BucketCol: return tr("Bucket");
    case StatusCol: return tr("Status");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------- clients
ClientModel::ClientModel(QString currency, AgingPolicy policy, QObject* parent)
    : QAbstractTableModel(parent), m_currency(std::move(currency)), m_policy(policy)
{
}

void ClientModel::setRows(QList<ClientRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ClientModel::updateRow(const ClientRow& row)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == row.id) {
            m_rows[i] = row;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.push_back(row);
    endInsertRows();
}

int ClientModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ClientModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ClientModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientRow& r = m_rows[index.row()];
    const AgingBucket bucket = bucketFor(r.maxDaysLate, m_policy);
    switch (role) {
    case IdRole:
    case ClientIdRole: return r.id;
    case BucketRole: return int(bucket);
    case LanguageRole: return int(r.language);
    case SearchRole: return QString(r.number + QLatin1Char(' ') + r.name + QLatin1Char(' ') + r.accountant);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberCol: return r.number;
        case NameCol: return r.name;
        case LanguageCol: return languageCode(r.language).toUpper();
        case MandateCol: return mandateLabel(r.mandate);
        case AccountantCol: return r.accountant;
        case OpenInvoicesCol: return reviewerLocale().toString(r.openInvoices);
        case OpenCol: return formatMoney(r.openMinor, m_currency, reviewerLocale());
        case DaysLateCol: return r.maxDaysLate > 0 ? reviewerLocale().toString(r.maxDaysLate) : QString();
        case ChaseCol:
            if (!r.doNotChase)
                return QString();
            return r.doNotChaseUntil.isValid() ? tr("Paused until %1").arg(formatDate(r.doNotChaseUntil))
                                               : tr("Do not chase");
        }
        break;
    case RawRole:
        switch (index.column()) {
        case NumberCol: return r.number;
        case NameCol: return r.name;
        case LanguageCol: return languageCode(r.language);
        case MandateCol: return mandateLabel(r.mandate);
        case AccountantCol: return r.accountant;
        case OpenInvoicesCol: return r.openInvoices;
        case OpenCol: return r.openMinor;
        case DaysLateCol: return r.maxDaysLate;
        case ChaseCol: return r.doNotChase;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == OpenCol || index.column() == DaysLateCol || index.column() == OpenInvoicesCol
                   ? alignRight()
                   : (index.column() == LanguageCol ? QVariant(Qt::AlignCenter) : alignLeft());
    case Qt::BackgroundRole:
        if (index.column() == DaysLateCol && r.maxDaysLate > 0)
            return QBrush(bucketTint(bucket));
        break;
    }
    return {};
}

QVariant ClientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == OpenCol || section == DaysLateCol || section == OpenInvoicesCol ? alignRight() : alignLeft();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: column header: customer number in the accounting system
    case NumberCol: return tr("No.");
    case NameCol: return tr("Client");
    case LanguageCol: return tr("Lang.");
    case MandateCol: return tr("Mandate");
    case AccountantCol: return tr("Accountant");
    case OpenInvoicesCol: return tr("Open invoices");
    case OpenCol: return tr("Open amount");
    //: column header: days late of the oldest open invoice
    case DaysLateCol: return tr("Oldest (days)");
    //: column header: whether the client may be sent reminders
    case ChaseCol: return tr("Chasing");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------- tasks
TaskModel::TaskModel(QObject* parent) : QAbstractTableModel(parent) {}

void TaskModel::setRows(QList<TaskRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TaskModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int TaskModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TaskModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRow& r = m_rows[index.row()];
    switch (role) {
    case IdRole: return r.task.id;
    case ClientIdRole: return r.task.clientId;
    case StateRole: return r.task.done ? 1 : 0;
    case SearchRole: return QString(r.task.title + QLatin1Char(' ') + r.clientName + QLatin1Char(' ') + r.task.assignee);
    case Qt::CheckStateRole:
        if (index.column() == DoneCol)
            return r.task.done ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case DoneCol: return QString();
        case TitleCol: return r.task.title;
        case ClientCol: return r.clientName;
        case AssigneeCol: return r.task.assignee;
        case DueCol: return formatDate(r.task.dueDate);
        case CreatedCol: return formatDate(r.task.createdAt.toLocalTime().date());
        }
        break;
    case RawRole:
        switch (index.column()) {
        case DoneCol: return r.task.done;
        case TitleCol: return r.task.title;
        case ClientCol: return r.clientName;
        case AssigneeCol: return r.task.assignee;
        case DueCol: return r.task.dueDate;
        case CreatedCol: return r.task.createdAt.date();
        }
        break;
    case Qt::ToolTipRole: return r.task.body;
    case Qt::ForegroundRole:
        if (r.task.done)
            return QBrush(QColor(0x80, 0x88, 0x92));
        break;
    }
    return {};
}

bool TaskModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    TaskRow& r = m_rows[index.row()];
    if (index.column() == DoneCol && role == Qt::CheckStateRole) {
        const bool done = value.toInt() == Qt::Checked;
        if (!onSetDone || !onSetDone(r.task.id, done))
            return false;
        r.task.done = done;
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        return true;
    }
    if (index.column() == AssigneeCol && role == Qt::EditRole) {
        const QString who = value.toString().trimmed();
        if (!onSetAssignee || !onSetAssignee(r.task.id, who))
            return false;
        r.task.assignee = who;
        Q_EMIT dataChanged(index, index);
        return true;
    }
    return false;
}

Qt::ItemFlags TaskModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == DoneCol)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == AssigneeCol)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: column header: task finished
    case DoneCol: return tr("Done");
    case TitleCol: return tr("Task");
    case ClientCol: return tr("Client");
    //: column header: who the task is assigned to
    case AssigneeCol: return tr("Assigned to");
    case DueCol: return tr("Due");
    case CreatedCol: return tr("Created");
    }
    return {};
}

} // namespace relance::ui
