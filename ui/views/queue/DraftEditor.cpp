#include "DraftEditor.h"

#include "ErrorText.h"
#include "FindingsPanel.h"
#include "Theme.h"

#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace relance::ui {

// These strings were QueueView's: they keep its translation context, so the reviewed translations stay attached.

namespace {
constexpr int kSaveDelayMs = 600;
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

DraftEditor::DraftEditor(ReviewSession& session, QWidget* parent)
    : QWidget(parent), m_s(session), m_saveTimer(new QTimer(this))
{
    auto* ed = new QVBoxLayout(this);
    ed->setContentsMargins(6, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setMinimumWidth(200);
    ed->addWidget(m_header);

    m_conflictBar = new QFrame(this);
    m_conflictBar->setObjectName(QStringLiteral("banner"));
    m_conflictBar->setProperty("severity", QStringLiteral("warning"));
    auto* cb = new QHBoxLayout(m_conflictBar);
    m_conflictText = new QLabel(m_conflictBar);
    m_conflictText->setWordWrap(true);
    auto* theirs =
        new QPushButton(QCoreApplication::translate("relance::ui::QueueView", "Load their version"), m_conflictBar);
    m_keepMine = new QPushButton(QCoreApplication::translate("relance::ui::QueueView", "Keep my text"), m_conflictBar);
    cb->addWidget(m_conflictText, 1);
    cb->addWidget(theirs);
    cb->addWidget(m_keepMine);
    m_conflictBar->hide();
    ed->addWidget(m_conflictBar);

    auto* subjectRow = new QHBoxLayout;
    //: label of the e-mail subject field
    auto* subjectLabel = new QLabel(QCoreApplication::translate("relance::ui::QueueView", "Subject"), this);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEditor"));
    subjectRow->addWidget(subjectLabel);
    subjectRow->addWidget(m_subject, 1);
    ed->addLayout(subjectRow);

    auto* bodySplit = new QSplitter(Qt::Horizontal, this);
    m_body = new QPlainTextEdit(bodySplit);
    m_body->setObjectName(QStringLiteral("bodyEditor"));
    m_body->setTabChangesFocus(true);
    m_findings = new FindingsPanel(bodySplit);
    bodySplit->setStretchFactor(0, 3);
    bodySplit->setStretchFactor(1, 1);
    bodySplit->setSizes({400, 150});
    ed->addWidget(bodySplit, 1);
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("cardCaption"));
    ed->addWidget(m_saveState);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(m_subject, &QLineEdit::textEdited, this, [this] { scheduleSave(); });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            scheduleSave();
    });
    connect(m_findings, &FindingsPanel::findingChosen, this, &DraftEditor::selectFinding);
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_conflict = false;
        m_dirty = false;
        m_conflictBar->hide();
        Q_EMIT theirVersionWanted(m_id);
    });
    connect(m_keepMine, &QPushButton::clicked, this, &DraftEditor::keepMine);
}

void DraftEditor::clear(const QString& headerHtml)
{
    m_loading = true;
    m_id = 0;
    m_clientId = 0;
    m_subject->clear();
    m_body->clear();
    m_findings->clear();
    m_saveState->clear();
    m_conflictBar->hide();
    setEnabled(false);
    m_header->setText(headerHtml);
    m_loading = false;
}

void DraftEditor::forget()
{
    m_dirty = false;
    m_saveTimer->stop();
    m_id = 0;
}

