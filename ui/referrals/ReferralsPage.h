#pragma once
// 双向转诊: residents referred out to the township health center or a hospital and back. The open
// referrals at a glance (who, where, since when, in which state; those away keep their bed), every
// referral by state and month with a search by the resident's name, the month's figures, each step
// of the way through its form, the printed forms (转出单 and 回转单 with their stubs), and the
// partner institutions with their agreements.

#include "common/Page.h"
#include "common/PrintedDocument.h"
#include "referrals/ReferralForms.h"
#include "referrals/ReferralStepDialog.h"

#include <QMap>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace jinglao::ui {

class EmptyStateHint;
class PageHeader;
class PartnersPanel;
class ReferralTableModel;
class SearchField;

class ReferralsPage : public Page {
    Q_OBJECT

public:
    // What the state filter offers besides a single state.
    enum StateFilter { OpenReferrals = -1, AllReferrals = -2 };

    explicit ReferralsPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("referrals"); }
    QString title() const override;
    void refresh() override;
    bool showsRecordsOf(const QString& table) const override;
    bool openRecord(const core::RecordRef& record) override;

    QTableView* table() const { return m_table; }
    ReferralTableModel* model() const { return m_model; }
    PartnersPanel* partners() const { return m_partners; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* stepButton(ReferralStepDialog::Step step) const { return m_stepButtons.value(step); }
    QPushButton* editButton() const { return m_edit; }
    QLabel* detailLabel() const { return m_detail; }
    // The referral of the selected row; empty when none.
    QString selectedUid() const;
    // Shows the referral, clearing the filters when it is not listed.
    void showReferral(const QString& uid);

    void newReferral();
    void editDraft();
    void runStep(ReferralStepDialog::Step step);

    // The printed form of a referral (the HTML from core, printed or saved as PDF, audited).
    static PrintedDocument formDocument(core::Database& db, const core::Actor& actor,
                                        const QString& referralUid, core::ReferralForms::Kind kind);

private:
    void applyFilter();
    void updateFigures();
    void updateDetail();
    void printForm(core::ReferralForms::Kind kind, bool pdf);

    PageHeader* m_header = nullptr;
    QPushButton* m_new = nullptr;
    QLabel* m_openValue = nullptr;
    QLabel* m_awayValue = nullptr;
    QLabel* m_sentValue = nullptr;
    QLabel* m_returnedValue = nullptr;
    QLabel* m_daysValue = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_state = nullptr;
    QCheckBox* m_monthCheck = nullptr;
    QDateEdit* m_month = nullptr;
    SearchField* m_search = nullptr;
    QLabel* m_count = nullptr;
    ReferralTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    EmptyStateHint* m_empty = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_edit = nullptr;
    QMap<ReferralStepDialog::Step, QPushButton*> m_stepButtons;
    QToolButton* m_forms = nullptr;
    QAction* m_printOut = nullptr;
    QAction* m_pdfOut = nullptr;
    QAction* m_printReturn = nullptr;
    QAction* m_pdfReturn = nullptr;
    PartnersPanel* m_partners = nullptr;
};

} // namespace jinglao::ui
