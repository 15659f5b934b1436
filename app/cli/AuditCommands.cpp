// audit verify, audit export: the tamper-evident audit trail for the firm and its auditor (issue 8).
#include "Cli.h"

#include "audit/AuditVerify.h"

#include <QFile>
#include <QSaveFile>
#include <nlohmann/json.hpp>

namespace relance::cli {

namespace {

using nlohmann::json;

// Exit code of `audit verify` when the chain is broken (documented in the help and in README).
constexpr int kAuditBroken = 4;

std::string s(const QString& q) { return q.toStdString(); }

const QString kHelp = QStringLiteral(
    "audit verify [--json] [--anchor SEQ:HASH] [--file EXPORT.jsonl]\n"
    "    Checks the hash chain of the audit trail and names the first broken entry.\n"
    "    Exit codes: 0 intact, 4 broken (changed, deleted, inserted or reordered entries), 2 bad arguments,\n"
    "    3 database error. Prints the chain head (seq and hash): keep it outside the database; a later\n"
    "    `audit verify --anchor SEQ:HASH` then proves that nothing up to it was rewritten or cut off.\n"
    "    --file re-verifies a JSON Lines export without the database.\n"
    "audit export --from DATE --to DATE [--format jsonl|csv] [--output FILE]\n"
    "    Writes the entries of the period (UTC dates, inclusive) with seq, prev_hash and hash, so an auditor\n"
    "    can re-verify the excerpt: its first entry's prev_hash anchors it to the entries before.");

json reportJson(const audit::VerifyReport& r)
{
    return json{{"intact", r.intact},
                {"entries", r.entries},
                {"legacyChained", r.legacyChained},
                {"head", {{"seq", r.head.seq}, {"hash", s(r.head.hash)}}},
                {"last", {{"seq", r.last.seq}, {"hash", s(r.last.hash)}}},
                {"kind", s(audit::breakName(r.kind))},
                {"brokenSeq", r.brokenSeq},
                {"brokenId", r.brokenId},
                {"message", s(r.message)}};
}

int failCode(const Error& e)
{
    switch (e.code) {
    case ErrorCode::InvalidArgument: return kUsage;
    case ErrorCode::Parse:
    case ErrorCode::Io: return kFailed;
    default: return kDatabase;
    }
}

int verify(CliContext& ctx, const QCommandLineParser& p)
{
    const bool asJson = p.isSet(QStringLiteral("json"));
    Result<audit::VerifyReport> report;
    if (p.isSet(QStringLiteral("file"))) {
        QFile f(p.value(QStringLiteral("file")));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.failWith(kUsage, QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        report = audit::verifyExport(f);
    } else {
        std::optional<audit::Anchor> anchor;
        if (p.isSet(QStringLiteral("anchor"))) {
            auto a = audit::Anchor::parse(p.value(QStringLiteral("anchor")));
            if (!a)
                return ctx.failWith(kUsage, QStringLiteral("--anchor: %1").arg(a.error().detail));
            anchor = *a;
        }
        int code = kOk;
        auto db = ctx.openDatabase(&code);
        if (!db)
            return code;
        report = audit::verifyChain(*db, anchor);
    }
    if (!report)
        return ctx.failWith(failCode(report.error()), report.error().toString());
    const audit::VerifyReport& r = *report;
    if (asJson) {
        ctx.out << QString::fromStdString(reportJson(r).dump(2)) << Qt::endl;
    } else if (r.intact && p.isSet(QStringLiteral("file"))) {
        ctx.out << QStringLiteral("audit export intact: %1 entries, seq %2 to %3; it hangs from prev_hash %4 "
                                  "(compare it with the hash of entry seq %5 in your records); last hash %6")
                       .arg(r.entries)
                       .arg(r.last.seq - r.entries + 1)
                       .arg(r.last.seq)
                       .arg(r.head.hash)
                       .arg(r.last.seq - r.entries)
                       .arg(r.last.hash)
                << Qt::endl;
    } else if (r.intact) {
        if (r.legacyChained > 0)
            ctx.out << QStringLiteral("chained %1 entries written before the audit chain existed").arg(r.legacyChained)
                    << Qt::endl;
        ctx.out << QStringLiteral("audit trail intact: %1 entries; head seq %2 hash %3").arg(r.entries).arg(r.head.seq).arg(r.head.hash)
                << Qt::endl;
        if (r.head.seq > 0)
            ctx.out << QStringLiteral("keep the head outside the database: `relance-cli audit verify --anchor %1:%2` "
                                  "later proves that nothing up to it was rewritten or cut off")
                       .arg(r.head.seq)
                       .arg(r.head.hash)
                << Qt::endl;
    }
    if (r.intact)
        return kOk;
    if (!asJson)
        ctx.err << QStringLiteral("relance-cli: audit trail BROKEN (%1) at entry seq %2%3: %4")
                       .arg(audit::breakName(r.kind))
                       .arg(r.brokenSeq)
                       .arg(r.brokenId ? QStringLiteral(" (id %1)").arg(r.brokenId) : QString())
                       .arg(r.message)
                << Qt::endl;
    return kAuditBroken;
}

int exportTrail(CliContext& ctx, const QCommandLineParser& p)
{
    auto date = [&](const QString& name, QDate* d) {
        if (!p.isSet(name))
            return ctx.failWith(kUsage, QStringLiteral("audit export needs --%1 DATE (YYYY-MM-DD)").arg(name));
        *d = QDate::fromString(p.value(name), Qt::ISODate);
        if (!d->isValid())
            return ctx.failWith(kUsage,
                                QStringLiteral("--%1 '%2' is not a date (expected YYYY-MM-DD)").arg(name, p.value(name)));
        return int(kOk);
    };
    QDate from, to;
    if (int c = date(QStringLiteral("from"), &from); c != kOk)
        return c;
    if (int c = date(QStringLiteral("to"), &to); c != kOk)
        return c;
    if (to < from)
        return ctx.failWith(kUsage, QStringLiteral("--to %1 is before --from %2").arg(p.value(QStringLiteral("to")),
                                                                                      p.value(QStringLiteral("from"))));
    const QString fmt = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QStringLiteral("jsonl");
    if (fmt != u"jsonl" && fmt != u"csv")
        return ctx.failWith(kUsage, QStringLiteral("--format '%1' is not jsonl or csv").arg(fmt));
    const auto format = fmt == u"csv" ? audit::ExportFormat::Csv : audit::ExportFormat::JsonLines;

    int code = kOk;
    auto db = ctx.openDatabase(&code);
    if (!db)
        return code;
    Result<audit::ExportSummary> sum;
    if (p.isSet(QStringLiteral("output"))) {
        // All or nothing: a failed export never leaves half a file where the auditor expects a whole one.
        QSaveFile file(p.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly))
            return ctx.failWith(kFailed, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        sum = audit::exportAudit(*db, from, to, format, file);
        if (sum && !file.commit())
            return ctx.failWith(kFailed, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.failWith(kFailed, QStringLiteral("cannot write to standard output"));
        ctx.out.flush();
        sum = audit::exportAudit(*db, from, to, format, out);
        out.flush();
    }
    if (!sum)
        return ctx.failWith(failCode(sum.error()), sum.error().toString());
    // The summary goes to stderr, so stdout stays a clean export.
    if (sum->entries == 0)
        ctx.err << QStringLiteral("no audit entries from %1 to %2; chain head seq %3 hash %4")
                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                       .arg(sum->head.seq)
                       .arg(sum->head.hash)
                << Qt::endl;
    else
        ctx.err << QStringLiteral("exported %1 audit entries (seq %2 to %3) from %4 to %5; the excerpt hangs from "
                                  "prev_hash %6; its last hash is %7; chain head seq %8 hash %9")
                       .arg(sum->entries)
                       .arg(sum->firstSeq)
                       .arg(sum->lastSeq)
                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), sum->anchorPrevHash, sum->lastHash)
                       .arg(sum->head.seq)
                       .arg(sum->head.hash)
                << Qt::endl;
    return kOk;
}

int auditCommand(CliContext& ctx, const QCommandLineParser& p)
{
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() > 1)
        return ctx.failWith(kUsage, QStringLiteral("audit %1: unexpected '%2'").arg(action, pos.at(1)));
    if (action == u"verify")
        return verify(ctx, p);
    if (action == u"export")
        return exportTrail(ctx, p);
    return ctx.failWith(kUsage, QStringLiteral("audit needs 'verify' or 'export':\n") + kHelp);
}

} // namespace

