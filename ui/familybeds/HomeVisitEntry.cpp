#include "familybeds/HomeVisitEntry.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/Error.h"
#include "common/ErrorDialog.h"
#include "common/FormMessage.h"
#include "common/ReadOnlyTable.h"
#include "familybeds/FamilyBedCodes.h"
#include "familybeds/FamilyBedPicker.h"
#include "familybeds/HomeVisitService.h"
#include "familybeds/ServiceCheckBoxes.h"
#include "familybeds/WithdrawVisitDialog.h"
#include "staff/StaffService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
constexpr int DefaultMinutes = 30;
const QTime defaultStart(8, 0);

QLineEdit* textField(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(500);
    return edit;
}

// The keys of the form: Enter moves from one field to the next as Tab does (Ctrl+Enter, a
// shortcut, saves), and Tab leaves a date or time field whole instead of walking its sections
// (typing fills a section and moves on to the next by itself).
class FormKeys : public QObject {
public:
    FormKeys(QList<QWidget*> order, std::function<void()> atEnd, QObject* parent)
        : QObject(parent)
        , m_order(std::move(order))
        , m_atEnd(std::move(atEnd))
    {
        for (QWidget* field : std::as_const(m_order))
            field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        const qsizetype at = m_order.indexOf(static_cast<QWidget*>(watched));
        if (at < 0 || (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) != Qt::NoModifier)
            return false;
        const bool sectioned = qobject_cast<QDateTimeEdit*>(watched) != nullptr;
        if (sectioned && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab))
            return moveFrom(at,
                            key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier) ? 1 : -1);
        // The first field (the family bed) takes Enter itself: it chooses, then moves on.
        if (at > 0 && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            if (!moveFrom(at, 1))
                m_atEnd();
            return true;
        }
        return false;
    }

private:
    bool moveFrom(qsizetype at, int step)
    {
        for (qsizetype next = at + step; next >= 0 && next < m_order.size(); next += step) {
            QWidget* field = m_order.at(next);
            if (field->isVisible() && field->isEnabled()) {
                field->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                return true;
            }
        }
        return false;
    }

    QList<QWidget*> m_order;
    std::function<void()> m_atEnd;
};
} // namespace

