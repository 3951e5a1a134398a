#include "InstalledLanguage.h"
#include "i18n/Translations.h"

#include "QtStringMaker.h"
#include "common/Error.h"
#include "common/IdNumber.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
// Runs lupdate on a copy of the committed .ts file, so that a string added to the sources without
// its translation is caught even when nobody ran update_translations; returns the unfinished
// sources and the copy's text.
QStringList unfinishedAfterLupdate(const QString& tsName, const QStringList& extraOptions, QString* text)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(tsName);
    REQUIRE(QFile::copy(QStringLiteral(JINGLAO_SOURCE_DIR "/translations/") + tsName, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(JINGLAO_SOURCE_DIR));
    lupdate.start(QStringLiteral(JINGLAO_LUPDATE),
                  QStringList{QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                              QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-I"),
                              QStringLiteral("core"), QStringLiteral("-I"), QStringLiteral("ui"),
                              QStringLiteral("-I"), QStringLiteral("app/cli"), QStringLiteral("-no-obsolete"),
                              QStringLiteral("-locations"), QStringLiteral("none")} +
                      extraOptions + QStringList{QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);

    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadOnly));
    *text = QString::fromUtf8(file.readAll());
    QStringList unfinished;
    static const QRegularExpression message(
        QStringLiteral(
            "<message[^>]*>\\s*<source>((?:(?!</source>).)*)</source>(?:(?!</message>).)*<translation "
            "type=\"unfinished\""),
        QRegularExpression::DotMatchesEverythingOption);
    for (auto it = message.globalMatch(*text); it.hasNext();)
        unfinished.append(it.next().captured(1));
    return unfinished;
}
} // namespace

TEST_CASE("Every message in the sources has a finished zh_CN translation", "[translations]")
{
    QString ts;
    const QStringList unfinished = unfinishedAfterLupdate(QStringLiteral("jinglao_zh_CN.ts"), {}, &ts);
    INFO("untranslated: " << unfinished.join(QStringLiteral(" | ")).toStdString());
    CHECK(unfinished.isEmpty());
    CHECK(ts.count(QStringLiteral("<message")) > 20);
}

namespace {
// The text of a run of adjacent C++ string literals ("a" "b" → ab), escapes resolved.
QString literalText(const QString& run)
{
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QString text;
    for (auto it = literal.globalMatch(run); it.hasNext();)
        text += it.next().captured(1);
    text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    text.replace(QStringLiteral("\\t"), QStringLiteral("\t"));
    text.replace(QStringLiteral("\\\""), QStringLiteral("\""));
    text.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    return text;
}

QString xmlUnescaped(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}
} // namespace

TEST_CASE("lupdate finds every translated text in the sources", "[translations]")
{
    // lupdate silently skips a call it cannot parse (tr() in a lambda without this, a count given
    // as a cast or a call): such a message is never translated, and no other test would notice.
    QFile file(QStringLiteral(JINGLAO_SOURCE_DIR "/translations/jinglao_zh_CN.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QSet<QString> known;
    static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    for (auto it = source.globalMatch(QString::fromUtf8(file.readAll())); it.hasNext();)
        known.insert(xmlUnescaped(it.next().captured(1)));

    // tr("text", …) and translate("context", "text", …); adjacent literals join into one text.
    const QString literals = QStringLiteral("((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)");
    const QList<QRegularExpression> calls{
        QRegularExpression(QStringLiteral("\\b(?:tr|QT_TR_NOOP)\\s*\\(\\s*") + literals),
        QRegularExpression(
            QStringLiteral("\\b(?:translate|QT_TRANSLATE_NOOP)\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*") + literals)};
    QStringList missing;
    for (const QString& folder : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator files(QStringLiteral(JINGLAO_SOURCE_DIR "/") + folder,
                           {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile code(files.next());
            REQUIRE(code.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(code.readAll());
            for (const QRegularExpression& call : calls) {
                for (auto it = call.globalMatch(text); it.hasNext();) {
                    const QString message = literalText(it.next().captured(1));
                    if (!message.isEmpty() && !known.contains(message))
                        missing.append(QFileInfo(code.fileName()).fileName() + QStringLiteral(": ") +
                                       message);
                }
            }
        }
    }
    INFO("not in the .ts file: " << missing.join(QStringLiteral(" | ")).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("Every message with a count has its English singular and plural", "[translations]")
{
    QString ts;
    const QStringList unfinished =
        unfinishedAfterLupdate(QStringLiteral("jinglao_en.ts"), {QStringLiteral("-pluralonly")}, &ts);
    INFO("without English plural forms: " << unfinished.join(QStringLiteral(" | ")).toStdString());
    CHECK(unfinished.isEmpty());
    CHECK(ts.count(QStringLiteral("numerus=\"yes\"")) > 10);

    const testing::InstalledLanguage language(QStringLiteral("en"));
    REQUIRE(language.installed());
    CHECK(QCoreApplication::translate("jinglao::cli", "%n problem(s) found.", nullptr, 1) ==
          QStringLiteral("1 problem found."));
    CHECK(QCoreApplication::translate("jinglao::cli", "%n problem(s) found.", nullptr, 3) ==
          QStringLiteral("3 problems found."));
}

TEST_CASE("Messages from core appear in Chinese once zh_CN is installed", "[translations]")
{
    const testing::InstalledLanguage language(QStringLiteral("zh_CN"));
    REQUIRE(language.installed());
    try {
        core::IdNumber::normalize(QStringLiteral("110105194912310021"));
        FAIL("the check digit is wrong and must be refused");
    } catch (const core::Error& error) {
        CHECK(error.message() == QStringLiteral("身份证号 110105194912310021 校验位错误"));
    }
}

TEST_CASE("An unknown language is refused with a reason", "[translations]")
{
    QString problem;
    CHECK_FALSE(core::translations::install(QStringLiteral("fr_FR"), &problem));
    CHECK(problem.contains(QStringLiteral("fr_FR")));
}
