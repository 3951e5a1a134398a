#pragma once
// Small builders for tests that need beds and residents: valid ID numbers, a fixed clock,
// a bed and an admission in one line.

#include "auth/Actor.h"
#include "beds/BedService.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "residents/ResidentService.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace jinglao::testing {

// A valid ID number from region 130821 with this birth date and gender.
inline QString makeIdNumber(const QDate& birth, int gender, int sequence = 1)
{
    const int seq = (sequence * 2 + (gender == 1 ? 1 : 0)) % 1000;
    const QString first17 = QStringLiteral("130821") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + core::IdNumber::checkCharacter(first17);
}

// Fixes Clock at 09:00 (+08:00) on day for the guard's lifetime.
class FixedToday {
public:
    explicit FixedToday(const QDate& day)
    {
        core::Clock::setFixedForTesting(QDateTime(day, QTime(9, 0), QTimeZone(8 * 3600)));
    }
    ~FixedToday() { core::Clock::resetForTesting(); }
    FixedToday(const FixedToday&) = delete;
    FixedToday& operator=(const FixedToday&) = delete;
};

inline core::Actor admin()
{
    return core::Actor(QStringLiteral("admin"), core::Role::Administrator);
}

inline QString addBed(core::Database& db, const QString& code, core::BedType type = core::BedType::Nursing)
{
    core::Bed bed;
    const QStringList parts = code.split(QLatin1Char('-'));
    bed.code = code;
    bed.building = parts.value(0);
    bed.room = parts.value(1, QStringLiteral("101"));
    bed.floor = bed.room.left(1);
    bed.type = type;
    return core::BedService(db).addBed(admin(), bed);
}

inline core::ResidentInput person(const QString& name, const QDate& birth, int gender, const QDate& admission,
                                  const QString& bedUid, int sequence = 1)
{
    core::ResidentInput input;
    input.name = name;
    input.idNumber = makeIdNumber(birth, gender, sequence);
    input.gender = gender;
    input.birthDate = birth;
    input.category = core::ResidentCategory::TK;
    input.admissionDate = admission;
    input.bedUid = bedUid;
    return input;
}

} // namespace jinglao::testing
