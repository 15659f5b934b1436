#include "workflow/AdminActions.h"

#include "workflow/Roles.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <nlohmann/json.hpp>

namespace relance {

namespace {
// Every key as Config::save writes it, read back as text.
QMap<QString, QString> flatten(const Config& c, const QString& file)
{
    QMap<QString, QString> out;
    {
        QSettings s(file, QSettings::IniFormat);
        s.clear();
        c.save(s);
        s.sync();
    }
    QSettings s(file, QSettings::IniFormat);
    const QStringList keys = s.allKeys();
    for (const QString& k : keys) {
        const QVariant v = s.value(k);
        out.insert(k, v.typeId() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString());
    }
    return out;
}

bool looksSecret(const QString& key)
{
    static const QRegularExpression re(QStringLiteral("(password|secret|token|apikey$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

// A URL's password (e.g. [database] url=postgresql://user:password@host/db) never reaches the audit trail.
QString withoutPassword(const QString& value)
{
    if (!value.contains(QLatin1StringView("://")))
        return value;
    QUrl url(value);
    if (!url.isValid() || url.password().isEmpty())
        return value;
    url.setPassword(QStringLiteral("***"));
    return url.toString();
}
} // namespace

QList<SettingChange> settingChanges(const Config& before, const Config& after)
{
    QTemporaryDir dir;
    const auto a = flatten(before, dir.filePath(QStringLiteral("before.ini")));
    const auto b = flatten(after, dir.filePath(QStringLiteral("after.ini")));
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    QList<SettingChange> out;
    for (const QString& k : keys)
        if (a.value(k) != b.value(k) || a.contains(k) != b.contains(k))
            out << SettingChange{k, a.value(k), b.value(k)};
    return out;
}

Result<QList<SettingChange>> AdminActions::saveSettings(const Config& before, const Config& after, QSettings& target)
{
    // The whole file is validated in a scratch copy before anything is touched.
    {
        QTemporaryDir dir;
        if (!dir.isValid())
            return fail(ErrorCode::Io, QStringLiteral("no temporary folder to validate the settings in"));
        QSettings check(dir.filePath(QStringLiteral("check.ini")), QSettings::IniFormat);
        after.save(check);
        check.sync();
        if (auto valid = Config::fromSettings(check); !valid)
            return std::unexpected(valid.error());
    }
    const QList<SettingChange> changes = settingChanges(before, after);
    Roles roles(m_store);
    auto ok = m_store.database().transaction([&]() -> Result<void> {
        if (auto r = roles.require(m_actor, Role::Admin, QStringLiteral("changing the settings")); !r)
            return std::unexpected(r.error());
        nlohmann::json changed = nlohmann::json::object();
        for (const SettingChange& c : changes) {
            const bool secret = looksSecret(c.key);
            changed[c.key.toStdString()] = {{"old", secret ? std::string("***") : withoutPassword(c.before).toStdString()},
                                            {"new", secret ? std::string("***") : withoutPassword(c.after).toStdString()}};
        }
        AuditEvent e;
        e.actor = m_actor;
        e.entity = QStringLiteral("settings");
        e.entityId = target.fileName();
        e.action = QStringLiteral("setting-changed");
        e.detail = QString::fromStdString(nlohmann::json{{"changed", changed}}.dump());
        if (auto a = m_store.appendAudit(e); !a)
            return a;
        // Written last, inside the transaction: a file that cannot be written rolls the audit entry back.
        after.save(target);
        target.sync();
        if (target.status() != QSettings::NoError)
            return fail(ErrorCode::Io, QStringLiteral("the settings file %1 cannot be written").arg(target.fileName()));
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return changes;
}

} // namespace relance
