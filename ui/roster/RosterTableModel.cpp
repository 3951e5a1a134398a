#include "roster/RosterTableModel.h"

#include "roster/RosterService.h"

#include <QBrush>
#include <QColor>

namespace jinglao::ui {

namespace {
QString cellKey(const QString& staffUid, const QDate& day)
{
    return staffUid + QLatin1Char('|') + day.toString(Qt::ISODate);
}
QString shiftKey(const QDate& day, const QString& code)
{
    return QLatin1Char('|') + day.toString(Qt::ISODate) + QLatin1Char('|') + code;
}
QString hoursKey(const QString& staffUid)
{
    return staffUid + QStringLiteral("|hours");
}
} // namespace

RosterTableModel::RosterTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RosterTableModel::setMonth(core::RosterMonth month, QList<core::RosterWarning> warnings)
{
    beginResetModel();
    m_month = std::move(month);
    m_warnings = std::move(warnings);
    m_warningsByCell.clear();
    for (const core::RosterWarning& warning : m_warnings) {
        if (warning.staffUid.isEmpty())
            m_warningsByCell[shiftKey(warning.date, warning.shiftCode)].append(warning.message);
        else if (warning.kind == core::RosterWarning::Kind::WeeklyHours ||
                 warning.kind == core::RosterWarning::Kind::Overtime)
            m_warningsByCell[hoursKey(warning.staffUid)].append(warning.message); // monthly: on the total
        else
            m_warningsByCell[cellKey(warning.staffUid, warning.date)].append(warning.message);
    }
    m_totals.clear();
    for (const core::StaffMember& person : m_month.staff)
        m_totals.append(m_month.totals(person.uid));
    endResetModel();
}

int RosterTableModel::rowOf(const QString& staffUid) const
{
    for (int row = 0; row < m_month.staff.size(); ++row) {
        if (m_month.staff.at(row).uid == staffUid)
            return row;
    }
    return -1;
}

int RosterTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_month.first.isValid())
        return 0;
    return static_cast<int>(m_month.staff.size() + m_month.templates.size());
}

int RosterTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_month.first.isValid())
        return 0;
    return m_month.days() + ExtraColumnCount;
}

QStringList RosterTableModel::cellWarnings(const QString& staffUid, const QDate& day) const
{
    return m_warningsByCell.value(cellKey(staffUid, day));
}

bool RosterTableModel::isRestDay(const core::StaffMember& person, const QDate& day) const
{
    return person.employedOn(day) && !m_month.leaveOn(person.uid, day) && m_month.isPlanned(day) &&
           m_month.shiftsOf(person.uid, day).isEmpty();
}

