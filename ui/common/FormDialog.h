#pragma once
// A dialog whose form is applied through core when OK is pressed: a refusal is shown beside the
// form (a FormMessage, naming the field and the value) and the dialog stays open with what was
// typed; once core accepts, the pages are told (AppContext::notifyDataChanged) and it closes.
// submit() is what OK does, so tests drive it without exec().

#include <QDialog>
#include <QVariantList>

#include <optional>

class QFormLayout;
class QVBoxLayout;

namespace jinglao::core {
class Error;
}

namespace jinglao::ui {

class AppContext;
class FormMessage;

// A dialog that never throws away what was typed without asking: Esc, Cancel and the window's
// close button ask 放弃未保存的内容？ (放弃 / 继续编辑, keep editing the default) when a field
// differs from its value at open. "At open" is when the dialog is first shown (a bed chosen on the
// map before is not unsaved input), or when the dialog says so with markInputSaved().
class GuardedDialog : public QDialog {
    Q_OBJECT

public:
    // True when a line edit, text box, combo box, spin box, date field or check box differs from
    // its value at open.
    bool hasUnsavedInput() const;
    // Closes without asking, what was typed lost (the idle lock's switch-user, after its warning).
    void discardInput();
    // Esc, Cancel and the close button: asks first when there is unsaved input.
    void reject() override;

protected:
    explicit GuardedDialog(QWidget* parent);
    // Takes the fields as they are now as the values at open (after loading a record).
    void markInputSaved();
    void showEvent(QShowEvent* event) override;

private:
    QVariantList inputValues() const;

    std::optional<QVariantList> m_atOpen;
    bool m_shown = false;
    bool m_discarding = false;
};

class FormDialog : public GuardedDialog {
    Q_OBJECT

public:
    // Applies the form; false, with the refusal shown, when core refuses it.
    bool submit();

protected:
    FormDialog(AppContext& context, const QString& objectName, const QString& title, QWidget* parent);

    // The change itself, through a core service; throws core::Error when refused.
    virtual void apply() = 0;
    // After a refusal is shown, e.g. to put the keyboard into the field it names.
    virtual void refused(const core::Error& error);

    // The dialog's column: the form is added to it by finish(), after what was added before.
    QVBoxLayout* column() const { return m_layout; }
    QFormLayout* form() const { return m_form; }
    // Adds the form, an optional grey note, the message line (named
    // messageName) and the OK/Cancel row; OK says okText.
    void finish(const QString& okText, const QString& messageName, const QString& note = {});

    AppContext& context() const { return m_context; }

private:
    AppContext& m_context;
    QVBoxLayout* m_layout = nullptr;
    QFormLayout* m_form = nullptr;
    FormMessage* m_message = nullptr;
};

} // namespace jinglao::ui
