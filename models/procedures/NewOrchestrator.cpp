// Runbook: "Start a new orchestrator on warm standby PostgreSQL instance".
#include "models/ConfigEditors.h"
#include "models/RemoteOps.h"
#include "models/RemoteScripts.h"
#include "models/ShellQuote.h"
#include "models/procedures/Fencing.h"
#include "models/procedures/InmantaSteps.h"
#include "models/procedures/Preflight.h"
#include "models/procedures/Procedures.h"
#include "models/procedures/Promotion.h"
#include "models/procedures/StepBuilders.h"
#include "models/procedures/Tr.h"

#include <memory>

namespace iha::Procedures {
namespace {

const QString kSection =
    QStringLiteral("Start a new orchestrator on warm standby PostgreSQL instance");

// Decided by the pre-flight from what the old primary shows: "The following step should only
// be executed when the PostgreSQL master node has failed."
using PrimaryFailed = std::shared_ptr<bool>;

Step primaryStateStep(const Node &old, const Node &standby, const PrimaryFailed &failed)
{
    Step step;
    step.description =
        Tr::tr("Whether %1 has failed: only then is %2 promoted").arg(old.name, standby.name);
    step.node = standby.name;
    step.preview = QStringLiteral("on %1: pg_ctl status; SELECT pg_is_in_recovery();\n"
                                  "else from %2: pg_isready -h %3 -t 5")
                       .arg(old.name, standby.name, old.address);
    step.check = [old, standby, failed](StepIo &io, bool *done) {
        // A standby that left recovery was promoted (by an earlier run, or by hand): the
        // promotion's steps decide from there, and fence an old primary that came back.
        RemoteCommand control;
        control.command =
            QStringLiteral("LC_ALL=C %1 -D %2 | sed -n 's/^Database cluster state: *//p'")
                .arg(RemoteOps::postgresProgram(standby, QStringLiteral("pg_controldata")),
                     shellQuote(standby.postgresOrDefault().dataDir));
        control.asRoot = true;
        const CommandResult state = io.run(standby.name, control);
        if (!state.succeeded())
            return RemoteOps::describeFailure(standby.name, QStringLiteral("pg_controldata"),
                                              state);
        if (state.out.trimmed() == "in production") {
            *failed = true;
            *done = true;
            io.note(Tr::tr("%1 left recovery already: it is the primary; %2 must be fenced")
                        .arg(standby.name, old.name));
            return QString();
        }
        Fencing::Evidence evidence;
        if (QString error = Fencing::readPostgres(io, old, standby, &evidence); !error.isEmpty())
            return error;
        const bool servesAsPrimary = evidence.answered && evidence.unreadable.isEmpty() &&
                                     evidence.running && evidence.inRecovery == QLatin1String("f");
        *failed = !servesAsPrimary;
        io.note(servesAsPrimary
                    ? Tr::tr("%1 answers as the primary: it is not failed over; the new "
                             "orchestrator uses it")
                          .arg(old.name)
                    : Tr::tr("%1 has failed (%2): %3 is promoted")
                          .arg(old.name,
                               !evidence.answered
                                   ? Tr::tr("no answer over SSH: %1").arg(evidence.silence)
                               : !evidence.unreadable.isEmpty()
                                   ? evidence.unreadable
                                   : Tr::tr("PostgreSQL does not serve as a primary there"),
                               standby.name));
        *done = true;
        return QString();
    };
    return step;
}

// A promotion step that has nothing to do while the old primary serves.
Step onlyIfFailed(Step step, const PrimaryFailed &failed)
{
    step.check = [failed, check = step.check](StepIo &io, bool *done) {
        if (!*failed) {
            *done = true;
            return QString();
        }
        return check(io, done);
    };
    return step;
}

QString unitInstalled(StepIo &io, const Node &node, bool *installed)
{
    // systemctl status: 4 is "no such unit".
    QString error;
    const auto code = RemoteOps::systemctl(io, node.name, QStringLiteral("status"),
                                           node.inmantaOrDefault().service, &error);
    if (!code)
        return error;
    *installed = *code != 4;
    return {};
}

Step installStep(const Node &node, const QString &command)
{
    Step step;
    step.description =
        Tr::tr("Install the Inmanta server on %1 (skipped when it is there)").arg(node.name);
    step.node = node.name;
    step.runbookSection = kSection;
    step.preview = command.isEmpty() ? QStringLiteral("(no install command given)") : command;
    step.check = [node](StepIo &io, bool *done) {
        return unitInstalled(io, node, done);
    };
    step.act = [node, command](StepIo &io) {
        if (command.isEmpty())
            return Tr::tr("%1: the Inmanta server (unit %2) is not installed; install it "
                          "as the runbook's \"Install Inmanta\" section says, or give "
                          "the command: --install-command CMD")
                .arg(node.name, node.inmantaOrDefault().service);
        return runAsRoot(io, node.name, Tr::tr("the install command"), command, 1800000);
    };
    step.verify = [node](StepIo &io) {
        bool installed = false;
        if (QString error = unitInstalled(io, node, &installed); !error.isEmpty())
            return error;
        return installed ? QString()
                         : Tr::tr("%1: after the install command the unit %2 is not there")
                               .arg(node.name, node.inmantaOrDefault().service);
    };
    return step;
}

// database.cfg: host, name, username and the password (from the keychain, on stdin).
Step databaseConfigStep(const Node &node, const Node &old, const Node &standby,
                        const PrimaryFailed &failed, const ProcedureInputs &inputs)
{
    const InmantaSettings inmanta = node.inmantaOrDefault();
    Step step;
    step.description =
        Tr::tr("Write %1 on %2: the primary's address, database %3, user "
               "%4 and its password (mode 0600)")
            .arg(inmanta.configFile, node.name, inmanta.database, inmanta.databaseUser);
    step.node = node.name;
    step.runbookSection = kSection;
    step.preview = QStringLiteral("[database]\nhost=<%1, or %2 when %1 serves>\nname=%3\n"
                                  "username=%4\npassword=<database-password>")
                       .arg(standby.address, old.address, inmanta.database, inmanta.databaseUser);
    const auto address = [failed, old, standby] {
        return *failed ? standby.address : old.address;
    };
    step.check = [node, address](StepIo &io, bool *done) {
        // The password is never read back: a wrong one shows in the API check.
        return InmantaSteps::databaseHostIs(io, node, address(), done);
    };
    step.act = [node, inmanta, address, password = inputs.databasePassword](StepIo &io) {
        if (password.isEmpty() || password.contains(QLatin1Char('\n')))
            return Tr::tr("no usable database password is stored for the Inmanta "
                          "server: store it with `secret set database-password`");
        RemoteCommand command;
        command.command = QStringLiteral("export IHA_V_host=%1 IHA_V_name=%2 IHA_V_username=%3\n"
                                         "IFS= read -r IHA_V_password; export IHA_V_password\n")
                              .arg(shellQuote(address()), shellQuote(inmanta.database),
                                   shellQuote(inmanta.databaseUser)) +
                          InmantaSteps::databaseSectionScript(
                              inmanta.configFile,
                              {QStringLiteral("host"), QStringLiteral("name"),
                               QStringLiteral("username"), QStringLiteral("password")},
                              inmanta.service);
        command.input = (password + QLatin1Char('\n')).toUtf8();
        command.asRoot = true;
        const CommandResult result = io.run(node.name, command);
        if (!result.succeeded())
            return RemoteOps::describeFailure(node.name,
                                              Tr::tr("writing %1").arg(inmanta.configFile), result);
        io.note(Tr::tr("%1: %2 written; the old file: %3")
                    .arg(node.name, inmanta.configFile, QString::fromUtf8(result.out).trimmed()));
        // A server the install command started reads the file only when it starts.
        QString error;
        const auto active = RemoteOps::systemctl(io, node.name, QStringLiteral("is-active"),
                                                 inmanta.service, &error);
        if (!active)
            return error;
        return *active == 0 ? RemoteOps::serviceAction(io, node.name, QStringLiteral("restart"),
                                                       inmanta.service)
                            : QString();
    };
    step.verify = [node, address](StepIo &io) {
        bool done = false;
        if (QString error = InmantaSteps::databaseHostIs(io, node, address(), &done);
            !error.isEmpty())
            return error;
        return done ? QString()
                    : Tr::tr("%1: database.cfg does not name the primary").arg(node.name);
    };
    return step;
}

// A crashed or cut-off orchestrator's sessions stay open on the database until TCP gives up
// (hours by default); one of them holds Inmanta's singleton lock (18.2 and later), and a new
// server would wait for it and fail. The old server is fenced by now: its sessions are ended.
Step oldSessionsStep(const Node &oldOrchestrator, const Node &old, const Node &standby,
                     const PrimaryFailed &failed)
{
    const QString sessions = QStringLiteral("FROM pg_stat_activity WHERE client_addr = %1::inet")
                                 .arg(sqlLiteral(oldOrchestrator.address));
    Step step;
    step.description = Tr::tr("End the database sessions %1 left open (one may hold the "
                              "Inmanta server's singleton lock)")
                           .arg(oldOrchestrator.name);
    step.node = *failed ? standby.name : old.name;
    step.runbookSection = kSection;
    step.preview = QStringLiteral("SELECT pg_terminate_backend(pid) %1;").arg(sessions);
    const auto database = [failed, old, standby] {
        return *failed ? standby : old;
    };
    step.check = [database, sessions](StepIo &io, bool *done) {
        QString error;
        const auto count = RemoteOps::sql(
            io, database(), QStringLiteral("SELECT count(*) %1;\n").arg(sessions), &error);
        if (!count)
            return error;
        *done = *count == QLatin1String("0");
        return QString();
    };
    step.act = [database, sessions, oldOrchestrator](StepIo &io) {
        // Sessions that still do something are a server that runs (a pre-18.2 server would
        // also reconnect): they are evidence against the fencing, never ended.
        const QString activity =
            QStringLiteral("SELECT coalesce(max(greatest(state_change, query_start, "
                           "backend_start))::text, '') %1;\n")
                .arg(sessions);
        QString error;
        const auto before = RemoteOps::sql(io, database(), activity, &error);
        if (!before)
            return error;
        RemoteCommand pause;
        pause.command = QStringLiteral("sleep 12");
        pause.timeoutMs = 30000;
        io.run(database().name, pause);
        const auto after = RemoteOps::sql(io, database(), activity, &error);
        if (!after)
            return error;
        if (*after != *before)
            return QStringLiteral("REFUSED: ") +
                   Tr::tr("%1's database sessions on %2 are still active (last "
                          "activity %3): its Inmanta server runs. Two orchestrators would "
                          "deploy at once.")
                       .arg(oldOrchestrator.name, database().name, *after);
        const auto ended = RemoteOps::sql(
            io, database(),
            QStringLiteral("SELECT count(pg_terminate_backend(pid)) %1;\n").arg(sessions), &error);
        if (!ended)
            return error;
        io.note(Tr::tr("%1: %2 session(s) of %3 ended")
                    .arg(database().name, *ended, oldOrchestrator.name));
        return QString();
    };
    step.verify = [](StepIo &) {
        return QString();
    };
    return step;
}

// The new server logs in from its own address, which the database's pg_hba.conf does not know
// yet (configure-primary and configure-standby allow the orchestrator of the time).
Step allowServerStep(const Node &node, const Node &old, const Node &standby,
                     const PrimaryFailed &failed, const QString &authMethod)
{
    const InmantaSettings inmanta = node.inmantaOrDefault();
    const PgHba::Rule rule{QStringLiteral("host"), inmanta.database, inmanta.databaseUser,
                           PgHba::hostAddress(node.address), authMethod};
    const auto database = [failed, old, standby] {
        return *failed ? standby : old;
    };
    const auto hba = [database] {
        return confPath(database(), QStringLiteral("pg_hba.conf"));
    };
    Step step;
    step.description = Tr::tr("Allow %1's Inmanta server in the primary's pg_hba.conf, then reload")
                           .arg(node.name);
    step.node = *failed ? standby.name : old.name;
    step.runbookSection = kSection;
    step.preview = rule.line() + QStringLiteral("\nsystemctl reload postgresql");
    const auto inFile = [database, hba, rule](StepIo &io, bool *present) {
        QString error;
        const auto text = RemoteOps::readFile(io, database().name, hba(), &error);
        if (!text)
            return error;
        *present = PgHba::hasRule(QString::fromUtf8(*text), rule);
        return QString();
    };
    step.check = [database, hba, inFile](StepIo &io, bool *done) {
        if (QString error = inFile(io, done); !error.isEmpty() || !*done)
            return error;
        return hbaLoaded(io, database(), hba(), done);
    };
    step.act = [database, hba, rule, inFile](StepIo &io) {
        bool present = false;
        if (QString error = inFile(io, &present); !error.isEmpty())
            return error;
        if (!present) {
            QString error;
            const auto backup = RemoteOps::editFile(
                io, database().name, hba(),
                [rule](const QString &text) { return PgHba::addRule(text, rule); }, &error);
            if (!backup)
                return error;
            io.note(
                Tr::tr("%1: %2 changed; the old file is %3").arg(database().name, hba(), *backup));
        }
        return RemoteOps::serviceAction(io, database().name, QStringLiteral("reload"),
                                        database().postgresOrDefault().service);
    };
    step.verify = [](StepIo &) {
        return QString();
    };
    return step;
}

Step enableStep(const Node &node)
{
    const QString unit = node.inmantaOrDefault().service;
    Step step;
    step.description = Tr::tr("Enable the Inmanta server on %1").arg(node.name);
    step.node = node.name;
    step.runbookSection = kSection;
    step.preview = QStringLiteral("systemctl enable %1").arg(unit);
    step.check = [node, unit](StepIo &io, bool *done) {
        QString error;
        const auto code =
            RemoteOps::systemctl(io, node.name, QStringLiteral("is-enabled"), unit, &error);
        if (!code)
            return error;
        *done = *code == 0;
        return QString();
    };
    step.act = [node, unit](StepIo &io) {
        return RemoteOps::serviceAction(io, node.name, QStringLiteral("enable"), unit);
    };
    step.verify = [](StepIo &) {
        return QString();
    };
    return step;
}

// "When the Inmanta server is up and running, a recompile should be done for each existing
// configuration model": one request per environment, each recorded on the node as it is made,
// so that a resume of this run never asks twice.
Step recompileStep(const Node &node, const QString &cluster, const ProcedureInputs &inputs)
{
    const QString record = RemoteScripts::ownStateDir() +
                           QStringLiteral("/%1.%2.recompiles").arg(cluster, inputs.runId);
    Step step;
    step.description =
        Tr::tr("Request a recompile of every environment on %1, once each").arg(node.name);
    step.node = node.name;
    step.runbookSection = kSection;
    step.preview = QStringLiteral("GET %1/api/v1/environment\nPOST %1/api/v1/notify/<id>  (for "
                                  "each; recorded in %2)")
                       .arg(node.effectiveApiUrl(), record);
    const auto run = [node, record, inputs](StepIo &io, bool dryRun, QString *pending) {
        RemoteCommand command;
        command.command =
            RemoteScripts::ensureOwnStateDir() + QLatin1Char('\n') +
            InmantaSteps::apiScript(
                node.effectiveApiUrl(),
                QStringLiteral(
                    "import os\n"
                    "record, dry = %1, %2\n"
                    "done = set(open(record).read().split()) if os.path.exists(record) else set()\n"
                    "status, body = call('GET', '/api/v1/environment')\n"
                    "if status != 200:\n"
                    "    print('listing the environments answered %s' % status, file=sys.stderr)\n"
                    "    sys.exit(2)\n"
                    "left = []\n"
                    "for env in body.get('environments', body.get('data', [])):\n"
                    "    if env['id'] in done:\n"
                    "        print('already requested by this run: %s (%s)' % (env.get('name'), "
                    "env['id']))\n"
                    "        continue\n"
                    "    if 'pending:' + env['id'] in done:\n"
                    "        print('the request of this run for %s (%s) may or may not have "
                    "reached the server (the connection was lost): not asked again, see its "
                    "compile queue' % (env.get('name'), env['id']))\n"
                    "        continue\n"
                    "    if dry:\n"
                    "        left.append(env['id'])\n"
                    "        continue\n"
                    "    with open(record, 'a') as f:\n"
                    "        f.write('pending:' + env['id'] + '\\n')\n"
                    "    status, _ = call('POST', '/api/v1/notify/' + env['id'], {'update': "
                    "True})\n"
                    "    if status != 200:\n"
                    "        print('recompile of %s (%s) answered %s' % (env.get('name'), "
                    "env['id'], status), file=sys.stderr)\n"
                    "        sys.exit(3)\n"
                    "    with open(record, 'a') as f:\n"
                    "        f.write(env['id'] + '\\n')\n"
                    "    print('recompile requested: %s (%s)' % (env.get('name'), env['id']))\n"
                    "print('left=' + ' '.join(left))\n")
                    .arg(QStringLiteral("'%1'").arg(record),
                         dryRun ? QStringLiteral("True") : QStringLiteral("False")));
        command.input = (inputs.apiToken + QLatin1Char('\n')).toUtf8();
        command.asRoot = true;
        const CommandResult result = io.run(node.name, command);
        if (!result.succeeded())
            return RemoteOps::describeFailure(node.name, Tr::tr("the recompile requests"), result);
        const QString out = QString::fromUtf8(result.out);
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("left=")))
                *pending = line.mid(5).trimmed();
            else
                io.note(QStringLiteral("%1: %2").arg(node.name, line));
        }
        return QString();
    };
    step.check = [run](StepIo &io, bool *done) {
        QString pending;
        const QString error = run(io, true, &pending);
        *done = error.isEmpty() && pending.isEmpty();
        return error;
    };
    step.act = [run](StepIo &io) {
        QString pending;
        return run(io, false, &pending);
    };
    step.verify = [](StepIo &) {
        return QString();
    };
    return step;
}

} // namespace

