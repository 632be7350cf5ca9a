#include "models/procedures/StandbyCopy.h"

#include "models/RemoteOps.h"
#include "models/RemoteScripts.h"
#include "models/ShellQuote.h"
#include "models/procedures/StandbyTarget.h"
#include "models/procedures/StepBuilders.h"
#include "models/procedures/Tr.h"

#include <QFileInfo>

namespace iha::Procedures::StandbyCopy {

QString placeScript(const QString &dataDir)
{
    return QStringLiteral(
               "d=%1; r=$(readlink -f -- \"$d\" 2>/dev/null || true); [ -n \"$r\" ] || r=$d\n"
               "if mountpoint -q -- \"$r\" 2>/dev/null; then inside=yes; new=$r/.iha-new; "
               "old=$r/.iha-old; else inside=no; new=$r.iha-new; old=$r.iha-old; fi\n")
        .arg(shellQuote(dataDir));
}

QString nestedMountScript()
{
    // From /proc/self/mountinfo (mount points relative to this process's root, octal escapes
    // for spaces, tabs and backslashes), not findmnt, which may be missing or escape otherwise.
    return QStringLiteral(
        "n=$(awk '{ print $5 }' /proc/self/mountinfo | sed -e 's/\\\\040/ /g' "
        "-e 's/\\\\011/\t/g' -e 's/\\\\134/\\\\/g' | while IFS= read -r m; do "
        "case \"$m\" in \"$r\"/*) echo \"$m\"; break ;; esac; done)\n"
        "if [ -n \"$n\" ]; then echo \"$n is a mount point inside the data directory $r: move it "
        "back into the data directory (or unmount it) before a new copy\" >&2; exit 3; fi\n");
}

QString newPlaceText(const QString &dataDir)
{
    return dataDir + QStringLiteral(".iha-new");
}

QString oldPlaceText(const QString &dataDir)
{
    return dataDir + QStringLiteral(".iha-old");
}

QString copyInPlace(StepIo &io, const Node &standby, const Node &primary, bool *inPlace)
{
    *inPlace = false;
    RemoteCommand command;
    command.command =
        placeScript(standby.postgresOrDefault().dataDir) +
        QStringLiteral("if [ -e \"$old\" ] && [ ! -e \"$new\" ] && [ -f \"$r/standby.signal\" ]; "
                       "then LC_ALL=C %1 -D \"$r\" | sed -n -e 's/^Database system identifier: "
                       "*/sysid=/p' -e 's/^Latest checkpoint.s TimeLineID: */timeline=/p'; fi\n")
            .arg(RemoteOps::postgresProgram(standby, QStringLiteral("pg_controldata")));
    command.asRoot = true;
    const CommandResult result = io.run(standby.name, command);
    if (!result.succeeded())
        return RemoteOps::describeFailure(
            standby.name, Tr::tr("looking for a copy an earlier run put in place"), result);
    const StandbyTargetFacts copied = parseStandbyTargetFacts(QString::fromUtf8(result.out));
    if (copied.systemIdentifier.isEmpty())
        return {};
    QString error;
    const auto primaryId = RemoteOps::sql(io, primary, primaryIdentitySql(), &error, 30000);
    if (!primaryId)
        return error;
    // A copy of this primary, not on a later timeline (promoted since: it may hold commits).
    *inPlace = copied.systemIdentifier == primaryId->section(QLatin1Char('|'), 0, 0) &&
               copied.timeline > 0 &&
               copied.timeline <= primaryId->section(QLatin1Char('|'), 1).toInt();
    return {};
}

Step roomCheck(const Node &standby, const Node &primary, const Cluster &cluster)
{
    const QString dataDir = standby.postgresOrDefault().dataDir;
    Step room;
    room.description =
        Tr::tr("%1 has room for a copy of %2's data").arg(standby.name, primary.name);
    room.node = standby.name;
    room.preview = QStringLiteral("df --output=avail %1 (or inside %2 when it is a mount point); "
                                  "SELECT sum(pg_database_size(oid)) FROM pg_database;")
                       .arg(QFileInfo(dataDir).path(), dataDir);
    room.check = [standby, primary, cluster, dataDir](StepIo &io, bool *done) {
        // A start condition of the copy only: a standby that streams needs no copy, and a run
        // that goes on after the copy took the data directory's place (the old data kept
        // beside it) does not need room for another.
        if (QString error =
                standbyStreams(io, primary, standby, cluster, /*requireSync=*/false, done);
            !error.isEmpty() || *done)
            return error;
        if (QString error = copyInPlace(io, standby, primary, done); !error.isEmpty() || *done) {
            if (*done)
                io.note(Tr::tr("%1: no room needed, the copy an earlier run took is in "
                               "place")
                            .arg(standby.name));
            return error;
        }
        QString error;
        const auto size = RemoteOps::sql(
            io, primary, QStringLiteral("SELECT sum(pg_database_size(oid)) FROM pg_database;\n"),
            &error, 30000);
        if (!size)
            return error;
        // A folder inside the data directory on a disk of its own (pg_wal, often) would be
        // left behind by the swap, and wiped with the old data: refused before the copy.
        RemoteCommand df;
        df.command = placeScript(dataDir) + nestedMountScript() +
                     QStringLiteral("if [ $inside = yes ]; then p=$r; else p=$(dirname -- \"$r\"); "
                                    "fi\necho \"$p\"; df -B1 --output=avail -- \"$p\" | tail -n 1");
        const CommandResult free = io.run(standby.name, df);
        if (free.status == CommandResult::Status::Exited && free.exitCode == 3)
            return QStringLiteral("%1: %2").arg(standby.name,
                                                QString::fromUtf8(free.err).trimmed());
        const QStringList lines = QString::fromUtf8(free.out).trimmed().split(QLatin1Char('\n'));
        bool numeric = false;
        const qint64 available = lines.value(1).trimmed().toLongLong(&numeric);
        if (!free.succeeded() || !numeric)
            return Tr::tr("%1: cannot tell the free space where the copy of %2 goes "
                          "(df said: %3)")
                .arg(standby.name, dataDir, QString::fromUtf8(free.out + free.err).simplified());
        const qint64 needed = size->toLongLong() * 12 / 10 + 64 * 1024 * 1024; // WAL and slack
        *done = available >= needed;
        return *done ? QString()
                     : Tr::tr("%1 has %2 MB free in %3; a copy of %4 needs about %5 MB")
                           .arg(standby.name)
                           .arg(available / 1000000)
                           .arg(lines.value(0), primary.name)
                           .arg(needed / 1000000);
    };
    return room;
}

QString backupScript(const Node &standby, const QString &conninfo, const QString &slot)
{
    // The folder is made by root for postgres: its parent need not be writable by postgres. A
    // fast checkpoint: the default, spread one can keep the copy silent for minutes. -P: a
    // progress line a second (bytes done and total), which the wizard shows as a bar.
    return QStringLiteral("rm -rf -- \"$new\" && install -d -o postgres -g postgres -m 0700 -- "
                          "\"$new\" && cd / && runuser -u postgres -- %1 -d %2 -w -c fast -P -X "
                          "stream -R -S %3 -D \"$new\"")
        .arg(RemoteOps::postgresProgram(standby, QStringLiteral("pg_basebackup")),
             shellQuote(conninfo), shellQuote(slot));
}

QString runBackup(StepIo &io, const Node &standby, const QString &cluster, const QString &script)
{
    const QString group =
        RemoteScripts::ownStateDir() + QStringLiteral("/%1.basebackup.pgid").arg(cluster);
    RemoteCommand command;
    // `new` is exported for the command, which runs in a shell of its own.
    command.command = RemoteScripts::ensureOwnStateDir() + QLatin1Char('\n') +
                      placeScript(standby.postgresOrDefault().dataDir) + nestedMountScript() +
                      QStringLiteral("export new\n") +
                      RemoteScripts::inProcessGroup(script, group, QStringLiteral("\"$new\""), 30);
    command.stopCommand = RemoteScripts::stopInProcessGroup(group);
    command.asRoot = true;
    command.timeoutMs = 0;
    const CommandResult result = io.run(standby.name, command);
    if (result.succeeded())
        return {};
    const QString error =
        RemoteOps::describeFailure(standby.name, QStringLiteral("pg_basebackup"), result);
    const Uncancellable evenAfterACancel(io);
    runAsRoot(io, standby.name, Tr::tr("removing the partial copy"),
              placeScript(standby.postgresOrDefault().dataDir) +
                  QStringLiteral("rm -rf -- \"$new\""));
    return error + QLatin1Char(' ') + Tr::tr("The standby's data directory was not touched.");
}

QString swapScript(const QString &dataDir)
{
    // Renames only, on one file system. With no data directory at all, an empty old folder
    // still marks the copy as put in place. Inside a mount point the old content is moved
    // entry by entry: into .iha-old.part, renamed to .iha-old once complete, so that an
    // interrupted move is taken up again and never mistaken for a kept original.
    return QStringLiteral("set -e\n") + placeScript(dataDir) +
           QStringLiteral(
               "if [ -f \"$r/postmaster.pid\" ] && kill -0 \"$(head -n 1 \"$r/postmaster.pid\")\" "
               "2>/dev/null; then echo \"PostgreSQL still runs in $r: not replacing it\" >&2; "
               "exit 1; fi\n"
               "[ -f \"$new/PG_VERSION\" ] || { echo \"no complete copy in $new\" >&2; exit 1; }\n"
               "if [ $inside = yes ]; then\n"
               "  if [ -e \"$old\" ]; then set -- rm -rf --one-file-system --; else "
               "mkdir -p -m 0700 -- \"$old.part\"; set -- mv -t \"$old.part\" --; fi\n"
               "  find \"$r\" -mindepth 1 -maxdepth 1 ! -name .iha-old ! -name .iha-old.part "
               "! -name .iha-new ! -name lost+found -exec \"$@\" {} +\n"
               "  [ -e \"$old\" ] || mv -T -- \"$old.part\" \"$old\"\n"
               "  find \"$new\" -mindepth 1 -maxdepth 1 -exec mv -t \"$r\" -- {} +\n"
               "  rmdir -- \"$new\"\n"
               "else\n"
               "  if [ -e \"$old\" ]; then rm -rf -- \"$r\"; elif [ -e \"$r\" ]; then "
               "mv -T -- \"$r\" \"$old\"; else mkdir -m 0700 -- \"$old\"; fi\n"
               "  mv -T -- \"$new\" \"$r\"\n"
               "fi\n"
               "chmod 0700 \"$r\"\n");
}

QString removeOldData(StepIo &io, const Node &standby)
{
    return runAsRoot(io, standby.name, Tr::tr("removing the old data directory"),
                     placeScript(standby.postgresOrDefault().dataDir) +
                         QStringLiteral("rm -rf -- \"$old\""));
}

QString noOldData(StepIo &io, const Node &standby, bool *done)
{
    RemoteCommand test;
    test.command =
        placeScript(standby.postgresOrDefault().dataDir) + QStringLiteral("test -e \"$old\"");
    test.asRoot = true;
    const CommandResult result = io.run(standby.name, test);
    if (result.status != CommandResult::Status::Exited || result.exitCode > 1)
        return RemoteOps::describeFailure(standby.name, Tr::tr("looking for the old data"), result);
    *done = result.exitCode == 1;
    return {};
}

} // namespace iha::Procedures::StandbyCopy
