#pragma once
// Team mode: tells a workstation which reminders another workstation (or its own worker) changed, so the queue
// refreshes those rows. PostgreSQL: LISTEN relance_changed (migration 5's trigger sends the reminder id on commit).
// SQLite: a timer reads PRAGMA data_version, which moves when another connection commits, and then asks for the
// reminders written in the last seconds whose version it has not seen. Lives in the thread of its Database.
#include "storage/Database.h"

#include <QHash>
#include <QObject>
#include <QSqlDriver>

class QTimer;

namespace relance {

inline constexpr auto kChangeChannel = "relance_changed";

class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    // `db` outlives the watcher. pollMs: the SQLite timer (PostgreSQL is pushed, no timer).
    explicit ChangeWatcher(Database& db, int pollMs = 1500, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    // Subscribes (PostgreSQL) or starts the timer (SQLite).
    Result<void> start();
    bool isPushed() const { return m_subscribed; }
    // SQLite: one look now (tests; the timer calls it).
    void poll();

Q_SIGNALS:
    void reminderChanged(qint64 id);

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    Result<void> scan(bool emitChanges);

    Database& m_db;
    QTimer* m_timer;
    bool m_subscribed = false;
    qint64 m_dataVersion = -1;
    bool m_started = false;
    QString m_cursor;                 // the newest updated_at seen (ISO UTC text sorts as time)
    QHash<qint64, int> m_recent;      // versions of the reminders written around m_cursor
};

} // namespace relance
