#pragma once
// A language installed for one test case and removed when it ends, also when a REQUIRE fails
// half-way, so that the test cases after it run in English again.

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace jinglao::testing {

class InstalledLanguage {
public:
    explicit InstalledLanguage(const QString& language) { m_installed = core::translations::install(language); }
    ~InstalledLanguage()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }
    InstalledLanguage(const InstalledLanguage&) = delete;
    InstalledLanguage& operator=(const InstalledLanguage&) = delete;

    bool installed() const { return m_installed; }

private:
    bool m_installed = false;
};

} // namespace jinglao::testing
