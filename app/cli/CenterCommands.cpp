// center: shows the center's details, or changes the ones given.

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "center/CenterService.h"

#include <QCoreApplication>

namespace jinglao::cli {

namespace {

struct Field {
    QString option;
    QString (*label)();
    QString core::CenterProfile::*member;
};

QList<Field> fields()
{
    return {
        {QStringLiteral("name"), &core::CenterService::nameLabel, &core::CenterProfile::name},
        {QStringLiteral("code"), &core::CenterService::facilityCodeLabel, &core::CenterProfile::facilityCode},
        {QStringLiteral("county"), &core::CenterService::countyLabel, &core::CenterProfile::county},
        {QStringLiteral("township"), &core::CenterService::townshipLabel, &core::CenterProfile::township},
        {QStringLiteral("address"), &core::CenterService::addressLabel, &core::CenterProfile::address},
        {QStringLiteral("contact"), &core::CenterService::contactLabel, &core::CenterProfile::contact},
        {QStringLiteral("phone"), &core::CenterService::phoneLabel, &core::CenterProfile::phone}};
}

int center(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    core::CenterService service(context.database());
    core::CenterProfile profile = service.profile();
    bool changing = false;
    for (const Field& field : fields()) {
        if (arguments.isSet(field.option)) {
            profile.*field.member = arguments.value(field.option);
            changing = true;
        }
    }
    if (changing) {
        service.save(context.actor(), profile);
        profile = service.profile();
        CliContext::err(QCoreApplication::translate("jinglao::cli", "The center's details were saved."));
    }
    Listing listing({{QStringLiteral("field"), QCoreApplication::translate("jinglao::cli", "Field")},
                     {QStringLiteral("value"), QCoreApplication::translate("jinglao::cli", "Value")}});
    for (const Field& field : fields())
        listing.addRow({{field.label(), field.option}, profile.*field.member});
    listing.print(arguments.format());
    return Success;
}

} // namespace

QList<Command> centerCommands()
{
    QList<QCommandLineOption> options;
    for (const Field& field : fields())
        options.append(QCommandLineOption(field.option, QString(), QStringLiteral("TEXT")));
    return {
        {QStringLiteral("center"),
         QStringLiteral("[--name TEXT] [--code CODE] [--county TEXT] [--township TEXT] [--address TEXT] "
                        "[--contact TEXT] [--phone PHONE]"),
         QCoreApplication::translate("jinglao::cli",
                                     "Show the center's details, or change those given (administrators)."),
         options, center, true},
    };
}

} // namespace jinglao::cli
