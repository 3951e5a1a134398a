#pragma once
// Rows the assessment tests need from other modules (residents, shift-log incidents), written
// directly with RecordWriter so the tests do not depend on those modules' services.

#include "assessments/AssessmentItems.h"
#include "auth/Actor.h"
#include "common/IdNumber.h"
#include "common/Pinyin.h"
#include "roster/RosterService.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace jinglao::testing {

inline core::Actor testAdministrator()
{
    return core::Actor(QStringLiteral("admin"), core::Role::Administrator);
}

// A resident admitted on admission (not discharged unless discharged is valid).
inline QString insertResident(core::Database& db, const QString& name, const QDate& admission,
                              const QDate& discharged = {})
{
    static int serial = 0;
    ++serial;
    core::Transaction transaction(db);
    core::RecordWriter writer(db, testAdministrator());
    const QString first17 = QStringLiteral("11010519401231%1").arg(serial % 1000, 3, 10, QLatin1Char('0'));
    QVariantMap values{
        {QStringLiteral("name"), name},
        {QStringLiteral("name_pinyin"), core::pinyin::full(name)}, // as the program writes it
        {QStringLiteral("id_number"), first17 + core::IdNumber::checkCharacter(first17)},
        {QStringLiteral("gender"), 1},
        {QStringLiteral("birth_date"), QStringLiteral("1940-12-31")},
        {QStringLiteral("category"), QStringLiteral("TK")},
        {QStringLiteral("admission_date"), admission.toString(Qt::ISODate)},
    };
    if (discharged.isValid()) {
        values.insert(QStringLiteral("discharge_date"), discharged.toString(Qt::ISODate));
        values.insert(QStringLiteral("discharge_reason"), QStringLiteral("HOME"));
    }
    const QString uid = writer.insert(QStringLiteral("residents"), values);
    transaction.commit();
    return uid;
}

// A nurse's staff record and her account (display name 小李), linked when `linked`: who assesses
// when the form names nobody. Returns the account's uid; *staffUid receives the record's.
inline QString insertNurseAccount(core::Database& db, const QString& staffName, const QString& username,
                                  bool linked, QString* staffUid = nullptr)
{
    core::Transaction transaction(db);
    core::RecordWriter writer(db, testAdministrator());
    const QString staff =
        writer.insert(QStringLiteral("staff"), {{QStringLiteral("name"), staffName},
                                                {QStringLiteral("role"), QStringLiteral("NURSE")},
                                                {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")}});
    QVariantMap account{{QStringLiteral("username"), username},
                        {QStringLiteral("display_name"), QStringLiteral("小李")},
                        {QStringLiteral("role"), QStringLiteral("NURSE")},
                        {QStringLiteral("password_hash"), QStringLiteral("-")}};
    if (linked)
        account.insert(QStringLiteral("staff_uid"), staff);
    const QString uid = writer.insert(QStringLiteral("users"), account);
    transaction.commit();
    if (staffUid)
        *staffUid = staff;
    return uid;
}

// One shift-log entry about the resident with an incident code (FALL, CHOKING, WANDERING …),
// written at writtenAt (an ISO timestamp) by the staff member on a day shift of that day.
inline QString insertIncidentBy(core::Database& db, const QString& staffUid, const QString& residentUid,
                                const QString& incident, const QString& writtenAt,
                                const QString& correctsUid = {})
{
    core::RosterService(db).templates(testAdministrator()); // the shift code D must be a template's
    core::Transaction transaction(db);
    core::RecordWriter writer(db, testAdministrator());
    const QString date = writtenAt.left(10);
    const QString shiftUid = writer.insert(
        QStringLiteral("shifts"), {{QStringLiteral("staff_uid"), staffUid},
                                   {QStringLiteral("shift_date"), date},
                                   {QStringLiteral("shift_code"), QStringLiteral("D")},
                                   {QStringLiteral("start_at"), date + QStringLiteral("T07:00:00+08:00")},
                                   {QStringLiteral("end_at"), date + QStringLiteral("T15:00:00+08:00")}});
    QVariantMap entry{
        {QStringLiteral("shift_uid"), shiftUid},        {QStringLiteral("written_at"), writtenAt},
        {QStringLiteral("author_staff_uid"), staffUid}, {QStringLiteral("summary"), QStringLiteral("事件")},
        {QStringLiteral("resident_uid"), residentUid},  {QStringLiteral("incident"), incident}};
    if (!correctsUid.isEmpty())
        entry.insert(QStringLiteral("corrects_uid"), correctsUid);
    const QString uid = writer.insert(QStringLiteral("shift_logs"), entry);
    transaction.commit();
    return uid;
}

// The same, by a new nurse, written at 10:00 local time on the day.
inline QString insertIncident(core::Database& db, const QString& residentUid, const QString& incident,
                              const QDate& day, const QString& correctsUid = {})
{
    core::RosterService(db).templates(testAdministrator());
    core::Transaction transaction(db);
    const QString staffUid =
        core::RecordWriter(db, testAdministrator())
            .insert(QStringLiteral("staff"), {{QStringLiteral("name"), QStringLiteral("护士甲")},
                                              {QStringLiteral("role"), QStringLiteral("NURSE")},
                                              {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")}});
    const QString uid =
        insertIncidentBy(db, staffUid, residentUid, incident,
                         day.toString(Qt::ISODate) + QStringLiteral("T10:00:00+08:00"), correctsUid);
    transaction.commit();
    return uid;
}

// Scores for all 26 items adding up to total (0 … 90): items are filled to their maximum in
// order until the total is reached. The consciousness item is kept at 2 (alert) unless the
// total is too small, so that a low total is not a coma by accident.
inline QMap<QString, int> scoresForTotal(int total)
{
    QMap<QString, int> scores;
    int remaining = total;
    const int alert = 2;
    if (remaining >= alert) {
        scores.insert(core::AssessmentItems::ConsciousnessCode, alert);
        remaining -= alert;
    }
    for (const core::AssessmentItems::Item& item : core::AssessmentItems::all()) {
        if (scores.contains(item.code))
            continue;
        const int score = qMin(remaining, item.maxScore);
        scores.insert(item.code, score);
        remaining -= score;
    }
    return scores;
}

} // namespace jinglao::testing
