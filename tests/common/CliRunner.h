#pragma once

#include "app/CommandLine.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTextStream>
#include <QTimer>
#include <functional>

// Runs one inmanta-ha-cli command in-process and waits (with a time limit) for a command that
// works on the network or the keychain to finish; `during`, when given, is called every 300 ms
// while it runs (to cancel it, or to break something under it).
struct CliOutcome
{
    int exitCode = -100;
    QString out;
    QString err;
};

inline CliOutcome runCli(const QStringList &args, const QByteArray &stdinData = {},
                         int waitMs = 300000,
                         const std::function<void(iha::CommandLine &)> &during = {})
{
    CliOutcome o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    iha::CommandLine commandLine(out, err);
    QBuffer input;
    input.setData(stdinData);
    input.open(QIODevice::ReadOnly);
    commandLine.setInput(&input);
    QSignalSpy done(&commandLine, &iha::CommandLine::finished);
    QTimer poll;
    poll.setInterval(300);
    if (during) {
        QObject::connect(&poll, &QTimer::timeout, &commandLine,
                         [&during, &commandLine] { during(commandLine); });
        poll.start();
    }
    o.exitCode = commandLine.run(args);
    if (o.exitCode == iha::CommandLine::Pending && (!done.isEmpty() || done.wait(waitMs)))
        o.exitCode = done.first().at(0).toInt();
    out.flush();
    err.flush();
    return o;
}
