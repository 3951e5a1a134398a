#pragma once
// The documents printed about one resident, each an A4 PrintedDocument (print or PDF, audited):
// the bed-head card (床头卡) hung at the bed, the admission record (入住登记表), and the report of
// one GB/T 42195 ability assessment (老年人能力评估报告) with every item, the dimension sums, the
// levels and why, and lines for the signatures. The data come from core's services as the actor
// may see them (ID numbers and phones masked for roles without ViewPersonalData).

#include "common/PrintedDocument.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPushButton;

namespace jinglao::core {
class Database;
class Actor;
} // namespace jinglao::core

namespace jinglao::ui {

class AppContext;

class ResidentDocuments {
    Q_DECLARE_TR_FUNCTIONS(ResidentDocuments)

public:
    // Name, bed, care level (and what raised it), notes of the latest assessment, emergency
    // contact; a box for what the staff add by hand (allergies, diet).
    static PrintedDocument bedCard(core::Database& db, const core::Actor& actor, const QString& residentUid);
    // Personal data, the stays and beds held, the emergency contact; signature lines.
    static PrintedDocument admissionRecord(core::Database& db, const core::Actor& actor,
                                           const QString& residentUid);
    // The assessment's items by dimension with their scores, the sums, the preliminary and final
    // level and the reasons, the conditions recorded, the assessor; signature lines.
    static PrintedDocument assessmentReport(core::Database& db, const core::Actor& actor,
                                            const QString& assessmentUid);

    // Gives button a menu "Print…" / "Save as PDF…" (objectNames print<name>Action,
    // save<name>PdfAction) over the document make returns when chosen; errors are shown.
    static void attachMenu(QPushButton* button, AppContext& context, const QString& name,
                           std::function<PrintedDocument()> make, std::function<QString()> fileName);

    // "床头卡-张三.pdf" …: what the save dialog suggests.
    static QString bedCardFileName(const QString& residentName);
    static QString admissionRecordFileName(const QString& residentName);
    static QString assessmentReportFileName(const QString& residentName, const QDate& assessedOn);
};

} // namespace jinglao::ui
