#pragma once
// The county package (county-csv-spec.md), written and read: the folder's name, the manifest's
// keys, the files the modules own, and the settings that remember the last export.

#include "county/CountyFile.h"
#include "modules/ModuleSet.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace jinglao::core {

class Actor;
class Database;

class CountyPackage {
    Q_DECLARE_TR_FUNCTIONS(CountyPackage)

public:
    static inline const QString ManifestFile = QStringLiteral("manifest.csv");
    static inline const QString FormatVersion = QStringLiteral("1");
    // Settings: the change sequence and time of the last export that completed.
    static inline const QString LastExportSeqKey = QStringLiteral("county_last_export_seq");
    static inline const QString LastExportAtKey = QStringLiteral("county_last_export_at");
    static inline const QString LastExportFolderKey = QStringLiteral("county_last_export_folder");

    // The audit log's name for packages: an export's kind, an import's table.
    static inline const QString AuditTable = QStringLiteral("county_package");

    enum class Mode { Full, Incremental };
    static QString modeCode(Mode mode); // full | incremental
    static QString modeLabel(Mode mode);

    // Every module's files, in import order (references first).
    static QList<CountyFile> files(const ModuleSet& modules);
    // The manifest's required keys.
    static QStringList requiredManifestKeys();

    // The exports and imports of packages, newest first, from the audit log.
    struct HistoryEntry {
        QString at; // stored timestamp
        QString actor;
        bool isExport = false;
        QString detail;
    };
    static QList<HistoryEntry> history(const Database& db, const Actor& actor, int limit = 200);
};

} // namespace jinglao::core
