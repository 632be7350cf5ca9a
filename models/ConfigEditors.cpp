#include "models/ConfigEditors.h"

#include <QRegularExpression>
#include <algorithm>

namespace iha {
namespace {

// One line of postgresql.conf: "name = value # comment", "name value", or a comment.
struct ConfLine
{
    bool active = false;
    QString name;
    qsizetype valueStart = -1;
    qsizetype valueEnd = -1; // exclusive, before trailing spaces and comment
    QString rawValue;
};

ConfLine parseConfLine(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*(?:=\\s*|\\s+)('(?:[^'\\\\]|''|\\\\.)*'|[^\\s#']*)"));
    ConfLine parsed;
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return parsed;
    parsed.active = true;
    parsed.name = m.captured(1).toLower();
    parsed.valueStart = m.capturedStart(2);
    // The value is everything up to a comment, quotes taken into account: a line PostgreSQL
    // would not even read ("name = x'y'") is replaced whole by an edit, never half (found by
    // fuzzing: the half left behind joined the new value).
    bool quoted = false;
    qsizetype end = parsed.valueStart;
    for (qsizetype i = parsed.valueStart; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quoted && c == QLatin1Char('#'))
            break;
        if (quoted && c == QLatin1Char('\\') && i + 1 < line.size())
            ++i;
        else if (c == QLatin1Char('\''))
            quoted = !quoted; // '' inside quotes closes and reopens: the same
        if (!line.at(i).isSpace())
            end = i + 1;
    }
    parsed.valueEnd = std::max(end, m.capturedEnd(2));
    parsed.rawValue = line.mid(parsed.valueStart, parsed.valueEnd - parsed.valueStart);
    return parsed;
}

QString unquoteConfValue(const QString &raw)
{
    if (!raw.startsWith(QLatin1Char('\'')) || raw.size() < 2)
        return raw;
    QString out;
    const QString body = raw.mid(1, raw.size() - 2);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if ((c == QLatin1Char('\'') || c == QLatin1Char('\\')) && i + 1 < body.size()) {
            out += body.at(++i);
            continue;
        }
        out += c;
    }
    return out;
}

bool isInclude(const ConfLine &line)
{
    return line.name == QLatin1String("include") ||
           line.name == QLatin1String("include_if_exists") ||
           line.name == QLatin1String("include_dir");
}

QStringList splitLines(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

QString appendLine(QString text, const QString &line)
{
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text + line + QLatin1Char('\n');
}

} // namespace

