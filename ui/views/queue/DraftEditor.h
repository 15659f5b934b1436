#pragma once
// The draft being reviewed: a header (client, bucket, amount, days late, state), the subject and body saved as the
// reviewer types (600 ms after the last key, and before any action or move), the findings beside the body and
// underlined in it, and the conflict bar: when someone else changed the draft, the reviewer's text is kept and they
// choose to load the other version or keep theirs. Nothing is overwritten silently.
#include "NotificationArea.h"
#include "ReviewSession.h"
#include "queries/ListQueries.h"

#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace relance::ui {

class FindingsPanel;

class DraftEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DraftEditor(ReviewSession& session, QWidget* parent = nullptr);

    // Shows `r` (its row gives the header's figures); `busy`: being regenerated, so read-only for now.
    void load(const Reminder& r, const QueueRow* row, bool busy);
    // No draft: the editor is disabled and the header says why (rich text).
    void clear(const QString& headerHtml);
    // Forgets the draft and any pending edit without saving (it was acted on and may leave the list).
    void forget();

    qint64 draftId() const { return m_id; }
    qint64 clientId() const { return m_clientId; }
    int version() const { return m_version; }
    bool isDirty() const { return m_dirty; }
    bool hasConflict() const { return m_conflict; }
    bool changedElsewhere() const { return m_changedElsewhere; }

    bool saveNow();                               // false on a conflict or an error
    void showConflict(const Error& why);          // a save or an approval was refused as stale
    void changedBy(const QString& who);           // another workstation changed the draft being shown
    void setStoredVersion(const Reminder& fresh); // re-validated elsewhere: its version and findings
    void setRegenerating();                       // read-only until the rewrite is stored

    QLineEdit* subjectEditor() const { return m_subject; }
    QPlainTextEdit* bodyEditor() const { return m_body; }
    QString bodyText() const; // the body as stored, no-break spaces kept
    FindingsPanel* findings() const { return m_findings; }

Q_SIGNALS:
    void saved(qint64 id);              // the stored draft changed: its row needs refreshing
    void theirVersionWanted(qint64 id); // "Load their version": reload the row and the draft
    void message(relance::ui::NotificationArea::Severity severity, const QString& text);

private:
    void scheduleSave();
    void showFindings(const Reminder& r);
    void applyFindingHighlights();
    void selectFinding(const Finding& f);
    void keepMine();

    ReviewSession& m_s;
    QLabel* m_header;
    QFrame* m_conflictBar;
    QLabel* m_conflictText;
    QPushButton* m_keepMine;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    FindingsPanel* m_findings;
    QLabel* m_saveState;
    QTimer* m_saveTimer;

    qint64 m_id = 0;
    qint64 m_clientId = 0;
    int m_version = 0;
    bool m_dirty = false;
    bool m_conflict = false;
    bool m_loading = false;
    bool m_changedElsewhere = false; // the bar asks before anything is saved over someone else's change
};

} // namespace relance::ui
