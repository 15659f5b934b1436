#include "QueueView.h"

#include "NotificationArea.h"
#include "Prompter.h"
#include "Theme.h"
#include "models/QueueModel.h"
#include "models/Roles.h"
#include "models/SortFilterProxy.h"
#include "workflow/ChangeWatcher.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace relance::ui {

namespace {
constexpr int kSaveDelayMs = 600;

QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString tableHtml(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& rightAligned = {})
{
    QString h = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' style='font-size:12px'><tr>");
    for (int c = 0; c < headers.size(); ++c)
        h += QStringLiteral("<th align='%1' style='background:#eef0f3'>%2</th>")
                 .arg(rightAligned.contains(c) ? QStringLiteral("right") : QStringLiteral("left"), esc(headers[c]));
    h += QStringLiteral("</tr>");
    for (const QStringList& r : rows) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < r.size(); ++c)
            h += QStringLiteral("<td align='%1' style='border-bottom:1px solid #eceef1'>%2</td>")
                     .arg(rightAligned.contains(c) ? QStringLiteral("right") : QStringLiteral("left"), r[c]);
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}
} // namespace

QueueView::QueueView(ReviewSession& session, QWidget* parent)
    : QWidget(parent), m_s(session), m_model(new QueueModel(this)), m_proxy(new SortFilterProxy(this)),
      m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("page"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setStates({int(ReminderState::Drafted), int(ReminderState::NeedsReview)});

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    auto* title = new QLabel(tr("Reminder drafts"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    outer->addWidget(title);
    auto* bar = new QWidget(this);
    buildFilters(bar);
    outer->addWidget(bar);

    auto* split = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(split, 1);

    // The table.
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QueueModel::DaysLateCol, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(QueueModel::ClientCol, 165);
    m_table->setColumnWidth(QueueModel::InvoicesCol, 66);
    m_table->setColumnWidth(QueueModel::OpenCol, 100);
    m_table->setColumnWidth(QueueModel::DaysLateCol, 46);
    m_table->setColumnWidth(QueueModel::BucketCol, 68);
    m_table->setColumnWidth(QueueModel::LanguageCol, 42);
    m_table->setColumnWidth(QueueModel::StateCol, 96);
    // Never narrower than the column's title in the reviewer's language ("Offener Betrag" is longer than "Open").
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        m_table->setColumnWidth(c, qMax(m_table->columnWidth(c), m_table->horizontalHeader()->sectionSizeHint(c)));
    m_table->horizontalHeader()->setMinimumSectionSize(36);

    // The draft: header, conflict bar, subject, body with findings beside it, context below.
    auto* right = new QSplitter(Qt::Vertical, split);
    m_editorPane = new QWidget(right);
    right->setMinimumWidth(380);
    auto* ed = new QVBoxLayout(m_editorPane);
    ed->setContentsMargins(6, 0, 0, 0);
    m_header = new QLabel(m_editorPane);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setMinimumWidth(200);
    ed->addWidget(m_header);

    m_conflictBar = new QFrame(m_editorPane);
    m_conflictBar->setObjectName(QStringLiteral("banner"));
    m_conflictBar->setProperty("severity", QStringLiteral("warning"));
    auto* cb = new QHBoxLayout(m_conflictBar);
    m_conflictText = new QLabel(m_conflictBar);
    m_conflictText->setWordWrap(true);
    auto* theirs = new QPushButton(tr("Load their version"), m_conflictBar);
    auto* mine = new QPushButton(tr("Keep my text"), m_conflictBar);
    m_keepMine = mine;
    cb->addWidget(m_conflictText, 1);
    cb->addWidget(theirs);
    cb->addWidget(mine);
    m_conflictBar->hide();
    ed->addWidget(m_conflictBar);

    auto* subjectRow = new QHBoxLayout;
    //: label of the e-mail subject field
    auto* subjectLabel = new QLabel(tr("Subject"), m_editorPane);
    m_subject = new QLineEdit(m_editorPane);
    m_subject->setObjectName(QStringLiteral("subjectEditor"));
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(m_subject, 1);
    ed->addLayout(subjectRow);

    auto* bodySplit = new QSplitter(Qt::Horizontal, m_editorPane);
    m_body = new QPlainTextEdit(bodySplit);
    m_body->setObjectName(QStringLiteral("bodyEditor"));
    m_body->setTabChangesFocus(true);
    auto* findingsPane = new QWidget(bodySplit);
    auto* fl = new QVBoxLayout(findingsPane);
    fl->setContentsMargins(4, 0, 0, 0);
    auto* findingsTitle = new QLabel(tr("Findings"), findingsPane);
    findingsTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_findings = new QListWidget(findingsPane);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setWordWrap(true);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setResizeMode(QListView::Adjust);
    fl->addWidget(findingsTitle);
    fl->addWidget(m_findings, 1);
    bodySplit->setStretchFactor(0, 3);
    bodySplit->setStretchFactor(1, 1);
    bodySplit->setSizes({400, 150});
    ed->addWidget(bodySplit, 1);
    m_saveState = new QLabel(m_editorPane);
    m_saveState->setObjectName(QStringLiteral("cardCaption"));
    ed->addWidget(m_saveState);

    auto* context = new QTabWidget(right);
    m_invoices = new QTextBrowser(context);
    m_history = new QTextBrowser(context);
    m_previous = new QTextBrowser(context);
    m_promises = new QTextBrowser(context);
    m_invoices->setObjectName(QStringLiteral("contextInvoices"));
    m_history->setObjectName(QStringLiteral("contextHistory"));
    m_previous->setObjectName(QStringLiteral("contextPrevious"));
    m_promises->setObjectName(QStringLiteral("contextPromises"));
    context->addTab(m_invoices, tr("Invoices"));
    //: tab: the client's CRM history (calls, e-mails, meetings)
    context->addTab(m_history, tr("CRM history"));
    context->addTab(m_previous, tr("Reminders and replies"));
    context->addTab(m_promises, tr("Promises to pay"));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    m_emptyState = new QLabel(tr("No draft selected."), this);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->hide();

    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);
    split->setSizes({680, 600});

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(m_subject, &QLineEdit::textEdited, this, [this] { scheduleSave(); });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            scheduleSave();
    });
    connect(m_findings, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_currentFindings.size())
            return;
        const Finding& f = m_currentFindings[row];
        if (f.field == QLatin1String("subject") && f.start >= 0) {
            m_subject->setSelection(f.start, f.length);
        } else if (f.start >= 0) {
            QTextCursor c = m_body->textCursor();
            c.setPosition(qMin(f.start, m_body->document()->characterCount() - 1));
            c.setPosition(qMin(f.start + f.length, m_body->document()->characterCount() - 1), QTextCursor::KeepAnchor);
            m_body->setTextCursor(c);
        }
    });
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_conflict = false;
        m_dirty = false;
        m_conflictBar->hide();
        refreshRow(m_currentId);
        showDraft(m_currentId);
    });
    connect(mine, &QPushButton::clicked, this, [this] {
        // Take the stored version as the base and save this text over it, knowingly.
        auto stored = m_s.store->reminder(m_currentId);
        if (!stored || !*stored)
            return report(stored ? Error{ErrorCode::NotFound, QString()} : stored.error(), tr("Reloading the draft failed"));
        m_version = (*stored)->version;
        m_conflict = false;
        m_changedElsewhere = false;
        m_conflictBar->hide();
        m_dirty = true;
        saveNow();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const qint64 id = current.isValid() ? current.data(IdRole).toLongLong() : 0;
                if (id != m_currentId)
                    showDraft(id);
            });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        m_count->setText(tr("%n draft(s)", "", m_proxy->rowCount()));
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_count->setText(tr("%n draft(s)", "", m_proxy->rowCount()));
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n draft(s)", "", m_proxy->rowCount()));
    });
    clearDraft();

    // Team mode: rows another workstation changed are refreshed in place; the draft in the editor never is (the
    // reviewer may be typing): the bar says who changed it and offers their version.
    m_watcher = new ChangeWatcher(*m_s.db, 1500, this);
    connect(m_watcher, &ChangeWatcher::reminderChanged, this, &QueueView::onChangedElsewhere);
    if (auto started = m_watcher->start(); !started)
        spdlog::warn("the queue will not see other workstations' changes: {}", started.error().toString().toStdString());
}

