#pragma once
// 床位: the bed map with its figures (beds in service, nursing-bed ratio against the 55 % target,
// occupancy). A free bed starts an admission, an occupied one opens the resident. The same beds
// as a list (床位列表: code, place, type, state, resident, care level) for sorting and export.

#include "beds/Bed.h"
#include "common/Page.h"

class QLabel;
class QPushButton;
class QScrollArea;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace jinglao::ui {

class BedMapWidget;
class PageHeader;

class BedsPage : public Page {
    Q_OBJECT

public:
    explicit BedsPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("beds"); }
    QString title() const override;
    void refresh() override;

    BedMapWidget* map() const { return m_map; }
    QTableView* list() const { return m_list; }
    // What a click on a tile does; dialogs open non-modally and delete themselves when closed.
    void activate(const core::BedView& view);
    void startAdmission(const QString& bedUid);
    void openResident(const QString& residentUid);
    void editBed(const QString& bedUid);
    // Asks for the day and reason (BedServiceDialog) and takes the bed out of service or back.
    void askBedInService(const core::Bed& bed, bool inService);

private:
    void showMenu(const core::BedView& view, const QPoint& globalPosition);

    PageHeader* m_header = nullptr;
    BedMapWidget* m_map = nullptr;
    QScrollArea* m_scroll = nullptr;
    QTabWidget* m_views = nullptr;
    QTableView* m_list = nullptr;
    QStandardItemModel* m_listModel = nullptr;
    QList<core::BedView> m_beds; // as last loaded, for the list's double-click
    QLabel* m_inService = nullptr;
    QLabel* m_nursing = nullptr;
    QLabel* m_ratio = nullptr;
    QLabel* m_ratioCaption = nullptr;
    QLabel* m_occupied = nullptr;
    QLabel* m_free = nullptr;
    QLabel* m_occupancy = nullptr;
    QPushButton* m_addBed = nullptr;
    QPushButton* m_addRoom = nullptr;
};

} // namespace jinglao::ui
