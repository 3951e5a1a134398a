#include "shiftlog/DutyPanel.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/ErrorDialog.h"
#include "shiftlog/ShiftLogTableModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
QString incidentLine(const core::ShiftLogService::Entry& entry)
{
    QString line = ShiftLogTableModel::shownTime(entry.writtenAt) + QLatin1Char(' ') +
                   core::incidentLabel(entry.incident);
    if (!entry.residentName.isEmpty())
        line += QLatin1Char(' ') + entry.residentName;
    return line + QStringLiteral(": ") + entry.summary;
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
    m_staffCombo = new QComboBox(this);
    m_staffCombo->setObjectName(QStringLiteral("staffComboBox"));
    m_staffCombo->setMinimumWidth(140);
    m_shiftCombo = new QComboBox(this);
    m_shiftCombo->setObjectName(QStringLiteral("shiftComboBox"));
    m_shiftCombo->setMinimumWidth(220);
    m_openButton = new QPushButton(tr("Open shift"), this);
    m_openButton->setObjectName(QStringLiteral("openShiftButton"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("dutyStatusLabel"));
    m_statusLabel->setWordWrap(true);
    chooser->addWidget(new QLabel(tr("Nurse on duty:"), this));
    chooser->addWidget(m_staffCombo);
    chooser->addWidget(new QLabel(tr("Shift:"), this));
    chooser->addWidget(m_shiftCombo);
    chooser->addWidget(m_openButton);
    chooser->addWidget(m_statusLabel, 1);
    layout->addLayout(chooser);

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
    m_entriesTable = new QTableWidget(0, 4, m_entriesBox);
    m_entriesTable->setObjectName(QStringLiteral("sessionEntriesTableWidget"));
    m_entriesTable->setHorizontalHeaderLabels({tr("Time"), tr("Resident"), tr("Incident"), tr("Entry")});
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
    auto* fields = new QHBoxLayout;
    m_residentCombo = new QComboBox(m_formBox);
    m_residentCombo->setObjectName(QStringLiteral("entryResidentComboBox"));
    m_residentCombo->setMinimumWidth(140);
    m_incidentCombo = new QComboBox(m_formBox);
    m_incidentCombo->setObjectName(QStringLiteral("entryIncidentComboBox"));
    m_incidentCombo->addItem(core::incidentLabel(core::Incident::None),
                             static_cast<int>(core::Incident::None));
    for (core::Incident incident : core::allIncidents())
        m_incidentCombo->addItem(core::incidentLabel(incident), static_cast<int>(incident));
    m_addButton = new QPushButton(tr("Add entry"), m_formBox);
    m_addButton->setObjectName(QStringLiteral("addEntryButton"));
    fields->addWidget(new QLabel(tr("Resident:"), m_formBox));
    fields->addWidget(m_residentCombo);
    fields->addWidget(new QLabel(tr("Incident:"), m_formBox));
    fields->addWidget(m_incidentCombo);
    fields->addStretch(1);
    fields->addWidget(m_addButton);
    formLayout->addLayout(fields);
    right->addWidget(m_formBox, 2);

    layout->addWidget(m_sessionWidget, 1);
    layout->addStretch();

    connect(m_staffCombo, &QComboBox::currentIndexChanged, this, [this] { loadShifts(); });
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
    return m_staffCombo->currentData().toString();
}

void DutyPanel::loadStaff()
{
    const core::Actor& actor = m_context.actor();
    const QString previous = chosenStaffUid();
    const QSignalBlocker blocker(m_staffCombo);
    m_staffCombo->clear();
    m_onBehalfLabel->clear();
    const bool canWrite = actor.can(core::Permission::WriteShiftLogs);
    const QString own = m_service.staffUidOfActor(actor);
    if (!own.isEmpty()) {
        // A nurse logged in with a staff record logs their own shift.
        for (const core::ShiftLogService::Choice& choice : m_service.staffChoices(actor)) {
            if (choice.uid == own)
                m_staffCombo->addItem(choice.name, choice.uid);
        }
        m_staffCombo->setEnabled(false);
    } else if (canWrite && core::ShiftLogService::writesOnlyOwnShifts(actor)) {
        // Not offered anyone else's shift: she is told why she cannot log hers.
        m_staffCombo->setEnabled(false);
        m_onBehalfLabel->setText(
            tr("Your account %1 is not linked to a staff record, so you cannot write the "
               "shift log. Ask an administrator to link it to your staff record on the User "
               "accounts page.")
                .arg(actor.name()));
    } else {
        for (const core::ShiftLogService::Choice& choice : m_service.staffOnDuty(actor, core::Clock::now()))
            m_staffCombo->addItem(choice.name, choice.uid);
        if (canWrite)
            m_onBehalfLabel->setText(
                tr("You write on behalf of the nurse chosen; the log records that %1 entered it.")
                    .arg(actor.name()));
    }
    m_onBehalfLabel->setVisible(!m_onBehalfLabel->text().isEmpty());
    const int index = m_staffCombo->findData(previous);
    m_staffCombo->setCurrentIndex(index >= 0 ? index : 0);
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
    const QString previous = m_residentCombo->currentData().toString();
    m_residentCombo->clear();
    m_residentCombo->addItem(tr("(no resident)"), QString());
    for (const core::ShiftLogService::Choice& choice : m_service.residentChoices(m_context.actor(), false))
        m_residentCombo->addItem(choice.name, choice.uid);
    const int index = m_residentCombo->findData(previous);
    m_residentCombo->setCurrentIndex(index >= 0 ? index : 0);
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
    if (handover.openIncidents.isEmpty())
        new QListWidgetItem(tr("(none)"), m_incidentsList);
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
    if (!open) {
        // The handover the chosen shift takes over is read before opening it.
        m_statusLabel->setText(m_staffCombo->count() == 0
                                   ? (m_onBehalfLabel->isVisible() && !m_staffCombo->isEnabled()
                                          ? QString()
                                          : tr("Nobody is on duty now according to the roster."))
                               : m_shiftCombo->count() == 0 ? tr("No shift left to open today.")
                                                            : tr("Read the handover, then open your shift."));
        m_openButton->setEnabled(canWrite && m_shiftCombo->count() > 0);
        m_acceptButton->setEnabled(false);
        m_followUpButton->setEnabled(false);
        m_acceptedLabel->setText(tr("Open your shift to accept the handover."));
        const QString shiftUid = m_shiftCombo->currentData().toString();
        if (shiftUid.isEmpty()) {
            m_waitTimer->stop();
            m_previousLabel->setText(tr("Choose a shift to see the handover it takes over."));
            m_incidentsList->clear();
            return;
        }
        runGuarded(this, [&] { showHandover(m_service.handoverFor(m_context.actor(), shiftUid)); });
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
            : acceptable ? tr("Not accepted yet")
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
                                                             : core::incidentLabel(entry.incident)));
            auto* text = new QTableWidgetItem(ShiftLogTableModel::shownSummary(entry));
            text->setToolTip(text->text());
            m_entriesTable->setItem(row, 3, text);
        }
        m_entriesTable->resizeColumnsToContents();
    });
    for (QWidget* widget : std::initializer_list<QWidget*>{m_followUpButton, m_editButton, m_deleteButton,
                                                           m_summaryEdit, m_residentCombo, m_incidentCombo,
                                                           m_addButton, m_handoverEdit, m_closeButton})
        widget->setEnabled(canWrite);
    if (m_correctsUid.isEmpty() && m_resolvesUid.isEmpty() && m_editingUid.isEmpty()) {
        m_modeLabel->setVisible(false);
        m_cancelModeButton->setVisible(false);
    }
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
    m_modeLabel->clear();
    m_modeLabel->setVisible(false);
    m_cancelModeButton->setVisible(false);
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
    int index = m_residentCombo->findData(entry.residentUid);
    if (index < 0 && !entry.residentUid.isEmpty()) {
        m_residentCombo->addItem(entry.residentName, entry.residentUid);
        index = m_residentCombo->count() - 1;
    }
    m_residentCombo->setCurrentIndex(std::max(index, 0));
    m_incidentCombo->setCurrentIndex(
        std::max(m_incidentCombo->findData(static_cast<int>(entry.incident)), 0));
    m_summaryEdit->setFocus();
}

