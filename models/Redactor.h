#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace iha {

// Replaces every known secret value wherever it appears, whatever characters it holds: plain
// text search (no patterns), longest values first so that a secret containing another is
// masked whole, and also in the forms it takes in shell, SQL, password-file, libpq connection
// string, URL, JSON and base64 text (see formsOf in Redactor.cpp).
class Redactor
{
public:
    static inline const QString kMask = QStringLiteral("[secret]");

    void addSecret(const QString &value);
    QString redact(QString text) const;
    // The same for a text that arrives in pieces (a command's output as it runs): returns what
    // can be shown now, masked, and keeps in `held` the end that may be the start of a secret
    // the next piece completes. Once the text has ended, redact(held) is what is left to show.
    QString redactPiece(const QString &piece, QString *held) const;
    bool isEmpty() const { return m_forms.isEmpty(); }

private:
    // Masks every form in `text`; with `held`, keeps back the end that may grow into one.
    QString scan(const QString &text, QString *held) const;

    QStringList m_forms; // longest first
    QSet<QChar> m_firstCharacters;
    qsizetype m_longest = 0;
};

} // namespace iha
