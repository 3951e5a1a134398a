#include "referrals/ReferralsPage.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/EmptyStateHint.h"
#include "common/Error.h"
#include "common/ErrorDialog.h"
#include "common/Figure.h"
#include "common/PageHeader.h"
#include "common/ReadOnlyTable.h"
#include "common/SearchField.h"
#include "common/TableExportButton.h"
#include "referrals/PartnersPanel.h"
#include "referrals/ReferralCodes.h"
#include "referrals/ReferralDialog.h"
#include "referrals/ReferralService.h"
#include "referrals/ReferralTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace jinglao::ui {

namespace {
using Step = ReferralStepDialog::Step;
using Kind = core::ReferralForms::Kind;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// "<b>label</b>: value" lines of the detail, skipping empty values.
void addLine(QString& html, const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return;
    html += QStringLiteral("<b>%1</b>: %2<br/>")
                .arg(esc(label), esc(value).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
}
} // namespace

ReferralsPage::ReferralsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    m_header = new PageHeader(title(), this);
    m_new = new QPushButton(tr("New referral…"), this);
    m_new->setObjectName(QStringLiteral("newReferralButton"));
    m_header->addAction(m_new);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);

    QHBoxLayout* figures = nullptr;
    layout->addWidget(makeFigurePanel(this, QStringLiteral("referralFiguresPanel"), QString(), &figures));
    figures->addWidget(makeFigure(this, QStringLiteral("openReferrals"), tr("referrals open"), &m_openValue));
    figures->addWidget(
        makeFigure(this, QStringLiteral("awayNow"), tr("residents away now (bed held)"), &m_awayValue));
    figures->addWidget(
        makeFigure(this, QStringLiteral("sentThisMonth"), tr("sent this month"), &m_sentValue));
    figures->addWidget(
        makeFigure(this, QStringLiteral("returnedThisMonth"), tr("returned this month"), &m_returnedValue));
    figures->addWidget(makeFigure(this, QStringLiteral("averageDaysAway"),
                                  tr("average days away (returned this month)"), &m_daysValue));
    figures->addStretch(1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("referralsTabWidget"));
    layout->addWidget(m_tabs, 1);

    // ---- the referrals ----
    auto* referrals = new QWidget(m_tabs);
    auto* column = new QVBoxLayout(referrals);
    auto* bar = new QHBoxLayout;
    m_state = new QComboBox(referrals);
    m_state->setObjectName(QStringLiteral("referralStateComboBox"));
    m_state->addItem(tr("Open referrals"), static_cast<int>(OpenReferrals));
    m_state->addItem(tr("All referrals"), static_cast<int>(AllReferrals));
    for (core::ReferralStatus status : core::referrals::statuses().values())
        m_state->addItem(core::referrals::statuses().label(status), static_cast<int>(status));
    m_monthCheck = new QCheckBox(tr("Month"), referrals);
    m_monthCheck->setObjectName(QStringLiteral("referralMonthCheckBox"));
    m_month = makeDateEdit(referrals, core::Clock::today(), QStringLiteral("referralMonthDateEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setEnabled(false);
    m_search = new SearchField(this, QStringLiteral("referralSearchLineEdit"),
                               tr("Search: resident's name or pinyin (zsl / zhangshulan)"));
    m_count = new QLabel(referrals);
    m_count->setObjectName(QStringLiteral("referralCountLabel"));
    bar->addWidget(m_state);
    bar->addWidget(m_monthCheck);
    bar->addWidget(m_month);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    column->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Horizontal, referrals);
    m_model = new ReferralTableModel(this);
    m_table = makeRecordTableView(splitter, QStringLiteral("referralTableView"), m_model);
    m_empty = new EmptyStateHint(m_table, QStringLiteral("referralsEmptyStateHint"));
    bar->addWidget(new TableExportButton(context, m_table,
                                         {QStringLiteral("referrals"), QStringLiteral("referrals"), title()},
                                         {m_state, m_monthCheck, m_month, m_search}, referrals));
    auto* scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("referralDetailScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detail = new QLabel(scroll);
    m_detail->setObjectName(QStringLiteral("referralDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMargin(8);
    scroll->setWidget(m_detail);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 480});
    column->addWidget(splitter, 1);

    auto* steps = new QHBoxLayout;
    m_edit = new QPushButton(tr("Change form…"), referrals);
    m_edit->setObjectName(QStringLiteral("editReferralButton"));
    steps->addWidget(m_edit);
    const QList<std::pair<Step, const char*>> stepNames{
        {Step::Send, "sendReferralButton"},     {Step::Admit, "admitReferralButton"},
        {Step::Return, "returnReferralButton"}, {Step::FollowUp, "followUpReferralButton"},
        {Step::Close, "closeReferralButton"},   {Step::Cancel, "cancelReferralButton"}};
    for (const auto& [step, name] : stepNames) {
        auto* button = new QPushButton(ReferralStepDialog::actionText(step), referrals);
        button->setObjectName(QString::fromLatin1(name));
        m_stepButtons.insert(step, button);
        steps->addWidget(button);
        const Step which = step;
        connect(button, &QPushButton::clicked, this, [this, which] { runStep(which); });
    }
    steps->addStretch(1);
    m_forms = new QToolButton(referrals);
    m_forms->setObjectName(QStringLiteral("referralFormsToolButton"));
    m_forms->setText(tr("Forms"));
    m_forms->setPopupMode(QToolButton::InstantPopup);
    m_forms->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_forms);
    m_printOut = menu->addAction(tr("Print the referral form (转出单)…"));
    m_pdfOut = menu->addAction(tr("Save the referral form as PDF…"));
    menu->addSeparator();
    m_printReturn = menu->addAction(tr("Print the return form (回转单)…"));
    m_pdfReturn = menu->addAction(tr("Save the return form as PDF…"));
    m_forms->setMenu(menu);
    steps->addWidget(m_forms);
    column->addLayout(steps);
    m_tabs->addTab(referrals, tr("Referral list"));

    // ---- the partners ----
    m_partners = new PartnersPanel(context, m_tabs);
    m_tabs->addTab(m_partners, tr("Partner institutions"));

    connect(m_new, &QPushButton::clicked, this, &ReferralsPage::newReferral);
    connect(m_edit, &QPushButton::clicked, this, &ReferralsPage::editDraft);
    connect(m_printOut, &QAction::triggered, this, [this] { printForm(Kind::Out, false); });
    connect(m_pdfOut, &QAction::triggered, this, [this] { printForm(Kind::Out, true); });
    connect(m_printReturn, &QAction::triggered, this, [this] { printForm(Kind::Return, false); });
    connect(m_pdfReturn, &QAction::triggered, this, [this] { printForm(Kind::Return, true); });
    connect(m_state, &QComboBox::currentIndexChanged, this, &ReferralsPage::applyFilter);
    connect(m_monthCheck, &QCheckBox::toggled, m_month, &QWidget::setEnabled);
    connect(m_monthCheck, &QCheckBox::toggled, this, &ReferralsPage::applyFilter);
    connect(m_month, &QDateEdit::dateChanged, this, &ReferralsPage::applyFilter);
    connect(m_search, &SearchField::searchRequested, this, &ReferralsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReferralsPage::updateDetail);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editDraft();
    });
    connect(m_partners, &PartnersPanel::changed, this, &ReferralsPage::applyFilter);
    connect(&context, &AppContext::dataChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

QString ReferralsPage::title() const
{
    return tr("Referrals");
}

void ReferralsPage::refresh()
{
    m_new->setVisible(context().actor().can(core::Permission::WriteReferrals));
    applyFilter();
    updateFigures();
    m_partners->refresh();
}

QString ReferralsPage::selectedUid() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? m_model->referral(current.row()).uid
                                                                    : QString();
}

