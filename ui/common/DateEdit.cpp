#include "common/DateEdit.h"

#include <QDateEdit>

namespace jinglao::ui {

QDateEdit* makeDateEdit(QWidget* parent, const QDate& date, const QString& objectName)
{
    auto* edit = new QDateEdit(date, parent);
    if (!objectName.isEmpty())
        edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace jinglao::ui
