#pragma once
// One step of a referral's way out and back, with its time (now, or entered afterwards): sending
// with the consent (refused consent stops it), the admission with the receiving doctor, the return
// record (回转), the follow-up note, closing with an outcome, and cancelling with a reason. Core
// checks the step against the referral's state; a refusal names the state beside the form.

#include "common/FormDialog.h"
#include "referrals/Referral.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace jinglao::ui {

class ReferralStepDialog : public FormDialog {
    Q_OBJECT

public:
    enum class Step { Send, Admit, Return, FollowUp, Close, Cancel };

    ReferralStepDialog(AppContext& context, const QString& referralUid, Step step, QWidget* parent = nullptr);

    // The button text that opens the step ("Send…").
    static QString actionText(Step step);
    // Whether the step follows from the referral's state (the page enables its buttons so).
    static bool allowedFrom(Step step, const core::Referral& referral);

protected:
    void apply() override;

private:
    QPlainTextEdit* addText(const QString& label, const QString& name, int lines, const QString& text = {});
    QLineEdit* addLine(const QString& label, const QString& name, const QString& text = {});

    core::Referral m_referral;
    Step m_step;
    QDateTimeEdit* m_at = nullptr;
    QComboBox* m_choice = nullptr;     // consent or outcome
    QLineEdit* m_line1 = nullptr;      // consent by; receiving doctor; diagnosis
    QLineEdit* m_line2 = nullptr;      // department; hospital record number
    QPlainTextEdit* m_text1 = nullptr; // findings; follow-up note; outcome note; cancel reason
    QPlainTextEdit* m_text2 = nullptr; // advice
    QCheckBox* m_hasReview = nullptr;
    QDateEdit* m_review = nullptr;
};

} // namespace jinglao::ui
