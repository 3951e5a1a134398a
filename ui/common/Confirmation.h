#pragma once
// Asks before an action that cannot be taken back or that the person should pause at (closing a
// shift, a room shared with the other gender): a Yes/No question, No the default. Tests answer
// it through setQuestionAnswererForTesting instead of a modal box.

#include <QString>

#include <functional>

class QWidget;

namespace jinglao::ui {

// True when the person answered yes; yesText relabels the Yes button ("Close shift"), noText
// the No button.
bool confirmAction(QWidget* parent, const QString& title, const QString& question,
                   const QString& yesText = {}, const QString& noText = {});

// 放弃未保存的内容？ before a form with unsaved input closes: true for 放弃 (discard), false for
// 继续编辑 (keep editing, the default).
bool confirmDiscardInput(QWidget* parent);

// answerer(title, question) → the answer. Pass {} to ask people again.
using QuestionAnswerer = std::function<bool(const QString& title, const QString& question)>;
void setQuestionAnswererForTesting(QuestionAnswerer answerer);

} // namespace jinglao::ui
