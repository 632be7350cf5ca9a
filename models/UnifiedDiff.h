#pragma once

#include <QString>

namespace iha {

// A unified diff of two texts, line by line (as `diff -u` prints it): "--- before", "+++ after",
// then hunks with `context` lines around each change. Empty when the texts are equal.
// Files that differ almost everywhere (more than kMaxEdits lines changed) are shown as a whole
// replacement, one hunk: the exact shortest diff is not worth quadratic time there.
namespace UnifiedDiff {

constexpr int kMaxEdits = 1500;

QString diff(const QString &before, const QString &after, const QString &beforeLabel,
             const QString &afterLabel, int context = 3);

} // namespace UnifiedDiff
} // namespace iha
