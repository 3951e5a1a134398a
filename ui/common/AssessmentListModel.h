#pragma once
// Assessments newest first: every one, residents' and family beds' (fetched a page at a time as
// the view scrolls), or one resident's or one family bed's, for their detail views.

#include "assessments/AssessmentService.h"

#include <QAbstractTableModel>

namespace jinglao::ui {

class AppContext;

class AssessmentListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        ResidentColumn,
        ReasonColumn,
        SelfCareColumn,
        MobilityColumn,
        MentalColumn,
        PerceptionSocialColumn,
        TotalColumn,
        LevelColumn,
        AssessorColumn,
        ColumnCount
    };
    static constexpr int AssessmentUidRole = Qt::UserRole + 1;
    static constexpr int PageSize = 100;

    explicit AssessmentListModel(AppContext& context, QObject* parent = nullptr);

    // Empty: every assessment.
    void setResidentUid(const QString& residentUid);
    // One family bed's assessments (empty: every assessment).
    void setFamilyBedUid(const QString& familyBedUid);
    void refresh();
    // No rows (nobody selected) until the next set…Uid.
    void clear();
    const core::AssessmentService::Assessment& assessment(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A later page could not be read; no more rows are fetched.
    void loadFailed(const QString& message);

private:
    AppContext& m_context;
    QString m_residentUid;
    QString m_familyBedUid;
    QList<core::AssessmentService::Assessment> m_rows;
    bool m_complete = true;
    // True while rows are being reset or inserted: a fetchMore asked for from inside those
    // notifications (QAbstractItemModelTester does) must not start another insertion.
    bool m_changing = false;
};

} // namespace jinglao::ui
