#include "models/procedures/Fencing.h"

#include "models/RemoteOps.h"
#include "models/ShellQuote.h"
#include "models/procedures/Tr.h"

#include <QDateTime>
#include <QUrl>

namespace iha::Procedures::Fencing {
namespace {

// A refusal inside a step: the run stops there, so the operator's word cannot be asked for any
// more; the marker that asks for it is left out.
QString refusal(QString why)
{
    return QStringLiteral("REFUSED: ") + why.remove(kOperatorWordNeeded);
}

// Silence is no TCP connection or no SSH banner. A refused host key, login or sudo is an
// answer (the host is up): it cannot be judged, never attested away.
bool silent(const CommandResult &result)
{
    return !result.hostAnswered && (result.status == CommandResult::Status::NotStarted ||
                                    result.status == CommandResult::Status::ConnectionLost ||
                                    result.status == CommandResult::Status::TimedOut);
}

QString field(const QString &output, const QString &key)
{
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

QString serviceOf(const Node &node, bool postgres)
{
    return postgres ? node.postgresOrDefault().service : node.inmantaOrDefault().service;
}

QString what(bool postgres)
{
    return postgres ? Tr::tr("PostgreSQL") : Tr::tr("the Inmanta server");
}

// Reads the host over SSH; a host that does not answer leaves evidence->answered false and the
// witness is asked `witnessScript` (which prints answers=yes|no).
QString read(StepIo &io, const Node &old, const Node &witness, const QString &script,
             const QString &witnessScript, Evidence *evidence,
             const std::function<void(const QString &)> &parse)
{
    RemoteCommand command;
    command.command = script;
    command.asRoot = true;
    command.timeoutMs = 20000;
    const CommandResult result = io.run(old.name, command);
    if (result.succeeded()) {
        evidence->answered = true;
        parse(QString::fromUtf8(result.out));
        return {};
    }
    if (!silent(result)) {
        evidence->answered = true;
        evidence->unreadable =
            RemoteOps::describeFailure(old.name, Tr::tr("reading its state"), result);
        return {};
    }
    evidence->answered = false;
    evidence->silence = result.error;
    RemoteCommand ask;
    ask.command = witnessScript;
    ask.asRoot = true;
    ask.timeoutMs = 30000;
    const CommandResult asked = io.run(witness.name, ask);
    if (!asked.succeeded())
        return RemoteOps::describeFailure(
            witness.name, Tr::tr("asking whether %1 still answers").arg(old.name), asked);
    evidence->serviceAnswers =
        field(QString::fromUtf8(asked.out), QStringLiteral("answers")) == QLatin1String("yes");
    return {};
}

} // namespace

QString readPostgres(StepIo &io, const Node &old, const Node &witness, Evidence *evidence)
{
    const PostgresSettings pg = old.postgresOrDefault();
    // pg_ctl status: 0 runs, 3 does not, anything else cannot be told. A server started by hand
    // elsewhere still answers pg_isready on its port. psql is bounded: a hung postmaster is
    // "running, state unknown", never silence.
    const QString script =
        QStringLiteral(
            "cd /\n"
            "echo unit=$(systemctl is-enabled %1 2>/dev/null)\n"
            "runuser -u postgres -- %2 status -D %3 >/dev/null 2>&1; s=$?\n"
            "runuser -u postgres -- %6 -p %5 -t 3 >/dev/null 2>&1; case $? in 0|1) s=0 ;; esac\n"
            "case $s in 0) echo running=yes\n"
            "  echo recovery=$(PGCONNECT_TIMEOUT=5 timeout 10 runuser -u postgres -- %4 -X -At -p "
            "%5 -d postgres -c 'SELECT pg_is_in_recovery()' 2>&1 | head -n 1) ;;\n"
            "3) echo running=no ;;\n*) echo running=unknown ;; esac\n")
            .arg(shellQuote(pg.service), RemoteOps::postgresProgram(old, QStringLiteral("pg_ctl")),
                 shellQuote(pg.dataDir), RemoteOps::postgresProgram(old, QStringLiteral("psql")))
            .arg(pg.port)
            .arg(RemoteOps::postgresProgram(old, QStringLiteral("pg_isready")));
    // pg_isready sends PostgreSQL's startup packet: 0 (accepting) and 1 (rejecting, e.g.
    // starting up) are a server that answers; 2 is no answer within the timeout.
    const QString witnessScript =
        QStringLiteral("%1 -h %2 -p %3 -t 5 >/dev/null 2>&1; r=$?\n"
                       "case $r in 0|1) echo answers=yes ;; 2) echo answers=no ;; "
                       "*) echo \"pg_isready failed ($r)\" >&2; exit 1 ;; esac\n")
            .arg(RemoteOps::postgresProgram(witness, QStringLiteral("pg_isready")),
                 shellQuote(old.address))
            .arg(pg.port);
    return read(io, old, witness, script, witnessScript, evidence, [evidence](const QString &out) {
        evidence->unitState = field(out, QStringLiteral("unit"));
        const QString running = field(out, QStringLiteral("running"));
        evidence->running = running != QLatin1String("no");
        evidence->inRecovery = running == QLatin1String("unknown")
                                   ? Tr::tr("pg_ctl status could not tell")
                                   : field(out, QStringLiteral("recovery"));
    });
}

// Where the old server's API can be asked from another host: a loopback apiUrl (the server's
// default bind address) names the asking host itself, so the old node's own address is asked.
static QString remoteApiUrl(const Node &old)
{
    QUrl url(old.effectiveApiUrl());
    const QString host = url.host();
    if (host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) ||
        host == QLatin1String("::1"))
        url.setHost(old.address);
    return url.toString(QUrl::RemoveUserInfo);
}

QString readInmanta(StepIo &io, const Node &old, const Node &witness, Evidence *evidence)
{
    const QString unit = shellQuote(old.inmantaOrDefault().service);
    const int port = QUrl(old.effectiveApiUrl()).port(8888);
    // The unit, and anything listening on the API's port (a server started another way).
    const QString script =
        QStringLiteral("echo unit=$(systemctl is-enabled %1 2>/dev/null)\n"
                       "if systemctl is-active --quiet %1 || ss -Hltn 'sport = :%2' 2>/dev/null | "
                       "grep -q .; then echo running=yes; else echo running=no; fi\n")
            .arg(unit)
            .arg(port);
    // Any answer (an HTTP error, a TLS handshake that fails on its certificate) is a server
    // that runs; only a refused, unreachable or silent port is none.
    const QString program = QStringLiteral(
        "import errno, socket, sys, urllib.error, urllib.request\n"
        "try:\n"
        "    urllib.request.build_opener(urllib.request.ProxyHandler({})).open(\n"
        "        sys.argv[1] + '/api/v1/serverstatus', timeout=5)\n"
        "    print('answers=yes')\n"
        "except urllib.error.HTTPError:\n"
        "    print('answers=yes')\n"
        "except Exception as e:\n"
        "    r = getattr(e, 'reason', e)\n"
        "    silent = isinstance(r, (ConnectionRefusedError, socket.timeout, TimeoutError)) or (\n"
        "        isinstance(r, OSError) and r.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH,\n"
        "                                               errno.EHOSTDOWN))\n"
        "    print('answers=' + ('no' if silent else 'yes'))\n");
    const QString witnessScript =
        QStringLiteral("python3 -c %1 %2").arg(shellQuote(program), shellQuote(remoteApiUrl(old)));
    return read(io, old, witness, script, witnessScript, evidence, [evidence](const QString &out) {
        evidence->unitState = field(out, QStringLiteral("unit"));
        evidence->running = field(out, QStringLiteral("running")) == QLatin1String("yes");
    });
}

Judgement judge(const Node &old, const Node &witness, const Evidence &evidence, bool postgres,
                const ProcedureInputs &inputs, QString *why)
{
    const QString name = what(postgres);
    if (!evidence.unreadable.isEmpty()) {
        *why = Tr::tr("%1 is up but cannot be read (%2): whether %3 runs there cannot be "
                      "told, and an attestation cannot replace that. Fix the login, or "
                      "power the host off.")
                   .arg(old.name, evidence.unreadable, name);
        return Judgement::Refused;
    }
    if (evidence.answered) {
        if (postgres && evidence.running) {
            if (evidence.inRecovery == QLatin1String("f"))
                *why = Tr::tr("%1 answers as a primary: PostgreSQL runs there and accepts writes. "
                              "Promoting %2 now would make two primaries, and what %1 commits from "
                              "then on would be lost.")
                           .arg(old.name, witness.name);
            else if (evidence.inRecovery == QLatin1String("t"))
                *why = Tr::tr("%1 runs PostgreSQL in recovery: it is a standby, not the "
                              "primary the cluster file names; see `status` for which "
                              "node is the primary")
                           .arg(old.name);
            else
                *why = Tr::tr("PostgreSQL runs on %1 and cannot be asked whether it is a "
                              "primary (%2); it is treated as alive")
                           .arg(old.name, evidence.inRecovery);
            return Judgement::Refused;
        }
        if (!evidence.running && evidence.unitState == QLatin1String("masked")) {
            *why = Tr::tr("%1 answers over SSH: %2 is stopped and its unit masked")
                       .arg(old.name, name);
            return Judgement::Fenced;
        }
        const QString unitState =
            evidence.unitState.isEmpty() ? Tr::tr("state unknown") : evidence.unitState;
        *why = evidence.running ? Tr::tr("%1 answers over SSH: %2 runs (unit %3); it is stopped, "
                                         "disabled and masked")
                                      .arg(old.name, name, unitState)
                                : Tr::tr("%1 answers over SSH: %2 is stopped (unit %3); it is "
                                         "stopped, disabled and masked")
                                      .arg(old.name, name, unitState);
        return Judgement::Fenceable;
    }
    const QString where =
        postgres ? QStringLiteral("%1:%2").arg(old.address).arg(old.postgresOrDefault().port)
                 : remoteApiUrl(old);
    if (!evidence.serviceAnswers) {
        *why = Tr::tr("%1 does not answer over SSH (%2), and whether %3 still answers "
                      "could not be asked from %4")
                   .arg(old.name, evidence.silence, name, witness.name);
        return Judgement::Refused;
    }
    if (*evidence.serviceAnswers) {
        *why = Tr::tr("%1 does not answer over SSH (%2), but %3 answers on %4 as seen "
                      "from %5: it is alive. Starting another would make two.")
                   .arg(old.name, evidence.silence, name, where, witness.name);
        return Judgement::Refused;
    }
    if (inputs.attestedFenced.contains(old.name)) {
        *why = Tr::tr("ATTESTED by %1: %2 is powered off or isolated %3. Evidence: it "
                      "does not answer over SSH (%4), and %5 does not answer on %6 as "
                      "seen from %7.")
                   .arg(inputs.operatorName, old.name, inputs.word.attested.arg(old.name),
                        evidence.silence, name, where, witness.name);
        return Judgement::Fenced;
    }
    *why = kOperatorWordNeeded +
           Tr::tr("%1 does not answer over SSH (%2), and %3 does not answer on %4 as "
                  "seen from %5; no evidence can be gathered from a host that does not "
                  "answer. Make sure it is powered off or cut off the network, then "
                  "attest it: %6.")
               .arg(old.name, evidence.silence, name, where, witness.name,
                    inputs.word.toAttest.arg(old.name));
    return Judgement::Refused;
}

QString confirmFenced(StepIo &io, const Node &old, const Node &witness, bool postgres,
                      const ProcedureInputs &inputs)
{
    Evidence evidence;
    const QString error = postgres ? readPostgres(io, old, witness, &evidence)
                                   : readInmanta(io, old, witness, &evidence);
    if (!error.isEmpty())
        return error;
    QString why;
    const Judgement judgement = judge(old, witness, evidence, postgres, inputs, &why);
    if (judgement == Judgement::Fenced) {
        io.note(why);
        return {};
    }
    return judgement == Judgement::Refused ? refusal(why)
                                           : Tr::tr("%1 is not fenced yet: %2").arg(old.name, why);
}

Step preflightStep(const Node &old, const Node &witness, bool postgres,
                   const ProcedureInputs &inputs, const SeenPtr &seen)
{
    Step step;
    step.description = (postgres ? Tr::tr("%1 cannot act any more: PostgreSQL there is stopped, "
                                          "or the host is silent and attested (never two "
                                          "primaries)")
                                 : Tr::tr("%1 cannot act any more: the Inmanta server there is "
                                          "stopped, or the host is silent and attested (never "
                                          "two orchestrators)"))
                           .arg(old.name);
    step.node = witness.name;
    step.attestableNode = old.name;
    step.preview = postgres ? QStringLiteral("on %1: pg_ctl status; SELECT pg_is_in_recovery();\n"
                                             "else from %2: pg_isready -h %3 -t 5")
                                  .arg(old.name, witness.name, old.address)
                            : QStringLiteral("on %1: systemctl is-active %2\n"
                                             "else from %3: GET %4/api/v1/serverstatus")
                                  .arg(old.name, old.inmantaOrDefault().service, witness.name,
                                       remoteApiUrl(old));
    step.check = [old, witness, postgres, inputs, seen](StepIo &io, bool *done) {
        Evidence evidence;
        const QString error = postgres ? readPostgres(io, old, witness, &evidence)
                                       : readInmanta(io, old, witness, &evidence);
        if (!error.isEmpty())
            return error;
        if (seen)
            *seen = Seen{QDateTime::currentMSecsSinceEpoch(), evidence};
        QString why;
        *done = judge(old, witness, evidence, postgres, inputs, &why) != Judgement::Refused;
        if (*done)
            io.note(why);
        return *done ? QString() : why;
    };
    return step;
}

Step fenceStep(const Node &old, const Node &witness, bool postgres, const ProcedureInputs &inputs,
               const QString &section, const SeenPtr &seen)
{
    const QString unit = serviceOf(old, postgres);
    Step step;
    step.description = (postgres ? Tr::tr("Fence %1: stop, disable and mask PostgreSQL there (or "
                                          "the operator's attestation when it does not answer)")
                                 : Tr::tr("Fence %1: stop, disable and mask the Inmanta server "
                                          "there (or the operator's attestation when it does "
                                          "not answer)"))
                           .arg(old.name);
    step.node = old.name;
    step.runbookSection = section;
    step.preview = QStringLiteral("systemctl disable %1\nsystemctl stop %1\nsystemctl mask %1\n"
                                  "(a host that does not answer: the operator's attestation)")
                       .arg(unit);
    step.check = [old, witness, postgres, inputs, seen](StepIo &io, bool *done) {
        Evidence evidence;
        const bool fresh = seen && seen->atMs > QDateTime::currentMSecsSinceEpoch() - 60000;
        const QString error = fresh      ? QString()
                              : postgres ? readPostgres(io, old, witness, &evidence)
                                         : readInmanta(io, old, witness, &evidence);
        if (!error.isEmpty())
            return error;
        if (fresh)
            evidence = seen->evidence;
        QString why;
        const Judgement judgement = judge(old, witness, evidence, postgres, inputs, &why);
        *done = judgement == Judgement::Fenced;
        return judgement == Judgement::Refused ? refusal(why) : QString();
    };
    // Stopped before the mask, which real systemd refuses for a unit file of /etc/systemd/system
    // (the fence then fails, with the service at least stopped and disabled).
    step.act = [old, unit](StepIo &io) {
        for (const QString &action :
             {QStringLiteral("disable"), QStringLiteral("stop"), QStringLiteral("mask")}) {
            if (QString error = RemoteOps::serviceAction(io, old.name, action, unit);
                !error.isEmpty())
                return error;
        }
        return QString();
    };
    step.verify = [old, witness, postgres, inputs](StepIo &io) {
        return confirmFenced(io, old, witness, postgres, inputs);
    };
    return step;
}

} // namespace iha::Procedures::Fencing
