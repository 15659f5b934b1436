#pragma once
// A compact unified line diff for the audit trail: an edit records what changed, not the whole text twice.
#include <QString>

namespace relance::audit {

// "@@ <label> -a,b +c,d @@" hunks with `context` unchanged lines around each change, "-" removed, "+" added lines.
// Empty when before == after. Texts too long for an exact diff (over a million line pairs after the common start
// and end are cut) give one hunk replacing the differing middle: still exact, only less compact.
QString unifiedLineDiff(const QString& before, const QString& after, const QString& label, int context = 1);

} // namespace relance::audit
