#include "residents/ResidentsPage.h"

#include "common/AppContext.h"
#include "common/EmptyStateHint.h"
#include "common/ErrorDialog.h"
#include "common/PageHeader.h"
#include "common/SearchField.h"
#include "common/TableExportButton.h"
#include "residents/AdmissionDialog.h"
#include "residents/ResidentDetailView.h"
#include "residents/ResidentTableModel.h"
#include "sheets/SheetImportDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jinglao::ui {

ResidentsPage::ResidentsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    m_header = new PageHeader(title(), this);
    m_admit = new QPushButton(tr("Admit…"), this);
    m_admit->setObjectName(QStringLiteral("admitButton"));
    m_header->addAction(m_admit);
    m_importSheet = new QPushButton(tr("Import from spreadsheet…"), this);
    m_importSheet->setObjectName(QStringLiteral("importSheetButton"));
    m_importSheet->setToolTip(
        tr("Admit the residents of an existing roster (花名册, .xlsx or .csv) into their beds"));
    m_header->addAction(m_importSheet);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);

    auto* bar = new QHBoxLayout;
    m_search = new SearchField(this, QStringLiteral("residentSearchLineEdit"),
                               tr("Search: name, pinyin (zs / zhangsan), ID tail, bed"));
    m_search->setMinimumWidth(260);
    m_presence = new QComboBox(this);
    m_presence->setObjectName(QStringLiteral("presenceComboBox"));
    m_presence->addItem(tr("Current residents"), static_cast<int>(core::ResidentFilter::Presence::Current));
    m_presence->addItem(tr("Former residents"), static_cast<int>(core::ResidentFilter::Presence::Former));
    m_presence->addItem(tr("All residents"), static_cast<int>(core::ResidentFilter::Presence::All));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_category->addItem(tr("All categories"), QString());
    for (core::ResidentCategory category : core::residentCategoryCodes().values())
        m_category->addItem(core::residentCategoryCodes().label(category),
                            core::residentCategoryCodes().code(category));
    m_careLevel = new QComboBox(this);
    m_careLevel->setObjectName(QStringLiteral("careLevelComboBox"));
    m_careLevel->addItem(tr("All care levels"), -2);
    for (int level = 0; level <= 4; ++level)
        m_careLevel->addItem(core::ResidentService::careLevelLabel(level), level);
    m_careLevel->addItem(core::ResidentService::careLevelLabel(-1), -1);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_presence);
    bar->addWidget(m_category);
    bar->addWidget(m_careLevel);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("residentSplitter"));
    m_model = new ResidentTableModel(context, this);
    // A page that fails to load is reported here, after the view's own code has returned.
    connect(
        m_model, &ResidentTableModel::loadFailed, this,
        [this](const QString& message) { showError(this, message); }, Qt::QueuedConnection);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("residentTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ResidentTableModel::Bed, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // No column grows past this, so the list fits beside the details in any language (a long
    // English category is cut short, whole in its tooltip).
    m_table->horizontalHeader()->setMaximumSectionSize(140);
    m_empty = new EmptyStateHint(m_table, QStringLiteral("residentEmptyLabel"));
    m_header->addAction(new TableExportButton(
        context, m_table, {QStringLiteral("residents"), QStringLiteral("residents"), title()},
        {m_search, m_presence, m_category, m_careLevel}, this));
    m_detail = new ResidentDetailView(context, splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 400});
    layout->addWidget(splitter, 1);

    connect(m_search, &SearchField::searchRequested, this, &ResidentsPage::applyFilter);
    for (QComboBox* box : {m_presence, m_category, m_careLevel})
        connect(box, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilter);
    connect(m_admit, &QPushButton::clicked, this, &ResidentsPage::startAdmission);
    connect(m_importSheet, &QPushButton::clicked, this, &ResidentsPage::startSheetImport);
    // After a discharge the person stays selected with the outcome in the details (the list then
    // shows current and former residents), rather than vanishing from a list of current ones.
    connect(m_detail, &ResidentDetailView::residentChanged, this, &ResidentsPage::showResident);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResidentsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResidentsPage::showCount);
}

