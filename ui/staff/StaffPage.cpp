#include "staff/StaffPage.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/ErrorDialog.h"
#include "common/FindShortcut.h"
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

StaffPage::StaffPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_certificateWarnings = new QLabel(this);
    m_certificateWarnings->setObjectName(QStringLiteral("certificateWarningsLabel"));
    m_certificateWarnings->setWordWrap(true);
    m_certificateWarnings->setStyleSheet(QStringLiteral("color: #a40000;"));
    layout->addWidget(m_certificateWarnings);

    auto* bar = new QHBoxLayout;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("staffFilterComboBox"));
    m_filter->addItem(tr("Current staff"));
    m_filter->addItem(tr("Former staff"));
    m_filter->addItem(tr("All staff"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("staffSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search: name or pinyin (zs / zhangsan)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    addFindShortcut(this, m_search);
    m_add = new QPushButton(tr("Add…"), this);
    m_add->setObjectName(QStringLiteral("addStaffButton"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editStaffButton"));
    m_certificate = new QPushButton(tr("Add certificate…"), this);
    m_certificate->setObjectName(QStringLiteral("addCertificateButton"));
    m_leave = new QPushButton(tr("Add leave…"), this);
    m_leave->setObjectName(QStringLiteral("addLeaveButton"));
    bar->addWidget(m_filter);
    bar->addWidget(m_search);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_certificate);
    bar->addWidget(m_leave);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new StaffTableModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("staffTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_details = new QListWidget(splitter);
    m_details->setObjectName(QStringLiteral("staffDetailsListWidget"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &StaffPage::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &StaffPage::refresh);
    connect(m_add, &QPushButton::clicked, this, &StaffPage::addStaff);
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
    runGuarded(this, [&] {
        core::StaffService service(context().database());
        m_model->setStaff(service.list(context().actor(), filter, core::Clock::today(), m_search->text()));
        QStringList lines;
        for (const core::CertificateWarning& warning :
             service.certificateWarnings(context().actor(), core::Clock::today()))
            lines.append(warning.message);
        m_certificateWarnings->setText(lines.join(QLatin1Char('\n')));
        m_certificateWarnings->setVisible(!lines.isEmpty());
    });
    m_table->resizeColumnsToContents();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->member(row).uid == selected)
            m_table->selectRow(row);
    }
    m_add->setEnabled(manage);
    m_edit->setEnabled(manage);
    m_certificate->setEnabled(manage);
    m_leave->setEnabled(manage);
    showDetails();
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
    const QString uid = currentUid();
    if (uid.isEmpty())
        return;
    runGuarded(this, [&] {
        core::StaffService service(context().database());
        const QDate today = core::Clock::today();
        m_details->addItem(tr("Certificates:"));
        const QList<core::StaffCertificate> certificates = service.certificates(context().actor(), uid);
        if (certificates.isEmpty())
            m_details->addItem(tr("  none"));
        for (const core::StaffCertificate& certificate : certificates) {
            QString line = QStringLiteral("  %1 %2").arg(certificate.name, certificate.number);
            if (certificate.expiresOn.isValid()) {
                line += certificate.expiresOn < today ? tr(" — expired %1") : tr(" — valid until %1");
                line = line.arg(certificate.expiresOn.toString(QStringLiteral("yyyy-MM-dd")));
            }
            auto* item = new QListWidgetItem(line, m_details);
            if (certificate.expiresOn.isValid() &&
                certificate.expiresOn <= today.addDays(core::StaffService::CertificateWarningDays))
                item->setForeground(QColor(0xA4, 0, 0));
        }
        m_details->addItem(tr("Leave:"));
        const QList<core::StaffLeave> leaves = service.leaves(context().actor(), uid);
        if (leaves.isEmpty())
            m_details->addItem(tr("  none"));
        for (const core::StaffLeave& leave : leaves) {
            m_details->addItem(QStringLiteral("  %1 – %2 %3")
                                   .arg(leave.startsOn.toString(QStringLiteral("yyyy-MM-dd")),
                                        leave.endsOn.toString(QStringLiteral("yyyy-MM-dd")), leave.reason));
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

} // namespace jinglao::ui
