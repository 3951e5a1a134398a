#include "shiftlog/ShiftLogTableModel.h"

#include "common/Error.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace jinglao::ui {

ShiftLogTableModel::ShiftLogTableModel(core::Database& db, const core::Actor& actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_actor(actor)
{
    setFilter({});
}

void ShiftLogTableModel::setFilter(const core::ShiftLogQuery::Filter& filter)
{
    // Loaded first: when core throws, the model keeps what it showed and stays consistent.
    auto query = std::make_unique<core::ShiftLogQuery>(m_db, m_actor, filter);
    QList<core::ShiftLogService::Entry> first = query->fetchNext(PageSize);
    m_changing = true;
    beginResetModel();
    m_filter = filter;
    m_query = std::move(query);
    m_entries = std::move(first);
    endResetModel();
    m_changing = false;
}

QString ShiftLogTableModel::shownTime(const QString& timestamp)
{
    return timestamp.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QString ShiftLogTableModel::shownOccurrence(const core::ShiftLogService::Entry& entry)
{
    return entry.incident == core::Incident::None ? QString() : shownTime(entry.happenedAt());
}

QString ShiftLogTableModel::shownOccurrenceInShift(const core::ShiftLogService::Entry& entry)
{
    const QString shown = shownOccurrence(entry);
    if (shown.isEmpty())
        return shown;
    return shown.left(10) == shownTime(entry.writtenAt).left(10) ? shown.mid(11) : shown.mid(5);
}

QString ShiftLogTableModel::shownAuthor(const core::ShiftLogService::Entry& entry)
{
    if (entry.writtenOnBehalfBy.isEmpty())
        return entry.authorName;
    //: %1 the nurse on duty, %2 the administrator's account that wrote for her
    return tr("%1 (entered by %2)").arg(entry.authorName, entry.writtenOnBehalfBy);
}

QString ShiftLogTableModel::shownSummary(const core::ShiftLogService::Entry& entry)
{
    QString text = entry.summary;
    if (!entry.correctsUid.isEmpty())
        text = tr("[Correction of the entry of %1: “%2”] %3")
                   .arg(shownTime(entry.correctsWrittenAt), entry.correctsSummary, text);
    if (!entry.resolvesUid.isEmpty())
        text = tr("[Follow-up] %1").arg(text);
    if (!entry.correctedByUid.isEmpty())
        text = tr("%1 (corrected later)").arg(text);
    return text;
}

int ShiftLogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ShiftLogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShiftLogTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const core::ShiftLogService::Entry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return shownTime(entry.writtenAt);
        case ShiftColumn:
            return entry.shiftDate.toString(Qt::ISODate) + QLatin1Char(' ') + entry.shiftCode;
        case AuthorColumn:
            return shownAuthor(entry);
        case ResidentColumn:
            return entry.residentName;
        case IncidentColumn:
            return entry.incident == core::Incident::None ? QString()
                                                          : core::incidentCodes().label(entry.incident);
        case OccurredColumn:
            return shownOccurrence(entry);
        case SummaryColumn:
            return shownSummary(entry);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (!entry.correctedByUid.isEmpty())
            return QBrush(QColor(0x80, 0x80, 0x80));
        if ((index.column() == IncidentColumn || index.column() == OccurredColumn) &&
            entry.incident != core::Incident::None)
            return QBrush(QColor(0xb0, 0x20, 0x20));
    }
    if (role == Qt::FontRole && !entry.correctedByUid.isEmpty() && index.column() == SummaryColumn) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    return {};
}

QVariant ShiftLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Written");
    case ShiftColumn:
        return tr("Shift");
    case AuthorColumn:
        return tr("Author");
    case ResidentColumn:
        return tr("Resident");
    case IncidentColumn:
        return tr("Incident");
    case OccurredColumn:
        return tr("Happened");
    case SummaryColumn:
        return tr("Entry");
    default:
        return {};
    }
}

bool ShiftLogTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !m_changing && !parent.isValid() && m_query && !m_query->atEnd();
}

void ShiftLogTableModel::fetchMore(const QModelIndex& parent)
{
    if (m_changing || parent.isValid() || !m_query || m_query->atEnd())
        return;
    QList<core::ShiftLogService::Entry> page;
    try {
        page = m_query->fetchNext(PageSize);
    } catch (const core::Error& error) {
        // fetchMore runs inside the view's own code: stop paging and let the page say why.
        m_query.reset();
        Q_EMIT loadFailed(error.message());
        return;
    }
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_entries.append(page);
    endInsertRows();
    m_changing = false;
}

} // namespace jinglao::ui
