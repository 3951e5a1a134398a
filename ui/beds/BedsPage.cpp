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
#include "residents/AdmissionDialog.h"
#include "residents/ResidentDetailDialog.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
QWidget* legendItem(core::BedState state, QWidget* parent)
{
    auto* item = new QLabel(parent);
    item->setText(
        QStringLiteral("<span style='background:%1; border:1px solid %2;'>&nbsp;&nbsp;&nbsp;&nbsp;</span> %3")
            .arg(BedTile::fillColor(state).name(), BedTile::borderColor(state).name(),
                 core::BedService::stateLabel(state).toHtmlEscaped()));
    item->setStyleSheet(QStringLiteral("color: #444;"));
    return item;
}
} // namespace

BedsPage::BedsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);

    auto* figures = new QFrame(this);
    figures->setObjectName(QStringLiteral("bedFiguresFrame"));
    figures->setStyleSheet(QStringLiteral(
        "#bedFiguresFrame { background: #f5f7fa; border: 1px solid #dde3ea; border-radius: 6px; }"));
    auto* strip = new QHBoxLayout(figures);
    strip->setContentsMargins(12, 6, 12, 6);
    strip->setSpacing(24);
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
    layout->addWidget(figures);

    auto* bar = new QHBoxLayout;
    m_addRoom = new QPushButton(tr("Add room…"), this);
    m_addRoom->setObjectName(QStringLiteral("addRoomButton"));
    m_addRoom->setToolTip(tr("Add several beds to a room at once"));
    m_addBed = new QPushButton(tr("Add bed…"), this);
    m_addBed->setObjectName(QStringLiteral("addBedButton"));
    bar->addWidget(m_addRoom);
    bar->addWidget(m_addBed);
    bar->addSpacing(16);
    auto* hint = new QLabel(
        tr("Click a free bed to admit, an occupied one to open the resident; right-click for more."), this);
    hint->setStyleSheet(QStringLiteral("color: #666;"));
    bar->addWidget(hint);
    bar->addStretch(1);
    for (core::BedState state :
         {core::BedState::Free, core::BedState::Occupied, core::BedState::Held, core::BedState::OutOfService})
        bar->addWidget(legendItem(state, this));
    layout->addLayout(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("bedMapScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_map = new BedMapWidget(m_scroll);
    m_scroll->setWidget(m_map);
    layout->addWidget(m_scroll, 1);

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
    markFigure(m_ratio, m_ratioCaption, below);
    m_ratioCaption->setText(below ? tr("Nursing-bed ratio: below the 55 % target")
                                  : tr("Nursing-bed ratio (target ≥ 55 %)"));
    m_occupied->setText(QString::number(summary.occupied));
    m_free->setText(QString::number(summary.free));
    m_occupancy->setText(summary.inService > 0 ? percentText(summary.occupancyRate()) : QStringLiteral("—"));

    const int scrolled = m_scroll->verticalScrollBar()->value();
    m_map->setBeds(views);
    m_scroll->verticalScrollBar()->setValue(scrolled);
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
