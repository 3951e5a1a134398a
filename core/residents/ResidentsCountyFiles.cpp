#include "residents/ResidentsCountyFiles.h"

#include "beds/Bed.h"
#include "beds/BedService.h"
#include "common/Clock.h"
#include "common/Pinyin.h"
#include "modules/ModuleSet.h"
#include "residents/Resident.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jinglao::core {

namespace {

// The day a change in the package took effect, when the package says no more: the day of its
// updated_at, never after today and never before `notBefore`.
QDate effectiveDay(const CountyRow& row, const QDate& notBefore)
{
    QDate day = row.updatedAt().date();
    day = std::min(day, Clock::today());
    return std::max(day, notBefore);
}

// ---- beds.csv --------------------------------------------------------------------------------

void applyBed(Database& db, RecordWriter& writer, const CountyRow& row, bool exists)
{
    const QString uid = row.uid();
    const QString code = row.bounded(QStringLiteral("bed_code"), 32, true).trimmed();
    const QVariant holder =
        sql::scalar(db, QStringLiteral("SELECT uid FROM beds WHERE bed_code = ? AND uid <> ?"), {code, uid});
    if (holder.isValid())
        throw row.invalid(QStringLiteral("bed_code"),
                          ResidentsCountyFiles::tr("already names another bed (%1).").arg(holder.toString()));
    const QString building = row.bounded(QStringLiteral("building"), 32);
    const QString floor = row.bounded(QStringLiteral("floor"), 32);
    const QString room = row.bounded(QStringLiteral("room"), 32, true);
    const BedType type = *row.code(QStringLiteral("bed_type"), bedTypeCodes(), true);
    const bool dementia = row.flag(QStringLiteral("dementia_unit"));
    if (!row.has(QStringLiteral("in_service")) || row.text(QStringLiteral("in_service")).isEmpty())
        throw row.invalid(QStringLiteral("in_service"), ResidentsCountyFiles::tr("is required."));
    const bool inService = row.flag(QStringLiteral("in_service"));
    const QVariantMap values{{QStringLiteral("bed_code"), code},
                             {QStringLiteral("building"), building},
                             {QStringLiteral("floor"), floor},
                             {QStringLiteral("room"), room},
                             {QStringLiteral("bed_type"), bedTypeCodes().code(type)},
                             {QStringLiteral("dementia_unit"), dementia ? 1 : 0}};
    const QDate day = effectiveDay(row, QDate());
    if (!exists) {
        QVariantMap inserted = values;
        inserted.insert(QStringLiteral("uid"), uid);
        inserted.insert(QStringLiteral("deleted"), row.deleted() ? 1 : 0);
        inserted.insert(QStringLiteral("in_service"), inService ? 1 : 0);
        inserted.insert(QStringLiteral("updated_at"), row.timestamp(QStringLiteral("updated_at"), true));
        writer.insert(QStringLiteral("beds"), inserted);
        // In service since the package's record of it (moved back when a resident's stay began
        // earlier: BedService::recordHeldFrom).
        if (inService)
            writer.insert(QStringLiteral("bed_service_periods"),
                          {{QStringLiteral("bed_uid"), uid},
                           {QStringLiteral("from_date"), county::isoDate(day)},
                           {QStringLiteral("reason"), ResidentsCountyFiles::tr("County package")}});
        return;
    }
    writer.update(QStringLiteral("beds"), uid, values);
    const bool wasInService =
        sql::scalar(db, QStringLiteral("SELECT in_service FROM beds WHERE uid = ?"), {uid}).toInt() == 1;
    if (wasInService != inService) {
        const QVariant since = sql::scalar(
            db,
            QStringLiteral(
                "SELECT max(coalesce(to_date, from_date)) FROM bed_service_periods WHERE bed_uid = ? AND "
                "deleted = 0"),
            {uid});
        try {
            BedService(db).setInService(writer.actor(), uid, inService,
                                        effectiveDay(row, QDate::fromString(since.toString(), Qt::ISODate)),
                                        ResidentsCountyFiles::tr("County package"));
        } catch (const Error& error) {
            throw Error(Error::Kind::Validation, error.message(), QStringLiteral("in_service"),
                        row.text(QStringLiteral("in_service")));
        }
    }
}

// ---- residents.csv ---------------------------------------------------------------------------

struct ResidentRow {
    QString name;
    QString idNumber;
    int gender = 0;
    QDate birthDate;
    QString category;
    QDate admissionDate;
    QDate dischargeDate;
    QString dischargeReason;
    QString bedUid;
    QString phone;
    QString emergencyContact;
    QString emergencyPhone;
};

ResidentRow checkedResident(const Database& db, const CountyRow& row)
{
    ResidentRow r;
    r.name = row.bounded(QStringLiteral("name"), 64, true).simplified();
    r.idNumber = row.idNumber(QStringLiteral("id_number"), true);
    r.gender = *row.integer(QStringLiteral("gender"), 1, 2, true);
    r.birthDate = row.date(QStringLiteral("birth_date"), true);
    row.requireAgreesWithId(r.idNumber, r.birthDate, r.gender);
    r.category =
        residentCategoryCodes().code(*row.code(QStringLiteral("category"), residentCategoryCodes(), true));
    r.admissionDate = row.date(QStringLiteral("admission_date"), true);
    if (r.admissionDate < r.birthDate)
        throw row.invalid(QStringLiteral("admission_date"),
                          ResidentsCountyFiles::tr("lies before the birth date."));
    r.dischargeDate = row.date(QStringLiteral("discharge_date"));
    const std::optional<DischargeReason> reason =
        row.code(QStringLiteral("discharge_reason"), dischargeReasonCodes());
    if (r.dischargeDate.isValid() != reason.has_value())
        throw row.invalid(r.dischargeDate.isValid() ? QStringLiteral("discharge_reason")
                                                    : QStringLiteral("discharge_date"),
                          ResidentsCountyFiles::tr("a discharge has both its date and its reason."));
    if (reason)
        r.dischargeReason = dischargeReasonCodes().code(*reason);
    if (r.dischargeDate.isValid() && r.dischargeDate < r.admissionDate)
        throw row.invalid(QStringLiteral("discharge_date"),
                          ResidentsCountyFiles::tr("lies before the admission date."));
    r.bedUid = row.reference(db, QStringLiteral("bed_uid"), QStringLiteral("beds"));
    r.phone = county::phone(row, QStringLiteral("phone"));
    r.emergencyPhone = county::phone(row, QStringLiteral("emergency_phone"));
    r.emergencyContact = row.bounded(QStringLiteral("emergency_contact"), 64).simplified();

    const QVariantMap holder = sql::row(
        db, QStringLiteral("SELECT name FROM residents WHERE id_number = ? AND deleted = 0 AND uid <> ?"),
        {r.idNumber, row.uid()});
    if (!holder.isEmpty() && !row.deleted())
        throw row.invalid(QStringLiteral("id_number"),
                          ResidentsCountyFiles::tr("already belongs to %1, another resident.")
                              .arg(holder.value(QStringLiteral("name")).toString()));
    return r;
}

void requireBedFree(const Database& db, const CountyRow& row, const QString& bedUid,
                    const QString& residentUid, const QDate& from)
{
    const QVariantMap bed = sql::row(
        db, QStringLiteral("SELECT bed_code, in_service FROM beds WHERE uid = ? AND deleted = 0"), {bedUid});
    if (bed.isEmpty())
        throw row.invalid(QStringLiteral("bed_uid"), ResidentsCountyFiles::tr("names a withdrawn bed."));
    if (bed.value(QStringLiteral("in_service")).toInt() != 1)
        throw row.invalid(QStringLiteral("bed_uid"),
                          ResidentsCountyFiles::tr("names bed %1, which is out of service.")
                              .arg(bed.value(QStringLiteral("bed_code")).toString()));
    const QVariantMap holder = sql::row(
        db,
        QStringLiteral(
            "SELECT r.name AS name FROM bed_assignments a JOIN residents r ON r.uid = a.resident_uid "
            "WHERE a.bed_uid = ? AND a.deleted = 0 AND r.deleted = 0 AND a.resident_uid <> ? "
            "AND (a.to_date IS NULL OR a.to_date > ?)"),
        {bedUid, residentUid, county::isoDate(from)});
    if (!holder.isEmpty())
        throw row.invalid(QStringLiteral("bed_uid"),
                          ResidentsCountyFiles::tr("names bed %1, held by %2.")
                              .arg(bed.value(QStringLiteral("bed_code")).toString(),
                                   holder.value(QStringLiteral("name")).toString()));
}

void startBed(Database& db, RecordWriter& writer, const CountyRow& row, const QString& residentUid,
              const QString& bedUid, const QDate& from, const QDate& to, const QString& reason)
{
    requireBedFree(db, row, bedUid, residentUid, from);
    try {
        BedService(db).requireInServiceFrom(bedUid, from);
    } catch (const Error& error) {
        throw Error(Error::Kind::Validation, error.message(), QStringLiteral("bed_uid"), bedUid);
    }
    BedService(db).recordHeldFrom(writer.actor(), bedUid, from);
    writer.insert(QStringLiteral("bed_assignments"),
                  {{QStringLiteral("resident_uid"), residentUid},
                   {QStringLiteral("bed_uid"), bedUid},
                   {QStringLiteral("from_date"), county::isoDate(from)},
                   {QStringLiteral("to_date"), county::textOrNull(county::isoDate(to))},
                   {QStringLiteral("reason"), reason}});
}

QVariantMap personalValues(const ResidentRow& r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("name_pinyin"), pinyin::full(r.name)},
            {QStringLiteral("name_initials"), pinyin::initials(r.name)},
            {QStringLiteral("name_search"), pinyin::searchKey(r.name)},
            {QStringLiteral("id_number"), r.idNumber},
            {QStringLiteral("gender"), r.gender},
            {QStringLiteral("birth_date"), county::isoDate(r.birthDate)},
            {QStringLiteral("category"), r.category},
            {QStringLiteral("phone"), county::textOrNull(r.phone)},
            {QStringLiteral("emergency_contact"), county::textOrNull(r.emergencyContact)},
            {QStringLiteral("emergency_phone"), county::textOrNull(r.emergencyPhone)}};
}

