#include "drafting/DraftFacts.h"

#include "domain/Money.h"
#include "storage/Store.h"

#include <QRegularExpression>
#include <nlohmann/json.hpp>

namespace relance {

int DraftFacts::maxDaysLate() const
{
    int m = 0;
    for (const auto& l : lines)
        m = qMax(m, l.daysLate);
    return m;
}

QDate DraftFacts::oldestDueDate() const
{
    QDate d;
    for (const auto& l : lines)
        if (!d.isValid() || l.dueDate < d)
            d = l.dueDate;
    return d;
}

QMap<QString, qint64> DraftFacts::totals() const
{
    QMap<QString, qint64> t;
    for (const auto& l : lines)
        t[l.currency] += l.openMinor;
    return t;
}

QString formatReminderDate(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString normalizeIban(const QString& iban)
{
    QString out;
    for (QChar c : iban)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

QString formatIban(const QString& iban)
{
    const QString n = normalizeIban(iban);
    QStringList groups;
    for (qsizetype i = 0; i < n.size(); i += 4)
        groups << n.mid(i, 4);
    return groups.join(u' ');
}

QStringList placeholderNames()
{
    return {QStringLiteral("client_name"),      QStringLiteral("contact_person"),  QStringLiteral("amount"),
            QStringLiteral("invoice_number"),   QStringLiteral("invoice_list"),    QStringLiteral("invoice_count"),
            QStringLiteral("due_date"),         QStringLiteral("days_late"),       QStringLiteral("payment_deadline"),
            QStringLiteral("firm_name"),        QStringLiteral("iban"),            QStringLiteral("payment_link")};
}

namespace {
QString lineText(const ReminderLine& l, const DraftFacts& f)
{
    const QLocale loc = f.locale();
    const QString money = formatMoney(l.openMinor, l.currency, loc);
    const QString due = formatReminderDate(l.dueDate);
    switch (f.language) {
    case Language::German:
        return QStringLiteral("- Rechnung %1, fällig am %2: %3 (%4 Tage überfällig)").arg(l.invoiceNumber, due, money).arg(l.daysLate);
    case Language::English:
        return QStringLiteral("- Invoice %1, due on %2: %3 (%4 days overdue)").arg(l.invoiceNumber, due, money).arg(l.daysLate);
    case Language::Italian:
        return QStringLiteral("- Fattura %1, scaduta il %2: %3 (%4 giorni di ritardo)").arg(l.invoiceNumber, due, money).arg(l.daysLate);
    case Language::French:
        break;
    }
    return QStringLiteral("- Facture %1, échue le %2 : %3 (%4 jours de retard)").arg(l.invoiceNumber, due, money).arg(l.daysLate);
}
} // namespace

QMap<QString, QString> placeholderValues(const DraftFacts& f)
{
    const QLocale loc = f.locale();
    QMap<QString, QString> v;
    v[QStringLiteral("client_name")] = f.client.name;
    v[QStringLiteral("contact_person")] = f.client.contactPerson.isEmpty() ? f.client.name : f.client.contactPerson;
    QStringList totals;
    const auto t = f.totals();
    for (auto it = t.begin(); it != t.end(); ++it)
        totals << formatMoney(it.value(), it.key(), loc);
    v[QStringLiteral("amount")] = totals.join(QStringLiteral(" + "));
    QStringList numbers, list;
    for (const auto& l : f.lines) {
        numbers << l.invoiceNumber;
        list << lineText(l, f);
    }
    v[QStringLiteral("invoice_number")] = numbers.join(QStringLiteral(", "));
    v[QStringLiteral("invoice_list")] = list.join(u'\n');
    v[QStringLiteral("invoice_count")] = QString::number(f.lines.size());
    v[QStringLiteral("due_date")] = formatReminderDate(f.oldestDueDate());
    v[QStringLiteral("days_late")] = QString::number(f.maxDaysLate());
    v[QStringLiteral("payment_deadline")] = formatReminderDate(f.paymentDeadline);
    v[QStringLiteral("firm_name")] = f.reminders.firmName;
    v[QStringLiteral("iban")] = formatIban(f.reminders.paymentIban);
    v[QStringLiteral("payment_link")] = f.reminders.allowedLinks.value(0);
    return v;
}

QString fillPlaceholders(const QString& text, const DraftFacts& facts)
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{\s*([A-Za-z_]+)\s*\}\})"));
    const auto values = placeholderValues(facts);
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1).toLower();
        // An empty value (no IBAN configured) stays a placeholder: the validator reports it instead of a gap.
        if (values.contains(name) && !values.value(name).isEmpty())
            out += values.value(name);
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}


Result<DraftFacts> factsForReminder(Store& store, const Reminder& r, const RemindersConfig& config, QDate today)
{
    auto client = store.client(r.clientId);
    if (!client)
        return std::unexpected(client.error());
    if (!*client)
        return fail(ErrorCode::NotFound, QStringLiteral("reminder %1: client %2 no longer exists").arg(r.id).arg(r.clientId));
    DraftFacts f;
    f.client = **client;
    f.lines = r.lines;
    std::sort(f.lines.begin(), f.lines.end(), [](const auto& a, const auto& b) { return a.dueDate < b.dueDate; });
    f.bucket = r.bucket;
    f.language = r.language;
    f.reminders = config;
    // The drafting day: recorded in the "created" audit event (a run may draft as of another day), else the creation day.
    f.asOf = r.createdAt.isValid() ? r.createdAt.toLocalTime().date() : today;
    if (auto events = store.auditEvents(QStringLiteral("reminder"), QString::number(r.id))) {
        for (const AuditEvent& e : *events) {
            if (e.action != u"created")
                continue;
            const auto j = nlohmann::json::parse(e.detail.toStdString(), nullptr, false);
            if (j.is_object() && j.contains("asOf") && j["asOf"].is_string()) {
                const QDate d = QDate::fromString(QString::fromStdString(j["asOf"].get<std::string>()), Qt::ISODate);
                if (d.isValid())
                    f.asOf = d;
            }
        }
    }
    f.paymentDeadline = f.asOf.addDays(config.paymentDeadlineDays);
    for (QDate d = f.asOf.addDays(1); d <= today && f.extraAllowedDates.size() < 366; d = d.addDays(1))
        f.extraAllowedDates << d << d.addDays(config.paymentDeadlineDays);
    for (const auto& l : f.lines) {
        auto inv = store.invoiceByNumber(l.invoiceNumber);
        if (!inv)
            return std::unexpected(inv.error());
        if (*inv)
            f.issueDates.insert(l.invoiceNumber, (*inv)->issueDate);
    }
    return f;
}

} // namespace relance
