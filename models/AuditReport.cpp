#include "models/AuditReport.h"

#include "models/AuditEntrySource.h"
#include "models/ChunkedOutput.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

namespace iha::AuditReport {
namespace {

// A JSON string, as QJsonDocument writes one (UTF-8; quotes, backslashes and control
// characters escaped). The report's JSON is written by hand: a document per entry or run costs
// more than the export's time allows.
void appendString(QByteArray &out, const QString &text)
{
    if (!QStringView(text).isValidUtf16()) {
        // A lone surrogate has no UTF-8: escaped as QJsonDocument does, the rest piece by piece.
        out += '"';
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const bool pair =
                c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            if (c.isSurrogate() && !pair) {
                out += "\\u";
                out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
                continue;
            }
            QByteArray piece;
            appendString(piece, text.mid(i, pair ? 2 : 1));
            out += piece.mid(1, piece.size() - 2);
            i += pair ? 1 : 0;
        }
        out += '"';
        return;
    }
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    qsizetype plain = 0; // the start of what needs no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += "0123456789abcdef"[c >> 4];
            out += "0123456789abcdef"[c & 15];
        }
    }
    out.append(utf8.constData() + plain, utf8.size() - plain);
    out += '"';
}

// Writes one object's fields, compact, and closes it when it goes.
class JsonObject
{
public:
    explicit JsonObject(QByteArray &out)
        : m_out(out)
    {
        m_out += '{';
    }
    ~JsonObject() { m_out += '}'; }
    JsonObject(const JsonObject &) = delete;
    JsonObject &operator=(const JsonObject &) = delete;

    JsonObject &text(const char *name, const QString &value)
    {
        key(name);
        appendString(m_out, value);
        return *this;
    }
    JsonObject &number(const char *name, qint64 value)
    {
        key(name);
        m_out += QByteArray::number(value);
        return *this;
    }
    JsonObject &flag(const char *name, bool value)
    {
        key(name);
        m_out += value ? "true" : "false";
        return *this;
    }
    JsonObject &null(const char *name)
    {
        key(name);
        m_out += "null";
        return *this;
    }
    JsonObject &time(const char *name, const QDateTime &value)
    {
        key(name);
        if (value.isValid())
            appendString(m_out, isoTime(value));
        else
            m_out += "null";
        return *this;
    }
    JsonObject &texts(const char *name, const QStringList &values)
    {
        return array(name, values, [this](const QString &value) { appendString(m_out, value); });
    }
    // An array of `items`, each written by `write`.
    template<typename List, typename Write>
    JsonObject &array(const char *name, const List &items, Write write)
    {
        key(name);
        m_out += '[';
        bool first = true;
        for (const auto &item : items) {
            if (!first)
                m_out += ',';
            first = false;
            write(item);
        }
        m_out += ']';
        return *this;
    }

private:
    void key(const char *name)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }

    QByteArray &m_out;
    bool m_first = true;
};

// A run as the report's summary reads it, in the words of its outcome columns.
void appendRun(QByteArray &out, const AuditDigest::RunDigest &run)
{
    JsonObject o(out);
    o.text("runId", run.runId)
        .text("cluster", run.cluster)
        .text("procedure", run.procedure)
        .text("operator", run.operatorName)
        .time("started", run.started)
        .time("ended", run.ended)
        .number("durationMs", run.durationMs())
        .text("outcome", run.outcome)
        .text("message", run.message)
        .flag("resumed", run.resumed)
        .flag("preflightOnly", run.preflightOnly)
        .number("commands", run.commands)
        .array("steps", run.steps,
               [&out](const AuditDigest::StepRow &row) {
                   JsonObject(out)
                       .number("number", row.number)
                       .text("description", row.description)
                       .text("runbookSection", row.section)
                       .text("host", row.host)
                       .text("outcome", row.outcome)
                       .time("started", row.started)
                       .time("ended", row.ended)
                       .text("message", row.message);
               })
        .array("fileChanges", run.files,
               [&out](const AuditDigest::FileChange &change) {
                   JsonObject(out)
                       .number("step", change.step)
                       .text("host", change.host)
                       .text("path", change.path)
                       .text("diff", change.diff);
               })
        .texts("otherChanges", run.otherChanges)
        .array("statements", run.statements,
               [&out](const AuditDigest::Statement &statement) {
                   JsonObject(out)
                       .time("time", statement.time)
                       .text("operator", statement.operatorName)
                       .text("what", statement.what);
               })
        .texts("notes", run.notes);
}

