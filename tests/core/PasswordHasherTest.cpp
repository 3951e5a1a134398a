#include "auth/PasswordHasher.h"

#include <QStringList>

#include <catch2/catch.hpp>

using jinglao::core::PasswordHasher;

TEST_CASE("A production hash is self-describing PBKDF2-SHA256 with at least 100 000 iterations", "[auth]")
{
    PasswordHasher::resetForTesting();
    const QString stored = PasswordHasher::hash(QStringLiteral("correct horse"));
    const QStringList parts = stored.split(QLatin1Char('$'));
    REQUIRE(parts.size() == 4);
    CHECK(parts.at(0) == QStringLiteral("pbkdf2-sha256"));
    CHECK(parts.at(1).toInt() >= 100000);
    CHECK(QByteArray::fromBase64(parts.at(2).toLatin1()).size() == PasswordHasher::SaltBytes);
    CHECK(QByteArray::fromBase64(parts.at(3).toLatin1()).size() == PasswordHasher::HashBytes);
    CHECK_FALSE(stored.contains(QStringLiteral("correct horse")));
    CHECK(PasswordHasher::verify(QStringLiteral("correct horse"), stored));
}

TEST_CASE("Password hashes verify the right password only", "[auth]")
{
    PasswordHasher::setIterationsForTesting(1000);
    const QString stored = PasswordHasher::hash(QStringLiteral("s3cret-pass"));

    SECTION("the right password verifies")
    {
        CHECK(PasswordHasher::verify(QStringLiteral("s3cret-pass"), stored));
    }
    SECTION("a wrong password does not")
    {
        CHECK_FALSE(PasswordHasher::verify(QStringLiteral("s3cret-pasS"), stored));
        CHECK_FALSE(PasswordHasher::verify(QString(), stored));
    }
    SECTION("the same password gets a different salt each time")
    {
        const QString again = PasswordHasher::hash(QStringLiteral("s3cret-pass"));
        CHECK(again != stored);
        CHECK(PasswordHasher::verify(QStringLiteral("s3cret-pass"), again));
    }
    SECTION("a hash keeps verifying after the iteration count changes")
    {
        PasswordHasher::setIterationsForTesting(2000);
        CHECK(PasswordHasher::storedIterations(stored) == 1000);
        CHECK(PasswordHasher::verify(QStringLiteral("s3cret-pass"), stored));
    }
    SECTION("malformed stored values never verify")
    {
        CHECK_FALSE(PasswordHasher::verify(QStringLiteral("s3cret-pass"), QString()));
        CHECK_FALSE(PasswordHasher::verify(QStringLiteral("s3cret-pass"), QStringLiteral("s3cret-pass")));
        QStringList parts = stored.split(QLatin1Char('$'));
        parts[0] = QStringLiteral("md5");
        CHECK_FALSE(PasswordHasher::verify(QStringLiteral("s3cret-pass"), parts.join(QLatin1Char('$'))));
        parts = stored.split(QLatin1Char('$'));
        parts[3] = QStringLiteral("not base64!");
        CHECK_FALSE(PasswordHasher::verify(QStringLiteral("s3cret-pass"), parts.join(QLatin1Char('$'))));
        CHECK(PasswordHasher::storedIterations(QStringLiteral("plain")) == 0);
    }
    PasswordHasher::resetForTesting();
}
