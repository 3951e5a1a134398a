#pragma once
// 登记与协议: the family beds, searched by name or pinyin (closest first) and filtered by special
// difficulty and agreement state, beside the selected bed's details.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace jinglao::ui {

class AppContext;
class FamilyBedDetailView;
class FamilyBedTableModel;

class FamilyBedRegistry : public QWidget {
    Q_OBJECT

public:
    explicit FamilyBedRegistry(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    // Shows the bed, clearing the search and filters when they hide it.
    void showFamilyBed(const QString& familyBedUid);

    FamilyBedTableModel* model() const { return m_model; }
    FamilyBedDetailView* detail() const { return m_detail; }

private:
    void applyFilter();
    void selectionChanged();

    AppContext& m_context;
    QLineEdit* m_search = nullptr;
    QComboBox* m_special = nullptr;
    QComboBox* m_state = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    FamilyBedTableModel* m_model = nullptr;
    FamilyBedDetailView* m_detail = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace jinglao::ui
