#pragma once
// Checking the audit chain and exporting it for an auditor. Both stream the rows in seq order, a page at a time,
// so 100,000 entries take constant memory.
#include "audit/AuditChain.h"

#include <QDate>
#include <QIODevice>
#include <optional>

namespace relance::audit {

enum class Break {
    None,
    Changed,       // an entry's fields no longer give its hash: it was edited
    Deleted,       // a gap in seq: entries were removed
    OutOfOrder,    // an entry's prev_hash is not the hash of the entry before it: inserted, reordered or rewritten
    Duplicate,     // two entries carry the same seq: one was inserted
    Unchained,     // a row without seq: inserted outside the program (after the chain started)
    Truncated,     // the chain head records more entries than there are: the last ones were deleted
    HeadMismatch,  // the entries go on past the recorded head, or the head's hash differs: forged or rewritten tail
    AnchorMismatch // the entry at the anchor the auditor kept has another hash (or is gone): the history was rewritten
};
QString breakName(Break b); // "changed", "deleted", ...

// A receipt kept outside the database: "entry seq had this hash" (printed by verify and export).
struct Anchor
{
    qint64 seq = 0;
    QString hash;
    static Result<Anchor> parse(const QString& text); // "SEQ:HASH"
};

struct VerifyReport
{
    bool intact = true;
    qint64 entries = 0;          // chained entries read (up to the first break)
    qint64 legacyChained = 0;    // rows from before schema 4 chained by this run
    ChainHead head;              // as recorded in audit_chain
    ChainHead last;              // the last entry read
    Break kind = Break::None;
    qint64 brokenSeq = 0;        // the first broken entry's seq (for Deleted: the first missing seq)
    qint64 brokenId = 0;         // its row id (for Deleted: the row found after the gap)
    QString message;             // for a person: which entry and what is wrong
};

// Reads the whole chain in seq order and stops at the first broken entry. Chains pre-schema-4 rows first if the chain
// has not started. An anchor, if given, must match the entry with its seq.
Result<VerifyReport> verifyChain(Database& db, const std::optional<Anchor>& anchor = std::nullopt);

enum class ExportFormat { JsonLines, Csv };

struct ExportSummary
{
    qint64 entries = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QString anchorPrevHash;      // the first exported entry's prev_hash: what the excerpt hangs from
    QString lastHash;
    ChainHead head;              // the chain head at export time: keep it as a receipt
};

// Writes the entries whose `at` (UTC) falls on a day from `from` to `to`, inclusive, in seq order, with seq, id,
// prev_hash and hash, so the excerpt can be re-verified without the database (verifyExport).
Result<ExportSummary> exportAudit(Database& db, QDate from, QDate to, ExportFormat format, QIODevice& out);

// Re-verifies a JSON Lines export: each line's hash from its fields, and each line's prev_hash against the line
// before it (consecutive seq). The first line's prev_hash is taken as given (the report's head.hash carries it):
// compare it with the auditor's records. A line that is not an entry is an error (Parse) naming the line.
Result<VerifyReport> verifyExport(QIODevice& in);

} // namespace relance::audit
