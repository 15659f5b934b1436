#include "reminders/ReminderHistory.h"

#include <algorithm>

namespace relance {

QDate InvoiceHistory::lastSentOn() const
{
    for (auto it = sent.crbegin(); it != sent.crend(); ++it)
        if (it->sentOn.isValid())
            return it->sentOn;
    return {};
}

QDate InvoiceHistory::firstSentOn() const
{
    for (const SentReminder& s : sent)
        if (s.sentOn.isValid())
            return s.sentOn;
    return {};
}

QHash<qint64, InvoiceHistory> assembleHistories(QList<SentReminder> records)
{
    std::stable_sort(records.begin(), records.end(), [](const SentReminder& a, const SentReminder& b) {
        if (a.invoiceId != b.invoiceId)
            return a.invoiceId < b.invoiceId;
        if (a.sentOn != b.sentOn) // a null date (imported level only) is older than any dated one
            return !a.sentOn.isValid() || (b.sentOn.isValid() && a.sentOn < b.sentOn);
        if (a.imported != b.imported)
            return a.imported;
        return a.reminderId < b.reminderId;
    });
    QHash<qint64, InvoiceHistory> out;
    out.reserve(records.size());
    for (SentReminder& r : records) {
        InvoiceHistory& h = out[r.invoiceId];
        h.invoiceId = r.invoiceId;
        const int previous = h.level();
        if (r.level <= 0 || r.level <= previous)
            r.level = previous + 1;
        h.sent.append(std::move(r));
    }
    return out;
}

LevelStatus levelStatus(const InvoiceHistory& history, QDate asOf, const LevelPolicy& policy)
{
    LevelStatus s;
    s.level = history.level();
    s.lastSentOn = history.lastSentOn();
    s.maxLevelReached = policy.maxLevel > 0 && s.level >= policy.maxLevel;
    if (s.maxLevelReached) {
        s.nextLevel = s.level;
        s.maySend = false;
        if (s.lastSentOn.isValid()) {
            s.finalDeadline = s.lastSentOn.addDays(policy.deadlineDays);
            s.readyForDebtCollection = asOf > s.finalDeadline;
        } else {
            s.readyForDebtCollection = true; // imported at the maximum without a date: its deadline is long past
        }
        return s;
    }
    s.nextLevel = s.level + 1;
    s.nextAllowedOn = s.lastSentOn.isValid() ? s.lastSentOn.addDays(policy.intervalDays) : asOf;
    s.maySend = asOf >= s.nextAllowedOn;
    return s;
}

QString swissDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString levelLabel(int level, Language language)
{
    level = std::max(level, 1);
    switch (language) {
    case Language::French: {
        static const QStringList w{QStringLiteral("premier rappel"), QStringLiteral("deuxième rappel"),
                                   QStringLiteral("troisième rappel")};
        return level <= 3 ? w[level - 1] : QStringLiteral("%1e rappel").arg(level);
    }
    case Language::German:
        return QStringLiteral("%1. Mahnung").arg(level);
    case Language::Italian: {
        static const QStringList w{QStringLiteral("primo sollecito"), QStringLiteral("secondo sollecito"),
                                   QStringLiteral("terzo sollecito")};
        return level <= 3 ? w[level - 1] : QStringLiteral("%1° sollecito").arg(level);
    }
    case Language::English:
        break;
    }
    static const QStringList w{QStringLiteral("first reminder"), QStringLiteral("second reminder"),
                               QStringLiteral("third reminder")};
    return level <= 3 ? w[level - 1] : QStringLiteral("%1th reminder").arg(level);
}

namespace {

// "a and b", "a, b and c" with the language's conjunction; fr and it repeat the preposition ("du a et du b").
QString joinDates(const QStringList& dates, Language language)
{
    QString sep;
    QString last;
    switch (language) {
    case Language::French:
        sep = QStringLiteral(", du ");
        last = QStringLiteral(" et du ");
        break;
    case Language::German:
        sep = QStringLiteral(", ");
        last = QStringLiteral(" und ");
        break;
    case Language::Italian:
        sep = QStringLiteral(", del ");
        last = QStringLiteral(" e del ");
        break;
    case Language::English:
        sep = QStringLiteral(", ");
        last = QStringLiteral(" and ");
        break;
    }
    if (dates.size() <= 1)
        return dates.value(0);
    return dates.mid(0, dates.size() - 1).join(sep) + last + dates.constLast();
}

} // namespace

HistoryWording historyWording(const InvoiceHistory& history, Language language)
{
    HistoryWording w;
    const int previousLevel = history.level();
    w.level = previousLevel + 1;
    w.first = previousLevel == 0;
    w.levelLabel = levelLabel(w.level, language);
    if (w.first)
        return w;
    for (const SentReminder& s : history.sent)
        if (s.sentOn.isValid())
            w.previousDates.append(swissDate(s.sentOn));
    const QString dates = joinDates(w.previousDates, language);
    const int count = int(w.previousDates.size());
    // The accounting may know a level higher than the dates it gave: say there were several, name the last date.
    const bool undatedEarlier = previousLevel > count;
    switch (language) {
    case Language::French:
        if (count == 0)
            w.previous = previousLevel == 1 ? QStringLiteral("notre rappel précédent")
                                            : QStringLiteral("nos rappels précédents");
        else if (undatedEarlier)
            w.previous = QStringLiteral("nos rappels précédents, le dernier du %1").arg(w.previousDates.constLast());
        else
            w.previous = (count == 1 ? QStringLiteral("notre rappel du ") : QStringLiteral("nos rappels du ")) + dates;
        break;
    case Language::German:
        if (count == 0)
            w.previous = previousLevel == 1 ? QStringLiteral("unsere frühere Mahnung")
                                            : QStringLiteral("unsere früheren Mahnungen");
        else if (undatedEarlier)
            w.previous = QStringLiteral("unsere früheren Mahnungen, zuletzt vom %1").arg(w.previousDates.constLast());
        else
            w.previous =
                (count == 1 ? QStringLiteral("unsere Mahnung vom ") : QStringLiteral("unsere Mahnungen vom ")) + dates;
        break;
    case Language::Italian:
        if (count == 0)
            w.previous = previousLevel == 1 ? QStringLiteral("il nostro sollecito precedente")
                                            : QStringLiteral("i nostri solleciti precedenti");
        else if (undatedEarlier)
            w.previous =
                QStringLiteral("i nostri solleciti precedenti, l'ultimo del %1").arg(w.previousDates.constLast());
        else
            w.previous =
                (count == 1 ? QStringLiteral("il nostro sollecito del ") : QStringLiteral("i nostri solleciti del ")) +
                dates;
        break;
    case Language::English:
        if (count == 0)
            w.previous =
                previousLevel == 1 ? QStringLiteral("our previous reminder") : QStringLiteral("our previous reminders");
        else if (undatedEarlier)
            w.previous = QStringLiteral("our previous reminders, the last of %1").arg(w.previousDates.constLast());
        else
            w.previous =
                (count == 1 ? QStringLiteral("our reminder of ") : QStringLiteral("our reminders of ")) + dates;
        break;
    }
    return w;
}

Result<ImportedDunning> validateImportedDunning(const QString& invoiceNumber, QStringView level, QStringView lastDate,
                                                QDate today)
{
    auto reject = [&](const QString& what) {
        return std::unexpected(Error{
            ErrorCode::Parse, QStringLiteral("invoice %1: row rejected: %2").arg(invoiceNumber, what), invoiceNumber});
    };
    ImportedDunning d;
    d.invoiceNumber = invoiceNumber;
    const QString levelText = level.trimmed().toString();
    if (!levelText.isEmpty()) {
        bool ok = false;
        d.level = levelText.toInt(&ok);
        if (!ok || d.level < 0 || d.level > 9)
            return reject(
                QStringLiteral("DunningLevel '%1' is not allowed: a whole number from 0 to 9").arg(levelText));
    }
    const QString dateText = lastDate.trimmed().toString();
    if (!dateText.isEmpty()) {
        d.lastDate = QDate::fromString(dateText.left(10), Qt::ISODate);
        if (!d.lastDate.isValid())
            d.lastDate = QDate::fromString(dateText, QStringLiteral("dd.MM.yyyy"));
        if (!d.lastDate.isValid())
            return reject(
                QStringLiteral("LastDunningDate '%1' is not a date (YYYY-MM-DD or dd.MM.yyyy)").arg(dateText));
        if (d.lastDate > today)
            return reject(QStringLiteral("LastDunningDate %1 lies in the future (today is %2)")
                              .arg(d.lastDate.toString(Qt::ISODate), today.toString(Qt::ISODate)));
        if (d.level == 0)
            return reject(
                QStringLiteral("LastDunningDate %1 without a DunningLevel").arg(d.lastDate.toString(Qt::ISODate)));
    }
    return d;
}

SentReminder importedReminder(const ImportedDunning& dunning, qint64 invoiceId)
{
    SentReminder s;
    s.invoiceId = invoiceId;
    s.sentOn = dunning.lastDate;
    s.level = dunning.level;
    s.imported = true;
    return s;
}

} // namespace relance
