// The referrals page: a resident referred out through the dialogs, sent with consent, admitted and
// returned, the bed held on the bed map while away and occupied again after; refused consent and
// steps out of order refused beside the form naming the state; the buttons following the state;
// the printed forms with the resident's name and ID number as text; the partners with an expired
// agreement; the resident's referral history and the away mark in the residents list.

#include "referrals/ReferralsPage.h"

#include "ExportedText.h"
#include "ReferralFixture.h"
#include "UiMessages.h"
#include "beds/BedMapWidget.h"
#include "beds/BedTile.h"
#include "beds/BedsPage.h"
#include "common/AppContext.h"
#include "common/FormMessage.h"
#include "common/PersonPicker.h"
#include "mainwindow/MainWindow.h"
#include "referrals/PartnerDialog.h"
#include "referrals/PartnersPanel.h"
#include "referrals/ReferralDialog.h"
#include "referrals/ReferralStepDialog.h"
#include "referrals/ReferralTableModel.h"
#include "referrals/ResidentReferralsSection.h"
#include "residents/ResidentTableModel.h"
#include "storage/Sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jinglao;
using Step = ui::ReferralStepDialog::Step;
using testing::ReferralFixture;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found != nullptr);
    return found;
}

void setTime(ui::ReferralStepDialog& dialog, const QDateTime& at)
{
    child<QDateTimeEdit>(dialog, "stepTimeEdit")->setDateTime(at);
}

core::BedState bedState(ui::MainWindow& window, const QString& bedCode)
{
    REQUIRE(window.showPage(QStringLiteral("beds")));
    auto* beds = qobject_cast<ui::BedsPage*>(window.page(QStringLiteral("beds")));
    REQUIRE(beds);
    beds->refresh();
    ui::BedTile* tile = beds->map()->tile(bedCode);
    REQUIRE(tile);
    return tile->state();
}

QString stepMessage(ui::ReferralStepDialog& dialog)
{
    auto* message = child<ui::FormMessage>(dialog, "stepMessageLabel");
    CHECK(message->isRefusal());
    return message->text();
}

} // namespace

