#include "app/PracticeCluster.h"

#include "models/ClusterFile.h"
#include "models/SecretBinding.h"
#include "models/SecretNames.h"
#include "models/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <unistd.h>

namespace iha {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PracticeCluster)
};

const QString kKeyName = QStringLiteral("id_ed25519");
// The helper, run as the operator: this needs root (a user cannot do it without).
constexpr int kHelperNeedsRoot = 5;

// The database password of the practice cluster: letters and digits only, which the helper
// accepts and every file it lands in takes without quoting.
QString randomPassword()
{
    static const QString alphabet =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString password;
    for (int i = 0; i < 32; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(alphabet.size()));
    return password;
}

// The last lines of what a process said on stderr: where its reason is. A failed `up` takes
// what it built down again and says so last: the reason is what came before.
QString lastLines(const QByteArray &err, int count = 4)
{
    QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(QLatin1String("up failed; taking"))) {
            lines = lines.mid(0, i);
            break;
        }
    }
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PracticeCluster::PracticeCluster(SecretStore &secrets, Elevation elevation, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_elevation(elevation)
{}

PracticeCluster::~PracticeCluster()
{
    // Never waited for: once pkexec has let it in, the helper runs as root and cannot be
    // killed from here. It finishes on its own (`practice down` undoes what it did).
    if (m_process) {
        m_process->disconnect(this);
        connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    }
}

PracticeCluster::Elevation PracticeCluster::elevationFor(bool graphical)
{
    if (geteuid() == 0)
        return Elevation::None;
    return graphical ? Elevation::Pkexec : Elevation::Sudo;
}

QString PracticeCluster::helperPath()
{
    const QString programs = QCoreApplication::applicationDirPath();
    // A program run from its build tree uses the source tree's lab; an installed one only
    // ever its own.
    if (programs.startsWith(QStringLiteral(IHA_BUILD_TREE "/")))
        return QStringLiteral(IHA_SOURCE_DIR "/lab/practice");
    return QFileInfo(programs + QStringLiteral("/../lib/inmanta-ha-admin/lab/practice"))
        .absoluteFilePath();
}

QString PracticeCluster::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/practice");
}

QString PracticeCluster::clusterFile()
{
    return folder() + QStringLiteral("/cluster.json");
}

QString PracticeCluster::elevationNotice(const QString &command, const QString &why) const
{
    QString what =
        Tr::tr("The practice cluster is five hosts on this machine: each a set of Linux "
               "namespaces with its own network address (198.19.7.0/24, never routed), OpenSSH "
               "server and PostgreSQL 15. Creating and removing namespaces needs root, so only "
               "its helper, %1, runs as root (\"%2\"); this program does not.")
            .arg(helperPath(), command);
    if (!why.isEmpty())
        what += QLatin1Char(' ') +
                Tr::tr("It would run without root in user namespaces of yours, but %1.").arg(why);
    switch (m_elevation) {
    case Elevation::None:
        return {};
    case Elevation::Sudo:
        return what + QLatin1Char(' ') + Tr::tr("sudo will ask for your password.");
    case Elevation::Pkexec:
        return what + QLatin1Char(' ') +
               Tr::tr("Your system will ask for an administrator's password (pkexec).");
    }
    return what;
}

void PracticeCluster::start(const QString &program, const QStringList &arguments,
                            const QByteArray &input, Next next)
{
    auto *process = new QProcess;
    m_process = process;
    // sudo and pkexec ask on the terminal or through the desktop's agent, never on stdin:
    // stdin carries the helper's input only.
    process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(process, &QProcess::errorOccurred, this,
            [this, process, program](QProcess::ProcessError e) {
                if (e != QProcess::FailedToStart)
                    return;
                process->disconnect(this);
                process->deleteLater();
                fail(Tr::tr("%1 could not be started: %2").arg(program, process->errorString()));
            });
    connect(process, &QProcess::finished, this,
            [this, process, next = std::move(next)](int exitCode, QProcess::ExitStatus status) {
                const QByteArray out = process->readAllStandardOutput();
                const QByteArray err = process->readAllStandardError();
                process->deleteLater();
                next(status == QProcess::NormalExit ? exitCode : -1, out, err);
            });
    process->start(program, arguments);
    process->write(input);
    process->closeWriteChannel();
}

void PracticeCluster::runHelper(const QString &command, const QByteArray &input, Next next)
{
    const QString helper = helperPath();
    if (!QFileInfo(helper).isExecutable())
        return fail(
            Tr::tr("The practice helper %1 is missing; reinstall inmanta-ha-admin.").arg(helper));
    switch (m_elevated ? m_elevation : Elevation::None) {
    case Elevation::None:
        return start(helper, {command}, input, std::move(next));
    case Elevation::Sudo:
        return start(QStringLiteral("sudo"), {QStringLiteral("--"), helper, command}, input,
                     std::move(next));
    case Elevation::Pkexec:
        return start(QStringLiteral("pkexec"), {helper, command}, input, std::move(next));
    }
}

