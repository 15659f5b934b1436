#include "sync/SageCsv.h"

#include "net/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTimeZone>

namespace relance::sync {

QString decodeWindows1252(const QByteArray& bytes)
{
    // 0x80..0x9F differ from Latin-1; everything else maps to the same code point.
    static const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* d = out.data();
    for (char ch : bytes) {
        const uchar c = uchar(ch);
        *d++ = (c >= 0x80 && c < 0xA0) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

QString decodeText(const QByteArray& bytes, const QString& encoding, QString* used)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    if (encoding == u"windows-1252") {
        if (used)
            *used = QStringLiteral("windows-1252");
        return decodeWindows1252(body);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(body);
    if (encoding == u"utf-8" || !utf8.hasError()) {
        if (used)
            *used = QStringLiteral("utf-8");
        return text;
    }
    if (used)
        *used = QStringLiteral("windows-1252");
    return decodeWindows1252(body);
}

QChar detectDelimiter(const QString& headerLine)
{
    int semi = 0, comma = 0, tab = 0;
    bool quoted = false;
    for (QChar c : headerLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u';')
            ++semi;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > semi && tab > comma)
        return u'\t';
    return semi >= comma && semi > 0 ? QChar(u';') : comma > 0 ? QChar(u',') : QChar(u';');
}

QList<QStringList> parseCsv(const QString& text, QChar delimiter, QList<int>* rowLines)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    int line = 1;
    int rowLine = 1;
    const auto endCell = [&] {
        row << cell;
        cell.clear();
        cellStarted = false;
    };
    const auto endRow = [&] {
        endCell();
        rows << row;
        if (rowLines)
            rowLines->push_back(rowLine);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == delimiter) {
            endCell();
        } else if (c == u'\r') {
            // CRLF or a lone CR both end the line
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                continue;
            endRow();
            rowLine = ++line;
        } else if (c == u'\n') {
            endRow();
            rowLine = ++line;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty() || cellStarted)
        endRow();
    return rows;
}

QStringList defaultCsvHeaders(Field f)
{
    switch (f) {
    case Field::InvoiceNo:
        return {QStringLiteral("Beleg-Nr."), QStringLiteral("Belegnummer"), QStringLiteral("Beleg Nr."),
                QStringLiteral("Rechnungs-Nr."), QStringLiteral("Rechnungsnummer"), QStringLiteral("Rechnung"),
                QStringLiteral("N° pièce"), QStringLiteral("No pièce"), QStringLiteral("N° document"),
                QStringLiteral("N° facture"), QStringLiteral("No facture"), QStringLiteral("InvoiceNo"),
                QStringLiteral("Invoice No")};
    case Field::CustomerNo:
        return {QStringLiteral("Kunden-Nr."), QStringLiteral("Kundennummer"), QStringLiteral("Kunde Nr."),
                QStringLiteral("Adress-Nr."), QStringLiteral("Konto"), QStringLiteral("N° client"),
                QStringLiteral("No client"), QStringLiteral("N° adresse"), QStringLiteral("CustomerNo"),
                QStringLiteral("Customer No")};
    case Field::CustomerName:
        return {QStringLiteral("Kunde"), QStringLiteral("Kundenname"), QStringLiteral("Name"), QStringLiteral("Firma"),
                QStringLiteral("Client"), QStringLiteral("Nom"), QStringLiteral("Nom client"), QStringLiteral("Raison sociale"),
                QStringLiteral("CustomerName")};
    case Field::Email:
        return {QStringLiteral("E-Mail"), QStringLiteral("Email"), QStringLiteral("E-mail"), QStringLiteral("Courriel")};
    case Field::Language:
        return {QStringLiteral("Sprache"), QStringLiteral("Langue"), QStringLiteral("Language")};
    case Field::MandateType:
        return {QStringLiteral("Mandatstyp"), QStringLiteral("Mandat"), QStringLiteral("Type de mandat"),
                QStringLiteral("MandateType")};
    case Field::Currency:
        return {QStringLiteral("Währung"), QStringLiteral("Whg"), QStringLiteral("Whrg."), QStringLiteral("Devise"),
                QStringLiteral("Monnaie"), QStringLiteral("Currency")};
    case Field::Amount:
        return {QStringLiteral("Betrag"), QStringLiteral("Rechnungsbetrag"), QStringLiteral("Belegbetrag"),
                QStringLiteral("Betrag brutto"), QStringLiteral("Montant"), QStringLiteral("Montant facture"),
                QStringLiteral("Montant pièce"), QStringLiteral("Amount")};
    case Field::OpenAmount:
        return {QStringLiteral("Offener Betrag"), QStringLiteral("Offen"), QStringLiteral("Saldo"),
                QStringLiteral("Restbetrag"), QStringLiteral("Montant ouvert"), QStringLiteral("Solde"),
                QStringLiteral("Ouvert"), QStringLiteral("OpenAmount"), QStringLiteral("Open Amount")};
    case Field::InvoiceDate:
        return {QStringLiteral("Belegdatum"), QStringLiteral("Rechnungsdatum"), QStringLiteral("Datum"),
                QStringLiteral("Date pièce"), QStringLiteral("Date facture"), QStringLiteral("Date document"),
                QStringLiteral("Date"), QStringLiteral("InvoiceDate")};
    case Field::DueDate:
        return {QStringLiteral("Fällig am"), QStringLiteral("Fälligkeit"), QStringLiteral("Fälligkeitsdatum"),
                QStringLiteral("Fällig"), QStringLiteral("Échéance"), QStringLiteral("Date d'échéance"),
                QStringLiteral("Echéance"), QStringLiteral("Echeance"), QStringLiteral("DueDate"), QStringLiteral("Due Date")};
    case Field::LastModified:
        return {QStringLiteral("Geändert am"), QStringLiteral("Mutationsdatum"), QStringLiteral("Modifié le"),
                QStringLiteral("LastModified")};
    }
    return {};
}

namespace {

QString normalizeHeader(const QString& h)
{
    QString s = h.trimmed().toCaseFolded();
    s.remove(u'"');
    return s.simplified();
}

bool isTotalLine(const QStringList& cells)
{
    for (const QString& c : cells) {
        const QString t = c.trimmed().toCaseFolded();
        if (t.isEmpty())
            continue;
        return t.startsWith(u"total") || t.startsWith(u"summe") || t.startsWith(u"gesamt") || t.startsWith(u"totaux");
    }
    return false;
}

} // namespace

Result<AccountingSnapshot> readSageCsv(const QString& path, const AccountingConfig& config, CsvReadInfo* infoOut)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    CsvReadInfo info;
    const QString text = decodeText(bytes, choiceName(config.csvEncoding), &info.encoding);
    const QString name = QFileInfo(path).fileName();
    const QString firstLine = text.section(u'\n', 0, 0);
    if (firstLine.trimmed().isEmpty())
        return fail(ErrorCode::Parse, QStringLiteral("%1: the file is empty or has no header row").arg(name));
    switch (config.csvDelimiter) {
    case CsvDelimiter::Auto: info.delimiter = detectDelimiter(firstLine); break;
    case CsvDelimiter::Semicolon: info.delimiter = QChar(u';'); break;
    case CsvDelimiter::Comma: info.delimiter = QChar(u','); break;
    case CsvDelimiter::Tab: info.delimiter = QChar(u'\t'); break;
    }
    QList<int> lines;
    const QList<QStringList> rows = parseCsv(text, info.delimiter, &lines);

