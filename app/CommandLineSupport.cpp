#include "app/CommandLineSupport.h"

#include <QSysInfo>
#include <pwd.h>
#include <unistd.h>

namespace iha::cli {

SubcommandParser::SubcommandParser(const QString &command)
    : m_command(command)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

QString SubcommandParser::parse(const QStringList &args, int minPositional, int maxPositional)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{QStringLiteral("inmanta-ha-cli")} + args))
        return m_parser.errorText();
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return Tr::tr("%1: missing argument").arg(m_command);
    if (count > maxPositional)
        return Tr::tr("%1: unexpected argument \"%2\"")
            .arg(m_command, m_parser.positionalArguments().at(maxPositional));
    return {};
}

QString operatorName()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (user.isEmpty()) {
        const passwd *entry = getpwuid(getuid());
        user = entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(getuid());
    }
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

AuditEntry hostKeyDecision(const QString &cluster, const HostKeyReport &hostKey, const QString &how,
                           const QString &recordedIn)
{
    AuditEntry decision;
    decision.operatorName = operatorName();
    decision.cluster = cluster;
    decision.host = hostKey.nodeName;
    decision.step = QStringLiteral("host key of %1 (%2:%3)")
                        .arg(hostKey.nodeName, hostKey.host)
                        .arg(hostKey.port);
    decision.outcome = QStringLiteral("decision");
    decision.decision = QStringLiteral("host key accepted %1 and recorded in %2: %3 %4")
                            .arg(how, recordedIn, hostKey.key.type, hostKey.key.fingerprint());
    return decision;
}

} // namespace iha::cli
