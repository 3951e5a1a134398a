#include "shiftlog/DutyPanel.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/Confirmation.h"
#include "common/ErrorDialog.h"
#include "common/PersonPicker.h"
#include "residents/ResidentService.h"
#include "shiftlog/ShiftLogTableModel.h"
#include "staff/StaffService.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
QString incidentLine(const core::ShiftLogService::Entry& entry)
{
    QString line = ShiftLogTableModel::shownOccurrence(entry) + QLatin1Char(' ') +
                   core::incidentCodes().label(entry.incident);
    if (!entry.residentName.isEmpty())
        line += QLatin1Char(' ') + entry.residentName;
    return line + QStringLiteral(": ") + entry.summary;
}

// A time field that a Tab lands on at the hour: the day is right far more often than the time.
class OccurrenceEdit : public QDateTimeEdit {
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    void focusInEvent(QFocusEvent* event) override
    {
        QDateTimeEdit::focusInEvent(event);
        setSelectedSection(QDateTimeEdit::HourSection);
    }
};

// The field shows the wall time of the center's clock, whatever the computer's time zone.
void showWallTime(QDateTimeEdit* edit, const QDateTime& at)
{
    const QDateTime wall = at.toOffsetFromUtc(at.offsetFromUtc());
    edit->setDateTime(QDateTime(wall.date(), QTime(wall.time().hour(), wall.time().minute())));
}
QDateTime wallTimeOf(const QDateTimeEdit* edit)
{
    return QDateTime(edit->date(), edit->time(), QTimeZone(core::Clock::now().offsetFromUtc()));
}
} // namespace

