#pragma once
// Sage 50 Schweiz open-items export (Offene Posten / Postes ouverts): ';' or ',' (or tab) separated, UTF-8 or
// Windows-1252, Swiss numbers (1'234.50, 1’234.50, 1234,50), dates dd.MM.yyyy. The file is the whole open-items set:
// stored open invoices it does not list become paid. A bad row rejects the whole file, naming the row and the reason.
#include "config/Config.h"
#include "storage/Database.h"
#include "sync/SyncStore.h"

namespace relance::sync {

// Decodes bytes as UTF-8 (with or without BOM) when they are valid UTF-8, else as Windows-1252.
// `encoding` "utf-8" or "windows-1252" forces one; "auto" detects. Reports which one was used.
QString decodeText(const QByteArray& bytes, const QString& encoding, QString* used = nullptr);
QString decodeWindows1252(const QByteArray& bytes);

// Splits CSV text into rows of cells (RFC 4180 quoting). rowLines gets each row's first line number (1-based).
QList<QStringList> parseCsv(const QString& text, QChar delimiter, QList<int>* rowLines = nullptr);
QChar detectDelimiter(const QString& headerLine);

// Header names recognised for each field when [accounting] column.X does not name one (German and French exports).
QStringList defaultCsvHeaders(Field f);

struct CsvReadInfo
{
    QString encoding;
    QChar delimiter;
    int rows = 0;
    int skipped = 0;              // empty and total lines
};

Result<AccountingSnapshot> readSageCsv(const QString& path, const AccountingConfig& config, CsvReadInfo* info = nullptr);

struct CsvImportResult
{
    CsvReadInfo info;
    ApplyReport applied;
};

// Reads, validates, then applies in one transaction (all or nothing).
Result<CsvImportResult> importSageCsv(Database& db, const QString& path, const AccountingConfig& config, QDate syncDate = {});

} // namespace relance::sync
