#pragma once
// For `check`: the file's triggers (the append-only audit log, the record rules, the audit seal)
// against those the program's migrations make. A trigger dropped or rewritten behind the program's
// back switches a safeguard off silently; this names it.

#include "checks/CheckFinding.h"

#include <QCoreApplication>
#include <QList>

namespace jinglao::core {

class Database;

class SchemaObjectsCheck {
    Q_DECLARE_TR_FUNCTIONS(SchemaObjectsCheck)

public:
    static void run(const Database& db, QList<CheckFinding>& findings);
};

} // namespace jinglao::core