QVariant RosterTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    if (isStaffRow(row)) {
        const core::StaffMember& person = m_month.staff.at(row);
        if (isDayColumn(column)) {
            const QDate d = day(column);
            const QStringList warnings = cellWarnings(person.uid, d);
            switch (role) {
            case Qt::DisplayRole:
            case Qt::EditRole: {
                QString text = m_month.cellText(person.uid, d);
                for (const core::Shift& shift : m_month.shiftsOf(person.uid, d)) {
                    if (shift.status == core::Shift::Status::Absent)
                        text.replace(shift.code, shift.code.toLower());
                }
                // A rest day reads as it is typed; a day not planned yet stays blank.
                if (text.isEmpty() && role == Qt::DisplayRole && isRestDay(person, d))
                    return QStringLiteral("-");
                return text;
            }
            case Qt::ForegroundRole:
                return isRestDay(person, d) ? QVariant(QBrush(QColor(0x70, 0x70, 0x70))) : QVariant();
            case Qt::TextAlignmentRole:
                return QVariant::fromValue(Qt::AlignCenter);
            case Qt::ToolTipRole: {
                QStringList lines = warnings;
                if (isRestDay(person, d))
                    lines.prepend(tr("Rest day"));
                else if (person.employedOn(d) && m_month.cellText(person.uid, d).isEmpty())
                    lines.prepend(tr("Not planned yet: the roster is planned through %1")
                                      .arg(m_month.plannedThrough.isValid()
                                               ? m_month.plannedThrough.toString(QStringLiteral("yyyy-MM-dd"))
                                               : tr("no day")));
                if (const core::StaffLeave* leave = m_month.leaveOn(person.uid, d)) {
                    lines.prepend(tr("On leave %1 to %2 %3")
                                      .arg(leave->startsOn.toString(QStringLiteral("yyyy-MM-dd")),
                                           leave->endsOn.toString(QStringLiteral("yyyy-MM-dd")),
                                           leave->reason)
                                      .trimmed());
                }
                return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
            }
            case Qt::BackgroundRole:
                if (!warnings.isEmpty())
                    return QBrush(QColor(0xFF, 0xC8, 0xC8));
                if (m_month.leaveOn(person.uid, d))
                    return QBrush(QColor(0xFF, 0xF0, 0xB3));
                if (!person.employedOn(d))
                    return QBrush(QColor(0xD0, 0xD0, 0xD0));
                if (m_month.cellText(person.uid, d).isEmpty() && !m_month.isPlanned(d))
                    return QBrush(QColor(0xC8, 0xC8, 0xC8), Qt::BDiagPattern); // not planned yet
                if (isRestDay(person, d))
                    return QBrush(QColor(0xE6, 0xF2, 0xE6)); // rest
                if (d.dayOfWeek() >= 6)
                    return QBrush(QColor(0xF0, 0xF4, 0xFA));
                return {};
            default:
                return {};
            }
        }
        const core::RosterMonth::PersonTotals& totals = m_totals.at(row);
        if (column - m_month.days() == HoursColumn &&
            (role == Qt::BackgroundRole || role == Qt::ToolTipRole)) {
            const QStringList warnings = m_warningsByCell.value(hoursKey(person.uid));
            if (warnings.isEmpty())
                return {};
            return role == Qt::ToolTipRole ? QVariant(warnings.join(QLatin1Char('\n')))
                                           : QVariant(QBrush(QColor(0xFF, 0xC8, 0xC8)));
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        switch (column - m_month.days()) {
        case HoursColumn:
            return QString::number(totals.hours, 'f', totals.hours == static_cast<int>(totals.hours) ? 0 : 1);
        case ShiftsColumn:
            return totals.shifts;
        case RestDaysColumn:
            return totals.restDays;
        default:
            return {};
        }
    }
    const int templateIndex = row - static_cast<int>(m_month.staff.size());
    if (templateIndex < 0 || templateIndex >= m_month.templates.size() || !isDayColumn(column))
        return {};
    const core::ShiftTemplate& shiftTemplate = m_month.templates.at(templateIndex);
    const QDate d = day(column);
    const int count = m_month.caregiversOn(d, shiftTemplate.code);
    switch (role) {
    case Qt::DisplayRole:
        return count;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        // Red only where people could have been rostered: a center without staff is told so instead.
        if (m_month.staff.isEmpty())
            return {};
        return count < shiftTemplate.minCaregivers ? QBrush(QColor(0xFF, 0xC8, 0xC8))
                                                   : QBrush(QColor(0xEE, 0xF6, 0xEE));
    case Qt::ToolTipRole: {
        const QStringList warnings = m_warningsByCell.value(shiftKey(d, shiftTemplate.code));
        return warnings.isEmpty() ? QVariant() : QVariant(warnings.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

QVariant RosterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (isDayColumn(section)) {
            const QDate d = day(section);
            static const char* const weekdays[] = {QT_TR_NOOP("Mo"), QT_TR_NOOP("Tu"), QT_TR_NOOP("We"),
                                                   QT_TR_NOOP("Th"), QT_TR_NOOP("Fr"), QT_TR_NOOP("Sa"),
                                                   QT_TR_NOOP("Su")};
            if (role == Qt::ToolTipRole)
                return d.toString(QStringLiteral("yyyy-MM-dd"));
            return QStringLiteral("%1\n%2").arg(d.day()).arg(tr(weekdays[d.dayOfWeek() - 1]));
        }
        switch (section - m_month.days()) {
        case HoursColumn:
            return tr("Hours");
        case ShiftsColumn:
            return tr("Shifts");
        case RestDaysColumn:
            return tr("Rest");
        default:
            return {};
        }
    }
    if (isStaffRow(section)) {
        const core::StaffMember& person = m_month.staff.at(section);
        if (role == Qt::ToolTipRole)
            return core::staffRoleCodes().label(person.role);
        return person.role == core::StaffRole::Caregiver
                   ? person.name
                   : tr("%1 (%2)").arg(person.name, core::staffRoleCodes().label(person.role));
    }
    const int templateIndex = section - static_cast<int>(m_month.staff.size());
    if (templateIndex >= 0 && templateIndex < m_month.templates.size()) {
        const core::ShiftTemplate& t = m_month.templates.at(templateIndex);
        if (role == Qt::ToolTipRole)
            return tr("Caregivers on the %1 shift (%2–%3), minimum %4")
                .arg(t.label(), t.start.toString(QStringLiteral("HH:mm")),
                     t.end.toString(QStringLiteral("HH:mm")))
                .arg(t.minCaregivers);
        return tr("Caregivers %1").arg(t.code);
    }
    return {};
}

Qt::ItemFlags RosterTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (m_editable && isShiftCell(index))
        result |= Qt::ItemIsEditable;
    return result;
}

bool RosterTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editable || !isShiftCell(index) || !m_writer)
        return false;
    return m_writer(staffUid(index.row()), day(index.column()),
                    core::RosterService::parseCell(value.toString()));
}

} // namespace jinglao::ui
