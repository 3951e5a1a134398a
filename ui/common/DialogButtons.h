#pragma once
// The OK/Cancel row of a form dialog: OK (named okButton, optionally relabelled) runs submit,
// which closes the dialog itself once core accepted the input; Cancel rejects.

#include <QString>

#include <functional>

class QDialog;
class QDialogButtonBox;

namespace jinglao::ui {

QDialogButtonBox* makeOkCancelButtons(QDialog* dialog, const std::function<void()>& submit,
                                      const QString& okText = {});

} // namespace jinglao::ui