DutyPanel::DutyPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_service(context.database())
{
    auto* layout = new QVBoxLayout(this);
    m_readOnlyLabel = new QLabel(tr("You may read the shift log but not write it."), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("dutyReadOnlyLabel"));
    layout->addWidget(m_readOnlyLabel);
    m_onBehalfLabel = new QLabel(this);
    m_onBehalfLabel->setObjectName(QStringLiteral("onBehalfLabel"));
    m_onBehalfLabel->setWordWrap(true);
    m_onBehalfLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    layout->addWidget(m_onBehalfLabel);
    m_waitTimer = new QTimer(this);
    m_waitTimer->setObjectName(QStringLiteral("handoverWaitTimer"));
    m_waitTimer->setInterval(WaitSeconds * 1000);

    auto* chooser = new QHBoxLayout;
    m_staffCombo = new PersonPicker(this);
    m_staffCombo->setObjectName(QStringLiteral("staffComboBox"));
    m_staffCombo->setMinimumWidth(170);
    m_staffCombo->setSearch([this](const QString& typed) {
        return core::StaffService(m_context.database())
            .choices(m_context.actor(), core::StaffService::Filter::Current, core::Clock::today(), typed);
    });
    m_shiftCombo = new QComboBox(this);
    m_shiftCombo->setObjectName(QStringLiteral("shiftComboBox"));
    m_shiftCombo->setMinimumWidth(220);
    m_openButton = new QPushButton(tr("Open shift"), this);
    m_openButton->setObjectName(QStringLiteral("openShiftButton"));
    m_openButton->setToolTip(tr("Takes over the shift: opens it and accepts the handover shown, once it is "
                                "there to read."));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("dutyStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_stepsLabel = new QLabel(this);
    m_stepsLabel->setObjectName(QStringLiteral("dutyStepsLabel"));
    chooser->addWidget(new QLabel(tr("Nurse on duty:"), this));
    chooser->addWidget(m_staffCombo);
    chooser->addWidget(new QLabel(tr("Shift:"), this));
    chooser->addWidget(m_shiftCombo);
    chooser->addWidget(m_openButton);
    chooser->addWidget(m_statusLabel, 1);
    layout->addLayout(chooser);
    layout->addWidget(m_stepsLabel);

    m_sessionWidget = new QWidget(this);
    m_sessionWidget->setObjectName(QStringLiteral("dutySessionWidget"));
    m_columns = new QHBoxLayout(m_sessionWidget);
    m_columns->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    m_columns->addLayout(left, 2);
    m_columns->addLayout(right, 3);

    auto* handoverBox = new QGroupBox(tr("Handover from the previous shift"), m_sessionWidget);
    handoverBox->setObjectName(QStringLiteral("handoverGroupBox"));
    auto* handoverLayout = new QVBoxLayout(handoverBox);
    m_previousLabel = new QLabel(handoverBox);
    m_previousLabel->setObjectName(QStringLiteral("previousHandoverLabel"));
    m_previousLabel->setWordWrap(true);
    m_previousLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    handoverLayout->addWidget(m_previousLabel);
    handoverLayout->addWidget(new QLabel(tr("Open incidents:"), handoverBox));
    m_incidentsList = new QListWidget(handoverBox);
    m_incidentsList->setObjectName(QStringLiteral("openIncidentsListWidget"));
    m_incidentsList->setWordWrap(true);
    handoverLayout->addWidget(m_incidentsList, 1);
    auto* acceptRow = new QHBoxLayout;
    m_followUpButton = new QPushButton(tr("Follow up incident"), handoverBox);
    m_followUpButton->setObjectName(QStringLiteral("followUpButton"));
    m_acceptButton = new QPushButton(tr("Accept handover"), handoverBox);
    m_acceptButton->setObjectName(QStringLiteral("acceptHandoverButton"));
    m_acceptedLabel = new QLabel(handoverBox);
    m_acceptedLabel->setObjectName(QStringLiteral("handoverAcceptedLabel"));
    acceptRow->addWidget(m_followUpButton);
    acceptRow->addWidget(m_acceptButton);
    acceptRow->addWidget(m_acceptedLabel, 1);
    handoverLayout->addLayout(acceptRow);
    left->addWidget(handoverBox, 3);

    m_closeBox = new QGroupBox(tr("Close the shift"), m_sessionWidget);
    m_closeBox->setObjectName(QStringLiteral("closeShiftGroupBox"));
    auto* closeLayout = new QVBoxLayout(m_closeBox);
    m_handoverEdit = new QPlainTextEdit(m_closeBox);
    m_handoverEdit->setObjectName(QStringLiteral("handoverNoteEdit"));
    m_handoverEdit->setPlaceholderText(tr("Handover note for the next shift (required)"));
    m_closeButton = new QPushButton(tr("Close shift"), m_closeBox);
    m_closeButton->setObjectName(QStringLiteral("closeShiftButton"));
    closeLayout->addWidget(m_handoverEdit, 1);
    closeLayout->addWidget(m_closeButton, 0, Qt::AlignRight);
    left->addWidget(m_closeBox, 2);

    m_entriesBox = new QGroupBox(tr("Entries of this shift"), m_sessionWidget);
    m_entriesBox->setObjectName(QStringLiteral("entriesGroupBox"));
    auto* entriesLayout = new QVBoxLayout(m_entriesBox);
    m_entriesTable = new QTableWidget(0, 5, m_entriesBox);
    m_entriesTable->setObjectName(QStringLiteral("sessionEntriesTableWidget"));
    m_entriesTable->setHorizontalHeaderLabels(
        {tr("Time"), tr("Resident"), tr("Incident"), tr("Happened"), tr("Entry")});
    m_entriesTable->horizontalHeader()->setStretchLastSection(true);
    m_entriesTable->verticalHeader()->setVisible(false);
    m_entriesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entriesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entriesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_editButton = new QPushButton(tr("Edit entry"), m_entriesBox);
    m_editButton->setObjectName(QStringLiteral("editEntryButton"));
    m_deleteButton = new QPushButton(tr("Delete entry"), m_entriesBox);
    m_deleteButton->setObjectName(QStringLiteral("deleteEntryButton"));
    entriesLayout->addWidget(m_entriesTable, 1);
    auto* entryButtons = new QHBoxLayout;
    entryButtons->addStretch(1);
    entryButtons->addWidget(m_editButton);
    entryButtons->addWidget(m_deleteButton);
    entriesLayout->addLayout(entryButtons);
    right->addWidget(m_entriesBox, 3);

    m_formBox = new QGroupBox(tr("New entry"), m_sessionWidget);
    m_formBox->setObjectName(QStringLiteral("newEntryGroupBox"));
    auto* formLayout = new QVBoxLayout(m_formBox);
    auto* modeRow = new QHBoxLayout;
    m_modeLabel = new QLabel(m_formBox);
    m_modeLabel->setObjectName(QStringLiteral("entryModeLabel"));
    m_modeLabel->setWordWrap(true);
    m_cancelModeButton = new QPushButton(tr("Cancel"), m_formBox);
    m_cancelModeButton->setObjectName(QStringLiteral("cancelEntryModeButton"));
    modeRow->addWidget(m_modeLabel, 1);
    modeRow->addWidget(m_cancelModeButton);
    formLayout->addLayout(modeRow);
    m_summaryEdit = new QPlainTextEdit(m_formBox);
    m_summaryEdit->setObjectName(QStringLiteral("entrySummaryEdit"));
    m_summaryEdit->setPlaceholderText(tr("What happened, what was done"));
    m_summaryEdit->setMaximumHeight(90);
    formLayout->addWidget(m_summaryEdit);
    auto* fields = new QGridLayout;
    m_residentCombo = new PersonPicker(m_formBox);
    m_residentCombo->setObjectName(QStringLiteral("entryResidentComboBox"));
    m_residentCombo->setMinimumWidth(170);
    m_residentCombo->setNoneLabel(tr("(no resident)"));
    m_residentCombo->setSearch([this](const QString& typed) {
        return core::ResidentService(m_context.database())
            .choices(m_context.actor(), typed, core::ResidentFilter::Presence::CurrentOrLeftToday);
    });
    m_incidentCombo = new QComboBox(m_formBox);
    m_incidentCombo->setObjectName(QStringLiteral("entryIncidentComboBox"));
    m_incidentCombo->addItem(core::incidentCodes().label(core::Incident::None),
                             static_cast<int>(core::Incident::None));
    for (core::Incident incident : core::allIncidents())
        m_incidentCombo->addItem(core::incidentCodes().label(incident), static_cast<int>(incident));
    m_occurredEdit = new OccurrenceEdit(m_formBox);
    m_occurredEdit->setObjectName(QStringLiteral("occurredAtDateTimeEdit"));
    m_occurredEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_occurredEdit->setToolTip(tr("When the incident happened (not when it is written): from %1 hours before "
                                  "the shift began until now.")
                                   .arg(core::ShiftLogService::OccurrenceMarginHours));
    m_addButton = new QPushButton(tr("Add entry"), m_formBox);
    m_addButton->setObjectName(QStringLiteral("addEntryButton"));
    m_addButton->setToolTip(tr("Ctrl+Enter"));
    auto* residentLabel = new QLabel(tr("Resident:"), m_formBox);
    residentLabel->setBuddy(m_residentCombo);
    auto* incidentLabel = new QLabel(tr("Incident:"), m_formBox);
    incidentLabel->setBuddy(m_incidentCombo);
    m_occurredLabel = new QLabel(tr("Happened at:"), m_formBox);
    m_occurredLabel->setBuddy(m_occurredEdit);
    fields->addWidget(residentLabel, 0, 0);
    fields->addWidget(m_residentCombo, 0, 1);
    fields->addWidget(incidentLabel, 0, 2);
    fields->addWidget(m_incidentCombo, 0, 3);
    fields->addWidget(m_occurredLabel, 1, 2);
    fields->addWidget(m_occurredEdit, 1, 3);
    fields->addWidget(m_addButton, 1, 5);
    fields->setColumnStretch(4, 1);
    formLayout->addLayout(fields);
    // Tab order of the paper form: what happened, about whom, what kind, when; then add.
    setTabOrder(m_summaryEdit, m_residentCombo);
    setTabOrder(m_residentCombo, m_incidentCombo);
    setTabOrder(m_incidentCombo, m_occurredEdit);
    setTabOrder(m_occurredEdit, m_addButton);
    m_summaryEdit->setTabChangesFocus(true);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, m_formBox);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_addButton->isEnabled())
                addEntry();
        });
    }
    right->addWidget(m_formBox, 2);

    layout->addWidget(m_sessionWidget, 1);
    layout->addStretch();

    connect(m_staffCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_closedMessage.clear();
        loadShifts();
    });
    connect(m_summaryEdit, &QPlainTextEdit::textChanged, this, &DutyPanel::updateActions);
    connect(m_handoverEdit, &QPlainTextEdit::textChanged, this, &DutyPanel::updateActions);
    connect(m_incidentCombo, &QComboBox::currentIndexChanged, this, [this] {
        // A newly chosen incident happened now unless the nurse says when.
        if (!m_occurredEdit->isEnabled())
            setOccurrence(nullptr);
        updateActions();
    });
    connect(m_entriesTable, &QTableWidget::itemSelectionChanged, this, &DutyPanel::updateActions);
    connect(m_incidentsList, &QListWidget::itemSelectionChanged, this, &DutyPanel::updateActions);
    connect(m_shiftCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_session)
            showSession();
    });
    connect(m_waitTimer, &QTimer::timeout, this, &DutyPanel::recheckHandover);
    connect(&m_context, &AppContext::dataChanged, this, &DutyPanel::recheckHandover);
    connect(m_openButton, &QPushButton::clicked, this, [this] { openSelectedShift(); });
    connect(m_acceptButton, &QPushButton::clicked, this, [this] { acceptHandover(); });
    connect(m_followUpButton, &QPushButton::clicked, this, [this] { followUpSelectedIncident(); });
    connect(m_addButton, &QPushButton::clicked, this, [this] { addEntry(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { editSelectedEntry(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelectedEntry(); });
    connect(m_closeButton, &QPushButton::clicked, this, [this] { closeShift(); });
    connect(m_cancelModeButton, &QPushButton::clicked, this, [this] { clearForm(); });
    connect(&m_context, &AppContext::actorChanged, this, [this] { refresh(); });
}

void DutyPanel::refresh()
{
    const bool canWrite = m_context.actor().can(core::Permission::WriteShiftLogs);
    m_readOnlyLabel->setVisible(!canWrite);
    m_staffCombo->setEnabled(canWrite);
    m_shiftCombo->setEnabled(canWrite);
    m_openButton->setEnabled(canWrite);
    runGuarded(this, [&] {
        loadResidents();
        loadStaff();
    });
}

QString DutyPanel::chosenStaffUid() const
{
    return m_staffCombo->currentUid();
}

void DutyPanel::loadStaff()
{
    const core::Actor& actor = m_context.actor();
    const QString previous = chosenStaffUid();
    m_onBehalfLabel->clear();
    const bool canWrite = actor.can(core::Permission::WriteShiftLogs);
    const core::ShiftLogService::DutyChoices choices = m_service.dutyChoices(actor, core::Clock::now());
    // The account's own staff member first, then those on duty now, then everyone else apart.
    QList<PersonPicker::Group> groups;
    if (choices.own)
        groups.append({tr("You"), {*choices.own}});
    groups.append({tr("On duty now"), choices.onDuty});
    groups.append({tr("Other staff"), choices.others});
    {
        const QSignalBlocker blocker(m_staffCombo);
        m_staffCombo->setGroups(groups);
        if (!m_staffCombo->setCurrentUid(previous)) {
            if (choices.own)
                m_staffCombo->setCurrentUid(choices.own->uid);
            else if (!choices.onDuty.isEmpty())
                m_staffCombo->setCurrentUid(choices.onDuty.constFirst().uid);
            else
                m_staffCombo->setCurrentIndex(-1); // nobody on duty: the nurse is chosen, not guessed
        }
    }
    const bool ownOnly = canWrite && core::ShiftLogService::writesOnlyOwnShifts(actor);
    m_staffCombo->setEnabled(canWrite && !ownOnly);
    if (ownOnly && !choices.own) {
        // Not offered anyone else's shift: she is told why she cannot log hers.
        m_onBehalfLabel->setText(
            tr("Your account %1 is not linked to a staff record, so you cannot write the "
               "shift log. Ask an administrator to link it to your staff record on the User "
               "accounts page.")
                .arg(actor.name()));
    } else if (canWrite && !ownOnly) {
        m_onBehalfLabel->setText(
            tr("You write on behalf of the nurse chosen; the log records that %1 entered it.")
                .arg(actor.name()));
    }
    m_onBehalfLabel->setVisible(!m_onBehalfLabel->text().isEmpty());
    loadShifts();
}

void DutyPanel::loadShifts()
{
    runGuarded(this, [&] {
        const core::Actor& actor = m_context.actor();
        const QSignalBlocker blocker(m_shiftCombo);
        m_shiftCombo->clear();
        const QString staffUid = chosenStaffUid();
        m_session.reset();
        if (!staffUid.isEmpty()) {
            m_session = m_service.openSessionOfStaff(actor, staffUid);
            for (const core::ShiftLogService::PlannedShift& shift :
                 m_service.shiftsToOpen(actor, staffUid, core::Clock::now())) {
                m_shiftCombo->addItem(QStringLiteral("%1 %2  %3–%4")
                                          .arg(shift.date.toString(Qt::ISODate), shift.code,
                                               shift.startAt.toString(QStringLiteral("HH:mm")),
                                               shift.endAt.toString(QStringLiteral("HH:mm"))),
                                      shift.uid);
            }
        }
        if (m_session) {
            const int index = m_shiftCombo->findData(m_session->shiftUid);
            if (index >= 0)
                m_shiftCombo->setCurrentIndex(index);
        }
    });
    showSession();
}

void DutyPanel::loadResidents()
{
    m_residentCombo->setPeople(
        core::ResidentService(m_context.database())
            .choices(m_context.actor(), {}, core::ResidentFilter::Presence::CurrentOrLeftToday));
}

bool DutyPanel::showHandover(const core::ShiftLogService::Handover& handover)
{
    using State = core::ShiftLogService::Handover::State;
    if (handover.state == State::Ready && handover.previous) {
        const QString behalf = handover.previous->closedOnBehalfBy.isEmpty()
                                   ? QString()
                                   : tr(" (closed by %1 on her behalf)")
                                         .arg(handover.previous->closedOnBehalfBy.toHtmlEscaped());
        m_previousLabel->setText(
            tr("<b>%1</b>, shift %2 %3, closed at %4%5:<br>%6")
                .arg(handover.previous->staffName.toHtmlEscaped(),
                     handover.previous->shiftDate.toString(Qt::ISODate), handover.previous->shiftCode,
                     ShiftLogTableModel::shownTime(handover.previous->closedAt), behalf,
                     handover.previous->handoverNote.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                             QStringLiteral("<br>"))));
    } else {
        m_previousLabel->setText(handover.waitingMessage().toHtmlEscaped());
    }
    m_incidentsList->clear();
    for (const core::ShiftLogService::Entry& incident : handover.openIncidents) {
        auto* item = new QListWidgetItem(incidentLine(incident), m_incidentsList);
        item->setData(Qt::UserRole, incident.uid);
    }
    if (handover.openIncidents.isEmpty()) {
        auto* none = new QListWidgetItem(tr("(none)"), m_incidentsList);
        none->setFlags(Qt::NoItemFlags);
    }
    // Waiting for the preceding shift to close: read again until it has.
    if (handover.canAccept())
        m_waitTimer->stop();
    else if (!m_waitTimer->isActive())
        m_waitTimer->start();
    return handover.canAccept();
}

void DutyPanel::recheckHandover()
{
    if (isVisible() || m_waitTimer->isActive())
        showSession();
}

void DutyPanel::showSession()
{
    const bool canWrite = m_context.actor().can(core::Permission::WriteShiftLogs);
    const bool open = m_session.has_value();
    m_closeBox->setVisible(open);
    m_entriesBox->setVisible(open);
    m_formBox->setVisible(open);
    m_columns->setStretch(1, open ? 3 : 0);
    m_statusLabel->setStyleSheet(QString());
    if (!open) {
        // The handover the chosen shift takes over is read before opening it.
        QString status = m_closedMessage;
        if (!status.isEmpty())
            m_statusLabel->setStyleSheet(QStringLiteral("color: #1a7f37; font-weight: bold;"));
        else if (m_staffCombo->currentIndex() < 0)
            status = m_onBehalfLabel->isVisible() && !m_staffCombo->isEnabled()
                         ? QString()
                         : tr("Nobody is on duty now according to the roster; choose the nurse.");
        else if (m_shiftCombo->count() == 0)
            status = tr("No shift left to open today.");
        else
            status = tr("Read the handover, then open your shift.");
        m_statusLabel->setText(status);
        m_openButton->setEnabled(canWrite && m_shiftCombo->count() > 0);
        m_acceptButton->setEnabled(false);
        m_acceptedLabel->setText(tr("Opening the shift accepts the handover."));
        const QString shiftUid = m_shiftCombo->currentData().toString();
        if (shiftUid.isEmpty()) {
            m_waitTimer->stop();
            m_previousLabel->setText(tr("Choose a shift to see the handover it takes over."));
            m_incidentsList->clear();
        } else {
            runGuarded(this, [&] { showHandover(m_service.handoverFor(m_context.actor(), shiftUid)); });
        }
        updateActions();
        showStep();
        return;
    }
    m_openButton->setEnabled(false);
    const core::ShiftLogService::Session& session = *m_session;
    m_statusLabel->setText(tr("Shift %1 %2 of %3, opened at %4.")
                               .arg(session.shiftDate.toString(Qt::ISODate), session.shiftCode,
                                    session.staffName, ShiftLogTableModel::shownTime(session.openedAt)));
    runGuarded(this, [&] {
        const bool acceptable = showHandover(m_service.handover(m_context.actor(), session.uid));
        m_acceptedLabel->setText(
            !session.handoverAcceptedAt.isEmpty()
                ? tr("Accepted at %1").arg(ShiftLogTableModel::shownTime(session.handoverAcceptedAt))
            : acceptable ? tr("The handover is there: accept it.")
                         : tr("Waiting for the preceding shift to close"));
        m_acceptButton->setEnabled(canWrite && session.handoverAcceptedAt.isEmpty() && acceptable);
        const QList<core::ShiftLogService::Entry> entries =
            m_service.entriesOfShift(m_context.actor(), session.shiftUid);
        m_entriesTable->setRowCount(static_cast<int>(entries.size()));
        for (int row = 0; row < entries.size(); ++row) {
            const core::ShiftLogService::Entry& entry = entries.at(row);
            auto* time = new QTableWidgetItem(ShiftLogTableModel::shownTime(entry.writtenAt).mid(11));
            time->setData(Qt::UserRole, entry.uid);
            m_entriesTable->setItem(row, 0, time);
            m_entriesTable->setItem(row, 1, new QTableWidgetItem(entry.residentName));
            m_entriesTable->setItem(row, 2,
                                    new QTableWidgetItem(entry.incident == core::Incident::None
                                                             ? QString()
                                                             : core::incidentCodes().label(entry.incident)));
            m_entriesTable->setItem(row, 3,
                                    new QTableWidgetItem(ShiftLogTableModel::shownOccurrenceInShift(entry)));
            auto* text = new QTableWidgetItem(ShiftLogTableModel::shownSummary(entry));
            text->setToolTip(text->text());
            m_entriesTable->setItem(row, 4, text);
        }
        m_entriesTable->resizeColumnsToContents();
        // Sized to the contents the last column would stop there; the entry's text takes the rest.
        m_entriesTable->horizontalHeader()->setStretchLastSection(false);
        m_entriesTable->horizontalHeader()->setStretchLastSection(true);
    });
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_summaryEdit, m_residentCombo, m_incidentCombo, m_handoverEdit})
        widget->setEnabled(canWrite);
    // Without an incident the time field rests at now, ready when one is chosen.
    if (static_cast<core::Incident>(m_incidentCombo->currentData().toInt()) == core::Incident::None)
        setOccurrence(nullptr);
    if (m_correctsUid.isEmpty() && m_resolvesUid.isEmpty() && m_editingUid.isEmpty()) {
        m_modeLabel->setVisible(false);
        m_cancelModeButton->setVisible(false);
    }
    updateActions();
    showStep();
}

