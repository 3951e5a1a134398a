#include "common/Confirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace jinglao::ui {

namespace {
QuestionAnswerer& answerer()
{
    static QuestionAnswerer instance;
    return instance;
}
} // namespace

void setQuestionAnswererForTesting(QuestionAnswerer answer)
{
    answerer() = std::move(answer);
}

bool confirmAction(QWidget* parent, const QString& title, const QString& question, const QString& yesText,
                   const QString& noText)
{
    if (answerer())
        return answerer()(title, question);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("confirmationMessageBox"));
    box.setDefaultButton(QMessageBox::No);
    if (!yesText.isEmpty())
        box.button(QMessageBox::Yes)->setText(yesText);
    if (!noText.isEmpty())
        box.button(QMessageBox::No)->setText(noText);
    return box.exec() == QMessageBox::Yes;
}

bool confirmDiscardInput(QWidget* parent)
{
    return confirmAction(
        parent, QCoreApplication::translate("jinglao::ui::Confirmation", "Unsaved input"),
        QCoreApplication::translate("jinglao::ui::Confirmation", "Discard the unsaved input?"),
        QCoreApplication::translate("jinglao::ui::Confirmation", "Discard"),
        QCoreApplication::translate("jinglao::ui::Confirmation", "Keep editing"));
}

} // namespace jinglao::ui