void QueueView::onChangedElsewhere(qint64 id)
{
    auto row = loadQueueRow(*m_s.db, id, m_s.asOf, m_s.policy());
    if (!row)
        return; // deleted meanwhile, or unreadable now: the next change or reload shows it
    m_model->upsertRow(*row);
    Q_EMIT queueChanged();
    if (id != m_currentId || row->version == m_version || m_conflict)
        return;
    auto stored = m_s.store->reminder(id);
    const QString who = stored && *stored && !(*stored)->updatedBy.isEmpty() ? (*stored)->updatedBy : tr("someone else");
    m_changedElsewhere = true;
    m_conflict = true; // a save now would be refused anyway; the reviewer chooses first
    m_saveTimer->stop();
    m_conflictText->setText(m_dirty ? tr("%1 changed this draft meanwhile. Your text is kept here and has not been saved: "
                                         "load their version or keep yours.")
                                          .arg(who)
                                    : tr("%1 changed this draft meanwhile: load their version to see it.").arg(who));
    m_keepMine->setVisible(m_dirty); // with nothing typed, "keep mine" would only undo their change
    m_conflictBar->show();
    m_saveState->setText(tr("Changed by %1").arg(who));
}

void QueueView::buildFilters(QWidget* bar)
{
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 4);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Search client or invoice…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_bucket = new QComboBox(bar);
    m_bucket->addItem(tr("All buckets"), -1);
    for (AgingBucket b : {AgingBucket::Light, AgingBucket::Moderate, AgingBucket::Serious})
        m_bucket->addItem(bucketLabel(b), int(b));
    m_language = new QComboBox(bar);
    m_language->addItem(tr("All languages"), -1);
    for (Language l : {Language::French, Language::German, Language::English, Language::Italian})
        m_language->addItem(languageLabel(l), int(l));
    m_state = new QComboBox(bar);
    m_state->addItem(tr("To review"), 0);
    m_state->addItem(tr("Approved"), 1);
    m_state->addItem(tr("Snoozed"), 2);
    m_state->addItem(tr("Rejected"), 3);
    m_state->addItem(tr("All states"), 4);
    m_clientFilter = new QLabel(bar);
    m_clientFilter->hide();
    m_count = new QLabel(bar);
    row->addWidget(m_search, 2);
    row->addWidget(m_bucket);
    row->addWidget(m_language);
    row->addWidget(m_state);
    row->addWidget(m_clientFilter);
    row->addStretch(1);
    row->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) { m_proxy->setSearchText(t); });
    connect(m_bucket, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setBucket(m_bucket->currentData().toInt()); });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLanguage(m_language->currentData().toInt()); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        switch (m_state->currentData().toInt()) {
        case 0: m_proxy->setStates({int(ReminderState::Drafted), int(ReminderState::NeedsReview)}); break;
        case 1: m_proxy->setStates({int(ReminderState::Approved), int(ReminderState::Sending), int(ReminderState::Sent)}); break;
        case 2: m_proxy->setStates({int(ReminderState::Snoozed)}); break;
        case 3: m_proxy->setStates({int(ReminderState::Rejected), int(ReminderState::Cancelled), int(ReminderState::Failed)}); break;
        default: m_proxy->setStates({}); break;
        }
    });
}

