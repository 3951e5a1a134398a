#pragma once
// The county package as a module: export and import (core/county), the sync page and the
// county's consolidated view plug in beside it. Its alert: no package sent to the county for
// more than a month.

#include "modules/Module.h"

#include <QCoreApplication>

namespace jinglao::core {

class CountyModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(CountyModule)

public:
    QString id() const override { return QStringLiteral("county"); }
    QString title() const override;
    QList<Alert> alerts(Database& db, const Actor& actor, const QDate& today) const override;
    QString settingLabel(const QString& key) const override;

    // A last export older than this many days is an alert (the county asks for a package a month).
    static constexpr int ExportAgeDays = 35;
};

} // namespace jinglao::core
