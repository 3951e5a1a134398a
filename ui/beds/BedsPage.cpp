#include "beds/BedsPage.h"

#include "beds/BedDialog.h"
#include "beds/BedMapWidget.h"
#include "beds/BedService.h"
#include "beds/BedServiceDialog.h"
#include "beds/BedTile.h"
#include "beds/RoomBedsDialog.h"
#include "common/AppContext.h"
#include "common/ErrorDialog.h"
#include "common/Figure.h"
#include "common/PageHeader.h"
#include "common/ReadOnlyTable.h"
#include "common/TableExportButton.h"
#include "residents/AdmissionDialog.h"
#include "residents/ResidentDetailDialog.h"
#include "residents/ResidentService.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
// A swatch in the tile's own colours (fill and a border as strong as the tile's), then the state.
QWidget* legendItem(core::BedState state, QWidget* parent)
{
    auto* item = new QWidget(parent);
    auto* layout = new QHBoxLayout(item);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(5);
    auto* swatch = new QFrame(item);
    swatch->setObjectName(QStringLiteral("legendSwatch"));
    swatch->setFixedSize(22, 16);
    swatch->setStyleSheet(
        QStringLiteral("#legendSwatch { background: %1; border: 2px solid %2; border-radius: 3px; }")
            .arg(BedTile::fillColor(state).name(), BedTile::borderColor(state).name()));
    auto* label = new QLabel(core::BedService::stateLabel(state), item);
    label->setStyleSheet(QStringLiteral("color: #333;"));
    layout->addWidget(swatch);
    layout->addWidget(label);
    return item;
}
} // namespace

