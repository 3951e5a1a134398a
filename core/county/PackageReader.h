#pragma once
// Reads a county package folder before anything is imported: the manifest (required keys, format
// version, encoding), then every data file it names, whose row count and SHA-256 must match the
// manifest and whose CSV must parse, with the columns matched by header name. What is wrong is
// reported as ImportProblems; a package with any of them is refused whole.

#include "county/CountyFile.h"
#include "imports/ImportProblem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace jinglao::core {

struct PackageData {
    QString folder;
    QMap<QString, QString> manifest; // key → value
    // Per data file present (by name): its rows, each with the line it starts on.
    QMap<QString, QList<CountyRow>> files;
    QList<ImportProblem> problems; // the package is refused when any
    QList<ImportProblem> warnings; // unknown columns and files, ignored

    QString facilityCode() const { return manifest.value(QStringLiteral("facility_code")); }
    QString facilityName() const { return manifest.value(QStringLiteral("facility_name")); }
    QString mode() const { return manifest.value(QStringLiteral("mode")); }
};

class PackageReader {
    Q_DECLARE_TR_FUNCTIONS(PackageReader)

public:
    // knownFiles: the data files this program reads (CountyPackage::files), for the required
    // columns. Throws Error::invalidPath when folder is not a readable folder.
    static PackageData read(const QString& folder, const QList<CountyFile>& knownFiles);

    static QString folderLabel();
};

} // namespace jinglao::core
