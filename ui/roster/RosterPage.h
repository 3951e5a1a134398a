#pragma once
// The roster page: a month grid of shift codes with keyboard entry, copy last week / month,
// rotating fills, the rule warnings, the staffing indicators and XLSX/PDF exports.

#include "common/Page.h"
#include "roster/ShiftTemplate.h"

#include <QDate>
#include <QModelIndexList>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace jinglao::ui {

class EmptyStateHint;
class PageHeader;
class RosterGridView;
class RosterTableModel;

class RosterPage : public Page {
    Q_OBJECT

public:
    explicit RosterPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("roster"); }
    QString title() const override;
    void refresh() override;
    bool showsRecordsOf(const QString& table) const override;
    bool openRecord(const core::RecordRef& record) override;

    void setMonth(const QDate& anyDayOfMonth);
    QDate month() const { return m_month; }
    RosterTableModel* model() const { return m_model; }
    RosterGridView* grid() const { return m_grid; }

    // The actions behind the buttons, callable by tests without the dialogs. Each returns false
    // when core refused (the error was shown).
    bool fillPattern(const QStringList& staffUids, const QDate& from, const QDate& to, const QString& pattern,
                     int stagger);
    bool copyLastWeek();
    bool copyLastMonth();
    bool exportXlsx(const QString& path);
    bool exportPdf(const QString& path);
    // Marks the shifts of a grid cell worked, absent (shown in lower case) or planned.
    bool setStatus(const QModelIndex& index, core::Shift::Status status);
    // Staff of the selected rows, or every staff row when none is selected.
    QStringList selectedStaff() const;

private:
    bool writeCell(const QString& staffUid, const QDate& day, const QStringList& codes);
    void onCodeTyped(const QModelIndex& index, const QString& code);
    void onClearRequested(const QModelIndexList& indexes);
    void askFillPattern();
    void askExport(bool pdf);
    void chooseTemplateSet(int index);
    void showWarningCell(int row);
    void showCellMenu(const QPoint& position);
    void updateIndicators();

    QDate m_month;
    PageHeader* m_header = nullptr;
    QLabel* m_caregivers = nullptr;
    QLabel* m_caregiversCaption = nullptr;
    QLabel* m_perCaregiver = nullptr;
    QLabel* m_shortShifts = nullptr;
    QLabel* m_shortShiftsCaption = nullptr;
    QLabel* m_incidents = nullptr;
    QLabel* m_incidentsCaption = nullptr;
    EmptyStateHint* m_empty = nullptr;
    QDateEdit* m_monthEdit;
    QComboBox* m_templateSet;
    QPushButton* m_copyWeek;
    QPushButton* m_copyMonth;
    QPushButton* m_fill;
    QPushButton* m_templatesButton;
    RosterGridView* m_grid;
    RosterTableModel* m_model;
    QListWidget* m_warningList;
    QLabel* m_warningHeading;
    bool m_loading = false;
};

} // namespace jinglao::ui