void ReferralsPage::applyFilter()
{
    const QString selected = selectedUid();
    core::ReferralFilter filter;
    const int state = m_state->currentData().toInt();
    filter.openOnly = state == OpenReferrals;
    if (m_monthCheck->isChecked())
        filter.month = m_month->date();
    filter.search = m_search->text();
    QList<core::Referral> shown;
    runGuarded(this, [&] {
        for (const core::Referral& referral :
             core::ReferralService(context().database()).list(context().actor(), filter)) {
            if (state >= 0 && static_cast<int>(referral.status) != state)
                continue;
            shown.append(referral);
        }
    });
    m_model->setReferrals(shown, core::Clock::today());
    m_count->setText(tr("%n referral(s)", nullptr, static_cast<int>(shown.size())));
    const bool filtered =
        state != AllReferrals || m_monthCheck->isChecked() || !m_search->text().trimmed().isEmpty();
    m_empty->setText(filtered ? tr("No referral matches. Show all referrals, or another month or name.")
                              : tr("No referrals yet. Refer a resident out with New referral…"));
    m_empty->followModel();
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateDetail();
}

void ReferralsPage::updateFigures()
{
    try {
        const QDate today = core::Clock::today();
        core::ReferralService service(context().database());
        core::ReferralFilter open;
        open.openOnly = true;
        const QList<core::Referral> openReferrals = service.list(context().actor(), open);
        const auto away = std::count_if(openReferrals.begin(), openReferrals.end(),
                                        [](const core::Referral& referral) { return referral.isAway(); });
        const core::ReferralMonth month = service.month(context().actor(), today);
        m_openValue->setText(QString::number(openReferrals.size()));
        m_awayValue->setText(QString::number(away));
        m_sentValue->setText(QString::number(month.out));
        m_returnedValue->setText(QString::number(month.returned));
        m_daysValue->setText(month.returned == 0 ? tr("–")
                                                 : QLocale().toString(month.averageDaysAway, 'f', 1));
        const int openCount = static_cast<int>(openReferrals.size());
        const int awayCount = static_cast<int>(away);
        m_header->setSummary(tr("%n referral(s) open", nullptr, openCount) + tr("; ") +
                             tr("%n resident(s) away in hospital, their beds held.", nullptr, awayCount));
    } catch (const core::Error&) {
        m_header->setSummary(QString());
    }
}

