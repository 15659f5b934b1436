// Fuzz target: the Sage 50 CSV import (core/sync/SageCsv.cpp): decoding (UTF-8 / Windows-1252), delimiter detection,
// RFC 4180 splitting, and readSageCsv on the bytes as a file (header mapping, Swiss numbers and dates, row checks).
// It must never crash; a file it accepts has as many invoices as counted rows, and a refusal names the file.
#include "FuzzCheck.h"
#include "sync/SageCsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdint>
#include <unistd.h>

using namespace relance;
using namespace relance::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    // The pure pieces, with every delimiter.
    QString used;
    const QString text = decodeText(bytes, QStringLiteral("auto"), &used);
    FUZZ_CHECK(used == u"utf-8" || used == u"windows-1252");
    FUZZ_CHECK(decodeWindows1252(bytes).size() == bytes.size());
    (void)detectDelimiter(text.section(u'\n', 0, 0));
    for (QChar delimiter : {QChar(u';'), QChar(u','), QChar(u'\t')}) {
        QList<int> lines;
        const QList<QStringList> rows = parseCsv(text, delimiter, &lines);
        FUZZ_CHECK(lines.size() == rows.size());
        for (qsizetype i = 1; i < lines.size(); ++i)
            FUZZ_CHECK(lines[i] >= lines[i - 1]);
    }

    // The whole reader, on the bytes as a file (it takes a path, as the import does).
    static const QString path =
        QDir::temp().filePath(QStringLiteral("relance-fuzz-sage-%1.csv").arg(qint64(::getpid())));
    {
        QFile f(path);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(f.write(bytes) == bytes.size());
    }
    AccountingConfig config;
    config.source = AccountingSource::Sage50Csv;
    CsvReadInfo info;
    const auto snap = readSageCsv(path, config, &info);
    if (snap) {
        FUZZ_CHECK(info.rows >= 0 && info.skipped >= 0);
        FUZZ_CHECK(snap->complete);
    } else {
        FUZZ_CHECK(snap.error().detail.contains(QFileInfo(path).fileName()));
    }
    return 0;
}
