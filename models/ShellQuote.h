#pragma once

#include <QString>
#include <QStringList>

namespace iha {

// Quotes one word for a POSIX shell: the result always reads back as exactly `word`.
QString shellQuote(const QString &word);
// Quotes every word and joins them with spaces: a command line for `sh -c`.
QString shellJoin(const QStringList &words);
// A command as messages to an operator name it: its first line, elided past 60 characters.
// Scripts run as one command are pages long; the audit log keeps their whole text.
QString commandInMessages(const QString &command);

} // namespace iha
