#pragma once
// Takes a bed out of service, or puts it back, from a day with a reason: one period of the bed's
// service history (core::BedService::setInService).

#include "beds/Bed.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace jinglao::ui {

class AppContext;

class BedServiceDialog : public QDialog {
    Q_OBJECT

public:
    // inService: the state the bed goes into.
    BedServiceDialog(AppContext& context, const core::Bed& bed, bool inService, QWidget* parent = nullptr);
    // Applies the change through core; on a refusal shows the message and stays open.
    bool submit();

private:
    AppContext& m_context;
    core::Bed m_bed;
    bool m_inService;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace jinglao::ui
