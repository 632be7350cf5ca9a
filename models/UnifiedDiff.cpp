#include "models/UnifiedDiff.h"

#include <QStringList>
#include <QVector>

namespace iha::UnifiedDiff {
namespace {

struct Lines
{
    QStringList lines;
    bool endsWithNewline = true;
};

Lines split(const QString &text)
{
    Lines result;
    if (text.isEmpty())
        return result;
    result.lines = text.split(QLatin1Char('\n'));
    result.endsWithNewline = text.endsWith(QLatin1Char('\n'));
    if (result.endsWithNewline)
        result.lines.removeLast();
    return result;
}

enum class Op : char
{
    Keep,
    Remove,
    Add
};

struct Edit
{
    Op op;
    int a; // line index in `before` (Keep, Remove)
    int b; // line index in `after` (Keep, Add)
};

// Myers' O((N+M)D) shortest edit script, with the frontier of every round kept for the way
// back. nullopt-like empty result with `tooMany` when D would pass kMaxEdits.
QVector<Edit> shortestEdits(const QStringList &a, const QStringList &b, bool *tooMany)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = std::min(n + m, kMaxEdits);
    const int offset = max + 1;
    QVector<int> v(2 * max + 3, 0);
    // Before round d, the frontier's diagonals -d..d: d² numbers in all, hence kMaxEdits.
    QVector<QVector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.append(v.mid(offset - d, 2 * d + 1));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) {
        *tooMany = true;
        return {};
    }
    *tooMany = false;
    QVector<Edit> edits;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const QVector<int> &prev = trace.at(d); // prev[d + k]: diagonal k
        const int k = x - y;
        const bool down = k == -d || (k != d && prev[d + k - 1] < prev[d + k + 1]); // an addition
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = prev[d + prevK];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            edits.append({Op::Keep, x, y});
        }
        if (down)
            edits.append({Op::Add, x, --y});
        else
            edits.append({Op::Remove, --x, y});
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        edits.append({Op::Keep, x, y});
    }
    std::reverse(edits.begin(), edits.end());
    return edits;
}

QVector<Edit> wholeReplacement(int n, int m)
{
    QVector<Edit> edits;
    for (int i = 0; i < n; ++i)
        edits.append({Op::Remove, i, 0});
    for (int j = 0; j < m; ++j)
        edits.append({Op::Add, n, j});
    return edits;
}

QString range(int start, int count)
{
    // diff -u: "start,count", the start of an empty range is the line before it.
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString diff(const QString &before, const QString &after, const QString &beforeLabel,
             const QString &afterLabel, int context)
{
    if (before == after)
        return {};
    Lines a = split(before);
    Lines b = split(after);
    // A missing newline at the end makes that line differ, as diff shows it.
    const QString noNewline = QStringLiteral("\n\\ No newline at end of file");
    if (!a.lines.isEmpty() && !a.endsWithNewline)
        a.lines.last() += noNewline;
    if (!b.lines.isEmpty() && !b.endsWithNewline)
        b.lines.last() += noNewline;
    bool tooMany = false;
    QVector<Edit> edits = shortestEdits(a.lines, b.lines, &tooMany);
    if (tooMany)
        edits = wholeReplacement(int(a.lines.size()), int(b.lines.size()));

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeLabel, afterLabel);
    const int total = int(edits.size());
    int i = 0;
    while (i < total) {
        if (edits.at(i).op == Op::Keep) {
            ++i;
            continue;
        }
        // A hunk: from `context` kept lines before this change to `context` after the last
        // change that is no more than 2 * context kept lines from the one before it.
        const int start = std::max(0, i - context);
        int end = i;
        int keptRun = 0;
        for (int j = i; j < total; ++j) {
            if (edits.at(j).op == Op::Keep) {
                if (++keptRun > 2 * context)
                    break;
            } else {
                keptRun = 0;
                end = j;
            }
        }
        const int stop = std::min(total, end + 1 + context);
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        QString body;
        for (int j = start; j < stop; ++j) {
            const Edit &e = edits.at(j);
            if (aStart < 0)
                aStart = e.a;
            if (bStart < 0)
                bStart = e.b;
            switch (e.op) {
            case Op::Keep:
                body += QLatin1Char(' ') + a.lines.at(e.a) + QLatin1Char('\n');
                ++aCount;
                ++bCount;
                break;
            case Op::Remove:
                body += QLatin1Char('-') + a.lines.at(e.a) + QLatin1Char('\n');
                ++aCount;
                break;
            case Op::Add:
                body += QLatin1Char('+') + b.lines.at(e.b) + QLatin1Char('\n');
                ++bCount;
                break;
            }
        }
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(aStart, aCount), range(bStart, bCount));
        out += body;
        i = stop;
    }
    return out;
}

} // namespace iha::UnifiedDiff
