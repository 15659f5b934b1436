#include "storage/Database.h"

#include "storage/Migrations.h"
#include "net/Clock.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <spdlog/spdlog.h>

namespace relance {

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    DatabaseUrl out;
    const QString url = text.trimmed();
    if (url.startsWith(QLatin1StringView("sqlite:"), Qt::CaseInsensitive)) {
        QString rest = url.mid(7);
        if (rest.startsWith(QLatin1StringView("//")))
            rest = rest.mid(2);
        // sqlite:///C:/x.db on Windows
        if (rest.size() > 3 && rest[0] == u'/' && rest[2] == u':' && rest[1].isLetter())
            rest = rest.mid(1);
        rest = QUrl::fromPercentEncoding(rest.toUtf8());
        if (rest.isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("database URL '%1' names no file (expected sqlite:///path/to/relance.db)").arg(url));
        out.dialect = Dialect::SQLite;
        out.path = rest;
        return out;
    }
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (scheme == u"postgresql" || scheme == u"postgres") {
        if (!u.isValid() || u.host().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("database URL '%1' is malformed (expected postgresql://user:password@host:port/dbname)")
                            .arg(u.toString(QUrl::RemovePassword)));
        out.dialect = Dialect::PostgreSQL;
        out.host = u.host();
        out.port = u.port(5432);
        out.user = u.userName();
        out.password = u.password();
        out.database = u.path().mid(1);
        if (out.database.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("database URL '%1' names no database")
                                                        .arg(u.toString(QUrl::RemovePassword)));
        QStringList opts;
        const auto items = QUrlQuery(u).queryItems(QUrl::FullyDecoded);
        for (const auto& [k, v] : items)
            opts << k + u'=' + v;
        out.options = opts.join(u';');
        return out;
    }
    const QString shown = scheme.isEmpty() ? url.section(u':', 0, 0) : scheme;
    return fail(ErrorCode::UnknownScheme,
                QStringLiteral("database URL scheme '%1' is not supported (use sqlite:// or postgresql://)").arg(shown));
}

QString DatabaseUrl::redacted() const
{
    if (dialect == Dialect::SQLite)
        return QStringLiteral("sqlite://") + path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + (password.isEmpty() ? QString() : QStringLiteral(":***")) + u'@';
    s += host + u':' + QString::number(port) + u'/' + database;
    return s;
}

QString defaultDatabaseUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite://") + QDir(dir).absoluteFilePath(QStringLiteral("relance.db"));
}

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("relance-db-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url)), m_connectionName(std::move(connectionName)), m_clock(&net::systemClock())
{
}

Database::~Database()
{
    if (m_db.isValid()) {
        if (m_inTransaction)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return std::unexpected(parsed.error());
    return open(*parsed);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url)
{
    const QString driver = url.dialect == Dialect::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(ErrorCode::Database, QStringLiteral("the Qt SQL driver %1 is not installed").arg(driver));

    std::unique_ptr<Database> db(new Database(url, nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(driver, db->m_connectionName);
    if (url.dialect == Dialect::SQLite) {
        const QFileInfo info(url.path);
        if (info.exists() && info.isDir())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("'%1' is a folder, not a database file").arg(url.path));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(ErrorCode::Io, QStringLiteral("cannot create the folder '%1'").arg(info.absolutePath()));
        db->m_db.setDatabaseName(url.path);
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(std::max(0, url.busyTimeoutMs)));
    } else {
        db->m_db.setHostName(url.host);
        db->m_db.setPort(url.port);
        db->m_db.setUserName(url.user);
        db->m_db.setPassword(url.password);
        db->m_db.setDatabaseName(url.database);
        QString options = url.options;
        if (!options.contains(QLatin1StringView("connect_timeout")))
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
        db->m_db.setConnectOptions(options);
    }
    if (!db->m_db.open())
        return std::unexpected(db->errorFrom(db->m_db.lastError(), QStringLiteral("opening the database")));
    if (auto ok = db->configure(); !ok)
        return std::unexpected(ok.error());
    return db;
}

Result<std::unique_ptr<Database>> Database::openAndMigrate(const QString& url)
{
    auto db = open(url);
    if (!db)
        return db;
    if (auto ok = (*db)->migrate(); !ok)
        return std::unexpected(ok.error());
    return db;
}

Result<void> Database::configure()
{
    if (m_url.dialect == Dialect::SQLite) {
        // Reading the schema first: a file that is not a database fails here with a clear code.
        if (auto ok = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"), QStringLiteral("reading the database"));
            !ok)
            return ok;
        if (auto ok = exec(QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("enabling WAL")); !ok)
            return ok;
        if (auto ok = exec(QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("enabling foreign keys")); !ok)
            return ok;
        // Send state is written here too: FULL makes a committed transaction survive a power cut.
        return exec(QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("setting synchronous=FULL"));
    }
    return exec(QStringLiteral("SET client_min_messages TO WARNING"), QStringLiteral("configuring the session"));
}

Error Database::errorFrom(const QSqlError& e, const QString& what) const
{
    const QString native = e.nativeErrorCode();
    // Drivers write several lines (libpq: "...failed: Connection refused\n\tIs the server running..."): keep one.
    const QString text = e.text().simplified();
    QString where = m_url.redacted();
    ErrorCode code = ErrorCode::Database;
    if (m_url.dialect == Dialect::SQLite) {
        if (native == u"26" || text.contains(QLatin1StringView("not a database")))
            code = ErrorCode::NotADatabase;
        else if (native == u"5" || native == u"6" || text.contains(QLatin1StringView("locked")))
            code = ErrorCode::DatabaseLocked;
    } else if (native == u"40001" || native == u"40P01" || native == u"55P03") {
        code = ErrorCode::DatabaseLocked;
    }
    return Error{code, QStringLiteral("%1 (%2): %3").arg(what, where, text)};
}

Result<void> Database::exec(const QString& sql, const QString& what)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return std::unexpected(errorFrom(q.lastError(), what));
    return {};
}

Result<QSqlQuery> Database::prepare(const QString& sql, const QString& what)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return std::unexpected(errorFrom(q.lastError(), what));
    return q;
}

