#include "QueueModel.h"

#include "Roles.h"
#include "Theme.h"

#include <QBrush>
#include <QFont>

namespace relance::ui {

QueueModel::QueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void QueueModel::setRows(QList<QueueRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].id, i);
    endResetModel();
}

void QueueModel::upsertRow(const QueueRow& row)
{
    const int at = rowOf(row.id);
    if (at >= 0) {
        m_rows[at] = row;
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_index.insert(row.id, int(m_rows.size()));
    m_rows.push_back(row);
    endInsertRows();
}

const QueueRow* QueueModel::rowById(qint64 id) const
{
    const int at = rowOf(id);
    return at >= 0 ? &m_rows[at] : nullptr;
}

int QueueModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int QueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow& r = m_rows[index.row()];
    switch (role) {
    case IdRole: return r.id;
    case ClientIdRole: return r.clientId;
    case BucketRole: return int(r.bucket);
    case LanguageRole: return int(r.language);
    case StateRole: return int(r.state);
    case SearchRole: return QString(r.clientName + QLatin1Char(' ') + r.invoiceNumbers);
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClientCol: return r.clientName;
        case InvoicesCol: return r.invoiceNumbers;
        case OpenCol: return formatMoney(r.openMinor, r.currency, reviewerLocale());
        case DaysLateCol: return reviewerLocale().toString(r.daysLate);
        case BucketCol: return bucketShortLabel(r.bucket);
        case LanguageCol: return languageCode(r.language).toUpper();
        case StateCol:
            return r.state == ReminderState::Snoozed && r.snoozedUntil.isValid()
                       ? tr("Snoozed until %1").arg(formatDate(r.snoozedUntil))
                       : stateLabel(r.state);
        case FindingsCol:
            if (r.findings == 0)
                return QString();
            return r.blockingFindings > 0 ? tr("%n blocking", "findings", r.blockingFindings)
                                          : tr("%n warning(s)", "findings", r.findings);
        }
        break;
    case RawRole:
        switch (index.column()) {
        case ClientCol: return r.clientName;
        case InvoicesCol: return r.invoiceCount;
        case OpenCol: return r.openMinor;
        case DaysLateCol: return r.daysLate;
        case BucketCol: return int(r.bucket);
        case LanguageCol: return languageCode(r.language);
        case StateCol: return int(r.state);
        case FindingsCol: return r.blockingFindings * 1000 + r.findings;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == OpenCol || index.column() == DaysLateCol)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == LanguageCol)
            return QVariant(Qt::AlignCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (index.column() == BucketCol)
            return QBrush(bucketTint(r.bucket));
        break;
    case Qt::ForegroundRole:
        if (index.column() == BucketCol)
            return QBrush(bucketColor(r.bucket).darker(140));
        if (index.column() == FindingsCol && r.blockingFindings > 0)
            return QBrush(QColor(0xb8, 0x2e, 0x2e));
        if (r.state != ReminderState::Drafted && r.state != ReminderState::NeedsReview)
            return QBrush(QColor(0x80, 0x88, 0x92));
        break;
    case Qt::DecorationRole:
        if (index.column() == FindingsCol && r.findings > 0)
            return icon(r.blockingFindings > 0 ? QStringLiteral("finding-blocking") : QStringLiteral("finding-warning"));
        break;
    case Qt::ToolTipRole:
        if (index.column() == InvoicesCol)
            return tr("%n invoice(s): %1", "", r.invoiceCount).arg(r.invoiceNumbers);
        break;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == OpenCol || section == DaysLateCol ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClientCol: return tr("Client");
    case InvoicesCol: return tr("Invoices");
    case OpenCol: return tr("Open amount");
    //: column header (narrow): days past the due date
    case DaysLateCol: return tr("Days");
    //: column header: aging bucket
    case BucketCol: return tr("Bucket");
    //: column header: language of the reminder
    case LanguageCol: return tr("Lang.");
    case StateCol: return tr("State");
    //: column header: problems the validator found in the draft
    case FindingsCol: return tr("Findings");
    }
    return {};
}

} // namespace relance::ui