HomeVisitEntry::HomeVisitEntry(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("homeVisitEntry"));
    auto* layout = new QVBoxLayout(this);
    m_readOnly = new QLabel(tr("You may read the home visits but not enter them."), this);
    m_readOnly->setObjectName(QStringLiteral("visitReadOnlyLabel"));
    layout->addWidget(m_readOnly);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    m_formBox = new QGroupBox(tr("Enter a home visit"), this);
    m_formBox->setObjectName(QStringLiteral("visitFormGroupBox"));
    auto* formLayout = new QVBoxLayout(m_formBox);
    auto* modeRow = new QHBoxLayout;
    m_mode = new QLabel(m_formBox);
    m_mode->setObjectName(QStringLiteral("visitModeLabel"));
    m_mode->setWordWrap(true);
    m_mode->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
    m_cancelCorrection = new QPushButton(tr("Cancel the correction"), m_formBox);
    m_cancelCorrection->setObjectName(QStringLiteral("cancelCorrectionButton"));
    modeRow->addWidget(m_mode, 1);
    modeRow->addWidget(m_cancelCorrection);
    formLayout->addLayout(modeRow);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_picker = new FamilyBedPicker(context, m_formBox);
    form->addRow(core::HomeVisitService::familyBedLabel(), m_picker);
    auto* when = new QHBoxLayout;
    m_date = makeDateEdit(m_formBox, core::Clock::today(), QStringLiteral("visitDateEdit"));
    m_date->setMaximumDate(core::Clock::today());
    m_start = new QTimeEdit(defaultStart, m_formBox);
    m_start->setObjectName(QStringLiteral("startTimeEdit"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_minutes = new QSpinBox(m_formBox);
    m_minutes->setObjectName(QStringLiteral("minutesSpinBox"));
    m_minutes->setRange(1, core::HomeVisitService::MaxMinutes);
    m_minutes->setValue(DefaultMinutes);
    m_minutes->setSuffix(tr(" min"));
    when->addWidget(m_date);
    when->addWidget(new QLabel(core::HomeVisitService::startLabel(), m_formBox));
    when->addWidget(m_start);
    when->addWidget(new QLabel(core::HomeVisitService::minutesLabel(), m_formBox));
    when->addWidget(m_minutes);
    when->addStretch(1);
    form->addRow(core::HomeVisitService::dateLabel(), when);
    auto* who = new QHBoxLayout;
    m_staff = new QComboBox(m_formBox);
    m_staff->setObjectName(QStringLiteral("visitStaffComboBox"));
    m_staff->setMinimumWidth(160);
    m_method = new QComboBox(m_formBox);
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    for (core::VisitMethod method : core::familybeds::visitMethods().values())
        m_method->addItem(core::familybeds::visitMethods().label(method), static_cast<int>(method));
    who->addWidget(m_staff);
    who->addWidget(new QLabel(core::HomeVisitService::methodLabel(), m_formBox));
    who->addWidget(m_method);
    who->addStretch(1);
    form->addRow(core::HomeVisitService::staffLabel(), who);
    m_services = new ServiceCheckBoxes(true, m_formBox);
    form->addRow(core::HomeVisitService::servicesLabel(), m_services);
    m_problems = textField(m_formBox, QStringLiteral("problemsLineEdit"));
    form->addRow(core::HomeVisitService::problemsLabel(), m_problems);
    m_actions = textField(m_formBox, QStringLiteral("actionsLineEdit"));
    form->addRow(core::HomeVisitService::actionsLabel(), m_actions);
    m_satisfaction = new QComboBox(m_formBox);
    m_satisfaction->setObjectName(QStringLiteral("satisfactionComboBox"));
    m_satisfaction->addItem(tr("not asked"), 0);
    for (core::Satisfaction satisfaction : core::familybeds::satisfactions().values())
        m_satisfaction->addItem(core::familybeds::satisfactions().label(satisfaction),
                                static_cast<int>(satisfaction));
    form->addRow(core::HomeVisitService::satisfactionLabel(), m_satisfaction);
    m_notes = textField(m_formBox, QStringLiteral("notesLineEdit"));
    form->addRow(core::HomeVisitService::notesLabel(), m_notes);
    m_reason = new QLineEdit(m_formBox);
    m_reason->setObjectName(QStringLiteral("correctionReasonLineEdit"));
    m_reason->setMaxLength(200);
    form->addRow(core::HomeVisitService::reasonLabel(), m_reason);
    m_reasonLabel = qobject_cast<QLabel*>(form->labelForField(m_reason));
    formLayout->addLayout(form);

    m_message = new FormMessage(QStringLiteral("visitMessageLabel"), m_formBox);
    formLayout->addWidget(m_message);
    auto* saveRow = new QHBoxLayout;
    auto* hint = new QLabel(tr("Ctrl+Enter saves and starts the next visit of the round; Enter moves to the "
                               "next field; Alt+1 … Alt+8 tick the services."),
                            m_formBox);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #666;"));
    m_save = new QPushButton(tr("Save (Ctrl+Enter)"), m_formBox);
    m_save->setObjectName(QStringLiteral("saveVisitButton"));
    saveRow->addWidget(hint, 1);
    saveRow->addWidget(m_save);
    formLayout->addLayout(saveRow);
    formLayout->addStretch(1);
    columns->addWidget(m_formBox, 3);

    m_roundBox = new QGroupBox(this);
    m_roundBox->setObjectName(QStringLiteral("roundGroupBox"));
    auto* roundLayout = new QVBoxLayout(m_roundBox);
    m_roundTable = makeReadOnlyTable(m_roundBox, QStringLiteral("roundTableWidget"),
                                     {tr("Time"), tr("Elder"), tr("Minutes"), tr("Method"), tr("Services")});
    m_roundTable->setFocusPolicy(Qt::ClickFocus);
    roundLayout->addWidget(m_roundTable, 1);
    auto* roundButtons = new QHBoxLayout;
    m_correct = new QPushButton(tr("Correct…"), m_roundBox);
    m_correct->setObjectName(QStringLiteral("correctRoundVisitButton"));
    m_withdraw = new QPushButton(tr("Withdraw…"), m_roundBox);
    m_withdraw->setObjectName(QStringLiteral("withdrawRoundVisitButton"));
    roundButtons->addStretch(1);
    roundButtons->addWidget(m_correct);
    roundButtons->addWidget(m_withdraw);
    roundLayout->addLayout(roundButtons);
    columns->addWidget(m_roundBox, 2);

    // The keyboard's way through the form.
    QList<QWidget*> order{m_picker->searchField(), m_date, m_start, m_minutes, m_staff, m_method};
    for (QCheckBox* box : m_services->boxes())
        order.append(box);
    order += QList<QWidget*>{m_problems, m_actions, m_satisfaction, m_notes, m_reason, m_save};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    new FormKeys(
        order, [this] { save(); }, this);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { save(); });
    }

    connect(m_picker, &FamilyBedPicker::chosen, this, [this] { m_date->setFocus(Qt::TabFocusReason); });
    connect(m_date, &QDateEdit::dateChanged, this, &HomeVisitEntry::dayChanged);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &HomeVisitEntry::loadRound);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancelCorrection, &QPushButton::clicked, this, [this] {
        leaveCorrection();
        clearForNextVisit();
    });
    connect(m_correct, &QPushButton::clicked, this, [this] {
        const int row = m_roundTable->currentRow();
        if (row >= 0 && row < m_round.size())
            startCorrection(m_round.at(row));
    });
    connect(m_withdraw, &QPushButton::clicked, this, &HomeVisitEntry::withdrawSelected);
    connect(&m_context, &AppContext::actorChanged, this, [this] {
        loadStaff();
        refresh();
    });
    m_picker->setDay(m_date->date());
    leaveCorrection();
}

