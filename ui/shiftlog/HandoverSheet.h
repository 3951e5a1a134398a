#pragma once
// The printed handover sheet of one day (交接班记录单): each shift's nurse, times, entries,
// incidents and handover note, on A4, for the printer or a PDF file.

#include "auth/Actor.h"
#include "auth/AuditedExport.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace jinglao::core {
class Database;
class OutputFile;
} // namespace jinglao::core

namespace jinglao::ui {

class HandoverSheet {
    Q_DECLARE_TR_FUNCTIONS(HandoverSheet)

public:
    // Reads the day's sessions and entries now (throws core::Error).
    HandoverSheet(core::Database& db, const core::Actor& actor, const QDate& day);

    const QString& html() const { return m_html; }
    int sessionCount() const { return m_sessions; }
    // Sessions and entries on the sheet: the records an export of it contains.
    int recordCount() const { return m_records; }
    // Prints the sheet on printer's pages and audits it like an export ("handover_sheet_print").
    void print(QPagedPaintDevice* printer) const;
    // Writes an A4 PDF and audits the export (core::AuditedExport); throws core::Error::storage
    // when the file cannot be written (nothing is audited then).
    void writePdf(const QString& path) const;

private:
    void fill(QTextDocument& document) const;
    void render(QPagedPaintDevice* device) const;
    void writePdfFile(core::OutputFile& output) const;
    core::AuditedExport::What auditedAs(const QString& kind) const;

    core::Database& m_db;
    core::Actor m_actor;
    QDate m_day;
    QString m_html;
    int m_sessions = 0;
    int m_records = 0;
};

} // namespace jinglao::ui
