#include "referrals/ReferralStepDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "referrals/ReferralCodes.h"
#include "referrals/ReferralService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace jinglao::ui {

namespace {
using Step = ReferralStepDialog::Step;
using core::ReferralService;

QString titleOf(Step step)
{
    switch (step) {
    case Step::Send:
        return ReferralStepDialog::tr("Send the referral");
    case Step::Admit:
        return ReferralStepDialog::tr("Record the admission");
    case Step::Return:
        return ReferralStepDialog::tr("Record the return (回转)");
    case Step::FollowUp:
        return ReferralStepDialog::tr("Record the follow-up");
    case Step::Close:
        return ReferralStepDialog::tr("Close the referral");
    case Step::Cancel:
        return ReferralStepDialog::tr("Cancel the referral");
    }
    return {};
}

QString timeLabel(Step step)
{
    switch (step) {
    case Step::Send:
        return ReferralService::sentAtLabel();
    case Step::Admit:
        return ReferralService::admittedAtLabel();
    case Step::Return:
        return ReferralService::returnedAtLabel();
    case Step::FollowUp:
        return ReferralService::followUpAtLabel();
    case Step::Close:
    case Step::Cancel:
        return ReferralService::closedAtLabel();
    }
    return {};
}

QString okText(Step step)
{
    switch (step) {
    case Step::Send:
        return ReferralStepDialog::tr("Send");
    case Step::Close:
        return ReferralStepDialog::tr("Close the referral");
    case Step::Cancel:
        return ReferralStepDialog::tr("Cancel the referral");
    default:
        return ReferralStepDialog::tr("Save");
    }
}
} // namespace

QString ReferralStepDialog::actionText(Step step)
{
    switch (step) {
    case Step::Send:
        return tr("Send…");
    case Step::Admit:
        return tr("Admitted…");
    case Step::Return:
        return tr("Returned…");
    case Step::FollowUp:
        return tr("Follow-up…");
    case Step::Close:
        return tr("Close…");
    case Step::Cancel:
        return tr("Cancel referral…");
    }
    return {};
}

bool ReferralStepDialog::allowedFrom(Step step, const core::Referral& referral)
{
    using core::ReferralStatus;
    switch (step) {
    case Step::Send:
        return referral.status == ReferralStatus::Draft;
    case Step::Admit:
        return referral.status == ReferralStatus::Sent;
    case Step::Return:
        return referral.status == ReferralStatus::Admitted;
    case Step::FollowUp:
        return referral.returnedAt.isValid() && !referral.followUpAt.isValid();
    case Step::Close:
        return referral.status == ReferralStatus::Sent || referral.status == ReferralStatus::Admitted ||
               referral.status == ReferralStatus::Returned;
    case Step::Cancel:
        return referral.status == ReferralStatus::Draft || referral.status == ReferralStatus::Sent;
    }
    return false;
}

