#include "models/Redactor.h"

#include "models/ShellQuote.h"

#include <QUrl>
#include <algorithm>

namespace iha {

namespace {

// `value` with each character in `special` preceded by a backslash.
QString backslashed(const QString &value, QStringView special)
{
    QString out;
    for (const QChar c : value) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// Inside a JSON string: the escapes every encoder writes, and, with `asciiOnly`, every
// character past ASCII as \uXXXX (UTF-16 units, `hexUpper` or lower case: Python writes
// lower); with `slash`, '/' as "\/" (PHP, some Java).
QString jsonEscaped(const QString &value, bool asciiOnly, bool hexUpper, bool slash)
{
    QString out;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            continue;
        case u'\\':
            out += QLatin1String("\\\\");
            continue;
        case u'\n':
            out += QLatin1String("\\n");
            continue;
        case u'\r':
            out += QLatin1String("\\r");
            continue;
        case u'\t':
            out += QLatin1String("\\t");
            continue;
        case u'\b':
            out += QLatin1String("\\b");
            continue;
        case u'\f':
            out += QLatin1String("\\f");
            continue;
        case u'/':
            out += slash ? QLatin1String("\\/") : QLatin1String("/");
            continue;
        default:
            break;
        }
        if (u < 0x20 || (asciiOnly && u > 0x7e)) {
            const QString hex = QString::number(u, 16).rightJustified(4, QLatin1Char('0'));
            out += QLatin1String("\\u") + (hexUpper ? hex.toUpper() : hex);
        } else {
            out += c;
        }
    }
    return out;
}

// The forms a value takes where programs put it: in the files and commands the product
// writes, in URLs and JSON, base64-encoded, and quoted for libpq and the shell.
QStringList formsOf(const QString &value)
{
    QStringList forms = {value, shellQuote(value), value.toHtmlEscaped()};
    forms << QString(value).replace(QLatin1Char('\''), QLatin1String("''")); // SQL literal
    // A libpq password file (.pgpass): '\' and ':' escaped.
    forms << backslashed(value, u"\\:");
    // A libpq connection string's quoted value: '\' and '\'' escaped.
    forms << backslashed(value, u"\\'");
    // Between double quotes in a shell: '\', '"', '$' and '`' escaped.
    forms << backslashed(value, u"\\\"$`");
    // URL-encoded: every encoder escapes at least what Qt does not leave alone, some leave
    // !'()* or '/' as they are (JavaScript, Python), with upper- or lower-case hex, and a
    // space as %20 or '+' (HTML forms).
    for (const QByteArray &keep : {QByteArray(), QByteArray("!'()*"), QByteArray("/")}) {
        const QString encoded =
            QString::fromLatin1(QUrl::toPercentEncoding(value, keep, QByteArray()));
        QString lower = encoded;
        for (qsizetype i = 0; i + 2 < lower.size(); ++i) {
            if (lower.at(i) == QLatin1Char('%')) {
                lower[i + 1] = lower.at(i + 1).toLower();
                lower[i + 2] = lower.at(i + 2).toLower();
            }
        }
        for (const QString &form : {encoded, lower}) {
            forms << form << QString(form).replace(QLatin1String("%20"), QLatin1String("+"));
        }
    }
    for (const bool asciiOnly : {false, true}) {
        for (const bool hexUpper : {false, true}) {
            for (const bool slash : {false, true})
                forms << jsonEscaped(value, asciiOnly, hexUpper, slash);
        }
    }
    // base64 of the value alone (standard and URL-safe alphabets, padded or not): the same
    // secret inside a longer encoded text shifts by its position and cannot be recognised.
    const QByteArray utf8 = value.toUtf8();
    for (const auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        forms << QString::fromLatin1(utf8.toBase64(alphabet))
              << QString::fromLatin1(utf8.toBase64(alphabet | QByteArray::OmitTrailingEquals));
    }
    return forms;
}

} // namespace

void Redactor::addSecret(const QString &value)
{
    if (value.isEmpty())
        return;
    for (const QString &form : formsOf(value)) {
        if (!m_forms.contains(form))
            m_forms << form;
        m_firstCharacters.insert(form.front());
        m_longest = std::max(m_longest, form.size());
    }
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::redact(QString text) const
{
    return scan(text, nullptr);
}

QString Redactor::redactPiece(const QString &piece, QString *held) const
{
    const QString text = *held + piece;
    held->clear();
    return scan(text, held);
}

QString Redactor::scan(const QString &text, QString *held) const
{
    if (m_forms.isEmpty())
        return text;
    // One pass, trying the longest form first at each position: a mask already written is
    // never searched again, so one secret inside another (or inside the mask) cannot garble it.
    // With `held`, the text may go on: where its rest could still grow into a form, the rest
    // is held back for the next piece.
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        // Most characters start no form: only those that may are looked at closely.
        if (!m_firstCharacters.contains(text.at(i))) {
            out += text.at(i++);
            continue;
        }
        const QStringView rest = QStringView(text).mid(i);
        const auto grows = [rest](const QString &form) {
            return form.size() > rest.size() && QStringView(form).startsWith(rest);
        };
        if (held && rest.size() < m_longest &&
            std::any_of(m_forms.cbegin(), m_forms.cend(), grows)) {
            *held = rest.toString();
            return out;
        }
        const auto whole =
            std::find_if(m_forms.cbegin(), m_forms.cend(),
                         [rest](const QString &form) { return rest.startsWith(form); });
        if (whole != m_forms.cend()) {
            out += kMask;
            i += whole->size();
        } else {
            out += text.at(i++);
        }
    }
    return out;
}

} // namespace iha