void DutyPanel::updateActions()
{
    const bool canWrite = m_context.actor().can(core::Permission::WriteShiftLogs);
    const bool open = m_session.has_value();
    const QListWidgetItem* incident = m_incidentsList->currentItem();
    m_followUpButton->setEnabled(canWrite && open && incident && incident->isSelected() &&
                                 !incident->data(Qt::UserRole).toString().isEmpty());
    const bool entrySelected = !m_entriesTable->selectedItems().isEmpty();
    m_editButton->setEnabled(canWrite && open && entrySelected);
    m_deleteButton->setEnabled(canWrite && open && entrySelected);
    m_addButton->setEnabled(canWrite && open && !m_summaryEdit->toPlainText().trimmed().isEmpty());
    m_closeButton->setEnabled(canWrite && open && !m_handoverEdit->toPlainText().trimmed().isEmpty());
    const bool isIncident =
        static_cast<core::Incident>(m_incidentCombo->currentData().toInt()) != core::Incident::None;
    m_occurredEdit->setEnabled(canWrite && open && isIncident);
    m_occurredLabel->setEnabled(m_occurredEdit->isEnabled());
}

void DutyPanel::showStep()
{
    // 1 read the handover, 2 open (接班), 3 write, 4 hand over (交班); accepting a handover that
    // came late is part of step 2.
    int step = 1;
    if (m_session)
        step = m_session->handoverAcceptedAt.isEmpty() && m_acceptButton->isEnabled() ? 2 : 3;
    const QStringList names{tr("Read the handover"),
                            m_session && m_session->handoverAcceptedAt.isEmpty() ? tr("Accept handover")
                                                                                 : tr("Open shift"),
                            tr("Write entries"), tr("Hand over and close")};
    QStringList parts;
    for (int i = 0; i < names.size(); ++i) {
        const QString text = QStringLiteral("%1 %2").arg(i + 1).arg(names.at(i).toHtmlEscaped());
        parts.append(i + 1 == step ? QStringLiteral("<b>%1</b>").arg(text)
                                   : QStringLiteral("<span style=\"color:#888\">%1</span>").arg(text));
    }
    m_stepsLabel->setText(parts.join(QStringLiteral(" &nbsp;›&nbsp; ")));
}