void ResidentsPage::showCount()
{
    const core::ResidentFilter& filter = m_model->filter();
    const int count = m_model->totalCount();
    const bool narrowed = !filter.search.trimmed().isEmpty() || filter.category || filter.careLevel;
    using Presence = core::ResidentFilter::Presence;
    QString summary = filter.presence == Presence::Current ? tr("%n current resident(s)", nullptr, count)
                      : filter.presence == Presence::Former
                          ? tr("%n former resident(s)", nullptr, count)
                          : tr("%n resident(s), current and former", nullptr, count);
    if (narrowed)
        summary = tr("%1 match the search and filters").arg(summary);
    m_header->setSummary(count > 0
                             ? tr("%1; select one for the details, bed history, assessments and shift-log "
                                  "entries.")
                                   .arg(summary)
                             : summary);
    m_empty->setText(narrowed ? tr("No resident matches the search and filters.")
                     : filter.presence == Presence::Former
                         ? tr("No former residents.")
                         : tr("No residents yet — admit the first one with "
                              "“Admit…”, or click a free bed on the Beds page."));
}

QString ResidentsPage::title() const
{
    return tr("Residents");
}

void ResidentsPage::applyFilter()
{
    core::ResidentFilter filter = m_model->filter();
    filter.search = m_search->text();
    filter.presence = static_cast<core::ResidentFilter::Presence>(m_presence->currentData().toInt());
    const QString category = m_category->currentData().toString();
    filter.category = category.isEmpty() ? std::nullopt : core::residentCategoryCodes().fromCode(category);
    const int level = m_careLevel->currentData().toInt();
    filter.careLevel = level == -2 ? std::nullopt : std::optional<int>(level);
    const QString selected = m_detail->residentUid();
    m_model->setFilter(filter);
    m_table->setColumnHidden(ResidentTableModel::DischargeDate,
                             filter.presence == core::ResidentFilter::Presence::Current);
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_detail->setResident(QString());
}

void ResidentsPage::refresh()
{
    m_admit->setEnabled(context().actor().can(core::Permission::ManageResidents));
    m_importSheet->setEnabled(context().actor().can(core::Permission::ManageResidents));
    const QString selected = m_detail->residentUid();
    m_model->reload();
    m_table->setColumnHidden(ResidentTableModel::DischargeDate,
                             m_model->filter().presence == core::ResidentFilter::Presence::Current);
    const int row = m_model->rowOf(selected);
    if (row >= 0) {
        m_table->selectRow(row);
        m_detail->setResident(selected);
    } else if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    } else {
        m_detail->setResident(QString());
    }
}

void ResidentsPage::selectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString uid = m_model->residentUid(current.row());
    if (uid != m_detail->residentUid())
        m_detail->setResident(uid);
}

void ResidentsPage::showResident(const QString& residentUid)
{
    if (m_model->rowOf(residentUid) < 0) {
        m_search->clearQuietly();
        m_presence->setCurrentIndex(
            m_presence->findData(static_cast<int>(core::ResidentFilter::Presence::All)));
        applyFilter();
        while (m_model->rowOf(residentUid) < 0 && m_model->canFetchMore({}))
            m_model->fetchMore({});
    }
    const int row = m_model->rowOf(residentUid);
    if (row >= 0)
        m_table->selectRow(row);
    m_detail->setResident(residentUid);
}

bool ResidentsPage::showsRecordsOf(const QString& table) const
{
    return table == QStringLiteral("residents");
}

bool ResidentsPage::openRecord(const core::RecordRef& record)
{
    if (!showsRecordsOf(record.table))
        return false;
    if (m_model->rowOf(record.uid) < 0) {
        m_search->clearQuietly();
        m_presence->setCurrentIndex(
            m_presence->findData(static_cast<int>(core::ResidentFilter::Presence::All)));
        applyFilter();
        while (m_model->rowOf(record.uid) < 0 && m_model->canFetchMore({}))
            m_model->fetchMore({});
    }
    // A resident nobody can list (a uid that is not there) is not shown as an empty detail view.
    if (m_model->rowOf(record.uid) < 0)
        return false;
    showResident(record.uid);
    return true;
}

void ResidentsPage::startAdmission()
{
    auto* dialog = new AdmissionDialog(context(), QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { showResident(dialog->residentUid()); });
    dialog->open();
}

void ResidentsPage::startSheetImport()
{
    auto* dialog = new SheetImportDialog(context(), core::SheetKind::Residents, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ResidentsPage::refresh);
    dialog->open();
}

} // namespace jinglao::ui