QString QueueView::bodyText() const
{
    // toPlainText() turns no-break spaces into spaces, which would silently change "1 234,50 CHF" on save.
    QString text = m_body->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

Result<void> QueueView::reload()
{
    saveNow();
    auto rows = loadQueue(*m_s.db, m_s.asOf, m_s.policy());
    if (!rows)
        return std::unexpected(rows.error());
    const qint64 keep = m_currentId;
    m_currentId = 0; // show the reloaded draft afresh
    m_model->setRows(std::move(*rows));
    m_count->setText(tr("%n draft(s)", "", m_proxy->rowCount()));
    if (keep && m_model->rowOf(keep) >= 0) {
        selectDraft(keep);
        if (m_currentId != keep)
            showDraft(keep);
    }
    else if (m_proxy->rowCount() > 0)
        selectRow(0);
    else
        clearDraft();
    return {};
}

void QueueView::filterBucket(int bucket)
{
    const int i = m_bucket->findData(bucket);
    m_bucket->setCurrentIndex(i >= 0 ? i : 0);
}

void QueueView::filterClient(qint64 clientId, const QString& name)
{
    m_proxy->setClientId(clientId);
    m_clientFilter->setVisible(clientId != 0);
    m_clientFilter->setText(tr("Client: %1").arg(name));
    m_state->setCurrentIndex(m_state->findData(clientId ? 4 : 0));
    if (m_proxy->rowCount() > 0)
        selectRow(0);
}

void QueueView::selectRow(int proxyRow)
{
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount()) {
        m_table->selectionModel()->clearSelection();
        clearDraft();
        return;
    }
    const QModelIndex idx = m_proxy->index(proxyRow, 0);
    m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(idx);
}

void QueueView::selectDraft(qint64 id)
{
    const int src = m_model->rowOf(id);
    if (src < 0)
        return;
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(src, 0));
    if (idx.isValid())
        selectRow(idx.row());
}

void QueueView::nextDraft()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + 1 : 0;
    if (row < m_proxy->rowCount())
        selectRow(row);
}

void QueueView::previousDraft()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() - 1 : 0;
    if (row >= 0 && row < m_proxy->rowCount())
        selectRow(row);
}

