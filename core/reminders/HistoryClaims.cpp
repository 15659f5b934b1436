#include "reminders/HistoryClaims.h"

#include <QRegularExpression>
#include <algorithm>

namespace relance {

using namespace Qt::StringLiterals;

QString historyClaimKindName(HistoryClaimKind k)
{
    switch (k) {
    case HistoryClaimKind::PreviousReminder:
        return QStringLiteral("previous-reminder");
    case HistoryClaimKind::NumberedReminder:
        return QStringLiteral("numbered-reminder");
    case HistoryClaimKind::FinalReminder:
        return QStringLiteral("final-reminder");
    case HistoryClaimKind::Letter:
        return QStringLiteral("letter");
    case HistoryClaimKind::Call:
        return QStringLiteral("call");
    }
    return {};
}

namespace {

struct Pattern
{
    HistoryClaimKind kind;
    Language language;
    QRegularExpression re; // a capture group named "n" holds the ordinal of a NumberedReminder
};

QRegularExpression rx(const QString& pattern)
{
    return QRegularExpression(QStringLiteral("\\b(?:") + pattern + QStringLiteral(")\\b"),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

const QList<Pattern>& patterns()
{
    using K = HistoryClaimKind;
    using L = Language;
    static const QList<Pattern> all{
        // English
        {K::PreviousReminder, L::English,
         rx(u"(?:our|my|the|several|repeated|multiple|numerous)\\s+(?:previous|earlier|prior|last|past|former|several|"
            u"repeated|many|multiple)\\s+(?:payment\\s+)?(?:reminders?|notices?|requests?\\s+for\\s+payment)"_s)},
        {K::PreviousReminder, L::English,
         rx(u"(?:previous|earlier|prior)\\s+(?:payment\\s+)?(?:reminders?|notices?)"_s)},
        {K::PreviousReminder, L::English,
         rx(u"(?:despite|in\\s+spite\\s+of|following|further\\s+to)\\s+(?:our|my|several|repeated|multiple)\\s+"
            u"(?:\\w+\\s+)?reminders?"_s)},
        {K::PreviousReminder, L::English, rx(u"our\\s+reminders?\\s+(?:of|dated|from|sent\\s+on|on)"_s)},
        {K::PreviousReminder, L::English,
         rx(u"we\\s+(?:have\\s+)?(?:already|previously|repeatedly)\\s+(?:reminded|chased|asked)\\s+you"_s)},
        {K::PreviousReminder, L::English, rx(u"we\\s+have\\s+(?:reminded|chased)\\s+you"_s)},
        {K::NumberedReminder, L::English,
         rx(u"(?<n>second|third|fourth|fifth|2nd|3rd|4th|5th)\\s+(?:and\\s+final\\s+)?(?:payment\\s+)?"
            u"(?:reminder|notice)"_s)},
        {K::FinalReminder, L::English, rx(u"(?:final|last)\\s+(?:payment\\s+)?(?:reminder|notice|demand)"_s)},
        {K::Letter, L::English,
         rx(u"our\\s+(?:previous\\s+|earlier\\s+|last\\s+)?(?:letters?|e-?mails?|messages?|correspondence)\\s+"
            u"(?:of|dated|from|sent)"_s)},
        {K::Letter, L::English,
         rx(u"our\\s+(?:previous|earlier|last|several|repeated)\\s+(?:letters?|e-?mails?|messages?|correspondence)"_s)},
        {K::Letter, L::English,
         rx(u"we\\s+have\\s+(?:already\\s+|repeatedly\\s+|previously\\s+)?(?:written\\s+to|contacted|e-?mailed)\\s+you"_s)},
        {K::Call, L::English,
         rx(u"as\\s+(?:discussed|agreed|mentioned)\\s+(?:on|over|by)\\s+(?:the\\s+)?(?:tele)?phone"_s)},
        {K::Call, L::English,
         rx(u"(?:our|the)\\s+(?:recent\\s+)?(?:tele)?phone\\s+(?:call|conversation)|(?:when|as)\\s+we\\s+spoke"
            u"(?:\\s+on\\s+the\\s+phone)?"_s)},

        // Any language: a reminder named with a date ("Mahnung vom 12.11.2026", "rappel du 12.11.2026") was sent.
        {K::PreviousReminder, L::English, rx(u"(?:payment\\s+)?reminders?\\s+(?:of|dated|sent\\s+on)(?=\\s+\\d)"_s)},
        {K::PreviousReminder, L::French, rx(u"(?:rappels?|relances?)\\s+(?:du|des)(?=\\s+\\d)"_s)},
        {K::PreviousReminder, L::German,
         rx(u"(?:Mahnung(?:en)?|Zahlungserinnerung(?:en)?|Erinnerung(?:en)?)\\s+vom(?=\\s+\\d)"_s)},
        {K::PreviousReminder, L::Italian, rx(u"(?:solleciti?|sollecito)\\s+del(?=\\s+\\d)"_s)},

        // French
        {K::PreviousReminder, L::French,
         rx(u"(?:nos|mes)\\s+(?:précédents|derniers|multiples|nombreux|différents|divers|anciens)\\s+"
            u"(?:rappels|relances|sommations)"_s)},
        {K::PreviousReminder, L::French, rx(u"(?:notre|mon)\\s+précédente?\\s+(?:rappel|relance)"_s)},
        {K::PreviousReminder, L::French,
         rx(u"(?:nos|notre|mes|mon)\\s+(?:rappels?|relances?)\\s+(?:précédente?s?|antérieure?s?|restée?s?\\s+"
            u"sans\\s+(?:réponse|suite)|du|envoyée?s?)"_s)},
        {K::PreviousReminder, L::French,
         rx(u"(?:(?:les|le|la|des|ces)\\s+)?(?:rappels?|relances?)\\s+(?:précédente?s?|antérieure?s?)"_s)},
        {K::PreviousReminder, L::French,
         rx(u"(?:malgré|suite\\s+à|après)\\s+(?:nos|notre|plusieurs|de\\s+nombreux|nos\\s+différents)\\s+"
            u"(?:rappels?|relances?)"_s)},
        {K::PreviousReminder, L::French,
         rx(u"nous\\s+vous\\s+avons\\s+(?:déjà\\s+|à\\s+plusieurs\\s+reprises\\s+|plusieurs\\s+fois\\s+)?"
            u"(?:relancée?s?|rappelé|sollicitée?s?)"_s)},
        {K::NumberedReminder, L::French,
         rx(u"(?<n>deuxième|second|seconde|troisième|quatrième|2e|3e|4e|2ème|3ème)\\s+(?:et\\s+dernier\\s+)?"
            u"(?:rappel|relance)"_s)},
        {K::FinalReminder, L::French, rx(u"(?:dernier|ultime)\\s+(?:rappel|avertissement)|dernière\\s+relance"_s)},
        {K::Letter, L::French,
         rx(u"(?:notre|nos)\\s+(?:précédente?s?\\s+)?(?:courriers?|lettres?|courriels?|e-?mails?|messages?)\\s+"
            u"(?:du|des|précédente?s?|antérieure?s?|restée?s?)"_s)},
        {K::Letter, L::French,
         rx(u"nous\\s+vous\\s+avons\\s+(?:déjà\\s+|à\\s+plusieurs\\s+reprises\\s+|plusieurs\\s+fois\\s+)?"
            u"(?:écrit|contactée?s?)"_s)},
        {K::Call, L::French,
         rx(u"(?:comme\\s+(?:convenu|discuté|évoqué|mentionné)|ainsi\\s+que\\s+convenu)\\s+(?:par\\s+téléphone|"
            u"au\\s+téléphone|lors\\s+de\\s+notre\\s+(?:entretien|conversation|appel|échange))"_s)},
        {K::Call, L::French,
         rx(u"(?:notre|votre)\\s+(?:récent\\s+|récente\\s+)?(?:entretien|conversation|appel|échange)\\s+"
            u"téléphonique|(?:suite\\s+à|lors\\s+de)\\s+notre\\s+(?:appel|entretien|conversation)"
            u"(?:\\s+téléphonique)?"_s)},

        // German (Swiss spelling "ss" and "ß")
        {K::PreviousReminder, L::German,
         rx(u"(?:unsere[rnms]?|meine[rnms]?)\\s+(?:bisherigen?|früheren?|letzten?|vorherigen?|vorangegangenen?|"
            u"mehrfachen?|wiederholten?|zahlreichen?)\\s+(?:Mahnung(?:en)?|Zahlungserinnerung(?:en)?|Erinnerung(?:en)?)"_s)},
        {K::PreviousReminder, L::German,
         rx(u"(?:unsere[rnms]?|meine[rnms]?)\\s+(?:Mahnung(?:en)?|Zahlungserinnerung(?:en)?|Erinnerung(?:en)?)\\s+"
            u"(?:vom|von|am)"_s)},
        {K::PreviousReminder, L::German,
         rx(u"trotz\\s+(?:unserer|mehrfacher|wiederholter|mehrerer|zahlreicher|unserer\\s+\\w+)\\s+"
            u"(?:Mahnung(?:en)?|Zahlungserinnerung(?:en)?|Erinnerung(?:en)?)"_s)},
        {K::PreviousReminder, L::German,
         rx(u"(?:haben\\s+wir\\s+Sie|wir\\s+haben\\s+Sie)\\s+(?:bereits\\s+|schon\\s+|mehrfach\\s+|mehrmals\\s+|"
            u"wiederholt\\s+)+(?:gemahnt|erinnert|aufgefordert)"_s)},
        {K::PreviousReminder, L::German, rx(u"bereits\\s+(?:mehrfach|mehrmals|wiederholt)\\s+(?:gemahnt|erinnert)"_s)},
        {K::NumberedReminder, L::German,
         rx(u"(?:(?<n>[2-9])\\.\\s*|(?<w>zweite|dritte|vierte)[rn]?\\s+)(?:und\\s+letzte\\s+)?Mahnung"_s)},
        {K::FinalReminder, L::German, rx(u"letzte\\s+(?:Mahnung|Zahlungserinnerung|Aufforderung)"_s)},
        {K::Letter, L::German,
         rx(u"(?:unser(?:e[mnrs]?)?|meine?[mnrs]?)\\s+(?:bisherigen?\\s+|früheren?\\s+|letzten?\\s+)?"
            u"(?:Schreiben|Briefe?|E-?Mails?|Nachricht(?:en)?)\\s+(?:vom|von|am)"_s)},
        {K::Letter, L::German,
         rx(u"(?:unsere[rnms]?)\\s+(?:bisherigen?|früheren?|letzten?|mehrfachen?|wiederholten?)\\s+"
            u"(?:Schreiben|Briefe?|E-?Mails?|Nachrichten)"_s)},
        {K::Letter, L::German,
         rx(u"(?:haben\\s+wir\\s+Sie|wir\\s+haben\\s+Sie|haben\\s+wir\\s+Ihnen|wir\\s+haben\\s+Ihnen)\\s+"
            u"(?:bereits\\s+|schon\\s+|mehrfach\\s+|mehrmals\\s+)+(?:angeschrieben|kontaktiert|geschrieben)"_s)},
        {K::Call, L::German,
         rx(u"wie\\s+(?:telefonisch|am\\s+Telefon)\\s+(?:besprochen|vereinbart|abgemacht|erwähnt)"_s)},
        {K::Call, L::German,
         rx(u"(?:gem(?:ä|ae)(?:ss|ß)|nach|seit|in)\\s+(?:unserem|unseres)\\s+(?:letzten\\s+)?"
            u"(?:Telefonat|Telefongespräch|Gespräch)s?|unser(?:em)?\\s+(?:letzten\\s+)?(?:Telefonat|Telefongespräch)"_s)},

        // Italian
        {K::PreviousReminder, L::Italian,
         rx(u"(?:i\\s+)?nostri\\s+(?:precedenti\\s+|ripetuti\\s+|numerosi\\s+)?solleciti|"
            u"(?:il\\s+)?nostro\\s+(?:precedente\\s+|ultimo\\s+)?sollecito\\s+del"_s)},
        {K::PreviousReminder, L::Italian, rx(u"solleciti\\s+precedenti|(?:malgrado|nonostante)\\s+i\\s+solleciti"_s)},
        {K::NumberedReminder, L::Italian, rx(u"(?<n>secondo|terzo|quarto|2°|3°)\\s+sollecito"_s)},
        {K::FinalReminder, L::Italian, rx(u"(?:ultimo|definitivo)\\s+sollecito"_s)},
        {K::Letter, L::Italian,
         rx(u"(?:la\\s+)?nostra\\s+(?:precedente\\s+)?(?:lettera|e-?mail|comunicazione)\\s+del|"
            u"vi\\s+abbiamo\\s+già\\s+(?:scritto|contattato|sollecitato)"_s)},
        {K::Call, L::Italian,
         rx(u"come\\s+(?:discusso|concordato|convenuto)\\s+(?:al|per)\\s+telefono|"
            u"(?:la\\s+)?nostra\\s+(?:telefonata|conversazione\\s+telefonica)"_s)},
    };
    return all;
}

int ordinalOf(const QString& word)
{
    const QString w = word.toLower();
    static const QList<std::pair<QStringList, int>> table{
        {{u"second"_s, u"2nd"_s, u"deuxième"_s, u"seconde"_s, u"2e"_s, u"2ème"_s, u"2"_s, u"zweite"_s, u"secondo"_s,
          u"2°"_s},
         2},
        {{u"third"_s, u"3rd"_s, u"troisième"_s, u"3e"_s, u"3ème"_s, u"3"_s, u"dritte"_s, u"terzo"_s, u"3°"_s}, 3},
        {{u"fourth"_s, u"4th"_s, u"quatrième"_s, u"4e"_s, u"4"_s, u"vierte"_s, u"quarto"_s}, 4},
        {{u"fifth"_s, u"5th"_s, u"5"_s}, 5},
    };
    for (const auto& [words, n] : table)
        if (words.contains(w))
            return n;
    bool ok = false;
    const int n = w.toInt(&ok);
    return ok ? n : 0;
}

// Dates written right after the phrase: "vom 12.11.2026 und 26.11.2026", "du 12.11.2026 et du 26.11.2026".
QList<QDate> datesAfter(QStringView text, int from)
{
    static const QRegularExpression date(
        QStringLiteral("\\G(?:\\s|,|\\bund\\b|\\bet\\b|\\band\\b|\\be\\b|\\bdu\\b|\\bdel\\b|\\bvom\\b|\\bof\\b|"
                       "\\bdated\\b|\\bon\\b|\\bdes\\b)*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<QDate> out;
    int pos = from;
    for (;;) {
        const auto m =
            date.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            break;
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            out.append(d);
        pos = int(m.capturedEnd(0));
    }
    return out;
}

} // namespace

QList<HistoryClaim> findHistoryClaims(QStringView text)
{
    QList<HistoryClaim> found;
    for (const Pattern& p : patterns()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            HistoryClaim c;
            c.kind = p.kind;
            c.language = p.language;
            c.start = int(m.capturedStart(0));
            c.length = int(m.capturedLength(0));
            c.phrase = m.captured(0);
            if (p.kind == HistoryClaimKind::NumberedReminder) {
                const QString n = m.captured(u"n");
                c.ordinal = ordinalOf(n.isEmpty() ? m.captured(u"w") : n);
            }
            found.append(c);
        }
    }
    // Earliest first; where two overlap they are one claim: the earlier one's kind, spanning both when of one kind.
    std::sort(found.begin(), found.end(), [](const HistoryClaim& a, const HistoryClaim& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<HistoryClaim> out;
    for (HistoryClaim& c : found) {
        if (!out.isEmpty() && c.start < out.constLast().start + out.constLast().length) {
            HistoryClaim& last = out.last();
            const int end = c.start + c.length;
            if (c.kind == last.kind && end > last.start + last.length) {
                last.length = end - last.start;
                last.phrase = text.mid(last.start, last.length).toString();
            }
            continue;
        }
        out.append(std::move(c));
    }
    for (HistoryClaim& c : out)
        c.dates = datesAfter(text, c.start + c.length);
    return out;
}

} // namespace relance
