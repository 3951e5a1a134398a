#include "storage/Savepoint.h"

#include "common/Error.h"
#include "storage/Sql.h"

namespace jinglao::core {

Savepoint::Savepoint(Database& db, QString name)
    : m_db(db)
    , m_name(std::move(name))
{
    if (!sql::isIdentifier(m_name))
        throw Error::storage(QStringLiteral("not a savepoint name: %1").arg(m_name));
    sql::execStatement(m_db, QStringLiteral("SAVEPOINT ") + m_name);
}

Savepoint::~Savepoint()
{
    if (m_released)
        return;
    try {
        sql::execStatement(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name);
        sql::execStatement(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_name);
    } catch (const Error&) {
        // The enclosing transaction is rolled back whole when this fails.
    }
}

void Savepoint::release()
{
    sql::execStatement(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_name);
    m_released = true;
}

} // namespace jinglao::core
