#pragma once
// A new service agreement for a family bed, or the renewal of one: period, visits per month,
// services, the staff member assigned and whether the home was adapted. FamilyBedService checks
// it; a refusal is shown beside the form and nothing is written.

#include "common/FormDialog.h"
#include "familybeds/FamilyBed.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QSpinBox;

namespace jinglao::ui {

class ServiceCheckBoxes;

class AgreementDialog : public FormDialog {
    Q_OBJECT

public:
    // renewedUid empty: a new agreement for the family bed; else the renewal of that agreement.
    AgreementDialog(AppContext& context, const QString& familyBedUid, const QString& renewedUid,
                    QWidget* parent = nullptr);

    const QString& agreementUid() const { return m_agreementUid; }

protected:
    void apply() override;

private:
    QString m_familyBedUid;
    QString m_renewedUid;
    QString m_agreementUid;
    QDateEdit* m_start = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateEdit* m_end = nullptr;
    QSpinBox* m_planned = nullptr;
    ServiceCheckBoxes* m_services = nullptr;
    QComboBox* m_staff = nullptr;
    QCheckBox* m_adaptation = nullptr;
};

} // namespace jinglao::ui
