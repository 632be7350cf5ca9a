#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs a program to its end (at most two minutes) and returns what it said, stdout then
// stderr; its exit code goes to `exitCode` when given.
inline QString runProgram(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}
