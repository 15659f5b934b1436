#include "MainWindow.h"

#include "ErrorText.h"
#include "NotificationArea.h"
#include "Theme.h"
#include "models/Roles.h"
#include "views/ClientsView.h"
#include "views/DashboardView.h"
#include "views/InvoicesView.h"
#include "views/OutboxView.h"
#include "views/QueueView.h"
#include "views/SettingsView.h"
#include "views/TasksView.h"
#include "views/ToneExamplesView.h"
#include "queries/Navigation.h"
#include "sync/SyncWorker.h"
#include "worker/IoWorker.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSet>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace relance::ui {

MainWindow::MainWindow(ReviewSession& session, QWidget* parent)
    : QMainWindow(parent), m_s(session), m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_notes(new NotificationArea(this))
{
    setWindowTitle(tr("Relance – accounts receivable"));
    setWindowIcon(icon(QStringLiteral("relance")));
    setStyleSheet(appStyleSheet());
    resize(1280, 800);

    m_dashboard = new DashboardView(m_s, m_stack);
    m_queue = new QueueView(m_s, m_stack);
    m_invoices = new InvoicesView(m_s, m_stack);
    m_clients = new ClientsView(m_s, m_stack);
    m_tasks = new TasksView(m_s, m_stack);
    m_outbox = new OutboxView(m_s, m_stack);
    struct Entry { Page page; QWidget* widget; QString label; QString icon; };
    QList<Entry> entries{
        {Page::Dashboard, m_dashboard, tr("Dashboard"), QStringLiteral("dashboard")},
        //: navigation: the queue of reminder drafts to review
        {Page::Queue, m_queue, tr("Drafts"), QStringLiteral("queue")},
        {Page::Invoices, m_invoices, tr("Invoices"), QStringLiteral("invoices")},
        {Page::Clients, m_clients, tr("Clients"), QStringLiteral("clients")},
        {Page::Tasks, m_tasks, tr("Tasks"), QStringLiteral("tasks")},
        {Page::Outbox, m_outbox, tr("Outbox"), QString()},
    };
    // A reviewer sees no settings and no tone editing: the pages are not even built.
    if (m_s.isAdmin()) {
        m_tone = new ToneExamplesView(m_s, m_stack);
        m_settings = new SettingsView(m_s, m_stack);
        entries << Entry{Page::ToneExamples, m_tone, tr("Tone examples"), QStringLiteral("tone")}
                << Entry{Page::Settings, m_settings, tr("Settings"), QStringLiteral("settings")};
    }
    for (const Entry& e : entries) {
        m_pages << e.page;
        m_stack->addWidget(e.widget);
        auto* item = new QListWidgetItem(e.icon.isEmpty() ? OutboxView::navigationIcon() : icon(e.icon), e.label, m_nav);
        item->setSizeHint(QSize(180, 38));
        if (e.page == Page::Outbox)
            m_outboxItem = item;
    }
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(180);
    m_nav->setIconSize(QSize(18, 18));
    m_nav->setFocusPolicy(Qt::NoFocus);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* central = new QWidget(this);
    auto* h = new QHBoxLayout(central);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(0);
    h->addWidget(m_nav);
    auto* right = new QWidget(central);
    auto* v = new QVBoxLayout(right);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    v->addWidget(m_notes);
    v->addWidget(m_stack, 1);
    h->addWidget(right, 1);
    setCentralWidget(central);

    m_worker = new QLabel(tr("Worker idle"), this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setMaximumHeight(14);
    m_progress->hide();
    m_lastSync = new QLabel(this);
    m_counts = new QLabel(this);
    statusBar()->addWidget(m_worker);
    statusBar()->addWidget(m_progress);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_lastSync);
    statusBar()->setSizeGripEnabled(false);

    buildActions();

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        ensureLoaded(m_pages[row]);
        m_stack->setCurrentIndex(row);
        updateActions();
    });
    // Views say their severity with NotificationArea::Severity (OutboxView too); the cast also accepts an int.
    auto forward = [this](auto severity, const QString& text) { notify(NotificationArea::Severity(severity), text); };
    connect(m_queue, &QueueView::message, this, forward);
    connect(m_clients, &ClientsView::message, this, forward);
    connect(m_tasks, &TasksView::message, this, forward);
    connect(m_outbox, &OutboxView::message, this, &MainWindow::notify);
    connect(m_outbox, &OutboxView::outboxChanged, this, &MainWindow::refreshCounts);
    if (m_tone)
        connect(m_tone, &ToneExamplesView::message, this, forward);
    if (m_settings)
        connect(m_settings, &SettingsView::message, this, forward);
    connect(m_queue, &QueueView::queueChanged, this, [this] {
        refreshCounts();
        m_loaded.remove(int(Page::Dashboard)); // figures are reloaded when the dashboard is shown again
        m_loaded.remove(int(Page::Outbox));    // an approval puts a reminder in the outbox
    });
    connect(m_dashboard, &DashboardView::bucketActivated, this, [this](int bucket) {
        showPage(Page::Invoices);
        m_invoices->filterClient(0, QString());
        m_invoices->filterBucket(bucket);
    });
    connect(m_dashboard, &DashboardView::clientActivated, this, [this](qint64 id) {
        showPage(Page::Clients);
        m_clients->showClient(id);
    });
    connect(m_dashboard, &DashboardView::loaded, this, &MainWindow::refreshCounts);
    connect(m_dashboard, &DashboardView::failed, this, [this](const QString& detail) {
        m_loaded.remove(int(Page::Dashboard));
        notify(NotificationArea::Severity::Error, tr("The data could not be read."), detail);
    });
    connect(m_invoices, &InvoicesView::failed, this, [this](const QString& detail) {
        m_loaded.remove(int(Page::Invoices));
        notify(NotificationArea::Severity::Error, tr("The data could not be read."), detail);
    });
    connect(m_dashboard, &DashboardView::draftsActivated, this, [this] { showPage(Page::Queue); });
    connect(m_invoices, &InvoicesView::clientActivated, this, [this](qint64 id) {
        showPage(Page::Clients);
        m_clients->showClient(id);
    });
    connect(m_clients, &ClientsView::openQueueFor, this, [this](qint64 id, const QString& name) {
        showPage(Page::Queue);
        m_queue->filterClient(id, name);
    });
    m_nav->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::attachSync(sync::SyncWorkerThread* thread)
{
    m_sync = thread;
    if (thread && thread->worker())
        connectSync(thread->worker());
}

