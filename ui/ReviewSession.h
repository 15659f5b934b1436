#pragma once
// What every view of one main window shares: the configuration, the database opened on the GUI thread for the
// small reads the views make, the reviewer's actions, the "as of" date and the reviewer's role.
#include "aging/Aging.h"
#include "config/Config.h"
#include "ReviewBackend.h"
#include "storage/Store.h"
#include "workflow/ClientActions.h"

#include <memory>

namespace relance { class SecretStore; }

namespace relance::ui {

class Prompter;

struct ReviewSession
{
    Config config;
    Database* db = nullptr;                  // owned by the caller, lives on the GUI thread
    std::unique_ptr<Store> store;
    std::unique_ptr<ReviewBackend> review;
    std::unique_ptr<ClientActions> clientActions;
    Prompter* prompter = nullptr;            // owned by the caller (tests pass a ScriptedPrompter)
    SecretStore* secrets = nullptr;          // owned by the caller; null: secrets cannot be edited
    QString actor;                           // the OS user
    QDate asOf;                              // today, or fixed for captures and tests
    QString configFile;                      // where Settings saves; empty: the user's settings
    QString databaseUrl;                     // set: heavy reads (the dashboard) run on a worker thread with their own
                                             // connection to it; empty: on the GUI thread

    bool isAdmin() const { return config.ui.role == QLatin1String("admin"); }
    AgingPolicy policy() const { return {config.aging.light, config.aging.moderate}; }
    QString currency() const { return config.aging.baseCurrency; }

    // Builds the store, the interim review backend and the client actions on `database`.
    static std::unique_ptr<ReviewSession> create(Config config, Database& database, QString actor, QDate asOf);
};

QString currentUserName();

} // namespace relance::ui
