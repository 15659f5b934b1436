#pragma once
// The auto-send policy (off by default, [reminders] autoSendLight): a reminder of the light bucket may be approved
// without review only under the amount cap ([reminders] autoSendCapMinor, in the base currency), with no validator
// finding, no disputed invoice, no reply from the client in the last 30 days, a client that may be chased and a valid
// recipient. Everything else waits for a person. Approval is audited as actor "auto-send-policy".
#include "config/Config.h"
#include "storage/Store.h"

#include <QDateTime>

namespace relance::mail {

struct AutoSendDecision
{
    qint64 reminderId = 0;
    bool approved = false;
    QString reason;               // why it waits for a person; "" when approved
};

// Decides for one reminder (reads only).
Result<AutoSendDecision> autoSendDecision(Store& store, const Config& config, const Reminder& reminder,
                                          const QDateTime& now);
// Applies the policy to every reminder waiting for review; approves the eligible ones, each in its own transaction.
Result<QList<AutoSendDecision>> applyAutoSendPolicy(Store& store, const Config& config, const QDateTime& now);

inline constexpr int kAutoSendReplyQuietDays = 30;

} // namespace relance::mail
