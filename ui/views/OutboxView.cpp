#include "OutboxView.h"

#include "Prompter.h"
#include "Theme.h"
#include "models/Roles.h"
#include "models/SortFilterProxy.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <nlohmann/json.hpp>
#include <QFrame>
#include <QPointer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace relance::ui {

using mail::OutboxEntry;
using mail::OutboxStatus;

namespace {
QString when(const QDateTime& t)
{
    return t.isValid() ? reviewerLocale().toString(t.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}
QDateTime whenOf(const OutboxEntry& e)
{
    switch (e.status) {
    case OutboxStatus::Waiting: return e.approvedAt;
    case OutboxStatus::Sent: return e.sentAt;
    default: return e.updatedAt;
    }
}
} // namespace

// --- model --------------------------------------------------------------------------------------------------------

QString OutboxModel::statusLabel(OutboxStatus s)
{
    switch (s) {
    //: outbox: approved, waiting for the sender
    case OutboxStatus::Waiting: return tr("Waiting");
    case OutboxStatus::Sending: return tr("Being sent");
    //: outbox: the reminder went out
    case OutboxStatus::Sent: return tr("Sent", "outbox");
    //: outbox: the sender could not tell whether the mail went out; a person must check
    case OutboxStatus::Ambiguous: return tr("To check: sent or not?");
    //: outbox: the reminder could not be sent
    case OutboxStatus::Failed: return tr("Failed", "outbox");
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

int OutboxModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }
int OutboxModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusCol: return tr("Status");
    case ClientCol: return tr("Client");
    case InvoicesCol: return tr("Invoices");
    case AmountCol: return tr("Amount");
    case RecipientCol: return tr("To");
    //: outbox column: approved at, sent at or last attempt, depending on the status
    case WhenCol: return tr("When");
    case DetailCol: return tr("Reason or message id");
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    const OutboxEntry* e = entry(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case IdRole: return e->reminderId;
    case ClientIdRole: return e->clientId;
    case StateRole: return int(e->status);
    case SearchRole:
        return QStringList{e->clientName, e->clientNumber, e->invoiceNumbers.join(u' '), e->recipient, e->reason,
                           e->internetMessageId}
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
    default: break;
    }
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case StatusCol: return raw ? QVariant(int(e->status)) : QVariant(statusLabel(e->status));
    case ClientCol: return e->clientName;
    case InvoicesCol: return e->invoiceNumbers.join(QStringLiteral(", "));
    case AmountCol:
        return raw ? QVariant(e->totalMinor) : QVariant(formatMoney(e->totalMinor, e->currency, reviewerLocale()));
    case RecipientCol: return e->recipient;
    case WhenCol: return raw ? QVariant(whenOf(*e)) : QVariant(when(whenOf(*e)));
    case DetailCol:
        if (e->status == OutboxStatus::Sent)
            return e->internetMessageId.isEmpty() ? e->messageId : e->internetMessageId;
        return e->reason;
    }
    return {};
}

// --- view ---------------------------------------------------------------------------------------------------------

QIcon OutboxView::navigationIcon()
{
    QPixmap pm(36, 36);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0x4a, 0x55, 0x63), 3);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.drawRoundedRect(QRectF(4, 9, 28, 20), 2, 2);
    QPainterPath flap;
    flap.moveTo(5, 11);
    flap.lineTo(18, 21);
    flap.lineTo(31, 11);
    p.drawPath(flap);
    return QIcon(pm);
}