void HomeVisitEntry::refresh()
{
    m_loaded = true;
    const bool write = m_context.actor().can(core::Permission::WriteHomeVisits);
    m_readOnly->setVisible(!write);
    m_formBox->setEnabled(write);
    m_correct->setEnabled(write);
    m_withdraw->setEnabled(write);
    m_date->setMaximumDate(core::Clock::today());
    m_picker->reload();
    loadStaff();
    loadRound();
}

void HomeVisitEntry::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
    if (!isAncestorOf(QApplication::focusWidget()))
        focusFirstField();
}

void HomeVisitEntry::focusFirstField()
{
    m_picker->searchField()->setFocus(Qt::OtherFocusReason);
}

QString HomeVisitEntry::chosenStaffUid() const
{
    return m_staff->currentData().toString();
}

void HomeVisitEntry::loadStaff()
{
    // Those employed on the visit's day; the nurse's own record first chosen.
    QString keep = chosenStaffUid();
    if (keep.isEmpty())
        keep = core::HomeVisitService(m_context.database()).staffUidOf(m_context.actor());
    const QSignalBlocker blocker(m_staff);
    m_staff->clear();
    m_staff->addItem(tr("(choose)"), QString());
    try {
        for (const core::StaffMember& member :
             core::StaffService(m_context.database())
                 .list(m_context.actor(), core::StaffService::Filter::Current, m_date->date()))
            m_staff->addItem(
                QStringLiteral("%1（%2）").arg(member.name, core::staffRoleCodes().label(member.role)),
                member.uid);
    } catch (const core::Error&) {
        // The list stays empty; saving then names the missing staff member.
    }
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(keep)));
}

void HomeVisitEntry::dayChanged()
{
    m_picker->setDay(m_date->date());
    loadStaff();
    loadRound();
}

void HomeVisitEntry::loadRound()
{
    const QString staffUid = chosenStaffUid();
    const QDate day = m_date->date();
    m_roundBox->setTitle(
        staffUid.isEmpty() ? tr("Visits of the round")
                           : tr("Visits of %1 on %2").arg(m_staff->currentText(), day.toString(Qt::ISODate)));
    m_round.clear();
    m_roundTable->setRowCount(0);
    if (!staffUid.isEmpty()) {
        try {
            m_round =
                core::HomeVisitService(m_context.database()).forStaff(m_context.actor(), staffUid, day, day);
        } catch (const core::Error&) {
            m_round.clear();
        }
    }
    std::reverse(m_round.begin(), m_round.end()); // the round in the order it was made
    for (const core::HomeVisit& visit : std::as_const(m_round))
        appendTableRow(m_roundTable,
                       {visit.startedAt.mid(11, 5), visit.familyBedName, QString::number(visit.minutes),
                        core::familybeds::visitMethods().label(visit.method),
                        core::familybeds::joinLabels(core::familybeds::visitServices(), visit.services)});
    m_roundTable->resizeColumnsToContents();
}