void MainWindow::attachWorker(worker::IoWorkerThread* thread)
{
    m_io = thread;
    m_outbox->setWorker(thread);
    if (!thread)
        return;
    worker::IoWorker* w = thread->worker();
    connectSync(w->syncPart());
    // The worker lives on its own thread: these connections are queued into the GUI thread.
    connect(w, &worker::IoWorker::draftProgress, this, [this](int done, int total) {
        setWorkerState(tr("Drafting reminders… %1 of %2").arg(done).arg(total), done, total);
    });
    connect(w, &worker::IoWorker::draftFinished, this, &MainWindow::draftingDone);
    connect(w, &worker::IoWorker::configureFailed, this, [this](const Error& e) {
        notifyFailure(tr("The worker could not open the database"), e);
    });
}

void MainWindow::connectSync(sync::SyncWorker* w)
{
    // The worker lives on its own thread: these connections are queued into the GUI thread.
    connect(w, &sync::SyncWorker::progress, this, [this](const QString& phase, qint64 done, qint64 total) {
        m_syncing = true;
        // The phase is core's name for the step; the status bar says it in the interface's language.
        const QString state = phase == u"accounting" ? tr("Syncing the open invoices…")
                              : phase == u"crm"      ? tr("Syncing the CRM history…")
                                                     : tr("Syncing…");
        setWorkerState(state, int(qMin<qint64>(done, INT_MAX)), int(qMin<qint64>(total, INT_MAX)));
    });
    connect(w, &sync::SyncWorker::finished, this, [this](const sync::SyncReport& report) {
        m_syncing = false;
        setWorkerState(tr("Worker idle"), 0, 0);
        if (report.accountingMode == u"skipped")
            notify(NotificationArea::Severity::Info, tr("Sync: nothing read from the accounting."), report.accountingNote);
        else
            notify(NotificationArea::Severity::Info,
                   tr("Sync done: %1 invoice(s) read, %2 new, %3 changed, %4 paid.")
                       .arg(report.fetched).arg(report.created).arg(report.changed).arg(report.paid));
        setLastSync(QDateTime::currentDateTimeUtc());
        // One reload per view after the sync (not a reset per row); hidden views reload when shown again.
        const Page p = currentPage();
        m_loaded.clear();
        ensureLoaded(Page::Queue);
        ensureLoaded(p);
        refreshCounts();
        Q_EMIT syncFinished();
    });
    connect(w, &sync::SyncWorker::failed, this, [this](const Error& e) {
        m_syncing = false;
        setWorkerState(tr("Worker idle"), 0, 0);
        notifyFailure(tr("The sync failed"), e);
        Q_EMIT syncFinished();
    });
    connect(w, &sync::SyncWorker::scheduled, this, [this](const QDateTime& next) {
        m_lastSync->setToolTip(next.isValid() ? tr("Next sync %1").arg(next.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                                              : QString());
    });
    connect(w, &sync::SyncWorker::fileRejected, this, [this](const QString& file, const Error& e) {
        notifyFailure(tr("The file %1 was not imported").arg(file), e);
    });
}

void MainWindow::syncNow()
{
    if (m_s.config.accounting.source == AccountingSource::Demo) {
        notify(NotificationArea::Severity::Info,
               tr("Nothing to sync: the accounting source is the demo data set ([accounting] source=demo)."));
        return;
    }
    if (!m_sync && !m_io) {
        notify(NotificationArea::Severity::Warning, tr("No sync worker is running in this window."));
        return;
    }
    if (m_syncing)
        return;
    m_syncing = true;
    setWorkerState(tr("Syncing…"), -1, 0);
    if (m_io)
        m_io->syncNow();
    else
        m_sync->syncNow();
}

void MainWindow::startDrafting(const DraftRunOptions& options)
{
    if (m_drafting)
        return;
    if (!m_io) {
        notify(NotificationArea::Severity::Warning, tr("No worker is running in this window: nothing was drafted."));
        return;
    }
    m_drafting = true;
    setWorkerState(tr("Drafting reminders…"), -1, 0);
    m_io->draft(options);
}

void MainWindow::draftingDone(const DraftRunSummary& sum)
{
    m_drafting = false;
    setWorkerState(tr("Worker idle"), 0, 0);
    if (sum.error)
        notifyFailure(tr("Drafting stopped"), *sum.error);
    else
        notify(NotificationArea::Severity::Info, tr("%n draft(s) written and waiting for review.", "", sum.drafted));
    if (m_ready) {
        if (auto ok = m_queue->reload(); !ok)
            notifyFailure(tr("The data could not be read"), ok.error());
        m_loaded.remove(int(Page::Dashboard));
        m_loaded.remove(int(Page::Outbox));
        if (currentPage() == Page::Dashboard)
            ensureLoaded(Page::Dashboard);
        refreshCounts();
    }
    Q_EMIT draftingFinished();
}

void MainWindow::buildActions()
{
    auto* bar = addToolBar(tr("Review"));
    bar->setObjectName(QStringLiteral("reviewToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMinimumWidth(0);
    bar->setIconSize(QSize(16, 16));
    auto add = [&](const QString& name, const QString& iconName, const QString& text, const QKeySequence& key,
                   const QString& tip, auto slot) {
        auto* a = new QAction(icon(iconName), text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, m_queue, slot);
        addAction(a);
        bar->addAction(a);
        m_queueActions << a;
        return a;
    };
    add(QStringLiteral("previous"), QStringLiteral("up"), tr("Previous"), QKeySequence(Qt::ALT | Qt::Key_Up),
        tr("Previous draft"), &QueueView::previousDraft);
    add(QStringLiteral("next"), QStringLiteral("down"), tr("Next"), QKeySequence(Qt::ALT | Qt::Key_Down), tr("Next draft"),
        &QueueView::nextDraft);
    bar->addSeparator();
    add(QStringLiteral("approve"), QStringLiteral("approve"), tr("Approve"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        tr("Approve and go to the next draft"), &QueueView::approveCurrent);
    add(QStringLiteral("approveLight"), QStringLiteral("approve-all"), tr("Approve light"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), tr("Approve the selected light drafts without findings"),
        &QueueView::approveLightBatch);
    add(QStringLiteral("reject"), QStringLiteral("reject"), tr("Reject"), QKeySequence(Qt::ALT | Qt::Key_R),
        tr("Reject with a reason"), &QueueView::rejectCurrent);
    add(QStringLiteral("snooze"), QStringLiteral("snooze"), tr("Snooze"), QKeySequence(Qt::ALT | Qt::Key_S),
        tr("Snooze until a date"), &QueueView::snoozeCurrent);
    add(QStringLiteral("regenerate"), QStringLiteral("regenerate"), tr("Regenerate"), QKeySequence(Qt::ALT | Qt::Key_G),
        tr("Regenerate with an instruction to the model"), &QueueView::regenerateCurrent);
    bar->addSeparator();
    add(QStringLiteral("disputed"), QStringLiteral("disputed"), tr("Disputed"), QKeySequence(Qt::ALT | Qt::Key_D),
        tr("Mark the client's open invoices disputed"), &QueueView::markDisputed);
    add(QStringLiteral("promise"), QStringLiteral("promise"), tr("Promise"), QKeySequence(Qt::ALT | Qt::Key_P),
        tr("Record a promise to pay"), &QueueView::recordPromise);
    add(QStringLiteral("doNotChase"), QStringLiteral("do-not-chase"), tr("Do not chase"), QKeySequence(Qt::ALT | Qt::Key_N),
        tr("Stop chasing this client"), &QueueView::setDoNotChase);

    bar->addSeparator();
    auto* sync = new QAction(icon(QStringLiteral("regenerate")), tr("Sync now"), this);
    sync->setObjectName(QStringLiteral("syncNow"));
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    sync->setToolTip(tr("Read the open invoices and the CRM history now (%1)").arg(sync->shortcut().toString(QKeySequence::NativeText)));
    connect(sync, &QAction::triggered, this, &MainWindow::syncNow);
    addAction(sync);
    bar->addAction(sync);

    // Views by number, reload, search.
    for (int i = 0; i < m_pages.size(); ++i) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_nav->setCurrentRow(i); });
        addAction(go);
    }
    auto* reload = new QAction(tr("Reload"), this);
    reload->setObjectName(QStringLiteral("reload"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, [this] {
        const Page p = currentPage();
        m_loaded.clear();
        ensureLoaded(Page::Queue);
        ensureLoaded(p);
    });
    addAction(reload);
}

QAction* MainWindow::action(const QString& name) const { return findChild<QAction*>(name); }

bool MainWindow::hasPage(Page page) const { return m_pages.contains(page); }

MainWindow::Page MainWindow::currentPage() const { return m_pages.value(m_stack->currentIndex(), Page::Dashboard); }

void MainWindow::showPage(Page page)
{
    const int row = int(m_pages.indexOf(page));
    if (row >= 0)
        m_nav->setCurrentRow(row);
}

void MainWindow::updateActions()
{
    const bool queue = currentPage() == Page::Queue;
    for (QAction* a : m_queueActions)
        a->setEnabled(queue);
}

void MainWindow::loadInitialData()
{
    m_ready = true;
    ensureLoaded(Page::Queue);
    ensureLoaded(currentPage());
    refreshCounts();
}

void MainWindow::ensureLoaded(Page page)
{
    if (!m_ready || m_loaded.contains(int(page)))
        return;
    m_loaded.insert(int(page));
    Result<void> ok;
    switch (page) {
    case Page::Dashboard:
        if (m_s.databaseUrl.isEmpty())
            ok = m_dashboard->reload();
        else
            m_dashboard->reloadInBackground(m_s.databaseUrl);
        break;
    case Page::Queue: ok = m_queue->reload(); break;
    case Page::Invoices:
        if (m_s.databaseUrl.isEmpty())
            ok = m_invoices->reload();
        else
            m_invoices->reloadInBackground(m_s.databaseUrl);
        break;
    case Page::Clients: ok = m_clients->reload(); break;
    case Page::Tasks: ok = m_tasks->reload(); break;
    case Page::Outbox: ok = m_outbox->reload(); break;
    case Page::ToneExamples: ok = m_tone ? m_tone->reload() : Result<void>{}; break;
    case Page::Settings: break;
    }
    if (!ok) {
        m_loaded.remove(int(page));
        notifyFailure(tr("The data could not be read"), ok.error());
    }
}

void MainWindow::refreshCounts()
{
    auto counts = queries::navigationCounts(*m_s.db);
    if (!counts) {
        m_counts->setToolTip(ErrorText::failed(tr("The counts could not be read"), counts.error()));
        return;
    }
    m_counts->setText(tr("%n draft(s) to review", "", counts->draftsToReview));
    // The outbox in the navigation: how many wait to go out, and how many need a person (flagged or failed).
    if (const auto& o = counts->outbox; o && m_outboxItem) {
        const int pending = o->waiting + o->sending;
        const int check = o->needPerson();
        //: navigation, kept short (180 px): %1 waiting to go out, %2 needing a person (flagged or failed)
        m_outboxItem->setText(check > 0 ? tr("Outbox (%1, ⚠ %2)").arg(pending).arg(check)
                              : pending > 0 ? tr("Outbox (%1)").arg(pending)
                                            : tr("Outbox"));
        m_outboxItem->setToolTip(tr("%1 waiting, %2 being sent, %3 to check (sent or not?), %4 failed, %5 sent")
                                     .arg(o->waiting).arg(o->sending).arg(o->ambiguous).arg(o->failed).arg(o->sent));
    }
    if (counts->lastSync.isValid())
        setLastSync(counts->lastSync);
    else if (!m_dashboard->data().lastSync.isEmpty())
        setLastSync(QDateTime::fromString(m_dashboard->data().lastSync, Qt::ISODate));
    else
        m_lastSync->setText(tr("No sync yet"));
}

void MainWindow::notify(NotificationArea::Severity severity, const QString& text, const QString& technical)
{
    m_notes->show(severity, text, technical);
}

void MainWindow::notifyFailure(const QString& what, const Error& error)
{
    notify(NotificationArea::Severity::Error, ErrorText::failed(what, error), ErrorText::technical(error));
}

void MainWindow::setWorkerState(const QString& state, int done, int total)
{
    m_worker->setText(state);
    const bool busy = total > 0 || done < 0;
    m_progress->setVisible(busy);
    m_progress->setRange(0, std::max(0, total));
    m_progress->setValue(std::max(0, done));
}

void MainWindow::setLastSync(const QDateTime& at)
{
    m_lastSync->setText(at.isValid() ? tr("Last sync %1").arg(at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                                     : tr("No sync yet"));
}

void MainWindow::captureViews(const QString& dir, std::function<void(QStringList)> done)
{
    QDir().mkpath(dir);
    struct Shot { QString name; std::function<void()> prepare; };
    auto shots = std::make_shared<QList<Shot>>();
    *shots << Shot{QStringLiteral("dashboard"), [this] { showPage(Page::Dashboard); }}
           << Shot{QStringLiteral("queue"), [this] {
                  showPage(Page::Queue);
                  if (!m_queue->currentId() && m_queue->table()->model()->rowCount() > 0)
                      m_queue->selectRow(0);
              }}
           << Shot{QStringLiteral("invoices"), [this] { showPage(Page::Invoices); }}
           << Shot{QStringLiteral("clients"), [this] {
                  showPage(Page::Clients);
                  m_clients->showList();
              }}
           << Shot{QStringLiteral("client-page"), [this] {
                  showPage(Page::Clients);
                  auto* t = m_clients->table();
                  if (t->model()->rowCount() > 0)
                      m_clients->showClient(t->model()->index(0, 0).data(IdRole).toLongLong());
              }}
           << Shot{QStringLiteral("tasks"), [this] { showPage(Page::Tasks); }}
           << Shot{QStringLiteral("outbox"), [this] { showPage(Page::Outbox); }};
    if (m_tone)
        *shots << Shot{QStringLiteral("tone-examples"), [this] { showPage(Page::ToneExamples); }};
    if (m_settings)
        *shots << Shot{QStringLiteral("settings"), [this] { showPage(Page::Settings); }};
    auto files = std::make_shared<QStringList>();
    auto step = std::make_shared<std::function<void(int)>>();
    *step = [this, shots, files, step, dir, done](int i) {
        if (i >= shots->size()) {
            done(*files);
            *step = nullptr; // break the self-reference
            return;
        }
        (*shots)[i].prepare();
        // Let layouts and charts settle through the event loop, then grab.
        QTimer::singleShot(150, this, [this, shots, files, step, dir, i] {
            const QString file = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(i + 1).arg((*shots)[i].name));
            if (grab().save(file))
                *files << file;
            (*step)(i + 1);
        });
    };
    (*step)(0);
}

} // namespace relance::ui