void QueueView::clearDraft()
{
    m_loading = true;
    m_currentId = 0;
    m_currentClientId = 0;
    m_currentFindings.clear();
    m_subject->clear();
    m_body->clear();
    m_findings->clear();
    m_invoices->clear();
    m_history->clear();
    m_previous->clear();
    m_promises->clear();
    m_saveState->clear();
    m_conflictBar->hide();
    m_editorPane->setEnabled(false);
    m_header->setText(m_model->rowCount() == 0
                          ? tr("<b>No drafts to review.</b> Drafts appear here after a sync and a drafting run.")
                          : tr("<b>No draft selected.</b> Use Alt+Down to go to the next draft."));
    m_loading = false;
}

void QueueView::showDraft(qint64 id)
{
    if (m_currentId && m_currentId != id && m_dirty && !m_conflict)
        saveNow(); // a pending edit is saved before leaving the draft
    if (!id)
        return clearDraft();
    auto loaded = m_s.store->reminder(id);
    if (!loaded || !*loaded) {
        clearDraft();
        if (!loaded)
            report(loaded.error(), tr("Reading the draft failed"));
        return;
    }
    const Reminder& r = **loaded;
    m_loading = true;
    m_currentId = id;
    m_currentClientId = r.clientId;
    m_version = r.version;
    m_dirty = false;
    m_conflict = false;
    m_changedElsewhere = false;
    m_conflictBar->hide();
    m_saveTimer->stop();
    m_editorPane->setEnabled(true);
    const QueueRow* row = m_model->rowById(id);
    const bool editable = r.state == ReminderState::Drafted || r.state == ReminderState::NeedsReview ||
                          r.state == ReminderState::Snoozed;
    const bool busy = m_regenerating.contains(id);
    m_subject->setReadOnly(!editable || busy);
    m_body->setReadOnly(!editable || busy);
    m_subject->setText(r.subject);
    m_body->setPlainText(r.body);
    showFindings(r);
    if (row)
        m_header->setText(
            QStringLiteral("<span style='font-size:15px;font-weight:600'>%1</span> &nbsp; "
                           "<span style='background:%2;color:%3;padding:2px 6px'>&nbsp;%4&nbsp;</span> &nbsp; %5 &nbsp;·&nbsp; %6 &nbsp;·&nbsp; %7")
                .arg(esc(row->clientName), bucketTint(row->bucket).name(), bucketColor(row->bucket).darker(140).name(),
                     esc(bucketShortLabel(row->bucket)), esc(formatMoney(row->openMinor, row->currency, reviewerLocale())),
                     esc(tr("%n day(s) late", "", row->daysLate)), esc(stateLabel(r.state))));
    m_saveState->setText(r.updatedBy.isEmpty() ? QString()
                                               : tr("Version %1, last changed by %2 on %3")
                                                     .arg(r.version)
                                                     .arg(r.updatedBy, r.updatedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
    loadContext(r);
    m_loading = false;
    Q_EMIT currentDraftChanged(id);
}

// The validator's finding in the reviewer's language, by its code; the text it concerns is quoted below it.
// An unknown code (a newer engine) falls back to the engine's English detail.
QString QueueView::findingText(const Finding& f) const
{
    const QString& c = f.code;
    if (c == u"amount-mismatch")
        return tr("an amount that is not an open amount or total of this reminder");
    if (c == u"amount-missing")
        return tr("the text does not state the amount due");
    if (c == u"unknown-number")
        return tr("a number that is not a fact of this reminder (days late, deadline, count)");
    if (c == u"date-mismatch")
        return tr("a date that is not a due date or the payment deadline of this reminder");
    if (c == u"unknown-invoice-number")
        return tr("an invoice number that is not part of this reminder");
    if (c == u"invoice-missing")
        return tr("an invoice of this reminder is not mentioned");
    if (c == u"unknown-iban")
        return tr("an IBAN that is not the firm's");
    if (c == u"unknown-link")
        return tr("a link that is not one of the configured links");
    if (c == u"email-address")
        return tr("an e-mail address in the text: check that it is the right one");
    if (c == u"leftover-placeholder")
        return tr("a placeholder was left in the text");
    if (c == u"unexpected-percentage")
        return tr("a percentage that is not part of the reminder policy");
    if (c == u"copied-untrusted-text")
        return tr("text copied from the client's messages or the CRM");
    if (c == u"consequences-outside-serious")
        return tr("names a consequence, which only a serious reminder may do");
    if (c == u"payment-plan-not-allowed")
        return tr("offers a payment plan, which the policy does not allow");
    if (c == u"unauthorised-concession")
        return tr("grants a concession (waiver, discount, extension) nobody authorised");
    if (c == u"subject-empty")
        return tr("the subject is empty");
    if (c == u"subject-too-long")
        return tr("the subject is too long");
    if (c == u"subject-multiline")
        return tr("the subject has more than one line");
    if (c == u"body-too-short")
        return tr("the text is too short");
    if (c == u"body-too-long")
        return tr("the text is too long");
    if (c == u"wrong-language")
        return tr("the text is not in the client's language");
    if (c == u"template-language-fallback")
        return tr("no template in the client's language: written in another language");
    if (c == u"llm-rate-limited")
        return tr("the model was busy (rate limited): the built-in template wrote this draft");
    if (c == u"llm-unreachable")
        return tr("the model could not be reached: the built-in template wrote this draft");
    if (c == u"llm-bad-request" || c.startsWith(u"llm-"))
        return tr("the model's answer could not be used: the built-in template wrote this draft");
    return f.detail.isEmpty() ? f.code : f.detail;
}

void QueueView::showFindings(const Reminder& r)
{
    m_currentFindings = r.findings;
    m_findings->clear();
    for (const Finding& f : r.findings) {
        QString where;
        if (f.start >= 0) {
            const QString& text = f.field == QLatin1String("subject") ? r.subject : r.body;
            where = QStringLiteral("\n“%1”").arg(text.mid(f.start, qMin(f.length, 60)));
        }
        auto* item = new QListWidgetItem(
            icon(f.severity == FindingSeverity::Blocking ? QStringLiteral("finding-blocking") : QStringLiteral("finding-warning")),
            (f.severity == FindingSeverity::Blocking ? tr("Blocking: %1") : tr("Warning: %1")).arg(findingText(f)) + where,
            m_findings);
        item->setToolTip(f.detail.isEmpty() ? f.code : QStringLiteral("%1: %2").arg(f.code, f.detail));
    }
    if (r.findings.isEmpty())
        m_findings->addItem(tr("No findings: the figures, IBAN and links match the ledger."));
    applyFindingHighlights();
}

void QueueView::applyFindingHighlights()
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const Finding& f : m_currentFindings) {
        if (f.field == QLatin1String("subject") || f.start < 0)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_body->document());
        const int end = m_body->document()->characterCount() - 1;
        sel.cursor.setPosition(qMin(f.start, end));
        sel.cursor.setPosition(qMin(f.start + f.length, end), QTextCursor::KeepAnchor);
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        const QColor c = f.severity == FindingSeverity::Blocking ? QColor(0xb8, 0x2e, 0x2e) : QColor(0xd9, 0xa4, 0x1b);
        sel.format.setUnderlineColor(c);
        sel.format.setBackground(f.severity == FindingSeverity::Blocking ? QColor(0xfb, 0xe3, 0xe1) : QColor(0xfd, 0xf3, 0xd6));
        marks << sel;
    }
    m_body->setExtraSelections(marks);
}

