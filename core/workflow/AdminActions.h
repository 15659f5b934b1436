#pragma once
// What only an administrator may do to the workstation's configuration: save the settings (which include the
// auto-send policy). Checked in core against the role stored in the database (see Roles.h), so a reviewer's
// workstation or script cannot do it either; every save is audited (entity "settings") with each changed key's
// old and new value. Secrets never pass here (they live in the OS keychain), and a key that looks like one is
// written to the audit as "***" all the same.
#include "config/Config.h"
#include "storage/Store.h"

namespace relance {

struct SettingChange
{
    QString key;        // "section/key"
    QString before;
    QString after;
};

// The keys whose values differ between two configurations, in key order.
QList<SettingChange> settingChanges(const Config& before, const Config& after);

class AdminActions
{
public:
    AdminActions(Store& store, QString actor) : m_store(store), m_actor(std::move(actor)) {}

    // Validates `after` as a whole (ErrorCode::Config naming the key), checks that the actor is an administrator
    // (ErrorCode::AuthRejected otherwise: nothing is written), writes every key to `target` and audits the changes,
    // in one transaction: when the file cannot be written (ErrorCode::Io) the audit entry is rolled back too.
    // Returns what changed.
    Result<QList<SettingChange>> saveSettings(const Config& before, const Config& after, QSettings& target);

private:
    Store& m_store;
    QString m_actor;
};

} // namespace relance
