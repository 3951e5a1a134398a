#include "home/HomePage.h"

#include "assessments/AssessmentService.h"
#include "beds/BedService.h"
#include "center/CenterService.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/Figure.h"
#include "common/PageHeader.h"
#include "roster/StaffingIndicators.h"
#include "storage/Settings.h"

#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
// What a panel says when there is nothing behind its figures yet.
QLabel* missingHint(QWidget* parent, const QString& name)
{
    auto* hint = new QLabel(parent);
    hint->setObjectName(name);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #455a64; font-size: 14px; padding: 4px 0;"));
    return hint;
}

// A row of figures inside a panel, shown or hidden as one.
QWidget* figureRow(QWidget* parent, QHBoxLayout** row)
{
    auto* box = new QWidget(parent);
    *row = new QHBoxLayout(box);
    (*row)->setContentsMargins(0, 0, 0, 0);
    (*row)->setSpacing(32);
    return box;
}
} // namespace

HomePage::HomePage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    m_header = new PageHeader(title(), this);
    m_backupButton = new QPushButton(tr("Back up now…"), this);
    m_backupButton->setObjectName(QStringLiteral("homeBackupButton"));
    connect(m_backupButton, &QPushButton::clicked, this, &HomePage::backupRequested);
    m_header->addAction(m_backupButton);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);
    layout->setSpacing(12);

    QHBoxLayout* bedPanel = nullptr;
    layout->addWidget(makeFigurePanel(this, QStringLiteral("homeBedsFrame"), tr("Beds"), &bedPanel));
    QHBoxLayout* bedRow = nullptr;
    m_bedFigures = figureRow(this, &bedRow);
    bedRow->addWidget(makeFigure(this, QStringLiteral("homeBeds"), tr("Beds in service"), &m_beds));
    bedRow->addWidget(makeFigure(this, QStringLiteral("homeNursingRatio"),
                                 tr("Nursing-bed ratio (target ≥ 55 %)"), &m_ratio, &m_ratioCaption));
    bedRow->addWidget(makeFigure(this, QStringLiteral("homeOccupancy"), tr("Occupancy rate"), &m_occupancy));
    m_noBeds = missingHint(this, QStringLiteral("homeNoBedsLabel"));
    bedPanel->addWidget(m_bedFigures);
    bedPanel->addWidget(m_noBeds, 1);
    bedPanel->addStretch(1);

    QHBoxLayout* carePanel = nullptr;
    layout->addWidget(
        makeFigurePanel(this, QStringLiteral("homeCareFrame"), tr("Residents and staff"), &carePanel));
    carePanel->addWidget(
        makeFigure(this, QStringLiteral("homeResidents"), tr("Residents in the center"), &m_residents));
    carePanel->addWidget(
        makeFigure(this, QStringLiteral("homeAssessmentsDue"), tr("Assessments due"), &m_assessmentsDue));
    QHBoxLayout* staffRow = nullptr;
    m_staffFigures = figureRow(this, &staffRow);
    staffRow->addWidget(
        makeFigure(this, QStringLiteral("homeCaregivers"), tr("Caregivers employed"), &m_caregivers));
    staffRow->addWidget(
        makeFigure(this, QStringLiteral("homePerCaregiver"), tr("Caregivers to residents"), &m_perCaregiver));
    staffRow->addWidget(makeFigure(this, QStringLiteral("homeShortShifts"),
                                   tr("Shifts short of caregivers this month"), &m_shortShifts,
                                   &m_shortShiftsCaption));
    staffRow->addWidget(
        makeFigure(this, QStringLiteral("homeIncidents"), tr("Incidents this month"), &m_incidents));
    m_noStaff = missingHint(this, QStringLiteral("homeNoStaffLabel"));
    m_noStaff->setText(tr("No staff yet — add the center's staff on the Staff page; caregivers, shifts short "
                          "of caregivers and incidents appear once they are rostered."));
    carePanel->addWidget(m_staffFigures);
    carePanel->addWidget(m_noStaff, 1);
    carePanel->addStretch(1);

    QHBoxLayout* storageRow = nullptr;
    layout->addWidget(makeFigurePanel(this, QStringLiteral("homeStorageFrame"), tr("Data"), &storageRow));
    m_storage = new QLabel(this);
    m_storage->setObjectName(QStringLiteral("homeStorageLabel"));
    m_storage->setTextFormat(Qt::RichText);
    m_storage->setWordWrap(true);
    storageRow->addWidget(m_storage, 1);
    layout->addStretch(1);
}

