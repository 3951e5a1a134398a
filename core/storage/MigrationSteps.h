#pragma once
// The parts of schema steps that SQL cannot do: values computed by the program (a name's pinyin)
// for the rows already in the file. Each runs right after its step's SQL, in the same transaction.

#include <functional>

namespace jinglao::core {

class Database;

namespace migrationsteps {

// The step to run after schema version `version`'s SQL, or an empty function.
std::function<void(Database&)> after(int version);

} // namespace migrationsteps
} // namespace jinglao::core
