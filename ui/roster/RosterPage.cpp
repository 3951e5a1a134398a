#include "roster/RosterPage.h"

#include "common/AppContext.h"
#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/EmptyStateHint.h"
#include "common/ErrorDialog.h"
#include "common/Figure.h"
#include "common/PageHeader.h"
#include "common/TableExportButton.h"
#include "roster/FillPatternDialog.h"
#include "roster/RosterGridView.h"
#include "roster/RosterPdfWriter.h"
#include "roster/RosterService.h"
#include "roster/RosterTableModel.h"
#include "roster/RosterXlsxExport.h"
#include "roster/ShiftTemplatesDialog.h"
#include "roster/StaffingIndicators.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QVBoxLayout>

namespace jinglao::ui {

RosterPage::RosterPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_month(QDate(core::Clock::today().year(), core::Clock::today().month(), 1))
{
    m_header = new PageHeader(title(), this);
    auto* exportXlsxButton = new QPushButton(tr("Export XLSX…"), this);
    exportXlsxButton->setObjectName(QStringLiteral("exportXlsxButton"));
    auto* exportPdfButton = new QPushButton(tr("Export PDF…"), this);
    exportPdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_header->addAction(exportXlsxButton);
    m_header->addAction(exportPdfButton);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);

    // The month's staffing figures, as cards like the home page's.
    QHBoxLayout* figures = nullptr;
    layout->addWidget(makeFigurePanel(this, QStringLiteral("rosterFiguresFrame"), QString(), &figures));
    figures->addWidget(makeFigure(this, QStringLiteral("rosterCaregivers"), tr("Caregivers employed"),
                                  &m_caregivers, &m_caregiversCaption));
    figures->addWidget(makeFigure(this, QStringLiteral("rosterPerCaregiver"), tr("Residents per caregiver"),
                                  &m_perCaregiver));
    figures->addWidget(makeFigure(this, QStringLiteral("rosterShortShifts"), tr("Shifts short of caregivers"),
                                  &m_shortShifts, &m_shortShiftsCaption));
    figures->addWidget(makeFigure(this, QStringLiteral("rosterIncidents"), tr("Incidents"), &m_incidents,
                                  &m_incidentsCaption));
    figures->addStretch(1);

    auto* bar = new QHBoxLayout;
    auto* previous = new QPushButton(QStringLiteral("◀"), this);
    previous->setObjectName(QStringLiteral("previousMonthButton"));
    previous->setToolTip(tr("Previous month"));
    previous->setFixedWidth(32);
    m_monthEdit = new QDateEdit(m_month, this);
    m_monthEdit->setObjectName(QStringLiteral("monthDateEdit"));
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_monthEdit->setCalendarPopup(true);
    auto* next = new QPushButton(QStringLiteral("▶"), this);
    next->setObjectName(QStringLiteral("nextMonthButton"));
    next->setToolTip(tr("Next month"));
    next->setFixedWidth(32);
    m_templateSet = new QComboBox(this);
    m_templateSet->setObjectName(QStringLiteral("templateSetComboBox"));
    m_templateSet->addItem(tr("Three shifts (D/E/N, 8 h)"));
    m_templateSet->addItem(tr("Two shifts (A/B, 12 h)"));
    m_copyWeek = new QPushButton(tr("Copy last week"), this);
    m_copyWeek->setObjectName(QStringLiteral("copyWeekButton"));
    m_copyWeek->setToolTip(
        tr("Copies the week before onto the week of the current cell, for the selected staff."));
    m_copyMonth = new QPushButton(tr("Copy last month"), this);
    m_copyMonth->setObjectName(QStringLiteral("copyMonthButton"));
    m_templatesButton = new QPushButton(tr("Shifts…"), this);
    m_templatesButton->setObjectName(QStringLiteral("shiftTemplatesButton"));
    m_templatesButton->setToolTip(tr("Shift times and the minimum of caregivers per shift"));
    m_fill = new QPushButton(tr("Fill pattern…"), this);
    m_fill->setObjectName(QStringLiteral("fillPatternButton"));
    bar->addWidget(previous);
    bar->addWidget(m_monthEdit);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(m_templateSet);
    bar->addWidget(m_templatesButton);
    bar->addWidget(m_copyWeek);
    bar->addWidget(m_copyMonth);
    bar->addWidget(m_fill);
    bar->addStretch(1);
    layout->addLayout(bar);

