#include "QueueView.h"

#include "ErrorText.h"
#include "Prompter.h"
#include "Theme.h"
#include "models/QueueModel.h"
#include "models/SortFilterProxy.h"
#include "queue/ClientContextPanel.h"
#include "queue/DraftEditor.h"
#include "queue/QueueFilterBar.h"
#include "queue/QueueTable.h"
#include "workflow/ChangeWatcher.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace relance::ui {

QueueView::QueueView(ReviewSession& session, QWidget* parent)
    : QWidget(parent), m_s(session), m_model(new QueueModel(this)), m_proxy(new SortFilterProxy(this))
{
    setObjectName(QStringLiteral("page"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setStates({int(ReminderState::Drafted), int(ReminderState::NeedsReview)});

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    auto* title = new QLabel(tr("Reminder drafts"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    outer->addWidget(title);
    m_filters = new QueueFilterBar(m_proxy, this);
    outer->addWidget(m_filters);

    // The table left; the draft (header, conflict bar, subject, body with findings beside it) and its context right.
    auto* split = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(split, 1);
    m_table = new QueueTable(m_model, m_proxy, split);
    auto* right = new QSplitter(Qt::Vertical, split);
    right->setMinimumWidth(380);
    m_editor = new DraftEditor(m_s, right);
    m_context = new ClientContextPanel(m_s, right);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);
    split->setSizes({680, 600});

    connect(m_table, &QueueTable::currentDraftChanged, this, [this](qint64 id) {
        if (id != m_editor->draftId())
            showDraft(id);
    });
    connect(m_editor, &DraftEditor::saved, this, &QueueView::refreshRow);
    connect(m_editor, &DraftEditor::theirVersionWanted, this, [this](qint64 id) {
        refreshRow(id);
        showDraft(id);
    });
    connect(m_editor, &DraftEditor::message, this, &QueueView::message);
    connect(m_context, &ClientContextPanel::message, this, &QueueView::message);
    clearDraft();

    // Team mode: rows another workstation changed are refreshed in place; the draft in the editor never is (the
    // reviewer may be typing): the bar says who changed it and offers their version.
    m_watcher = new ChangeWatcher(*m_s.db, 1500, this);
    connect(m_watcher, &ChangeWatcher::reminderChanged, this, &QueueView::onChangedElsewhere);
    if (auto started = m_watcher->start(); !started)
        spdlog::warn("the queue will not see other workstations' changes: {}",
                     started.error().toString().toStdString());
}

QTableView* QueueView::table() const
{
    return m_table;
}
QPlainTextEdit* QueueView::bodyEditor() const
{
    return m_editor->bodyEditor();
}
QLineEdit* QueueView::subjectEditor() const
{
    return m_editor->subjectEditor();
}
QString QueueView::bodyText() const
{
    return m_editor->bodyText();
}
qint64 QueueView::currentId() const
{
    return m_editor->draftId();
}
bool QueueView::hasConflict() const
{
    return m_editor->hasConflict();
}
bool QueueView::hasUnsavedEdit() const
{
    return m_editor->isDirty();
}
bool QueueView::changedElsewhere() const
{
    return m_editor->changedElsewhere();
}
bool QueueView::saveNow()
{
    return m_editor->saveNow();
}

void QueueView::onChangedElsewhere(qint64 id)
{
    auto row = loadQueueRow(*m_s.db, id, m_s.asOf, m_s.policy());
    if (!row)
        return; // deleted meanwhile, or unreadable now: the next change or reload shows it
    m_model->upsertRow(*row);
    Q_EMIT queueChanged();
    if (id != m_editor->draftId() || row->version == m_editor->version() || m_editor->hasConflict())
        return;
    auto stored = m_s.store->reminder(id);
    m_editor->changedBy(stored && *stored && !(*stored)->updatedBy.isEmpty() ? (*stored)->updatedBy
                                                                             : tr("someone else"));
}

Result<void> QueueView::reload()
{
    saveNow();
    auto rows = loadQueue(*m_s.db, m_s.asOf, m_s.policy());
    if (!rows)
        return std::unexpected(rows.error());
    const qint64 keep = m_editor->draftId();
    m_editor->forget(); // show the reloaded draft afresh
    m_model->setRows(std::move(*rows));
    m_filters->updateCount();
    if (keep && m_model->rowOf(keep) >= 0) {
        selectDraft(keep);
        if (m_editor->draftId() != keep)
            showDraft(keep);
    } else if (m_proxy->rowCount() > 0)
        selectRow(0);
    else
        clearDraft();
    return {};
}

void QueueView::filterBucket(int bucket)
{
    m_filters->filterBucket(bucket);
}

void QueueView::filterClient(qint64 clientId, const QString& name)
{
    m_filters->filterClient(clientId, name);
    if (m_proxy->rowCount() > 0)
        selectRow(0);
}

void QueueView::selectRow(int proxyRow)
{
    if (!m_table->selectProxyRow(proxyRow))
        clearDraft();
}

void QueueView::selectDraft(qint64 id)
{
    m_table->selectDraft(id);
}

void QueueView::nextDraft()
{
    const int row = m_table->currentProxyRow() + 1;
    if (row < m_proxy->rowCount())
        selectRow(row);
}

void QueueView::previousDraft()
{
    const int current = m_table->currentProxyRow();
    const int row = current >= 0 ? current - 1 : 0;
    if (row >= 0 && row < m_proxy->rowCount())
        selectRow(row);
}

void QueueView::clearDraft()
{
    m_editor->clear(m_model->rowCount() == 0
                        ? tr("<b>No drafts to review.</b> Drafts appear here after a sync and a drafting run.")
                        : tr("<b>No draft selected.</b> Use Alt+Down to go to the next draft."));
    m_context->clear();
}

void QueueView::showDraft(qint64 id)
{
    const qint64 shown = m_editor->draftId();
    if (shown && shown != id && m_editor->isDirty() && !m_editor->hasConflict())
        m_editor->saveNow(); // a pending edit is saved before leaving the draft
    if (!id)
        return clearDraft();
    auto loaded = m_s.store->reminder(id);
    if (!loaded || !*loaded) {
        clearDraft();
        if (!loaded)
            report(loaded.error(), tr("Reading the draft failed"));
        return;
    }
    m_editor->load(**loaded, m_model->rowById(id), m_regenerating.contains(id));
    m_context->showContext(**loaded);
    Q_EMIT currentDraftChanged(id);
}

void QueueView::refreshRow(qint64 id)
{
    auto row = loadQueueRow(*m_s.db, id, m_s.asOf, m_s.policy());
    if (row)
        m_model->upsertRow(*row);
    else
        report(row.error(), tr("Reading the draft failed"));
}

void QueueView::afterAction(qint64 id, int proxyRowBefore, bool moveOn)
{
    // The acted-on row may leave the filter: forget it first, so nothing is saved into it again.
    m_editor->forget();
    refreshRow(id);
    Q_EMIT queueChanged();
    const int still = m_table->proxyRowOf(id);
    int target = still >= 0 ? (moveOn ? still + 1 : still) : proxyRowBefore;
    target = qMin(target, m_proxy->rowCount() - 1);
    if (target < 0)
        return clearDraft();
    const qint64 targetId = m_table->idAt(target);
    selectRow(target);
    if (m_editor->draftId() != targetId)
        showDraft(targetId);
}

void QueueView::approveCurrent()
{
    if (!m_editor->draftId())
        return;
    if (!saveNow() && (m_editor->hasConflict() || m_editor->isDirty()))
        return;
    const qint64 id = m_editor->draftId();
    const int rowBefore = m_table->currentProxyRow();
    // Approving re-validates against today's ledger. A blocking finding stops it: an administrator may override
    // it with a reason (audited), a reviewer may not.
    approveWith(id, rowBefore, QString());
}

void QueueView::approveWith(qint64 id, int rowBefore, const QString& reason)
{
    auto ok = m_s.review->approve(id, m_editor->draftId() == id ? m_editor->version() : 0, reason);
    if (ok) {
        info(tr("Draft approved: it will be sent with the next run."));
        return afterAction(id, rowBefore, true);
    }
    if (ok.error().code == ErrorCode::Conflict) {
        if (m_editor->draftId() == id)
            m_editor->showConflict(ok.error());
        return report(ok.error(), tr("Approving failed"));
    }
    auto fresh = m_s.store->reminder(id);
    if (!reason.isEmpty() || !fresh || !*fresh || !(*fresh)->hasBlockingFinding())
        return report(ok.error(), tr("Approving failed"));
    // The fresh findings were stored: show them, then ask for the override.
    refreshRow(id);
    if (m_editor->draftId() == id) {
        m_editor->setStoredVersion(**fresh);
    }
    if (!m_s.review->canOverride()) {
        warn(tr("Not approved: this draft has blocking findings. Correct the text, or ask an administrator "
                "to approve it despite them."));
        return;
    }
    m_s.prompter->askText(this, tr("Approve despite findings"),
                          tr("This draft has blocking findings. Why may it be sent anyway?"), QString(),
                          [this, id, rowBefore](std::optional<QString> given) {
                              if (given && !given->trimmed().isEmpty())
                                  approveWith(id, rowBefore, given->trimmed());
                              else
                                  warn(tr("Not approved: a reason is needed to override blocking findings."));
                          });
}

void QueueView::approveLightBatch()
{
    saveNow();
    QList<qint64> ids;
    for (qint64 selected : m_table->selectedDraftIds()) {
        const QueueRow* r = m_model->rowById(selected);
        if (r && r->bucket == AgingBucket::Light && r->findings == 0 &&
            (r->state == ReminderState::Drafted || r->state == ReminderState::NeedsReview))
            ids << r->id;
    }
    if (ids.isEmpty()) {
        warn(tr("Select light-bucket drafts without findings to approve them together."));
        return;
    }
    const int rowBefore = m_table->currentProxyRow();
    int approved = 0;
    for (qint64 id : ids) {
        const QueueRow* r = m_model->rowById(id);
        if (auto ok = m_s.review->approve(id, r ? r->version : 0, QString()); ok)
            ++approved; // re-validated: a draft whose figures moved stays in the queue with its findings
        else
            report(ok.error(), tr("Approving failed"));
        refreshRow(id);
    }
    info(tr("%n light draft(s) approved.", "", approved));
    Q_EMIT queueChanged();
    m_editor->forget();
    selectRow(qMin(rowBefore, m_proxy->rowCount() - 1));
}

void QueueView::rejectCurrent()
{
    if (!m_editor->draftId())
        return;
    saveNow();
    const qint64 id = m_editor->draftId();
    const int rowBefore = m_table->currentProxyRow();
    m_s.prompter->askText(this, tr("Reject draft"), tr("Why is this draft rejected?"), QString(),
                          [this, id, rowBefore](std::optional<QString> reason) {
                              if (!reason)
                                  return;
                              if (auto ok = m_s.review->reject(id, *reason); !ok)
                                  return report(ok.error(), tr("Rejecting failed"));
                              info(tr("Draft rejected."));
                              afterAction(id, rowBefore, false);
                          });
}

void QueueView::snoozeCurrent()
{
    if (!m_editor->draftId())
        return;
    saveNow();
    const qint64 id = m_editor->draftId();
    const int rowBefore = m_table->currentProxyRow();
    m_s.prompter->askDate(this, tr("Snooze draft"), tr("Bring it back on"), QDate::currentDate().addDays(7),
                          [this, id, rowBefore](std::optional<QDate> until) {
                              if (!until)
                                  return;
                              if (auto ok = m_s.review->snooze(id, *until); !ok)
                                  return report(ok.error(), tr("Snoozing failed"));
                              info(tr("Draft snoozed until %1.").arg(formatDate(*until)));
                              afterAction(id, rowBefore, false);
                          });
}

void QueueView::regenerateCurrent()
{
    if (!m_editor->draftId())
        return;
    saveNow();
    const qint64 id = m_editor->draftId();
    m_s.prompter->askText(this, tr("Regenerate draft"),
                          tr("Instruction to the model (e.g. \"shorter\", \"mention the meeting of 3 March\")"),
                          QString(), [this, id](std::optional<QString> instruction) {
                              if (!instruction)
                                  return;
                              // Asynchronous: the draft stays readable, not editable, until the rewrite is stored.
                              m_regenerating.insert(id);
                              if (m_editor->draftId() == id) {
                                  m_editor->setRegenerating();
                              }
                              info(tr("Regenerating the draft…"));
                              m_s.review->regenerate(id, m_editor->version(), *instruction, this,
                                                     [this, id](Result<Reminder> done) {
                                                         m_regenerating.remove(id);
                                                         refreshRow(id);
                                                         if (m_editor->draftId() == id) {
                                                             m_editor->forget();
                                                             showDraft(id);
                                                         }
                                                         if (!done)
                                                             return report(done.error(), tr("Regenerating failed"));
                                                         info(tr("The draft was regenerated."));
                                                     });
                          });
}

void QueueView::markDisputed()
{
    if (!m_editor->clientId())
        return;
    const qint64 client = m_editor->clientId();
    m_s.prompter->askText(this, tr("Mark disputed"), tr("What does the client dispute?"), QString(),
                          [this, client](std::optional<QString> reason) {
                              if (!reason)
                                  return;
                              auto n = m_s.clientActions->setClientInvoicesDisputed(client, true, *reason);
                              if (!n)
                                  return report(n.error(), tr("Marking disputed failed"));
                              info(tr("%n invoice(s) marked disputed: they are not chased.", "", *n));
                              Q_EMIT queueChanged();
                          });
}

void QueueView::recordPromise()
{
    if (!m_editor->draftId())
        return;
    const QueueRow* row = m_model->rowById(m_editor->draftId());
    if (!row)
        return;
    const qint64 client = row->clientId;
    const QString currency = row->currency;
    m_s.prompter->askPromise(this, currency, row->openMinor, m_s.asOf.addDays(14),
                             [this, client, currency](std::optional<PromiseAnswer> a) {
                                 if (!a)
                                     return;
                                 PaymentPromise p{client, a->date, Money{a->amountMinor, currency}, a->note, {}, {}};
                                 if (auto ok = m_s.clientActions->recordPromise(p); !ok)
                                     return report(ok.error(), tr("Recording the promise failed"));
                                 info(tr("Promise recorded: chasing paused until %1.").arg(formatDate(a->date)));
                                 if (m_editor->draftId() > 0)
                                     showDraft(m_editor->draftId());
                             });
}

void QueueView::setDoNotChase()
{
    if (!m_editor->clientId())
        return;
    const qint64 client = m_editor->clientId();
    m_s.prompter->askText(this, tr("Do not chase"), tr("Why should this client not be chased?"), QString(),
                          [this, client](std::optional<QString> reason) {
                              if (!reason)
                                  return;
                              if (auto ok = m_s.clientActions->setDoNotChase(client, true, *reason, {}); !ok)
                                  return report(ok.error(), tr("Setting do-not-chase failed"));
                              info(tr("This client will not be chased until you lift it."));
                          });
}

void QueueView::report(const Error& e, const QString& what)
{
    Q_EMIT message(NotificationArea::Severity::Error, ErrorText::failed(what, e));
}

} // namespace relance::ui
