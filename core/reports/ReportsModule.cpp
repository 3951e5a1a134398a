#include "reports/ReportsModule.h"

#include "reports/ReportService.h"

namespace jinglao::core {

QString ReportsModule::title() const
{
    return tr("Monthly report");
}

QList<CountyFile> ReportsModule::countyFiles() const
{
    CountyFile file;
    file.name = QStringLiteral("monthly_indicators.csv");
    file.table = QString();
    file.importOrder = 90;
    for (const QString& column : ReportService::countyColumns())
        file.columns.append({column, column == QLatin1String("uid") ||
                                         column == QLatin1String("updated_at") ||
                                         column == QLatin1String("month")});
    file.exportRows = [](Database& db, const CountyExportRange& range,
                         const std::function<void(const QStringList&)>& row) {
        ReportService reports(db);
        const QDate first = reports.firstMonthWithData();
        if (!first.isValid() || !range.actor)
            return;
        const QDate thisMonth(range.today.year(), range.today.month(), 1);
        QDate month(first.year(), first.month(), 1);
        if (!range.full() && range.previousExportDay.isValid()) {
            // The months that ended on or after the last export's day.
            const QDate from(range.previousExportDay.year(), range.previousExportDay.month(), 1);
            month = std::max(month, from);
        }
        for (; month < thisMonth; month = month.addMonths(1))
            row(ReportService::countyRow(reports.month(*range.actor, month, ReportService::Lists::Without)));
    };
    return {file};
}

} // namespace jinglao::core