    // Map header -> column.
    const QStringList header = rows.first();
    std::array<int, kFieldCount> column;
    column.fill(-1);
    for (int f = 0; f < kFieldCount; ++f) {
        const QString key = fieldName(Field(f));
        const QStringList wanted = config.csvColumns.contains(key) ? QStringList{config.csvColumns.value(key)}
                                                                   : defaultCsvHeaders(Field(f));
        for (const QString& w : wanted) {
            for (int c = 0; c < header.size(); ++c)
                if (normalizeHeader(header[c]) == normalizeHeader(w)) {
                    column[std::size_t(f)] = c;
                    break;
                }
            if (column[std::size_t(f)] >= 0)
                break;
        }
        if (column[std::size_t(f)] < 0 && config.csvColumns.contains(key))
            return fail(ErrorCode::Parse, QStringLiteral("%1, row 1: no column '%2' for %3 ([accounting] column.%3); "
                                                         "the header has: %4")
                                              .arg(name, config.csvColumns.value(key), key, header.join(QStringLiteral(", "))));
    }
    for (Field f : {Field::InvoiceNo, Field::CustomerNo, Field::Amount, Field::OpenAmount, Field::InvoiceDate, Field::DueDate})
        if (column[std::size_t(f)] < 0)
            return fail(ErrorCode::Parse, QStringLiteral("%1, row 1: no column for %2 (recognised: %3; or set "
                                                         "[accounting] column.%2); the header has: %4")
                                              .arg(name, fieldName(f), defaultCsvHeaders(f).join(QStringLiteral(" / ")),
                                                   header.join(QStringLiteral(", "))));

    AccountingSnapshot snap;
    snap.source = QStringLiteral("sage50-csv");
    snap.complete = true;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList& cells = rows[r];
        const bool blank = std::all_of(cells.begin(), cells.end(), [](const QString& c) { return c.trimmed().isEmpty(); });
        if (blank || isTotalLine(cells)) {
            ++info.skipped;
            continue;
        }
        const QString where = QStringLiteral("%1, row %2").arg(name).arg(lines[r]);
        if (cells.size() > header.size())
            return fail(ErrorCode::Parse, QStringLiteral("%1: %2 cells where the header has %3 (a stray '%4'?)")
                                              .arg(where).arg(cells.size()).arg(header.size()).arg(info.delimiter));
        Record rec;
        for (int f = 0; f < kFieldCount; ++f) {
            const int c = column[std::size_t(f)];
            if (c >= 0 && c < cells.size() && !cells[c].trimmed().isEmpty())
                rec[std::size_t(f)] = cells[c].trimmed();
        }
        if (auto ok = snap.add(rec, RecordFormat::SwissCsv, where); !ok)
            return std::unexpected(ok.error());
        ++info.rows;
    }
    if (infoOut)
        *infoOut = info;
    return snap;
}

Result<CsvImportResult> importSageCsv(Database& db, const QString& path, const AccountingConfig& config, QDate syncDate)
{
    CsvImportResult result;
    auto snap = readSageCsv(path, config, &result.info);
    if (!snap)
        return std::unexpected(snap.error());
    const QString now = db.clock().nowUtc().toString(Qt::ISODateWithMs);
    auto applied = applyAccounting(db, *snap, syncDate.isValid() ? syncDate : db.clock().today(),
                                   {{kLastSyncKey, now}, {kLastFullSyncKey, now},
                                    {QStringLiteral("accounting.lastCsvFile"), QFileInfo(path).fileName()}});
    if (!applied)
        return std::unexpected(applied.error());
    result.applied = *applied;
    return result;
}

} // namespace relance::sync
