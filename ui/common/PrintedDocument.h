#pragma once
// A document written as HTML (a service agreement, a visit plan …) that is printed on A4 or saved
// as an A4 PDF, each audited as an export (core::AuditedExport: kind "<kind>_print" or
// "<kind>_pdf"); the PDF goes through core::OutputFile, never over the database.

#include "auth/Actor.h"
#include "auth/AuditedExport.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <utility>

class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace jinglao::core {
class Database;
}

namespace jinglao::ui {

class PrintedDocument {
    Q_DECLARE_TR_FUNCTIONS(PrintedDocument)

public:
    // what.kind is the document's stable code without the "_print"/"_pdf" ending; records is the
    // number of records the document shows.
    PrintedDocument(QString title, QString html, core::AuditedExport::What what, qint64 records);

    // An image the HTML shows as <img src="name"> (a chart drawn by the program).
    void addImage(const QString& name, const QImage& image);

    const QString& title() const { return m_title; }
    const QString& html() const { return m_html; }

    // Prints on printer's pages, then audits it.
    void print(core::Database& db, const core::Actor& actor, QPagedPaintDevice* printer) const;
    // Writes the PDF and audits the export; throws core::Error (nothing audited then).
    void writePdf(core::Database& db, const core::Actor& actor, const QString& path) const;

    // The print dialog, then printOn(); false when cancelled or refused (the error shown).
    bool printWithDialog(QWidget* parent, core::Database& db, const core::Actor& actor) const;
    // What the print dialog chose: a printer prints (print()); "print to file" as PDF writes the
    // program's own searchable PDF to that file (writePdf(): Qt's PDF writer would map some
    // ideographs to Kangxi radicals, so that a search for 工时 finds nothing).
    void printOn(QPrinter& printer, core::Database& db, const core::Actor& actor) const;
    // The PDF file the printer writes to, or empty when it prints on paper.
    static QString pdfFileOf(const QPrinter& printer);
    // Asks where to save (suggesting fileName in the home folder), then writePdf(); false when
    // cancelled or refused (the error shown).
    bool savePdfWithDialog(QWidget* parent, core::Database& db, const core::Actor& actor,
                           const QString& fileName) const;

private:
    void render(QPagedPaintDevice* device) const;

    QString m_title;
    QString m_html;
    QList<std::pair<QString, QImage>> m_images;
    core::AuditedExport::What m_what;
    qint64 m_records = 0;
};

} // namespace jinglao::ui
