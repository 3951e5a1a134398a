#include "common/FormMessage.h"

#include "common/Error.h"

namespace jinglao::ui {

FormMessage::FormMessage(const QString& objectName, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FormMessage::showRefusal(const QString& text)
{
    m_refusal = true;
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setText(text);
    show();
}

void FormMessage::showRefusal(const core::Error& error)
{
    showRefusal(error.message());
}

void FormMessage::showDone(const QString& text)
{
    m_refusal = false;
    setStyleSheet(QStringLiteral("color: #1b5e20;"));
    setText(text);
    show();
}

void FormMessage::clearMessage()
{
    m_refusal = false;
    clear();
    hide();
}

} // namespace jinglao::ui
