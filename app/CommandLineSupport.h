#pragma once

// Shared by the files of CommandLine (one per command): the translation context, the
// sub-command parser and small helpers. Internal to the app layer.

#include "app/SshSession.h"
#include "models/AuditEntry.h"
#include "models/Cluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace iha::cli {

// Gives lupdate and the runtime the same translation context.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Parses the options of one sub-command; reports unknown options and wrong positional counts.
class SubcommandParser
{
public:
    explicit SubcommandParser(const QString &command);
    QCommandLineParser &parser() { return m_parser; }
    // Returns an empty string on success, else the reason.
    QString parse(const QStringList &args, int minPositional, int maxPositional);

private:
    QString m_command;
    QCommandLineParser m_parser;
};

// "user@machine", as the audit log records who acted.
QString operatorName();

// The audit entry of an operator accepting a new host key (`how`: "(--accept-new-host-keys)",
// "in the GUI"), recorded in `recordedIn`. The CLI and the window record the same entry.
AuditEntry hostKeyDecision(const QString &cluster, const HostKeyReport &hostKey, const QString &how,
                           const QString &recordedIn);

} // namespace iha::cli
