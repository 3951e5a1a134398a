#include "storage/MigrationSteps.h"

#include "auth/AuditChain.h"
#include "common/Pinyin.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace jinglao::core::migrationsteps {

namespace {

// Version 8: every person's spellings, surnames read as surnames. Derived columns, so neither
// updated_at nor the change sequence moves: the records themselves did not change.
void fillNameSpellings(Database& db)
{
    for (const char* table : {"residents", "staff"}) {
        const QString name = QString::fromLatin1(table);
        const bool hasInitials = name == QStringLiteral("residents");
        for (const QVariantMap& row : sql::rows(db, QStringLiteral("SELECT uid, name FROM %1").arg(name))) {
            const QString person = row.value(QStringLiteral("name")).toString();
            QVariantList values{pinyin::full(person), pinyin::searchKey(person)};
            QString assignments = QStringLiteral("name_pinyin = ?, name_search = ?");
            if (hasInitials) {
                assignments += QStringLiteral(", name_initials = ?");
                values.append(pinyin::initials(person));
            }
            values.append(row.value(QStringLiteral("uid")));
            sql::exec(db, QStringLiteral("UPDATE %1 SET %2 WHERE uid = ?").arg(name, assignments), values);
        }
    }
}

} // namespace

std::function<void(Database&)> after(int version)
{
    switch (version) {
    case 8:
        return fillNameSpellings;
    case 15:
        return AuditChain::sealExisting;
    default:
        return {};
    }
}

} // namespace jinglao::core::migrationsteps
