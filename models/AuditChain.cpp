#include "models/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace iha {

AuditHead AuditHead::fromString(const QString &text)
{
    AuditHead head;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        head.count = text.left(colon).toLongLong();
        head.hash = text.mid(colon + 1).toLatin1();
    }
    return head;
}

namespace AuditChain {

namespace {

QByteArray canonicalContent(const AuditEntry &e, const QString &timeText)
{
    const QJsonArray fields{
        e.sequence,
        timeText,
        e.operatorName,
        e.cluster,
        e.runId,
        e.procedure,
        e.stepNumber,
        e.step,
        e.host,
        e.command,
        e.hasExitCode ? QJsonValue(e.exitCode) : QJsonValue(),
        e.output,
        e.outputSize,
        e.outcome,
        e.decision,
    };
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

} // namespace

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray canonicalContent(const AuditEntry &entry)
{
    return canonicalContent(entry, timeText(entry.time));
}

QByteArray hashOf(const QByteArray &previousHash, const AuditEntry &entry, const QString &time,
                  const QByteArray &key)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(previousHash);
    mac.addData("\n");
    mac.addData(canonicalContent(entry, time));
    return mac.result().toHex();
}

QByteArray hashOf(const QByteArray &previousHash, const AuditEntry &entry, const QByteArray &key)
{
    return hashOf(previousHash, entry, timeText(entry.time), key);
}

void setOutput(AuditEntry &entry, const QString &output)
{
    const QByteArray bytes = output.toUtf8();
    entry.outputSize = bytes.size();
    if (bytes.size() <= kOutputLimit) {
        entry.output = output;
        return;
    }
    const qsizetype half = kOutputLimit / 2;
    entry.output =
        QString::fromUtf8(bytes.left(half)) +
        QStringLiteral("\n[... %1 bytes left out of %2; the head and the tail are kept ...]\n")
            .arg(bytes.size() - 2 * half)
            .arg(bytes.size()) +
        QString::fromUtf8(bytes.right(half));
}

} // namespace AuditChain
} // namespace iha