OutboxView::OutboxView(ReviewSession& session, QWidget* parent)
    : QWidget(parent), m_s(session), m_model(new OutboxModel(this)), m_proxy(new SortFilterProxy(this))
{
    setObjectName(QStringLiteral("page"));
    m_proxy->setSourceModel(m_model);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    auto* head = new QHBoxLayout;
    auto* title = new QLabel(tr("Outbox"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cardCaption"));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("outboxFilter"));
    m_filter->addItem(tr("All"), int(Filter::All));
    m_filter->addItem(tr("Needs a person"), int(Filter::NeedsPerson));
    m_filter->addItem(tr("Waiting or being sent"), int(Filter::Pending));
    m_filter->addItem(tr("Sent", "outbox filter"), int(Filter::Sent));
    m_sendNow = new QPushButton(icon(QStringLiteral("approve")), tr("Send now"), this);
    m_sendNow->setObjectName(QStringLiteral("sendNow"));
    m_sendNow->setToolTip(tr("Sends the approved reminders now, at the configured pace, after a last check against the "
                             "accounting data (otherwise they go out with the next scheduled run)"));
    head->addWidget(title);
    head->addWidget(m_summary, 1);
    head->addWidget(m_sendNow);
    head->addWidget(m_filter);
    outer->addLayout(head);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false); // core's order: what needs a person first, then the sender's order
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {170, 170, 120, 110, 170, 120};
    for (int c = 0; c < 6; ++c)
        m_table->setColumnWidth(c, widths[c]);
    outer->addWidget(m_table, 1);

    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("card"));
    auto* pl = new QVBoxLayout(panel);
    m_detail = new QLabel(panel);
    m_detail->setObjectName(QStringLiteral("outboxDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    // Wrap to the panel's width (not the text's), and keep room for the longest explanation so the table does not jump.
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 4);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    m_markSent = new QPushButton(icon(QStringLiteral("approve")), tr("It was sent"), panel);
    m_markSent->setObjectName(QStringLiteral("markSent"));
    m_markSent->setToolTip(tr("You found it in the mailbox's Sent Items, or the client has it: record it as sent"));
    m_sendAgain = new QPushButton(icon(QStringLiteral("regenerate")), tr("It was not sent: send again"), panel);
    m_sendAgain->setObjectName(QStringLiteral("sendAgain"));
    m_sendAgain->setToolTip(tr("You are sure it did not go out: it goes back to the outbox and is sent with the next run"));
    buttons->addWidget(m_markSent);
    buttons->addWidget(m_sendAgain);
    buttons->addStretch(1);
    pl->addWidget(m_detail);
    pl->addLayout(buttons);
    outer->addWidget(panel);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { setFilter(Filter(m_filter->currentData().toInt())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrent(); });
    connect(m_markSent, &QPushButton::clicked, this, &OutboxView::confirmSent);
    connect(m_sendAgain, &QPushButton::clicked, this, &OutboxView::sendAgain);
    connect(m_sendNow, &QPushButton::clicked, this, &OutboxView::sendNow);
    m_cliPath = QDir(QCoreApplication::applicationDirPath())
                    .filePath(QStringLiteral("relance-cli") + QStringLiteral(RELANCE_EXE_SUFFIX));
    showCurrent();
}

void OutboxView::sendNow()
{
    if (m_process)
        return;
    if (!m_s.canAct()) {
        Q_EMIT message(2, tr("Nothing was sent: you have no role in this database."));
        return;
    }
    if (!QFileInfo(m_cliPath).isExecutable()) {
        Q_EMIT message(2, tr("Nothing was sent: the sending program was not found at %1.").arg(QDir::toNativeSeparators(m_cliPath)));
        return;
    }
    if (m_s.databaseUrl.isEmpty()) {
        Q_EMIT message(2, tr("Nothing was sent: this window has no database address to give the sender."));
        return;
    }
    // The session's configuration as the child reads it: a private file (the folder is the user's only), removed when
    // the run ends. The database address goes in it too, never on the command line, where `ps` would show a password.
    m_runDir = std::make_unique<QTemporaryDir>();
    if (!m_runDir->isValid()) {
        Q_EMIT message(2, tr("Nothing was sent: no temporary folder (%1).").arg(m_runDir->errorString()));
        m_runDir.reset();
        return;
    }
    const QString configPath = m_runDir->filePath(QStringLiteral("send.ini"));
    {
        QSettings ini(configPath, QSettings::IniFormat);
        Config config = m_s.config;
        config.database.url = m_s.databaseUrl;
        config.save(ini);
        ini.sync();
        if (ini.status() != QSettings::NoError) {
            Q_EMIT message(2, tr("Nothing was sent: the configuration could not be written to %1.").arg(configPath));
            m_runDir.reset();
            return;
        }
    }
    m_process = new QProcess(this);
    m_process->setProgram(m_cliPath);
    m_process->setArguments({QStringLiteral("--config"), configPath, QStringLiteral("send"), QStringLiteral("--json")});
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QByteArray out = m_process->readAllStandardOutput();
        const QByteArray err = m_process->readAllStandardError();
        m_process->deleteLater();
        m_process = nullptr;
        m_runDir.reset();
        sendFinished(status == QProcess::NormalExit ? exitCode : -1, out, err);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || !m_process)
            return;
        const QString why = m_process->errorString();
        m_process->deleteLater();
        m_process = nullptr;
        m_runDir.reset();
        m_sendNow->setText(tr("Send now"));
        Q_EMIT message(2, tr("Nothing was sent: the sending program did not start (%1).").arg(why));
        updateSummary();
    });
    m_sendNow->setEnabled(false);
    m_sendNow->setText(tr("Sending…"));
    Q_EMIT message(0, tr("Sending the approved reminders at the configured pace (%n a minute)…", "", m_s.config.mail.sendsPerMinute));
    m_process->start();
}

