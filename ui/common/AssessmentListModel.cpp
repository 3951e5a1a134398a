#include "common/AssessmentListModel.h"

#include "common/AppContext.h"
#include "common/Error.h"

namespace jinglao::ui {

namespace {
using Dimension = core::AssessmentItems::Dimension;
}

AssessmentListModel::AssessmentListModel(AppContext& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{}

void AssessmentListModel::setResidentUid(const QString& residentUid)
{
    m_residentUid = residentUid;
    m_familyBedUid.clear();
    refresh();
}

void AssessmentListModel::setFamilyBedUid(const QString& familyBedUid)
{
    m_familyBedUid = familyBedUid;
    m_residentUid.clear();
    refresh();
}

void AssessmentListModel::refresh()
{
    // Loaded first: when core throws, the model keeps what it showed and stays consistent.
    const core::AssessmentService service(m_context.database());
    QList<core::AssessmentService::Assessment> rows;
    bool complete = true;
    if (!m_familyBedUid.isEmpty()) {
        rows = service.forFamilyBed(m_context.actor(), m_familyBedUid);
    } else if (m_residentUid.isEmpty()) {
        rows = service.recent(m_context.actor(), PageSize, 0);
        complete = rows.size() < PageSize;
    } else {
        // One resident has a few assessments a year: all of them at once.
        rows = service.forResident(m_context.actor(), m_residentUid);
    }
    m_changing = true;
    beginResetModel();
    m_rows = std::move(rows);
    m_complete = complete;
    endResetModel();
    m_changing = false;
}

void AssessmentListModel::clear()
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_complete = true;
    endResetModel();
    m_changing = false;
}

bool AssessmentListModel::canFetchMore(const QModelIndex& parent) const
{
    return !m_changing && !parent.isValid() && !m_complete;
}

void AssessmentListModel::fetchMore(const QModelIndex& parent)
{
    if (m_changing || parent.isValid() || m_complete)
        return;
    QList<core::AssessmentService::Assessment> more;
    try {
        more =
            core::AssessmentService(m_context.database()).recent(m_context.actor(), PageSize, m_rows.size());
    } catch (const core::Error& error) {
        // fetchMore runs inside the view's own code: stop paging and let the page say why.
        m_complete = true;
        Q_EMIT loadFailed(error.message());
        return;
    }
    m_complete = more.size() < PageSize;
    if (more.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, m_rows.size(), m_rows.size() + more.size() - 1);
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

int AssessmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int AssessmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::AssessmentService::Assessment& a = m_rows.at(index.row());
    if (role == AssessmentUidRole)
        return a.uid;
    if (role == Qt::ToolTipRole && index.column() == LevelColumn) {
        // The stored levels with the conditions that held: an imported assessment without its
        // flags shows just the level.
        return core::AssessmentLevel::explain(a.outcome());
    }
    if (role == Qt::TextAlignmentRole && index.column() >= SelfCareColumn && index.column() <= TotalColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return a.assessedOn.toString(Qt::ISODate);
    case ResidentColumn:
        // In the list of every assessment a family-bed elder is marked as one.
        return a.subject == core::AssessmentService::Subject::FamilyBed && m_familyBedUid.isEmpty()
                   ? tr("%1 (family bed)").arg(a.residentName)
                   : a.residentName;
    case ReasonColumn:
        return core::assessmentReasonCodes().label(a.reason);
    case SelfCareColumn:
        return a.dimensionScores.contains(Dimension::SelfCare)
                   ? QVariant(a.dimensionScores.value(Dimension::SelfCare))
                   : QVariant();
    case MobilityColumn:
        return a.dimensionScores.contains(Dimension::Mobility)
                   ? QVariant(a.dimensionScores.value(Dimension::Mobility))
                   : QVariant();
    case MentalColumn:
        return a.dimensionScores.contains(Dimension::Mental)
                   ? QVariant(a.dimensionScores.value(Dimension::Mental))
                   : QVariant();
    case PerceptionSocialColumn:
        return a.dimensionScores.contains(Dimension::PerceptionSocial)
                   ? QVariant(a.dimensionScores.value(Dimension::PerceptionSocial))
                   : QVariant();
    case TotalColumn:
        return a.total;
    case LevelColumn:
        return core::AssessmentLevel::label(a.level);
    case AssessorColumn:
        return a.assessor;
    default:
        return {};
    }
}

QVariant AssessmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ResidentColumn:
        return tr("Person assessed");
    case ReasonColumn:
        return tr("Reason");
    case SelfCareColumn:
        return tr("Self-care");
    case MobilityColumn:
        return tr("Mobility");
    case MentalColumn:
        return tr("Mental");
    case PerceptionSocialColumn:
        return tr("Perception");
    case TotalColumn:
        return tr("Total");
    case LevelColumn:
        return tr("Level");
    case AssessorColumn:
        return tr("Assessor");
    default:
        return {};
    }
}

} // namespace jinglao::ui
