#pragma once
// The message line beside a form: core's refusal in red (naming the field and the value), or what
// was saved in green, so that a person entering records in a row sees both without a dialog.

#include <QLabel>

namespace jinglao::core {
class Error;
}

namespace jinglao::ui {

class FormMessage : public QLabel {
    Q_OBJECT

public:
    // Hidden until something is shown.
    FormMessage(const QString& objectName, QWidget* parent);

    void showRefusal(const QString& text);
    void showRefusal(const core::Error& error);
    void showDone(const QString& text);
    void clearMessage();
    // Whether the message shown is a refusal (for tests and callers).
    bool isRefusal() const { return m_refusal; }

private:
    bool m_refusal = false;
};

} // namespace jinglao::ui
