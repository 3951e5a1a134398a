#pragma once
// The roster grid of one month: staff by rows, days by columns, cells showing shift codes.
// Further columns hold each person's totals (hours, shifts, rest days) and further rows the
// caregivers on duty per shift template and day. Warnings colour cells and fill tooltips.

#include "roster/RosterMonth.h"
#include "roster/RosterRules.h"

#include <QAbstractTableModel>

#include <functional>

namespace jinglao::ui {

class RosterTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Writes one cell through core; returns false when core refused (the error was shown).
    using CellWriter =
        std::function<bool(const QString& staffUid, const QDate& day, const QStringList& codes)>;

    enum ExtraColumn { HoursColumn, ShiftsColumn, RestDaysColumn, ExtraColumnCount };

    explicit RosterTableModel(QObject* parent = nullptr);

    void setMonth(core::RosterMonth month, QList<core::RosterWarning> warnings);
    void setCellWriter(CellWriter writer) { m_writer = std::move(writer); }
    void setEditable(bool editable) { m_editable = editable; }

    const core::RosterMonth& month() const { return m_month; }
    const QList<core::RosterWarning>& warnings() const { return m_warnings; }
    bool isStaffRow(int row) const { return row >= 0 && row < m_month.staff.size(); }
    bool isDayColumn(int column) const { return column >= 0 && column < m_month.days(); }
    bool isShiftCell(const QModelIndex& index) const
    {
        return index.isValid() && isStaffRow(index.row()) && isDayColumn(index.column());
    }
    QString staffUid(int row) const { return isStaffRow(row) ? m_month.staff.at(row).uid : QString(); }
    QDate day(int column) const { return m_month.first.addDays(column); }
    int rowOf(const QString& staffUid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    QStringList cellWarnings(const QString& staffUid, const QDate& day) const;
    // Employed, not on leave, no shift, and the roster is planned through the day.
    bool isRestDay(const core::StaffMember& person, const QDate& day) const;

    core::RosterMonth m_month;
    QList<core::RosterWarning> m_warnings;
    QHash<QString, QStringList> m_warningsByCell; // "uid|date" (uid empty for a shift: "|date|code")
    QList<core::RosterMonth::PersonTotals> m_totals;
    CellWriter m_writer;
    bool m_editable = false;
};

} // namespace jinglao::ui
