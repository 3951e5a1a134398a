#pragma once
// Shows a core::Error to the user with the right icon and title; the one place pages turn
// exceptions from core into dialogs.

#include <QString>

#include <functional>

class QWidget;

namespace jinglao::core {
class Error;
}

namespace jinglao::ui {

void showError(QWidget* parent, const core::Error& error);
void showError(QWidget* parent, const QString& message);

// Runs with nobody at the keyboard (--screenshot) and tests route messages here instead of a
// modal box: sink(title, message). Pass {} to reset.
using MessageSink = std::function<void(const QString& title, const QString& message)>;
void setMessageSink(MessageSink sink);
void setMessageSinkForTesting(MessageSink sink);

// Runs a write; on core::Error shows it and returns false.
template <typename Action> bool runGuarded(QWidget* parent, Action&& action);

} // namespace jinglao::ui

#include "common/Error.h"

namespace jinglao::ui {
template <typename Action> bool runGuarded(QWidget* parent, Action&& action)
{
    try {
        action();
        return true;
    } catch (const core::Error& error) {
        showError(parent, error);
        return false;
    }
}
} // namespace jinglao::ui
