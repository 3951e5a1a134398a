#include "home/HomePage.h"

#include "assessments/AssessmentService.h"
#include "beds/BedService.h"
#include "center/CenterService.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/EmptyStateHint.h"
#include "common/Figure.h"
#include "common/PageHeader.h"
#include "common/ReadOnlyTable.h"
#include "familybeds/HomeVisitService.h"
#include "home/TrendCharts.h"
#include "referrals/ReferralService.h"
#include "reports/ReportService.h"
#include "roster/RosterService.h"
#include "roster/StaffingIndicators.h"
#include "storage/Settings.h"

#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    QVBoxLayout* pageLayout = PageHeader::pageLayout(this, m_header);
    // Everything below the header scrolls, so that the charts keep their size at 1366×768.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("homeScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("homeContent"));
    scroll->setWidget(content);
    pageLayout->addWidget(scroll, 1);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(12);

    auto* firstRow = new QHBoxLayout;
    firstRow->setSpacing(12);
    layout->addLayout(firstRow);
    QHBoxLayout* bedPanel = nullptr;
    firstRow->addWidget(makeFigurePanel(content, QStringLiteral("homeBedsFrame"), tr("Beds"), &bedPanel), 3);
    QHBoxLayout* bedRow = nullptr;
    m_bedFigures = figureRow(content, &bedRow);
    bedRow->addWidget(makeFigure(content, QStringLiteral("homeBeds"), tr("Beds in service"), &m_beds));
    bedRow->addWidget(makeFigure(content, QStringLiteral("homeNursingRatio"),
                                 tr("Nursing-bed ratio (target ≥ 55 %)"), &m_ratio, &m_ratioCaption));
    bedRow->addWidget(
        makeFigure(content, QStringLiteral("homeOccupancy"), tr("Occupancy rate"), &m_occupancy));
    m_noBeds = missingHint(content, QStringLiteral("homeNoBedsLabel"));
    bedPanel->addWidget(m_bedFigures);
    bedPanel->addWidget(m_noBeds, 1);
    bedPanel->addStretch(1);

    QHBoxLayout* servicePanel = nullptr;
    firstRow->addWidget(makeFigurePanel(content, QStringLiteral("homeServicesFrame"),
                                        tr("Referrals and family care beds"), &servicePanel),
                        2);
    servicePanel->addWidget(
        makeFigure(content, QStringLiteral("homeOpenReferrals"), tr("Open referrals"), &m_openReferrals));
    servicePanel->addWidget(makeFigure(content, QStringLiteral("homeVisitRate"),
                                       tr("Visit rate this month (target 100 %)"), &m_visitRate,
                                       &m_visitRateCaption));
    servicePanel->addStretch(1);

    QHBoxLayout* carePanel = nullptr;
    layout->addWidget(
        makeFigurePanel(content, QStringLiteral("homeCareFrame"), tr("Residents and staff"), &carePanel));
    carePanel->setSpacing(24);
    carePanel->addWidget(
        makeFigure(content, QStringLiteral("homeResidents"), tr("Residents in the center"), &m_residents));
    carePanel->addWidget(
        makeFigure(content, QStringLiteral("homeAssessmentsDue"), tr("Assessments due"), &m_assessmentsDue));
    QHBoxLayout* staffRow = nullptr;
    m_staffFigures = figureRow(content, &staffRow);
    staffRow->setSpacing(24);
    staffRow->addWidget(
        makeFigure(content, QStringLiteral("homeCaregivers"), tr("Caregivers employed"), &m_caregivers));
    staffRow->addWidget(makeFigure(content, QStringLiteral("homeOnDuty"), tr("Caregivers on duty now"),
                                   &m_onDuty, &m_onDutyCaption));
    staffRow->addWidget(makeFigure(content, QStringLiteral("homePerCaregiver"), tr("Caregivers to residents"),
                                   &m_perCaregiver));
    staffRow->addWidget(makeFigure(content, QStringLiteral("homeShortShifts"),
                                   tr("Shifts short of caregivers this month"), &m_shortShifts,
                                   &m_shortShiftsCaption));
    staffRow->addWidget(
        makeFigure(content, QStringLiteral("homeIncidents"), tr("Incidents this month"), &m_incidents));
    m_noStaff = missingHint(content, QStringLiteral("homeNoStaffLabel"));
    m_noStaff->setText(tr("No staff yet — add the center's staff on the Staff page; caregivers, shifts short "
                          "of caregivers and incidents appear once they are rostered."));
    carePanel->addWidget(m_staffFigures);
    carePanel->addWidget(m_noStaff, 1);
    carePanel->addStretch(1);

    // What needs attention, from every module.
    QHBoxLayout* alertRow = nullptr;
    QFrame* alertFrame = makeFigurePanel(content, QStringLiteral("homeAlertsFrame"), QString(), &alertRow);
    layout->addWidget(alertFrame);
    m_alertsHeading = new QLabel(alertFrame);
    m_alertsHeading->setObjectName(QStringLiteral("homeAlertsHeadingLabel"));
    m_alertsHeading->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; color: #37474f;"));
    static_cast<QVBoxLayout*>(alertFrame->layout())->insertWidget(0, m_alertsHeading);
    m_alertTable = makeReadOnlyTable(alertFrame, QStringLiteral("homeAlertTableWidget"),
                                     {tr("Severity"), tr("Area"), tr("What needs attention")});
    m_alertTable->setToolTip(tr("Double-click or press Enter to open the record an alert is about."));
    alertRow->addWidget(m_alertTable, 1);
    m_alertsEmpty = new EmptyStateHint(m_alertTable, QStringLiteral("homeAlertsEmptyLabel"));
    m_alertsEmpty->setText(tr("Nothing needs attention today."));
    connect(m_alertTable, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { openAlert(index.row()); });

    // The last 12 months, as the monthly report counts them.
    QHBoxLayout* chartRow = nullptr;
    QFrame* chartFrame = makeFigurePanel(content, QStringLiteral("homeChartsFrame"), QString(), &chartRow);
    layout->addWidget(chartFrame);
    m_chartsHeading = new QLabel(chartFrame);
    m_chartsHeading->setObjectName(QStringLiteral("homeChartsHeadingLabel"));
    m_chartsHeading->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; color: #37474f;"));
    static_cast<QVBoxLayout*>(chartFrame->layout())->insertWidget(0, m_chartsHeading);
    m_noHistory = missingHint(chartFrame, QStringLiteral("homeNoHistoryLabel"));
    m_noHistory->setText(tr(
        "No history yet — the charts of the last 12 months (occupancy, care levels, the nursing-bed ratio, "
        "visits, referrals and incidents) appear once the center has beds, residents, staff or family care "
        "beds on record."));
    m_charts = new TrendCharts(chartFrame);
    chartRow->addWidget(m_noHistory, 1);
    chartRow->addWidget(m_charts, 1);

    QHBoxLayout* storageRow = nullptr;
    layout->addWidget(makeFigurePanel(content, QStringLiteral("homeStorageFrame"), tr("Data"), &storageRow));
    m_storage = new QLabel(content);
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
    refreshFigures();
    refreshAlerts();
    refreshCharts();
}

