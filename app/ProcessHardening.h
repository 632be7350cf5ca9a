#pragma once

#include <QStringList>

namespace iha {

// Keeps the secrets this process holds (keychain values, passwords typed in) out of reach of
// other processes of the same user and out of core files: no core dump (RLIMIT_CORE 0) and not
// dumpable (PR_SET_DUMPABLE 0: no core, no ptrace attach, /proc/PID/mem and environ owned by
// root). Called first thing in both executables. Empty, or what could not be set.
QString hardenProcess();

} // namespace iha
