#pragma once
// Realistic pieces for demo data that every demo step may use: Chinese names, ID numbers
// that agree with birth date and gender, phone numbers. Everything comes from the caller's
// seeded generator, so the same seed gives the same data.

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

#include <random>

namespace jinglao::core::demo {

int uniform(std::mt19937& rng, int low, int high); // both ends included
bool chance(std::mt19937& rng, double probability);
template <typename T> const T& pick(std::mt19937& rng, const QList<T>& items)
{
    return items.at(uniform(rng, 0, static_cast<int>(items.size()) - 1));
}

QString surname(std::mt19937& rng);
// A given name typical of people born around birthYear (建国 for men of the 1950s …).
QString givenName(std::mt19937& rng, int gender, int birthYear);
QString fullName(std::mt19937& rng, int gender, int birthYear);
// An 18-digit ID number with the right check digit, not in used (which it is added to).
QString idNumber(std::mt19937& rng, const QDate& birthDate, int gender, QSet<QString>& used,
                 const QString& region = QStringLiteral("130821"));
QString mobilePhone(std::mt19937& rng);
// A stable seed for one step from the run's seed and the step's name.
quint32 stepSeed(quint32 seed, const QString& stepName);

} // namespace jinglao::core::demo