ReferralStepDialog::ReferralStepDialog(AppContext& context, const QString& referralUid, Step step,
                                       QWidget* parent)
    : FormDialog(context, QStringLiteral("referralStepDialog"), titleOf(step), parent)
    , m_step(step)
{
    m_referral = ReferralService(context.database()).referral(context.actor(), referralUid);
    QFormLayout* fields = form();
    auto* about = new QLabel(tr("%1 · %2 → %3 (%4)")
                                 .arg(m_referral.number, m_referral.residentName, m_referral.institutionName,
                                      core::referrals::statuses().label(m_referral.status)),
                             this);
    about->setObjectName(QStringLiteral("referralAboutLabel"));
    about->setWordWrap(true);
    fields->addRow(ReferralService::residentLabel(), about);

    QDateTime now = core::Clock::now();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    m_at = new QDateTimeEdit(now, this);
    m_at->setObjectName(QStringLiteral("stepTimeEdit"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    fields->addRow(timeLabel(step), m_at);

    QString note;
    switch (step) {
    case Step::Send:
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("consentComboBox"));
        m_choice->addItem(tr("Not asked yet"), -1);
        for (core::Consent consent : core::referrals::consents().values())
            m_choice->addItem(core::referrals::consents().label(consent), static_cast<int>(consent));
        if (m_referral.consent)
            m_choice->setCurrentIndex(std::max(0, m_choice->findData(static_cast<int>(*m_referral.consent))));
        fields->addRow(ReferralService::consentLabel(), m_choice);
        m_line1 = addLine(ReferralService::consentByLabel(), QStringLiteral("consentByLineEdit"),
                          m_referral.consentBy);
        m_line1->setPlaceholderText(tr("the resident, or the family member and how related"));
        note = tr("The resident leaves now and the bed is held until they come back.");
        break;
    case Step::Admit:
        m_line1 = addLine(ReferralService::receivingDoctorLabel(), QStringLiteral("receivingDoctorLineEdit"),
                          m_referral.receivingDoctor);
        m_line2 = addLine(ReferralService::departmentLabel(), QStringLiteral("departmentLineEdit"),
                          m_referral.department);
        break;
    case Step::Return: {
        m_line1 = addLine(ReferralService::diagnosisLabel(), QStringLiteral("diagnosisLineEdit"));
        m_line2 = addLine(ReferralService::hospitalRecordNumberLabel(),
                          QStringLiteral("hospitalRecordNumberLineEdit"));
        m_text1 = addText(ReferralService::findingsLabel(), QStringLiteral("findingsTextEdit"), 3);
        m_text2 = addText(ReferralService::adviceLabel(), QStringLiteral("adviceTextEdit"), 4);
        auto* review = new QHBoxLayout;
        m_hasReview = new QCheckBox(tr("On"), this);
        m_hasReview->setObjectName(QStringLiteral("hasNextReviewCheckBox"));
        m_review = makeDateEdit(this, core::Clock::today().addDays(14), QStringLiteral("nextReviewDateEdit"));
        m_review->setEnabled(false);
        review->addWidget(m_hasReview);
        review->addWidget(m_review, 1);
        fields->addRow(ReferralService::nextReviewLabel(), review);
        connect(m_hasReview, &QCheckBox::toggled, m_review, &QWidget::setEnabled);
        note = tr("The resident is back: the bed is theirs again. A follow-up is expected within %n day(s).",
                  nullptr, ReferralService::FollowUpDays);
        break;
    }
    case Step::FollowUp:
        m_text1 = addText(ReferralService::followUpNoteLabel(), QStringLiteral("followUpTextEdit"), 4);
        break;
    case Step::Close:
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("outcomeComboBox"));
        for (core::ReferralOutcome outcome : core::referrals::outcomes().values()) {
            if (outcome == core::ReferralOutcome::Cancelled)
                continue; // cancelling is its own step
            m_choice->addItem(core::referrals::outcomes().label(outcome), static_cast<int>(outcome));
        }
        if (m_referral.status != core::ReferralStatus::Returned)
            m_choice->setCurrentIndex(
                std::max(0, m_choice->findData(static_cast<int>(core::ReferralOutcome::Stayed))));
        fields->addRow(ReferralService::outcomeLabel(), m_choice);
        m_text1 = addText(ReferralService::outcomeNoteLabel(), QStringLiteral("outcomeNoteTextEdit"), 3);
        break;
    case Step::Cancel:
        m_text1 = addText(ReferralService::cancelReasonLabel(), QStringLiteral("cancelReasonTextEdit"), 3);
        break;
    }
    finish(okText(step), QStringLiteral("stepMessageLabel"), note);
    setMinimumWidth(520);
}

QPlainTextEdit* ReferralStepDialog::addText(const QString& label, const QString& name, int lines,
                                            const QString& text)
{
    auto* edit = new QPlainTextEdit(text, this);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    form()->addRow(label, edit);
    return edit;
}

QLineEdit* ReferralStepDialog::addLine(const QString& label, const QString& name, const QString& text)
{
    auto* edit = new QLineEdit(text, this);
    edit->setObjectName(name);
    form()->addRow(label, edit);
    return edit;
}

void ReferralStepDialog::apply()
{
    ReferralService service(context().database());
    const core::Actor& actor = context().actor();
    // The same moment as entered (the edit keeps it in the PC's time).
    const QDateTime at = m_at->dateTime();
    switch (m_step) {
    case Step::Send: {
        // The consent as asked now is kept on the form, a refusal too; a refusal then stops sending.
        core::Referral form = m_referral;
        const int consent = m_choice->currentData().toInt();
        form.consent = consent < 0 ? std::nullopt : std::optional(static_cast<core::Consent>(consent));
        form.consentBy = m_line1->text();
        if (form.consent != m_referral.consent || form.consentBy != m_referral.consentBy) {
            service.updateDraft(actor, form);
            m_referral = service.referral(actor, m_referral.uid);
            context().notifyDataChanged();
        }
        service.send(actor, m_referral.uid, at);
        break;
    }
    case Step::Admit:
        service.admit(actor, m_referral.uid, at, m_line1->text(), m_line2->text());
        break;
    case Step::Return: {
        core::ReferralReturn back;
        back.at = at;
        back.diagnosis = m_line1->text();
        back.hospitalRecordNumber = m_line2->text();
        back.findings = m_text1->toPlainText();
        back.advice = m_text2->toPlainText();
        if (m_hasReview->isChecked())
            back.nextReviewOn = m_review->date();
        service.recordReturn(actor, m_referral.uid, back);
        break;
    }
    case Step::FollowUp:
        service.recordFollowUp(actor, m_referral.uid, at, m_text1->toPlainText());
        break;
    case Step::Close:
        service.close(actor, m_referral.uid, at,
                      static_cast<core::ReferralOutcome>(m_choice->currentData().toInt()),
                      m_text1->toPlainText());
        break;
    case Step::Cancel:
        service.cancel(actor, m_referral.uid, at, m_text1->toPlainText());
        break;
    }
}

} // namespace jinglao::ui
