#pragma once
// Writes a county package: every module's data files and the manifest (row counts, SHA-256),
// UTF-8 with BOM, CRLF, RFC 4180 quoting and the spec's formula escaping. The package is written
// into a private temporary folder beside its place and renamed when complete; only then is the
// export's change sequence recorded (the next incremental export starts after it) and the export
// audited. A failed export leaves nothing behind and records nothing.

#include "auth/Actor.h"
#include "county/CountyPackage.h"
#include "modules/ModuleSet.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>

namespace jinglao::core {

class Database;

struct PackageExportResult {
    QString folder; // the package folder's absolute path
    CountyPackage::Mode mode = CountyPackage::Mode::Full;
    qint64 sinceSeq = 0;
    qint64 untilSeq = 0;
    QMap<QString, qint64> rows; // per data file
    qint64 totalRows() const;
};

class PackageExport {
    Q_DECLARE_TR_FUNCTIONS(PackageExport)

public:
    explicit PackageExport(Database& db, ModuleSet modules = ModuleSet::standard());

    // Writes a package into the folder outDir (which must exist). progress, when given, is told
    // each file as it starts (done files, all files) and may return false to cancel: the
    // temporary folder is then removed and Error::conflict says so.
    PackageExportResult
    write(const Actor& actor, const QString& outDir, CountyPackage::Mode mode,
          const std::function<bool(int done, int total, const QString& file)>& progress = {});

    // The change sequence the next incremental export starts after (0 before the first export).
    qint64 lastExportSeq() const;
    // When the last export completed (a stored timestamp), empty before the first.
    QString lastExportAt() const;

    static QString outDirLabel();

private:
    Database& m_db;
    ModuleSet m_modules;
};

} // namespace jinglao::core