void HomePage::refreshFigures()
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
    const int onDuty = core::RosterService(db).caregiversOnDuty(actor, core::Clock::now());
    m_onDuty->setText(rostered ? QString::number(onDuty) : QStringLiteral("—"));
    // Nobody on duty while the month is rostered is a finding; a center without a roster is not.
    markFigure(m_onDuty, m_onDutyCaption,
               rostered && onDuty == 0 ? FigureMark::OffTarget : FigureMark::Neutral);

    core::ReferralFilter open;
    open.openOnly = true;
    m_openReferrals->setText(QString::number(core::ReferralService(db).list(actor, open).size()));
    const core::MonthCoverage coverage = core::HomeVisitService(db).coverage(actor, today);
    m_visitRate->setText(coverage.hasRate() ? percentText(coverage.visitRatePercent() / 100.0)
                                            : QStringLiteral("—"));
    //: %1 special-difficulty elders visited this month, %2 all of them
    m_visitRateCaption->setText(coverage.hasRate() ? tr("Visited this month: %1 of %2 (target 100 %)")
                                                         .arg(coverage.specialVisited)
                                                         .arg(coverage.specialBeds)
                                                   : tr("No special-difficulty elders with a family bed"));
    // Only a month fully visited is coloured: while it runs, the alerts name who is still due.
    markFigure(m_visitRate, nullptr,
               coverage.hasRate() && coverage.specialVisited == coverage.specialBeds ? FigureMark::OnTarget
                                                                                     : FigureMark::Neutral);

    const QString lastBackup = core::Settings(db).value(core::Settings::LastBackupAt);
    m_storage->setText(
        tr("Database file: %1<br>Schema version: %2<br>Last backup: %3")
            .arg(QDir::toNativeSeparators(db.path()).toHtmlEscaped())
            .arg(db.schemaVersion())
            .arg(lastBackup.isEmpty() ? tr("never") : core::Clock::displayTimestamp(lastBackup)));
    m_backupButton->setEnabled(actor.can(core::Permission::Backup));
}

