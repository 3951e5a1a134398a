#pragma once
// What the dialogs acting on one resident share (discharge, change of bed, re-admission): the
// resident's name at the top, a form, a dated action, and OK that applies it through core and
// closes only when core accepted it.

#include "common/FormDialog.h"
#include "residents/Resident.h"

class QDateEdit;
class QFormLayout;
class QVBoxLayout;

namespace jinglao::ui {

class AppContext;

class ResidentActionDialog : public GuardedDialog {
    Q_OBJECT

public:
    // Applies the action; on a refusal shows the message and stays open. Returns true when done.
    bool submit();

protected:
    ResidentActionDialog(AppContext& context, const QString& residentUid, const QString& objectName,
                         const QString& title, QWidget* parent);

    // The change itself, through a core service; throws core::Error when refused.
    virtual void apply() = 0;
    // Asked before apply (a room shared with the other gender); false leaves the dialog open.
    virtual bool confirm() { return true; }

    // A date field for the action's day (named dateEdit), today at the latest.
    QDateEdit* addDateRow(const QString& label);
    // Adds the form, an optional grey note and the OK/Cancel buttons; OK says okText.
    void finish(const QString& okText, const QString& note = {});

    AppContext& context() const { return m_context; }
    const core::Resident& resident() const { return m_resident; }
    QFormLayout* form() const { return m_form; }

private:
    AppContext& m_context;
    core::Resident m_resident;
    QVBoxLayout* m_layout = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace jinglao::ui