void appendEntry(QByteArray &out, const AuditEntry &e)
{
    JsonObject o(out);
    o.number("sequence", e.sequence)
        .text("time", e.time.isValid() ? isoTime(e.time) : QString())
        .text("operator", e.operatorName)
        .text("cluster", e.cluster)
        .text("runId", e.runId)
        .text("procedure", e.procedure)
        .number("stepNumber", e.stepNumber)
        .text("step", e.step)
        .text("host", e.host)
        .text("command", e.command);
    if (e.hasExitCode)
        o.number("exitCode", e.exitCode);
    else
        o.null("exitCode");
    o.text("output", e.output)
        .number("outputSize", e.outputSize)
        .text("outcome", e.outcome)
        .text("decision", e.decision)
        .text("previousHash", QString::fromLatin1(e.previousHash))
        .text("hash", QString::fromLatin1(e.hash));
}

} // namespace

QString isoTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999 || !clock.isValid())
        return utc.toString(Qt::ISODateWithMs);
    char text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, clock.hour(), 2);
    text[13] = ':';
    put(14, clock.minute(), 2);
    text[16] = ':';
    put(17, clock.second(), 2);
    text[19] = '.';
    put(20, clock.msec(), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

QString writeJson(QIODevice &device, const AuditReportInfo &info, const AuditEntrySource &entries)
{
    const auto headJson = [](const AuditHead &head) {
        return QJsonObject{{QStringLiteral("count"), head.count},
                           {QStringLiteral("hash"), QString::fromLatin1(head.hash)}};
    };
    const QJsonObject about{
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
        {QStringLiteral("hashAlgorithm"),
         QStringLiteral("HMAC-SHA-256(key, previousHash + \"\\n\" + canonical JSON array)")},
    };
    ChunkedOutput out(device);
    // The fields about the report, then the entries as they are read, then the runs digested
    // from them on the way.
    QByteArray head = QJsonDocument(about).toJson(QJsonDocument::Indented);
    head.chop(head.size() - head.lastIndexOf('}'));
    while (head.endsWith('\n'))
        head.chop(1);
    out.buffer() += head;
    out.buffer() += ",\n    \"entries\": [";
    AuditDigest::Builder digest;
    bool first = true;
    const QString readError = entries.forEach([&](const AuditEntry &e) {
        out.buffer() += first ? "\n        " : ",\n        ";
        first = false;
        appendEntry(out.buffer(), e);
        digest.add(e);
        out.flush();
    });
    out.buffer() += first ? "],\n    \"runs\": [" : "\n    ],\n    \"runs\": [";
    first = true;
    const AuditDigest::Digest digested = digest.finish();
    for (const AuditDigest::RunDigest &run : digested.runs) {
        out.buffer() += first ? "\n        " : ",\n        ";
        first = false;
        appendRun(out.buffer(), run);
        out.flush();
    }
    out.buffer() += first ? "]\n}\n" : "\n    ]\n}\n";
    const QString written = out.finish();
    return readError.isEmpty() ? written : readError;
}

QByteArray json(const AuditReportInfo &info, const QList<AuditEntry> &entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeJson(buffer, info, AuditEntryList(entries)); // a buffer in memory takes everything
    return buffer.data();
}

} // namespace iha::AuditReport