void addAuditCommands(QList<Command>& commands)
{
    commands.push_back(
        {QStringLiteral("audit"), QStringLiteral("verify | export: check or export the audit trail (exit 4: broken)."),
         [](QCommandLineParser& p) {
             p.setApplicationDescription(kHelp);
             p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("verify or export"));
             p.addOption({QStringLiteral("json"), QStringLiteral("verify: print the report as JSON.")});
             p.addOption({QStringLiteral("anchor"),
                          QStringLiteral("verify: the entry SEQ must still have HASH (a head printed earlier)."),
                          QStringLiteral("SEQ:HASH")});
             p.addOption({QStringLiteral("file"), QStringLiteral("verify: re-verify a JSON Lines export instead."),
                          QStringLiteral("FILE")});
             p.addOption({QStringLiteral("from"), QStringLiteral("export: first day (YYYY-MM-DD, UTC)."),
                          QStringLiteral("DATE")});
             p.addOption({QStringLiteral("to"), QStringLiteral("export: last day (YYYY-MM-DD, UTC), inclusive."),
                          QStringLiteral("DATE")});
             p.addOption({QStringLiteral("format"), QStringLiteral("export: jsonl (default) or csv."),
                          QStringLiteral("FORMAT")});
             p.addOption({QStringLiteral("output"), QStringLiteral("export: write to FILE instead of stdout."),
                          QStringLiteral("FILE")});
         },
         auditCommand});
}

} // namespace relance::cli
