#pragma once
// The month's roster as a printable PDF (A4 landscape): the grid with Chinese headers, the
// totals per person, caregivers per shift and day, and the warnings, over as many pages as needed.

#include "roster/RosterMonth.h"
#include "roster/RosterRules.h"

#include <QCoreApplication>
#include <QRectF>

#include <functional>

class QPainter;

namespace jinglao::core {
class Actor;
class Database;
class OutputFile;
} // namespace jinglao::core

namespace jinglao::ui {

class RosterPdfWriter {
    Q_DECLARE_TR_FUNCTIONS(RosterPdfWriter)

public:
    // Writes the PDF and audits the export (core::AuditedExport); throws core::Error::storage when
    // the file cannot be written (nothing is audited then).
    static void write(core::Database& db, const core::Actor& actor, const core::RosterMonth& month,
                      const QList<core::RosterWarning>& warnings, const QString& path);
    // Paints the document onto painter's device in page (device units); newPage starts the next page.
    static void paint(QPainter& painter, const QRectF& page, const std::function<void()>& newPage,
                      const QString& title, const core::RosterMonth& month,
                      const QList<core::RosterWarning>& warnings);

private:
    static void writeFile(const QString& title, const core::RosterMonth& month,
                          const QList<core::RosterWarning>& warnings, core::OutputFile& output);
};

} // namespace jinglao::ui
