#include "familybeds/FamilyBedsCountyFiles.h"

#include "common/Clock.h"
#include "common/Pinyin.h"
#include "familybeds/FamilyBedCodes.h"
#include "residents/Resident.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

namespace jinglao::core {

namespace {

// The contract of the county file from the agreements: the first start, and the end of the
// latest agreement (ended early, or as agreed; none while it runs on).
const QString contractStart =
    QStringLiteral("(SELECT min(a.starts_on) FROM family_bed_agreements a WHERE a.family_bed_uid = f.uid AND "
                   "a.deleted = 0)");
const QString latestAgreement = QStringLiteral(
    "(SELECT a.uid FROM family_bed_agreements a WHERE a.family_bed_uid = f.uid AND a.deleted = 0 "
    "ORDER BY a.starts_on DESC, a.change_seq DESC LIMIT 1)");
const QString contractEnd =
    QStringLiteral("(SELECT coalesce(a.ended_on, a.ends_on) FROM family_bed_agreements a "
                   "WHERE a.uid = %1)")
        .arg(latestAgreement);

QStringList codesOf(const auto& table)
{
    return table.codes();
}

void applyFamilyBed(Database& db, RecordWriter& writer, const CountyRow& row, bool exists)
{
    const QString uid = row.uid();
    const QString name = row.bounded(QStringLiteral("name"), 64, true).simplified();
    const QString idNumber = row.idNumber(QStringLiteral("id_number"), true);
    const int gender = *row.integer(QStringLiteral("gender"), 1, 2, true);
    const QDate born = row.date(QStringLiteral("birth_date"), true);
    row.requireAgreesWithId(idNumber, born, gender);
    const ResidentCategory category = *row.code(QStringLiteral("category"), residentCategoryCodes(), true);
    const QString address = row.bounded(QStringLiteral("address"), 200, true).simplified();
    const std::optional<int> level = row.integer(QStringLiteral("care_level"), 0, 4);
    if (!row.has(QStringLiteral("special_difficulty")) ||
        row.text(QStringLiteral("special_difficulty")).isEmpty())
        throw row.invalid(QStringLiteral("special_difficulty"), FamilyBedsCountyFiles::tr("is required."));
    const bool special = row.flag(QStringLiteral("special_difficulty"));
    const QString reasons =
        row.codeList(QStringLiteral("special_reasons"), codesOf(familybeds::specialReasons()));
    if (!special && !reasons.isEmpty())
        throw row.invalid(QStringLiteral("special_reasons"),
                          FamilyBedsCountyFiles::tr("are given only for special-difficulty elders."));
    const QDate start = row.date(QStringLiteral("contract_start"), true);
    const QDate end = row.date(QStringLiteral("contract_end"));
    if (end.isValid() && end < start)
        throw row.invalid(QStringLiteral("contract_end"),
                          FamilyBedsCountyFiles::tr("lies before the contract start."));
    const QVariant holder = sql::scalar(
        db, QStringLiteral("SELECT name FROM family_beds WHERE id_number = ? AND deleted = 0 AND uid <> ?"),
        {idNumber, uid});
    if (holder.isValid() && !row.deleted())
        throw row.invalid(
            QStringLiteral("id_number"),
            FamilyBedsCountyFiles::tr("already belongs to %1, another family bed.").arg(holder.toString()));
    const QString day = county::isoDate(std::min(row.updatedAt().date(), Clock::today()));

    QVariantMap values{
        {QStringLiteral("name"), name},
        {QStringLiteral("name_pinyin"), pinyin::full(name)},
        {QStringLiteral("name_search"), pinyin::searchKey(name)},
        {QStringLiteral("id_number"), idNumber},
        {QStringLiteral("gender"), gender},
        {QStringLiteral("birth_date"), county::isoDate(born)},
        {QStringLiteral("category"), residentCategoryCodes().code(category)},
        {QStringLiteral("phone"), county::textOrNull(county::phone(row, QStringLiteral("phone")))},
        {QStringLiteral("special_difficulty"), special ? 1 : 0},
        {QStringLiteral("special_reasons"), reasons.isNull() ? QStringLiteral("") : reasons}};
    QVariantMap stored;
    if (exists)
        stored =
            sql::row(db,
                     QStringLiteral(
                         "SELECT f.county || f.township || f.village || f.street_address AS address, "
                         "coalesce(c.level, f.care_level) AS level, "
                         "%1 AS contract_start, %2 AS contract_end, %3 AS latest "
                         "FROM family_beds f LEFT JOIN family_bed_care_levels c ON c.family_bed_uid = f.uid "
                         "WHERE f.uid = ?")
                         .arg(contractStart, contractEnd, latestAgreement),
                     {uid});
    if (!exists || stored.value(QStringLiteral("address")).toString() != address) {
        values.insert(QStringLiteral("county"), QStringLiteral(""));
        values.insert(QStringLiteral("township"), QStringLiteral(""));
        values.insert(QStringLiteral("village"), QStringLiteral(""));
        values.insert(QStringLiteral("street_address"), address);
    }
    const QVariant storedLevel = stored.value(QStringLiteral("level"));
    if (!exists || (level ? storedLevel.isNull() || storedLevel.toInt() != *level : !storedLevel.isNull())) {
        values.insert(QStringLiteral("care_level"), level ? QVariant(*level) : QVariant());
        values.insert(QStringLiteral("care_level_on"), level ? QVariant(day) : QVariant());
        values.insert(QStringLiteral("care_level_source"),
                      level ? QVariant(FamilyBedsCountyFiles::tr("County package")) : QVariant());
    }
    if (exists) {
        writer.update(QStringLiteral("family_beds"), uid, values);
    } else {
        values.insert(QStringLiteral("uid"), uid);
        values.insert(QStringLiteral("deleted"), row.deleted() ? 1 : 0);
        values.insert(QStringLiteral("updated_at"), row.timestamp(QStringLiteral("updated_at"), true));
        writer.insert(QStringLiteral("family_beds"), values);
    }

    // The contract: a new bed gets one agreement; a changed contract moves the first start and
    // the latest agreement's end.
    const QString updatedAt = row.timestamp(QStringLiteral("updated_at"), true);
    if (!exists || stored.value(QStringLiteral("latest")).isNull()) {
        writer.insert(QStringLiteral("family_bed_agreements"),
                      {{QStringLiteral("family_bed_uid"), uid},
                       {QStringLiteral("starts_on"), county::isoDate(start)},
                       {QStringLiteral("ends_on"), county::textOrNull(county::isoDate(end))},
                       {QStringLiteral("planned_visits"), 1},
                       {QStringLiteral("services"), familybeds::visitServices().code(VisitService::Visit)},
                       {QStringLiteral("updated_at"), updatedAt}});
        return;
    }
    if (stored.value(QStringLiteral("contract_start")).toString() != county::isoDate(start)) {
        const QVariant first =
            sql::scalar(db,
                        QStringLiteral("SELECT uid FROM family_bed_agreements WHERE family_bed_uid = ? "
                                       "AND deleted = 0 ORDER BY starts_on LIMIT 1"),
                        {uid});
        writer.update(QStringLiteral("family_bed_agreements"), first.toString(),
                      {{QStringLiteral("starts_on"), county::isoDate(start)},
                       {QStringLiteral("updated_at"), updatedAt}});
    }
    if (county::text(stored.value(QStringLiteral("contract_end"))) != county::isoDate(end)) {
        writer.update(QStringLiteral("family_bed_agreements"),
                      stored.value(QStringLiteral("latest")).toString(),
                      {{QStringLiteral("ends_on"), county::textOrNull(county::isoDate(end))},
                       {QStringLiteral("ended_on"), QVariant()},
                       {QStringLiteral("end_reason"), QVariant()},
                       {QStringLiteral("updated_at"), updatedAt}});
    }
}

void applyVisit(Database& db, RecordWriter& writer, const CountyRow& row, bool exists)
{
    const QDate day = row.date(QStringLiteral("visited_on"), true);
    const QString started = row.timestamp(QStringLiteral("started_at"));
    if (!started.isEmpty() && started.left(10) != county::isoDate(day))
        throw row.invalid(
            QStringLiteral("started_at"),
            FamilyBedsCountyFiles::tr("does not fall on the visit day %1.").arg(county::isoDate(day)));
    const std::optional<VisitMethod> method = row.code(QStringLiteral("method"), familybeds::visitMethods());
    const std::optional<int> satisfaction = row.integer(QStringLiteral("satisfaction"), 1, 3);
    QVariantMap values{
        {QStringLiteral("family_bed_uid"),
         row.reference(db, QStringLiteral("family_bed_uid"), QStringLiteral("family_beds"), true)},
        {QStringLiteral("staff_uid"),
         row.reference(db, QStringLiteral("staff_uid"), QStringLiteral("staff"), true)},
        {QStringLiteral("visited_on"), county::isoDate(day)},
        {QStringLiteral("started_at"), county::textOrNull(started)},
        {QStringLiteral("minutes"), *row.integer(QStringLiteral("minutes"), 1, 720, true)},
        {QStringLiteral("method"), familybeds::visitMethods().code(method.value_or(VisitMethod::Home))},
        {QStringLiteral("services"),
         row.codeList(QStringLiteral("services"), codesOf(familybeds::visitServices()), true)},
        {QStringLiteral("problems"), county::textOrNull(row.bounded(QStringLiteral("problems"), 2000))},
        {QStringLiteral("actions"), county::textOrNull(row.bounded(QStringLiteral("actions"), 2000))},
        {QStringLiteral("satisfaction"), satisfaction ? QVariant(*satisfaction) : QVariant()},
        {QStringLiteral("notes"), county::textOrNull(row.bounded(QStringLiteral("notes"), 2000))}};
    county::write(writer, QStringLiteral("home_visits"), row, exists, values);
}

} // namespace

CountyFile FamilyBedsCountyFiles::familyBeds()
{
    CountyFile file = county::file("family_beds.csv", "family_beds", 25,
                                   {{"uid", true},
                                    {"name", true},
                                    {"id_number", true},
                                    {"gender", true},
                                    {"birth_date", true},
                                    {"category", true},
                                    {"address", true},
                                    {"phone", false},
                                    {"care_level", false},
                                    {"special_difficulty", true},
                                    {"contract_start", true},
                                    {"contract_end", false},
                                    {"special_reasons", false}});
    // updated_at: the latest of the bed, its agreements and its assessments.
    const QString latestChange = QStringLiteral(
        "(SELECT max(t) FROM (SELECT f.updated_at AS t UNION ALL SELECT a.updated_at FROM "
        "family_bed_agreements a WHERE a.family_bed_uid = f.uid AND a.deleted = 0 UNION ALL SELECT "
        "s.updated_at FROM assessments s WHERE s.family_bed_uid = f.uid AND s.deleted = 0))");
    file.exportRows = county::selectExport(
        file.columnNames(),
        QStringLiteral(
            "SELECT f.uid AS uid, f.name AS name, f.id_number AS id_number, f.gender AS gender, f.birth_date "
            "AS "
            "birth_date, f.category AS category, f.county || f.township || f.village || f.street_address AS "
            "address, "
            "f.phone AS phone, coalesce(c.level, f.care_level) AS care_level, f.special_difficulty AS "
            "special_difficulty, %1 AS contract_start, %2 AS contract_end, f.special_reasons AS "
            "special_reasons, "
            "%3 AS updated_at, f.deleted AS deleted FROM family_beds f "
            "LEFT JOIN family_bed_care_levels c ON c.family_bed_uid = f.uid "
            "WHERE {changed:f.change_seq} OR EXISTS (SELECT 1 FROM family_bed_agreements a WHERE "
            "a.family_bed_uid = "
            "f.uid AND {changed:a.change_seq}) OR EXISTS (SELECT 1 FROM assessments s WHERE s.family_bed_uid "
            "= f.uid "
            "AND {changed:s.change_seq}) ORDER BY f.uid")
            .arg(contractStart, contractEnd, latestChange));
    file.storedUpdatedAt = county::latestUpdatedAt(QStringLiteral(
        "SELECT updated_at FROM family_beds WHERE uid = ? UNION ALL SELECT updated_at FROM "
        "family_bed_agreements WHERE family_bed_uid = ? AND deleted = 0 UNION ALL SELECT updated_at FROM "
        "assessments WHERE family_bed_uid = ? AND deleted = 0"));
    file.apply = applyFamilyBed;
    return file;
}

CountyFile FamilyBedsCountyFiles::homeVisits()
{
    CountyFile file = county::file("home_visits.csv", "home_visits", 60,
                                   {{"uid", true},
                                    {"family_bed_uid", true},
                                    {"staff_uid", true},
                                    {"visited_on", true},
                                    {"minutes", true},
                                    {"services", true},
                                    {"notes", false},
                                    {"method", false},
                                    {"started_at", false},
                                    {"problems", false},
                                    {"actions", false},
                                    {"satisfaction", false}});
    file.exportRows = county::selectExport(
        file.columnNames(),
        QStringLiteral("SELECT uid, family_bed_uid, staff_uid, visited_on, minutes, services, notes, method, "
                       "started_at, "
                       "problems, actions, satisfaction, updated_at, deleted FROM home_visits v "
                       "WHERE {changed:v.change_seq} ORDER BY uid"));
    file.apply = applyVisit;
    return file;
}

} // namespace jinglao::core