void DutyPanel::setOccurrence(const core::ShiftLogService::Entry* entry)
{
    const QDateTime at = entry && entry->incident != core::Incident::None
                             ? core::Clock::parseTimestamp(entry->happenedAt())
                             : core::Clock::now();
    showWallTime(m_occurredEdit, at);
}

void DutyPanel::clearForm()
{
    m_correctsUid.clear();
    m_resolvesUid.clear();
    m_editingUid.clear();
    m_addButton->setText(tr("Add entry"));
    m_summaryEdit->clear();
    m_residentCombo->setCurrentIndex(0);
    m_incidentCombo->setCurrentIndex(0);
    setOccurrence(nullptr);
    m_modeLabel->clear();
    m_modeLabel->setVisible(false);
    m_cancelModeButton->setVisible(false);
    updateActions();
}

void DutyPanel::startCorrection(const core::ShiftLogService::Entry& entry)
{
    clearForm();
    m_correctsUid = entry.uid;
    m_modeLabel->setText(
        tr("Correcting the entry of %1 by %2: “%3”")
            .arg(ShiftLogTableModel::shownTime(entry.writtenAt), entry.authorName, entry.summary));
    m_modeLabel->setVisible(true);
    m_cancelModeButton->setVisible(true);
    m_summaryEdit->setPlainText(entry.summary);
    m_residentCombo->setCurrentPerson({entry.residentUid, entry.residentName, {}});
    m_incidentCombo->setCurrentIndex(
        std::max(m_incidentCombo->findData(static_cast<int>(entry.incident)), 0));
    setOccurrence(&entry);
    m_summaryEdit->setFocus();
}

