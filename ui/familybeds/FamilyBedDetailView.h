#pragma once
// One family bed in detail: the elder's data (masked as the actor may see it) with the care level
// in force, its source and date, the agreements with their state and history, the home visits and
// the GB/T 42195 assessments. Administrators edit the elder, add, renew and end agreements and
// print them; visits are corrected or withdrawn, never changed silently; those who may record
// assessments assess the elder with the residents' assessment form.

#include "familybeds/FamilyBed.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace jinglao::ui {

class AppContext;
class AssessmentDialog;
class AssessmentListModel;

class FamilyBedDetailView : public QWidget {
    Q_OBJECT

public:
    explicit FamilyBedDetailView(AppContext& context, QWidget* parent = nullptr);

    void setFamilyBed(const QString& familyBedUid);
    const QString& familyBedUid() const { return m_uid; }
    void refresh();

    // The agreement selected in the agreements table (the latest by default), or empty.
    QString selectedAgreementUid() const;
    // False when the bed has no such agreement.
    bool selectAgreement(const QString& agreementUid);
    QString selectedVisitUid() const;

    // The actions behind the buttons (tests call them; dialogs open modally).
    void editFamilyBed();
    void addAgreement();
    void renewAgreement();
    void endAgreement();
    void printAgreement();
    void saveAgreementPdf();
    void withdrawVisit();
    // The assessment form for this elder (opened, not modal; deleted on close), or null.
    AssessmentDialog* assess();
    // The assessment selected in the assessments tab, read-only, or null.
    AssessmentDialog* viewAssessment();

Q_SIGNALS:
    // A visit is corrected in the visit entry, where all its fields are.
    void correctionRequested(const core::HomeVisit& visit);
    void changed();

private:
    void updateButtons();

    AppContext& m_context;
    QString m_uid;
    QList<core::Agreement> m_agreements;
    QList<core::HomeVisit> m_visits;
    QLabel* m_heading = nullptr;
    QLabel* m_subheading = nullptr;
    QPushButton* m_edit = nullptr;
    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_personal = nullptr;
    QTableWidget* m_agreementTable = nullptr;
    QPushButton* m_addAgreement = nullptr;
    QPushButton* m_renew = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QTableWidget* m_visitTable = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_assess = nullptr;
    AssessmentListModel* m_assessmentModel = nullptr;
    QTableView* m_assessmentTable = nullptr;
    QPushButton* m_viewAssessment = nullptr;
};

} // namespace jinglao::ui
