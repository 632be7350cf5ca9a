#pragma once

#include <QString>

namespace iha {

// What the product answers when an SSH server asks questions (keyboard-interactive
// authentication): the stored password, to a hidden prompt that asks for a password, once.
// Anything else (a one-time code, a token, a second password prompt after a wrong one) is
// never answered with the password: the login stops and says what was asked.
namespace KeyboardInteractive {

// Rounds of questions a login may take (a server that keeps asking is refused).
constexpr int kMaxRounds = 5;

bool isPasswordPrompt(const QString &prompt, bool echo);

} // namespace KeyboardInteractive
} // namespace iha
