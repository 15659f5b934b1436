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

// Fast paths for the ISO forms every OData server sends (QDateTime::fromString is slow for 100,000 rows).
int digits(const QChar* p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

QDate fastIsoDate(const QString& t)
{
    if (t.size() < 10 || t[4] != u'-' || t[7] != u'-')
        return {};
    const int y = digits(t.constData(), 4), m = digits(t.constData() + 5, 2), d = digits(t.constData() + 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d); // invalid for 2025-02-30
}

// YYYY-MM-DDTHH:MM:SS[.fff...](Z|+HH:MM|-HH:MM); anything else falls back to Qt.
QDateTime fastIsoTimestamp(const QString& t)
{
    const QDate d = fastIsoDate(t);
    if (!d.isValid() || t.size() < 20 || (t[10] != u'T' && t[10] != u' ') || t[13] != u':' || t[16] != u':')
        return {};
    const int h = digits(t.constData() + 11, 2), mi = digits(t.constData() + 14, 2), sec = digits(t.constData() + 17, 2);
    if (h < 0 || mi < 0 || sec < 0)
        return {};
    qsizetype i = 19;
    int ms = 0;
    if (i < t.size() && t[i] == u'.') {
        ++i;
        int scale = 100;
        while (i < t.size() && t[i].isDigit()) {
            ms += (t[i].unicode() - u'0') * scale;
            scale /= 10;
            ++i;
        }
    }
    int offset = 0;
    if (i < t.size() && t[i] == u'Z' && i + 1 == t.size()) {
        offset = 0;
    } else if (i + 6 == t.size() && (t[i] == u'+' || t[i] == u'-') && t[i + 3] == u':') {
        const int oh = digits(t.constData() + i + 1, 2), om = digits(t.constData() + i + 4, 2);
        if (oh < 0 || om < 0)
            return {};
        offset = (oh * 60 + om) * 60 * (t[i] == u'-' ? -1 : 1);
    } else {
        return {};
    }
    const QTime time(h, mi, sec, ms);
    if (!time.isValid())
        return {};
    return QDateTime(d, time, Qt::UTC).addSecs(-offset);
}

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
    if (t.size() == 10 || (t.size() > 10 && t[10] == u'T'))
        if (const QDate d = fastIsoDate(t); d.isValid())
            return d;
    if (t.size() >= 10)
        return QDate::fromString(t.left(10), Qt::ISODate);
    return {};
}

QDateTime parseTimestamp(const QString& text, RecordFormat format)
{
    const QString t = text.trimmed();
    if (QDateTime fast = fastIsoTimestamp(t); fast.isValid())
        return fast;
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
