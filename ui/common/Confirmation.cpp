#include "common/Confirmation.h"

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

bool confirmAction(QWidget* parent, const QString& title, const QString& question, const QString& yesText)
{
    if (answerer())
        return answerer()(title, question);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("confirmationMessageBox"));
    box.setDefaultButton(QMessageBox::No);
    if (!yesText.isEmpty())
        box.button(QMessageBox::Yes)->setText(yesText);
    return box.exec() == QMessageBox::Yes;
}

} // namespace jinglao::ui
