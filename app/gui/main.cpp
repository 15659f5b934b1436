// relance: the review workstation. Builds and wires objects, nothing else.
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "NotificationArea.h"
#include "Prompter.h"
#include "ReviewSession.h"
#include "Translations.h"
#include "log/Logging.h"
#include "secrets/SecretStore.h"
#include "worker/IoWorker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

using namespace relance;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Relance"));
    QApplication::setApplicationName(QStringLiteral("Relance"));
    // Wayland and the desktop shell match the window to ch.relance.Relance.desktop (icon, name in the task bar).
    QGuiApplication::setDesktopFileName(QStringLiteral("ch.relance.Relance"));
    QApplication::setApplicationVersion(QStringLiteral(RELANCE_VERSION));
    QApplication::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Relance: the accounts-receivable review workstation."));
    const QCommandLineOption demoOpt(QStringLiteral("demo"), QStringLiteral("Open the demo data set (a throw-away SQLite file)."));
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("Read the configuration from FILE."), QStringLiteral("FILE"));
    const QCommandLineOption databaseOpt(QStringLiteral("database"), QStringLiteral("Use the database at URL."), QStringLiteral("URL"));
    const QCommandLineOption captureOpt(QStringLiteral("capture"), QStringLiteral("Render each main view to a PNG in DIR and exit."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Language of the interface: fr, de or en."), QStringLiteral("LANG"));
    const QCommandLineOption asOfOpt(QStringLiteral("as-of"), QStringLiteral("Compute aging as of DATE (YYYY-MM-DD) instead of today."),
                                     QStringLiteral("DATE"));
    const QCommandLineOption roleOpt(QStringLiteral("role"), QStringLiteral("With --demo only: your role in the demo database, reviewer or admin (roles live in the database)."),
                                     QStringLiteral("ROLE"));
    parser.addOptions({demoOpt, configOpt, databaseOpt, captureOpt, langOpt, asOfOpt, roleOpt});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    initLogging({});
    QStringList startupErrors; // shown in the notification area, never as a modal box

    Config config;
    QString configFile;
    if (parser.isSet(configOpt)) {
        configFile = parser.value(configOpt);
        if (auto c = Config::loadFile(configFile))
            config = *c;
        else
            startupErrors << QCoreApplication::translate("main", "The configuration %1 could not be read: %2. Defaults are used.")
                                 .arg(configFile, c.error().detail);
    } else {
        QSettings user;
        if (auto c = Config::fromSettings(user))
            config = *c;
        else
            startupErrors << QCoreApplication::translate("main", "Your settings could not be read: %1. Defaults are used.")
                                 .arg(c.error().detail);
    }
    if (parser.isSet(roleOpt) && !parser.isSet(demoOpt))
        startupErrors << QCoreApplication::translate("main", "--role applies to the demo only: roles are kept in the database "
                                                             "(relance-cli users). It was ignored.");
    ui::installTranslation(app, parser.isSet(langOpt) ? parser.value(langOpt) : config.ui.language);

    const QDate asOf = parser.isSet(asOfOpt) ? QDate::fromString(parser.value(asOfOpt), Qt::ISODate) : QDate::currentDate();
    QString url = parser.isSet(databaseOpt) ? parser.value(databaseOpt)
                  : config.database.url.isEmpty() ? defaultDatabaseUrl()
                                                   : config.database.url;
    if (parser.isSet(demoOpt)) {
        url = app::demoDatabaseUrl();
        // The demo writes its drafts with the built-in templates: no model, no key, no network.
        config.llm.provider = LlmProvider::Template;
        // ... and sends into a folder beside the demo database: no account anywhere, whatever the user's settings say.
        config.accounting.source = AccountingSource::Demo;
        config.crm.source = CrmSource::Demo;
        config.mail.transport = MailTransport::OutboxDir;
        config.mail.outboxDir = QFileInfo(url.mid(int(qstrlen("sqlite://")))).absoluteDir().filePath(QStringLiteral("outbox"));
        if (auto seeded = app::seedDemoIfEmpty(url, asOf); !seeded)
            startupErrors << QCoreApplication::translate("main", "The demo data could not be prepared: %1").arg(seeded.error().detail);
        if (parser.isSet(roleOpt)) {
            if (auto set = app::setDemoRole(url, ui::currentUserName(), parser.value(roleOpt)); !set)
                startupErrors << QCoreApplication::translate("main", "The demo role could not be set: %1").arg(set.error().detail);
        }
    } else if (url.startsWith(QLatin1String("sqlite://"))) {
        QDir().mkpath(QFileInfo(url.mid(9)).absolutePath());
    }
    auto db = Database::openAndMigrate(url);
    if (!db) {
        // The window still opens, on an empty throw-away database, and says why.
        startupErrors << QCoreApplication::translate("main", "The database could not be opened (%1): %2. The window shows an empty database.")
                             .arg(DatabaseUrl::parse(url) ? DatabaseUrl::parse(url)->redacted() : url,
                                  db.error().detail);
        const QString scratch = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("relance-empty.db"));
        QFile::remove(scratch);
        db = Database::openAndMigrate(QStringLiteral("sqlite://") + scratch);
        if (!db)
            return 3;
    }

    // The model's key for rewrites: from the environment (RELANCE_LLM_API_KEY); the template provider needs none.
    auto session = ui::ReviewSession::create(config, **db, QString(), asOf,
                                             secretFromEnvironment(Secret::LlmApiKey).value_or(QString()));
    session->configFile = configFile;
    if (!session->roleProblem.isEmpty())
        startupErrors << QCoreApplication::translate("main", "Your role could not be read: %1").arg(session->roleProblem);
    else if (!session->canAct())
        startupErrors << QCoreApplication::translate("main", "Your account %1 has no role in this database: you can read, but "
                                                             "not change anything. Ask an administrator to add you "
                                                             "(relance-cli users add %1 --role reviewer).")
                             .arg(session->actor);
    session->databaseUrl = (*db)->url().dialect == Dialect::SQLite ? QStringLiteral("sqlite://") + (*db)->url().path : url;
    ui::DialogPrompter prompter;
    session->prompter = &prompter;
    SecretStore secrets;
    session->secrets = &secrets;

    ui::MainWindow window(*session);
    // The one I/O worker on its own thread: sync ("Sync now", the daily run at [accounting] syncTime, the watched
    // folder), drafting runs and "Send now". It is configured once the secrets are in (read asynchronously from the
    // keychain); calls queued before that wait behind the configuration in the worker's queue.
    worker::IoWorkerThread io;
    window.attachWorker(&io);
    const bool syncs = !parser.isSet(demoOpt) && !parser.isSet(captureOpt) && config.accounting.source != AccountingSource::Demo;
    auto setup = std::make_shared<worker::WorkerSetup>();
    setup->config = config;
    setup->databaseUrl = session->databaseUrl;
    setup->llmApiKey = secretFromEnvironment(Secret::LlmApiKey).value_or(QString());
    setup->scheduled = syncs;
    if (!syncs) {
        io.configure(*setup);
    } else {
        auto pending = std::make_shared<int>(2);
        auto got = [&io, setup, pending] {
            if (--*pending == 0)
                io.configure(*setup);
        };
        secrets.read(Secret::AccountingApiKey, &window, [setup, got](Result<QString> v) {
            if (v)
                setup->credentials.accountingSecret = *v;
            got();
        });
        secrets.read(Secret::CrmAccessToken, &window, [setup, got](Result<QString> v) {
            if (v)
                setup->credentials.crmToken = *v;
            got();
        });
    }
    window.show();
    for (const QString& e : startupErrors)
        window.notify(ui::NotificationArea::Severity::Error, e);
    // Data after the window is up: the first paint never waits for the database.
    QTimer::singleShot(0, &window, [&] {
        window.loadInitialData();
        auto capture = [&] {
            if (!parser.isSet(captureOpt))
                return;
            window.captureViews(parser.value(captureOpt), [](const QStringList& files) {
                for (const QString& f : files)
                    fprintf(stdout, "%s\n", qPrintable(f));
                QCoreApplication::exit(files.isEmpty() ? 1 : 0);
            });
        };
        // The demo's first start: the drafting service writes the drafts now, with progress in the status bar.
        auto drafts = session->store->countRows(QStringLiteral("reminders"));
        if (parser.isSet(demoOpt) && drafts && *drafts == 0) {
            QObject::connect(&window, &ui::MainWindow::draftingFinished, &window, capture, Qt::SingleShotConnection);
            window.startDrafting({.asOf = asOf, .limit = 0, .actor = QStringLiteral("demo")});
        } else {
            capture();
        }
    });
    return app.exec();
}
