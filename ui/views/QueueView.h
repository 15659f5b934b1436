#pragma once
// The draft queue: a sortable, filterable table of drafts (queue/QueueTable, queue/QueueFilterBar) and, for the
// selected one, the editor (queue/DraftEditor: autosave, conflicts, with queue/FindingsPanel beside the body) and the
// client's context (queue/ClientContextPanel). This class composes them and owns the reviewer's actions: approve,
// reject, snooze, regenerate, client actions, and where the selection goes afterwards.
#include "NotificationArea.h"
#include "ReviewSession.h"

#include <QSet>
#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace relance {
class ChangeWatcher;
}

namespace relance::ui {

class ClientContextPanel;
class DraftEditor;
class QueueFilterBar;
class QueueModel;
class QueueTable;
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
    QTableView* table() const;
    QPlainTextEdit* bodyEditor() const;
    QLineEdit* subjectEditor() const;
    QString bodyText() const; // the body as stored, no-break spaces kept
    qint64 currentId() const;
    bool hasConflict() const;
    bool hasUnsavedEdit() const;
    bool isRegenerating(qint64 id) const { return m_regenerating.contains(id); }
    // Team mode: another workstation's changes arrive here (LISTEN/NOTIFY on PostgreSQL, a timer on SQLite).
    ChangeWatcher* changeWatcher() const { return m_watcher; }
    bool changedElsewhere() const;

    void selectDraft(qint64 id);
    void selectRow(int proxyRow);
    void filterBucket(int bucket); // -1: any
    void filterClient(qint64 clientId, const QString& name);

public Q_SLOTS:
    void nextDraft();
    void previousDraft();
    void approveCurrent();    // and move to the next
    void approveLightBatch(); // the selected light drafts without findings
    void rejectCurrent();
    void snoozeCurrent();
    void regenerateCurrent();
    void markDisputed();
    void recordPromise();
    void setDoNotChase();
    bool saveNow(); // flushes a pending edit; false on a conflict or an error

Q_SIGNALS:
    void message(relance::ui::NotificationArea::Severity severity, const QString& text);
    void queueChanged(); // counts changed (dashboard, status bar)
    void currentDraftChanged(qint64 id);

private:
    void showDraft(qint64 id);
    void clearDraft();
    void refreshRow(qint64 id);
    void afterAction(qint64 id, int proxyRowBefore, bool moveOn);
    void approveWith(qint64 id, int proxyRowBefore, const QString& overrideReason);
    void onChangedElsewhere(qint64 id);
    void info(const QString& text) { Q_EMIT message(NotificationArea::Severity::Info, text); }
    void warn(const QString& text) { Q_EMIT message(NotificationArea::Severity::Warning, text); }
    void report(const Error& e, const QString& what);

    ReviewSession& m_s;
    QueueModel* m_model;
    SortFilterProxy* m_proxy;
    QueueFilterBar* m_filters;
    QueueTable* m_table;
    DraftEditor* m_editor;
    ClientContextPanel* m_context;
    QSet<qint64> m_regenerating;
    ChangeWatcher* m_watcher = nullptr;
};

} // namespace relance::ui
