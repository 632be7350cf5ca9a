#include "app/ConnectionTest.h"

#include "models/InmantaConfig.h"
#include "models/RemoteScripts.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

namespace iha {

ConnectionTest::ConnectionTest(const Node &node, const SshTarget &target, const SshPolicy &policy,
                               QObject *parent)
    : QObject(parent)
    , m_node(node)
    , m_target(target)
    , m_policy(policy)
{
    qRegisterMetaType<iha::ConnectionTest::Check>();
}

QString ConnectionTest::checkName(Check check)
{
    switch (check) {
    case Check::Reach:
        return tr("reach");
    case Check::HostKey:
        return tr("host key");
    case Check::Authentication:
        return tr("authentication");
    case Check::Sudo:
        return tr("sudo");
    case Check::Shell:
        return tr("shell");
    case Check::PostgresBinaries:
        return tr("PostgreSQL");
    case Check::InmantaConfig:
        return tr("Inmanta configuration");
    }
    return {};
}

QString ConnectionTest::hostKeyLine(const HostKeyReport &hostKey) const
{
    QString line = (hostKey.acceptedNow ? tr("accepted now and recorded: %1 %2")
                    : hostKey.pinned    ? tr("pinned: %1 %2")
                                        : tr("known: %1 %2"))
                       .arg(hostKey.key.type, hostKey.key.fingerprint());
    if (hostKey.acceptedNow && !hostKey.unsupportedCertificateAuthorities.isEmpty())
        line += QLatin1Char(' ') +
                KnownHosts::certificateAuthoritiesNote(hostKey.unsupportedCertificateAuthorities);
    // A bastion's key (ProxyJump) is named as such, never taken for the node's.
    if (hostKey.nodeName != m_node.name)
        line = QStringLiteral("%1 (%2:%3): %4")
                   .arg(hostKey.nodeName, hostKey.host, QString::number(hostKey.port), line);
    return line;
}

void ConnectionTest::start()
{
    m_remaining = {Check::Shell};
    if (m_target.user != QLatin1String("root"))
        m_remaining.prepend(Check::Sudo);
    if (m_node.postgres)
        m_remaining.append(Check::PostgresBinaries);
    if (m_node.inmanta)
        m_remaining.append(Check::InmantaConfig);
    reach();
}

void ConnectionTest::reach()
{
    // ~/.ssh/config asks for what this tool cannot do: said as it is, nothing connected to.
    if (!m_target.configProblems.isEmpty())
        return fail(Check::Reach, m_target.configRefusal());
    // Through bastions only the SSH connection itself can tell (its message names the hop).
    if (!m_target.jumps.isEmpty()) {
        const SshJump &first = m_target.jumps.constFirst();
        emit checkFinished(Check::Reach, true,
                           tr("reached through bastion %1@%2:%3 (ProxyJump, %4 hop(s)); the login "
                              "tests the way")
                               .arg(first.user, first.address)
                               .arg(first.port)
                               .arg(m_target.jumps.size()));
        return openSession();
    }
    // A plain TCP connect first: "cannot reach" is clearer alone than inside an SSH error.
    auto *socket = new QTcpSocket(this);
    // Through the cluster's proxy when it has one, as the SSH connection goes.
    if (!m_target.proxyHost.isEmpty())
        socket->setProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, m_target.proxyHost,
                                       static_cast<quint16>(m_target.proxyPort)));
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        emit checkFinished(Check::Reach, true,
                           tr("%1 answers on port %2").arg(m_target.address).arg(m_target.port));
        socket->deleteLater();
        openSession();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
        fail(Check::Reach, tr("cannot reach %1: %2").arg(m_target.label(), socket->errorString()));
        socket->deleteLater();
    });
    connect(timer, &QTimer::timeout, this, [this, socket] {
        socket->disconnect(this);
        socket->abort();
        fail(Check::Reach, tr("cannot reach %1: no answer within %2 s")
                               .arg(m_target.label())
                               .arg(m_policy.connectTimeoutSeconds));
        socket->deleteLater();
    });
    timer->start(m_policy.connectTimeoutSeconds * 1000);
    socket->connectToHost(m_target.address, static_cast<quint16>(m_target.port));
}

void ConnectionTest::openSession()
{
    m_host = new SshHost(m_target, m_policy, this);
    connect(m_host, &RemoteShell::finished, this, &ConnectionTest::onCommandFinished);
    connect(m_host, &SshHost::opened, this, [this](quint64, const ConnectReport &report) {
        m_connectReport = report;
        using F = ConnectReport::Failure;
        switch (report.failure) {
        case F::Unreachable:
        case F::ProxyUnreachable:
        case F::Configuration:
            fail(Check::HostKey, report.message);
            return;
        case F::HostKeyUnknown:
        case F::HostKeyChanged:
        case F::HostKeyRevoked:
            fail(Check::HostKey, report.message);
            return;
        case F::Authentication:
            emit checkFinished(Check::HostKey, true, hostKeyLine(report.hostKey));
            fail(Check::Authentication, report.message);
            return;
        case F::None:
            break;
        }
        for (const HostKeyReport &bastion : report.bastionKeys)
            emit checkFinished(Check::HostKey, true, hostKeyLine(bastion));
        emit checkFinished(Check::HostKey, true, hostKeyLine(report.hostKey));
        emit checkFinished(Check::Authentication, true,
                           tr("logged in as %1 (%2)").arg(m_target.user, report.authMethod));
        next();
    });
    m_host->open();
}

