#include "audit/LineDiff.h"

#include <QStringList>
#include <vector>

namespace relance::audit {

namespace {

enum class Op { Same, Del, Add };
struct Edit
{
    Op op;
    QString line;
    int a; // line number in before (1-based) for Same/Del, the next one for Add
    int b; // line number in after for Same/Add, the next one for Del
};

// Edits turning before[lo..hiA) into after[lo..hiB) by longest common subsequence, or a block replace if too big.
void middleEdits(const QStringList& x, const QStringList& y, int lo, int hiA, int hiB, std::vector<Edit>& out)
{
    const int n = hiA - lo, m = hiB - lo;
    if (qint64(n) * m > 1'000'000) {
        for (int i = 0; i < n; ++i)
            out.push_back({Op::Del, x[lo + i], lo + i + 1, lo + 1});
        for (int j = 0; j < m; ++j)
            out.push_back({Op::Add, y[lo + j], hiA + 1, lo + j + 1});
        return;
    }
    std::vector<int> len(size_t(n + 1) * (m + 1), 0);
    auto at = [&](int i, int j) -> int& { return len[size_t(i) * (m + 1) + j]; };
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            at(i, j) = x[lo + i] == y[lo + j] ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && x[lo + i] == y[lo + j]) {
            out.push_back({Op::Same, x[lo + i], lo + i + 1, lo + j + 1});
            ++i, ++j;
        } else if (j < m && (i == n || at(i, j + 1) > at(i + 1, j))) { // removals before additions
            out.push_back({Op::Add, y[lo + j], lo + i + 1, lo + j + 1});
            ++j;
        } else {
            out.push_back({Op::Del, x[lo + i], lo + i + 1, lo + j + 1});
            ++i;
        }
    }
}

} // namespace

QString unifiedLineDiff(const QString& before, const QString& after, const QString& label, int context)
{
    if (before == after)
        return {};
    const QStringList x = before.split(QLatin1Char('\n')), y = after.split(QLatin1Char('\n'));
    int pre = 0;
    while (pre < x.size() && pre < y.size() && x[pre] == y[pre])
        ++pre;
    int suf = 0;
    while (suf < x.size() - pre && suf < y.size() - pre && x[x.size() - 1 - suf] == y[y.size() - 1 - suf])
        ++suf;
    std::vector<Edit> edits;
    for (int i = 0; i < pre; ++i)
        edits.push_back({Op::Same, x[i], i + 1, i + 1});
    middleEdits(x, y, pre, int(x.size()) - suf, int(y.size()) - suf, edits);
    for (int k = suf; k > 0; --k)
        edits.push_back({Op::Same, x[x.size() - k], int(x.size()) - k + 1, int(y.size()) - k + 1});

    // Group changes with their context into hunks.
    QString out;
    const int total = int(edits.size());
    int k = 0;
    while (k < total) {
        if (edits[k].op == Op::Same) {
            ++k;
            continue;
        }
        int start = qMax(0, k - context);
        int end = k; // one past the last change of the hunk
        for (int s = k; s < total; ++s) {
            if (edits[s].op != Op::Same) {
                end = s + 1;
                continue;
            }
            if (s - end >= 2 * context)
                break;
        }
        end = qMin(total, end + context);
        int delCount = 0, addCount = 0;
        for (int s = start; s < end; ++s) {
            delCount += edits[s].op != Op::Add;
            addCount += edits[s].op != Op::Del;
        }
        // Unified diff numbering: the first line of the hunk on each side, or the line before an empty side.
        int a = edits[start].a - 1, b = edits[start].b - 1;
        for (int s = start; s < end; ++s)
            if (edits[s].op != Op::Add) {
                a = edits[s].a;
                break;
            }
        for (int s = start; s < end; ++s)
            if (edits[s].op != Op::Del) {
                b = edits[s].b;
                break;
            }
        out += QStringLiteral("@@ %1 -%2,%3 +%4,%5 @@\n").arg(label).arg(a).arg(delCount).arg(b).arg(addCount);
        for (int s = start; s < end; ++s)
            out += QLatin1Char(edits[s].op == Op::Same ? ' ' : edits[s].op == Op::Del ? '-' : '+') + edits[s].line
                   + QLatin1Char('\n');
        k = end;
    }
    return out;
}

} // namespace relance::audit