// A stay from r.admissionDate (to r.dischargeDate when given), in r.bedUid when given.
void startStay(Database& db, RecordWriter& writer, const CountyRow& row, const QString& uid,
               const ResidentRow& r)
{
    writer.insert(QStringLiteral("resident_stays"),
                  {{QStringLiteral("resident_uid"), uid},
                   {QStringLiteral("admission_date"), county::isoDate(r.admissionDate)},
                   {QStringLiteral("discharge_date"), county::textOrNull(county::isoDate(r.dischargeDate))},
                   {QStringLiteral("discharge_reason"), county::textOrNull(r.dischargeReason)}});
    if (!r.bedUid.isEmpty())
        startBed(db, writer, row, uid, r.bedUid, r.admissionDate, r.dischargeDate,
                 ResidentsCountyFiles::tr("Admission"));
}

void applyResident(Database& db, RecordWriter& writer, const CountyRow& row, bool exists)
{
    const ResidentRow r = checkedResident(db, row);
    const QString uid = row.uid();
    const bool discharged = r.dischargeDate.isValid();
    if (!exists) {
        QVariantMap values = personalValues(r);
        values.insert(QStringLiteral("uid"), uid);
        values.insert(QStringLiteral("deleted"), row.deleted() ? 1 : 0);
        values.insert(QStringLiteral("admission_date"), county::isoDate(r.admissionDate));
        values.insert(QStringLiteral("discharge_date"), county::textOrNull(county::isoDate(r.dischargeDate)));
        values.insert(QStringLiteral("discharge_reason"), county::textOrNull(r.dischargeReason));
        // A discharge frees the bed: a former resident holds none.
        values.insert(QStringLiteral("bed_uid"), discharged ? QVariant() : county::textOrNull(r.bedUid));
        values.insert(QStringLiteral("updated_at"), row.timestamp(QStringLiteral("updated_at"), true));
        writer.insert(QStringLiteral("residents"), values);
        // A record withdrawn before it reached us has no stay here: it counts nowhere.
        if (!row.deleted())
            startStay(db, writer, row, uid, r);
        return;
    }

    const QVariantMap stored = writer.fetch(QStringLiteral("residents"), uid);
    writer.update(QStringLiteral("residents"), uid, personalValues(r));
    const QDate storedAdmission =
        QDate::fromString(stored.value(QStringLiteral("admission_date")).toString(), Qt::ISODate);
    const QDate storedDischarge =
        QDate::fromString(stored.value(QStringLiteral("discharge_date")).toString(), Qt::ISODate);
    const QString storedBed = stored.value(QStringLiteral("bed_uid")).toString();
    const QVariantMap stay =
        sql::row(db,
                 QStringLiteral("SELECT uid FROM resident_stays WHERE resident_uid = ? AND deleted = 0 "
                                "ORDER BY admission_date DESC LIMIT 1"),
                 {uid});
    const QVariantMap assignment =
        sql::row(db,
                 QStringLiteral("SELECT uid, from_date FROM bed_assignments WHERE resident_uid = ? "
                                "AND deleted = 0 AND to_date IS NULL"),
                 {uid});
    const QString stayUid = stay.value(QStringLiteral("uid")).toString();

    if (storedDischarge.isValid() && r.admissionDate > storedDischarge) {
        // Re-admitted after the stored discharge.
        if (stored.value(QStringLiteral("discharge_reason")).toString() ==
            dischargeReasonCodes().code(DischargeReason::Death))
            throw row.invalid(QStringLiteral("admission_date"),
                              ResidentsCountyFiles::tr("re-admits a resident recorded as deceased."));
        writer.update(
            QStringLiteral("residents"), uid,
            {{QStringLiteral("admission_date"), county::isoDate(r.admissionDate)},
             {QStringLiteral("discharge_date"), county::textOrNull(county::isoDate(r.dischargeDate))},
             {QStringLiteral("discharge_reason"), county::textOrNull(r.dischargeReason)},
             {QStringLiteral("bed_uid"), discharged ? QVariant() : county::textOrNull(r.bedUid)}});
        startStay(db, writer, row, uid, r);
        return;
    }
    if (r.admissionDate != storedAdmission) {
        if (storedDischarge.isValid() && r.admissionDate <= storedDischarge &&
            r.admissionDate != storedAdmission)
            throw row.invalid(
                QStringLiteral("admission_date"),
                ResidentsCountyFiles::tr(
                    "differs from this database's admission on %1; a re-admission starts after the "
                    "discharge on %2.")
                    .arg(county::isoDate(storedAdmission), county::isoDate(storedDischarge)));
        // The same stay, its admission corrected.
        writer.update(QStringLiteral("residents"), uid,
                      {{QStringLiteral("admission_date"), county::isoDate(r.admissionDate)}});
        if (!stayUid.isEmpty())
            writer.update(QStringLiteral("resident_stays"), stayUid,
                          {{QStringLiteral("admission_date"), county::isoDate(r.admissionDate)}});
        const QVariant first = sql::scalar(
            db,
            QStringLiteral(
                "SELECT uid FROM bed_assignments WHERE resident_uid = ? AND deleted = 0 AND from_date = ?"),
            {uid, county::isoDate(storedAdmission)});
        if (first.isValid())
            writer.update(QStringLiteral("bed_assignments"), first.toString(),
                          {{QStringLiteral("from_date"), county::isoDate(r.admissionDate)}});
    }

    const QDate bedSince =
        assignment.isEmpty()
            ? r.admissionDate
            : QDate::fromString(assignment.value(QStringLiteral("from_date")).toString(), Qt::ISODate);
    if (!storedDischarge.isValid() && !discharged && r.bedUid != storedBed) {
        // A change of bed.
        const QDate day = effectiveDay(row, bedSince);
        if (!assignment.isEmpty())
            writer.update(QStringLiteral("bed_assignments"),
                          assignment.value(QStringLiteral("uid")).toString(),
                          {{QStringLiteral("to_date"), county::isoDate(day)}});
        if (!r.bedUid.isEmpty())
            startBed(db, writer, row, uid, r.bedUid, day, QDate(), ResidentsCountyFiles::tr("Change of bed"));
        writer.update(QStringLiteral("residents"), uid,
                      {{QStringLiteral("bed_uid"), county::textOrNull(r.bedUid)}});
    } else if (!storedDischarge.isValid() && discharged) {
        // Discharged.
        if (r.dischargeDate < bedSince)
            throw row.invalid(QStringLiteral("discharge_date"),
                              ResidentsCountyFiles::tr("lies before %1, the resident's last change of bed.")
                                  .arg(county::isoDate(bedSince)));
        if (!assignment.isEmpty())
            writer.update(QStringLiteral("bed_assignments"),
                          assignment.value(QStringLiteral("uid")).toString(),
                          {{QStringLiteral("to_date"), county::isoDate(r.dischargeDate)}});
        if (!stayUid.isEmpty())
            writer.update(QStringLiteral("resident_stays"), stayUid,
                          {{QStringLiteral("discharge_date"), county::isoDate(r.dischargeDate)},
                           {QStringLiteral("discharge_reason"), r.dischargeReason}});
        writer.update(QStringLiteral("residents"), uid,
                      {{QStringLiteral("discharge_date"), county::isoDate(r.dischargeDate)},
                       {QStringLiteral("discharge_reason"), r.dischargeReason},
                       {QStringLiteral("bed_uid"), QVariant()}});
        ModuleSet::standard().residentDischarged(db, writer, uid, r.dischargeDate,
                                                 *dischargeReasonCodes().fromCode(r.dischargeReason));
    } else if (storedDischarge.isValid() && discharged &&
               (r.dischargeDate != storedDischarge ||
                r.dischargeReason != stored.value(QStringLiteral("discharge_reason")).toString())) {
        // The discharge corrected.
        writer.update(QStringLiteral("residents"), uid,
                      {{QStringLiteral("discharge_date"), county::isoDate(r.dischargeDate)},
                       {QStringLiteral("discharge_reason"), r.dischargeReason}});
        if (!stayUid.isEmpty())
            writer.update(QStringLiteral("resident_stays"), stayUid,
                          {{QStringLiteral("discharge_date"), county::isoDate(r.dischargeDate)},
                           {QStringLiteral("discharge_reason"), r.dischargeReason}});
    } else if (storedDischarge.isValid() && !discharged) {
        throw row.invalid(
            QStringLiteral("discharge_date"),
            ResidentsCountyFiles::tr(
                "is empty, but this database records a discharge on %1; a re-admission has a later "
                "admission date.")
                .arg(county::isoDate(storedDischarge)));
    }
}

} // namespace

