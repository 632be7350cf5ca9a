#include "models/InmantaConfig.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace iha::InmantaConfig {
namespace {

// Gives lupdate and the runtime the same translation context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(InmantaConfig)
};

const QString kEnvironmentFile = QStringLiteral("/etc/sysconfig/inmanta-server");

QString normalized(QString option)
{
    return option.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 &&
        (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
        value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

std::optional<Setting> Effective::winner(const QString &option) const
{
    for (const Setting &s : settings) {
        if (s.option == option)
            return s;
    }
    return std::nullopt;
}

QString readScript()
{
    return QStringLiteral(
               "export LC_ALL=C\n"
               "h=$(getent passwd inmanta | cut -d: -f6); [ -n \"$h\" ] || h=/root\n"
               "for f in /etc/inmanta/inmanta.cfg /etc/inmanta/inmanta.d/*.cfg "
               "\"$h/.inmanta.cfg\"; "
               "do\n"
               "  [ -f \"$f\" ] || continue\n"
               "  echo \"==> $f\"\n"
               "  grep -inE "
               "'^[[:space:]]*\\[|^(host|port|name|username|bind[-_]address|"
               "bind[-_]port|ssl[-_]cert[-_]file)[[:space:]]*[=:]' "
               "-- \"$f\" || true\n"
               "done\n"
               "e=%1\n"
               "if [ -f \"$e\" ]; then echo \"==> env $e\"; grep -nE "
               "'^[[:space:]]*(export[[:space:]]+)?INMANTA_(DATABASE_(HOST|PORT|NAME|USERNAME)|"
               "SERVER_(BIND_ADDRESS|BIND_PORT|SSL_CERT_FILE))=' -- "
               "\"$e\" || true; fi\n")
        .arg(kEnvironmentFile);
}

Effective parse(const QString &output)
{
    static const QRegularExpression line(QStringLiteral("^(\\d+):(.*)$"));
    static const QRegularExpression section(QStringLiteral("^\\s*\\[([^\\]]+)\\]"));
    // configparser: an indented line continues the value above it (not an option); option
    // names are case-insensitive, section names are not.
    static const QRegularExpression option(QStringLiteral("^([A-Za-z_-]+)\\s*[=:](.*)$"));
    static const QRegularExpression variable(
        QStringLiteral("^\\s*(?:export\\s+)?INMANTA_(DATABASE|SERVER)_([A-Z_]+)=(.*)$"));
    Effective effective;
    QString path;
    bool environment = false;
    QString currentSection;
    const auto set = [&effective](const Setting &s) {
        for (Setting &existing : effective.settings) {
            if (existing.option == s.option) {
                effective.overridden << existing;
                existing = s;
                return;
            }
        }
        effective.settings << s;
    };
    for (const QString &text : output.split(QLatin1Char('\n'))) {
        if (text.startsWith(QLatin1String("==> "))) {
            environment = text.startsWith(QLatin1String("==> env "));
            path = text.mid(environment ? 8 : 4);
            effective.files << path;
            currentSection.clear();
            effective.foundAny = effective.foundAny || !environment;
            continue;
        }
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch())
            continue;
        const QString where = QStringLiteral("%1:%2").arg(path, m.captured(1));
        const QString content = m.captured(2);
        if (environment) {
            const QRegularExpressionMatch v = variable.match(content);
            if (v.hasMatch())
                set({(v.captured(1) == QLatin1String("SERVER") ? QStringLiteral("server.")
                                                               : QString()) +
                         normalized(v.captured(2)),
                     unquoted(v.captured(3)),
                     QStringLiteral("INMANTA_%1_%2 in %3")
                         .arg(v.captured(1), v.captured(2), where)});
            continue;
        }
        if (const QRegularExpressionMatch s = section.match(content); s.hasMatch()) {
            currentSection = s.captured(1).trimmed();
            continue;
        }
        const QRegularExpressionMatch o = option.match(content);
        if (o.hasMatch() && currentSection == QLatin1String("database"))
            set({normalized(o.captured(1)), o.captured(2).trimmed(), where});
        else if (o.hasMatch() && currentSection == QLatin1String("server") &&
                 (normalized(o.captured(1)).startsWith(QLatin1String("bind_")) ||
                  normalized(o.captured(1)) == QLatin1String("ssl_cert_file")))
            set({QStringLiteral("server.") + normalized(o.captured(1)), o.captured(2).trimmed(),
                 where});
    }
    return effective;
}

QString overriddenBy(const Effective &effective, const QString &option, const QString &path)
{
    // The files read after `path`: those after it in the reading order, or, for a file that
    // does not exist yet, all but inmanta.cfg and the inmanta.d files sorted before it.
    const QString dropIns = QStringLiteral("/etc/inmanta/inmanta.d/");
    qsizetype firstLater = effective.files.indexOf(path) + 1;
    if (firstLater == 0) {
        for (const QString &file : effective.files) {
            if (file == QLatin1String("/etc/inmanta/inmanta.cfg") ||
                (file.startsWith(dropIns) && path.startsWith(dropIns) && file < path))
                ++firstLater;
        }
    }
    const auto sourceFile = [](const Setting &s) {
        const QString where = s.source.contains(QLatin1String(" in "))
                                  ? s.source.section(QLatin1String(" in "), 1)
                                  : s.source;
        return where.left(where.lastIndexOf(QLatin1Char(':')));
    };
    QString laterWinner;
    for (const Setting &s : effective.overridden + effective.settings) {
        if (s.option == option && effective.files.indexOf(sourceFile(s)) >= firstLater)
            laterWinner =
                Tr::tr("%1 sets %2 = %3 and is read later").arg(s.source, option, s.value);
    }
    if (laterWinner.isEmpty())
        return {};
    //: [database] is the section of the Inmanta configuration file; keep it as it is.
    return Tr::tr("[database] %1 in %2 would not take effect: %3").arg(option, path, laterWinner);
}

} // namespace iha::InmantaConfig
