#include "audit/AuditPage.h"

#include "audit/AuditTableModel.h"
#include "auth/AuditLog.h"
#include "auth/AuditSubjects.h"
#include "common/AppContext.h"
#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/EmptyStateHint.h"
#include "common/ErrorDialog.h"
#include "common/PageHeader.h"
#include "common/TableExportButton.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace jinglao::ui {

namespace {
// The earliest date of the date filters means "no limit" and shows as "any".
const QDate noLimit(2000, 1, 1);

QDateEdit* dateFilter(QWidget* parent, const QString& name)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noLimit);
    edit->setSpecialValueText(AuditPage::tr("any"));
    edit->setDate(noLimit);
    return edit;
}
} // namespace

AuditPage::AuditPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    m_header = new PageHeader(title(), this);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_header->addAction(m_export);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);

    auto* filters = new QGridLayout;
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditUserComboBox"));
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("auditTableComboBox"));
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("auditRecordLineEdit"));
    m_record->setPlaceholderText(tr("record uid (shown when pointing at a record)"));
    m_record->setClearButtonEnabled(true);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionComboBox"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString& code : core::auditActionCodes().codes())
        m_action->addItem(core::AuditLog::actionLabel(code), code);
    m_from = dateFilter(this, QStringLiteral("auditFromDateEdit"));
    m_to = dateFilter(this, QStringLiteral("auditToDateEdit"));
    filters->addWidget(new QLabel(tr("User:"), this), 0, 0);
    filters->addWidget(m_actor, 0, 1);
    filters->addWidget(new QLabel(tr("Table:"), this), 0, 2);
    filters->addWidget(m_table, 0, 3);
    filters->addWidget(new QLabel(tr("Action:"), this), 0, 4);
    filters->addWidget(m_action, 0, 5);
    filters->addWidget(new QLabel(tr("Record:"), this), 1, 0);
    filters->addWidget(m_record, 1, 1);
    filters->addWidget(new QLabel(tr("From:"), this), 1, 2);
    filters->addWidget(m_from, 1, 3);
    filters->addWidget(new QLabel(tr("To:"), this), 1, 4);
    filters->addWidget(m_to, 1, 5);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_model = new AuditTableModel(context.database(), this);
    // A page that fails to load is reported here, after the view's own code has returned.
    connect(
        m_model, &AuditTableModel::loadFailed, this,
        [this](const QString& message) { showError(this, message); }, Qt::QueuedConnection);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditTableModel::AtColumn, 150);
    m_view->setColumnWidth(AuditTableModel::ActorColumn, 110);
    m_view->setColumnWidth(AuditTableModel::TableColumn, 110);
    m_view->setColumnWidth(AuditTableModel::RecordColumn, 260);
    m_empty = new EmptyStateHint(m_view, QStringLiteral("auditEmptyLabel"));
    m_header->addAction(new TableExportButton(context, m_view,
                                              {QStringLiteral("audit"), QStringLiteral("audit_log"), title()},
                                              {m_actor, m_table, m_action, m_record, m_from, m_to}, this));

    auto* details = new QWidget(splitter);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    m_detail = new QLabel(details);
    m_detail->setObjectName(QStringLiteral("auditDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes = new QTableWidget(0, 3, details);
    m_changes->setObjectName(QStringLiteral("auditDetailsTableWidget"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Old value"), tr("New value")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    detailsLayout->addWidget(m_detail);
    detailsLayout->addWidget(m_changes, 1);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_table, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_record, &QLineEdit::editingFinished, this, &AuditPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetails);
}

QString AuditPage::title() const
{
    return tr("Audit log");
}

bool AuditPage::isAvailableTo(const core::Actor& actor) const
{
    return actor.can(core::Permission::ViewAudit);
}

core::AuditFilter AuditPage::filter() const
{
    core::AuditFilter filter;
    filter.actor = m_actor->currentData().toString();
    filter.table = m_table->currentData().toString();
    filter.recordUid = m_record->text().trimmed();
    filter.action = m_action->currentData().toString();
    if (m_from->date() != noLimit)
        filter.from = m_from->date();
    if (m_to->date() != noLimit)
        filter.to = m_to->date();
    return filter;
}

void AuditPage::reloadChoices()
{
    const core::Actor& actor = context().actor();
    const QSignalBlocker blockActor(m_actor);
    const QSignalBlocker blockTable(m_table);
    const QString chosenActor = m_actor->currentData().toString();
    const QString chosenTable = m_table->currentData().toString();
    m_actor->clear();
    m_table->clear();
    m_actor->addItem(tr("All users"), QString());
    m_table->addItem(tr("All tables"), QString());
    if (!actor.can(core::Permission::ViewAudit))
        return;
    core::AuditQuery query(context().database());
    for (const QString& name : query.actors(actor))
        m_actor->addItem(name, name);
    for (const QString& name : query.tables(actor))
        m_table->addItem(core::AuditSubjects::tableLabel(name), name);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(chosenActor)));
    m_table->setCurrentIndex(std::max(0, m_table->findData(chosenTable)));
}

