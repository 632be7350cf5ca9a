#include "models/procedures/InmantaSteps.h"

#include "models/InmantaConfig.h"
#include "models/RemoteOps.h"
#include "models/RemoteScripts.h"
#include "models/ShellQuote.h"
#include "models/procedures/StepBuilders.h"
#include "models/procedures/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iha::Procedures::InmantaSteps {
namespace {

QString readConfig(StepIo &io, const Node &node, InmantaConfig::Effective *effective)
{
    RemoteCommand command;
    command.command = InmantaConfig::readScript();
    command.asRoot = true;
    const CommandResult result = io.run(node.name, command);
    if (!result.succeeded())
        return RemoteOps::describeFailure(node.name, Tr::tr("reading the Inmanta configuration"),
                                          result);
    *effective = InmantaConfig::parse(QString::fromUtf8(result.out));
    return {};
}

// What the server's API says, as the JSON apiScript's verify body prints.
QString askApi(StepIo &io, const Node &node, const ProcedureInputs &inputs, QJsonObject *answer)
{
    RemoteCommand command;
    command.command =
        apiScript(node.effectiveApiUrl(),
                  QStringLiteral("out = {}\n"
                                 "out['serverstatus'], body = call('GET', '/api/v1/serverstatus')\n"
                                 "if out['serverstatus'] == 200 and isinstance(body, dict):\n"
                                 "    for s in body.get('data', {}).get('slices', []):\n"
                                 "        if s.get('name') == 'core.database':\n"
                                 "            st = s.get('status', {})\n"
                                 "            out['connected'] = bool(st.get('connected'))\n"
                                 "            out['host'] = str(st.get('host', ''))\n"
                                 "            try:\n"
                                 "                out['addresses'] = sorted({a[4][0] for a in "
                                 "socket.getaddrinfo(out['host'], None)})\n"
                                 "            except Exception:\n"
                                 "                out['addresses'] = []\n"
                                 "elif out['serverstatus'] == 0:\n"
                                 "    out['error'] = body\n"
                                 "out['health'], _ = call('GET', '/api/v2/health', auth=False)\n"
                                 "print(json.dumps(out))\n"));
    command.input = (inputs.apiToken + QLatin1Char('\n')).toUtf8();
    command.timeoutMs = 60000;
    const CommandResult result = io.run(node.name, command);
    if (!result.succeeded())
        return RemoteOps::describeFailure(node.name, Tr::tr("asking the Inmanta API"), result);
    *answer = QJsonDocument::fromJson(result.out.trimmed()).object();
    return answer->isEmpty() ? Tr::tr("%1: the Inmanta API check printed no answer").arg(node.name)
                             : QString();
}

// Empty when the answer shows the server working on `databaseAddress`, else why not.
QString judgeApi(const Node &node, const QString &databaseAddress, const QJsonObject &answer)
{
    const int status = answer.value(QStringLiteral("serverstatus")).toInt();
    const int health = answer.value(QStringLiteral("health")).toInt();
    const QString url = node.effectiveApiUrl();
    if (status == 0)
        return Tr::tr("%1: the Inmanta server does not answer on %2 (%3)")
            .arg(node.name, url, answer.value(QStringLiteral("error")).toString());
    if (status == 401)
        return Tr::tr("%1: the Inmanta API wants a token (401): store it with `secret set "
                      "api-token`")
            .arg(node.name);
    if (status == 403)
        return Tr::tr("%1: the Inmanta API refused the stored token (403: wrong, expired, "
                      "revoked, or limited to one environment)")
            .arg(node.name);
    if (status != 200)
        return Tr::tr("%1: GET %2/api/v1/serverstatus answered %3").arg(node.name, url).arg(status);
    const QString host = answer.value(QStringLiteral("host")).toString();
    QStringList addresses;
    for (const QJsonValue &address : answer.value(QStringLiteral("addresses")).toArray())
        addresses << address.toString();
    if (!addresses.contains(databaseAddress) && host != databaseAddress)
        return Tr::tr("%1: the Inmanta server uses the database on %2 (%3), not %4")
            .arg(node.name, host.isEmpty() ? QStringLiteral("?") : host,
                 addresses.join(QLatin1String(", ")), databaseAddress);
    if (!answer.value(QStringLiteral("connected")).toBool())
        return Tr::tr("%1: the Inmanta server is not connected to its database on %2")
            .arg(node.name, host);
    if (health != 200 && health != 404)
        return Tr::tr("%1: GET %2/api/v2/health answered %3").arg(node.name, url).arg(health);
    return {};
}

} // namespace

