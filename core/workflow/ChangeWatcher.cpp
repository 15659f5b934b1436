#include "workflow/ChangeWatcher.h"

#include <QDateTime>
#include <QSqlError>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace relance {

namespace {
// A writer stamps updated_at inside its transaction and commits a little later: look back this far, so a row
// committed after a newer one is still seen (the versions already seen are not reported twice).
constexpr qint64 kLookBackMs = 10'000;
} // namespace

ChangeWatcher::ChangeWatcher(Database& db, int pollMs, QObject* parent)
    : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    m_timer->setInterval(pollMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_subscribed && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(QString::fromLatin1(kChangeChannel));
}

Result<void> ChangeWatcher::start()
{
    if (m_db.dialect() == Dialect::PostgreSQL) {
        QSqlDriver* driver = m_db.connection().driver();
        if (!driver->subscribeToNotification(QString::fromLatin1(kChangeChannel)))
            return fail(ErrorCode::Database, QStringLiteral("listening for changes on %1 failed: %2")
                                                 .arg(m_db.url().redacted(), driver->lastError().text()));
        connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification, Qt::UniqueConnection);
        m_subscribed = true;
        return {};
    }
    if (auto ok = scan(false); !ok)
        return ok;
    m_timer->start();
    return {};
}

void ChangeWatcher::onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // This connection's own writes are known to the caller already.
    if (name != QLatin1StringView(kChangeChannel) || source == QSqlDriver::SelfSource)
        return;
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    if (ok && id > 0)
        Q_EMIT reminderChanged(id);
}

void ChangeWatcher::poll()
{
    if (auto ok = scan(true); !ok)
        spdlog::warn("looking for changes by others failed: {}", ok.error().toString().toStdString());
}

Result<void> ChangeWatcher::scan(bool emitChanges)
{
    QSqlQuery v = m_db.query();
    if (!v.exec(QStringLiteral("PRAGMA data_version")) || !v.next())
        return std::unexpected(m_db.errorFrom(v.lastError(), QStringLiteral("reading the data version")));
    const qint64 version = v.value(0).toLongLong();
    if (version == m_dataVersion)
        return {};
    m_dataVersion = version;
    if (!m_started) {
        // The baseline: what is there now is not a change.
        QSqlQuery m = m_db.query();
        if (!m.exec(QStringLiteral("SELECT MAX(updated_at) FROM reminders")) || !m.next())
            return std::unexpected(m_db.errorFrom(m.lastError(), QStringLiteral("reading the newest change")));
        m_cursor = m.value(0).toString();
        m_started = true;
        emitChanges = false;
    }
    QString from; // empty: every reminder (the table was empty)
    if (!m_cursor.isEmpty()) {
        const QDateTime c = QDateTime::fromString(m_cursor, Qt::ISODateWithMs);
        from = c.isValid() ? c.addMSecs(-kLookBackMs).toUTC().toString(Qt::ISODateWithMs) : m_cursor;
    }
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    const bool ok = q.prepare(QStringLiteral("SELECT id, version, updated_at FROM reminders WHERE updated_at >= ?")) &&
                    (q.addBindValue(from.isEmpty() ? QStringLiteral("") : from), q.exec());
    if (!ok)
        return std::unexpected(m_db.errorFrom(q.lastError(), QStringLiteral("reading the changed reminders")));
    QHash<qint64, int> seen;
    QList<qint64> changed;
    QString newest = m_cursor;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const int ver = q.value(1).toInt();
        const QString at = q.value(2).toString();
        seen.insert(id, ver);
        if (m_recent.value(id, -1) != ver)
            changed << id;
        if (at > newest)
            newest = at;
    }
    m_cursor = newest;
    m_recent = std::move(seen);
    if (emitChanges)
        for (qint64 id : changed)
            Q_EMIT reminderChanged(id);
    return {};
}

} // namespace relance
