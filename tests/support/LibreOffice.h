#pragma once
// Runs LibreOffice (soffice, Debian package libreoffice-calc-nogui, installed by
// `installer/build.sh test`) headless to convert a file, as a center's office would open and save
// it. Each run has its own profile in work, so that runs side by side do not share (and lock) one.
// A missing soffice fails the test: it never passes without having looked.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace jinglao::testing {

// soffice --headless [filterOptions] --convert-to target --outdir work/out file; returns the
// converted file's path (its name with the target's extension).
inline QString convertWithLibreOffice(const QString& work, const QString& file, const QString& target,
                                      const QStringList& filterOptions = {})
{
    const QString out = QDir(work).filePath(QStringLiteral("out"));
    QProcess soffice;
    soffice.setWorkingDirectory(work);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), work);
    soffice.setProcessEnvironment(environment);
    soffice.start(QStringLiteral("soffice"), QStringList{QStringLiteral("-env:UserInstallation=file://") +
                                                             QDir(work).filePath(QStringLiteral("profile")),
                                                         QStringLiteral("--headless")} +
                                                 filterOptions +
                                                 QStringList{QStringLiteral("--convert-to"), target,
                                                             QStringLiteral("--outdir"), out, file});
    INFO("soffice (Debian package libreoffice-calc-nogui) is needed: installer/build.sh test installs it");
    REQUIRE(soffice.waitForStarted());
    REQUIRE(soffice.waitForFinished(180000));
    REQUIRE(soffice.exitCode() == 0);
    const QString extension = target.section(QLatin1Char(':'), 0, 0);
    const QString converted =
        QDir(out).filePath(QFileInfo(file).completeBaseName() + QLatin1Char('.') + extension);
    REQUIRE(QFileInfo::exists(converted));
    return converted;
}

} // namespace jinglao::testing
