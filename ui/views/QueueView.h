#pragma once
// The draft queue: a sortable, filterable table of drafts and, for the selected one, the editable subject and body
// (saved as the reviewer types, debounced), the validator's findings next to the text they concern, and the
// client's context (invoices, CRM history, previous reminders and replies, promises to pay).
#include "ReviewSession.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;
class QFrame;

namespace relance {
class ChangeWatcher;
}

namespace relance::ui {

class QueueModel;
class SortFilterProxy;

class QueueView : public QWidget
{
    Q_OBJECT
public:
    explicit QueueView(ReviewSession& session, QWidget* parent = nullptr);

    // Loads (or reloads) the whole queue: at start and after a sync or drafting run.
    Result<void> reload();
    QueueModel* model() const { return m_model; }
    SortFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QPlainTextEdit* bodyEditor() const { return m_body; }
    QLineEdit* subjectEditor() const { return m_subject; }
    QString bodyText() const;                  // the body as stored, no-break spaces kept
    qint64 currentId() const { return m_currentId; }
    bool hasConflict() const { return m_conflict; }
    bool hasUnsavedEdit() const { return m_dirty; }
    bool isRegenerating(qint64 id) const { return m_regenerating.contains(id); }
    // Team mode: another workstation's changes arrive here (LISTEN/NOTIFY on PostgreSQL, a timer on SQLite).
    ChangeWatcher* changeWatcher() const { return m_watcher; }
    bool changedElsewhere() const { return m_changedElsewhere; }

    void selectDraft(qint64 id);
    void selectRow(int proxyRow);
    void filterBucket(int bucket);             // -1: any
    void filterClient(qint64 clientId, const QString& name);

public Q_SLOTS:
    void nextDraft();
    void previousDraft();
    void approveCurrent();                     // and move to the next
    void approveLightBatch();                  // the selected light drafts without findings
    void rejectCurrent();
    void snoozeCurrent();
    void regenerateCurrent();
    void markDisputed();
    void recordPromise();
    void setDoNotChase();
    bool saveNow();                            // flushes a pending edit; false on a conflict or an error

Q_SIGNALS:
    void message(int severity, const QString& text);   // NotificationArea::Severity
    void queueChanged();                               // counts changed (dashboard, status bar)
    void currentDraftChanged(qint64 id);

private:
    void buildFilters(QWidget* bar);
    void showDraft(qint64 id);
    void clearDraft();
    void refreshRow(qint64 id);
    void afterAction(qint64 id, int proxyRowBefore, bool moveOn);
    void approveWith(qint64 id, int proxyRowBefore, const QString& overrideReason);
    void scheduleSave();
    void showConflict(const QString& detail);
    void onChangedElsewhere(qint64 id);
    void applyFindingHighlights();
    void showFindings(const Reminder& r);
    QString findingText(const Finding& f) const;
    void loadContext(const Reminder& r);
    void report(const Error& e, const QString& what);

    ReviewSession& m_s;
    QueueModel* m_model;
    SortFilterProxy* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_bucket;
    QComboBox* m_language;
    QComboBox* m_state;
    QLabel* m_count;
    QLabel* m_clientFilter;
    QLabel* m_header;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QListWidget* m_findings;
    QLabel* m_saveState;
    QFrame* m_conflictBar;
    QLabel* m_conflictText;
    QTextBrowser* m_invoices;
    QTextBrowser* m_history;
    QTextBrowser* m_previous;
    QTextBrowser* m_promises;
    QWidget* m_editorPane;
    QLabel* m_emptyState;
    QTimer* m_saveTimer;

    qint64 m_currentId = 0;
    qint64 m_currentClientId = 0;
    int m_version = 0;
    bool m_dirty = false;
    bool m_conflict = false;
    bool m_loading = false;
    QList<Finding> m_currentFindings;
    QSet<qint64> m_regenerating;
    ChangeWatcher* m_watcher = nullptr;
    QPushButton* m_keepMine = nullptr;
    bool m_changedElsewhere = false;   // the draft in the editor was changed by someone else: the bar asks
};

} // namespace relance::ui
