// Benchmark (not a test): 200 sequential short commands on one warm connection through the
// product's SSH adapter, against OpenSSH multiplexed over a ControlMaster connection doing the
// same, in the same run, alternating in blocks. Prints both medians, the ratio, and the time
// to connect and authenticate. Needs the test lab: lab/lab up (as root).
#include "app/SshHost.h"
#include "common/LabEnvironment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace iha;

namespace {

constexpr int kCommands = 200;
constexpr int kBlock = 20; // alternate the two contenders every 20 commands

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QStringList sshOptions(const LabEnvironment &lab, const QString &socket)
{
    return {QStringLiteral("-q"),
            QStringLiteral("-i"),
            lab.value(QStringLiteral("LAB_SSH_KEY")),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=") + lab.value(QStringLiteral("LAB_KNOWN_HOSTS")),
            QStringLiteral("-o"),
            QStringLiteral("ControlPath=") + socket};
}

double runOpenSsh(const QStringList &args)
{
    QElapsedTimer clock;
    clock.start();
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"), args);
    ssh.waitForFinished(30000);
    if (ssh.exitCode() != 0)
        qFatal("ssh failed: %s", ssh.readAllStandardError().constData());
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const LabEnvironment lab = LabEnvironment::load();
    if (!lab.available()) {
        std::fprintf(stderr, "the test lab is not up: run lab/lab up (as root)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString host = lab.ip(QStringLiteral("db1"));
    const QString target = QStringLiteral("root@") + host;

    // OpenSSH: the master connection is the "connect and authenticate" step.
    const QString socket = dir.filePath(QStringLiteral("cm"));
    const double opensshConnect =
        runOpenSsh(sshOptions(lab, socket) +
                   QStringList{QStringLiteral("-o"), QStringLiteral("ControlMaster=yes"),
                               QStringLiteral("-o"), QStringLiteral("ControlPersist=60"),
                               QStringLiteral("-f"), QStringLiteral("-N"), target});

    SshTarget t;
    t.nodeName = QStringLiteral("db1");
    t.address = host;
    t.user = QStringLiteral("root");
    t.identityFile = lab.value(QStringLiteral("LAB_SSH_KEY"));
    SshPolicy policy;
    policy.knownHostsFile = lab.value(QStringLiteral("LAB_KNOWN_HOSTS"));
    SshHost ssh(t, policy);

    QList<double> ours;
    QList<double> openssh;
    double ourConnect = 0;
    QElapsedTimer clock;
    int sent = 0;
    RemoteCommand command;
    command.command = QStringLiteral("true");

    // Drives everything from signals: a block of ours, then a block of OpenSSH's, and so on.
    std::function<void()> nextOurs;
    QObject::connect(&ssh, &SshHost::opened, &app, [&](quint64, const ConnectReport &report) {
        if (!report.ok())
            qFatal("%s", qPrintable(report.message));
        ourConnect = clock.nsecsElapsed() / 1e6;
        nextOurs();
    });
    QObject::connect(&ssh, &RemoteShell::finished, &app, [&](quint64, const CommandResult &result) {
        if (!result.succeeded())
            qFatal("%s", qPrintable(result.error));
        ours << clock.nsecsElapsed() / 1e6;
        ++sent;
        if (sent % kBlock == 0) {
            for (int i = 0; i < kBlock; ++i)
                openssh << runOpenSsh(sshOptions(lab, socket) +
                                      QStringList{target, QStringLiteral("true")});
        }
        if (sent == kCommands) {
            QCoreApplication::quit();
            return;
        }
        nextOurs();
    });
    nextOurs = [&] {
        clock.restart();
        ssh.execute(command);
    };
    clock.start();
    ssh.open();
    app.exec();
    runOpenSsh(sshOptions(lab, socket) +
               QStringList{QStringLiteral("-O"), QStringLiteral("exit"), target});

    const double a = median(ours);
    const double b = median(openssh);
    std::printf("connect + authenticate: inmanta-ha-admin %.1f ms, OpenSSH ControlMaster %.1f ms\n",
                ourConnect, opensshConnect);
    std::printf("%d sequential 'true' on a warm connection (median per command):\n", kCommands);
    std::printf("  inmanta-ha-admin (libssh)     %.2f ms\n", a);
    std::printf("  OpenSSH multiplexed (ssh -S)  %.2f ms\n", b);
    std::printf("  ratio ours/OpenSSH            %.2f (goal <= 1.0)\n", a / b);
    return 0;
}
