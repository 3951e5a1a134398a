#pragma once
// Salted PBKDF2-HMAC-SHA256 password hashes in a self-describing text form,
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", so that a later raise of the
// iteration count still verifies the hashes stored before it.

#include <QString>

namespace jinglao::core {

class PasswordHasher {
public:
    static constexpr int ProductionIterations = 120000; // the design asks for at least 100 000
    static constexpr int SaltBytes = 16;
    static constexpr int HashBytes = 32;

    // A new hash of password with a fresh random salt and iterations() rounds.
    static QString hash(const QString& password);
    // True when password matches stored; false for a wrong password or a malformed stored value.
    // The comparison takes the same time wherever the hashes differ.
    static bool verify(const QString& password, const QString& stored);
    // The iteration count a stored hash was made with, 0 when it is not a hash of ours.
    static int storedIterations(const QString& stored);

    static int iterations();
    // Tests that hash many passwords lower the count; production never calls this.
    static void setIterationsForTesting(int iterations);
    static void resetForTesting();
};

} // namespace jinglao::core
