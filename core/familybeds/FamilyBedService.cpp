#include "familybeds/FamilyBedService.h"

#include "auth/Privacy.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/IdNumber.h"
#include "common/Pinyin.h"
#include "common/TextRules.h"
#include "familybeds/FamilyBedCodes.h"
#include "residents/ResidentService.h"
#include "staff/StaffService.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>

namespace jinglao::core {

namespace {

const QString bedsTable = QStringLiteral("family_beds");
const QString agreementsTable = QStringLiteral("family_bed_agreements");

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant textValue(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// A family bed with the care level of its latest assessment, if any (family_bed_care_levels).
const QString bedSelect =
    QStringLiteral("SELECT family_beds.*, c.level AS assessed_level, c.assessed_on AS assessed_on, "
                   "c.assessment_uid AS assessment_uid, c.assessor AS assessed_by FROM family_beds "
                   "LEFT JOIN family_bed_care_levels c ON c.family_bed_uid = family_beds.uid ");

const QString agreementSelect = QStringLiteral("SELECT a.*, s.name AS staff_name FROM family_bed_agreements "
                                               "a LEFT JOIN staff s ON s.uid = a.staff_uid ");

} // namespace

FamilyBedService::FamilyBedService(Database& db)
    : m_db(db)
{}

QString FamilyBedService::nameLabel()
{
    return tr("Name");
}
QString FamilyBedService::addressLabel()
{
    return tr("Address");
}
QString FamilyBedService::countyLabel()
{
    return tr("County");
}
QString FamilyBedService::townshipLabel()
{
    return tr("Township");
}
QString FamilyBedService::villageLabel()
{
    return tr("Village");
}
QString FamilyBedService::streetLabel()
{
    return tr("Street address");
}
QString FamilyBedService::specialReasonsLabel()
{
    return tr("Reasons for special difficulty");
}
QString FamilyBedService::careLevelLabel()
{
    return tr("Care level");
}
QString FamilyBedService::careLevelDateLabel()
{
    return tr("Care level assessed on");
}
QString FamilyBedService::careLevelSourceLabel()
{
    return tr("Assessed by");
}
QString FamilyBedService::assessedSource(const QString& assessor)
{
    return assessor.isEmpty() ? tr("Assessment") : tr("Assessment by %1").arg(assessor);
}
QString FamilyBedService::currentCareLevelText(const FamilyBed& bed)
{
    if (bed.currentLevel < 0)
        return ResidentService::careLevelLabel(-1);
    //: A family bed's care level: %1 the level, %2 where it comes from, %3 its date
    return tr("%1 (source: %2; %3)")
        .arg(ResidentService::careLevelLabel(bed.currentLevel), bed.currentLevelSource,
             bed.currentLevelOn.toString(Qt::ISODate));
}
QString FamilyBedService::startLabel()
{
    return tr("Agreement start");
}
QString FamilyBedService::endLabel()
{
    return tr("Agreement end");
}
QString FamilyBedService::plannedVisitsLabel()
{
    return tr("Visits per month");
}
QString FamilyBedService::servicesLabel()
{
    return tr("Services");
}
QString FamilyBedService::staffLabel()
{
    return tr("Assigned staff");
}
QString FamilyBedService::endReasonLabel()
{
    return tr("Reason for ending");
}

QString FamilyBedService::agreementStateLabel(Agreement::State state)
{
    switch (state) {
    case Agreement::State::Upcoming:
        return tr("Upcoming");
    case Agreement::State::Active:
        return tr("Active");
    case Agreement::State::Ended:
        return tr("Ended");
    }
    return {};
}

// ---- the registry ------------------------------------------------------------------------------

FamilyBed FamilyBedService::checked(const FamilyBed& input) const
{
    FamilyBed bed = input;
    bed.name = textrules::line(input.name, nameLabel(), 64, true);
    bed.idNumber = IdNumber::normalize(input.idNumber);
    bed.birthDate = input.birthDate.isValid() ? input.birthDate : IdNumber::birthDate(bed.idNumber);
    bed.gender = (input.gender == 1 || input.gender == 2) ? input.gender : IdNumber::gender(bed.idNumber);
    IdNumber::requireAgreement(bed.idNumber, bed.birthDate, bed.gender);
    const QString holder =
        sql::scalar(
            m_db,
            QStringLiteral("SELECT name FROM family_beds WHERE id_number = ? AND deleted = 0 AND uid <> "
                           "coalesce(?, '')"),
            {bed.idNumber, input.uid})
            .toString();
    if (!holder.isEmpty())
        throw Error::validation(IdNumber::fieldLabel(), bed.idNumber,
                                tr("already belongs to %1, registered for a family bed.").arg(holder));
    bed.county = textrules::line(input.county, countyLabel(), 32);
    bed.township = textrules::line(input.township, townshipLabel(), 32);
    bed.village = textrules::line(input.village, villageLabel(), 32);
    bed.streetAddress = textrules::line(input.streetAddress, streetLabel(), 128);
    if (bed.address().isEmpty())
        throw Error::validation(addressLabel(), QString(),
                                tr("is required (at least the village or the street)."));
    bed.phone = textrules::phone(input.phone, ResidentService::phoneLabel());
    bed.emergencyContact =
        textrules::line(input.emergencyContact, ResidentService::emergencyContactLabel(), 64);
    bed.emergencyPhone = textrules::phone(input.emergencyPhone, ResidentService::emergencyPhoneLabel());
    if (!bed.specialDifficulty)
        bed.specialReasons.clear();
    else if (bed.specialReasons.isEmpty())
        throw Error::validation(specialReasonsLabel(), QString(),
                                tr("at least one is needed for a special-difficulty elder."));
    if (input.careLevel < -1 || input.careLevel > 4)
        throw Error::validation(careLevelLabel(), input.careLevel, tr("must be 0 to 4."));
    if (bed.careLevel >= 0) {
        if (!bed.careLevelOn.isValid())
            throw Error::validation(careLevelDateLabel(), QString(), tr("is needed with a care level."));
        if (bed.careLevelOn > Clock::today())
            throw Error::validation(careLevelDateLabel(), bed.careLevelOn.toString(Qt::ISODate),
                                    tr("lies in the future."));
        bed.careLevelSource = textrules::line(input.careLevelSource, careLevelSourceLabel(), 64, true);
    } else {
        bed.careLevelOn = QDate();
        bed.careLevelSource.clear();
    }
    return bed;
}

QVariantMap FamilyBedService::values(const FamilyBed& bed)
{
    // The address parts are NOT NULL: an empty part is stored as '' (a null QString would be NULL).
    const auto part = [](const QString& text) {
        return text.isEmpty() ? QStringLiteral("") : text;
    };
    return {{QStringLiteral("name"), bed.name},
            {QStringLiteral("name_pinyin"), pinyin::full(bed.name)},
            {QStringLiteral("name_search"), pinyin::searchKey(bed.name)},
            {QStringLiteral("id_number"), bed.idNumber},
            {QStringLiteral("gender"), bed.gender},
            {QStringLiteral("birth_date"), dateValue(bed.birthDate)},
            {QStringLiteral("category"), residentCategoryCodes().code(bed.category)},
            {QStringLiteral("county"), part(bed.county)},
            {QStringLiteral("township"), part(bed.township)},
            {QStringLiteral("village"), part(bed.village)},
            {QStringLiteral("street_address"), part(bed.streetAddress)},
            {QStringLiteral("phone"), textValue(bed.phone)},
            {QStringLiteral("emergency_contact"), textValue(bed.emergencyContact)},
            {QStringLiteral("emergency_phone"), textValue(bed.emergencyPhone)},
            {QStringLiteral("special_difficulty"), bed.specialDifficulty ? 1 : 0},
            {QStringLiteral("special_reasons"),
             familybeds::joinCodes(familybeds::specialReasons(), bed.specialReasons)},
            {QStringLiteral("care_level"), bed.careLevel >= 0 ? QVariant(bed.careLevel) : QVariant()},
            {QStringLiteral("care_level_on"), dateValue(bed.careLevelOn)},
            {QStringLiteral("care_level_source"), textValue(bed.careLevelSource)}};
}

QString FamilyBedService::add(const Actor& actor, const FamilyBed& input)
{
    actor.require(Permission::ManageFamilyBeds);
    const FamilyBed bed = checked(input);
    Transaction transaction(m_db);
    const QString uid = RecordWriter(m_db, actor).insert(bedsTable, values(bed));
    transaction.commit();
    return uid;
}

void FamilyBedService::update(const Actor& actor, const FamilyBed& input)
{
    actor.require(Permission::ManageFamilyBeds);
    const FamilyBed bed = checked(input);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    writer.fetch(bedsTable, bed.uid);
    writer.update(bedsTable, bed.uid, values(bed));
    transaction.commit();
}

FamilyBed FamilyBedService::fromRow(const Actor& actor, const QVariantMap& row) const
{
    FamilyBed bed;
    bed.uid = row.value(QStringLiteral("uid")).toString();
    bed.name = row.value(QStringLiteral("name")).toString();
    bed.idNumber = privacy::shownIdNumber(actor, row.value(QStringLiteral("id_number")).toString());
    bed.gender = row.value(QStringLiteral("gender")).toInt();
    bed.birthDate = dateOf(row.value(QStringLiteral("birth_date")));
    bed.category = residentCategoryCodes()
                       .fromCode(row.value(QStringLiteral("category")).toString())
                       .value_or(ResidentCategory::SH);
    bed.county = row.value(QStringLiteral("county")).toString();
    bed.township = row.value(QStringLiteral("township")).toString();
    bed.village = row.value(QStringLiteral("village")).toString();
    bed.streetAddress = privacy::shownAddress(actor, row.value(QStringLiteral("street_address")).toString());
    bed.phone = privacy::shownPhone(actor, row.value(QStringLiteral("phone")).toString());
    bed.emergencyContact = row.value(QStringLiteral("emergency_contact")).toString();
    bed.emergencyPhone = privacy::shownPhone(actor, row.value(QStringLiteral("emergency_phone")).toString());
    bed.specialDifficulty = row.value(QStringLiteral("special_difficulty")).toInt() == 1;
    bed.specialReasons = familybeds::parseSpecialReasons(
        row.value(QStringLiteral("special_reasons")).toString(), specialReasonsLabel());
    bed.careLevel = row.value(QStringLiteral("care_level")).isNull()
                        ? -1
                        : row.value(QStringLiteral("care_level")).toInt();
    bed.careLevelOn = dateOf(row.value(QStringLiteral("care_level_on")));
    bed.careLevelSource = row.value(QStringLiteral("care_level_source")).toString();
    if (!row.value(QStringLiteral("assessment_uid")).isNull()) {
        bed.currentLevelOrigin = FamilyBed::CareLevelOrigin::Assessment;
        bed.currentLevel = row.value(QStringLiteral("assessed_level")).toInt();
        bed.currentLevelOn = dateOf(row.value(QStringLiteral("assessed_on")));
        bed.currentLevelSource = assessedSource(row.value(QStringLiteral("assessed_by")).toString());
        bed.currentLevelAssessmentUid = row.value(QStringLiteral("assessment_uid")).toString();
    } else if (bed.careLevel >= 0) {
        bed.currentLevelOrigin = FamilyBed::CareLevelOrigin::Entered;
        bed.currentLevel = bed.careLevel;
        bed.currentLevelOn = bed.careLevelOn;
        bed.currentLevelSource = bed.careLevelSource;
    }
    return bed;
}

FamilyBed FamilyBedService::familyBed(const Actor& actor, const QString& uid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row = sql::row(
        m_db, bedSelect + QStringLiteral("WHERE family_beds.uid = ? AND family_beds.deleted = 0"), {uid});
    if (row.isEmpty())
        throw Error::notFound(tr("There is no family bed %1.").arg(uid));
    return fromRow(actor, row);
}

QList<FamilyBed> FamilyBedService::list(const Actor& actor, const QString& search) const
{
    actor.require(Permission::ViewRecords);
    QString where = QStringLiteral("family_beds.deleted = 0");
    QString order = QStringLiteral("name_pinyin, name, family_beds.uid");
    QVariantList values;
    const QString typed = search.trimmed();
    if (!typed.isEmpty()) {
        QStringList any{QStringLiteral("name LIKE ? ESCAPE '\\'")};
        values.append(QLatin1Char('%') + sql::likeEscaped(typed) + QLatin1Char('%'));
        const QString latin = pinyin::normalizedQuery(typed);
        if (!latin.isEmpty()) {
            const pinyin::SearchSql spelling = pinyin::searchSql(QStringLiteral("name_search"), latin);
            any.append(spelling.condition);
            values += spelling.conditionValues;
            order = spelling.rank + QStringLiteral(", ") + order;
            values += spelling.rankValues;
        }
        where += QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    QList<FamilyBed> result;
    for (const QVariantMap& row :
         sql::rows(m_db, bedSelect + QStringLiteral("WHERE %1 ORDER BY %2").arg(where, order), values))
        result.append(fromRow(actor, row));
    return result;
}

QList<FamilyBedListing> FamilyBedService::overview(const Actor& actor, const Filter& filter,
                                                   const QDate& day) const
{
    const QList<FamilyBed> beds = list(actor, filter.search);
    QHash<QString, QList<Agreement>> agreementsOf; // earliest first
    for (const QVariantMap& row :
         sql::rows(m_db, agreementSelect +
                             QStringLiteral("WHERE a.deleted = 0 ORDER BY a.family_bed_uid, a.starts_on")))
        agreementsOf[row.value(QStringLiteral("family_bed_uid")).toString()].append(agreementFromRow(row));
    QList<FamilyBedListing> result;
    for (const FamilyBed& bed : beds) {
        if (filter.special && *filter.special != bed.specialDifficulty)
            continue;
        FamilyBedListing listing{bed, std::nullopt, std::nullopt};
        const QList<Agreement> agreements = agreementsOf.value(bed.uid);
        for (const Agreement& agreement : agreements) {
            if (agreement.coversDay(day))
                listing.agreement = agreement;
        }
        for (auto it = agreements.cbegin(); !listing.agreement && it != agreements.cend(); ++it) {
            if (it->startsOn > day)
                listing.agreement = *it;
        }
        if (!listing.agreement && !agreements.isEmpty())
            listing.agreement = agreements.last();
        if (listing.agreement)
            listing.state = listing.agreement->stateOn(day);
        bool shown = true;
        switch (filter.agreements) {
        case Filter::Agreements::Any:
            break;
        case Filter::Agreements::Active:
            shown = listing.state == Agreement::State::Active;
            break;
        case Filter::Agreements::Upcoming:
            shown = listing.state == Agreement::State::Upcoming;
            break;
        case Filter::Agreements::Ended:
            shown = listing.state == Agreement::State::Ended;
            break;
        case Filter::Agreements::None:
            shown = !listing.state;
            break;
        }
        if (shown)
            result.append(listing);
    }
    return result;
}

// ---- agreements --------------------------------------------------------------------------------

Agreement FamilyBedService::agreementFromRow(const QVariantMap& row)
{
    Agreement agreement;
    agreement.uid = row.value(QStringLiteral("uid")).toString();
    agreement.familyBedUid = row.value(QStringLiteral("family_bed_uid")).toString();
    agreement.startsOn = dateOf(row.value(QStringLiteral("starts_on")));
    agreement.endsOn = dateOf(row.value(QStringLiteral("ends_on")));
    agreement.plannedVisits = row.value(QStringLiteral("planned_visits")).toInt();
    agreement.services =
        familybeds::parseServices(row.value(QStringLiteral("services")).toString(), servicesLabel());
    agreement.staffUid = row.value(QStringLiteral("staff_uid")).toString();
    agreement.staffName = row.value(QStringLiteral("staff_name")).toString();
    agreement.homeAdaptation = row.value(QStringLiteral("home_adaptation")).toInt() == 1;
    agreement.endedOn = dateOf(row.value(QStringLiteral("ended_on")));
    agreement.endReason = row.value(QStringLiteral("end_reason")).toString();
    agreement.renewsUid = row.value(QStringLiteral("renews_uid")).toString();
    return agreement;
}

Agreement FamilyBedService::checkedAgreement(const Agreement& input, const QString& exceptUid) const
{
    Agreement agreement = input;
    if (sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM family_beds WHERE uid = ? AND deleted = 0"),
                    {input.familyBedUid})
            .toInt() == 0)
        throw Error::notFound(tr("There is no family bed %1.").arg(input.familyBedUid));
    if (!agreement.startsOn.isValid())
        throw Error::validation(startLabel(), QString(), tr("is required."));
    if (agreement.endsOn.isValid() && agreement.endsOn < agreement.startsOn)
        throw Error::validation(
            endLabel(), agreement.endsOn.toString(Qt::ISODate),
            tr("lies before the start %1.").arg(agreement.startsOn.toString(Qt::ISODate)));
    if (agreement.plannedVisits < 1 || agreement.plannedVisits > 31)
        throw Error::validation(plannedVisitsLabel(), agreement.plannedVisits, tr("must be 1 to 31."));
    if (agreement.services.isEmpty())
        throw Error::validation(servicesLabel(), QString(), tr("at least one service is needed."));
    if (!agreement.staffUid.isEmpty() &&
        sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM staff WHERE uid = ? AND deleted = 0"),
                    {agreement.staffUid})
                .toInt() == 0)
        throw Error::validation(staffLabel(), agreement.staffUid, tr("is not a staff record."));
    // One agreement at a time per family bed.
    for (const QVariantMap& row : sql::rows(
             m_db,
             agreementSelect +
                 QStringLiteral("WHERE a.family_bed_uid = ? AND a.deleted = 0 AND a.uid <> coalesce(?, '')"),
             {agreement.familyBedUid, exceptUid})) {
        const Agreement other = agreementFromRow(row);
        const bool overlaps = (!other.lastDay().isValid() || agreement.startsOn <= other.lastDay()) &&
                              (!agreement.endsOn.isValid() || other.startsOn <= agreement.endsOn);
        if (overlaps)
            throw Error::validation(
                startLabel(), agreement.startsOn.toString(Qt::ISODate),
                tr("overlaps the agreement from %1 to %2; end or renew that one instead.")
                    .arg(other.startsOn.toString(Qt::ISODate),
                         other.lastDay().isValid() ? other.lastDay().toString(Qt::ISODate) : tr("open end")));
    }
    agreement.endedOn = QDate();
    agreement.endReason.clear();
    return agreement;
}

QString FamilyBedService::addAgreement(const Actor& actor, const Agreement& input)
{
    actor.require(Permission::ManageFamilyBeds);
    const Agreement agreement = checkedAgreement(input, QString());
    Transaction transaction(m_db);
    const QString uid = RecordWriter(m_db, actor)
                            .insert(agreementsTable,
                                    {{QStringLiteral("family_bed_uid"), agreement.familyBedUid},
                                     {QStringLiteral("starts_on"), dateValue(agreement.startsOn)},
                                     {QStringLiteral("ends_on"), dateValue(agreement.endsOn)},
                                     {QStringLiteral("planned_visits"), agreement.plannedVisits},
                                     {QStringLiteral("services"),
                                      familybeds::joinCodes(familybeds::visitServices(), agreement.services)},
                                     {QStringLiteral("staff_uid"), textValue(agreement.staffUid)},
                                     {QStringLiteral("home_adaptation"), agreement.homeAdaptation ? 1 : 0},
                                     {QStringLiteral("renews_uid"), textValue(agreement.renewsUid)}});
    transaction.commit();
    return uid;
}

QString FamilyBedService::renewAgreement(const Actor& actor, const QString& agreementUid,
                                         const Agreement& next)
{
    actor.require(Permission::ManageFamilyBeds);
    const Agreement previous = agreement(actor, agreementUid);
    if (!previous.lastDay().isValid())
        throw Error::validation(endLabel(), QString(),
                                tr("the agreement from %1 has no end; end it before renewing it.")
                                    .arg(previous.startsOn.toString(Qt::ISODate)));
    if (next.startsOn <= previous.lastDay())
        throw Error::validation(startLabel(), next.startsOn.toString(Qt::ISODate),
                                tr("a renewal starts after the renewed agreement's last day %1.")
                                    .arg(previous.lastDay().toString(Qt::ISODate)));
    Agreement renewal = next;
    renewal.familyBedUid = previous.familyBedUid;
    renewal.renewsUid = previous.uid;
    return addAgreement(actor, renewal);
}

void FamilyBedService::endAgreement(const Actor& actor, const QString& agreementUid, const QDate& on,
                                    const QString& reason)
{
    actor.require(Permission::ManageFamilyBeds);
    const Agreement current = agreement(actor, agreementUid);
    if (current.endedOn.isValid())
        throw Error::conflict(
            tr("The agreement from %1 already ended on %2.")
                .arg(current.startsOn.toString(Qt::ISODate), current.endedOn.toString(Qt::ISODate)));
    if (!on.isValid())
        throw Error::validation(endLabel(), QString(), tr("is required."));
    if (on < current.startsOn)
        throw Error::validation(endLabel(), on.toString(Qt::ISODate),
                                tr("lies before the start %1.").arg(current.startsOn.toString(Qt::ISODate)));
    if (current.endsOn.isValid() && on > current.endsOn)
        throw Error::validation(
            endLabel(), on.toString(Qt::ISODate),
            tr("lies after the agreed end %1.").arg(current.endsOn.toString(Qt::ISODate)));
    const QString why = textrules::line(reason, endReasonLabel(), 200, true);
    Transaction transaction(m_db);
    RecordWriter(m_db, actor)
        .update(agreementsTable, agreementUid,
                {{QStringLiteral("ended_on"), dateValue(on)}, {QStringLiteral("end_reason"), why}});
    transaction.commit();
}

QList<Agreement> FamilyBedService::agreements(const Actor& actor, const QString& familyBedUid) const
{
    actor.require(Permission::ViewRecords);
    QList<Agreement> result;
    for (const QVariantMap& row :
         sql::rows(m_db,
                   agreementSelect +
                       QStringLiteral("WHERE a.family_bed_uid = ? AND a.deleted = 0 ORDER BY a.starts_on"),
                   {familyBedUid}))
        result.append(agreementFromRow(row));
    return result;
}

Agreement FamilyBedService::agreement(const Actor& actor, const QString& agreementUid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row =
        sql::row(m_db, agreementSelect + QStringLiteral("WHERE a.uid = ? AND a.deleted = 0"), {agreementUid});
    if (row.isEmpty())
        throw Error::notFound(tr("There is no agreement %1.").arg(agreementUid));
    return agreementFromRow(row);
}

std::optional<Agreement> FamilyBedService::agreementOn(const QString& familyBedUid, const QDate& day) const
{
    const QString d = day.toString(Qt::ISODate);
    const QVariantMap row = sql::row(
        m_db,
        agreementSelect +
            QStringLiteral("WHERE a.family_bed_uid = ? AND a.deleted = 0 AND a.starts_on <= ? AND "
                           "coalesce(a.ended_on, a.ends_on, '9999-12-31') >= ? ORDER BY a.starts_on DESC"),
        {familyBedUid, d, d});
    if (row.isEmpty())
        return std::nullopt;
    return agreementFromRow(row);
}

} // namespace jinglao::core
