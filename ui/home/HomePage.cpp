#include "home/HomePage.h"

#include "assessments/AssessmentService.h"
#include "beds/BedService.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/Figure.h"
#include "roster/StaffingIndicators.h"
#include "storage/Settings.h"

#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
QFrame* makeGroup(QWidget* parent, const QString& name, const QString& title, QHBoxLayout** figures)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setStyleSheet(
        QStringLiteral("#%1 { background: #f5f7fa; border: 1px solid #dde3ea; border-radius: 6px; }")
            .arg(name));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 10, 16, 12);
    auto* heading = new QLabel(title, frame);
    heading->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; color: #37474f;"));
    layout->addWidget(heading);
    *figures = new QHBoxLayout;
    (*figures)->setSpacing(36);
    layout->addLayout(*figures);
    return frame;
}
} // namespace

HomePage::HomePage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("homeHeadingLabel"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: bold;"));
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("homeSubtitleLabel"));
    m_subtitle->setStyleSheet(QStringLiteral("color: #555; font-size: 14px;"));
    layout->addWidget(m_heading);
    layout->addWidget(m_subtitle);

    QHBoxLayout* bedFigures = nullptr;
    layout->addWidget(makeGroup(this, QStringLiteral("homeBedsFrame"), tr("Beds"), &bedFigures));
    bedFigures->addWidget(makeFigure(this, QStringLiteral("homeBeds"), tr("Beds in service"), &m_beds));
    bedFigures->addWidget(makeFigure(this, QStringLiteral("homeNursingRatio"),
                                     tr("Nursing-bed ratio (target ≥ 55 %)"), &m_ratio, &m_ratioCaption));
    bedFigures->addWidget(
        makeFigure(this, QStringLiteral("homeOccupancy"), tr("Occupancy rate"), &m_occupancy));
    bedFigures->addStretch(1);

    QHBoxLayout* careFigures = nullptr;
    layout->addWidget(
        makeGroup(this, QStringLiteral("homeCareFrame"), tr("Residents and staff"), &careFigures));
    careFigures->addWidget(
        makeFigure(this, QStringLiteral("homeResidents"), tr("Residents in the center"), &m_residents));
    careFigures->addWidget(
        makeFigure(this, QStringLiteral("homeAssessmentsDue"), tr("Assessments due"), &m_assessmentsDue));
    careFigures->addWidget(
        makeFigure(this, QStringLiteral("homeCaregivers"), tr("Caregivers employed"), &m_caregivers));
    careFigures->addWidget(
        makeFigure(this, QStringLiteral("homePerCaregiver"), tr("Caregivers to residents"), &m_perCaregiver));
    careFigures->addWidget(makeFigure(this, QStringLiteral("homeShortShifts"),
                                      tr("Shifts short of caregivers this month"), &m_shortShifts));
    careFigures->addWidget(
        makeFigure(this, QStringLiteral("homeIncidents"), tr("Incidents this month"), &m_incidents));
    careFigures->addStretch(1);

    QHBoxLayout* storageRow = nullptr;
    layout->addWidget(makeGroup(this, QStringLiteral("homeStorageFrame"), tr("Data"), &storageRow));
    m_storage = new QLabel(this);
    m_storage->setObjectName(QStringLiteral("homeStorageLabel"));
    m_storage->setTextFormat(Qt::RichText);
    m_storage->setWordWrap(true);
    storageRow->addWidget(m_storage, 1);
    m_backupButton = new QPushButton(tr("Back up now…"), this);
    m_backupButton->setObjectName(QStringLiteral("homeBackupButton"));
    connect(m_backupButton, &QPushButton::clicked, this, &HomePage::backupRequested);
    storageRow->addWidget(m_backupButton, 0, Qt::AlignBottom);
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
    const core::Settings settings(db);
    const QString name = settings.value(core::Settings::FacilityName);
    m_heading->setText(name.isEmpty() ? tr("Jinglao elderly-care center records") : name);
    m_subtitle->setText(
        tr("%1 · logged in as %2 (%3)")
            .arg(core::Clock::today().toString(Qt::ISODate), actor.name(), core::roleLabel(actor.role())));

    const core::BedSummary beds = core::BedService(db).summaryOn(actor, core::Clock::today());
    m_beds->setText(QString::number(beds.inService));
    m_ratio->setText(beds.inService > 0 ? percentText(beds.nursingRatio()) : QStringLiteral("—"));
    markFigure(m_ratio, m_ratioCaption, beds.nursingRatioBelowTarget());
    m_occupancy->setText(beds.inService > 0 ? percentText(beds.occupancyRate()) : QStringLiteral("—"));

    const core::StaffingIndicators staffing =
        core::StaffingIndicators::compute(db, actor, core::Clock::today());
    m_residents->setText(QString::number(staffing.residentsCurrent));
    const int due = int(core::AssessmentService(db).dueList(actor, core::Clock::today()).size());
    m_assessmentsDue->setText(QString::number(due));
    markFigure(m_assessmentsDue, nullptr, due > 0);
    m_caregivers->setText(QString::number(staffing.caregiversEmployed));
    m_perCaregiver->setText(core::StaffingIndicators::ratioText(staffing.residentsPerCaregiver));
    m_shortShifts->setText(QString::number(staffing.shiftsBelowMinimum));
    markFigure(m_shortShifts, nullptr, staffing.shiftsBelowMinimum > 0);
    m_incidents->setText(QString::number(staffing.incidentsThisMonth));

    const QString lastBackup = settings.value(core::Settings::LastBackupAt);
    m_storage->setText(
        tr("Database file: %1<br>Schema version: %2<br>Last backup: %3")
            .arg(QDir::toNativeSeparators(db.path()).toHtmlEscaped())
            .arg(db.schemaVersion())
            .arg(lastBackup.isEmpty() ? tr("never") : core::Clock::displayTimestamp(lastBackup)));
    m_backupButton->setEnabled(actor.can(core::Permission::Backup));
}

} // namespace jinglao::ui
