#include "sync/Staging.h"

#include <QTimeZone>

namespace relance::sync {

QString fieldName(Field f)
{
    static const char* const names[kFieldCount] = {"InvoiceNo", "CustomerNo", "CustomerName", "Email", "Language",
                                                   "MandateType", "Currency", "Amount", "OpenAmount", "InvoiceDate",
                                                   "DueDate", "LastModified"};
    return QString::fromLatin1(names[int(f)]);
}

namespace {

QDate parseDate(const QString& text, RecordFormat format)
{
    const QString t = text.trimmed();
    if (format == RecordFormat::SwissCsv) {
        QDate d = QDate::fromString(t, QStringLiteral("dd.MM.yyyy"));
        if (!d.isValid())
            d = QDate::fromString(t, QStringLiteral("d.M.yyyy"));
        if (d.isValid())
            return d;
    }
    // Edm.Date "2025-01-31" or Edm.DateTimeOffset "2025-01-31T00:00:00+01:00": the calendar date as written.
    if (t.size() >= 10)
        return QDate::fromString(t.left(10), Qt::ISODate);
    return {};
}

QDateTime parseTimestamp(const QString& text, RecordFormat format)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid() && format == RecordFormat::SwissCsv) {
        dt = QDateTime::fromString(t, QStringLiteral("dd.MM.yyyy HH:mm:ss"));
        if (!dt.isValid())
            dt = QDateTime::fromString(t, QStringLiteral("dd.MM.yyyy HH:mm"));
    }
    if (!dt.isValid()) {
        const QDate d = parseDate(t, format);
        if (d.isValid())
            dt = d.startOfDay(Qt::UTC);
    }
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

} // namespace

Result<void> AccountingSnapshot::add(const Record& r, RecordFormat format, const QString& where)
{
    const auto text = [&](Field f) -> QString { return r[int(f)] ? r[int(f)]->trimmed() : QString(); };
    const auto missing = [&](Field f) {
        return fail(ErrorCode::Parse, QStringLiteral("%1: %2 is missing").arg(where, fieldName(f)));
    };
    Invoice inv;
    inv.number = text(Field::InvoiceNo);
    if (inv.number.isEmpty())
        return missing(Field::InvoiceNo);
    const QString at = QStringLiteral("%1 (invoice %2)").arg(where, inv.number);
    inv.clientNumber = text(Field::CustomerNo);
    if (inv.clientNumber.isEmpty())
        return fail(ErrorCode::Parse, QStringLiteral("%1: CustomerNo is missing").arg(at));
    // Sage 50 Schweiz books in CHF unless the document says otherwise.
    inv.currency = r[int(Field::Currency)] ? text(Field::Currency).toUpper() : QStringLiteral("CHF");
    if (!isKnownCurrency(inv.currency))
        return fail(ErrorCode::Parse, QStringLiteral("%1: unknown currency '%2'").arg(at, inv.currency));
    const DecimalSeparator sep = format == RecordFormat::OData ? DecimalSeparator::Dot : DecimalSeparator::Auto;
    for (Field f : {Field::Amount, Field::OpenAmount}) {
        if (!r[int(f)] || text(f).isEmpty())
            return fail(ErrorCode::Parse, QStringLiteral("%1: %2 is missing").arg(at, fieldName(f)));
        auto minor = parseMinorUnits(text(f), inv.currency, sep);
        if (!minor)
            return fail(ErrorCode::Parse,
                        QStringLiteral("%1: %2 '%3' is not an amount in %4 (%5)")
                            .arg(at, fieldName(f), text(f).left(40), inv.currency, minor.error().detail));
        (f == Field::Amount ? inv.amountMinor : inv.openMinor) = *minor;
    }
    for (Field f : {Field::InvoiceDate, Field::DueDate}) {
        if (!r[int(f)] || text(f).isEmpty())
            return fail(ErrorCode::Parse, QStringLiteral("%1: %2 is missing").arg(at, fieldName(f)));
        const QDate d = parseDate(text(f), format);
        if (!d.isValid())
            return fail(ErrorCode::Parse, QStringLiteral("%1: %2 '%3' is not a date (expected %4)")
                                              .arg(at, fieldName(f), text(f).left(40),
                                                   format == RecordFormat::OData ? QStringLiteral("YYYY-MM-DD")
                                                                                 : QStringLiteral("dd.MM.yyyy")));
        (f == Field::InvoiceDate ? inv.issueDate : inv.dueDate) = d;
    }
    if (r[int(Field::LastModified)] && !text(Field::LastModified).isEmpty()) {
        inv.lastModified = parseTimestamp(text(Field::LastModified), format);
        if (!inv.lastModified.isValid())
            return fail(ErrorCode::Parse,
                        QStringLiteral("%1: LastModified '%2' is not a timestamp").arg(at, text(Field::LastModified).left(40)));
    }
    inv.source = source;

    const auto seen = whereSeen.constFind(inv.number);
    if (seen != whereSeen.cend()) {
        if (!allowReplace)
            return fail(ErrorCode::Parse, QStringLiteral("%1: duplicate invoice number %2 (already at %3)")
                                              .arg(where, inv.number, *seen));
        for (Invoice& old : invoices)
            if (old.number == inv.number) {
                old = inv;
                break;
            }
    } else {
        whereSeen.insert(inv.number, where);
        invoices.push_back(inv);
    }
    removed.removeAll(inv.number);

    StagedClient& c = clients[inv.clientNumber];
    c.number = inv.clientNumber;
    if (const QString v = text(Field::CustomerName); !v.isEmpty())
        c.name = v;
    if (const QString v = text(Field::Email); !v.isEmpty())
        c.email = v;
    if (const QString v = text(Field::Language); !v.isEmpty()) {
        if (auto l = languageFromCode(v))
            c.language = *l;
    }
    if (const QString v = text(Field::MandateType); !v.isEmpty()) {
        if (auto m = mandateTypeFromName(v.toLower()))
            c.mandateType = *m;
    }
    return {};
}

void AccountingSnapshot::addRemoved(const QString& number)
{
    if (number.isEmpty())
        return;
    if (whereSeen.contains(number)) {
        whereSeen.remove(number);
        invoices.removeIf([&](const Invoice& i) { return i.number == number; });
    }
    if (!removed.contains(number))
        removed.push_back(number);
}

} // namespace relance::sync
