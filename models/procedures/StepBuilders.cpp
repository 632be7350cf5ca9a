#include "models/procedures/StepBuilders.h"

#include "models/ClusterValidator.h"
#include "models/ConfigEditors.h"
#include "models/RemoteOps.h"
#include "models/RemoteScripts.h"
#include "models/ShellQuote.h"
#include "models/procedures/Tr.h"

#include <QFileInfo>
#include <memory>
#include <utility>

namespace iha::Procedures {

const QString kConfigureMaster = QStringLiteral("Configure the master node");
const QString kConfigureStandby = QStringLiteral("Configure the standby node");

QString sqlLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString sqlIdentifier(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString confPath(const Node &node, const QString &file)
{
    return node.postgresOrDefault().effectiveConfigDir() + QLatin1Char('/') + file;
}

Step fileEditStep(const QString &description, const Node &node, const QString &path,
                  const QString &section, const QString &preview, const Edit &edit)
{
    Step step;
    step.description = description;
    step.node = node.name;
    step.runbookSection = section;
    step.preview = preview;
    // Two round trips, not four: the act writes what the check read, on the condition that
    // the file still holds it (RemoteOps::replaceFile), and the verify compares the hash the
    // write reported with that of the content written.
    struct Memo
    {
        std::optional<QByteArray> read; // by the check, for the act
        QByteArray written;             // by the act
        QByteArray writtenSha256;       // on the host after the act
    };
    const auto memo = std::make_shared<Memo>();
    step.check = [node, path, edit, memo](StepIo &io, bool *done) {
        *memo = {};
        QString error;
        const auto content = RemoteOps::readFile(io, node.name, path, &error);
        if (!content)
            return error;
        *done = edit(QString::fromUtf8(*content)) == QString::fromUtf8(*content);
        memo->read = content;
        return QString();
    };
    step.act = [node, path, edit, memo](StepIo &io) {
        QString error;
        std::optional<QString> backup;
        if (const std::optional<QByteArray> before = std::exchange(memo->read, std::nullopt)) {
            memo->written = edit(QString::fromUtf8(*before)).toUtf8();
            backup = RemoteOps::replaceFile(io, node.name, path, *before, memo->written,
                                            &memo->writtenSha256, &error);
        } else {
            memo->written.clear();
            memo->writtenSha256.clear();
            backup = RemoteOps::editFile(io, node.name, path, edit, &error);
        }
        if (!backup)
            return error;
        io.note(Tr::tr("%1: %2 changed; the old file is %3").arg(node.name, path, *backup));
        return QString();
    };
    step.verify = [node, path, edit, memo](StepIo &io) {
        QString error;
        std::optional<QByteArray> content;
        if (!memo->writtenSha256.isEmpty() &&
            memo->writtenSha256 == RemoteOps::sha256Hex(memo->written))
            content = memo->written; // what the host holds now, by its hash
        else
            content = RemoteOps::readFile(io, node.name, path, &error);
        *memo = {};
        if (!content)
            return error;
        return edit(QString::fromUtf8(*content)) == QString::fromUtf8(*content)
                   ? QString()
                   : Tr::tr("%1: %2 does not hold the change after writing it")
                         .arg(node.name, path);
    };
    return step;
}

Step overridesStep(const Node &node, const QList<WantedSetting> &wanted, const QString &section)
{
    QStringList names;
    for (const WantedSetting &setting : wanted)
        names << sqlLiteral(setting.name);
    // The last line PostgreSQL reads for each name wins.
    const QString winnersSql =
        QStringLiteral("SELECT DISTINCT ON (name) name || '|' || coalesce(sourcefile, '') || '|' "
                       "|| coalesce(sourceline, 0) || '|' || coalesce(setting, '') FROM "
                       "pg_file_settings WHERE name IN (%1) ORDER BY name, seqno DESC;\n")
            .arg(names.join(QLatin1String(", ")));
    struct Override
    {
        WantedSetting wanted;
        QString file;
        QString line;
        QString value;
    };
    const auto find = [node, wanted, winnersSql](StepIo &io, QList<Override> *found) {
        QString error;
        const auto rows = RemoteOps::sql(io, node, winnersSql, &error, 30000);
        if (!rows)
            return error;
        for (const QString &row : rows->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = row.split(QLatin1Char('|'));
            for (const WantedSetting &w : wanted) {
                const QString value = f.value(3);
                if (w.name == f.value(0) && value != w.value && !w.alsoFine.contains(value))
                    *found << Override{w, f.value(1), f.value(2), value};
            }
        }
        return QString();
    };
    Step step;
    step.description = Tr::tr("Find settings on %1 that a file read later overrides "
                              "(postgresql.auto.conf, includes) and set them there")
                           .arg(node.name);
    step.node = node.name;
    step.runbookSection = section;
    step.preview = winnersSql.trimmed() +
                   QStringLiteral("\nALTER SYSTEM SET <name> = <value>;   (postgresql.auto.conf)\n"
                                  "<name> = <value>   (in the included file that wins)");
    step.check = [find, node](StepIo &io, bool *done) {
        QList<Override> found;
        const QString error = find(io, &found);
        for (const Override &o : std::as_const(found))
            io.note(Tr::tr("%1: %2 = '%3' in %4 line %5 overrides the value set here")
                        .arg(node.name, o.wanted.name, o.value, o.file, o.line));
        *done = found.isEmpty();
        return error;
    };
    step.act = [find, node](StepIo &io) {
        QList<Override> found;
        QString error = find(io, &found);
        for (const Override &o : std::as_const(found)) {
            if (!error.isEmpty())
                break;
            if (o.file.endsWith(QLatin1String("/postgresql.auto.conf"))) {
                if (!RemoteOps::sql(io, node,
                                    QStringLiteral("ALTER SYSTEM SET %1 = %2;\n")
                                        .arg(o.wanted.name, sqlLiteral(o.wanted.value)),
                                    &error))
                    break;
                io.note(Tr::tr("%1: ALTER SYSTEM SET %2 = '%3' (it was '%4')")
                            .arg(node.name, o.wanted.name, o.wanted.value, o.value));
                continue;
            }
            const auto backup = RemoteOps::editFile(
                io, node.name, o.file,
                [&o](const QString &text) {
                    return PostgresqlConf::set(text, o.wanted.name, o.wanted.value);
                },
                &error);
            if (!backup)
                break;
            io.note(Tr::tr("%1: %2 = '%3' set in %4 (it was '%5'); the old file is %6")
                        .arg(node.name, o.wanted.name, o.wanted.value, o.file, o.value, *backup));
        }
        return error;
    };
    step.verify = [find, node](StepIo &io) {
        QList<Override> found;
        const QString error = find(io, &found);
        if (!error.isEmpty() || found.isEmpty())
            return error;
        return Tr::tr("%1: %2 is still overridden in %3 line %4")
            .arg(node.name, found.constFirst().wanted.name, found.constFirst().file,
                 found.constFirst().line);
    };
    return step;
}

QString primaryServerSettings(const QString &text)
{
    QString out = text;
    out = PostgresqlConf::set(out, QStringLiteral("listen_addresses"), QStringLiteral("*"));
    // `logical` includes all that replication needs; lowering it would stop a server that has
    // logical slots from starting.
    if (PostgresqlConf::value(out, QStringLiteral("wal_level")) != QLatin1String("logical"))
        out = PostgresqlConf::set(out, QStringLiteral("wal_level"), QStringLiteral("replica"));
    out = PostgresqlConf::set(out, QStringLiteral("synchronous_commit"), QStringLiteral("on"));
    out = PostgresqlConf::set(out, QStringLiteral("wal_log_hints"), QStringLiteral("on"));
    out = PostgresqlConf::set(out, QStringLiteral("hot_standby"), QStringLiteral("off"));
    // pg_rewind reads the old primary's WAL back to the checkpoint before the failover: a
    // shutdown or the crash recovery before it would otherwise recycle it, and the old primary
    // could only come back by a full copy. An operator's own value stays.
    const QString keep = PostgresqlConf::value(out, QStringLiteral("wal_keep_size"));
    if (keep.isEmpty() || keep == QLatin1String("0"))
        out = PostgresqlConf::set(out, QStringLiteral("wal_keep_size"), QStringLiteral("1GB"));
    return out;
}

QList<PgHba::Rule> replicationRules(const Cluster &cluster, QString *error)
{
    QList<PgHba::Rule> rules;
    for (const Node &node : cluster.nodes) {
        if (!isDatabaseRole(node.role))
            continue;
        const QString address = PgHba::hostAddress(node.address);
        if (address.isEmpty()) {
            *error = Tr::tr("%1: \"%2\" is not an IP address; pg_hba.conf needs one for "
                            "the replication rule")
                         .arg(node.name, node.address);
            return {};
        }
        rules << PgHba::Rule{QStringLiteral("host"), QStringLiteral("replication"),
                             cluster.replication.user, address, cluster.replication.authMethod};
    }
    return rules;
}

QList<PgHba::Rule> inmantaServerRules(const Cluster &cluster, QString *error)
{
    QList<PgHba::Rule> rules;
    for (const Node &node : cluster.nodes) {
        if (node.role != NodeRole::Orchestrator)
            continue;
        const QString address = PgHba::hostAddress(node.address);
        if (address.isEmpty()) {
            *error = Tr::tr("%1: \"%2\" is not an IP address; pg_hba.conf needs one for "
                            "the Inmanta server's rule")
                         .arg(node.name, node.address);
            return {};
        }
        const InmantaSettings inmanta = node.inmantaOrDefault();
        rules << PgHba::Rule{QStringLiteral("host"), inmanta.database, inmanta.databaseUser,
                             address, cluster.replication.authMethod};
    }
    return rules;
}

QString hbaLoaded(StepIo &io, const Node &node, const QString &hba, bool *loaded)
{
    RemoteCommand mtime;
    mtime.command = QStringLiteral("stat -L -c %.6Y -- ") + shellQuote(hba);
    mtime.asRoot = true;
    const CommandResult changed = io.run(node.name, mtime);
    QString error;
    const auto loadTime = RemoteOps::sql(
        io, node, QStringLiteral("SELECT extract(epoch FROM pg_conf_load_time());\n"), &error);
    if (!changed.succeeded() || !loadTime)
        return !loadTime ? error : RemoteOps::describeFailure(node.name, mtime.command, changed);
    bool fileTimeRead = false;
    bool loadTimeRead = false;
    // Microseconds on both sides (a reload is only ever sent after the write); what cannot be
    // read counts as not loaded: a needless reload is harmless, a missed one is not.
    const double fileTime = changed.out.trimmed().toDouble(&fileTimeRead);
    const double loaded_ = loadTime->toDouble(&loadTimeRead);
    *loaded = fileTimeRead && loadTimeRead && fileTime < loaded_;
    if (!*loaded)
        io.note(Tr::tr("%1: %2 holds the rules but was changed after PostgreSQL last "
                       "loaded its configuration: it is reloaded")
                    .arg(node.name, hba));
    return {};
}

QString runAsRoot(StepIo &io, const QString &node, const QString &what, const QString &script,
                  int timeoutMs)
{
    RemoteCommand command;
    command.command = script;
    command.asRoot = true;
    command.timeoutMs = timeoutMs;
    const CommandResult result = io.run(node, command);
    return result.succeeded() ? QString() : RemoteOps::describeFailure(node, what, result);
}

Step slotStep(const Cluster &cluster, const Node &primary)
{
    Step slot;
    slot.description = Tr::tr("Create the physical replication slot %1 (an existing one is reused)")
                           .arg(cluster.replication.slot);
    slot.node = primary.name;
    slot.runbookSection = kConfigureMaster;
    slot.preview = QStringLiteral("SELECT * FROM pg_create_physical_replication_slot('%1');")
                       .arg(cluster.replication.slot);
    const auto slotExists = [primary, cluster](StepIo &io, bool *exists) {
        QString error;
        const auto state =
            RemoteOps::sql(io, primary, slotStateSql(cluster.replication.slot), &error);
        if (!state)
            return error;
        *exists = !state->isEmpty();
        return QString();
    };
    slot.check = slotExists;
    slot.act = [primary, cluster](StepIo &io) {
        QString error;
        return RemoteOps::sql(io, primary,
                              QStringLiteral("SELECT pg_create_physical_replication_slot(%1);\n")
                                  .arg(sqlLiteral(cluster.replication.slot)),
                              &error)
                   ? QString()
                   : error;
    };
    slot.verify = [slotExists, primary, cluster](StepIo &io) {
        bool exists = false;
        const QString error = slotExists(io, &exists);
        return !error.isEmpty() ? error
               : exists         ? QString()
                                : Tr::tr("%1: the slot %2 is missing")
                              .arg(primary.name, cluster.replication.slot);
    };
    return slot;
}

QString replicationStateSql(const Cluster &cluster, const Node &standby)
{
    // Through the cluster's slot, from the standby's address (when the cluster file gives one):
    // another node streaming under the same name is not this one.
    const QString fromStandby =
        isIpAddress(standby.address)
            ? QStringLiteral(" AND r.client_addr = %1::inet").arg(sqlLiteral(standby.address))
            : QString();
    return QStringLiteral("SELECT r.state || '|' || r.sync_state FROM pg_stat_replication r JOIN "
                          "pg_replication_slots s ON s.active_pid = r.pid WHERE "
                          "r.application_name = %1 AND s.slot_name = %2%3;\n")
        .arg(sqlLiteral(cluster.replication.applicationName), sqlLiteral(cluster.replication.slot),
             fromStandby);
}

QString standbyStreams(StepIo &io, const Node &primary, const Node &standby, const Cluster &cluster,
                       bool requireSync, bool *streams)
{
    QString error;
    const auto state =
        RemoteOps::sql(io, primary, replicationStateSql(cluster, standby), &error, 30000);
    if (!state)
        return error;
    *streams = requireSync ? *state == QLatin1String("streaming|sync")
                           : state->startsWith(QLatin1String("streaming|"));
    return {};
}

QString slotStateSql(const QString &slot)
{
    return QStringLiteral("SELECT s.active, coalesce(r.application_name, ''), "
                          "coalesce(host(r.client_addr), '')"
                          " FROM pg_replication_slots s LEFT JOIN pg_stat_replication r ON r.pid = "
                          "s.active_pid"
                          " WHERE s.slot_name = %1;\n")
        .arg(sqlLiteral(slot));
}

QString roleHasPassword(StepIo &io, const Node &primary, const Cluster &cluster,
                        const ProcedureInputs &inputs, bool *matches)
{
    *matches = false;
    const QString role = sqlLiteral(cluster.replication.user);
    QString error;
    // "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>": only the middle part is read.
    const auto state = RemoteOps::sql(
        io, primary,
        QStringLiteral("SELECT rolreplication, rolcanlogin, CASE WHEN rolpassword LIKE "
                       "'SCRAM-SHA-256$%' THEN split_part(rolpassword, '$', 2) ELSE '' END "
                       "FROM pg_authid WHERE rolname = %1;\n")
            .arg(role),
        &error);
    if (!state)
        return error;
    const QStringList fields = state->split(QLatin1Char('|'));
    if (fields.size() != 3 || fields.at(0) != QLatin1String("t") ||
        fields.at(1) != QLatin1String("t") || fields.at(2).isEmpty())
        return {};
    const QString verifier = inputs.scramVerifierLike(inputs.replicationPassword, fields.at(2));
    if (verifier.isEmpty())
        return {};
    const QString compare =
        QStringLiteral("SET log_statement = 'none';\nSET log_min_duration_statement = -1;\n"
                       "SELECT rolpassword = %1 FROM pg_authid WHERE rolname = %2;\n");
    const auto same =
        RemoteOps::sql(io, primary, compare.arg(sqlLiteral(verifier), role), &error, 60000,
                       compare.arg(QStringLiteral("'<verifier of the stored password>'"), role));
    if (!same)
        return error;
    *matches = *same == QLatin1String("t");
    return {};
}

QString passwordFilePath(const Node &standby)
{
    return QFileInfo(standby.postgresOrDefault().dataDir).path() +
           QStringLiteral("/.pgpass-inmanta-ha");
}

QString passwordFileLine(const QString &host, int port, const QString &user,
                         const QString &password, const QString &database)
{
    const auto escape = [](QString field) {
        field.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        field.replace(QLatin1Char(':'), QLatin1String("\\:"));
        return field;
    };
    return QStringLiteral("%1:%2:%3:%4:%5\n")
        .arg(escape(host))
        .arg(port)
        .arg(escape(database), escape(user), escape(password));
}

Step passwordFileStep(const QString &description, const Node &standby, const Node &primary,
                      const Cluster &cluster, const ProcedureInputs &inputs, bool onlyIfPresent)
{
    const QString passfile = passwordFilePath(standby);
    const int port = primary.postgresOrDefault().port;
    const QByteArray line = passwordFileLine(primary.address, port, cluster.replication.user,
                                             inputs.replicationPassword)
                                .toUtf8();
    const QString masked = passwordFileLine(primary.address, port, cluster.replication.user,
                                            QStringLiteral("<replication password>"));
    const QString postgres = QStringLiteral("postgres");
    Step step;
    step.description = description;
    step.node = standby.name;
    step.runbookSection = kConfigureStandby;
    step.preview = masked.trimmed();
    // The expected content goes on stdin and is compared there: nothing of the password
    // (not even a hash of it) comes back or reaches the audit log.
    const auto compare = [standby, passfile, line, masked, postgres](StepIo &io, QString *answer) {
        RemoteCommand command;
        command.command = RemoteScripts::compareSecretFile(passfile, postgres);
        command.input = line;
        command.auditedInput = masked;
        command.asRoot = true;
        const CommandResult result = io.run(standby.name, command);
        if (!result.succeeded())
            return RemoteOps::describeFailure(
                standby.name, Tr::tr("comparing the password file %1").arg(passfile), result);
        *answer = QString::fromUtf8(result.out).trimmed();
        return QString();
    };
    step.check = [compare, onlyIfPresent, standby, passfile](StepIo &io, bool *done) {
        QString answer;
        const QString error = compare(io, &answer);
        *done =
            answer == QLatin1String("same") || (onlyIfPresent && answer == QLatin1String("absent"));
        if (onlyIfPresent && answer == QLatin1String("absent"))
            io.note(Tr::tr("%1 has no %2 (not set up as a standby yet): nothing to update")
                        .arg(standby.name, passfile));
        return error;
    };
    step.act = [standby, passfile, line, masked, postgres](StepIo &io) {
        RemoteCommand command;
        command.command = RemoteScripts::writeSecretFile(passfile, postgres);
        command.input = line;
        command.auditedInput = masked;
        command.asRoot = true;
        const CommandResult result = io.run(standby.name, command);
        return result.succeeded() ? QString()
                                  : RemoteOps::describeFailure(
                                        standby.name, Tr::tr("writing %1").arg(passfile), result);
    };
    step.verify = [compare, standby, passfile](StepIo &io) {
        QString answer;
        const QString error = compare(io, &answer);
        if (!error.isEmpty())
            return error;
        return answer == QLatin1String("same")
                   ? QString()
                   : Tr::tr("%1: %2 is not as written").arg(standby.name, passfile);
    };
    return step;
}

} // namespace iha::Procedures