    auto* hint = new QLabel(
        tr("Type a shift code (D, E, N …) into a cell, \"-\" for a rest day; the arrows move, "
           "Delete clears, F2 enters two shifts as D/N. Red cells have warnings, yellow ones are leave; "
           "\"-\" on green is a rest day, hatched days are not planned yet (after the last day anyone is "
           "rostered)."),
        this);
    hint->setObjectName(QStringLiteral("rosterHintLabel"));
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_model = new RosterTableModel(this);
    // The delegate's editor is still open while setData runs, so the grid is reloaded afterwards.
    m_model->setCellWriter([this](const QString& staffUid, const QDate& day, const QStringList& codes) {
        const bool written = runGuarded(this, [&] {
            core::RosterService(this->context().database())
                .setDay(this->context().actor(), staffUid, day, codes);
        });
        QMetaObject::invokeMethod(
            this,
            [this, written] {
                refresh();
                if (written)
                    this->context().notifyDataChanged();
            },
            Qt::QueuedConnection);
        return written;
    });
    m_grid = new RosterGridView(splitter);
    m_grid->setObjectName(QStringLiteral("rosterTableView"));
    m_grid->setModel(m_model);
    m_grid->horizontalHeader()->setDefaultSectionSize(26);
    m_grid->horizontalHeader()->setMinimumSectionSize(24);
    m_grid->verticalHeader()->setDefaultSectionSize(24);
    m_grid->setWordWrap(false);
    m_empty = new EmptyStateHint(m_grid, QStringLiteral("rosterEmptyLabel"));
    m_header->addAction(new TableExportButton(
        context, m_grid, {QStringLiteral("roster"), QStringLiteral("shifts"), title()}, {m_monthEdit}, this));
    m_empty->setText(tr("No staff yet — add them on the Staff page, then plan their shifts here."));
    m_empty->setEmptyWhen([this] { return m_model->month().staff.isEmpty(); });
    auto* warningBox = new QWidget(splitter);
    auto* warningLayout = new QVBoxLayout(warningBox);
    warningLayout->setContentsMargins(0, 4, 0, 0);
    m_warningHeading = new QLabel(warningBox);
    m_warningHeading->setObjectName(QStringLiteral("warningHeadingLabel"));
    m_warningList = new QListWidget(warningBox);
    m_warningList->setObjectName(QStringLiteral("warningListWidget"));
    warningLayout->addWidget(m_warningHeading);
    warningLayout->addWidget(m_warningList);
    splitter->addWidget(m_grid);
    splitter->addWidget(warningBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(previous, &QPushButton::clicked, this, [this] { setMonth(m_month.addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { setMonth(m_month.addMonths(1)); });
    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (!m_loading)
            setMonth(date);
    });
    connect(m_templateSet, &QComboBox::activated, this, &RosterPage::chooseTemplateSet);
    connect(m_copyWeek, &QPushButton::clicked, this, &RosterPage::copyLastWeek);
    connect(m_copyMonth, &QPushButton::clicked, this, &RosterPage::copyLastMonth);
    connect(m_fill, &QPushButton::clicked, this, &RosterPage::askFillPattern);
    connect(m_templatesButton, &QPushButton::clicked, this, [this] {
        ShiftTemplatesDialog dialog(this->context(), this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, &RosterPage::showCellMenu);
    connect(exportXlsxButton, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(exportPdfButton, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_grid, &RosterGridView::codeTyped, this, &RosterPage::onCodeTyped);
    connect(m_grid, &RosterGridView::clearRequested, this, &RosterPage::onClearRequested);
    connect(m_warningList, &QListWidget::currentRowChanged, this, &RosterPage::showWarningCell);
    connect(&context, &AppContext::actorChanged, this, &RosterPage::refresh);
}

QString RosterPage::title() const
{
    return tr("Roster");
}

void RosterPage::setMonth(const QDate& anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid())
        return;
    m_month = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    refresh();
}

bool RosterPage::showsRecordsOf(const QString& table) const
{
    return table == QStringLiteral("roster");
}

bool RosterPage::openRecord(const core::RecordRef& record)
{
    // A day of the roster: {"roster", "2026-12-03"}.
    const QDate day = QDate::fromString(record.uid, Qt::ISODate);
    if (!showsRecordsOf(record.table) || !day.isValid())
        return false;
    setMonth(day);
    const int row = std::max(m_grid->currentIndex().row(), 0);
    if (m_model->rowCount() == 0)
        return false;
    m_grid->setCurrentIndex(m_model->index(row, int(m_month.daysTo(day))));
    m_grid->scrollTo(m_grid->currentIndex());
    return true;
}

void RosterPage::refresh()
{
    const bool editable = context().actor().can(core::Permission::ManageRoster);
    const QModelIndex current = m_grid->currentIndex();
    const int currentRow = current.row();
    const int currentColumn = current.column();
    const QString currentStaff = m_model->staffUid(currentRow);

    m_loading = true;
    m_monthEdit->setDate(m_month);
    core::RosterService service(context().database());
    runGuarded(this, [&] {
        core::RosterMonth month = service.month(context().actor(), m_month);
        QList<core::RosterWarning> warnings = core::RosterRules::check(month);
        const bool twoShifts =
            !month.templates.isEmpty() && month.templates.first().code == QLatin1String("A");
        m_templateSet->setCurrentIndex(twoShifts ? 1 : 0);
        m_model->setEditable(editable);
        m_model->setMonth(std::move(month), std::move(warnings));
    });
    m_loading = false;

    m_templateSet->setEnabled(editable);
    m_templatesButton->setEnabled(editable);
    m_copyWeek->setEnabled(editable);
    m_copyMonth->setEnabled(editable);
    m_fill->setEnabled(editable);
    m_grid->horizontalHeader()->resizeSections(QHeaderView::Fixed);
    for (int extra = 0; extra < RosterTableModel::ExtraColumnCount; ++extra)
        m_grid->setColumnWidth(m_model->month().days() + extra, 40);

    m_warningList->clear();
    // Without staff there is no roster to check: the page says so (the hint over the grid) rather
    // than listing every shift of the month as short.
    const bool noStaff = m_model->month().staff.isEmpty();
    for (const core::RosterWarning& warning : noStaff ? QList<core::RosterWarning>() : m_model->warnings()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("[%1] %2").arg(core::rosterWarningCodes().label(warning.kind), warning.message),
            m_warningList);
        item->setData(Qt::UserRole, warning.staffUid);
        item->setData(Qt::UserRole + 1, warning.date);
    }
    m_warningHeading->setText(
        noStaff ? tr("No staff yet, so there is no roster to check.")
        : m_model->warnings().isEmpty()
            ? tr("No warnings for this month.")
            : tr("%n warning(s) for this month:", nullptr, static_cast<int>(m_model->warnings().size())));

    int row = currentStaff.isEmpty() ? currentRow : m_model->rowOf(currentStaff);
    if (row < 0 && currentRow >= 0)
        row = std::min(currentRow, m_model->rowCount() - 1);
    if (row >= 0 && currentColumn >= 0 && currentColumn < m_model->columnCount())
        m_grid->setCurrentIndex(m_model->index(row, currentColumn));
    else if (m_model->isStaffRow(0)) {
        // Nothing chosen yet: the first person's cell of today, or of the month's first day.
        const QDate today = core::Clock::today();
        const int column =
            today >= m_month && today <= m_model->month().last() ? int(m_month.daysTo(today)) : 0;
        m_grid->setCurrentIndex(m_model->index(0, column));
    }
    m_empty->followModel();
    const int people = int(m_model->month().staff.size());
    const int warnings = int(m_model->warnings().size());
    //: The roster page's summary: the month, how many people it plans, how many warnings.
    const QString month = tr("The roster of %1: ").arg(m_month.toString(QStringLiteral("yyyy-MM")));
    m_header->setSummary(noStaff ? month + tr("no staff yet.")
                                 : month + tr("%n staff member(s)", nullptr, people) +
                                       tr(", %n warning(s).", nullptr, warnings));
    updateIndicators();
}

void RosterPage::updateIndicators()
{
    // The figures of the month shown: on its last day for a past month, today for this one.
    const QDate today = core::Clock::today();
    const QDate last = m_month.addDays(m_month.daysInMonth() - 1);
    const QDate day = today < m_month ? m_month : today > last ? last : today;
    const QString month = m_month.toString(QStringLiteral("yyyy-MM"));
    runGuarded(this, [&] {
        const core::StaffingIndicators indicators =
            core::StaffingIndicators::compute(context().database(), context().actor(), day);
        m_caregivers->setText(QString::number(indicators.caregiversEmployed));
        m_caregiversCaption->setText(tr("Caregivers employed on %1").arg(day.toString(Qt::ISODate)));
        m_perCaregiver->setText(core::StaffingIndicators::ratioText(indicators.residentsPerCaregiver));
        // A month nobody has rostered is said to be so, not counted as every shift short.
        const bool rostered = indicators.shiftsRostered > 0;
        m_shortShifts->setText(rostered ? QString::number(indicators.shiftsBelowMinimum)
                                        : QStringLiteral("—"));
        m_shortShiftsCaption->setText(rostered ? tr("Shifts short of caregivers in %1").arg(month)
                                               : tr("Nobody is rostered in %1 yet").arg(month));
        markFigure(m_shortShifts, nullptr,
                   rostered && indicators.shiftsBelowMinimum > 0 ? FigureMark::OffTarget
                                                                 : FigureMark::Neutral);
        m_incidents->setText(QString::number(indicators.incidentsThisMonth));
        m_incidentsCaption->setText(tr("Incidents in %1").arg(month));
    });
}

bool RosterPage::writeCell(const QString& staffUid, const QDate& day, const QStringList& codes)
{
    const bool written = runGuarded(this, [&] {
        core::RosterService(context().database()).setDay(context().actor(), staffUid, day, codes);
    });
    refresh();
    if (written)
        context().notifyDataChanged();
    return written;
}

void RosterPage::onCodeTyped(const QModelIndex& index, const QString& code)
{
    const QStringList codes = code == QLatin1String("-") ? QStringList() : QStringList{code};
    if (!m_model->isShiftCell(index) || !m_model->flags(index).testFlag(Qt::ItemIsEditable))
        return;
    if (!writeCell(m_model->staffUid(index.row()), m_model->day(index.column()), codes))
        return;
    const int nextColumn = index.column() + 1;
    if (m_model->isDayColumn(nextColumn))
        m_grid->setCurrentIndex(m_model->index(index.row(), nextColumn));
}

void RosterPage::onClearRequested(const QModelIndexList& indexes)
{
    if (!context().actor().can(core::Permission::ManageRoster)) {
        showError(this, core::Error::permission(tr("You may view the roster but not change it.")));
        return;
    }
    QList<core::RosterService::DayAssignment> days;
    for (const QModelIndex& index : indexes)
        days.append({m_model->staffUid(index.row()), m_model->day(index.column()), {}});
    runGuarded(this, [&] { core::RosterService(context().database()).apply(context().actor(), days); });
    refresh();
    context().notifyDataChanged();
}

QStringList RosterPage::selectedStaff() const
{
    QStringList uids;
    QSet<int> rows;
    for (const QModelIndex& index : m_grid->selectionModel()->selectedIndexes()) {
        if (m_model->isStaffRow(index.row()) && !rows.contains(index.row())) {
            rows.insert(index.row());
            uids.append(m_model->staffUid(index.row()));
        }
    }
    if (uids.isEmpty()) {
        for (const core::StaffMember& person : m_model->month().staff)
            uids.append(person.uid);
    }
    return uids;
}

bool RosterPage::fillPattern(const QStringList& staffUids, const QDate& from, const QDate& to,
                             const QString& pattern, int stagger)
{
    const bool done = runGuarded(this, [&] {
        core::RosterService(context().database())
            .fillPattern(context().actor(), staffUids, from, to, core::RosterService::parsePattern(pattern),
                         stagger);
    });
    refresh();
    if (done)
        context().notifyDataChanged();
    return done;
}

bool RosterPage::copyLastWeek()
{
    const QModelIndex current = m_grid->currentIndex();
    const QDate day = m_model->isDayColumn(current.column()) ? m_model->day(current.column()) : m_month;
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QStringList staff = selectedStaff();
    const bool done = runGuarded(this, [&] {
        core::RosterService(context().database()).copyLastWeek(context().actor(), staff, monday);
    });
    refresh();
    if (done)
        context().notifyDataChanged();
    return done;
}

bool RosterPage::copyLastMonth()
{
    const QStringList staff = selectedStaff();
    const bool done = runGuarded(this, [&] {
        core::RosterService(context().database()).copyLastMonth(context().actor(), staff, m_month);
    });
    refresh();
    if (done)
        context().notifyDataChanged();
    return done;
}

void RosterPage::askFillPattern()
{
    const QStringList staff = selectedStaff();
    FillPatternDialog dialog(m_month, m_month.addDays(m_month.daysInMonth() - 1),
                             static_cast<int>(staff.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        fillPattern(staff, dialog.from(), dialog.to(), dialog.pattern(), dialog.stagger());
}

void RosterPage::chooseTemplateSet(int index)
{
    const auto set = index == 1 ? core::RosterService::TemplateSet::TwoShifts
                                : core::RosterService::TemplateSet::ThreeShifts;
    runGuarded(this,
               [&] { core::RosterService(context().database()).chooseTemplateSet(context().actor(), set); });
    refresh();
}

bool RosterPage::exportXlsx(const QString& path)
{
    const core::Actor actor = context().actor();
    const QDate month = m_month;
    const TaskOutcome outcome =
        runInBackground(this, tr("Exporting the roster…"), context().database(),
                        [&](core::Database& connection, TaskProgress&) {
                            core::RosterXlsxExport::write(connection, actor, month, path);
                        });
    context().notifyDataChanged(); // the export is in the audit log
    if (!outcome.succeeded)
        showError(this, outcome.errorMessage);
    else
        context().tellSaved(path);
    return outcome.succeeded;
}

bool RosterPage::exportPdf(const QString& path)
{
    const bool done = runGuarded(this, [&] {
        RosterPdfWriter::write(context().database(), context().actor(), m_model->month(), m_model->warnings(),
                               path);
    });
    if (done) {
        context().notifyDataChanged();
        context().tellSaved(path);
    }
    return done;
}

void RosterPage::askExport(bool pdf)
{
    const QString suggested =
        QDir::home().filePath(tr("roster-%1").arg(m_month.toString(QStringLiteral("yyyy-MM"))) +
                              (pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx")));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the roster as PDF") : tr("Export the roster as XLSX"), suggested,
        pdf ? tr("PDF documents (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (pdf)
        exportPdf(path);
    else
        exportXlsx(path);
}

bool RosterPage::setStatus(const QModelIndex& index, core::Shift::Status status)
{
    const QList<core::Shift> shifts =
        m_model->isShiftCell(index)
            ? m_model->month().shiftsOf(m_model->staffUid(index.row()), m_model->day(index.column()))
            : QList<core::Shift>();
    if (shifts.isEmpty())
        return false;
    const bool done = runGuarded(this, [&] {
        core::RosterService service(context().database());
        for (const core::Shift& shift : shifts)
            service.setStatus(context().actor(), shift.uid, status);
    });
    refresh();
    if (done)
        context().notifyDataChanged();
    return done;
}

void RosterPage::showCellMenu(const QPoint& position)
{
    const QModelIndex index = m_grid->indexAt(position);
    if (!m_model->isShiftCell(index) || !context().actor().can(core::Permission::ManageRoster) ||
        m_model->month().shiftsOf(m_model->staffUid(index.row()), m_model->day(index.column())).isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Mark as worked"), this,
                   [this, index] { setStatus(index, core::Shift::Status::Worked); });
    menu.addAction(tr("Mark as absent"), this,
                   [this, index] { setStatus(index, core::Shift::Status::Absent); });
    menu.addAction(tr("Mark as planned"), this,
                   [this, index] { setStatus(index, core::Shift::Status::Planned); });
    menu.exec(m_grid->viewport()->mapToGlobal(position));
}

void RosterPage::showWarningCell(int row)
{
    if (row < 0 || row >= m_warningList->count())
        return;
    const QListWidgetItem* item = m_warningList->item(row);
    const int staffRow = m_model->rowOf(item->data(Qt::UserRole).toString());
    const QDate day = item->data(Qt::UserRole + 1).toDate();
    const int column = static_cast<int>(m_month.daysTo(day));
    if (staffRow >= 0 && m_model->isDayColumn(column))
        m_grid->scrollTo(m_model->index(staffRow, column));
    if (staffRow >= 0 && m_model->isDayColumn(column))
        m_grid->setCurrentIndex(m_model->index(staffRow, column));
}

} // namespace jinglao::ui