void AuditPage::refresh()
{
    const bool allowed = context().actor().can(core::Permission::ViewAudit);
    m_export->setEnabled(allowed);
    reloadChoices();
    reload();
}

void AuditPage::reload()
{
    const core::AuditFilter chosen = filter();
    qint64 count = 0;
    runGuarded(this, [&] {
        m_model->load(context().actor(), chosen);
        if (context().actor().can(core::Permission::ViewAudit))
            count = core::AuditQuery(context().database()).count(context().actor(), chosen);
    });
    const bool filtered = !chosen.actor.isEmpty() || !chosen.table.isEmpty() || !chosen.recordUid.isEmpty() ||
                          !chosen.action.isEmpty() || chosen.from.isValid() || chosen.to.isValid();
    const int shown = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (!context().actor().can(core::Permission::ViewAudit))
        m_header->setSummary(tr("Only administrators can read the audit log."));
    else if (filtered)
        m_header->setSummary(
            tr("%n entry(ies) match the filters; entries cannot be changed or deleted.", nullptr, shown));
    else
        m_header->setSummary(
            tr("%n entry(ies): every change, login and export, kept unchangeable.", nullptr, shown));
    m_empty->setText(filtered ? tr("No entry matches the filters.") : tr("The audit log is empty."));
    // The newest entry is selected and its changes shown.
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showDetails();
}

void AuditPage::showDetails()
{
    m_changes->setRowCount(0);
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_detail->clear();
        return;
    }
    const core::AuditEntry& entry = m_model->entry(current.row());
    QString text = tr("%1 by %2 at %3")
                       .arg(core::AuditLog::actionLabel(entry.action), entry.actor,
                            core::Clock::displayTimestamp(entry.at));
    if (!entry.table.isEmpty()) {
        const QString table = core::AuditSubjects::tableLabel(entry.table);
        if (entry.recordUid.isEmpty())
            text += tr(" — %1").arg(table);
        else if (entry.subject.isEmpty())
            text += tr(" — %1, record %2").arg(table, entry.recordUid);
        else
            //: The audit details: the table, what the record is, and its uid for those who need it.
            text += tr(" — %1: %2 (record %3)").arg(table, entry.subject, entry.recordUid);
    }
    if (!entry.detail.isEmpty())
        text += QStringLiteral("\n") + entry.detail;
    m_detail->setText(text);
    const QList<core::AuditFieldChange> changes = core::AuditQuery::fieldChanges(entry);
    m_changes->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        m_changes->setItem(row, 0, new QTableWidgetItem(changes.at(row).field));
        m_changes->setItem(row, 1, new QTableWidgetItem(changes.at(row).oldValue));
        m_changes->setItem(row, 2, new QTableWidgetItem(changes.at(row).newValue));
    }
}

bool AuditPage::exportTo(const QString& path)
{
    const core::Actor actor = context().actor();
    const core::AuditFilter chosen = filter();
    const TaskOutcome outcome =
        runInBackground(this, tr("Exporting the audit log…"), context().database(),
                        [&](core::Database& connection, TaskProgress&) {
                            core::AuditQuery(connection).exportCsv(actor, chosen, path);
                        });
    context().notifyDataChanged();
    if (!outcome.succeeded) {
        showError(this, outcome.errorMessage);
        return false;
    }
    context().tellSaved(path);
    return true;
}

void AuditPage::exportCsv()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("audit-%1.csv").arg(core::Clock::today().toString(QStringLiteral("yyyyMMdd"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace jinglao::ui
