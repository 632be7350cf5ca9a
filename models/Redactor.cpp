#include "models/Redactor.h"

#include "models/ShellQuote.h"

#include <algorithm>

namespace iha {

void Redactor::addSecret(const QString &value)
{
    if (value.isEmpty())
        return;
    // The forms a value takes in the files and commands the product writes: as is, shell-
    // quoted, HTML-escaped, SQL-quoted ('' for '), and escaped for a libpq password file.
    QString sqlQuoted = value;
    sqlQuoted.replace(QLatin1Char('\''), QLatin1String("''"));
    QString passfile = value;
    passfile.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char(':'), QLatin1String("\\:"));
    for (const QString &form :
         {value, shellQuote(value), value.toHtmlEscaped(), sqlQuoted, passfile}) {
        if (!m_forms.contains(form))
            m_forms << form;
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
        const QStringView rest = QStringView(text).mid(i);
        const auto grows = [rest](const QString &form) {
            return form.size() > rest.size() && QStringView(form).startsWith(rest);
        };
        if (held && std::any_of(m_forms.cbegin(), m_forms.cend(), grows)) {
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
