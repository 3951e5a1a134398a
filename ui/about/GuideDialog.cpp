#include "about/GuideDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace jinglao::ui {

QString GuideDialog::findGuide(const QString& language)
{
    const QString file = language.startsWith(QStringLiteral("zh")) ? QStringLiteral("guide_zh_CN.md")
                                                                   : QStringLiteral("guide_en.md");
    const QDir program(QCoreApplication::applicationDirPath());
    const QStringList folders{
        program.filePath(QStringLiteral("../share/doc/jinglao")), // installed (Debian, /usr/bin/..)
        program.filePath(QStringLiteral("doc")),                  // installed on Windows, beside the .exe
#ifdef JINGLAO_SOURCE_DOCS
        QStringLiteral(JINGLAO_SOURCE_DOCS), // a build run from its folder
#endif
    };
    for (const QString& folder : folders) {
        const QFileInfo guide(QDir(folder).filePath(file));
        if (guide.isFile())
            return guide.canonicalFilePath();
    }
    return {};
}

GuideDialog::GuideDialog(const QString& guidePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("User guide"));
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    // A .md source is read as Markdown; its screenshots resolve beside it.
    m_browser->setSource(QUrl::fromLocalFile(guidePath), QTextDocument::MarkdownResource);
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 700);
}

} // namespace jinglao::ui