void QueueView::loadContext(const Reminder& r)
{
    const QLocale loc = reviewerLocale();
    QList<QStringList> rows;
    qint64 total = 0;
    QString currency = QStringLiteral("CHF");
    for (const ReminderLine& l : r.lines) {
        rows << QStringList{esc(l.invoiceNumber), formatDate(l.dueDate), esc(formatMoney(l.openMinor, l.currency, loc)),
                            loc.toString(daysLate(l.dueDate, m_s.asOf))};
        total += l.openMinor;
        currency = l.currency;
    }
    rows << QStringList{QStringLiteral("<b>%1</b>").arg(esc(tr("Total"))), QString(),
                        QStringLiteral("<b>%1</b>").arg(esc(formatMoney(total, currency, loc))), QString()};
    m_invoices->setHtml(tableHtml({tr("Invoice"), tr("Due"), tr("Open"), tr("Days late")}, rows, {2, 3}));

    QString history;
    if (auto list = m_s.store->interactions(r.clientId); list) {
        for (const Interaction& i : *list) {
            if (i.subject == QLatin1String(kPromiseSubject))
                continue;
            const QString dir = i.direction == Direction::Inbound    ? QStringLiteral("←")
                                : i.direction == Direction::Outbound ? QStringLiteral("→")
                                                                     : QStringLiteral("·");
            history += QStringLiteral("<p style='margin:0 0 8px 0'><span style='color:#5d6875'>%1 &nbsp;%2 %3</span>"
                                      "<br><b>%4</b>%5</p>")
                           .arg(i.occurredAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy")), dir,
                                esc(interactionLabel(i.kind)) + (i.author.isEmpty() ? QString() : QStringLiteral(" · ") + esc(i.author)),
                                esc(i.subject), i.summary.isEmpty() ? QString() : QStringLiteral("<br>") + esc(i.summary));
        }
    } else {
        report(list.error(), tr("Reading the CRM history failed"));
    }
    m_history->setHtml(history.isEmpty() ? QStringLiteral("<p style='color:#5d6875'>%1</p>").arg(esc(tr("No CRM history for this client.")))
                                         : history);

    QList<QStringList> prev;
    auto q = m_s.db->prepare(QStringLiteral("SELECT id, state, created_at, sent_at, subject, reason FROM reminders "
                                            "WHERE client_id = ? AND id <> ? ORDER BY created_at DESC LIMIT 20"),
                             QStringLiteral("reading previous reminders"));
    if (q) {
        q->addBindValue(r.clientId);
        q->addBindValue(r.id);
        if (m_s.db->run(*q, QStringLiteral("reading previous reminders"))) {
            while (q->next()) {
                const QDateTime sent = timeFrom(q->value(3));
                prev << QStringList{formatDate((sent.isValid() ? sent : timeFrom(q->value(2))).toLocalTime().date()),
                                    esc(stateLabel(reminderStateFromName(q->value(1).toString()).value_or(ReminderState::Drafted))),
                                    esc(q->value(4).toString())};
            }
        }
    }
    if (auto tasks = m_s.db->prepare(QStringLiteral("SELECT created_at, title, done FROM tasks WHERE client_id = ? "
                                                    "AND external_id <> '' ORDER BY created_at DESC LIMIT 20"),
                                     QStringLiteral("reading replies"));
        tasks) {
        tasks->addBindValue(r.clientId);
        if (m_s.db->run(*tasks, QStringLiteral("reading replies")))
            while (tasks->next())
                prev << QStringList{formatDate(timeFrom(tasks->value(0)).toLocalTime().date()), esc(tr("Reply")),
                                    esc(tasks->value(1).toString())};
    }
    m_previous->setHtml(prev.isEmpty() ? QStringLiteral("<p style='color:#5d6875'>%1</p>").arg(esc(tr("No earlier reminders or replies.")))
                                       : tableHtml({tr("Date"), tr("State"), tr("Subject")}, prev));

    QList<QStringList> prom;
    if (auto list = m_s.clientActions->promises(r.clientId); list) {
        for (const PaymentPromise& p : *list) {
            const bool broken = ClientActions::promiseBroken(p, m_s.asOf, total);
            prom << QStringList{formatDate(p.promisedFor), esc(formatMoney(p.amount, loc)),
                                broken ? QStringLiteral("<span style='color:#b82e2e'>%1</span>").arg(esc(tr("Broken: chasing resumed")))
                                       : esc(tr("Chasing paused")),
                                esc(p.note)};
        }
    }
    m_promises->setHtml(prom.isEmpty() ? QStringLiteral("<p style='color:#5d6875'>%1</p>").arg(esc(tr("No promise to pay recorded.")))
                                       : tableHtml({tr("Pays by"), tr("Amount"), tr("State"), tr("Note")}, prom, {1}));
}

