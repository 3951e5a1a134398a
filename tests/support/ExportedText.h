#pragma once
// The text of an exported file, read back as a person's tools would: an XLSX workbook's strings
// with unzip, a PDF's text with pdftotext (poppler-utils). installer/build.sh installs both; a
// test that needs one fails, rather than passing unchecked, when it is missing.

#include <QProcess>
#include <QRegularExpression>
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

// The text cells of one sheet (1 the first), in the order they are written: the shared strings
// its cells name, read back from xl/worksheets/sheet<n>.xml with unzip.
inline QStringList xlsxSheetStrings(const QString& path, int sheet)
{
    const QString shared = xlsxStrings(path);
    QStringList strings;
    static const QRegularExpression item(QStringLiteral("<si>(.*?)</si>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    for (auto match = item.globalMatch(shared); match.hasNext();) {
        QString text = match.next().captured(1).remove(tag);
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        strings.append(text);
    }
    const QString xml =
        toolOutput(QStringLiteral("unzip"),
                   {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)});
    INFO("sheet " << sheet << " of " << path.toStdString());
    REQUIRE(!xml.isEmpty());
    QStringList cells;
    static const QRegularExpression cell(QStringLiteral("<c [^>]*t=\"s\"[^>]*><v>(\\d+)</v></c>"));
    for (auto match = cell.globalMatch(xml); match.hasNext();)
        cells.append(strings.value(match.next().captured(1).toInt()));
    return cells;
}

// As pdftotext reads it, with only the Latin ligatures a font draws for "fi", "fl" … spelled out
// (as a viewer's search matches them); CJK radicals are left as they are, so that a test sees 工
// where the file says 工 and ⼯ where it says ⼯.
inline QString pdfText(const QString& path)
{
    QString text = toolOutput(QStringLiteral("pdftotext"),
                              {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QString spelled;
    spelled.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            spelled += QString(c).normalized(QString::NormalizationForm_KC);
        else
            spelled += c;
    }
    return spelled;
}

} // namespace jinglao::testing