Result<void> Database::run(QSqlQuery& q, const QString& what)
{
    if (!q.exec())
        return std::unexpected(errorFrom(q.lastError(), what));
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()>& fn)
{
    if (m_inTransaction)
        return fail(ErrorCode::Internal, QStringLiteral("nested transaction"));
    const QString begin = m_url.dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (auto ok = exec(begin, QStringLiteral("starting a transaction")); !ok)
        return ok;
    m_inTransaction = true;
    auto result = fn();
    if (result) {
        result = exec(QStringLiteral("COMMIT"), QStringLiteral("committing"));
        if (!result)
            exec(QStringLiteral("ROLLBACK"), QStringLiteral("rolling back"));
    } else {
        if (auto rb = exec(QStringLiteral("ROLLBACK"), QStringLiteral("rolling back")); !rb)
            spdlog::warn("rollback failed: {}", rb.error().toString().toStdString());
    }
    m_inTransaction = false;
    return result;
}

int Database::latestSchemaVersion() { return migrations().back().version; }

Result<int> Database::schemaVersion()
{
    const QString exists = m_url.dialect == Dialect::SQLite
        ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_migrations'")
        : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                         "AND table_name = 'schema_migrations'");
    QSqlQuery q(m_db);
    if (!q.exec(exists) || !q.next())
        return std::unexpected(errorFrom(q.lastError(), QStringLiteral("reading the schema version")));
    if (q.value(0).toInt() == 0)
        return 0;
    QSqlQuery v(m_db);
    if (!v.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !v.next())
        return std::unexpected(errorFrom(v.lastError(), QStringLiteral("reading the schema version")));
    return v.value(0).toInt();
}

Result<void> Database::migrate(int target)
{
    auto current = schemaVersion();
    if (!current)
        return std::unexpected(current.error());
    const int latest = latestSchemaVersion();
    if (*current > latest)
        return fail(ErrorCode::SchemaTooNew,
                    QStringLiteral("the database %1 has schema version %2, newer than version %3 that this program knows: "
                                   "use a newer Relance")
                        .arg(m_url.redacted())
                        .arg(*current)
                        .arg(latest));
    if (target < 0)
        target = latest;
    for (const Migration& m : migrations()) {
        if (m.version <= *current || m.version > target)
            continue;
        auto ok = transaction([&]() -> Result<void> {
            if (auto r = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                             "description TEXT NOT NULL, applied_at TEXT NOT NULL)"),
                              QStringLiteral("creating the migrations table"));
                !r)
                return r;
            for (const QString& sql : m.statements) {
                if (auto r = exec(dialectSql(sql, m_url.dialect), QStringLiteral("migration %1").arg(m.version)); !r)
                    return r;
            }
            auto ins = prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                              "VALUES (?, ?, ?)"),
                               QStringLiteral("recording migration"));
            if (!ins)
                return std::unexpected(ins.error());
            ins->addBindValue(m.version);
            ins->addBindValue(m.description);
            ins->addBindValue(clock().nowUtc().toString(Qt::ISODate));
            return run(*ins, QStringLiteral("recording migration %1").arg(m.version));
        });
        if (!ok)
            return ok;
        spdlog::info("database migrated to schema version {} ({})", m.version, m.description.toStdString());
    }
    return {};
}

} // namespace relance
