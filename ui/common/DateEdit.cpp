#include "common/DateEdit.h"

#include <QDateEdit>

namespace jinglao::ui {

namespace {
// Tab leaves the field, as in every other field of a form: QDateEdit's own Tab steps through
// year, month and day, which took three Tabs per date. The sections stay reachable with the
// arrow keys and by typing.
class TabLeavingDateEdit : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QAbstractSpinBox::focusNextPrevChild(next); }
};
} // namespace

QDateEdit* makeDateEdit(QWidget* parent, const QDate& date, const QString& objectName)
{
    auto* edit = new TabLeavingDateEdit(date, parent);
    if (!objectName.isEmpty())
        edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace jinglao::ui
