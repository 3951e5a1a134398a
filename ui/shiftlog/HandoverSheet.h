#pragma once
// The printed handover sheet of one day (交接班记录单): each shift's nurse, times, entries,
// incidents and handover note, on A4, for the printer or a PDF file.

#include "auth/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace jinglao::core {
class Database;
}

namespace jinglao::ui {

class HandoverSheet {
    Q_DECLARE_TR_FUNCTIONS(HandoverSheet)

public:
    // Reads the day's sessions and entries now (throws core::Error).
    HandoverSheet(core::Database& db, const core::Actor& actor, const QDate& day);

    const QString& html() const { return m_html; }
    int sessionCount() const { return m_sessions; }
    // Lays the sheet out on device's pages (a QPrinter or a QPdfWriter).
    void render(QPagedPaintDevice* device) const;
    // Writes an A4 PDF through core::OutputFile (never over the database); throws core::Error.
    void writePdf(const QString& path) const;

private:
    void fill(QTextDocument& document) const;

    QString m_databasePath;
    QDate m_day;
    QString m_html;
    int m_sessions = 0;
};

} // namespace jinglao::ui