QString newOrchestrator(const Cluster &cluster, const ProcedureInputs &inputs, Plan *plan)
{
    if (inputs.standbyNode.isEmpty())
        return Tr::tr("new-orchestrator needs the node that becomes the orchestrator: "
                      "--node NODE");
    const Node *nodePtr = cluster.findNode(inputs.standbyNode);
    if (!nodePtr)
        return Tr::tr("no node %1 in cluster %2").arg(inputs.standbyNode, cluster.name);
    if (nodePtr->role != NodeRole::Spare)
        return Tr::tr("%1 is a %2; the new orchestrator is a spare node")
            .arg(nodePtr->name, roleName(nodePtr->role));
    const Node *old = cluster.nodeWithRole(NodeRole::Primary);
    if (!old)
        return Tr::tr("cluster %1 has no primary").arg(cluster.name);
    // Without a standby (a primary that runs alone after a failover) nothing can be promoted:
    // the primary must serve, and the pre-flight says so if it does not.
    const Node *standbyPtr = cluster.nodeWithRole(NodeRole::Standby);
    const Node standby = standbyPtr ? *standbyPtr : *old;
    const Node node = *nodePtr;
    if (PgHba::hostAddress(node.address).isEmpty())
        return Tr::tr("%1: \"%2\" is not an IP address; pg_hba.conf needs one")
            .arg(node.name, node.address);
    const Node *oldOrchestrator = cluster.nodeWithRole(NodeRole::Orchestrator);
    plan->procedure = QStringLiteral("new-orchestrator");
    plan->cluster = cluster.name;
    addPreflightAndLock(cluster, {node, standby}, inputs, plan,
                        /*primaryAnswers=*/!standbyPtr);

    const auto failed = std::make_shared<bool>(standbyPtr != nullptr);
    if (standbyPtr)
        plan->preflight << primaryStateStep(*old, standby, failed);
    const auto orchestratorSeen = std::make_shared<Fencing::Seen>();
    if (oldOrchestrator)
        plan->preflight << Fencing::preflightStep(*oldOrchestrator, node, /*postgres=*/false,
                                                  inputs, orchestratorSeen);
    Plan promotion;
    if (standbyPtr) {
        const auto seen = std::make_shared<Fencing::Seen>();
        Promotion::addPreflight(*old, standby, inputs, &promotion, seen);
        Promotion::addSteps(*old, standby, inputs, &promotion, seen);
    }
    for (const Step &step : std::as_const(promotion.preflight))
        plan->preflight << onlyIfFailed(step, failed);
    plan->preflight << InmantaSteps::configDecidesStep(node);

    // The old orchestrator first: two orchestrators would both deploy.
    if (oldOrchestrator)
        plan->steps << Fencing::fenceStep(*oldOrchestrator, node, /*postgres=*/false, inputs,
                                          kSection, orchestratorSeen);
    for (const Step &step : std::as_const(promotion.steps))
        plan->steps << onlyIfFailed(step, failed);
    if (oldOrchestrator)
        plan->steps << oldSessionsStep(*oldOrchestrator, *old, standby, failed);
    plan->steps << allowServerStep(node, *old, standby, failed, cluster.replication.authMethod);
    plan->steps << installStep(node, inputs.installCommand)
                << databaseConfigStep(node, *old, standby, failed, inputs)
                << InmantaSteps::serviceStep(node, /*running=*/true, kSection) << enableStep(node)
                << InmantaSteps::verifyApiStep(
                       node,
                       [failed, oldAddress = old->address, newAddress = standby.address] {
                           return *failed ? newAddress : oldAddress;
                       },
                       inputs, kSection)
                << recompileStep(node, cluster.name, inputs);
    plan->rolesAfter = [failed, node, old = *old, standby,
                        oldName = oldOrchestrator ? oldOrchestrator->name : QString()] {
        QList<QPair<QString, NodeRole>> roles{qMakePair(node.name, NodeRole::Orchestrator)};
        if (!oldName.isEmpty())
            roles << qMakePair(oldName, NodeRole::Retired);
        if (*failed)
            roles << Promotion::rolesAfter(old, standby);
        return roles;
    };
    return {};
}

} // namespace iha::Procedures