BedsPage::BedsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    m_header = new PageHeader(title(), this);
    m_header->setSummary(
        tr("Today's beds by building and floor: click a free bed to admit, an occupied one to "
           "open the resident; right-click for more."));
    m_addRoom = new QPushButton(tr("Add room…"), this);
    m_addRoom->setObjectName(QStringLiteral("addRoomButton"));
    m_addRoom->setToolTip(tr("Add several beds to a room at once"));
    m_addBed = new QPushButton(tr("Add bed…"), this);
    m_addBed->setObjectName(QStringLiteral("addBedButton"));
    m_header->addAction(m_addRoom);
    m_header->addAction(m_addBed);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);

    QHBoxLayout* strip = nullptr;
    layout->addWidget(makeFigurePanel(this, QStringLiteral("bedFiguresFrame"), QString(), &strip));
    strip->addWidget(makeFigure(this, QStringLiteral("inService"), tr("Beds in service"), &m_inService));
    strip->addWidget(makeFigure(this, QStringLiteral("nursing"), tr("Nursing beds"), &m_nursing));
    QWidget* ratio =
        makeFigure(this, QStringLiteral("nursingRatio"), tr("Nursing-bed ratio (target ≥ 55 %)"), &m_ratio);
    m_ratioCaption = ratio->findChild<QLabel*>(QStringLiteral("nursingRatioCaptionLabel"));
    strip->addWidget(ratio);
    strip->addWidget(makeFigure(this, QStringLiteral("occupied"), tr("Occupied"), &m_occupied));
    strip->addWidget(makeFigure(this, QStringLiteral("free"), tr("Free"), &m_free));
    strip->addWidget(makeFigure(this, QStringLiteral("occupancy"), tr("Occupancy rate"), &m_occupancy));
    strip->addStretch(1);
    // The legend beside the figures, two by two.
    auto* legend = new QGridLayout;
    legend->setHorizontalSpacing(16);
    legend->setVerticalSpacing(6);
    int cell = 0;
    for (core::BedState state : {core::BedState::Free, core::BedState::Occupied, core::BedState::Held,
                                 core::BedState::OutOfService}) {
        legend->addWidget(legendItem(state, this), cell / 2, cell % 2);
        ++cell;
    }
    strip->addLayout(legend);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("bedViewsTabWidget"));
    m_scroll = new QScrollArea(m_views);
    m_scroll->setObjectName(QStringLiteral("bedMapScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_map = new BedMapWidget(m_scroll);
    m_scroll->setWidget(m_map);
    m_views->addTab(m_scroll, tr("Bed map"));
    m_listModel = new QStandardItemModel(this);
    m_listModel->setHorizontalHeaderLabels({tr("Bed"), tr("Building"), tr("Floor"), tr("Room"), tr("Type"),
                                            tr("Dementia unit"), tr("State"), tr("Resident"),
                                            tr("Care level")});
    m_list = makeRecordTableView(m_views, QStringLiteral("bedListTableView"), m_listModel);
    m_list->setSortingEnabled(true);
    m_views->addTab(m_list, tr("Bed list"));
    layout->addWidget(m_views, 1);
    // The list as shown (its sort order, masked as the list is) to XLSX or CSV.
    m_header->addAction(new TableExportButton(
        context, m_list, {QStringLiteral("beds"), QStringLiteral("beds"), title()}, {}, this));
    connect(m_list, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString uid = m_listModel->item(index.row(), 0)->data(Qt::UserRole).toString();
        for (const core::BedView& view : std::as_const(m_beds)) {
            if (view.bed.uid == uid) {
                activate(view);
                return;
            }
        }
    });

    connect(m_map, &BedMapWidget::tileClicked, this, &BedsPage::activate);
    connect(m_map, &BedMapWidget::tileMenuRequested, this, &BedsPage::showMenu);
    connect(m_addBed, &QPushButton::clicked, this, [this] {
        auto* dialog = new BedDialog(this->context(), QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_addRoom, &QPushButton::clicked, this, [this] {
        auto* dialog = new RoomBedsDialog(this->context(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

QString BedsPage::title() const
{
    return tr("Beds");
}

void BedsPage::refresh()
{
    const core::Actor& actor = context().actor();
    const bool manage = actor.can(core::Permission::ManageBeds);
    m_addBed->setEnabled(manage);
    m_addRoom->setEnabled(manage);
    core::BedService beds(context().database());
    const QList<core::BedView> views = beds.bedMap(actor);
    const core::BedSummary summary = core::BedService::summarize(views);
    m_inService->setText(summary.outOfService > 0 ? tr("%1 <span style='font-size:12px; font-weight:normal; "
                                                       "color:#777;'>(%2 out of service)</span>")
                                                        .arg(summary.inService)
                                                        .arg(summary.outOfService)
                                                  : QString::number(summary.inService));
    m_nursing->setText(QString::number(summary.nursing));
    m_ratio->setText(summary.inService > 0 ? percentText(summary.nursingRatio()) : QStringLiteral("—"));
    const bool below = summary.nursingRatioBelowTarget();
    m_ratio->setProperty("belowTarget", below);
    markFigure(m_ratio, m_ratioCaption,
               summary.inService == 0 ? FigureMark::Neutral
               : below                ? FigureMark::OffTarget
                                      : FigureMark::OnTarget);
    m_ratioCaption->setText(below ? tr("Nursing-bed ratio: below the 55 % target")
                                  : tr("Nursing-bed ratio (target ≥ 55 %)"));
    m_occupied->setText(QString::number(summary.occupied));
    m_free->setText(QString::number(summary.free));
    m_occupancy->setText(summary.inService > 0 ? percentText(summary.occupancyRate()) : QStringLiteral("—"));

    const int scrolled = m_scroll->verticalScrollBar()->value();
    m_map->setBeds(views);
    m_scroll->verticalScrollBar()->setValue(scrolled);

    m_beds = views;
    m_listModel->removeRows(0, m_listModel->rowCount());
    for (const core::BedView& view : views) {
        QList<QStandardItem*> row;
        for (const QString& text : QStringList{
                 view.bed.code, view.bed.building, view.bed.floor, view.bed.room,
                 core::bedTypeCodes().label(view.bed.type), view.bed.dementiaUnit ? tr("Yes") : QString(),
                 core::BedService::stateLabel(view.state), view.residentName,
                 view.residentUid.isEmpty() ? QString()
                                            : core::ResidentService::careLevelLabel(view.careLevel)})
            row.append(new QStandardItem(text));
        row.first()->setData(view.bed.uid, Qt::UserRole);
        m_listModel->appendRow(row);
    }
    m_list->resizeColumnsToContents();
}

void BedsPage::activate(const core::BedView& view)
{
    switch (view.state) {
    case core::BedState::Free:
        if (context().actor().can(core::Permission::ManageResidents))
            startAdmission(view.bed.uid);
        else
            showMenu(view, QCursor::pos());
        break;
    case core::BedState::Occupied:
    case core::BedState::Held:
        openResident(view.residentUid);
        break;
    case core::BedState::OutOfService:
        showMenu(view, QCursor::pos());
        break;
    }
}

void BedsPage::startAdmission(const QString& bedUid)
{
    auto* dialog = new AdmissionDialog(context(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBed(bedUid);
    dialog->open();
}

void BedsPage::openResident(const QString& residentUid)
{
    auto* dialog = new ResidentDetailDialog(context(), residentUid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BedsPage::editBed(const QString& bedUid)
{
    auto* dialog = new BedDialog(context(), bedUid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BedsPage::askBedInService(const core::Bed& bed, bool inService)
{
    BedServiceDialog dialog(context(), bed, inService, this);
    dialog.exec();
}

void BedsPage::showMenu(const core::BedView& view, const QPoint& globalPosition)
{
    const bool manageBeds = context().actor().can(core::Permission::ManageBeds);
    const bool manageResidents = context().actor().can(core::Permission::ManageResidents);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("bedMenu"));
    menu.addSection(view.bed.code);
    if (view.state == core::BedState::Free)
        menu.addAction(tr("Admit a resident…"), this, [this, view] { startAdmission(view.bed.uid); })
            ->setEnabled(manageResidents);
    if (!view.residentUid.isEmpty())
        menu.addAction(tr("Open %1").arg(view.residentName), this,
                       [this, view] { openResident(view.residentUid); });
    menu.addSeparator();
    menu.addAction(tr("Edit bed…"), this, [this, view] { editBed(view.bed.uid); })->setEnabled(manageBeds);
    if (view.bed.inService)
        menu.addAction(tr("Take out of service…"), this, [this, view] { askBedInService(view.bed, false); })
            ->setEnabled(manageBeds && view.residentUid.isEmpty());
    else
        menu.addAction(tr("Return to service…"), this, [this, view] { askBedInService(view.bed, true); })
            ->setEnabled(manageBeds);
    menu.exec(globalPosition);
}

} // namespace jinglao::ui
