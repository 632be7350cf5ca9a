#pragma once

namespace iha {

// The CLI's exit codes: part of its contract with scripts (README, "Command line").
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitStepFailed = 1,
    ExitUsage = 2,   // usage error or invalid input (also: a command not implemented yet)
    ExitRefused = 3, // refused by a safety or pre-flight check
    ExitCancelled = 4,
};

} // namespace iha
