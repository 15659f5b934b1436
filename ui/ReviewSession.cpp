#include "ReviewSession.h"

#include "drafting/DraftingService.h"


namespace relance::ui {

ReviewSession::~ReviewSession()
{
    review.reset(); // holds a pointer to the drafting service
    drafting.reset();
}

std::unique_ptr<ReviewSession> ReviewSession::create(Config config, Database& database, QString actor, QDate asOf,
                                                     QString llmApiKey, QString microsoftAccount)
{
    auto s = std::make_unique<ReviewSession>();
    s->config = std::move(config);
    s->db = &database;
    s->store = std::make_unique<Store>(database);
    s->actor = actor.isEmpty() ? currentUserName() : actor;
    Roles roles(*s->store);
    if (auto who = roles.resolve(s->actor, microsoftAccount))
        s->user = *who;
    else
        s->roleProblem = who.error().detail; // no role: every action is refused by core, with the reason
    if (s->user.account.isEmpty())
        s->user.account = s->actor;
    s->drafting = std::make_unique<DraftingService>(*s->store, s->config, std::move(llmApiKey));
    s->review = std::make_unique<WorkflowReviewBackend>(*s->store, s->config, s->actor, s->drafting.get(), s->isAdmin());
    s->clientActions = std::make_unique<ClientActions>(*s->store, s->actor);
    s->asOf = asOf.isValid() ? asOf : QDate::currentDate();
    return s;
}

QString currentUserName() { return osUserName(QStringLiteral("reviewer")); }

} // namespace relance::ui