bool HomeVisitEntry::save()
{
    if (!m_formBox->isEnabled())
        return false;
    core::HomeVisitService::Input input;
    input.uid = m_correctingUid;
    input.familyBedUid = m_picker->familyBedUid();
    input.staffUid = chosenStaffUid();
    input.visitedOn = m_date->date();
    input.startTime = m_start->time();
    input.minutes = m_minutes->value();
    input.method = static_cast<core::VisitMethod>(m_method->currentData().toInt());
    input.services = m_services->services();
    input.problems = m_problems->text();
    input.actions = m_actions->text();
    input.satisfaction = m_satisfaction->currentData().toInt();
    input.notes = m_notes->text();
    const QString bedName = m_picker->familyBedName();
    try {
        core::HomeVisitService visits(m_context.database());
        if (isCorrecting())
            visits.correct(m_context.actor(), input, m_reason->text());
        else
            visits.record(m_context.actor(), input);
    } catch (const core::Error& error) {
        m_message->showRefusal(error);
        return false;
    }
    const QString done = isCorrecting() ? tr("Corrected: %1 at %2, %3 min.") : tr("Saved: %1 at %2, %3 min.");
    m_message->showDone(
        done.arg(bedName, input.startTime.toString(QStringLiteral("HH:mm"))).arg(input.minutes));
    if (!isCorrecting()) {
        // The next visit of the round starts when this one ended (on the same day).
        const QTime next = input.startTime.addSecs(qint64(input.minutes) * 60);
        if (next > input.startTime)
            m_start->setTime(next);
    }
    leaveCorrection();
    clearForNextVisit();
    loadRound();
    Q_EMIT visitsChanged();
    m_context.notifyDataChanged();
    return true;
}

void HomeVisitEntry::clearForNextVisit()
{
    m_picker->clearChoice();
    m_minutes->setValue(DefaultMinutes);
    m_method->setCurrentIndex(0);
    m_services->setServices({});
    m_problems->clear();
    m_actions->clear();
    m_satisfaction->setCurrentIndex(0);
    m_notes->clear();
    m_reason->clear();
    focusFirstField();
}

void HomeVisitEntry::startCorrection(const core::HomeVisit& visit)
{
    m_correctingUid = visit.uid;
    m_date->setDate(visit.visitedOn);
    m_picker->choose(visit.familyBedUid);
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(visit.staffUid)));
    const QTime start = QTime::fromString(visit.startedAt.mid(11, 5), QStringLiteral("HH:mm"));
    m_start->setTime(start.isValid() ? start : defaultStart);
    m_minutes->setValue(visit.minutes);
    m_method->setCurrentIndex(std::max(0, m_method->findData(static_cast<int>(visit.method))));
    m_services->setServices(visit.services);
    m_problems->setText(visit.problems);
    m_actions->setText(visit.actions);
    m_satisfaction->setCurrentIndex(std::max(0, m_satisfaction->findData(visit.satisfaction)));
    m_notes->setText(visit.notes);
    m_reason->clear();
    m_mode->setText(tr("Correcting the visit to %1 on %2 by %3; say why below.")
                        .arg(visit.familyBedName, visit.visitedOn.toString(Qt::ISODate), visit.staffName));
    m_mode->show();
    m_cancelCorrection->show();
    m_reason->show();
    if (m_reasonLabel)
        m_reasonLabel->show();
    m_message->clearMessage();
    m_save->setText(tr("Save the correction (Ctrl+Enter)"));
    m_reason->setFocus(Qt::OtherFocusReason);
}

void HomeVisitEntry::leaveCorrection()
{
    m_correctingUid.clear();
    m_mode->hide();
    m_cancelCorrection->hide();
    m_reason->hide();
    if (m_reasonLabel)
        m_reasonLabel->hide();
    m_save->setText(tr("Save (Ctrl+Enter)"));
}

void HomeVisitEntry::withdrawSelected()
{
    const int row = m_roundTable->currentRow();
    if (row < 0 || row >= m_round.size())
        return;
    WithdrawVisitDialog dialog(m_context, m_round.at(row), this);
    if (dialog.exec() == QDialog::Accepted) {
        loadRound();
        Q_EMIT visitsChanged();
    }
}

} // namespace jinglao::ui
