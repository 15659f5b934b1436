#pragma once
// Built-in reminders per bucket and language (fr, de, en): good enough to send, so the workstation is useful with no
// AI at all. They use the same placeholders as the model; the program fills them.
#include "drafting/DraftFacts.h"

namespace relance {

struct DraftText
{
    QString subject;
    QString body;
};

// The template in placeholder form. Italian clients get the French template (the caller reports that).
DraftText templateDraft(const DraftFacts& facts);
bool hasTemplateLanguage(Language l);

} // namespace relance
