#include "auth/PasswordHasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <atomic>
#include <iterator>

namespace jinglao::core {

namespace {
const QString scheme = QStringLiteral("pbkdf2-sha256");
std::atomic<int> iterationCount{PasswordHasher::ProductionIterations};

QByteArray derive(const QString& password, const QByteArray& salt, int rounds)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, rounds,
                                              PasswordHasher::HashBytes);
}

bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

struct Parsed {
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

bool parse(const QString& stored, Parsed* parsed)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme)
        return false;
    bool ok = false;
    parsed->iterations = parts.at(1).toInt(&ok);
    if (!ok || parsed->iterations < 1)
        return false;
    const auto salt =
        QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash =
        QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.isEmpty() || hash.decoded.size() != PasswordHasher::HashBytes)
        return false;
    parsed->salt = salt.decoded;
    parsed->hash = hash.decoded;
    return true;
}
} // namespace

QString PasswordHasher::hash(const QString& password)
{
    quint32 words[SaltBytes / 4];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    const QByteArray salt(reinterpret_cast<const char*>(words), SaltBytes);
    const int rounds = iterations();
    return QStringLiteral("%1$%2$%3$%4")
        .arg(scheme)
        .arg(rounds)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(password, salt, rounds).toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored)
{
    Parsed parsed;
    if (!parse(stored, &parsed))
        return false;
    return constantTimeEqual(derive(password, parsed.salt, parsed.iterations), parsed.hash);
}

int PasswordHasher::storedIterations(const QString& stored)
{
    Parsed parsed;
    return parse(stored, &parsed) ? parsed.iterations : 0;
}

int PasswordHasher::iterations()
{
    return iterationCount;
}

void PasswordHasher::setIterationsForTesting(int iterations)
{
    iterationCount = iterations;
}

void PasswordHasher::resetForTesting()
{
    iterationCount = ProductionIterations;
}

} // namespace jinglao::core