void PracticeCluster::whenRoot(const QString &command, const QString &why,
                               std::function<void()> then)
{
    if (m_elevation == Elevation::None)
        return then();
    m_afterGrant = std::move(then);
    emit rootNeeded(elevationNotice(command, why));
}

void PracticeCluster::continueAsRoot()
{
    if (!m_afterGrant)
        return;
    m_elevated = true;
    std::exchange(m_afterGrant, nullptr)();
}

QString PracticeCluster::helperFailure(const QString &command, int exitCode,
                                       const QByteArray &err) const
{
    // pkexec: 126 when the operator dismissed the question, 127 when not authorised.
    if (m_elevated && m_elevation == Elevation::Pkexec && (exitCode == 126 || exitCode == 127))
        return Tr::tr("practice %1: root was not granted (pkexec: %2); nothing was changed.")
            .arg(command, lastLines(err, 1));
    return Tr::tr("practice %1 failed (exit %2): %3")
        .arg(command)
        .arg(exitCode)
        .arg(lastLines(err));
}

void PracticeCluster::up()
{
    if (QFileInfo::exists(clusterFile()))
        return fail(Tr::tr("The practice cluster is up already (%1); practice down removes it.")
                        .arg(clusterFile()));
    m_comingUp = true;
    // What the hosts need is checked first, as the operator: no password is asked for a
    // cluster that cannot start, nor for one that can start without root.
    start(helperPath(), {QStringLiteral("check")}, {},
          [this](int code, const QByteArray &out, const QByteArray &err) {
              if (code != 0)
                  return fail(helperFailure(QStringLiteral("check"), code, err));
              const QString said = QString::fromUtf8(out).trimmed();
              if (said == QLatin1String("rootless"))
                  return makeKeyAndStart();
              whenRoot(QStringLiteral("practice up"),
                       said.section(QLatin1String("root-needed: "), 1),
                       [this] { makeKeyAndStart(); });
          });
}

