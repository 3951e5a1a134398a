#pragma once
// A dialog whose form is applied through core when OK is pressed: a refusal is shown beside the
// form (a FormMessage, naming the field and the value) and the dialog stays open with what was
// typed; once core accepts, the pages are told (AppContext::notifyDataChanged) and it closes.
// submit() is what OK does, so tests drive it without exec().

#include <QDialog>

class QFormLayout;
class QVBoxLayout;

namespace jinglao::core {
class Error;
}

namespace jinglao::ui {

class AppContext;
class FormMessage;

class FormDialog : public QDialog {
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
