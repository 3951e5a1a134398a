#include "common/ErrorDialog.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace jinglao::ui {

namespace {
MessageSink& messageSink()
{
    static MessageSink sink;
    return sink;
}

void present(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& message)
{
    if (messageSink()) {
        messageSink()(title, message);
        return;
    }
    QMessageBox box(icon, title, message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.exec();
}
} // namespace

void setMessageSink(MessageSink sink)
{
    messageSink() = std::move(sink);
}

void setMessageSinkForTesting(MessageSink sink)
{
    setMessageSink(std::move(sink));
}

void showError(QWidget* parent, const core::Error& error)
{
    QString title;
    QMessageBox::Icon icon = QMessageBox::Warning;
    switch (error.kind()) {
    case core::Error::Kind::Validation:
        title = QCoreApplication::translate("jinglao::ui::ErrorDialog", "Please check the input");
        break;
    case core::Error::Kind::Permission:
        title = QCoreApplication::translate("jinglao::ui::ErrorDialog", "Not allowed");
        break;
    case core::Error::Kind::NotFound:
        title = QCoreApplication::translate("jinglao::ui::ErrorDialog", "Not found");
        break;
    case core::Error::Kind::Conflict:
        title = QCoreApplication::translate("jinglao::ui::ErrorDialog", "Cannot be done now");
        break;
    case core::Error::Kind::Storage:
        title = QCoreApplication::translate("jinglao::ui::ErrorDialog", "Database problem");
        icon = QMessageBox::Critical;
        break;
    }
    present(parent, icon, title, error.message());
}

void showError(QWidget* parent, const QString& message)
{
    present(parent, QMessageBox::Warning, QCoreApplication::translate("jinglao::ui::ErrorDialog", "Problem"),
            message);
}

} // namespace jinglao::ui