QString apiScript(const QString &apiUrl, const QString &body)
{
    // The program goes in argv (it holds no secret), so that stdin stays free for the token.
    // No proxy and no redirect: the token goes to the URL of the cluster file and nowhere else.
    const QString program =
        QStringLiteral("import json, os, socket, sys, urllib.error, urllib.request\n"
                       "base = sys.argv[1].rstrip('/')\n"
                       "token = sys.stdin.readline().strip()\n"
                       "class NoRedirect(urllib.request.HTTPRedirectHandler):\n"
                       "    def redirect_request(self, *args):\n"
                       "        return None\n"
                       "opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), "
                       "NoRedirect)\n"
                       "def call(method, path, data=None, auth=True):\n"
                       "    req = urllib.request.Request(base + path, method=method,\n"
                       "        data=None if data is None else json.dumps(data).encode())\n"
                       "    if token and auth:\n"
                       "        req.add_header('Authorization', 'Bearer ' + token)\n"
                       "    if data is not None:\n"
                       "        req.add_header('Content-Type', 'application/json')\n"
                       "    try:\n"
                       "        with opener.open(req, timeout=15) as r:\n"
                       "            raw = r.read()\n"
                       "            return r.status, json.loads(raw) if raw else None\n"
                       "    except urllib.error.HTTPError as e:\n"
                       "        return e.code, None\n"
                       "    except Exception as e:\n"
                       "        return 0, str(e)\n") +
        body;
    return QStringLiteral("python3 -c %1 %2").arg(shellQuote(program), shellQuote(apiUrl));
}

Step configDecidesStep(const Node &orchestrator)
{
    const QString path = orchestrator.inmantaOrDefault().configFile;
    Step step;
    step.description =
        Tr::tr("[database] host in %1 decides on %2: no later file or variable of the "
               "server's environment overrides it")
            .arg(path, orchestrator.name);
    step.node = orchestrator.name;
    step.preview = QStringLiteral("/etc/inmanta/inmanta.cfg, inmanta.d/*.cfg, ~/.inmanta.cfg, "
                                  "/etc/sysconfig/inmanta-server (passwords never read)");
    step.check = [orchestrator, path](StepIo &io, bool *done) {
        InmantaConfig::Effective effective;
        if (QString error = readConfig(io, orchestrator, &effective); !error.isEmpty())
            return error;
        const QString override =
            InmantaConfig::overriddenBy(effective, QStringLiteral("host"), path);
        *done = override.isEmpty();
        return *done ? QString()
                     : Tr::tr("%1: an edit of %2 would not take effect: %3. Remove that "
                              "setting first (nothing was changed).")
                           .arg(orchestrator.name, path, override);
    };
    return step;
}

QString databaseSectionScript(const QString &path, const QStringList &keys, const QString &unit)
{
    // awk edits the [database] section: each key's first line gets the new value (from the
    // environment, never argv), later ones go; a section without it gets it at its end, a
    // missing section or file gets it all. The file keeps its owner and group, and loses what
    // others could read; a new one belongs to the unit's User= (the server must read it),
    // mode 0600. The backup beside it is 0600 from its first byte.
    return QStringLiteral(
               "set -e\nf=%1\n"
               "t=\"$f.iha-tmp\"\nb=\"$f.$(date -u +%Y%m%dT%H%M%SZ).bak\"\n"
               "mkdir -p -m 755 -- \"$(dirname -- \"$f\")\"\numask 077\n"
               "[ -e \"$f\" ] && src=$f || src=/dev/null\n"
               "awk -v keys=%2 '\n"
               "BEGIN { n = split(keys, k, \" \") }\n"
               "function rest() { for (i = 1; i <= n; i++) if (!(k[i] in done)) { print k[i] \" = "
               "\" "
               "ENVIRON[\"IHA_V_\" k[i]]; done[k[i]] = 1 } }\n"
               "/^[ \\t]*\\[/ { if (sec) rest(); sec = ($0 ~ /^[ \\t]*\\[database\\][ "
               "\\t]*([#;].*)?$/); "
               "if (sec) seen = 1; print; next }\n"
               "sec { line = tolower($0); for (i = 1; i <= n; i++) if (line ~ \"^[ \\t]*\" k[i] "
               "\"[ \\t]*[=:]\") { if (!(k[i] in done)) { print k[i] \" = \" ENVIRON[\"IHA_V_\" "
               "k[i]]; done[k[i]] = 1 }; next } }\n"
               "{ print }\n"
               "END { if (!seen) { print \"\"; print \"[database]\" } ; if (!seen || sec) rest() "
               "}' "
               "\"$src\" >\"$t\"\n"
               "if [ -e \"$f\" ]; then\n"
               "  chown --reference=\"$f\" \"$t\"; chmod --reference=\"$f\" \"$t\"; chmod o-rwx "
               "\"$t\"\n"
               "  cp -- \"$f\" \"$b\"; echo \"$b\"\n"
               "else\n"
               "  u=$(systemctl show -p User --value %3 2>/dev/null || true)\n"
               "  [ -n \"$u\" ] && chown -- \"$u\" \"$t\"; chmod 600 \"$t\"; echo '(a new file)'\n"
               "fi\n"
               "sync \"$t\"\nmv -f -- \"$t\" \"$f\"\n")
        .arg(shellQuote(path), shellQuote(keys.join(QLatin1Char(' '))), shellQuote(unit));
}

QString databaseHostIs(StepIo &io, const Node &orchestrator, const QString &host, bool *is)
{
    InmantaConfig::Effective effective;
    if (QString error = readConfig(io, orchestrator, &effective); !error.isEmpty())
        return error;
    const auto winner = effective.winner(QStringLiteral("host"));
    *is = winner && winner->value == host &&
          winner->source.startsWith(orchestrator.inmantaOrDefault().configFile + QLatin1Char(':'));
    return {};
}

