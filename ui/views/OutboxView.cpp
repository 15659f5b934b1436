#include "OutboxView.h"

#include "ErrorText.h"
#include "Prompter.h"
#include "Theme.h"
#include "mail/Sender.h"
#include "models/Roles.h"
#include "models/SortFilterProxy.h"
#include "worker/IoWorker.h"

#include <QComboBox>
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
using Severity = NotificationArea::Severity;

namespace {
QString when(const QDateTime& t) { return OutboxModel::when(t); }
} // namespace

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
    showCurrent();
}

void OutboxView::setWorker(worker::IoWorkerThread* thread)
{
    m_worker = thread;
    if (!thread)
        return;
    worker::IoWorker* w = thread->worker();
    // The worker lives on its own thread: these connections are queued into the GUI thread.
    connect(w, &worker::IoWorker::sendProgress, this, [this](qint64, const QString&) {
        if (!m_sending)
            return;
        ++m_sendDone;
        //: the Send now button while a send run goes on: %n reminders dealt with so far
        m_sendNow->setText(tr("Sending… %n done", "", m_sendDone));
    });
    connect(w, &worker::IoWorker::sendFinished, this, [this](const mail::SendReport& report) {
        if (m_sending)
            sendFinished(report);
    });
    connect(w, &worker::IoWorker::sendFailed, this, [this](const Error& error) {
        if (m_sending)
            sendFailed(error);
    });
}

void OutboxView::sendNow()
{
    if (m_sending)
        return;
    if (!m_s.canAct()) {
        Q_EMIT message(Severity::Error, tr("Nothing was sent: you have no role in this database."));
        return;
    }
    if (!m_worker) {
        Q_EMIT message(Severity::Error, tr("Nothing was sent: this window has no worker to send with."));
        return;
    }
    m_sending = true;
    m_sendDone = 0;
    m_sendNow->setEnabled(false);
    m_sendNow->setText(tr("Sending…"));
    Q_EMIT message(Severity::Info,
                   tr("Sending the approved reminders at the configured pace (%n a minute)…", "", m_s.config.mail.sendsPerMinute));
    m_worker->send(m_s.actor, m_s.config);
}

void OutboxView::sendFailed(const Error& error)
{
    m_sending = false;
    m_sendNow->setText(tr("Send now"));
    Q_EMIT message(Severity::Error, ErrorText::failed(tr("Nothing was sent"), error), ErrorText::technical(error));
    reportReload();
    Q_EMIT outboxChanged();
}

void OutboxView::sendFinished(const mail::SendReport& r)
{
    m_sending = false;
    m_sendNow->setText(tr("Send now"));
    const int back = r.review + r.cancelled;
    const int waiting = r.waiting + r.pending + r.released;
    QStringList parts;
    parts << tr("%n sent", "", r.sent);
    if (back > 0)
        parts << tr("%n back to review or cancelled (paid, replied or changed)", "", back);
    if (waiting > 0)
        parts << tr("%n still waiting", "", waiting);
    if (r.failed > 0)
        parts << tr("%n failed", "", r.failed);
    if (r.ambiguous > 0)
        parts << tr("%n to check by a person", "", r.ambiguous);
    QString text = tr("Send run finished: %1.").arg(parts.join(QStringLiteral(", ")));
    if (r.signInRequired)
        text += QLatin1Char(' ') + tr("Sign in again to Microsoft 365 in Settings.");
    const bool stopped = !r.stopReason.isEmpty();
    if (stopped)
        //: after "Send run finished: …": the sender's own reason (English, technical) is in the banner's tooltip
        text += QLatin1Char(' ') + tr("The run stopped before the outbox was empty; what waits stays waiting for the next run.");
    const Severity severity = r.signInRequired || (!stopped && r.ambiguous + r.failed > 0) ? Severity::Warning
                              : stopped                                                   ? Severity::Error
                                                                                          : Severity::Info;
    Q_EMIT message(severity, text, r.stopReason);
    reportReload();
    Q_EMIT outboxChanged();
}

void OutboxView::reportReload()
{
    if (auto r = reload(); !r)
        Q_EMIT message(Severity::Error, ErrorText::failed(tr("The outbox could not be read"), r.error()), ErrorText::technical(r.error()));
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
    m_sendNow->setEnabled(!m_sending && m_counts.waiting > 0 && m_s.canAct());
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
            Q_EMIT self->message(Severity::Error,
                                 ok.error().code == ErrorCode::Conflict
                                     ? tr("Nothing was changed: the reminder changed meanwhile. The outbox is shown as it is now.")
                                     : ErrorText::failed(tr("The decision could not be saved"), ok.error()),
                                 ErrorText::technical(ok.error()));
            self->reportReload();
            Q_EMIT self->outboxChanged();
            return;
        }
        Q_EMIT self->message(Severity::Info, sent ? tr("Recorded as sent.") : tr("Back in the outbox: it is sent again with the next run."));
        self->reportReload();
        self->selectReminder(id);
        Q_EMIT self->outboxChanged();
    });
}

} // namespace relance::ui
