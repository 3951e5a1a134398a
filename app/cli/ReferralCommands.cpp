// referrals: the two-way referrals, all or only the open ones, or those of one month (sent,
// returned, or drafted in it), with the month's figures.

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "common/Clock.h"
#include "referrals/ReferralCodes.h"
#include "referrals/ReferralService.h"

#include <QCoreApplication>

namespace jinglao::cli {

namespace {

QString shown(const QDateTime& at)
{
    return at.isValid() ? core::Clock::displayTimestamp(core::Clock::timestamp(at)) : QString();
}

int referrals(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    core::ReferralFilter filter;
    filter.openOnly = arguments.isSet(QStringLiteral("open"));
    filter.month =
        arguments.month(QStringLiteral("month"), QCoreApplication::translate("jinglao::cli", "Month"), {});
    core::ReferralService service(context.database());
    const QList<core::Referral> found = service.list(context.actor(), filter);
    Listing listing(
        {{QStringLiteral("number"), QCoreApplication::translate("jinglao::cli", "Number")},
         {QStringLiteral("resident"), QCoreApplication::translate("jinglao::cli", "Resident")},
         {QStringLiteral("institution"), QCoreApplication::translate("jinglao::cli", "Institution")},
         {QStringLiteral("department"), QCoreApplication::translate("jinglao::cli", "Department")},
         {QStringLiteral("status"), QCoreApplication::translate("jinglao::cli", "State")},
         {QStringLiteral("referred_at"), QCoreApplication::translate("jinglao::cli", "Sent")},
         {QStringLiteral("admitted_at"), QCoreApplication::translate("jinglao::cli", "Admitted")},
         {QStringLiteral("returned_at"), QCoreApplication::translate("jinglao::cli", "Returned")},
         {QStringLiteral("days_away"), QCoreApplication::translate("jinglao::cli", "Days away")},
         {QStringLiteral("outcome"), QCoreApplication::translate("jinglao::cli", "Outcome")}});
    const QDate today = core::Clock::today();
    for (const core::Referral& referral : found) {
        const int days = referral.daysAway(today);
        listing.addRow(
            {referral.number,
             referral.residentName,
             referral.institutionName,
             referral.department,
             {core::referrals::statuses().label(referral.status),
              core::referrals::statuses().code(referral.status)},
             {shown(referral.referredAt),
              referral.referredAt.isValid() ? core::Clock::timestamp(referral.referredAt) : QString()},
             {shown(referral.admittedAt),
              referral.admittedAt.isValid() ? core::Clock::timestamp(referral.admittedAt) : QString()},
             {shown(referral.returnedAt),
              referral.returnedAt.isValid() ? core::Clock::timestamp(referral.returnedAt) : QString()},
             days < 0 ? QString() : QString::number(days),
             {referral.outcome ? core::referrals::outcomes().label(*referral.outcome) : QString(),
              referral.outcome ? core::referrals::outcomes().code(*referral.outcome) : QString()}});
    }
    listing.print(arguments.format());
    if (filter.month.isValid()) {
        const core::ReferralMonth month = service.month(context.actor(), filter.month);
        CliContext::err(QCoreApplication::translate(
                            "jinglao::cli", "%1: %2 referred out, %3 returned, %4 days away on average.")
                            .arg(filter.month.toString(QStringLiteral("yyyy-MM")))
                            .arg(month.out)
                            .arg(month.returned)
                            .arg(QString::number(month.averageDaysAway, 'f', 1)));
    } else {
        const int count = static_cast<int>(found.size());
        CliContext::err(QCoreApplication::translate("jinglao::cli", "%n referral(s).", nullptr, count));
    }
    return Success;
}

} // namespace

QList<Command> referralCommands()
{
    return {
        {QStringLiteral("referrals"),
         QStringLiteral("[--open] [--month YYYY-MM]"),
         QCoreApplication::translate(
             "jinglao::cli", "Two-way medical referrals: all, only the open ones (--open), or those sent "
                             "or returned in a month with the month's figures."),
         {QCommandLineOption(QStringLiteral("open")),
          QCommandLineOption(QStringLiteral("month"), QString(), QStringLiteral("MONTH"))},
         referrals,
         true},
    };
}

} // namespace jinglao::cli