bool DutyPanel::openSelectedShift()
{
    const QString shiftUid = m_shiftCombo->currentData().toString();
    if (shiftUid.isEmpty())
        return false;
    m_closedMessage.clear();
    const bool done = runGuarded(this, [&] {
        m_session = m_service.openShift(m_context.actor(), shiftUid);
        // The handover was in front of her when she took over: opening accepts it. While the
        // preceding shift is still open, she accepts it once it has closed.
        if (m_session->handoverAcceptedAt.isEmpty() &&
            m_service.handover(m_context.actor(), m_session->uid).canAccept()) {
            m_service.acceptHandover(m_context.actor(), m_session->uid);
            m_session = m_service.session(m_context.actor(), m_session->uid);
        }
    });
    showSession();
    if (done) {
        m_summaryEdit->setFocus();
        Q_EMIT logChanged();
    }
    return done;
}

bool DutyPanel::acceptHandover()
{
    if (!m_session)
        return false;
    const bool done = runGuarded(this, [&] {
        m_service.acceptHandover(m_context.actor(), m_session->uid);
        m_session = m_service.session(m_context.actor(), m_session->uid);
    });
    showSession();
    if (done)
        m_summaryEdit->setFocus(); // the next thing to do is the first entry, not the handover note
    return done;
}

