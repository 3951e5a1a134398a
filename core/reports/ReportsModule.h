#pragma once
// The monthly report as a module: it owns monthly_indicators.csv of the county package; its
// figures come from the other modules (Module::monthFigures) through ReportService.

#include "modules/Module.h"

#include <QCoreApplication>

namespace jinglao::core {

class ReportsModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(ReportsModule)

public:
    QString id() const override { return QStringLiteral("reports"); }
    QString title() const override;
    // monthly_indicators.csv: a full package holds every complete month with records; an
    // incremental one the months completed since the last export. Imported rows are checked and
    // reported, never stored: the figures are computed from the records.
    QList<CountyFile> countyFiles() const override;
};

} // namespace jinglao::core
