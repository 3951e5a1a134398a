#pragma once
// The center's own details as a module: the demo center's name and code, and the alerts an
// administrator needs about the center as a whole — no facility code yet (the county package
// needs one), no recent backup.

#include "modules/Module.h"

#include <QCoreApplication>

namespace jinglao::core {

class CenterModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(CenterModule)

public:
    QString id() const override { return QStringLiteral("center"); }
    QString title() const override;
    QList<DemoStep> demoSteps() const override;
    QList<Alert> alerts(Database& db, const Actor& actor, const QDate& today) const override;

    // A backup older than this many days is an alert.
    static constexpr int BackupAgeDays = 7;
};

} // namespace jinglao::core
