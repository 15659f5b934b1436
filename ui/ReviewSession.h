#pragma once
// What every view of one main window shares: the configuration, the database opened on the GUI thread for the
// small reads the views make, the reviewer's actions, the "as of" date and the reviewer's role (from the database).
#include "aging/Aging.h"
#include "config/Config.h"
#include "ReviewBackend.h"
#include "storage/Store.h"
#include "workflow/ClientActions.h"
#include "workflow/Roles.h"

#include <memory>

namespace relance {
class DraftingService;
class SecretStore;
} // namespace relance

namespace relance::ui {

class Prompter;

struct ReviewSession
{
    Config config;
    Database* db = nullptr;                  // owned by the caller, lives on the GUI thread
    std::unique_ptr<Store> store;
    std::unique_ptr<DraftingService> drafting; // rewrites and drafting runs, on the GUI thread, asynchronous
    std::unique_ptr<ReviewBackend> review;     // over core/workflow/ReviewActions and `drafting`
    std::unique_ptr<ClientActions> clientActions;
    Prompter* prompter = nullptr;            // owned by the caller (tests pass a ScriptedPrompter)
    SecretStore* secrets = nullptr;          // owned by the caller; null: secrets cannot be edited
    QString actor;                           // the OS user
    CurrentUser user;                        // who the database says the actor is: the role comes from there
    QString roleProblem;                     // set when the role could not be read (the database said why)
    QDate asOf;                              // today, or fixed for captures and tests
    QString configFile;                      // where Settings saves; empty: the user's settings
    QString databaseUrl;                     // set: heavy reads (the dashboard) run on a worker thread with their own
                                             // connection to it; empty: on the GUI thread

    // The role stored in the database (core/workflow/Roles.h), read when the session is created. Core checks it again
    // on every action, so a role changed on another workstation counts at once; the UI only mirrors it.
    bool isAdmin() const { return user.isAdmin(); }
    bool canAct() const { return user.canAct(); }
    AgingPolicy policy() const { return {config.aging.light, config.aging.moderate}; }
    QString currency() const { return config.aging.baseCurrency; }

    // Builds the store, the drafting service, the review actions and the client actions on `database`, and reads the
    // actor's role (the first user of an empty database becomes its administrator). `microsoftAccount`: when signed in.
    // `llmApiKey`: the model's key (from SecretStore); empty is fine for the template provider.
    static std::unique_ptr<ReviewSession> create(Config config, Database& database, QString actor, QDate asOf,
                                                 QString llmApiKey = {}, QString microsoftAccount = {});
    ~ReviewSession();
};

QString currentUserName();

} // namespace relance::ui