bool DutyPanel::openSelectedShift()
{
    const QString shiftUid = m_shiftCombo->currentData().toString();
    if (shiftUid.isEmpty())
        return false;
    const bool done = runGuarded(this, [&] { m_session = m_service.openShift(m_context.actor(), shiftUid); });
    showSession();
    if (done)
        Q_EMIT logChanged();
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
        m_residentCombo->setCurrentIndex(std::max(m_residentCombo->findData(incident.residentUid), 0));
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
    entry.residentUid = m_residentCombo->currentData().toString();
    entry.incident = static_cast<core::Incident>(m_incidentCombo->currentData().toInt());
    entry.correctsUid = m_correctsUid;
    entry.resolvesUid = m_resolvesUid;
    const bool done = runGuarded(this, [&] {
        if (m_editingUid.isEmpty())
            m_service.addEntry(m_context.actor(), m_session->uid, entry);
        else
            m_service.editEntry(m_context.actor(), m_editingUid, entry);
    });
    if (done) {
        clearForm();
        showSession();
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
    m_residentCombo->setCurrentIndex(std::max(m_residentCombo->findData(entry.residentUid), 0));
    m_incidentCombo->setCurrentIndex(
        std::max(m_incidentCombo->findData(static_cast<int>(entry.incident)), 0));
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
    const bool done = runGuarded(this, [&] {
        m_service.closeShift(m_context.actor(), m_session->uid, m_handoverEdit->toPlainText());
    });
    if (!done)
        return false;
    const QString closed = tr("Shift %1 %2 closed and handed over.")
                               .arg(m_session->shiftDate.toString(Qt::ISODate), m_session->shiftCode);
    m_session.reset();
    m_handoverEdit->clear();
    clearForm();
    loadStaff();
    m_statusLabel->setText(closed);
    Q_EMIT logChanged();
    return true;
}

} // namespace jinglao::ui
