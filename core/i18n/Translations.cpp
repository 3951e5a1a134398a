#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace jinglao::core::translations {

QString defaultLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QStringList availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString translateIn(const QString& language, const char* context, const char* source)
{
    if (language == QStringLiteral("en"))
        return QString::fromUtf8(source);
    if (language != QStringLiteral("zh_CN"))
        return {};
    // Loaded once, never installed: asking it does not change the program's language.
    static const QTranslator* const chinese = [] {
        auto* translator = new QTranslator;
        if (!translator->load(QStringLiteral(":/i18n/jinglao_zh_CN.qm"))) {
            delete translator;
            return static_cast<QTranslator*>(nullptr);
        }
        return translator;
    }();
    return chinese ? chinese->translate(context, source) : QString();
}

bool install(const QString& language, QString* problem)
{
    if (!availableLanguages().contains(language)) {
        if (problem)
            *problem = QStringLiteral("unknown language %1 (known: %2)")
                           .arg(language, availableLanguages().join(QStringLiteral(", ")));
        return false;
    }
    QLocale::setDefault(
        QLocale(language == QStringLiteral("zh_CN") ? QLocale::Chinese : QLocale::English,
                language == QStringLiteral("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (language == QStringLiteral("en")) {
        // The sources are English; this file gives their plural forms ("1 day", "2 days").
        if (own->load(QStringLiteral(":/i18n/jinglao_en.qm")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return true;
    }
    if (!own->load(QStringLiteral(":/i18n/jinglao_%1.qm").arg(language))) {
        if (problem)
            *problem = QStringLiteral("the %1 translation is missing from the program").arg(language);
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own dialogs and buttons (OK, Cancel, file dialogs); absent on some systems, which is harmless.
    auto* qtBase = new QTranslator(app);
    if (qtBase->load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    else
        delete qtBase;
    return true;
}

} // namespace jinglao::core::translations
