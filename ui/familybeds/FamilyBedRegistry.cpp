#include "familybeds/FamilyBedRegistry.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/ErrorDialog.h"
#include "common/ReadOnlyTable.h"
#include "common/TableExportButton.h"
#include "familybeds/FamilyBedDetailView.h"
#include "familybeds/FamilyBedService.h"
#include "familybeds/FamilyBedTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
using Agreements = core::FamilyBedService::Filter::Agreements;
}

FamilyBedRegistry::FamilyBedRegistry(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("familyBedSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search: name or pinyin (lf / liufang)"));
    m_search->setClearButtonEnabled(true);
    m_special = new QComboBox(this);
    m_special->setObjectName(QStringLiteral("specialFilterComboBox"));
    m_special->addItem(tr("All elders"), 0);
    m_special->addItem(tr("Special-difficulty elders"), 1);
    m_special->addItem(tr("Other elders"), 2);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("agreementFilterComboBox"));
    m_state->addItem(tr("Any agreement state"), static_cast<int>(Agreements::Any));
    m_state->addItem(tr("Agreement active"), static_cast<int>(Agreements::Active));
    m_state->addItem(tr("Agreement upcoming"), static_cast<int>(Agreements::Upcoming));
    m_state->addItem(tr("Agreement ended"), static_cast<int>(Agreements::Ended));
    m_state->addItem(tr("No agreement"), static_cast<int>(Agreements::None));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("familyBedCountLabel"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_special);
    bar->addWidget(m_state);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new FamilyBedTableModel(this);
    m_table = makeRecordTableView(splitter, QStringLiteral("familyBedTableView"), m_model);
    m_detail = new FamilyBedDetailView(context, splitter);
    bar->addWidget(new TableExportButton(
        context, m_table,
        {QStringLiteral("family_beds"), QStringLiteral("family_beds"), tr("Family care beds")},
        {m_search, m_special, m_state}, this));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Room for the table's columns at 1366 pixels across; the details wrap.
    splitter->setSizes({700, 450});
    layout->addWidget(splitter, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &FamilyBedRegistry::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FamilyBedRegistry::applyFilter);
    for (QComboBox* box : {m_special, m_state})
        connect(box, &QComboBox::currentIndexChanged, this, &FamilyBedRegistry::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FamilyBedRegistry::selectionChanged);
    connect(m_detail, &FamilyBedDetailView::changed, this, &FamilyBedRegistry::refresh);
}

void FamilyBedRegistry::applyFilter()
{
    m_searchDelay->stop();
    core::FamilyBedService::Filter filter;
    filter.search = m_search->text();
    if (m_special->currentData().toInt() > 0)
        filter.special = m_special->currentData().toInt() == 1;
    filter.agreements = static_cast<Agreements>(m_state->currentData().toInt());
    const QDate today = core::Clock::today();
    const QString selected = m_detail->familyBedUid();
    runGuarded(this, [&] {
        m_model->setListings(
            core::FamilyBedService(m_context.database()).overview(m_context.actor(), filter, today), today);
    });
    m_count->setText(tr("%n elder(s)", nullptr, m_model->rowCount()));
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_detail->setFamilyBed(QString());
}

void FamilyBedRegistry::refresh()
{
    const QString selected = m_detail->familyBedUid();
    applyFilter();
    if (m_detail->familyBedUid() == selected)
        m_detail->refresh();
}

void FamilyBedRegistry::selectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString uid = current.isValid() ? m_model->listing(current.row()).bed.uid : QString();
    if (uid != m_detail->familyBedUid())
        m_detail->setFamilyBed(uid);
}

void FamilyBedRegistry::showFamilyBed(const QString& familyBedUid)
{
    if (m_model->rowOf(familyBedUid) < 0) {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockSpecial(m_special);
        const QSignalBlocker blockState(m_state);
        m_search->clear();
        m_special->setCurrentIndex(0);
        m_state->setCurrentIndex(0);
        applyFilter();
    }
    const int row = m_model->rowOf(familyBedUid);
    if (row >= 0)
        m_table->selectRow(row); // shows it
    if (m_detail->familyBedUid() != familyBedUid)
        m_detail->setFamilyBed(familyBedUid);
}

} // namespace jinglao::ui
