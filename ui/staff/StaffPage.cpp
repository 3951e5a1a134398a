#include "staff/StaffPage.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/EmptyStateHint.h"
#include "common/ErrorDialog.h"
#include "common/PageHeader.h"
#include "common/SearchField.h"
#include "common/TableExportButton.h"
#include "sheets/SheetImportDialog.h"
#include "staff/CertificateDialog.h"
#include "staff/LeaveDialog.h"
#include "staff/StaffDialog.h"
#include "staff/StaffService.h"
#include "staff/StaffTableModel.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}
} // namespace

StaffPage::StaffPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    m_header = new PageHeader(title(), this);
    m_add = new QPushButton(tr("Add staff member…"), this);
    m_add->setObjectName(QStringLiteral("addStaffButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editStaffButton"));
    m_certificate = new QPushButton(tr("Add certificate…"), this);
    m_certificate->setObjectName(QStringLiteral("addCertificateButton"));
    m_leave = new QPushButton(tr("Add leave…"), this);
    m_leave->setObjectName(QStringLiteral("addLeaveButton"));
    m_importSheet = new QPushButton(tr("Import from spreadsheet…"), this);
    m_importSheet->setObjectName(QStringLiteral("importSheetButton"));
    m_importSheet->setToolTip(tr("Add the staff of an existing list (.xlsx or .csv)"));
    for (QPushButton* button : {m_add, m_importSheet, m_edit, m_certificate, m_leave})
        m_header->addAction(button);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);

    auto* bar = new QHBoxLayout;
    m_search = new SearchField(this, QStringLiteral("staffSearchLineEdit"),
                               tr("Search: name or pinyin (zs / zhangsan)"));
    m_search->setMinimumWidth(260);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("staffFilterComboBox"));
    m_filter->addItem(tr("Current staff"));
    m_filter->addItem(tr("Former staff"));
    m_filter->addItem(tr("All staff"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_filter);
    bar->addWidget(m_search);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_certificateWarnings = new QLabel(this);
    m_certificateWarnings->setObjectName(QStringLiteral("certificateWarningsLabel"));
    m_certificateWarnings->setWordWrap(true);
    m_certificateWarnings->setStyleSheet(QStringLiteral("color: #a40000;"));
    layout->addWidget(m_certificateWarnings);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("staffSplitter"));
    m_model = new StaffTableModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("staffTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_empty = new EmptyStateHint(m_table, QStringLiteral("staffEmptyLabel"));
    m_header->addAction(new TableExportButton(context, m_table,
                                              {QStringLiteral("staff"), QStringLiteral("staff"), title()},
                                              {m_search, m_filter}, this));

    auto* detail = new QWidget(splitter);
    detail->setObjectName(QStringLiteral("staffDetailWidget"));
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_detailHeading = new QLabel(detail);
    m_detailHeading->setObjectName(QStringLiteral("staffHeadingLabel"));
    m_detailHeading->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: bold;"));
    m_detailHeading->setWordWrap(true);
    m_detailFacts = new QLabel(detail);
    m_detailFacts->setObjectName(QStringLiteral("staffFactsLabel"));
    m_detailFacts->setWordWrap(true);
    m_detailFacts->setStyleSheet(QStringLiteral("color: #455a64;"));
    m_details = new QListWidget(detail);
    m_details->setObjectName(QStringLiteral("staffDetailsListWidget"));
    // Long certificate lines wrap instead of hiding behind a scroll bar.
    m_details->setWordWrap(true);
    m_details->setResizeMode(QListView::Adjust);
    m_details->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailLayout->addWidget(m_detailHeading);
    detailLayout->addWidget(m_detailFacts);
    detailLayout->addWidget(m_details, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 400});
    layout->addWidget(splitter, 1);

    connect(m_search, &SearchField::searchRequested, this, &StaffPage::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &StaffPage::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &StaffPage::refresh);
    connect(m_add, &QPushButton::clicked, this, &StaffPage::addStaff);
    connect(m_importSheet, &QPushButton::clicked, this, &StaffPage::startSheetImport);
    connect(m_edit, &QPushButton::clicked, this, &StaffPage::editStaff);
    connect(m_certificate, &QPushButton::clicked, this, &StaffPage::addCertificate);
    connect(m_leave, &QPushButton::clicked, this, &StaffPage::addLeave);
    connect(m_table, &QTableView::doubleClicked, this, &StaffPage::editStaff);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StaffPage::showDetails);
    connect(&context, &AppContext::actorChanged, this, &StaffPage::refresh);
}

QString StaffPage::title() const
{
    return tr("Staff");
}

