#pragma once
// Help ▸ User guide: docs/guide_zh_CN.md (or guide_en.md in English) shown in the program, with
// its screenshots. Installed under share/doc/jinglao beside the program; a build run from its
// folder reads the source tree's docs.

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace jinglao::ui {

class GuideDialog : public QDialog {
    Q_OBJECT

public:
    explicit GuideDialog(const QString& guidePath, QWidget* parent = nullptr);

    // The guide for language ("zh_CN", "en"), or an empty string when it is not installed.
    static QString findGuide(const QString& language);

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace jinglao::ui
