#include "ReviewSession.h"

#include <QProcessEnvironment>

namespace relance::ui {

std::unique_ptr<ReviewSession> ReviewSession::create(Config config, Database& database, QString actor, QDate asOf)
{
    auto s = std::make_unique<ReviewSession>();
    s->config = std::move(config);
    s->db = &database;
    s->store = std::make_unique<Store>(database);
    s->actor = actor.isEmpty() ? currentUserName() : actor;
    s->review = std::make_unique<StoreReviewBackend>(*s->store, s->actor);
    s->clientActions = std::make_unique<ClientActions>(*s->store, s->actor);
    s->asOf = asOf.isValid() ? asOf : QDate::currentDate();
    return s;
}

QString currentUserName()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QString user = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    return user.isEmpty() ? QStringLiteral("reviewer") : user;
}

} // namespace relance::ui
