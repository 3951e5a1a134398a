#pragma once
// Collects the messages the pages would show in a box (ui::showError), for UI tests: a refusal
// meant to stand beside a form must not arrive here.

#include "common/ErrorDialog.h"

#include <QStringList>

namespace jinglao::testing {

struct UiMessages {
    UiMessages()
    {
        ui::setMessageSinkForTesting(
            [this](const QString&, const QString& message) { shown.append(message); });
    }
    ~UiMessages() { ui::setMessageSinkForTesting({}); }
    UiMessages(const UiMessages&) = delete;
    UiMessages& operator=(const UiMessages&) = delete;

    QStringList shown;
};

} // namespace jinglao::testing
