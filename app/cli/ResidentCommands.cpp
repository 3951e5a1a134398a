// residents: the resident list, as the residents page shows it (search, current/former/all).

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "common/Clock.h"
#include "residents/ResidentService.h"

#include <QCoreApplication>

namespace jinglao::cli {

namespace {

int residents(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    core::ResidentFilter filter;
    filter.search = arguments.value(QStringLiteral("search"));
    filter.sort = core::ResidentFilter::Sort::Name;
    const QString presence = arguments.choice(
        QStringLiteral("show"), QCoreApplication::translate("jinglao::cli", "Residents shown"),
        {QStringLiteral("current"), QStringLiteral("former"), QStringLiteral("all")},
        QStringLiteral("current"));
    filter.presence = presence == QStringLiteral("former") ? core::ResidentFilter::Presence::Former
                      : presence == QStringLiteral("all")  ? core::ResidentFilter::Presence::All
                                                           : core::ResidentFilter::Presence::Current;
    core::ResidentService service(context.database());
    const QDate today = core::Clock::today();
    Listing listing(
        {{QStringLiteral("name"), QCoreApplication::translate("jinglao::cli", "Name")},
         {QStringLiteral("gender"), QCoreApplication::translate("jinglao::cli", "Gender")},
         {QStringLiteral("age"), QCoreApplication::translate("jinglao::cli", "Age")},
         {QStringLiteral("category"), QCoreApplication::translate("jinglao::cli", "Category")},
         {QStringLiteral("bed"), QCoreApplication::translate("jinglao::cli", "Bed")},
         {QStringLiteral("admitted"), QCoreApplication::translate("jinglao::cli", "Admitted")},
         {QStringLiteral("discharged"), QCoreApplication::translate("jinglao::cli", "Discharged")},
         {QStringLiteral("care_level"), QCoreApplication::translate("jinglao::cli", "Care level")}});
    constexpr int page = 500;
    for (int offset = 0;; offset += page) {
        const QList<core::Resident> found = service.list(context.actor(), filter, offset, page);
        for (const core::Resident& r : found) {
            listing.addRow(
                {r.name,
                 {core::ResidentService::genderLabel(r.gender), QString::number(r.gender)},
                 QString::number(r.ageOn(r.isCurrent() ? today : r.dischargeDate)),
                 {core::residentCategoryCodes().label(r.category),
                  core::residentCategoryCodes().code(r.category)},
                 r.bedCode,
                 r.admissionDate.toString(Qt::ISODate),
                 r.dischargeDate.toString(Qt::ISODate),
                 {r.careLevel >= 0 ? core::ResidentService::careLevelLabel(r.careLevel) : QString(),
                  r.careLevel >= 0 ? QString::number(r.careLevel) : QString()}});
        }
        if (found.size() < page)
            break;
    }
    listing.print(arguments.format());
    return Success;
}

} // namespace

QList<Command> residentCommands()
{
    return {
        {QStringLiteral("residents"),
         QStringLiteral("[--search TEXT] [--show current|former|all]"),
         QCoreApplication::translate(
             "jinglao::cli", "List residents, by pinyin; --search takes a name, pinyin, initials or bed."),
         {QCommandLineOption(QStringLiteral("search"), QString(), QStringLiteral("TEXT")),
          QCommandLineOption(QStringLiteral("show"), QString(), QStringLiteral("WHICH"))},
         residents,
         true},
    };
}

} // namespace jinglao::cli
