#pragma once
// The review workstation: navigation between the views, the reviewer's actions (toolbar and shortcuts),
// a notification area for errors that never blocks, and a status bar with the worker's state.
#include "NotificationArea.h"
#include "ReviewSession.h"
#include "drafting/DraftingService.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QStackedWidget;

namespace relance::sync {
class SyncWorker;
class SyncWorkerThread;
} // namespace relance::sync
namespace relance::worker { class IoWorkerThread; }

namespace relance::ui {

class ClientsView;
class DashboardView;
class InvoicesView;
class OutboxView;
class QueueView;
class SettingsView;
class TasksView;
class ToneExamplesView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Dashboard, Queue, Invoices, Clients, Tasks, Outbox, ToneExamples, Settings };

    explicit MainWindow(ReviewSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads the dashboard and the queue; the other views load when first shown.
    void loadInitialData();
    void showPage(Page page);
    Page currentPage() const;
    bool hasPage(Page page) const;

    DashboardView* dashboard() const { return m_dashboard; }
    QueueView* queue() const { return m_queue; }
    InvoicesView* invoices() const { return m_invoices; }
    ClientsView* clients() const { return m_clients; }
    TasksView* tasks() const { return m_tasks; }
    OutboxView* outbox() const { return m_outbox; }
    ToneExamplesView* toneExamples() const { return m_tone; }
    SettingsView* settings() const { return m_settings; }
    NotificationArea* notifications() const { return m_notes; }
    QAction* action(const QString& name) const;

    // Starts a drafting run on the I/O worker: progress in the status bar, the queue refreshed when it is done
    // (draftingFinished follows). Asynchronous; does nothing while a run is going or without a worker.
    void startDrafting(const relance::DraftRunOptions& options);

    // The I/O worker (owned by the caller, on its own thread): sync ("Sync now", the daily run, the watched folder),
    // drafting runs and the Outbox's "Send now"; progress, state, last sync and errors in the status bar and the
    // notification area; the views refresh after each sync and drafting run.
    void attachWorker(relance::worker::IoWorkerThread* worker);
    // A sync worker standing alone (tests): sync only.
    void attachSync(relance::sync::SyncWorkerThread* sync);
    void syncNow();

    // Renders every main view to DIR/<n>-<name>.png, one after the other through the event loop, then calls done.
    void captureViews(const QString& dir, std::function<void(QStringList files)> done);

Q_SIGNALS:
    void draftingFinished();
    void syncFinished();

public Q_SLOTS:
    // `technical`: the English detail of an error, shown as the banner's tooltip.
    void notify(relance::ui::NotificationArea::Severity severity, const QString& text, const QString& technical = {});
    // The worker reports here (sync, drafting, sending): state text, progress done/total (total 0: busy).
    void setWorkerState(const QString& state, int done, int total);
    void setLastSync(const QDateTime& at);

private:
    void buildActions();
    void ensureLoaded(Page page);
    void updateActions();
    void refreshCounts();
    void connectSync(relance::sync::SyncWorker* worker);
    void draftingDone(const relance::DraftRunSummary& summary);
    void notifyFailure(const QString& what, const relance::Error& error);

    ReviewSession& m_s;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    NotificationArea* m_notes;
    DashboardView* m_dashboard;
    QueueView* m_queue;
    InvoicesView* m_invoices;
    ClientsView* m_clients;
    TasksView* m_tasks;
    OutboxView* m_outbox;
    ToneExamplesView* m_tone = nullptr;
    SettingsView* m_settings = nullptr;
    QList<Page> m_pages;
    QListWidgetItem* m_outboxItem = nullptr;
    QList<QAction*> m_queueActions;
    QLabel* m_worker;
    QProgressBar* m_progress;
    QLabel* m_lastSync;
    QLabel* m_counts;
    QSet<int> m_loaded;
    relance::sync::SyncWorkerThread* m_sync = nullptr;
    relance::worker::IoWorkerThread* m_io = nullptr;
    bool m_syncing = false;
    bool m_drafting = false;
    bool m_ready = false; // nothing is read before loadInitialData(): the window shows first
};

} // namespace relance::ui