void OutboxView::sendFinished(int exitCode, const QByteArray& out, const QByteArray& err)
{
    m_sendNow->setText(tr("Send now"));
    // The last line of stdout is the report (logging goes to stderr).
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const auto j = nlohmann::json::parse(lines.isEmpty() ? std::string() : lines.last().toStdString(), nullptr, false);
    if (j.is_object()) {
        const int sent = j.value("sent", 0), ambiguous = j.value("ambiguous", 0), failed = j.value("failed", 0);
        const int back = j.value("review", 0) + j.value("cancelled", 0);
        const int waiting = j.value("waiting", 0) + j.value("pending", 0) + j.value("released", 0);
        QStringList parts;
        parts << tr("%n sent", "", sent);
        if (back > 0)
            parts << tr("%n back to review or cancelled (paid, replied or changed)", "", back);
        if (waiting > 0)
            parts << tr("%n still waiting", "", waiting);
        if (failed > 0)
            parts << tr("%n failed", "", failed);
        if (ambiguous > 0)
            parts << tr("%n to check by a person", "", ambiguous);
        QString text = tr("Send run finished: %1.").arg(parts.join(QStringLiteral(", ")));
        if (j.value("signInRequired", false))
            text += QLatin1Char(' ') + tr("Sign in again to Microsoft 365 in Settings.");
        Q_EMIT message(ambiguous + failed > 0 || j.value("signInRequired", false) ? 1 : 0, text);
    } else {
        const QString why = QString::fromUtf8(err).trimmed().section(QLatin1Char('\n'), -1);
        Q_EMIT message(2, tr("The send run failed (exit code %1): %2").arg(exitCode).arg(why.isEmpty() ? tr("no report") : why));
    }
    if (auto r = reload(); !r)
        Q_EMIT message(2, tr("The outbox could not be read: %1").arg(r.error().detail));
    Q_EMIT outboxChanged();
}

void OutboxView::setFilter(Filter f)
{
    switch (f) {
    case Filter::All: m_proxy->setStates({}); break;
    case Filter::NeedsPerson: m_proxy->setStates({int(OutboxStatus::Ambiguous), int(OutboxStatus::Failed)}); break;
    case Filter::Pending: m_proxy->setStates({int(OutboxStatus::Waiting), int(OutboxStatus::Sending)}); break;
    case Filter::Sent: m_proxy->setStates({int(OutboxStatus::Sent)}); break;
    }
    const int i = m_filter->findData(int(f));
    if (i >= 0 && i != m_filter->currentIndex())
        m_filter->setCurrentIndex(i);
    showCurrent();
}

Result<void> OutboxView::reload()
{
    const qint64 keep = currentId();
    auto listing = mail::readOutbox(*m_s.db);
    if (!listing)
        return std::unexpected(listing.error());
    m_counts = listing->counts;
    m_model->setEntries(std::move(listing->entries));
    updateSummary();
    if (!keep || !selectReminder(keep))
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    showCurrent();
    return {};
}

void OutboxView::updateSummary()
{
    m_sendNow->setEnabled(!m_process && m_counts.waiting > 0 && m_s.canAct());
    QStringList parts;
    parts << tr("%n waiting", "", m_counts.waiting);
    if (m_counts.sending > 0)
        parts << tr("%n being sent", "", m_counts.sending);
    parts << tr("%n sent", "", m_counts.sent);
    if (m_counts.ambiguous > 0)
        parts << tr("%n to check", "", m_counts.ambiguous);
    if (m_counts.failed > 0)
        parts << tr("%n failed", "", m_counts.failed);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

bool OutboxView::selectReminder(qint64 reminderId)
{
    const int row = m_model->rowOf(reminderId);
    if (row < 0)
        return false;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!i.isValid())
        return false;
    m_table->selectRow(i.row());
    m_table->scrollTo(i);
    return true;
}