bool DutyPanel::followUpSelectedIncident()
{
    const QListWidgetItem* item = m_incidentsList->currentItem();
    if (!m_session || !item || item->data(Qt::UserRole).toString().isEmpty())
        return false;
    clearForm();
    m_resolvesUid = item->data(Qt::UserRole).toString();
    m_modeLabel->setText(tr("Following up: %1").arg(item->text()));
    m_modeLabel->setVisible(true);
    m_cancelModeButton->setVisible(true);
    runGuarded(this, [&] {
        const core::ShiftLogService::Entry incident = m_service.entry(m_context.actor(), m_resolvesUid);
        m_residentCombo->setCurrentPerson({incident.residentUid, incident.residentName, {}});
    });
    m_summaryEdit->setFocus();
    return true;
}

bool DutyPanel::addEntry()
{
    if (!m_session)
        return false;
    core::ShiftLogService::NewEntry entry;
    entry.summary = m_summaryEdit->toPlainText();
    entry.residentUid = m_residentCombo->currentUid();
    entry.incident = static_cast<core::Incident>(m_incidentCombo->currentData().toInt());
    entry.correctsUid = m_correctsUid;
    entry.resolvesUid = m_resolvesUid;
    if (entry.incident != core::Incident::None)
        entry.occurredAt = wallTimeOf(m_occurredEdit);
    const bool done = runGuarded(this, [&] {
        if (m_editingUid.isEmpty())
            m_service.addEntry(m_context.actor(), m_session->uid, entry);
        else
            m_service.editEntry(m_context.actor(), m_editingUid, entry);
    });
    if (done) {
        clearForm();
        showSession();
        m_summaryEdit->setFocus();
        Q_EMIT logChanged();
    }
    return done;
}

