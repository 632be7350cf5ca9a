#include "models/KeyboardInteractive.h"

#include <QRegularExpression>

namespace iha::KeyboardInteractive {

bool isPasswordPrompt(const QString &prompt, bool echo)
{
    // PAM's prompt ("Password: ", "labop@db1's password: ") in the languages sshd is likely to
    // speak; a prompt that also names a code or token asks for a second factor.
    static const QRegularExpression password(
        QStringLiteral("\\b(password|passwort|mot de passe|wachtwoord|contrase\u00f1a)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression secondFactor(
        QStringLiteral("one[- ]?time|\\botp\\b|verification|token|\\bcode\\b|passcode|\\bpin\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return !echo && password.match(prompt).hasMatch() && !secondFactor.match(prompt).hasMatch();
}

} // namespace iha::KeyboardInteractive
