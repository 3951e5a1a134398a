#include "common/AssessmentDialog.h"

#include "assessments/AssessmentService.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/ErrorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace jinglao::ui {

namespace {
using Items = core::AssessmentItems;
using Dimension = Items::Dimension;

QString dimensionObjectPrefix(Dimension dimension)
{
    switch (dimension) {
    case Dimension::SelfCare:
        return QStringLiteral("selfCare");
    case Dimension::Mobility:
        return QStringLiteral("mobility");
    case Dimension::Mental:
        return QStringLiteral("mental");
    case Dimension::PerceptionSocial:
        return QStringLiteral("perceptionSocial");
    }
    return {};
}

constexpr int NotScored = -1;
} // namespace

AssessmentDialog::AssessmentDialog(AppContext& context, const QString& residentUid,
                                   const QString& residentName, QWidget* parent)
    : AssessmentDialog(context, Subject::Resident, residentUid, residentName, parent)
{}

AssessmentDialog* AssessmentDialog::openRecorded(AppContext& context,
                                                 const core::AssessmentService::Assessment& assessment,
                                                 QWidget* parent)
{
    const bool familyBed = assessment.subject == Subject::FamilyBed;
    auto* dialog = new AssessmentDialog(context, assessment.subject,
                                        familyBed ? assessment.familyBedUid : assessment.residentUid,
                                        assessment.residentName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showRecorded(assessment);
    dialog->open();
    return dialog;
}

AssessmentDialog::AssessmentDialog(AppContext& context, Subject subject, const QString& subjectUid,
                                   const QString& residentName, QWidget* parent)
    : GuardedDialog(parent)
    , m_context(context)
    , m_subject(subject)
    , m_residentUid(subjectUid)
{
    setObjectName(QStringLiteral("assessmentDialog"));
    setWindowTitle(tr("Ability assessment — %1").arg(residentName));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);

    auto* header = new QHBoxLayout;
    auto* residentLabel = new QLabel(tr("<b>%1</b>").arg(residentName.toHtmlEscaped()), this);
    residentLabel->setObjectName(QStringLiteral("residentLabel"));
    residentLabel->setStyleSheet(QStringLiteral("font-size: 15px;"));
    header->addWidget(residentLabel);
    header->addSpacing(16);
    header->addWidget(new QLabel(tr("Date:"), this));
    m_dateEdit = makeDateEdit(this, core::Clock::today(), QStringLiteral("assessedOnDateEdit"));
    m_dateEdit->setMaximumDate(core::Clock::today());
    header->addWidget(m_dateEdit);
    header->addSpacing(12);
    header->addWidget(new QLabel(tr("Reason:"), this));
    m_reasonBox = new QComboBox(this);
    m_reasonBox->setObjectName(QStringLiteral("reasonComboBox"));
    for (core::AssessmentReason reason : core::assessmentReasonCodes().values())
        m_reasonBox->addItem(core::assessmentReasonCodes().label(reason),
                             core::assessmentReasonCodes().code(reason));
    // A first assessment is the usual one for someone never assessed.
    const core::AssessmentService assessments(context.database());
    const bool assessedBefore = m_subject == Subject::FamilyBed
                                    ? assessments.latestForFamilyBed(context.actor(), subjectUid).has_value()
                                    : assessments.latest(context.actor(), subjectUid).has_value();
    m_reasonBox->setCurrentIndex(m_reasonBox->findData(core::assessmentReasonCodes().code(
        assessedBefore ? core::AssessmentReason::Routine : core::AssessmentReason::First)));
    header->addWidget(m_reasonBox);
    header->addSpacing(12);
    header->addWidget(new QLabel(tr("Assessor:"), this));
    // The person who assesses, as on the paper form: the linked staff member, not the login.
    m_assessorEdit =
        new QLineEdit(core::AssessmentService(context.database()).defaultAssessor(context.actor()), this);
    m_assessorEdit->setObjectName(QStringLiteral("assessorLineEdit"));
    m_assessorEdit->setMaxLength(64);
    header->addWidget(m_assessorEdit, 1);
    layout->addLayout(header);

    // Three columns keep the 26 items on one screen at 1366×768: self-care with mobility,
    // mental state, perception with the raising rules.
    auto* columns = new QHBoxLayout;
    auto* first = new QVBoxLayout;
    first->addWidget(createDimensionBox(Dimension::SelfCare));
    first->addWidget(createDimensionBox(Dimension::Mobility));
    first->addStretch(1);
    auto* second = new QVBoxLayout;
    second->addWidget(createDimensionBox(Dimension::Mental));
    second->addStretch(1);
    auto* third = new QVBoxLayout;
    third->addWidget(createDimensionBox(Dimension::PerceptionSocial));
    third->addWidget(createRulesBox());
    third->addStretch(1);
    columns->addLayout(first);
    columns->addLayout(second);
    columns->addLayout(third);
    layout->addLayout(columns);

    auto* result = new QGroupBox(tr("Result"), this);
    auto* resultLayout = new QVBoxLayout(result);
    m_totalLabel = new QLabel(result);
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    m_totalLabel->setStyleSheet(QStringLiteral("font-size: 14px;"));
    m_levelLabel = new QLabel(result);
    m_levelLabel->setObjectName(QStringLiteral("levelLabel"));
    m_levelLabel->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold;"));
    resultLayout->addWidget(m_totalLabel);
    resultLayout->addWidget(m_levelLabel);
    layout->addWidget(result);

    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(new QLabel(tr("Note:"), this));
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteLineEdit"));
    noteRow->addWidget(m_noteEdit, 1);
    layout->addLayout(noteRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("assessmentButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this] { updateRiskEvents(); });
    updateRiskEvents();
    markInputSaved();
}

QWidget* AssessmentDialog::createDimensionBox(Dimension dimension)
{
    auto* box = new QGroupBox(Items::dimensionLabel(dimension), this);
    box->setObjectName(dimensionObjectPrefix(dimension) + QStringLiteral("GroupBox"));
    auto* grid = new QGridLayout(box);
    grid->setVerticalSpacing(3);
    grid->setContentsMargins(8, 6, 8, 6);
    auto* sum = new QLabel(box);
    sum->setObjectName(dimensionObjectPrefix(dimension) + QStringLiteral("ScoreLabel"));
    sum->setAlignment(Qt::AlignRight);
    sum->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_dimensionLabels.insert(dimension, sum);
    grid->addWidget(sum, 0, 0, 1, 2);
    int row = 1;
    for (const Items::Item& item : Items::itemsOf(dimension)) {
        auto* label = new QLabel(Items::label(item), box);
        auto* chooser = new QComboBox(box);
        chooser->setObjectName(item.code + QStringLiteral("ComboBox"));
        chooser->addItem(tr("— choose —"), NotScored);
        for (int score = item.maxScore; score >= 0; --score)
            chooser->addItem(Items::scoreText(item, score), score);
        chooser->setToolTip(
            tr("%1: 0 to %2 points; the higher, the more able").arg(Items::label(item)).arg(item.maxScore));
        label->setBuddy(chooser);
        connect(chooser, &QComboBox::currentIndexChanged, this, [this] { updateResult(); });
        m_scoreBoxes.insert(item.code, chooser);
        grid->addWidget(label, row, 0);
        grid->addWidget(chooser, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    return box;
}

QWidget* AssessmentDialog::createRulesBox()
{
    auto* box = new QGroupBox(tr("Raising rules"), this);
    box->setObjectName(QStringLiteral("raisingRulesGroupBox"));
    auto* form = new QVBoxLayout(box);
    form->setSpacing(4);
    auto* oneStep = new QLabel(tr("Any of these raises the level one step (never more):"), box);
    oneStep->setWordWrap(true);
    m_dementiaBox = new QCheckBox(tr("Diagnosed dementia (ICD-10 F00–F03)"), box);
    m_dementiaBox->setObjectName(QStringLiteral("dementiaCheckBox"));
    m_psychiatricBox =
        new QCheckBox(tr("Other mental or behavioural disorder diagnosed by a psychiatrist (F04–F99)"), box);
    m_psychiatricBox->setObjectName(QStringLiteral("psychiatricCheckBox"));
    m_comaBox = new QCheckBox(tr("In a coma (completely disabled)"), box);
    m_comaBox->setObjectName(QStringLiteral("comaCheckBox"));
    auto* selfHarmRow = new QHBoxLayout;
    auto* selfHarmLabel = new QLabel(tr("Self-harm events, last 30 days:"), box);
    m_selfHarmSpin = new QSpinBox(box);
    m_selfHarmSpin->setObjectName(QStringLiteral("selfHarmSpinBox"));
    m_selfHarmSpin->setRange(0, 99);
    selfHarmLabel->setBuddy(m_selfHarmSpin);
    selfHarmRow->addWidget(selfHarmLabel);
    selfHarmRow->addWidget(m_selfHarmSpin);
    selfHarmRow->addStretch(1);
    // A family-bed elder has no shift log: the assessor enters what was reported.
    auto* reportedRow = new QHBoxLayout;
    auto* reportedLabel = new QLabel(tr("Falls, choking, wandering and the like, last 30 days:"), box);
    reportedLabel->setWordWrap(true);
    m_reportedSpin = new QSpinBox(box);
    m_reportedSpin->setObjectName(QStringLiteral("reportedRiskEventsSpinBox"));
    m_reportedSpin->setRange(0, 99);
    reportedLabel->setBuddy(m_reportedSpin);
    reportedRow->addWidget(reportedLabel, 1);
    reportedRow->addWidget(m_reportedSpin);
    reportedLabel->setVisible(m_subject == Subject::FamilyBed);
    m_reportedSpin->setVisible(m_subject == Subject::FamilyBed);
    m_riskLabel = new QLabel(box);
    m_riskLabel->setObjectName(QStringLiteral("riskEventsLabel"));
    m_riskLabel->setWordWrap(true);
    form->addWidget(oneStep);
    form->addWidget(m_dementiaBox);
    form->addWidget(m_psychiatricBox);
    form->addLayout(reportedRow);
    form->addLayout(selfHarmRow);
    form->addWidget(m_riskLabel);
    form->addWidget(m_comaBox);
    connect(m_dementiaBox, &QCheckBox::toggled, this, [this] { updateResult(); });
    connect(m_psychiatricBox, &QCheckBox::toggled, this, [this] { updateResult(); });
    connect(m_comaBox, &QCheckBox::toggled, this, [this] { updateResult(); });
    connect(m_selfHarmSpin, &QSpinBox::valueChanged, this, [this] { updateResult(); });
    connect(m_reportedSpin, &QSpinBox::valueChanged, this, [this] { updateResult(); });
    return box;
}

void AssessmentDialog::showRecorded(const core::AssessmentService::Assessment& assessment)
{
    m_readOnly = true;
    m_recorded = assessment;
    setWindowTitle(tr("Ability assessment of %1 on %2")
                       .arg(assessment.residentName, assessment.assessedOn.toString(Qt::ISODate)));
    m_dateEdit->setMaximumDate(std::max(assessment.assessedOn, m_dateEdit->maximumDate()));
    m_dateEdit->setDate(assessment.assessedOn);
    m_reasonBox->setCurrentIndex(
        m_reasonBox->findData(core::assessmentReasonCodes().code(assessment.reason)));
    m_assessorEdit->setText(assessment.assessor);
    m_noteEdit->setText(assessment.note);
    for (auto it = m_scoreBoxes.cbegin(); it != m_scoreBoxes.cend(); ++it) {
        const int index = it.value()->findData(assessment.scores.value(it.key(), NotScored));
        it.value()->setCurrentIndex(std::max(index, 0));
    }
    m_dementiaBox->setChecked(assessment.dementia);
    m_psychiatricBox->setChecked(assessment.psychiatric);
    m_selfHarmSpin->setValue(assessment.selfHarmEvents);
    // The coma box is the flag; 意识水平 0 shows in its chooser.
    const bool comaScored = assessment.scores.value(Items::ConsciousnessCode, NotScored) == Items::ComaScore;
    m_comaBox->setChecked(assessment.coma && !comaScored);
    // What was counted when it was recorded, not what the shift log says today; a family bed's
    // were reported.
    if (m_subject == Subject::FamilyBed) {
        m_loggedRiskEvents = 0;
        m_reportedSpin->setValue(assessment.riskEvents - assessment.selfHarmEvents);
    } else {
        m_loggedRiskEvents = assessment.riskEvents - assessment.selfHarmEvents;
    }
    // Read-only but not greyed out, so the recorded answers stay easy to read.
    m_dateEdit->setReadOnly(true);
    m_assessorEdit->setReadOnly(true);
    m_noteEdit->setReadOnly(true);
    m_selfHarmSpin->setReadOnly(true);
    m_reportedSpin->setReadOnly(true);
    QList<QWidget*> choosers = {m_reasonBox, m_dementiaBox, m_psychiatricBox, m_comaBox};
    for (QComboBox* box : std::as_const(m_scoreBoxes))
        choosers.append(box);
    for (QWidget* chooser : std::as_const(choosers)) {
        chooser->setAttribute(Qt::WA_TransparentForMouseEvents);
        chooser->setFocusPolicy(Qt::NoFocus);
    }
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    updateResult();
    markInputSaved();
}

void AssessmentDialog::updateRiskEvents()
{
    if (m_readOnly)
        return;
    m_loggedRiskEvents = 0;
    if (m_subject == Subject::FamilyBed) {
        updateResult();
        return;
    }
    runGuarded(this, [&] {
        m_loggedRiskEvents = core::AssessmentService(m_context.database())
                                 .loggedRiskEvents(m_context.actor(), m_residentUid, m_dateEdit->date());
    });
    updateResult();
}

void AssessmentDialog::updateResult()
{
    const int riskEvents = m_loggedRiskEvents + m_reportedSpin->value() + m_selfHarmSpin->value();
    m_riskLabel->setText(m_subject == Subject::FamilyBed
                             ? tr("Risk events in all: %1 (two or more count)").arg(riskEvents)
                             : tr("Falls, choking and wandering in the shift log: %1; risk events in all: "
                                  "%2 (two or more count)")
                                   .arg(m_loggedRiskEvents)
                                   .arg(riskEvents));

    if (m_recorded) {
        showRecordedResult();
        return;
    }
    QMap<QString, int> scores;
    int total = 0;
    int missing = 0;
    QMap<Dimension, int> sums;
    for (const Items::Item& item : Items::all()) {
        const int score = m_scoreBoxes.value(item.code)->currentData().toInt();
        if (score == NotScored) {
            ++missing;
            continue;
        }
        scores.insert(item.code, score);
        sums[item.dimension] += score;
        total += score;
    }
    for (Dimension dimension : Items::dimensions()) {
        m_dimensionLabels.value(dimension)->setText(
            tr("%1 / %2").arg(sums.value(dimension)).arg(Items::dimensionMax(dimension)));
    }
    m_totalLabel->setText(missing > 0 ? tr("Total %1 / %2 — %n item(s) not scored yet", nullptr, missing)
                                            .arg(total)
                                            .arg(Items::totalMax())
                                      : tr("Total %1 / %2").arg(total).arg(Items::totalMax()));
    if (missing > 0) {
        m_levelLabel->setText(tr("Level: score every item to see it"));
        return;
    }
    try {
        const core::AssessmentService::Evaluation evaluation = core::AssessmentService::evaluate(
            scores,
            {m_dementiaBox->isChecked(), m_psychiatricBox->isChecked(), riskEvents, m_comaBox->isChecked()});
        const core::AssessmentLevel::Outcome& outcome = evaluation.outcome;
        const QString why = core::AssessmentLevel::reasons(outcome);
        const QString text = tr("Preliminary level: %1    Final level: %2")
                                 .arg(core::AssessmentLevel::label(outcome.preliminary),
                                      core::AssessmentLevel::label(outcome.level));
        m_levelLabel->setText(why.isEmpty() ? text : tr("%1 (%2)").arg(text, why));
    } catch (const core::Error& error) {
        m_levelLabel->setText(error.message());
    }
}

void AssessmentDialog::showRecordedResult()
{
    // What was stored, which for an assessment imported with only its totals is all there is.
    const core::AssessmentService::Assessment& a = *m_recorded;
    for (Dimension dimension : Items::dimensions()) {
        const int max = Items::dimensionMax(dimension);
        m_dimensionLabels.value(dimension)->setText(
            a.dimensionScores.contains(dimension)
                ? tr("%1 / %2").arg(a.dimensionScores.value(dimension)).arg(max)
                : tr("– / %1").arg(max));
    }
    m_totalLabel->setText(
        a.scores.isEmpty()
            ? tr("Total %1 / %2 (item scores not recorded)").arg(a.total).arg(Items::totalMax())
            : tr("Total %1 / %2").arg(a.total).arg(Items::totalMax()));
    const QString why = core::AssessmentLevel::reasons(a.outcome());
    const QString text =
        tr("Preliminary level: %1    Final level: %2")
            .arg(core::AssessmentLevel::label(a.preliminaryLevel), core::AssessmentLevel::label(a.level));
    m_levelLabel->setText(why.isEmpty() ? text : tr("%1 (%2)").arg(text, why));
}

bool AssessmentDialog::submit()
{
    if (m_readOnly)
        return false;
    core::AssessmentService::Input input;
    if (m_subject == Subject::FamilyBed) {
        input.familyBedUid = m_residentUid;
        input.reportedRiskEvents = m_reportedSpin->value();
    } else {
        input.residentUid = m_residentUid;
    }
    input.assessedOn = m_dateEdit->date();
    input.reason =
        core::assessmentReasonCodes().fromCode(m_reasonBox->currentData().toString()).value_or(input.reason);
    for (const Items::Item& item : Items::all()) {
        const int score = m_scoreBoxes.value(item.code)->currentData().toInt();
        if (score != NotScored)
            input.scores.insert(item.code, score);
    }
    input.dementia = m_dementiaBox->isChecked();
    input.psychiatric = m_psychiatricBox->isChecked();
    input.coma = m_comaBox->isChecked();
    input.selfHarmEvents = m_selfHarmSpin->value();
    input.assessor = m_assessorEdit->text();
    input.note = m_noteEdit->text();
    const bool saved = runGuarded(this, [&] {
        m_savedUid = core::AssessmentService(m_context.database()).record(m_context.actor(), input);
    });
    if (saved) {
        m_context.notifyDataChanged();
        accept();
    }
    return saved;
}

} // namespace jinglao::ui
