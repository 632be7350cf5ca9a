// Team mode on the command line: the shared store's password, who runs what, the published
// clusters, and the audit log's key and copy between stores.
#include "app/AuditKeys.h"
#include "app/AuditStoreLocation.h"
#include "app/CommandLine.h"
#include "app/CommandLineSupport.h"
#include "app/ExitCode.h"
#include "models/ClusterFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace iha {

using cli::operatorName;
using cli::SubcommandParser;
using cli::Tr;

namespace {

// Beside a cluster file opened from (or published to) the team's store: which version of it
// the file is based on, so that a publication made meanwhile by a teammate is noticed.
QString basisFileOf(const QString &clusterFile)
{
    return clusterFile + QStringLiteral(".team");
}

int basisVersion(const QString &clusterFile, const QString &store, const QString &cluster)
{
    QFile file(basisFileOf(clusterFile));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QJsonObject basis = QJsonDocument::fromJson(file.readAll()).object();
    if (basis.value(QLatin1String("store")).toString() != store ||
        basis.value(QLatin1String("cluster")).toString() != cluster)
        return 0;
    return basis.value(QLatin1String("version")).toInt();
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString writeBasis(const QString &clusterFile, const QString &store, const QString &cluster,
                   int version)
{
    return writeFile(basisFileOf(clusterFile),
                     QJsonDocument(QJsonObject{{QStringLiteral("store"), store},
                                               {QStringLiteral("cluster"), cluster},
                                               {QStringLiteral("version"), version}})
                         .toJson());
}

} // namespace

int CommandLine::team(const GlobalOptions &global, const QStringList &args)
{
    const QString usage = Tr::tr("team password | status | clusters | history NAME | publish | "
                                 "open NAME --output FILE [--version N]");
    if (args.isEmpty())
        return usageError(usage);
    const QString action = args.constFirst();
    SubcommandParser sub(QStringLiteral("team ") + action);
    sub.parser().addOptions({
        {QStringLiteral("output"), Tr::tr("The cluster file to write."), Tr::tr("FILE")},
        {QStringLiteral("version"), Tr::tr("That version, not the latest."), Tr::tr("N")},
    });
    const bool named = action == QLatin1String("history") || action == QLatin1String("open");
    if (const QString error = sub.parse(args.mid(1), named ? 1 : 0, named ? 1 : 0);
        !error.isEmpty())
        return usageError(error);
    AuditStoreLocation where;
    const QString location = auditPath(global);
    if (const QString problem = AuditStoreLocation::parse(location, &where); !problem.isEmpty())
        return usageError(problem);
    if (!where.shared && action != QLatin1String("publish") && action != QLatin1String("open") &&
        action != QLatin1String("clusters") && action != QLatin1String("history"))
        return usageError(Tr::tr("team %1: no shared store; pass --store "
                                 "postgresql://ROLE@HOST/DATABASE (or set it in the settings)")
                              .arg(action));
    if (action == QLatin1String("password")) {
        const QString value = readSecretValue(where.passwordKey());
        if (value.isEmpty())
            return usageError(Tr::tr("team password: no value on standard input"));
        secretStore().write(where.passwordKey(), value, [this, where](const SecretResult &r) {
            if (!r.ok()) {
                m_err << "inmanta-ha-cli: " << r.message << '\n';
                return emit finished(ExitRefused);
            }
            m_out << Tr::tr("The password of role %1 for %2 is in the keychain.")
                         .arg(where.role, where.display())
                  << '\n';
            emit finished(ExitSuccess);
        });
        return Pending;
    }
    if (action == QLatin1String("publish") &&
        loadCluster(global, false) != ExitSuccess) // needs --cluster
        return ExitUsage;
    const QString name = named ? sub.parser().positionalArguments().constFirst() : QString();
    const QString output = sub.parser().value(QStringLiteral("output"));
    bool versionIsNumber = true;
    const QString versionText = sub.parser().value(QStringLiteral("version"));
    const int version = versionText.isEmpty() ? 0 : versionText.toInt(&versionIsNumber);
    if (!versionIsNumber || version < 0)
        return usageError(Tr::tr("team %1: --version must be a version number, not \"%2\"")
                              .arg(action, versionText));
    if (action == QLatin1String("open") && output.isEmpty())
        return usageError(Tr::tr("team open: --output FILE is required"));
    const QStringList known{QStringLiteral("status"), QStringLiteral("clusters"),
                            QStringLiteral("history"), QStringLiteral("publish"),
                            QStringLiteral("open")};
    if (!known.contains(action))
        return usageError(Tr::tr("team: unknown action \"%1\"; %2").arg(action, usage));
    openAudit(global, [=](const QString &problem) {
        if (!m_audit) {
            m_err << "inmanta-ha-cli: " << problem << '\n';
            return emit finished(ExitRefused);
        }
        int code = ExitSuccess;
        if (action == QLatin1String("status"))
            code = teamStatus(global);
        else if (action == QLatin1String("clusters") || action == QLatin1String("history"))
            code = listPublished(name);
        else if (action == QLatin1String("publish"))
            code = publishCluster(problem);
        else
            code = openPublished(name, version, output);
        m_out.flush();
        m_err.flush();
        emit finished(code);
    });
    return Pending;
}

int CommandLine::teamStatus(const GlobalOptions &global)
{
    m_out << Tr::tr("Team store: %1 (you are role %2)").arg(m_audit->path(), m_audit->role())
          << '\n';
    if (const qint64 pending = m_audit->pendingCount(); pending > 0)
        m_out << Tr::tr("%1 entries of yours wait here to be appended to it.").arg(pending) << '\n';
    QStringList clusters;
    if (!global.clusterFile.isEmpty()) {
        if (loadCluster(global, false) != ExitSuccess)
            return ExitUsage;
        clusters << m_cluster.name;
    } else {
        for (const PublishedCluster &c : m_audit->publishedClusters())
            clusters << c.name;
    }
    if (clusters.isEmpty())
        m_out << Tr::tr("No cluster named: pass --cluster FILE, or publish one.") << '\n';
    for (const QString &cluster : std::as_const(clusters)) {
        bool interrupted = false;
        const std::optional<TeamLock> holder = m_audit->teamLockHolder(cluster, &interrupted);
        m_out << '\n'
              << (!holder ? Tr::tr("Cluster %1: no run now").arg(cluster)
                  : interrupted
                      ? Tr::tr("Cluster %1: no run now; INTERRUPTED: %2 (its client ended "
                               "without giving the lock back; the cluster may be half-way)")
                            .arg(cluster, holder->describe())
                      : Tr::tr("Cluster %1: RUNNING NOW: %2").arg(cluster, holder->describe()))
              << '\n';
        for (const AuditRun &run : m_audit->recentRuns(cluster, 10))
            m_out << QStringLiteral("  %1  %2  %3  %4  %5\n")
                         .arg(teamTime(run.started), run.procedure, run.status, run.operatorName,
                              run.runId);
    }
    return ExitSuccess;
}

int CommandLine::listPublished(const QString &name)
{
    const QList<PublishedCluster> list =
        name.isEmpty() ? m_audit->publishedClusters() : m_audit->clusterHistory(name);
    if (list.isEmpty()) {
        m_err << (name.isEmpty()
                      ? Tr::tr("%1 holds no published cluster").arg(m_audit->path())
                      : Tr::tr("cluster %1 is not published in %2").arg(name, m_audit->path()))
              << '\n';
        return name.isEmpty() ? ExitSuccess : ExitStepFailed;
    }
    for (const PublishedCluster &c : list)
        m_out << QStringLiteral("%1  version %2  %3  by %4\n")
                     .arg(c.name)
                     .arg(c.version)
                     .arg(teamTime(c.changedAt), c.changedBy);
    return ExitSuccess;
}

int CommandLine::publishCluster(const QString &keyProblem)
{
    // Who changed what is on record in the chain as well: a publication that cannot be
    // recorded is not made.
    if (!m_auditWritable) {
        m_err << "inmanta-ha-cli: "
              << Tr::tr("team publish: not done, as the audit log could not record it: %1")
                     .arg(keyProblem)
              << '\n';
        return ExitRefused;
    }
    QFile file(m_clusterPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "inmanta-ha-cli: " << file.errorString() << '\n';
        return ExitUsage;
    }
    const QString content = QString::fromUtf8(file.readAll());
    const int base = basisVersion(m_clusterPath, m_audit->path(), m_cluster.name);
    int published = 0;
    if (const QString problem =
            m_audit->publishCluster(m_cluster.name, content, base, operatorName(), &published);
        !problem.isEmpty()) {
        m_err << "inmanta-ha-cli: " << problem << '\n';
        return ExitRefused;
    }
    AuditEntry e;
    e.operatorName = operatorName();
    e.cluster = m_cluster.name;
    e.step =
        QStringLiteral("cluster %1 published as version %2").arg(m_cluster.name).arg(published);
    e.outcome = QStringLiteral("decision");
    e.decision = QStringLiteral("published %1 (based on version %2)").arg(m_clusterPath).arg(base);
    e.output = content;
    QString error;
    if (!m_audit->append(e, &error))
        m_err << Tr::tr("warning: %1").arg(error) << '\n';
    if (const QString problem =
            writeBasis(m_clusterPath, m_audit->path(), m_cluster.name, published);
        !problem.isEmpty())
        m_err << Tr::tr("warning: %1").arg(problem) << '\n';
    m_out << Tr::tr("Published cluster %1 as version %2 to %3")
                 .arg(m_cluster.name)
                 .arg(published)
                 .arg(m_audit->path())
          << '\n';
    return ExitSuccess;
}

int CommandLine::openPublished(const QString &name, int version, const QString &output)
{
    const std::optional<PublishedCluster> c = m_audit->publishedCluster(name, version);
    if (!c) {
        m_err << "inmanta-ha-cli: "
              << (version > 0
                      ? Tr::tr("cluster %1 has no version %2 in %3")
                            .arg(name)
                            .arg(version)
                            .arg(m_audit->path())
                      : Tr::tr("cluster %1 is not published in %2").arg(name, m_audit->path()))
              << '\n';
        return ExitStepFailed;
    }
    // A local file with changes of its own is never overwritten: they would be lost.
    QFile existing(output);
    if (existing.open(QIODevice::ReadOnly)) {
        const QString local = QString::fromUtf8(existing.readAll());
        const int base = basisVersion(output, m_audit->path(), name);
        const std::optional<PublishedCluster> basis =
            base > 0 ? m_audit->publishedCluster(name, base) : std::nullopt;
        if (local != c->content && (!basis || basis->content != local)) {
            m_err << "inmanta-ha-cli: "
                  << Tr::tr("%1 exists and has changes that are not published: nothing was "
                            "written (publish them, or write elsewhere)")
                         .arg(output)
                  << '\n';
            return ExitRefused;
        }
    }
    if (const QString problem = writeFile(output, c->content.toUtf8()); !problem.isEmpty()) {
        m_err << "inmanta-ha-cli: " << problem << '\n';
        return ExitStepFailed;
    }
    if (const QString problem = writeBasis(output, m_audit->path(), name, c->version);
        !problem.isEmpty())
        m_err << Tr::tr("warning: %1").arg(problem) << '\n';
    m_out << Tr::tr("Wrote %1: cluster %2, version %3, published by %4 at %5")
                 .arg(output, name)
                 .arg(c->version)
                 .arg(c->changedBy, teamTime(c->changedAt))
          << '\n';
    return ExitSuccess;
}

int CommandLine::auditKey(const GlobalOptions &global, const QString &action)
{
    if (action == QLatin1String("export")) {
        openAudit(
            global,
            [this](const QString &problem) {
                if (!m_audit || !m_auditWritable) {
                    m_err << "inmanta-ha-cli: "
                          << Tr::tr("audit key export: %1")
                                 .arg(problem.isEmpty() ? Tr::tr("no key") : problem)
                          << '\n';
                    return emit finished(ExitRefused);
                }
                AuditEntry e;
                e.operatorName = operatorName();
                e.step = QStringLiteral("audit key exported");
                e.outcome = QStringLiteral("decision");
                e.decision = QStringLiteral("the key of log %1 was written to standard output, "
                                            "for a teammate's keychain")
                                 .arg(m_audit->databaseId());
                QString error;
                if (!m_audit->append(e, &error)) {
                    m_err << "inmanta-ha-cli: " << error << '\n';
                    return emit finished(ExitStepFailed);
                }
                m_err << Tr::tr("This is the secret key of the audit log %1: give it to a "
                                "teammate over a safe channel; they run audit key import.")
                             .arg(m_audit->path())
                      << '\n';
                m_out << m_audit->key().toBase64() << '\n';
                m_out.flush();
                emit finished(ExitSuccess);
            },
            false);
        return Pending;
    }
    if (action != QLatin1String("import"))
        return usageError(Tr::tr("audit key export | audit key import (the key on stdin)"));
    const QString location = auditPath(global);
    const QByteArray key =
        QByteArray::fromBase64(readSecretValue(Tr::tr("the audit key")).toLatin1());
    if (key.size() != 32)
        return usageError(Tr::tr("audit key import: not a key (audit key export prints one line "
                                 "of base64)"));
    AuditKeys::loadStorePassword(secretStore(), location, [this, location, key](const QString &p) {
        QString problem = p;
        if (problem.isEmpty())
            m_audit = AuditLog::open(location, &problem);
        if (!m_audit) {
            m_err << "inmanta-ha-cli: " << problem << '\n';
            return emit finished(ExitRefused);
        }
        // Only the key this log is chained with goes into the keychain.
        m_audit->setKey(key);
        problem = m_audit->keyProblem();
        if (problem.isEmpty() && m_audit->count() > 0) {
            const AuditLog::Verification v = m_audit->verify(std::nullopt);
            if (!v.intact)
                problem = Tr::tr("the key does not verify the log %1: %2")
                              .arg(m_audit->path(), v.message);
        }
        if (!problem.isEmpty()) {
            m_err << "inmanta-ha-cli: " << Tr::tr("audit key import: refused: %1").arg(problem)
                  << '\n';
            return emit finished(ExitRefused);
        }
        secretStore().write(m_audit->keyName(), QString::fromLatin1(key.toBase64()),
                            [this](const SecretResult &r) {
                                if (!r.ok()) {
                                    m_err << "inmanta-ha-cli: " << r.message << '\n';
                                    return emit finished(ExitRefused);
                                }
                                m_out << Tr::tr("The key of the audit log %1 is in the keychain.")
                                             .arg(m_audit->path())
                                      << '\n';
                                emit finished(ExitSuccess);
                            });
    });
    return Pending;
}

int CommandLine::migrateAudit(const GlobalOptions &global, const QString &to)
{
    openAudit(
        global,
        [this, to](const QString &problem) {
            const auto fail = [this](const QString &why, int code) {
                m_err << "inmanta-ha-cli: " << Tr::tr("audit migrate: %1").arg(why) << '\n';
                emit finished(code);
            };
            if (!m_audit || !m_auditWritable)
                return fail(problem, ExitRefused);
            AuditKeys::readHead(
                secretStore(), *m_audit,
                [=](const std::optional<AuditHead> &head, const std::optional<SecretResult> &) {
                    // A broken chain is not carried over as if it were whole.
                    const AuditLog::Verification before = m_audit->verify(head);
                    if (!before.intact)
                        return fail(Tr::tr("%1: %2; nothing was copied")
                                        .arg(m_audit->path(), before.message),
                                    ExitStepFailed);
                    AuditKeys::loadStorePassword(
                        secretStore(), to, [=](const QString &passwordProblem) {
                            QString error = passwordProblem;
                            std::shared_ptr<AuditLog> target;
                            if (error.isEmpty())
                                target = AuditLog::open(to, &error);
                            if (!target)
                                return fail(error, ExitRefused);
                            if (target->databaseId() == m_audit->databaseId())
                                return fail(Tr::tr("%1 is this log already").arg(target->path()),
                                            ExitUsage);
                            target->setKey(m_audit->key());
                            if (const QString copied = m_audit->copyTo(*target); !copied.isEmpty())
                                return fail(copied, ExitStepFailed);
                            finishMigration(target, before.checked, head);
                        });
                });
        },
        false);
    return Pending;
}

void CommandLine::finishMigration(const std::shared_ptr<AuditLog> &target, qint64 entries,
                                  const std::optional<AuditHead> &head)
{
    const auto fail = [this](const QString &why, int code) {
        m_err << "inmanta-ha-cli: " << Tr::tr("audit migrate: %1").arg(why) << '\n';
        emit finished(code);
    };
    // The copy's key is the original's, kept under the copy's own name.
    secretStore().write(
        target->keyName(), QString::fromLatin1(m_audit->key().toBase64()),
        [=](const SecretResult &written) {
            if (!written.ok())
                return fail(written.message, ExitRefused);
            const AuditLog::Verification after = target->verify(head);
            if (!after.intact || after.checked != entries)
                return fail(
                    Tr::tr("the copy in %1 does not verify: %2").arg(target->path(), after.message),
                    ExitStepFailed);
            AuditEntry e;
            e.operatorName = operatorName();
            e.step = QStringLiteral("audit log migrated");
            e.outcome = QStringLiteral("decision");
            e.decision = QStringLiteral("copied from %1, %2 entries, verified")
                             .arg(m_audit->path())
                             .arg(after.checked);
            QString appendError;
            if (!target->append(e, &appendError))
                return fail(appendError, ExitStepFailed);
            m_out << Tr::tr("Copied %1 to %2 and verified the copy: %3")
                         .arg(m_audit->path(), target->path(), after.message)
                  << '\n';
            AuditKeys::rememberIdentity(secretStore(), *target, [=](const SecretResult &) {
                AuditKeys::storeHead(secretStore(), *target, [=](const SecretResult &) {
                    m_out.flush();
                    emit finished(ExitSuccess);
                });
            });
        });
}

} // namespace iha