void ReferralsPage::updateDetail()
{
    const QString uid = selectedUid();
    const bool write = context().actor().can(core::Permission::WriteReferrals);
    std::optional<core::Referral> found;
    if (!uid.isEmpty()) {
        try {
            found = core::ReferralService(context().database()).referral(context().actor(), uid);
        } catch (const core::Error&) {
        }
    }
    m_edit->setEnabled(write && found && found->status == core::ReferralStatus::Draft);
    m_edit->setVisible(write);
    for (auto it = m_stepButtons.begin(); it != m_stepButtons.end(); ++it) {
        it.value()->setVisible(write);
        it.value()->setEnabled(write && found && ReferralStepDialog::allowedFrom(it.key(), *found));
    }
    m_forms->setEnabled(found.has_value());
    m_printOut->setEnabled(found.has_value());
    m_pdfOut->setEnabled(found.has_value());
    const bool back = found && found->returnedAt.isValid();
    m_printReturn->setEnabled(back);
    m_pdfReturn->setEnabled(back);
    if (!found) {
        m_detail->setText(QString());
        return;
    }
    using core::ReferralService;
    const core::Referral& r = *found;
    QString html = QStringLiteral("<p style=\"font-size:15px;\"><b>%1</b> · %2</p><p>")
                       .arg(esc(r.residentName), esc(ReferralTableModel::stateText(r)));
    addLine(html, tr("Number"), r.number);
    addLine(
        html, ReferralService::institutionLabel(),
        tr("%1 (%2)").arg(r.institutionName, core::referrals::institutionTypes().label(r.institutionType)));
    addLine(html, ReferralService::departmentLabel(), r.department);
    addLine(html, ReferralService::receivingDoctorLabel(), r.receivingDoctor);
    addLine(html, ReferralService::urgencyLabel(), core::referrals::urgencies().label(r.urgency));
    addLine(html, ReferralService::referringStaffLabel(), r.referringStaffName);
    addLine(html, ReferralService::consentLabel(),
            r.consent ? tr("%1 (%2)").arg(core::referrals::consents().label(*r.consent), r.consentBy)
                      : tr("not asked yet"));
    html += QStringLiteral("</p><p>");
    addLine(html, ReferralService::reasonLabel(), r.reason);
    addLine(html, ReferralService::impressionLabel(), r.impression);
    addLine(html, ReferralService::pastHistoryLabel(), r.pastHistory);
    addLine(html, ReferralService::treatmentLabel(), r.treatment);
    addLine(html, ReferralService::medicationLabel(), r.medication);
    html += QStringLiteral("</p><p>");
    const auto step = [&](const QString& label, const QDateTime& at, const QString& by) {
        if (at.isValid())
            addLine(html, label, tr("%1 by %2").arg(timeText(at), by));
    };
    step(ReferralService::sentAtLabel(), r.referredAt, r.sentBy);
    step(ReferralService::admittedAtLabel(), r.admittedAt, r.admittedBy);
    step(ReferralService::returnedAtLabel(), r.returnedAt, r.returnedBy);
    addLine(html, ReferralService::diagnosisLabel(), r.returnDiagnosis);
    addLine(html, ReferralService::hospitalRecordNumberLabel(), r.hospitalRecordNumber);
    addLine(html, ReferralService::findingsLabel(), r.returnFindings);
    addLine(html, ReferralService::adviceLabel(), r.returnAdvice);
    if (r.nextReviewOn.isValid())
        addLine(html, ReferralService::nextReviewLabel(), r.nextReviewOn.toString(Qt::ISODate));
    if (r.followUpAt.isValid())
        addLine(html, ReferralService::followUpAtLabel(), timeText(r.followUpAt));
    addLine(html, ReferralService::followUpNoteLabel(), r.followUpNote);
    if (r.returnedAt.isValid() && !r.followUpAt.isValid()) {
        const QDate due = r.returnedAt.date().addDays(ReferralService::FollowUpDays);
        html += QStringLiteral("<span style=\"color:%1;\">%2</span><br/>")
                    .arg(due < core::Clock::today() ? QStringLiteral("#c62828") : QStringLiteral("#555"),
                         esc(tr("Follow-up due by %1.").arg(due.toString(Qt::ISODate))));
    }
    step(ReferralService::closedAtLabel(), r.closedAt, r.closedBy);
    if (r.outcome)
        addLine(html, ReferralService::outcomeLabel(), core::referrals::outcomes().label(*r.outcome));
    addLine(html, ReferralService::outcomeNoteLabel(), r.outcomeNote);
    if (r.isAway()) {
        const int days = r.daysAway(core::Clock::today());
        html += QStringLiteral("<span style=\"color:#b26a00;\">%1</span><br/>")
                    .arg(esc(tr("Away for %n day(s); the bed is held.", nullptr, days)));
    }
    html += QStringLiteral("</p>");
    m_detail->setText(html);
}

