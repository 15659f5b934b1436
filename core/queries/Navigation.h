#pragma once
// What the main window's navigation and status bar show: how many drafts wait for review, the outbox's counts and
// when the last sync ran. Read on the caller's connection; small counting queries only.
#include "mail/OutboxReview.h"
#include "storage/Database.h"

#include <QDateTime>
#include <optional>

namespace relance::queries {

struct NavigationCounts
{
    int draftsToReview = 0;                   // drafted or needs-review
    std::optional<mail::OutboxCounts> outbox; // empty when it could not be read
    QDateTime lastSync;                       // invalid: none recorded
};

Result<NavigationCounts> navigationCounts(Database& db);

} // namespace relance::queries