TEST_CASE("A referral made, sent, admitted and returned through the page holds the bed while away",
          "[referrals][ui]")
{
    ReferralFixture f;
    testing::UiMessages messages;
    ui::AppContext context(f.db(), f.admin);
    ui::MainWindow window(context);
    REQUIRE(window.showPage(QStringLiteral("referrals")));
    auto* page = qobject_cast<ui::ReferralsPage*>(window.page(QStringLiteral("referrals")));
    REQUIRE(page);
    CHECK(page->model()->rowCount() == 0);
    CHECK(child<QLabel>(*page, "referralsEmptyStateHint")->isVisibleTo(page->table()));

    // A new draft through the form.
    ui::ReferralDialog draft(context, QString(), f.zhang);
    child<QPlainTextEdit>(draft, "reasonTextEdit")->setPlainText(QStringLiteral("发热三天，咳嗽咳痰"));
    child<QPlainTextEdit>(draft, "impressionTextEdit")->setPlainText(QStringLiteral("肺部感染？"));
    child<QComboBox>(draft, "departmentComboBox")->setCurrentText(QStringLiteral("内科"));
    REQUIRE(child<ui::PersonPicker>(draft, "referringStaffComboBox")->setCurrentUid(f.doctor));
    REQUIRE(draft.submit());
    const QString uid = draft.referralUid();
    page->refresh();
    page->showReferral(uid);
    REQUIRE(page->selectedUid() == uid);
    CHECK(page->stepButton(Step::Send)->isEnabled());
    CHECK(page->editButton()->isEnabled());
    CHECK_FALSE(page->stepButton(Step::Admit)->isEnabled());
    CHECK_FALSE(page->stepButton(Step::Return)->isEnabled());
    CHECK(page->stepButton(Step::Cancel)->isEnabled());

    SECTION("Refused consent stops sending, named beside the form")
    {
        ui::ReferralStepDialog send(context, uid, Step::Send);
        auto* consent = child<QComboBox>(send, "consentComboBox");
        consent->setCurrentIndex(consent->findData(static_cast<int>(core::Consent::Refused)));
        child<QLineEdit>(send, "consentByLineEdit")->setText(QStringLiteral("女儿 李红"));
        CHECK_FALSE(send.submit());
        CHECK(stepMessage(send).contains(QStringLiteral("李红")));
        CHECK(f.service().referral(f.admin, uid).status == core::ReferralStatus::Draft);
        CHECK(f.service().referral(f.admin, uid).consent == core::Consent::Refused);
        CHECK(bedState(window, QStringLiteral("A-101-1")) == core::BedState::Occupied);
    }

    SECTION("Sent with consent the bed is held; back, it is occupied again")
    {
        ui::ReferralStepDialog send(context, uid, Step::Send);
        auto* consent = child<QComboBox>(send, "consentComboBox");
        consent->setCurrentIndex(consent->findData(static_cast<int>(core::Consent::Agreed)));
        child<QLineEdit>(send, "consentByLineEdit")->setText(QStringLiteral("本人"));
        setTime(send, ReferralFixture::at(QDate(2026, 11, 19), 8));
        REQUIRE(send.submit());
        CHECK(bedState(window, QStringLiteral("A-101-1")) == core::BedState::Held);
        CHECK(bedState(window, QStringLiteral("A-101-2")) == core::BedState::Occupied);

        REQUIRE(window.showPage(QStringLiteral("referrals")));
        page->showReferral(uid);
        CHECK(page->stepButton(Step::Admit)->isEnabled());
        CHECK_FALSE(page->stepButton(Step::Send)->isEnabled());
        CHECK_FALSE(page->editButton()->isEnabled());
        CHECK(child<QLabel>(*page, "awayNowValueLabel")->text() == QStringLiteral("1"));
        CHECK(child<QLabel>(*page, "sentThisMonthValueLabel")->text() == QStringLiteral("1"));
        const int row = page->model()->rowOf(uid);
        REQUIRE(row >= 0);
        CHECK(page->model()
                  ->data(page->model()->index(row, ui::ReferralTableModel::Resident), Qt::DisplayRole)
                  .toString() == QStringLiteral("张淑兰"));

        // A return before the admission is refused naming the state.
        ui::ReferralStepDialog early(context, uid, Step::Return);
        child<QLineEdit>(early, "diagnosisLineEdit")->setText(QStringLiteral("肺炎"));
        CHECK_FALSE(early.submit());
        CHECK(stepMessage(early).contains(QStringLiteral("Sent")));

        ui::ReferralStepDialog admit(context, uid, Step::Admit);
        setTime(admit, ReferralFixture::at(QDate(2026, 11, 19), 14));
        child<QLineEdit>(admit, "receivingDoctorLineEdit")->setText(QStringLiteral("孙大夫"));
        REQUIRE(admit.submit());
        CHECK(bedState(window, QStringLiteral("A-101-1")) == core::BedState::Held);

        ui::ReferralStepDialog back(context, uid, Step::Return);
        setTime(back, ReferralFixture::at(QDate(2026, 11, 20), 8, 30));
        child<QLineEdit>(back, "diagnosisLineEdit")->setText(QStringLiteral("社区获得性肺炎"));
        child<QLineEdit>(back, "hospitalRecordNumberLineEdit")->setText(QStringLiteral("BA20261234"));
        child<QPlainTextEdit>(back, "adviceTextEdit")->setPlainText(QStringLiteral("口服抗生素三天"));
        child<QCheckBox>(back, "hasNextReviewCheckBox")->setChecked(true);
        child<QDateEdit>(back, "nextReviewDateEdit")->setDate(QDate(2026, 12, 4));
        REQUIRE(back.submit());
        CHECK(bedState(window, QStringLiteral("A-101-1")) == core::BedState::Occupied);
        const core::Referral returned = f.service().referral(f.admin, uid);
        CHECK(returned.status == core::ReferralStatus::Returned);
        CHECK(returned.hospitalRecordNumber == QStringLiteral("BA20261234"));
        CHECK(returned.nextReviewOn == QDate(2026, 12, 4));

        REQUIRE(window.showPage(QStringLiteral("referrals")));
        page->showReferral(uid);
        CHECK(page->stepButton(Step::FollowUp)->isEnabled());
        CHECK(page->stepButton(Step::Close)->isEnabled());
        CHECK_FALSE(page->stepButton(Step::Cancel)->isEnabled());
        CHECK(page->detailLabel()->text().contains(QStringLiteral("2026-11-27"))); // follow-up due

        ui::ReferralStepDialog followUp(context, uid, Step::FollowUp);
        child<QPlainTextEdit>(followUp, "followUpTextEdit")
            ->setPlainText(QStringLiteral("体温正常，咳嗽减轻"));
        REQUIRE(followUp.submit());
        ui::ReferralStepDialog close(context, uid, Step::Close);
        auto* outcome = child<QComboBox>(close, "outcomeComboBox");
        outcome->setCurrentIndex(outcome->findData(static_cast<int>(core::ReferralOutcome::Returned)));
        REQUIRE(close.submit());
        CHECK(f.service().referral(f.admin, uid).status == core::ReferralStatus::Closed);
        page->refresh();
        CHECK(page->model()->rowOf(uid) < 0); // the open referrals only
        page->showReferral(uid);
        CHECK(page->model()->rowOf(uid) >= 0);
        for (Step step : {Step::Send, Step::Admit, Step::Return, Step::FollowUp, Step::Close, Step::Cancel})
            CHECK_FALSE(page->stepButton(step)->isEnabled());
    }
    CHECK(messages.shown.isEmpty());
}