void StaffPage::refresh()
{
    const QString selected = currentUid();
    const auto filter = static_cast<core::StaffService::Filter>(m_filter->currentIndex());
    const bool manage = context().actor().can(core::Permission::ManageStaff);
    const QString search = m_search->text().trimmed();
    int warnings = 0;
    runGuarded(this, [&] {
        core::StaffService service(context().database());
        m_model->setStaff(service.list(context().actor(), filter, core::Clock::today(), search));
        QStringList lines;
        for (const core::CertificateWarning& warning :
             service.certificateWarnings(context().actor(), core::Clock::today()))
            lines.append(warning.message);
        warnings = int(lines.size());
        m_certificateWarnings->setText(lines.join(QLatin1Char('\n')));
        m_certificateWarnings->setVisible(!lines.isEmpty());
    });
    const int shown = m_model->rowCount();
    QString summary =
        filter == core::StaffService::Filter::Current  ? tr("%n current staff member(s)", nullptr, shown)
        : filter == core::StaffService::Filter::Former ? tr("%n former staff member(s)", nullptr, shown)
                                                       : tr("%n staff member(s)", nullptr, shown);
    if (!search.isEmpty())
        summary = tr("%1 found for “%2”").arg(summary, search);
    if (warnings > 0)
        summary += tr("; %n certificate(s) expiring or expired", nullptr, warnings);
    m_header->setSummary(summary);
    m_empty->setText(!search.isEmpty() ? tr("Nobody here matches “%1”.").arg(search)
                     : filter == core::StaffService::Filter::Former
                         ? tr("No former staff.")
                         : tr("No staff yet — add the first one with “Add staff member…”."));

    m_table->resizeColumnsToContents();
    int row = -1;
    for (int candidate = 0; candidate < shown; ++candidate) {
        if (m_model->member(candidate).uid == selected)
            row = candidate;
    }
    if (row < 0 && shown > 0)
        row = 0;
    if (row >= 0)
        m_table->selectRow(row);
    m_add->setEnabled(manage);
    m_importSheet->setEnabled(manage);
    m_edit->setEnabled(manage && row >= 0);
    m_certificate->setEnabled(manage && row >= 0);
    m_leave->setEnabled(manage && row >= 0);
    showDetails();
}

bool StaffPage::showsRecordsOf(const QString& table) const
{
    return table == QStringLiteral("staff");
}

bool StaffPage::openRecord(const core::RecordRef& record)
{
    if (!showsRecordsOf(record.table))
        return false;
    const auto find = [&] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->member(row).uid == record.uid)
                return row;
        }
        return -1;
    };
    if (find() < 0) {
        // Everyone, current and former, unsearched.
        const QSignalBlocker blocker(m_filter);
        m_filter->setCurrentIndex(static_cast<int>(core::StaffService::Filter::All));
        m_search->clearQuietly();
        refresh();
    }
    const int row = find();
    if (row < 0)
        return false;
    m_table->selectRow(row);
    showDetails();
    return true;
}

QString StaffPage::currentUid() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() && index.row() < m_model->rowCount() ? m_model->member(index.row()).uid
                                                                : QString();
}

void StaffPage::showDetails()
{
    m_details->clear();
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount()) {
        m_detailHeading->setText(m_model->rowCount() == 0 ? QString() : tr("Select a person"));
        m_detailFacts->setText(
            m_model->rowCount() == 0 ? QString() : tr("Their role, certificates and leave are shown here."));
        m_details->setVisible(false);
        return;
    }
    const core::StaffMember& member = m_model->member(index.row());
    m_details->setVisible(true);
    m_detailHeading->setText(member.name);
    QStringList facts{core::staffRoleCodes().label(member.role)};
    if (member.skillLevel > 0)
        facts.append(tr("skill level %1").arg(member.skillLevel));
    facts.append(tr("hired %1").arg(dateText(member.hireDate)));
    if (member.leaveDate.isValid())
        facts.append(tr("left %1").arg(dateText(member.leaveDate)));
    if (!member.phone.isEmpty())
        facts.append(member.phone);
    m_detailFacts->setText(facts.join(QStringLiteral(" · ")));
    runGuarded(this, [&] {
        core::StaffService service(context().database());
        const QDate today = core::Clock::today();
        m_details->addItem(tr("Certificates:"));
        const QList<core::StaffCertificate> certificates =
            service.certificates(context().actor(), member.uid);
        if (certificates.isEmpty())
            m_details->addItem(tr("  none"));
        for (const core::StaffCertificate& certificate : certificates) {
            QString line = QStringLiteral("  %1 %2").arg(certificate.name, certificate.number);
            if (certificate.expiresOn.isValid()) {
                line += certificate.expiresOn < today ? tr(" — expired %1") : tr(" — valid until %1");
                line = line.arg(dateText(certificate.expiresOn));
            }
            auto* item = new QListWidgetItem(line, m_details);
            if (certificate.expiresOn.isValid() &&
                certificate.expiresOn <= today.addDays(core::StaffService::CertificateWarningDays))
                item->setForeground(QColor(0xA4, 0, 0));
        }
        m_details->addItem(tr("Leave:"));
        const QList<core::StaffLeave> leaves = service.leaves(context().actor(), member.uid);
        if (leaves.isEmpty())
            m_details->addItem(tr("  none"));
        for (const core::StaffLeave& leave : leaves) {
            m_details->addItem(QStringLiteral("  %1 – %2 %3")
                                   .arg(dateText(leave.startsOn), dateText(leave.endsOn), leave.reason));
        }
    });
}

void StaffPage::addStaff()
{
    StaffDialog dialog(context(), core::StaffMember{}, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void StaffPage::editStaff()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !context().actor().can(core::Permission::ManageStaff))
        return;
    StaffDialog dialog(context(), m_model->member(index.row()), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void StaffPage::addCertificate()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    CertificateDialog dialog(context(), m_model->member(index.row()).uid, m_model->member(index.row()).name,
                             this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void StaffPage::addLeave()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    LeaveDialog dialog(context(), m_model->member(index.row()).uid, m_model->member(index.row()).name, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void StaffPage::startSheetImport()
{
    auto* dialog = new SheetImportDialog(context(), core::SheetKind::Staff, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &StaffPage::refresh);
    dialog->open();
}

} // namespace jinglao::ui