namespace PostgresqlConf {

QString quoteValue(const QString &value)
{
    static const QRegularExpression bare(QRegularExpression::anchoredPattern(
        QStringLiteral("(-?[0-9.]+[A-Za-z]*|[A-Za-z_][A-Za-z0-9_]*)")));
    if (bare.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString value(const QString &text, const QString &name)
{
    QString result;
    for (const QString &line : splitLines(text)) {
        const ConfLine parsed = parseConfLine(line);
        if (parsed.active && parsed.name == name.toLower())
            result = unquoteConfValue(parsed.rawValue);
    }
    return result;
}

QString set(const QString &text, const QString &name, const QString &newValue)
{
    QStringList lines = splitLines(text);
    qsizetype lastIndex = -1;
    bool includeAfter = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ConfLine parsed = parseConfLine(lines.at(i));
        if (!parsed.active)
            continue;
        if (parsed.name == name.toLower()) {
            lastIndex = i;
            includeAfter = false;
        } else if (isInclude(parsed) && lastIndex >= 0) {
            includeAfter = true;
        }
    }
    const QString quoted = quoteValue(newValue);
    if (lastIndex >= 0 && !includeAfter) {
        const ConfLine parsed = parseConfLine(lines.at(lastIndex));
        if (unquoteConfValue(parsed.rawValue) == newValue)
            return text;
        QString line = lines.at(lastIndex);
        line.replace(parsed.valueStart, parsed.valueEnd - parsed.valueStart, quoted);
        lines[lastIndex] = line;
        return lines.join(QLatin1Char('\n'));
    }
    if (lastIndex < 0 && value(text, name).isEmpty() && newValue.isEmpty())
        return text;
    return appendLine(text, name + QLatin1String(" = ") + quoted +
                                QLatin1String("\t\t# set by inmanta-ha-admin"));
}

QString commentOut(const QString &text, const QString &name)
{
    QStringList lines = splitLines(text);
    bool changed = false;
    for (QString &line : lines) {
        const ConfLine parsed = parseConfLine(line);
        if (parsed.active && parsed.name == name.toLower()) {
            line.prepend(QLatin1Char('#'));
            changed = true;
        }
    }
    return changed ? lines.join(QLatin1Char('\n')) : text;
}

} // namespace PostgresqlConf

namespace PgHba {

QString Rule::line() const
{
    QStringList fields{type, database, user};
    if (!address.isEmpty())
        fields << address;
    fields << method;
    return fields.join(QLatin1Char('\t'));
}

namespace {

QStringList fieldsOf(const QString &line)
{
    const qsizetype hash = line.indexOf(QLatin1Char('#'));
    const QString content = hash >= 0 ? line.left(hash) : line;
    return content.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

} // namespace

bool hasRule(const QString &text, const Rule &rule)
{
    const QStringList wanted = fieldsOf(rule.line());
    for (const QString &line : splitLines(text)) {
        const QStringList fields = fieldsOf(line);
        if (fields.size() >= wanted.size() && fields.mid(0, wanted.size()) == wanted)
            return true;
    }
    return false;
}

QString addRule(const QString &text, const Rule &rule)
{
    return hasRule(text, rule)
               ? text
               : appendLine(text, rule.line() + QLatin1String("\t# inmanta-ha-admin"));
}

QString hostAddress(const QString &ip)
{
    static const QRegularExpression v4(QRegularExpression::anchoredPattern(
        QStringLiteral("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}")));
    if (v4.match(ip).hasMatch())
        return ip + QLatin1String("/32");
    static const QRegularExpression v6(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9A-Fa-f:]+")));
    if (ip.contains(QLatin1Char(':')) && v6.match(ip).hasMatch())
        return ip + QLatin1String("/128");
    return {};
}

} // namespace PgHba

namespace Conninfo {

QList<QPair<QString, QString>> parse(const QString &conninfo)
{
    QList<QPair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = conninfo.size();
    while (i < n) {
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && conninfo.at(i) != QLatin1Char('=') && !conninfo.at(i).isSpace())
            ++i;
        const QString key = conninfo.mid(keyStart, i - keyStart);
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        if (i < n && conninfo.at(i) == QLatin1Char('='))
            ++i;
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && conninfo.at(i) == QLatin1Char('\'')) {
            ++i;
            while (i < n && conninfo.at(i) != QLatin1Char('\'')) {
                if (conninfo.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += conninfo.at(i++);
            }
            ++i; // closing quote
        } else {
            while (i < n && !conninfo.at(i).isSpace()) {
                if (conninfo.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += conninfo.at(i++);
            }
        }
        pairs.append({key, value});
    }
    return pairs;
}

QString format(const QList<QPair<QString, QString>> &pairs)
{
    QStringList parts;
    for (const auto &[key, value] : pairs) {
        // Anchored at the very end: "$" would also match before a final line break, leaving a
        // value that ends in one unquoted (found by fuzzing).
        static const QRegularExpression plain(
            QRegularExpression::anchoredPattern(QStringLiteral("[^\\s'\\\\]+")));
        if (plain.match(value).hasMatch()) {
            parts << key + QLatin1Char('=') + value;
        } else {
            QString quoted = value;
            quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
            parts << key + QLatin1String("='") + quoted + QLatin1Char('\'');
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace Conninfo

namespace AutoConf {

QString setApplicationName(const QString &text, const QString &applicationName)
{
    const QString current = PostgresqlConf::value(text, QStringLiteral("primary_conninfo"));
    QList<QPair<QString, QString>> pairs = Conninfo::parse(current);
    bool found = false;
    for (auto &pair : pairs) {
        if (pair.first == QLatin1String("application_name")) {
            if (pair.second == applicationName)
                return text;
            pair.second = applicationName;
            found = true;
        }
    }
    if (!found)
        pairs.append({QStringLiteral("application_name"), applicationName});
    // The conninfo always goes back as a quoted GUC string.
    QString guc = Conninfo::format(pairs);
    guc.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    guc.replace(QLatin1Char('\''), QLatin1String("''"));
    QStringList lines = splitLines(text);
    qsizetype lastIndex = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ConfLine parsed = parseConfLine(lines.at(i));
        if (parsed.active && parsed.name == QLatin1String("primary_conninfo"))
            lastIndex = i;
    }
    const QString newLine = QStringLiteral("primary_conninfo = '%1'").arg(guc);
    if (lastIndex < 0)
        return appendLine(text, newLine);
    lines[lastIndex] = newLine;
    return lines.join(QLatin1Char('\n'));
}

} // namespace AutoConf

namespace InmantaConfig {

namespace {

QRegularExpression sectionHeader()
{
    return QRegularExpression(QStringLiteral("^\\s*\\[([^\\]]+)\\]\\s*$"));
}

QRegularExpression hostKey()
{
    return QRegularExpression(QStringLiteral("^(\\s*host\\s*[=:]\\s*)(.*?)\\s*$"));
}

} // namespace

QString databaseHost(const QString &text)
{
    bool inDatabase = false;
    QString host;
    for (const QString &line : splitLines(text)) {
        const QRegularExpressionMatch section = sectionHeader().match(line);
        if (section.hasMatch()) {
            inDatabase = section.captured(1).trimmed() == QLatin1String("database");
            continue;
        }
        const QRegularExpressionMatch key = hostKey().match(line);
        if (inDatabase && key.hasMatch())
            host = key.captured(2);
    }
    return host;
}

QString setDatabaseHost(const QString &text, const QString &host)
{
    QStringList lines = splitLines(text);
    bool inDatabase = false;
    qsizetype sectionLine = -1;
    qsizetype lastHostLine = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch section = sectionHeader().match(lines.at(i));
        if (section.hasMatch()) {
            inDatabase = section.captured(1).trimmed() == QLatin1String("database");
            if (inDatabase && sectionLine < 0)
                sectionLine = i;
            continue;
        }
        if (inDatabase && hostKey().match(lines.at(i)).hasMatch())
            lastHostLine = i;
    }
    if (lastHostLine >= 0) {
        const QRegularExpressionMatch key = hostKey().match(lines.at(lastHostLine));
        if (key.captured(2) == host)
            return text;
        lines[lastHostLine] = key.captured(1) + host;
        return lines.join(QLatin1Char('\n'));
    }
    if (sectionLine >= 0) {
        lines.insert(sectionLine + 1, QStringLiteral("host=") + host);
        return lines.join(QLatin1Char('\n'));
    }
    return appendLine(text, QStringLiteral("[database]\nhost=") + host);
}

} // namespace InmantaConfig
} // namespace iha
