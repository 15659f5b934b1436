#pragma once
// The validator runs on every final draft, whoever wrote it (template, model, or a person editing): every amount, date,
// IBAN, invoice number, percentage, number and link in subject and body must be one the program supplied; the language
// must be the client's; consequences only in the serious bucket; length within bounds; no leftover placeholders.
// Findings carry the field and character range, so the review screen can underline them.
#include "drafting/DraftFacts.h"

namespace relance {

struct ValidationOptions
{
    QStringList untrustedTexts;   // CRM notes and client e-mails the prompt showed: copying them into a draft is a finding
    int minBodyChars = 120;
    int maxBodyChars = 5000;
    int maxSubjectChars = 160;
};

QList<Finding> validateDraft(const QString& subject, const QString& body, const DraftFacts& facts,
                             const ValidationOptions& options = {});

// The language a text is most likely written in (fr, de, en, it) by function words, or nullopt when too short to tell.
std::optional<Language> detectLanguage(const QString& text);

} // namespace relance