void ReferralsPage::showReferral(const QString& uid)
{
    if (m_model->rowOf(uid) < 0) {
        const QSignalBlocker state(m_state);
        const QSignalBlocker month(m_monthCheck);
        m_state->setCurrentIndex(m_state->findData(static_cast<int>(AllReferrals)));
        m_monthCheck->setChecked(false);
        m_month->setEnabled(false);
        m_search->clearQuietly();
        applyFilter();
    }
    const int row = m_model->rowOf(uid);
    if (row >= 0)
        m_table->selectRow(row);
    m_tabs->setCurrentIndex(0);
    updateDetail();
}

bool ReferralsPage::showsRecordsOf(const QString& table) const
{
    return table == QStringLiteral("referrals") || table == QStringLiteral("partner_institutions");
}

bool ReferralsPage::openRecord(const core::RecordRef& record)
{
    if (record.table == QStringLiteral("referrals")) {
        showReferral(record.uid);
        return selectedUid() == record.uid;
    }
    if (record.table != QStringLiteral("partner_institutions"))
        return false;
    m_tabs->setCurrentWidget(m_partners);
    QTableWidget* table = m_partners->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        table->selectRow(row);
        if (m_partners->selectedUid() == record.uid)
            return true;
    }
    return false;
}

void ReferralsPage::newReferral()
{
    ReferralDialog dialog(context(), QString(), QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        showReferral(dialog.referralUid());
    }
}

void ReferralsPage::editDraft()
{
    const QString uid = selectedUid();
    if (uid.isEmpty())
        return;
    ReferralDialog dialog(context(), uid, QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ReferralsPage::runStep(Step step)
{
    const QString uid = selectedUid();
    if (uid.isEmpty())
        return;
    std::unique_ptr<ReferralStepDialog> dialog;
    if (!runGuarded(this, [&] { dialog = std::make_unique<ReferralStepDialog>(context(), uid, step, this); }))
        return;
    dialog->exec();
    refresh();
    showReferral(uid);
}

PrintedDocument ReferralsPage::formDocument(core::Database& db, const core::Actor& actor,
                                            const QString& referralUid, Kind kind)
{
    const core::ReferralFormText form = core::ReferralForms::make(db, actor, referralUid, kind);
    return PrintedDocument(form.title, form.html,
                           {core::ReferralForms::exportKind(kind), QStringLiteral("referrals"), referralUid},
                           1);
}

void ReferralsPage::printForm(Kind kind, bool pdf)
{
    const QString uid = selectedUid();
    if (uid.isEmpty())
        return;
    std::optional<PrintedDocument> document;
    if (!runGuarded(this,
                    [&] { document = formDocument(context().database(), context().actor(), uid, kind); }))
        return;
    if (pdf)
        document->savePdfWithDialog(this, context().database(), context().actor(),
                                    document->title() + QStringLiteral(".pdf"));
    else
        document->printWithDialog(this, context().database(), context().actor());
}

} // namespace jinglao::ui