qint64 OutboxView::currentId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(IdRole).toLongLong() : 0;
}

void OutboxView::showCurrent()
{
    const OutboxEntry* e = m_model->entry(m_model->rowOf(currentId()));
    const bool ambiguous = e && e->status == OutboxStatus::Ambiguous;
    m_markSent->setVisible(ambiguous);
    m_sendAgain->setVisible(ambiguous);
    if (!e) {
        m_detail->setText(m_model->rowCount() == 0 ? tr("The outbox is empty: approved reminders appear here until they are sent.")
                                                   : tr("Select a reminder to see the details."));
        return;
    }
    const QString who = QStringLiteral("<b>%1</b> – %2 – %3")
                            .arg(e->clientName.toHtmlEscaped(), e->invoiceNumbers.join(QStringLiteral(", ")).toHtmlEscaped(),
                                 e->subject.toHtmlEscaped());
    QString text;
    switch (e->status) {
    case OutboxStatus::Waiting:
        text = tr("Approved %1 by %2; it goes out with the next send run, after a last check against the accounting data.")
                   .arg(when(e->approvedAt), e->approvedBy);
        break;
    case OutboxStatus::Sending:
        text = tr("Being sent since %1. If the sender stopped, the next run looks it up in the mailbox before doing anything.")
                   .arg(when(e->updatedAt));
        break;
    case OutboxStatus::Sent:
        text = tr("Sent %1 to %2. Message id: %3").arg(when(e->sentAt), e->recipient, e->internetMessageId.isEmpty() ? e->messageId : e->internetMessageId);
        break;
    case OutboxStatus::Ambiguous:
        text = tr("The sender could not tell whether Microsoft 365 delivered this reminder (%1). Look for it in the "
                  "mailbox's Sent Items or ask the client, then decide. Sending it again without checking may send it twice.")
                   .arg(e->reason);
        break;
    case OutboxStatus::Failed:
        text = tr("Not sent: %1. Correct the cause (for example the client's e-mail address), then draft the reminder again.")
                   .arg(e->reason);
        break;
    }
    m_detail->setText(who + QStringLiteral("<br>") + text.toHtmlEscaped());
}

void OutboxView::confirmSent() { decide(mail::AmbiguousDecision::WasSent); }
void OutboxView::sendAgain() { decide(mail::AmbiguousDecision::NotSentResend); }

void OutboxView::decide(mail::AmbiguousDecision decision)
{
    const OutboxEntry* e = m_model->entry(m_model->rowOf(currentId()));
    if (!e || e->status != OutboxStatus::Ambiguous || !m_s.prompter)
        return;
    const qint64 id = e->reminderId;
    const int version = e->version;
    const bool sent = decision == mail::AmbiguousDecision::WasSent;
    const QString title = sent ? tr("It was sent") : tr("It was not sent: send again");
    const QString label = sent ? tr("Where did you confirm it was sent? (kept in the audit log)")
                               : tr("How do you know it was not sent? (kept in the audit log)");
    QPointer<OutboxView> self(this);
    m_s.prompter->askText(this, title, label, QString(), [self, id, version, decision, sent](std::optional<QString> note) {
        if (!self || !note)
            return;
        auto ok = mail::resolveAmbiguous(*self->m_s.db, id, version, decision, self->m_s.actor, note->trimmed());
        if (!ok) {
            Q_EMIT self->message(2, ok.error().code == ErrorCode::Conflict
                                        ? tr("Nothing was changed: the reminder changed meanwhile (%1). The outbox is shown as it is now.")
                                              .arg(ok.error().detail)
                                        : tr("The decision could not be saved: %1").arg(ok.error().detail));
            if (auto r = self->reload(); !r)
                Q_EMIT self->message(2, tr("The outbox could not be read: %1").arg(r.error().detail));
            Q_EMIT self->outboxChanged();
            return;
        }
        Q_EMIT self->message(0, sent ? tr("Recorded as sent.") : tr("Back in the outbox: it is sent again with the next run."));
        if (auto r = self->reload(); !r)
            Q_EMIT self->message(2, tr("The outbox could not be read: %1").arg(r.error().detail));
        self->selectReminder(id);
        Q_EMIT self->outboxChanged();
    });
}

} // namespace relance::ui