void ConnectionTest::next()
{
    if (m_remaining.isEmpty()) {
        emit finished(true, m_connectReport);
        return;
    }
    const Check check = m_remaining.takeFirst();
    RemoteCommand command;
    command.timeoutMs = 30000;
    switch (check) {
    case Check::Sudo:
        command.command = QStringLiteral("id -u");
        command.asRoot = true;
        break;
    case Check::Shell:
        command.command = QStringLiteral("echo \"$(uname -sr), $(hostname)\"");
        break;
    case Check::PostgresBinaries:
        command.command =
            RemoteScripts::findPostgresBinaries(m_node.postgres->binDir, m_node.postgres->dataDir);
        break;
    case Check::InmantaConfig:
        command.command = InmantaConfig::readScript();
        command.asRoot = true;
        break;
    default:
        break;
    }
    runCheck(check, command);
}

void ConnectionTest::runCheck(Check check, const RemoteCommand &command)
{
    m_current = check;
    m_pendingId = m_host->execute(command);
}

void ConnectionTest::onCommandFinished(quint64 id, const CommandResult &result)
{
    if (id != m_pendingId)
        return;
    const QString out = QString::fromUtf8(result.out).trimmed();
    if (!result.succeeded()) {
        const QString why =
            result.error.isEmpty() ? QString::fromUtf8(result.err).trimmed() : result.error;
        fail(m_current, why.isEmpty() ? tr("exit code %1").arg(result.exitCode) : why);
        return;
    }
    switch (m_current) {
    case Check::Sudo:
        if (out != QLatin1String("0")) {
            fail(Check::Sudo, tr("sudo ran the command as uid %1, not root").arg(out));
            return;
        }
        emit checkFinished(Check::Sudo, true, tr("%1 becomes root with sudo").arg(m_target.user));
        break;
    case Check::Shell:
        emit checkFinished(Check::Shell, true, out);
        break;
    case Check::PostgresBinaries: {
        const QStringList lines = out.split(QLatin1Char('\n'));
        emit checkFinished(Check::PostgresBinaries, true,
                           tr("%1 in %2").arg(lines.value(1), lines.value(0)));
        break;
    }
    case Check::InmantaConfig: {
        // Where the server connects, and whether the file a failover edits decides it.
        const InmantaConfig::Effective config = InmantaConfig::parse(out);
        const auto host = config.winner(QStringLiteral("host"));
        if (!config.foundAny) {
            emit checkFinished(Check::InmantaConfig, true,
                               tr("no Inmanta configuration here (no server installed)"));
            break;
        }
        const QString file = m_node.inmantaOrDefault().configFile;
        const QString overridden =
            InmantaConfig::overriddenBy(config, QStringLiteral("host"), file);
        const QString where =
            host ? tr("the server connects to %1 (%2)").arg(host->value, host->source)
                 : tr("the server connects to localhost (no [database] host is set)");
        if (!overridden.isEmpty()) {
            fail(Check::InmantaConfig,
                 tr("%1. A failover that points the server at a new primary must change it "
                    "there, or remove it.")
                     .arg(overridden));
            return;
        }
        // The server's default bind address is 127.0.0.1: its API is then out of reach.
        const auto bind = config.winner(QStringLiteral("server.bind_address"));
        // A list: out of reach only when every address is a loopback one.
        const QString listens = bind ? bind->value : QStringLiteral("127.0.0.1");
        bool loopbackOnly = true;
        for (QString address : listens.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            address = address.trimmed().remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            loopbackOnly = loopbackOnly && (address.startsWith(QLatin1String("127.")) ||
                                            address == QLatin1String("::1") ||
                                            address.startsWith(QLatin1String("localhost")));
        }
        if (loopbackOnly) {
            fail(Check::InmantaConfig,
                 tr("%1; but its API listens on %2 only (%3), out of reach of %4: set [server] "
                    "bind-address")
                     .arg(where, listens,
                          bind ? bind->source : tr("the default: no [server] bind-address"),
                          m_node.effectiveApiUrl()));
            return;
        }
        emit checkFinished(Check::InmantaConfig, true,
                           tr("%1; its API listens on %2").arg(where, listens));
        break;
    }
    default:
        break;
    }
    next();
}

void ConnectionTest::fail(Check check, const QString &message)
{
    emit checkFinished(check, false, message);
    emit finished(false, m_connectReport);
}

} // namespace iha
