#pragma once

#include <QString>
#include <QStringList>

namespace iha {

// Replaces every known secret value wherever it appears, whatever characters it holds: plain
// text search (no patterns), longest values first so that a secret containing another is
// masked whole, and also in the forms it takes in shell, SQL and password-file text.
class Redactor
{
public:
    static inline const QString kMask = QStringLiteral("[secret]");

    void addSecret(const QString &value);
    QString redact(QString text) const;
    bool isEmpty() const { return m_forms.isEmpty(); }

private:
    QStringList m_forms; // longest first
};

} // namespace iha
