#pragma once
// One database connection (SQLite file or PostgreSQL server) named by a URL, with forward-only migrations.
// A Database lives in the thread that opened it: open one per thread (the worker opens its own).
#include "domain/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>

namespace relance::net {
class Clock;
}

namespace relance {

enum class Dialect { SQLite, PostgreSQL };

struct DatabaseUrl
{
    Dialect dialect = Dialect::SQLite;
    QString path;       // SQLite file
    QString host;       // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options;    // PostgreSQL connect options (sslmode=..., connect_timeout=...)
    int busyTimeoutMs = 5000; // SQLite: how long to wait for another connection's lock before DatabaseLocked

    // sqlite:///abs/path.db, sqlite:relative.db, postgresql://user:pw@host:port/db?sslmode=require (postgres:// too)
    static Result<DatabaseUrl> parse(const QString& url);
    // The URL without its password, for logs and messages.
    QString redacted() const;
};

// The default: relance.db in the user's application data folder.
QString defaultDatabaseUrl();

class Database
{
public:
    // Opens the connection; does not migrate.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url);
    static Result<std::unique_ptr<Database>> open(const QString& url);
    // Opens and migrates to the newest schema this program knows; refuses a newer one.
    static Result<std::unique_ptr<Database>> openAndMigrate(const QString& url);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Dialect dialect() const { return m_url.dialect; }
    bool inTransaction() const { return m_inTransaction; } // inside transaction(): writers join it
    const DatabaseUrl& url() const { return m_url; }
    QSqlDatabase& connection() { return m_db; }
    QSqlQuery query() const { return QSqlQuery(m_db); }

    // The clock every reader and writer built on this connection stamps with (Store, audit chain, lifecycle, sync):
    // net::systemClock() unless a test sets a VirtualClock. The clock must outlive this Database.
    const net::Clock& clock() const { return *m_clock; }
    void setClock(const net::Clock& clock) { m_clock = &clock; }

    // The schema version stored in the database (0 for an empty one), and the newest this program knows.
    Result<int> schemaVersion();
    static int latestSchemaVersion();
    // Runs every migration newer than the stored version, each in its own transaction.
    // `target` < 0 means the latest (tests migrate to older versions to test upgrades).
    Result<void> migrate(int target = -1);

    // Runs fn inside a transaction (SQLite: BEGIN IMMEDIATE, so writers queue instead of failing mid-way);
    // commits when fn succeeds, rolls back when it fails. Not reentrant.
    Result<void> transaction(const std::function<Result<void>()>& fn);

    // Executes one statement; errors carry the statement's purpose.
    Result<void> exec(const QString& sql, const QString& what);
    // Prepares a statement on this connection.
    Result<QSqlQuery> prepare(const QString& sql, const QString& what);
    // Runs a prepared query, translating the driver's error.
    Result<void> run(QSqlQuery& q, const QString& what);

    // Maps a driver error to an Error with what was being done.
    Error errorFrom(const QSqlError& e, const QString& what) const;

private:
    Database(DatabaseUrl url, QString connectionName);
    Result<void> configure();

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
    const net::Clock* m_clock;
};

} // namespace relance
