#pragma once

#include <QList>
#include <QString>

namespace iha {

// One problem found in operator input, tied to the field it concerns ("nodes[1].ssh.port").
struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString field; // empty when the problem concerns the whole input
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const
    {
        return field.isEmpty() ? message : field + QLatin1String(": ") + message;
    }
};

using Diagnostics = QList<Diagnostic>;

inline bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

} // namespace iha
