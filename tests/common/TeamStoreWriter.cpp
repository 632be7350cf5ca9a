// An operator's client in a test of the team's store: appends COUNT entries to the log at
// LOCATION, one transaction each (as a run does), as LABEL. Its own process, with its own
// connection: the test runs several at once. The log's key (base64) and the store role's
// password come on stdin, one line each, never in argv. Once connected it says "ready" and
// waits for a third line: several writers then start at once.
//   iha-team-writer LOCATION COUNT LABEL
#include "app/AuditLog.h"
#include "app/AuditStoreLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: iha-team-writer LOCATION COUNT LABEL (key and password on stdin)\n";
        return 2;
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const QByteArray key = QByteArray::fromBase64(in.readLine().trimmed());
    const QString password = QString::fromUtf8(in.readLine().trimmed());
    iha::AuditStoreLocation where;
    iha::AuditStoreLocation::parse(args.at(1), &where);
    iha::AuditStoreLocation::setPassword(where.passwordKey(), password);
    QString error;
    const auto log = iha::AuditLog::open(args.at(1), &error);
    if (!log) {
        err << error << '\n';
        return 1;
    }
    log->setKey(key);
    QTextStream out(stdout);
    out << "ready" << Qt::endl;
    in.readLine();
    const int count = args.at(2).toInt();
    for (int i = 1; i <= count; ++i) {
        iha::AuditEntry e;
        e.operatorName = args.at(3);
        e.cluster = QStringLiteral("team-test");
        e.step = QStringLiteral("entry %1 of %2").arg(i).arg(args.at(3));
        e.outcome = QStringLiteral("note");
        if (!log->append(e, &error)) {
            err << "entry " << i << ": " << error << '\n';
            return 1;
        }
    }
    out << count << '\n';
    return 0;
}
