#pragma once
// The words and prose of the demo data set: company names, people, CRM notes and tone examples per language.
// Internal to core/demo.
#include "domain/Domain.h"

#include <span>
#include <string_view>

namespace relance::demo {

using Words = std::span<const std::u16string_view>;

inline QString text(std::u16string_view v)
{
    return QString(reinterpret_cast<const QChar*>(v.data()), qsizetype(v.size()));
}

struct NameWords
{
    Words tradesBefore; // "Boulangerie {surname}", "Bäckerei {surname}"; English: none, see englishAdjectives()
    Words tradesAfter;  // "{surname} Architectes", "{surname} Holzbau"
    Words placeTrades;  // "Garage", with a place: "Garage du Léman"
    Words places;       // "du Léman", "de Lavaux" (with their preposition)
    Words surnames;
    Words femaleFirst;
    Words maleFirst;
    Words legalForms;                // "SA", "Sàrl"
    std::u16string_view femaleTitle; // "Mme", "Frau", "Ms"
    std::u16string_view maleTitle;
    std::u16string_view maleTitleDative; // "Herrn" in German, the same elsewhere
    std::u16string_view invoiceMailbox;  // "compta", "buchhaltung", "accounts"
};
const NameWords& nameWords(Language language);
// English company names: "{adjective} {noun} Ltd".
Words englishAdjectives();
Words englishNouns();

// A CRM note pattern; {title} and {surname} are replaced by the contact person's, {title:dative} by the title
// after "mit", "von", "bei" (Herrn Keller).
enum class NoteTag
{
    Plain,
    Promise,
    Dispute
};
struct NoteTemplate
{
    InteractionKind kind;
    Direction direction;
    NoteTag tag;
    std::u16string_view subject;
    std::u16string_view summary;
};
std::span<const NoteTemplate> noteTemplates(Language language);
// Prompt-injection attempts hidden in CRM notes, so the drafting tests have something to resist.
std::span<const NoteTemplate> injectionTemplates(Language language);

struct DoNotChaseReason
{
    std::u16string_view reason;
    bool hasEndDate;
};
std::span<const DoNotChaseReason> doNotChaseReasons();

// Two examples per bucket (light, moderate, serious) and language (fr, de, en), with {{placeholders}} for figures.
struct ToneText
{
    AgingBucket bucket;
    Language language;
    std::u16string_view text;
};
std::span<const ToneText> toneTexts();

} // namespace relance::demo
