#pragma once
// The printed service agreement of a family bed (家庭养老床位服务协议), on A4: the center's
// details, the elder, the period, the services, the visits planned each month, the staff member
// assigned, the home adaptations, and signature lines for both parties with the date.

#include "common/PrintedDocument.h"

#include <QCoreApplication>

namespace jinglao::core {
class Actor;
class Database;
} // namespace jinglao::core

namespace jinglao::ui {

class AgreementSheet {
    Q_DECLARE_TR_FUNCTIONS(AgreementSheet)

public:
    // Reads the agreement, its family bed and the center now (throws core::Error). The elder's
    // data is shown as the actor may see it.
    static PrintedDocument make(core::Database& db, const core::Actor& actor, const QString& agreementUid);
};

} // namespace jinglao::ui