TEST_CASE("Cancelling a draft needs a reason", "[referrals][ui]")
{
    ReferralFixture f;
    ui::AppContext context(f.db(), f.admin);
    const QString uid = f.service().createDraft(f.nurse, f.form(f.wang));
    ui::ReferralStepDialog cancel(context, uid, Step::Cancel);
    CHECK_FALSE(cancel.submit());
    child<QPlainTextEdit>(cancel, "cancelReasonTextEdit")->setPlainText(QStringLiteral("家属决定在院观察"));
    REQUIRE(cancel.submit());
    const core::Referral cancelled = f.service().referral(f.admin, uid);
    CHECK(cancelled.outcome == core::ReferralOutcome::Cancelled);
    CHECK(cancelled.outcomeNote == QStringLiteral("家属决定在院观察"));
}

TEST_CASE("Both forms save as PDF with the resident's name and ID number as text, audited",
          "[referrals][ui][forms]")
{
    ReferralFixture f;
    const QString uid = f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 18), 9));
    f.service().admit(f.nurse, uid, ReferralFixture::at(QDate(2026, 11, 18), 11));
    f.service().recordReturn(
        f.nurse, uid,
        ReferralFixture::back(ReferralFixture::at(QDate(2026, 11, 20), 8), QStringLiteral("社区获得性肺炎")));
    const QString id = core::ResidentService(f.db()).resident(f.admin, f.zhang).idNumber;
    QTemporaryDir dir;
    for (auto kind : {core::ReferralForms::Kind::Out, core::ReferralForms::Kind::Return}) {
        const QString path = dir.filePath(core::ReferralForms::exportKind(kind) + QStringLiteral(".pdf"));
        ui::ReferralsPage::formDocument(f.db(), f.admin, uid, kind).writePdf(f.db(), f.admin, path);
        const QString text = testing::pdfText(path);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("张淑兰")));
        CHECK(text.contains(id));
        CHECK(text.contains(QStringLiteral("下板城镇卫生院")));
        // One A4 page each.
        CHECK(text.count(QLatin1Char('\f')) == 1);
        if (kind == core::ReferralForms::Kind::Return)
            CHECK(text.contains(QStringLiteral("社区获得性肺炎")));
    }
    CHECK(core::sql::scalar(f.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'EXPORT'"))
              .toInt() == 2);
    const QString audited =
        core::sql::scalar(f.db(),
                          QStringLiteral("SELECT group_concat(new_values) FROM audit_log WHERE action = "
                                         "'EXPORT'"))
            .toString();
    CHECK(audited.contains(QStringLiteral("referral_out_pdf")));
    CHECK(audited.contains(QStringLiteral("referral_return_pdf")));
}