CountyFile ResidentsCountyFiles::beds()
{
    CountyFile file = county::file("beds.csv", "beds", 10,
                                   {{"uid", true},
                                    {"bed_code", true},
                                    {"building", false},
                                    {"floor", false},
                                    {"room", true},
                                    {"bed_type", true},
                                    {"dementia_unit", false},
                                    {"in_service", true}});
    file.exportRows = county::selectExport(
        file.columnNames(),
        QStringLiteral(
            "SELECT uid, bed_code, building, floor, room, bed_type, dementia_unit, in_service, updated_at, "
            "deleted FROM beds b WHERE {changed:b.change_seq} ORDER BY uid"));
    file.apply = applyBed;
    return file;
}

CountyFile ResidentsCountyFiles::residents()
{
    CountyFile file = county::file("residents.csv", "residents", 20,
                                   {{"uid", true},
                                    {"name", true},
                                    {"id_number", true},
                                    {"gender", true},
                                    {"birth_date", true},
                                    {"category", true},
                                    {"admission_date", true},
                                    {"discharge_date", false},
                                    {"discharge_reason", false},
                                    {"bed_uid", false},
                                    {"phone", false},
                                    {"emergency_contact", false},
                                    {"emergency_phone", false}});
    file.exportRows = county::selectExport(
        file.columnNames(),
        QStringLiteral(
            "SELECT uid, name, id_number, gender, birth_date, category, admission_date, discharge_date, "
            "discharge_reason, bed_uid, phone, emergency_contact, emergency_phone, updated_at, deleted "
            "FROM residents r WHERE {changed:r.change_seq} ORDER BY uid"));
    file.apply = applyResident;
    return file;
}

} // namespace jinglao::core