QString HomePage::title() const
{
    return tr("Home");
}

void HomePage::refresh()
{
    core::Database& db = context().database();
    const core::Actor& actor = context().actor();
    const QDate today = core::Clock::today();
    //: The home page's summary: the center, the day, who is logged in and their role.
    m_header->setSummary(tr("%1 · %2 · logged in as %3 (%4)")
                             .arg(core::CenterService(db).displayName(), today.toString(Qt::ISODate),
                                  actor.name(), core::roleCodes().label(actor.role())));

    const core::BedSummary beds = core::BedService(db).summaryOn(actor, today);
    const bool hasBeds = beds.inService > 0;
    m_bedFigures->setVisible(hasBeds);
    m_noBeds->setVisible(!hasBeds);
    m_beds->setText(QString::number(beds.inService));
    m_ratio->setText(hasBeds ? percentText(beds.nursingRatio()) : QStringLiteral("—"));
    markFigure(m_ratio, m_ratioCaption,
               !hasBeds                         ? FigureMark::Neutral
               : beds.nursingRatioBelowTarget() ? FigureMark::OffTarget
                                                : FigureMark::OnTarget);
    m_occupancy->setText(hasBeds ? percentText(beds.occupancyRate()) : QStringLiteral("—"));
    m_noBeds->setText(beds.outOfService > 0
                          ? tr("No bed is in service today — return beds to service on the Beds page.")
                          : tr("No beds yet — add the center's rooms and beds on the Beds page (Add room…); "
                               "the nursing-bed ratio and occupancy follow from them."));

    const core::StaffingIndicators staffing = core::StaffingIndicators::compute(db, actor, today);
    m_residents->setText(QString::number(staffing.residentsCurrent));
    const int due = int(core::AssessmentService(db).dueList(actor, today).size());
    m_assessmentsDue->setText(QString::number(due));
    markFigure(m_assessmentsDue, nullptr, due > 0 ? FigureMark::OffTarget : FigureMark::Neutral);

    const bool hasStaff = staffing.staffEmployed > 0;
    m_staffFigures->setVisible(hasStaff);
    m_noStaff->setVisible(!hasStaff);
    m_caregivers->setText(QString::number(staffing.caregiversEmployed));
    m_perCaregiver->setText(core::StaffingIndicators::ratioText(staffing.residentsPerCaregiver));
    // A month nobody has rostered yet is said to be so, not counted as every shift short.
    const bool rostered = staffing.shiftsRostered > 0;
    m_shortShifts->setText(rostered ? QString::number(staffing.shiftsBelowMinimum) : QStringLiteral("—"));
    m_shortShiftsCaption->setText(rostered ? tr("Shifts short of caregivers this month")
                                           : tr("No roster for this month yet"));
    markFigure(m_shortShifts, nullptr,
               rostered && staffing.shiftsBelowMinimum > 0 ? FigureMark::OffTarget : FigureMark::Neutral);
    m_incidents->setText(QString::number(staffing.incidentsThisMonth));

    const QString lastBackup = core::Settings(db).value(core::Settings::LastBackupAt);
    m_storage->setText(
        tr("Database file: %1<br>Schema version: %2<br>Last backup: %3")
            .arg(QDir::toNativeSeparators(db.path()).toHtmlEscaped())
            .arg(db.schemaVersion())
            .arg(lastBackup.isEmpty() ? tr("never") : core::Clock::displayTimestamp(lastBackup)));
    m_backupButton->setEnabled(actor.can(core::Permission::Backup));
}

} // namespace jinglao::ui