bool DutyPanel::editSelectedEntry()
{
    const int row = m_entriesTable->currentRow();
    if (!m_session || row < 0 || !m_entriesTable->item(row, 0))
        return false;
    const QString uid = m_entriesTable->item(row, 0)->data(Qt::UserRole).toString();
    core::ShiftLogService::Entry entry;
    if (!runGuarded(this, [&] { entry = m_service.entry(m_context.actor(), uid); }))
        return false;
    clearForm();
    m_editingUid = uid;
    m_addButton->setText(tr("Save changes"));
    m_modeLabel->setText(tr("Editing the entry of %1").arg(ShiftLogTableModel::shownTime(entry.writtenAt)));
    m_modeLabel->setVisible(true);
    m_cancelModeButton->setVisible(true);
    m_summaryEdit->setPlainText(entry.summary);
    m_residentCombo->setCurrentPerson({entry.residentUid, entry.residentName, {}});
    m_incidentCombo->setCurrentIndex(
        std::max(m_incidentCombo->findData(static_cast<int>(entry.incident)), 0));
    setOccurrence(&entry);
    m_summaryEdit->setFocus();
    return true;
}

bool DutyPanel::deleteSelectedEntry()
{
    const int row = m_entriesTable->currentRow();
    if (!m_session || row < 0 || !m_entriesTable->item(row, 0))
        return false;
    const QString uid = m_entriesTable->item(row, 0)->data(Qt::UserRole).toString();
    const bool done = runGuarded(this, [&] { m_service.deleteEntry(m_context.actor(), uid); });
    showSession();
    if (done)
        Q_EMIT logChanged();
    return done;
}

bool DutyPanel::closeShift()
{
    if (!m_session)
        return false;
    const QString label =
        m_session->shiftDate.toString(Qt::ISODate) + QLatin1Char(' ') + m_session->shiftCode;
    if (!confirmAction(this, tr("Hand over and close the shift"),
                       tr("Close shift %1 with this handover note? The next shift reads it; entries of a "
                          "closed shift are no longer changed, only corrected.")
                           .arg(label),
                       tr("Hand over and close")))
        return false;
    const bool done = runGuarded(this, [&] {
        m_service.closeShift(m_context.actor(), m_session->uid, m_handoverEdit->toPlainText());
    });
    if (!done)
        return false;
    const QString closed = tr("Shift %1 closed and handed over at %2.")
                               .arg(label, core::Clock::now().toString(QStringLiteral("HH:mm")));
    m_session.reset();
    m_handoverEdit->clear();
    clearForm();
    m_closedMessage = closed;
    loadStaff();
    Q_EMIT logChanged();
    return true;
}

} // namespace jinglao::ui