TEST_CASE("Partners are added through the form; an expired agreement is shown as such", "[referrals][ui]")
{
    ReferralFixture f;
    ui::AppContext context(f.db(), f.admin);
    ui::PartnerDialog dialog(context, QString());
    child<QLineEdit>(dialog, "partnerNameLineEdit")->setText(QStringLiteral("承德县医院"));
    child<QLineEdit>(dialog, "departmentsLineEdit")->setText(QStringLiteral("内科、骨科"));
    child<QCheckBox>(dialog, "hasAgreementCheckBox")->setChecked(true);
    child<QDateEdit>(dialog, "agreementFromDateEdit")->setDate(QDate(2025, 1, 1));
    child<QCheckBox>(dialog, "agreementHasEndCheckBox")->setChecked(true);
    child<QDateEdit>(dialog, "agreementToDateEdit")->setDate(QDate(2025, 12, 31));
    REQUIRE(dialog.submit());
    const core::PartnerInstitution added = f.service().institution(f.admin, dialog.partnerUid());
    CHECK(added.departments == QStringList{QStringLiteral("内科"), QStringLiteral("骨科")});

    ui::PartnersPanel panel(context);
    panel.refresh();
    QTableWidget* table = panel.table();
    REQUIRE(table->rowCount() == 2);
    QStringList agreements;
    for (int row = 0; row < table->rowCount(); ++row)
        agreements.append(table->item(row, ui::PartnersPanel::Name)->text() + QLatin1Char('=') +
                          table->item(row, ui::PartnersPanel::Agreement)->text());
    INFO(agreements.join(QLatin1Char('\n')).toStdString());
    CHECK(agreements.contains(QStringLiteral("承德县医院=2025-01-01 to 2025-12-31 (expired)")));
    CHECK(agreements.contains(QStringLiteral("下板城镇卫生院=2026-01-01 to 2026-12-31 (in force)")));

    // A name already taken is refused beside the form.
    ui::PartnerDialog again(context, QString());
    child<QLineEdit>(again, "partnerNameLineEdit")->setText(QStringLiteral("承德县医院"));
    CHECK_FALSE(again.submit());
    CHECK(child<ui::FormMessage>(again, "partnerMessageLabel")->isRefusal());
}

TEST_CASE("The resident's referral history and the away mark in the residents list", "[referrals][ui]")
{
    ReferralFixture f;
    ui::AppContext context(f.db(), f.admin);
    f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 19), 8));
    ui::ResidentReferralsSection section(context);
    section.setResident(f.zhang);
    CHECK(section.table()->model()->rowCount() == 1);
    CHECK(section.stateLabel()->text().contains(QStringLiteral("下板城镇卫生院")));
    section.setResident(f.wang);
    CHECK(section.table()->model()->rowCount() == 0);
    CHECK(child<QLabel>(section, "residentReferralsEmptyStateHint")->isVisibleTo(section.table()));

    ui::MainWindow window(context);
    REQUIRE(window.showPage(QStringLiteral("residents")));
    auto* table =
        window.page(QStringLiteral("residents"))->findChild<QTableView*>(QStringLiteral("residentTableView"));
    REQUIRE(table);
    QStringList beds;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        beds.append(table->model()->index(row, ui::ResidentTableModel::Bed).data().toString());
    INFO(beds.join(QLatin1Char(',')).toStdString());
    CHECK(beds.contains(QStringLiteral("A-101-1 (away, bed held)")));
    CHECK(beds.contains(QStringLiteral("A-101-2")));
}
