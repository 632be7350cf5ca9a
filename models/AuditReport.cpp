#include "models/AuditReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iha::AuditReport {
namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// The runs as the report's summary reads them, in the words of its outcome columns.
QJsonArray runsJson(const AuditDigest::Digest &digest)
{
    QJsonArray runs;
    for (const AuditDigest::RunDigest &run : digest.runs) {
        QJsonArray steps;
        for (const AuditDigest::StepRow &row : run.steps)
            steps.append(QJsonObject{
                {QStringLiteral("number"), row.number},
                {QStringLiteral("description"), row.description},
                {QStringLiteral("runbookSection"), row.section},
                {QStringLiteral("host"), row.host},
                {QStringLiteral("outcome"), row.outcome},
                {QStringLiteral("started"), time(row.started)},
                {QStringLiteral("ended"), time(row.ended)},
                {QStringLiteral("message"), row.message},
            });
        QJsonArray files;
        for (const AuditDigest::FileChange &change : run.files)
            files.append(QJsonObject{{QStringLiteral("step"), change.step},
                                     {QStringLiteral("host"), change.host},
                                     {QStringLiteral("path"), change.path},
                                     {QStringLiteral("diff"), change.diff}});
        QJsonArray statements;
        for (const AuditDigest::Statement &s : run.statements)
            statements.append(QJsonObject{{QStringLiteral("time"), time(s.time)},
                                          {QStringLiteral("operator"), s.operatorName},
                                          {QStringLiteral("what"), s.what}});
        runs.append(QJsonObject{
            {QStringLiteral("runId"), run.runId},
            {QStringLiteral("cluster"), run.cluster},
            {QStringLiteral("procedure"), run.procedure},
            {QStringLiteral("operator"), run.operatorName},
            {QStringLiteral("started"), time(run.started)},
            {QStringLiteral("ended"), time(run.ended)},
            {QStringLiteral("durationMs"), run.durationMs()},
            {QStringLiteral("outcome"), run.outcome},
            {QStringLiteral("message"), run.message},
            {QStringLiteral("resumed"), run.resumed},
            {QStringLiteral("preflightOnly"), run.preflightOnly},
            {QStringLiteral("commands"), run.commands},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("fileChanges"), files},
            {QStringLiteral("otherChanges"), QJsonArray::fromStringList(run.otherChanges)},
            {QStringLiteral("statements"), statements},
            {QStringLiteral("notes"), QJsonArray::fromStringList(run.notes)},
        });
    }
    return runs;
}

} // namespace

QByteArray json(const AuditReportInfo &info, const QList<AuditEntry> &entries)
{
    // Entries are serialised one by one and spliced in: a single document tree of every entry
    // would take several times the memory of the text.
    QByteArray list = "[";
    list.reserve(entries.size() * 700 + 16);
    bool first = true;
    for (const AuditEntry &e : entries) {
        list += first ? "\n    " : ",\n    ";
        first = false;
        list +=
            QJsonDocument(QJsonObject{
                              {QStringLiteral("sequence"), e.sequence},
                              {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("operator"), e.operatorName},
                              {QStringLiteral("cluster"), e.cluster},
                              {QStringLiteral("runId"), e.runId},
                              {QStringLiteral("procedure"), e.procedure},
                              {QStringLiteral("stepNumber"), e.stepNumber},
                              {QStringLiteral("step"), e.step},
                              {QStringLiteral("host"), e.host},
                              {QStringLiteral("command"), e.command},
                              {QStringLiteral("exitCode"),
                               e.hasExitCode ? QJsonValue(e.exitCode) : QJsonValue()},
                              {QStringLiteral("output"), e.output},
                              {QStringLiteral("outputSize"), e.outputSize},
                              {QStringLiteral("outcome"), e.outcome},
                              {QStringLiteral("decision"), e.decision},
                              {QStringLiteral("previousHash"), QString::fromLatin1(e.previousHash)},
                              {QStringLiteral("hash"), QString::fromLatin1(e.hash)},
                          })
                .toJson(QJsonDocument::Compact);
    }
    list += entries.isEmpty() ? "]" : "\n  ]";

    const auto headJson = [](const AuditHead &head) {
        return QJsonObject{{QStringLiteral("count"), head.count},
                           {QStringLiteral("hash"), QString::fromLatin1(head.hash)}};
    };
    const QString marker = QStringLiteral("@entries@");
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("inmanta-ha-admin audit report")},
        {QStringLiteral("formatVersion"), 2},
        {QStringLiteral("exportedAt"), info.exportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("exportedBy"), info.exportedBy},
        {QStringLiteral("databaseId"), info.databaseId},
        {QStringLiteral("run"),
         info.runFilter.isEmpty() ? QJsonValue() : QJsonValue(info.runFilter)},
        {QStringLiteral("logHead"), headJson(info.logHead)},
        {QStringLiteral("keychainHead"),
         info.keychainHead ? QJsonValue(headJson(*info.keychainHead)) : QJsonValue()},
        {QStringLiteral("verification"), info.verification},
        {QStringLiteral("verified"), info.verified},
        {QStringLiteral("runs"), runsJson(AuditDigest::make(entries))},
        {QStringLiteral("hashAlgorithm"),
         QStringLiteral("HMAC-SHA-256(key, previousHash + \"\\n\" + canonical JSON array)")},
        {QStringLiteral("entries"), marker},
    };
    QByteArray out = QJsonDocument(root).toJson(QJsonDocument::Indented);
    out.replace('"' + marker.toLatin1() + '"', list);
    return out;
}

} // namespace iha::AuditReport
