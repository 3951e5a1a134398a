#pragma once
// One family bed in detail: the elder's data (masked as the actor may see it), the agreements
// with their state and history, and the home visits. Administrators edit the elder, add, renew
// and end agreements and print them; visits are corrected or withdrawn, never changed silently.

#include "familybeds/FamilyBed.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace jinglao::ui {

class AppContext;

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
};

} // namespace jinglao::ui
