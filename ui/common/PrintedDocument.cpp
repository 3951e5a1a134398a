#include "common/PrintedDocument.h"

#include "common/ErrorDialog.h"
#include "common/PdfFile.h"
#include "storage/OutputFile.h"

#include <QDir>
#include <QFileDialog>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace jinglao::ui {

PrintedDocument::PrintedDocument(QString title, QString html, core::AuditedExport::What what, qint64 records)
    : m_title(std::move(title))
    , m_html(std::move(html))
    , m_what(std::move(what))
    , m_records(records)
{}

void PrintedDocument::addImage(const QString& name, const QImage& image)
{
    m_images.append({name, image});
}

void PrintedDocument::render(QPagedPaintDevice* device) const
{
    QTextDocument document;
    for (const auto& [name, image] : m_images)
        document.addResource(QTextDocument::ImageResource, QUrl(name), QVariant(image));
    document.setDefaultFont(A4Pdf::documentFont(9.5));
    document.setHtml(m_html);
    document.print(device);
}

void PrintedDocument::print(core::Database& db, const core::Actor& actor, QPagedPaintDevice* printer) const
{
    core::AuditedExport::What what = m_what;
    what.kind += QStringLiteral("_print");
    core::AuditedExport::printed(db, actor, what, tr("printer"), [&] {
        render(printer);
        return m_records;
    });
}

void PrintedDocument::writePdf(core::Database& db, const core::Actor& actor, const QString& path) const
{
    core::AuditedExport::What what = m_what;
    what.kind += QStringLiteral("_pdf");
    core::AuditedExport::run(db, actor, what, path, [&](core::OutputFile& output) {
        A4Pdf pdf(output.device(), m_title, QPageLayout::Portrait, 15);
        render(&pdf.writer());
        pdf.finish(QDir::toNativeSeparators(output.targetPath()));
        return m_records;
    });
}

bool PrintedDocument::printWithDialog(QWidget* parent, core::Database& db, const core::Actor& actor) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(m_title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return runGuarded(parent, [&] { printOn(printer, db, actor); });
}

QString PrintedDocument::pdfFileOf(const QPrinter& printer)
{
    return printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName() : QString();
}

void PrintedDocument::printOn(QPrinter& printer, core::Database& db, const core::Actor& actor) const
{
    const QString file = pdfFileOf(printer);
    if (file.isEmpty())
        print(db, actor, &printer);
    else
        writePdf(db, actor, file);
}

bool PrintedDocument::savePdfWithDialog(QWidget* parent, core::Database& db, const core::Actor& actor,
                                        const QString& fileName) const
{
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save %1 as PDF").arg(m_title), QDir::home().filePath(fileName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    return runGuarded(parent, [&] { writePdf(db, actor, path); });
}

} // namespace jinglao::ui
