#pragma once
// Exit codes every jinglao-cli command uses.

namespace jinglao::cli {

enum ExitCode : int {
    Success = 0,
    UsageError = 1,     // the command line is wrong
    InputRefused = 2,   // the input or request was refused by a rule
    StorageFailure = 3, // the database or a file could not be read or written
};

} // namespace jinglao::cli