Step databaseHostStep(const Node &orchestrator, const QString &host, const QString &section)
{
    const QString path = orchestrator.inmantaOrDefault().configFile;
    Step step;
    step.description = Tr::tr("Set [database] host = %1 in %2 on %3 (every other key "
                              "kept; mode 0600; the file never leaves the host)")
                           .arg(host, path, orchestrator.name);
    step.node = orchestrator.name;
    step.runbookSection = section;
    step.preview = QStringLiteral("[database]\nhost=%1\n(name, username, password and every "
                                  "other key as they are)")
                       .arg(host);
    const auto hostIs = [orchestrator, host](StepIo &io, bool *done) {
        return databaseHostIs(io, orchestrator, host, done);
    };
    step.check = hostIs;
    const QString script = QStringLiteral("export IHA_V_host=%1\n").arg(shellQuote(host)) +
                           databaseSectionScript(path, {QStringLiteral("host")},
                                                 orchestrator.inmantaOrDefault().service);
    step.act = [orchestrator, script, path](StepIo &io) {
        RemoteCommand command;
        command.command = script;
        command.asRoot = true;
        const CommandResult result = io.run(orchestrator.name, command);
        if (!result.succeeded())
            return RemoteOps::describeFailure(
                orchestrator.name, Tr::tr("changing %1 (it was left as it was)").arg(path), result);
        io.note(Tr::tr("%1: %2 changed; the old file is %3")
                    .arg(orchestrator.name, path, QString::fromUtf8(result.out).trimmed()));
        return QString();
    };
    step.verify = [hostIs, orchestrator, path, host](StepIo &io) {
        bool done = false;
        if (QString error = hostIs(io, &done); !error.isEmpty())
            return error;
        return done ? QString()
                    : Tr::tr("%1: %2 does not set [database] host = %3 after the edit")
                          .arg(orchestrator.name, path, host);
    };
    return step;
}

Step serviceStep(const Node &orchestrator, bool running, const QString &section)
{
    const QString unit = orchestrator.inmantaOrDefault().service;
    const QString action = running ? QStringLiteral("start") : QStringLiteral("stop");
    Step step;
    step.description = running ? Tr::tr("Start the Inmanta server on %1").arg(orchestrator.name)
                               : Tr::tr("Stop the Inmanta server on %1").arg(orchestrator.name);
    step.node = orchestrator.name;
    step.runbookSection = section;
    step.preview = QStringLiteral("systemctl %1 %2").arg(action, unit);
    const auto isSo = [orchestrator, unit, running](StepIo &io, bool *done) {
        QString error;
        const auto active =
            RemoteOps::systemctl(io, orchestrator.name, QStringLiteral("is-active"), unit, &error);
        if (!active)
            return error;
        *done = (*active == 0) == running;
        return QString();
    };
    step.check = isSo;
    step.act = [orchestrator, unit, action](StepIo &io) {
        return RemoteOps::serviceAction(io, orchestrator.name, action, unit);
    };
    step.verify = [isSo, orchestrator, running](StepIo &io) {
        bool done = false;
        if (QString error = isSo(io, &done); !error.isEmpty())
            return error;
        return done      ? QString()
               : running ? Tr::tr("%1: the Inmanta server does not run (it may have stopped "
                                  "itself: see its log)")
                               .arg(orchestrator.name)
                         : Tr::tr("%1: the Inmanta server still runs").arg(orchestrator.name);
    };
    return step;
}

Step verifyApiStep(const Node &orchestrator, const std::function<QString()> &databaseAddress,
                   const ProcedureInputs &inputs, const QString &section, int seconds)
{
    Step step;
    step.description = Tr::tr("The Inmanta server on %1 works on the new primary: its API "
                              "says its database is connected there, and health answers "
                              "200")
                           .arg(orchestrator.name);
    step.node = orchestrator.name;
    step.runbookSection = section;
    step.preview = QStringLiteral("GET %1/api/v1/serverstatus  (Authorization: Bearer <token>, "
                                  "from stdin)\nGET %1/api/v2/health")
                       .arg(orchestrator.effectiveApiUrl());
    const auto works = [orchestrator, databaseAddress, inputs](StepIo &io) {
        QJsonObject answer;
        if (QString error = askApi(io, orchestrator, inputs, &answer); !error.isEmpty())
            return error;
        return judgeApi(orchestrator, databaseAddress(), answer);
    };
    step.check = [works](StepIo &io, bool *done) {
        *done = works(io).isEmpty();
        return QString();
    };
    step.act = [works, orchestrator, seconds](StepIo &io) {
        QString problem;
        RemoteOps::pollUntil(io, orchestrator.name, seconds * 1000LL, [&] {
            problem = works(io);
            return problem.isEmpty();
        });
        return problem.isEmpty() ? QString() : Tr::tr("after %1 s: %2").arg(seconds).arg(problem);
    };
    step.verify = works;
    return step;
}

} // namespace iha::Procedures::InmantaSteps
