#pragma once
// The text of an exported file, read back as a person's tools would: an XLSX workbook's strings
// with unzip, a PDF's text with pdftotext (poppler-utils). installer/build.sh installs both; a
// test that needs one fails, rather than passing unchecked, when it is missing.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace jinglao::testing {

inline QString toolOutput(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    INFO((program + QStringLiteral(" is needed to read the export back")).toStdString());
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// xl/sharedStrings.xml: every text cell of the workbook.
inline QString xlsxStrings(const QString& path)
{
    return toolOutput(QStringLiteral("unzip"),
                      {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
}

inline QString pdfText(const QString& path)
{
    // Noto CJK draws 老 and the Kangxi radical ⽼ with one glyph, and the PDF's text map names the
    // radical (as it names the ﬃ ligature): compatibility normalization reads them as written.
    return toolOutput(QStringLiteral("pdftotext"),
                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

} // namespace jinglao::testing