void QueueView::scheduleSave()
{
    if (m_loading || !m_currentId)
        return;
    m_dirty = true;
    if (m_conflict)
        return; // never overwrite silently: the reviewer chooses in the conflict bar
    m_saveState->setText(tr("Editing…"));
    m_saveTimer->start();
}

bool QueueView::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || !m_currentId)
        return !m_conflict;
    if (m_conflict)
        return false;
    auto saved = m_s.review->saveEdit(m_currentId, m_version, m_subject->text(), bodyText());
    if (!saved) {
        if (saved.error().code == ErrorCode::Conflict) {
            showConflict(saved.error().detail);
        } else {
            m_saveState->setText(tr("Not saved: %1").arg(saved.error().detail));
            report(saved.error(), tr("Saving the draft failed"));
        }
        return false;
    }
    m_version = saved->version;
    m_dirty = false;
    m_saveState->setText(tr("Saved at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    showFindings(*saved); // the validator's findings, re-computed on this save
    refreshRow(m_currentId);
    return true;
}

void QueueView::showConflict(const QString& detail)
{
    m_conflict = true;
    // Team mode: name who it was when the database says so.
    auto stored = m_currentId ? m_s.store->reminder(m_currentId) : Result<std::optional<Reminder>>(std::nullopt);
    const QString who = stored && *stored ? (*stored)->updatedBy : QString();
    if (!who.isEmpty() && who != m_s.actor)
        m_conflictText->setText(tr("%1 changed this draft meanwhile. Your text is kept here and has not been saved: "
                                   "load their version or keep yours.")
                                    .arg(who));
    else
        m_conflictText->setText(tr("Someone else changed this draft meanwhile (%1). Your text is kept here and has not been "
                                   "saved: load their version or keep yours.")
                                    .arg(detail));
    m_keepMine->setVisible(true);
    m_conflictBar->show();
    m_saveState->setText(tr("Not saved: conflict"));
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
    m_dirty = false;
    m_saveTimer->stop();
    m_currentId = 0;
    refreshRow(id);
    Q_EMIT queueChanged();
    const int src = m_model->rowOf(id);
    const QModelIndex still = src >= 0 ? m_proxy->mapFromSource(m_model->index(src, 0)) : QModelIndex();
    int target = still.isValid() ? (moveOn ? still.row() + 1 : still.row()) : proxyRowBefore;
    target = qMin(target, m_proxy->rowCount() - 1);
    if (target < 0)
        return clearDraft();
    const qint64 targetId = m_proxy->index(target, 0).data(IdRole).toLongLong();
    selectRow(target);
    if (m_currentId != targetId)
        showDraft(targetId);
}

void QueueView::approveCurrent()
{
    if (!m_currentId)
        return;
    if (!saveNow() && (m_conflict || m_dirty))
        return;
    const qint64 id = m_currentId;
    const int rowBefore = m_table->currentIndex().row();
    // Approving re-validates against today's ledger. A blocking finding stops it: an administrator may override
    // it with a reason (audited), a reviewer may not.
    approveWith(id, rowBefore, QString());
}

void QueueView::approveWith(qint64 id, int rowBefore, const QString& reason)
{
    auto ok = m_s.review->approve(id, m_currentId == id ? m_version : 0, reason);
    if (ok) {
        Q_EMIT message(int(NotificationArea::Severity::Info), tr("Draft approved: it will be sent with the next run."));
        return afterAction(id, rowBefore, true);
    }
    if (ok.error().code == ErrorCode::Conflict) {
        if (m_currentId == id)
            showConflict(ok.error().detail);
        return report(ok.error(), tr("Approving failed"));
    }
    auto fresh = m_s.store->reminder(id);
    if (!reason.isEmpty() || !fresh || !*fresh || !(*fresh)->hasBlockingFinding())
        return report(ok.error(), tr("Approving failed"));
    // The fresh findings were stored: show them, then ask for the override.
    refreshRow(id);
    if (m_currentId == id) {
        m_version = (*fresh)->version;
        showFindings(**fresh);
    }
    if (!m_s.review->canOverride()) {
        Q_EMIT message(int(NotificationArea::Severity::Warning),
                       tr("Not approved: this draft has blocking findings. Correct the text, or ask an administrator "
                          "to approve it despite them."));
        return;
    }
    m_s.prompter->askText(this, tr("Approve despite findings"),
                          tr("This draft has blocking findings. Why may it be sent anyway?"), QString(),
                          [this, id, rowBefore](std::optional<QString> given) {
                              if (given && !given->trimmed().isEmpty())
                                  approveWith(id, rowBefore, given->trimmed());
                              else
                                  Q_EMIT message(int(NotificationArea::Severity::Warning),
                                                 tr("Not approved: a reason is needed to override blocking findings."));
                          });
}

void QueueView::approveLightBatch()
{
    saveNow();
    QList<qint64> ids;
    for (const QModelIndex& idx : m_table->selectionModel()->selectedRows()) {
        const QueueRow* r = m_model->rowById(idx.data(IdRole).toLongLong());
        if (r && r->bucket == AgingBucket::Light && r->findings == 0 &&
            (r->state == ReminderState::Drafted || r->state == ReminderState::NeedsReview))
            ids << r->id;
    }
    if (ids.isEmpty()) {
        Q_EMIT message(int(NotificationArea::Severity::Warning),
                       tr("Select light-bucket drafts without findings to approve them together."));
        return;
    }
    const int rowBefore = m_table->currentIndex().row();
    int approved = 0;
    for (qint64 id : ids) {
        const QueueRow* r = m_model->rowById(id);
        if (auto ok = m_s.review->approve(id, r ? r->version : 0, QString()); ok)
            ++approved; // re-validated: a draft whose figures moved stays in the queue with its findings
        else
            report(ok.error(), tr("Approving failed"));
        refreshRow(id);
    }
    Q_EMIT message(int(NotificationArea::Severity::Info), tr("%n light draft(s) approved.", "", approved));
    Q_EMIT queueChanged();
    m_currentId = 0;
    selectRow(qMin(rowBefore, m_proxy->rowCount() - 1));
}

void QueueView::rejectCurrent()
{
    if (!m_currentId)
        return;
    saveNow();
    const qint64 id = m_currentId;
    const int rowBefore = m_table->currentIndex().row();
    m_s.prompter->askText(this, tr("Reject draft"), tr("Why is this draft rejected?"), QString(),
                          [this, id, rowBefore](std::optional<QString> reason) {
                              if (!reason)
                                  return;
                              if (auto ok = m_s.review->reject(id, *reason); !ok)
                                  return report(ok.error(), tr("Rejecting failed"));
                              Q_EMIT message(int(NotificationArea::Severity::Info), tr("Draft rejected."));
                              afterAction(id, rowBefore, false);
                          });
}

void QueueView::snoozeCurrent()
{
    if (!m_currentId)
        return;
    saveNow();
    const qint64 id = m_currentId;
    const int rowBefore = m_table->currentIndex().row();
    m_s.prompter->askDate(this, tr("Snooze draft"), tr("Bring it back on"), QDate::currentDate().addDays(7),
                          [this, id, rowBefore](std::optional<QDate> until) {
                              if (!until)
                                  return;
                              if (auto ok = m_s.review->snooze(id, *until); !ok)
                                  return report(ok.error(), tr("Snoozing failed"));
                              Q_EMIT message(int(NotificationArea::Severity::Info),
                                             tr("Draft snoozed until %1.").arg(formatDate(*until)));
                              afterAction(id, rowBefore, false);
                          });
}

void QueueView::regenerateCurrent()
{
    if (!m_currentId)
        return;
    saveNow();
    const qint64 id = m_currentId;
    m_s.prompter->askText(this, tr("Regenerate draft"),
                          tr("Instruction to the model (e.g. \"shorter\", \"mention the meeting of 3 March\")"), QString(),
                          [this, id](std::optional<QString> instruction) {
                              if (!instruction)
                                  return;
                              // Asynchronous: the draft stays readable, not editable, until the rewrite is stored.
                              m_regenerating.insert(id);
                              if (m_currentId == id) {
                                  m_subject->setReadOnly(true);
                                  m_body->setReadOnly(true);
                                  m_saveState->setText(tr("Regenerating…"));
                              }
                              Q_EMIT message(int(NotificationArea::Severity::Info), tr("Regenerating the draft…"));
                              m_s.review->regenerate(id, m_version, *instruction, this, [this, id](Result<Reminder> done) {
                                  m_regenerating.remove(id);
                                  refreshRow(id);
                                  if (m_currentId == id) {
                                      m_dirty = false;
                                      showDraft(id);
                                  }
                                  if (!done)
                                      return report(done.error(), tr("Regenerating failed"));
                                  Q_EMIT message(int(NotificationArea::Severity::Info), tr("The draft was regenerated."));
                              });
                          });
}

void QueueView::markDisputed()
{
    if (!m_currentClientId)
        return;
    const qint64 client = m_currentClientId;
    m_s.prompter->askText(this, tr("Mark disputed"), tr("What does the client dispute?"), QString(),
                          [this, client](std::optional<QString> reason) {
                              if (!reason)
                                  return;
                              auto n = m_s.clientActions->setClientInvoicesDisputed(client, true, *reason);
                              if (!n)
                                  return report(n.error(), tr("Marking disputed failed"));
                              Q_EMIT message(int(NotificationArea::Severity::Info),
                                             tr("%n invoice(s) marked disputed: they are not chased.", "", *n));
                              Q_EMIT queueChanged();
                          });
}

void QueueView::recordPromise()
{
    if (!m_currentId)
        return;
    const QueueRow* row = m_model->rowById(m_currentId);
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
                                 Q_EMIT message(int(NotificationArea::Severity::Info),
                                                tr("Promise recorded: chasing paused until %1.").arg(formatDate(a->date)));
                                 if (m_currentId > 0)
                                     showDraft(m_currentId);
                             });
}

void QueueView::setDoNotChase()
{
    if (!m_currentClientId)
        return;
    const qint64 client = m_currentClientId;
    m_s.prompter->askText(this, tr("Do not chase"), tr("Why should this client not be chased?"), QString(),
                          [this, client](std::optional<QString> reason) {
                              if (!reason)
                                  return;
                              if (auto ok = m_s.clientActions->setDoNotChase(client, true, *reason, {}); !ok)
                                  return report(ok.error(), tr("Setting do-not-chase failed"));
                              Q_EMIT message(int(NotificationArea::Severity::Info),
                                             tr("This client will not be chased until you lift it."));
                          });
}

void QueueView::report(const Error& e, const QString& what)
{
    Q_EMIT message(int(NotificationArea::Severity::Error), QStringLiteral("%1: %2").arg(what, e.detail));
}

} // namespace relance::ui
