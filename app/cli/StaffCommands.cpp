// staff: the staff list, as the staff page shows it (search, current/former/all).

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "common/Clock.h"
#include "staff/StaffService.h"

#include <QCoreApplication>

namespace jinglao::cli {

namespace {

int staff(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    const QString shown =
        arguments.choice(QStringLiteral("show"), QCoreApplication::translate("jinglao::cli", "Staff shown"),
                         {QStringLiteral("current"), QStringLiteral("former"), QStringLiteral("all")},
                         QStringLiteral("current"));
    const core::StaffService::Filter filter =
        shown == QStringLiteral("former") ? core::StaffService::Filter::Former
        : shown == QStringLiteral("all")  ? core::StaffService::Filter::All
                                          : core::StaffService::Filter::Current;
    Listing listing(
        {{QStringLiteral("name"), QCoreApplication::translate("jinglao::cli", "Name")},
         {QStringLiteral("role"), QCoreApplication::translate("jinglao::cli", "Role")},
         {QStringLiteral("skill_level"), QCoreApplication::translate("jinglao::cli", "Skill level")},
         {QStringLiteral("hire_date"), QCoreApplication::translate("jinglao::cli", "Hired")},
         {QStringLiteral("leave_date"), QCoreApplication::translate("jinglao::cli", "Left")},
         {QStringLiteral("phone"), QCoreApplication::translate("jinglao::cli", "Phone")}});
    for (const core::StaffMember& member :
         core::StaffService(context.database())
             .list(context.actor(), filter, core::Clock::today(), arguments.value(QStringLiteral("search"))))
        listing.addRow({member.name,
                        {core::staffRoleCodes().label(member.role), core::staffRoleCodes().code(member.role)},
                        member.skillLevel > 0 ? QString::number(member.skillLevel) : QString(),
                        member.hireDate.toString(Qt::ISODate),
                        member.leaveDate.toString(Qt::ISODate),
                        member.phone});
    listing.print(arguments.format());
    return Success;
}

} // namespace

QList<Command> staffCommands()
{
    return {
        {QStringLiteral("staff"),
         QStringLiteral("[--search TEXT] [--show current|former|all]"),
         QCoreApplication::translate(
             "jinglao::cli", "List staff by role and pinyin; --search takes a name, pinyin or initials."),
         {QCommandLineOption(QStringLiteral("search"), QString(), QStringLiteral("TEXT")),
          QCommandLineOption(QStringLiteral("show"), QString(), QStringLiteral("WHICH"))},
         staff,
         true},
    };
}

} // namespace jinglao::cli