void HomePage::refreshAlerts()
{
    m_alerts = context().modules().alerts(context().database(), context().actor(), core::Clock::today());
    m_alertTable->setRowCount(0);
    for (const core::Alert& alert : m_alerts) {
        QString severity;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        QColor colour(0x45, 0x5a, 0x64);
        switch (alert.severity) {
        case core::Alert::Severity::Critical:
            severity = tr("Urgent");
            icon = QStyle::SP_MessageBoxCritical;
            colour = QColor(0xc6, 0x28, 0x28);
            break;
        case core::Alert::Severity::Warning:
            severity = tr("To do");
            icon = QStyle::SP_MessageBoxWarning;
            colour = QColor(0xb2, 0x6a, 0x00);
            break;
        case core::Alert::Severity::Info:
            severity = tr("For information");
            break;
        }
        const core::Module* module = context().modules().find(alert.module);
        const int row =
            appendTableRow(m_alertTable, {severity, module ? module->title() : alert.module, alert.text});
        QTableWidgetItem* first = m_alertTable->item(row, 0);
        first->setIcon(style()->standardIcon(icon));
        first->setForeground(colour);
        first->setData(Qt::UserRole, static_cast<int>(alert.severity));
        if (!alert.record.isEmpty())
            m_alertTable->item(row, 2)->setToolTip(tr("Double-click or press Enter to open it."));
    }
    m_alertTable->resizeColumnToContents(0);
    m_alertTable->setColumnWidth(0, m_alertTable->columnWidth(0) + 16); // the icon and the text in full
    m_alertTable->resizeColumnToContents(1);
    m_alertsEmpty->followModel();
    // Up to five rows at once, so that the charts begin above the fold at 1366×768; more scroll
    // inside the list.
    const int shownRows = std::clamp(int(m_alerts.size()), 2, 5);
    const int rowHeight = m_alertTable->verticalHeader()->defaultSectionSize();
    m_alertTable->setFixedHeight(m_alertTable->horizontalHeader()->sizeHint().height() +
                                 shownRows * rowHeight + 2 * m_alertTable->frameWidth() + 2);
    const int urgent = int(std::count_if(m_alerts.cbegin(), m_alerts.cend(), [](const core::Alert& alert) {
        return alert.severity == core::Alert::Severity::Critical;
    }));
    const int count = int(m_alerts.size());
    m_alertsHeading->setText(urgent > 0
                                 ? tr("Needs attention: %n alert(s), %1 urgent", nullptr, count).arg(urgent)
                                 : tr("Needs attention: %n alert(s)", nullptr, count));
    if (m_alertTable->rowCount() > 0 && !m_alertTable->currentIndex().isValid())
        m_alertTable->selectRow(0);
}

void HomePage::openAlert(int row)
{
    if (row < 0 || row >= m_alerts.size() || m_alerts.at(row).record.isEmpty())
        return;
    Q_EMIT recordRequested(m_alerts.at(row).record);
}

void HomePage::refreshCharts()
{
    const core::ReportService reports(context().database(), context().modules());
    const QDate today = core::Clock::today();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate firstWithData = reports.firstMonthWithData();
    // The last 12 months, or fewer when the records begin later.
    const QDate from = firstWithData.isValid() ? std::max(firstWithData, thisMonth.addMonths(-11)) : QDate();
    const bool hasHistory = from.isValid() && from <= thisMonth;
    m_noHistory->setVisible(!hasHistory);
    m_charts->setVisible(hasHistory);
    if (!hasHistory) {
        m_chartsHeading->setText(tr("The last 12 months"));
        return;
    }
    const QList<core::MonthlyReport> months =
        reports.months(context().actor(), from, thisMonth, core::ReportService::Lists::Without);
    //: %1 the first month shown, %2 the current month: 2025-12 – 2026-11
    m_chartsHeading->setText(
        tr("The last 12 months (%1 – %2; this month so far), as the monthly report counts them")
            .arg(from.toString(QStringLiteral("yyyy-MM")), thisMonth.toString(QStringLiteral("yyyy-MM"))));
    m_charts->setReports(months);
}

} // namespace jinglao::ui