void PracticeCluster::makeKeyAndStart()
{
    const QString dir = folder();
    if (!QDir().mkpath(dir) ||
        !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return fail(Tr::tr("Cannot create %1").arg(dir));
    const QString key = dir + QLatin1Char('/') + kKeyName;
    QFile::remove(key);
    QFile::remove(key + QStringLiteral(".pub"));
    emit progress(Tr::tr("Making the practice cluster's SSH key (%1)").arg(key));
    // A key of its own, without a passphrase: it opens the practice hosts only.
    start(QStringLiteral("ssh-keygen"),
          {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
           QStringLiteral("-N"), QString(), QStringLiteral("-C"),
           QStringLiteral("inmanta-ha-admin practice"), QStringLiteral("-f"), key},
          {}, [this, key](int exitCode, const QByteArray &, const QByteArray &err) {
              QFile publicKey(key + QStringLiteral(".pub"));
              if (exitCode != 0 || !publicKey.open(QIODevice::ReadOnly))
                  return fail(Tr::tr("ssh-keygen failed: %1").arg(lastLines(err)));
              const QByteArray line = publicKey.readLine().trimmed();
              const QString password = randomPassword();
              emit progress(m_elevated || m_elevation == Elevation::None
                                ? Tr::tr("Starting the practice hosts (a few seconds)")
                                : Tr::tr("Starting the practice hosts without root, in user "
                                         "namespaces of yours (a few seconds)"));
              runHelper(QStringLiteral("up"), line + '\n' + password.toLatin1() + '\n',
                        [this, password](int code, const QByteArray &out, const QByteArray &e) {
                            // Rootless was possible when checked, but not now after all.
                            if (code == kHelperNeedsRoot && !m_elevated)
                                return whenRoot(QStringLiteral("practice up"),
                                                QString::fromUtf8(e)
                                                    .section(QLatin1String("needs root: "), 1)
                                                    .trimmed(),
                                                [this] { makeKeyAndStart(); });
                            if (code != 0)
                                return fail(helperFailure(QStringLiteral("up"), code, e));
                            // What the helper warned of (hosts without user namespaces)
                            // goes to the operator with the outcome.
                            QStringList warnings;
                            for (const QString &said :
                                 QString::fromUtf8(e).split(QLatin1Char('\n')))
                                if (said.contains(QLatin1String("WARNING: ")))
                                    warnings << said.section(QLatin1String("WARNING: "), 1);
                            m_upWarning = warnings.join(QLatin1Char(' '));
                            writeClusterFile(
                                QString::fromUtf8(out).trimmed().section(QLatin1Char('\n'), -1),
                                password);
                        });
          });
}

void PracticeCluster::writeClusterFile(const QString &helperClusterFile, const QString &password)
{
    const ClusterReadResult read = ClusterFile::load(helperClusterFile);
    if (!read.ok() || !read.cluster->practice)
        return takeDownAfter(Tr::tr("The practice helper wrote no usable cluster file at \"%1\"")
                                 .arg(helperClusterFile));
    Cluster cluster = *read.cluster;
    for (Node &node : cluster.nodes)
        node.ssh.identityFile = folder() + QLatin1Char('/') + kKeyName;
    if (const QString problem = ClusterFile::save(cluster, clusterFile()); !problem.isEmpty())
        return takeDownAfter(problem);
    emit progress(Tr::tr("Keeping its passwords in the keychain (practice scope)"));
    // Bound to this file's hosts and keys, as `secret set` binds what it stores.
    SecretBinding::write(
        m_secrets, cluster,
        {{SecretNames::kDatabasePassword, password},
         {SecretNames::kReplicationPassword, randomPassword()}},
        [self = QPointer<PracticeCluster>(this)](const QStringList &,
                                                 const std::optional<SecretResult> &problem) {
            if (!self)
                return;
            // Kept nowhere else, a password the keychain refused is lost: no half cluster.
            if (problem)
                return self->takeDownAfter(
                    Tr::tr("The practice cluster needs the keychain for its passwords: %1")
                        .arg(problem->message));
            emit self->finished(true, self->m_upWarning);
        });
}

void PracticeCluster::takeDownAfter(const QString &problem)
{
    QDir(folder()).removeRecursively();
    emit progress(Tr::tr("Taking the practice hosts down again"));
    runHelper(QStringLiteral("down"), {},
              [this, problem](int code, const QByteArray &, const QByteArray &err) {
                  fail(code == 0
                           ? Tr::tr("%1. The practice hosts were taken down again.").arg(problem)
                           : Tr::tr("%1. Taking the practice hosts down failed too (%2): "
                                    "run inmanta-ha-cli practice down.")
                                 .arg(problem, lastLines(err)));
              });
}

void PracticeCluster::down()
{
    emit progress(Tr::tr("Stopping the practice hosts"));
    runHelperAsOwner(
        QStringLiteral("down"),
        [this](int code, const QByteArray &, const QByteArray &err) { afterDown(code, err); });
}

void PracticeCluster::runHelperAsOwner(const QString &command, Next next)
{
    // As the operator first: a rootless cluster is theirs; one started as root needs root.
    runHelper(command, {},
              [this, command, next](int code, const QByteArray &out, const QByteArray &err) {
                  if (code != kHelperNeedsRoot || m_elevated)
                      return next(code, out, err);
                  whenRoot(QStringLiteral("practice ") + command, QString(),
                           [this, command, next] { runHelper(command, {}, next); });
              });
}

void PracticeCluster::afterDown(int code, const QByteArray &err)
{
    if (code != 0)
        return fail(helperFailure(QStringLiteral("down"), code, err));
    // Every secret the practice cluster may have had: the file's nodes, else the lab's.
    Cluster cluster;
    const ClusterReadResult read = ClusterFile::load(clusterFile());
    if (read.cluster) {
        cluster = *read.cluster;
    } else {
        for (const char *name : {"db1", "db2", "db3", "orch1", "orch2"}) {
            Node node;
            node.name = QString::fromLatin1(name);
            cluster.nodes.append(node);
        }
    }
    cluster.name = kPracticeClusterName;
    emit progress(Tr::tr("Removing the practice cluster's secrets from the keychain"));
    removeSecrets(cluster, SecretNames::allFor(cluster), QString());
}

void PracticeCluster::removeSecrets(const Cluster &cluster, QStringList names,
                                    const QString &warning)
{
    if (names.isEmpty())
        return removeOwnFiles(warning);
    const QString name = names.takeFirst();
    SecretBinding::remove(
        m_secrets, cluster, name,
        [self = QPointer<PracticeCluster>(this), cluster, names,
         warning](const SecretResult &result) {
            if (!self)
                return;
            const bool gone = result.ok() || result.status == SecretResult::Status::NotFound;
            self->removeSecrets(cluster, names,
                                gone || !warning.isEmpty()
                                    ? warning
                                    : Tr::tr("The practice cluster's secrets may still be in the "
                                             "keychain: %1")
                                          .arg(result.message));
        });
}

void PracticeCluster::removeOwnFiles(const QString &warning)
{
    QDir(folder()).removeRecursively();
    // The application's list of open clusters forgets it too.
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("clusters/files")).toStringList();
    if (files.removeAll(clusterFile()) > 0)
        settings.setValue(QStringLiteral("clusters/files"), files);
    emit finished(true, warning);
}

void PracticeCluster::status()
{
    runHelperAsOwner(
        QStringLiteral("status"), [this](int code, const QByteArray &out, const QByteArray &err) {
            // The lab says "down" with exit 3: an answer, not a failure.
            emit output(code == 3 ? Tr::tr("The practice cluster is down.") + QLatin1Char('\n')
                                  : QString::fromUtf8(out));
            if (code != 0 && code != 3)
                return fail(helperFailure(QStringLiteral("status"), code, err));
            emit finished(code == 0, QString());
        });
}

void PracticeCluster::fail(const QString &message)
{
    // An `up` that did not get as far as its cluster file leaves no key behind either.
    if (m_comingUp && !QFileInfo::exists(clusterFile()))
        QDir(folder()).removeRecursively();
    emit finished(false, message);
}

} // namespace iha