void DraftEditor::load(const Reminder& r, const QueueRow* row, bool busy)
{
    m_loading = true;
    m_id = r.id;
    m_clientId = r.clientId;
    m_version = r.version;
    m_dirty = false;
    m_conflict = false;
    m_changedElsewhere = false;
    m_conflictBar->hide();
    m_saveTimer->stop();
    setEnabled(true);
    const bool editable =
        r.state == ReminderState::Drafted || r.state == ReminderState::NeedsReview || r.state == ReminderState::Snoozed;
    m_subject->setReadOnly(!editable || busy);
    m_body->setReadOnly(!editable || busy);
    m_subject->setText(r.subject);
    m_body->setPlainText(r.body);
    showFindings(r);
    if (row)
        m_header->setText(
            QStringLiteral("<span style='font-size:15px;font-weight:600'>%1</span> &nbsp; "
                           "<span style='background:%2;color:%3;padding:2px 6px'>&nbsp;%4&nbsp;</span> &nbsp; %5 "
                           "&nbsp;·&nbsp; %6 &nbsp;·&nbsp; %7")
                .arg(esc(row->clientName), bucketTint(row->bucket).name(), bucketColor(row->bucket).darker(140).name(),
                     esc(bucketShortLabel(row->bucket)),
                     esc(formatMoney(row->openMinor, row->currency, reviewerLocale())),
                     esc(QCoreApplication::translate("relance::ui::QueueView", "%n day(s) late", "", row->daysLate)),
                     esc(stateLabel(r.state))));
    m_saveState->setText(
        r.updatedBy.isEmpty()
            ? QString()
            : QCoreApplication::translate("relance::ui::QueueView", "Version %1, last changed by %2 on %3")
                  .arg(r.version)
                  .arg(r.updatedBy, r.updatedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
    m_loading = false;
}

QString DraftEditor::bodyText() const
{
    // toPlainText() turns no-break spaces into spaces, which would silently change "1 234,50 CHF" on save.
    QString text = m_body->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

void DraftEditor::scheduleSave()
{
    if (m_loading || !m_id)
        return;
    m_dirty = true;
    if (m_conflict)
        return; // never overwrite silently: the reviewer chooses in the conflict bar
    m_saveState->setText(QCoreApplication::translate("relance::ui::QueueView", "Editing…"));
    m_saveTimer->start();
}

bool DraftEditor::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || !m_id)
        return !m_conflict;
    if (m_conflict)
        return false;
    auto written = m_s.review->saveEdit(m_id, m_version, m_subject->text(), bodyText());
    if (!written) {
        if (written.error().code == ErrorCode::Conflict) {
            showConflict(written.error());
        } else {
            m_saveState->setText(QCoreApplication::translate("relance::ui::QueueView", "Not saved: %1")
                                     .arg(ErrorText::sentence(written.error())));
            m_saveState->setToolTip(ErrorText::technical(written.error()));
            Q_EMIT message(
                NotificationArea::Severity::Error,
                ErrorText::failed(QCoreApplication::translate("relance::ui::QueueView", "Saving the draft failed"),
                                  written.error()));
        }
        return false;
    }
    m_version = written->version;
    m_dirty = false;
    m_saveState->setText(QCoreApplication::translate("relance::ui::QueueView", "Saved at %1")
                             .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    m_saveState->setToolTip(QString());
    showFindings(*written); // the validator's findings, re-computed on this save
    Q_EMIT saved(m_id);
    return true;
}

void DraftEditor::keepMine()
{
    // Take the stored version as the base and save this text over it, knowingly.
    auto stored = m_s.store->reminder(m_id);
    if (!stored || !*stored) {
        const Error e = stored ? Error{ErrorCode::NotFound, QString()} : stored.error();
        Q_EMIT message(
            NotificationArea::Severity::Error,
            ErrorText::failed(QCoreApplication::translate("relance::ui::QueueView", "Reloading the draft failed"), e));
        return;
    }
    m_version = (*stored)->version;
    m_conflict = false;
    m_changedElsewhere = false;
    m_conflictBar->hide();
    m_dirty = true;
    saveNow();
}

void DraftEditor::showConflict(const Error& why)
{
    m_conflict = true;
    // Team mode: name who it was when the database says so.
    auto stored = m_id ? m_s.store->reminder(m_id) : Result<std::optional<Reminder>>(std::nullopt);
    const QString who = stored && *stored ? (*stored)->updatedBy : QString();
    if (!who.isEmpty() && who != m_s.actor)
        m_conflictText->setText(QCoreApplication::translate(
                                    "relance::ui::QueueView",
                                    "%1 changed this draft meanwhile. Your text is kept here and has not been saved: "
                                    "load their version or keep yours.")
                                    .arg(who));
    else
        m_conflictText->setText(QCoreApplication::translate(
            "relance::ui::QueueView", "Someone else changed this draft meanwhile. Your text is kept here and has not "
                                      "been saved: load their version or keep yours."));
    m_conflictText->setToolTip(ErrorText::technical(why));
    m_keepMine->setVisible(true);
    m_conflictBar->show();
    m_saveState->setText(QCoreApplication::translate("relance::ui::QueueView", "Not saved: conflict"));
}

void DraftEditor::changedBy(const QString& who)
{
    m_changedElsewhere = true;
    m_conflict = true; // a save now would be refused anyway; the reviewer chooses first
    m_saveTimer->stop();
    m_conflictText->setText(
        m_dirty ? QCoreApplication::translate(
                      "relance::ui::QueueView",
                      "%1 changed this draft meanwhile. Your text is kept here and has not been saved: "
                      "load their version or keep yours.")
                      .arg(who)
                : QCoreApplication::translate("relance::ui::QueueView",
                                              "%1 changed this draft meanwhile: load their version to see it.")
                      .arg(who));
    m_conflictText->setToolTip(QString());
    m_keepMine->setVisible(m_dirty); // with nothing typed, "keep mine" would only undo their change
    m_conflictBar->show();
    m_saveState->setText(QCoreApplication::translate("relance::ui::QueueView", "Changed by %1").arg(who));
}

void DraftEditor::setStoredVersion(const Reminder& fresh)
{
    m_version = fresh.version;
    showFindings(fresh);
}

void DraftEditor::setRegenerating()
{
    m_subject->setReadOnly(true);
    m_body->setReadOnly(true);
    m_saveState->setText(QCoreApplication::translate("relance::ui::QueueView", "Regenerating…"));
}

void DraftEditor::showFindings(const Reminder& r)
{
    m_findings->showFindings(r);
    applyFindingHighlights();
}

void DraftEditor::selectFinding(const Finding& f)
{
    if (f.field == QLatin1String("subject") && f.start >= 0) {
        m_subject->setSelection(f.start, f.length);
    } else if (f.start >= 0) {
        QTextCursor c = m_body->textCursor();
        c.setPosition(qMin(f.start, m_body->document()->characterCount() - 1));
        c.setPosition(qMin(f.start + f.length, m_body->document()->characterCount() - 1), QTextCursor::KeepAnchor);
        m_body->setTextCursor(c);
    }
}

void DraftEditor::applyFindingHighlights()
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const Finding& f : m_findings->findings()) {
        if (f.field == QLatin1String("subject") || f.start < 0)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_body->document());
        const int end = m_body->document()->characterCount() - 1;
        sel.cursor.setPosition(qMin(f.start, end));
        sel.cursor.setPosition(qMin(f.start + f.length, end), QTextCursor::KeepAnchor);
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        const bool blocking = f.severity == FindingSeverity::Blocking;
        sel.format.setUnderlineColor(blocking ? QColor(0xb8, 0x2e, 0x2e) : QColor(0xd9, 0xa4, 0x1b));
        sel.format.setBackground(blocking ? QColor(0xfb, 0xe3, 0xe1) : QColor(0xfd, 0xf3, 0xd6));
        marks << sel;
    }
    m_body->setExtraSelections(marks);
}

} // namespace relance::ui
