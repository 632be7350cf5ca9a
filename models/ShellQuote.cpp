#include "models/ShellQuote.h"

#include <QRegularExpression>

namespace iha {

QString shellQuote(const QString &word)
{
    // Words made only of these characters need no quotes, which keeps previews readable.
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_@%+=:,./-]+")));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellJoin(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &word : words)
        quoted << shellQuote(word);
    return quoted.join(QLatin1Char(' '));
}

QString commandInMessages(const QString &command)
{
    constexpr int kLongest = 60;
    const QString trimmed = command.trimmed();
    const qsizetype lineEnd = trimmed.indexOf(QLatin1Char('\n'));
    const QString firstLine = trimmed.left(lineEnd).trimmed();
    if (lineEnd < 0 && firstLine.size() <= kLongest)
        return firstLine;
    return firstLine.left(kLongest - 1).trimmed() + QChar(0x2026);
}

} // namespace iha
