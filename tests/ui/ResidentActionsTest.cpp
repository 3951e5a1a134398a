// Change of bed and re-admission as a nurse's office does them: the free beds show who lives in
// each room, a room shared with the other gender is asked about, the previous bed is proposed.

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/ErrorDialog.h"
#include "residents/BedComboBox.h"
#include "residents/ReadmissionDialog.h"
#include "residents/ResidentService.h"
#include "residents/TransferDialog.h"

#include <QTest>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
struct Answers {
    QStringList asked;
    bool answer = false;
    Answers()
    {
        ui::setQuestionAnswererForTesting([this](const QString&, const QString& question) {
            asked.append(question);
            return answer;
        });
        ui::setMessageSinkForTesting(
            [this](const QString&, const QString& message) { shown.append(message); });
    }
    ~Answers()
    {
        ui::setQuestionAnswererForTesting({});
        ui::setMessageSinkForTesting({});
    }
    QStringList shown;
};

// Moves the combo box to the entry whose text starts with code, by arrow keys.
void arrowTo(ui::BedComboBox* beds, const QString& code)
{
    beds->setFocus();
    for (int i = 0; i < beds->count() && !beds->currentText().startsWith(code); ++i)
        QTest::keyClick(beds, Qt::Key_Down);
    REQUIRE(beds->currentText().startsWith(code));
}
} // namespace

TEST_CASE("Moving a woman into a room where a man lives asks first; the free beds show the room's people",
          "[residents][ui]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    core::ResidentService residents(db.db());
    const QString menRoom = testing::addBed(db.db(), QStringLiteral("A-101-1"));
    testing::addBed(db.db(), QStringLiteral("A-101-2"));
    const QString herBed = testing::addBed(db.db(), QStringLiteral("A-102-1"));
    testing::addBed(db.db(), QStringLiteral("A-103-1"));
    residents.admit(testing::admin(), testing::person(QStringLiteral("张大爷"), QDate(1938, 5, 6), 1,
                                                      QDate(2026, 1, 5), menRoom, 1));
    const QString her =
        residents.admit(testing::admin(), testing::person(QStringLiteral("李奶奶"), QDate(1940, 2, 3), 2,
                                                          QDate(2026, 1, 5), herBed, 2));
    Answers answers;
    ui::AppContext context(db.db(), testing::admin());
    ui::TransferDialog dialog(context, her);
    dialog.show();
    auto* beds = dialog.findChild<ui::BedComboBox*>(QStringLiteral("bedComboBox"));
    REQUIRE(beds != nullptr);
    REQUIRE(beds->count() == 2);
    CHECK(beds->itemText(0) == QStringLiteral("A-101-2 · %1 · room: 张大爷 (Male)")
                                   .arg(core::bedTypeCodes().label(core::BedType::Nursing)));
    CHECK(beds->itemText(1).endsWith(QStringLiteral("empty room")));

    arrowTo(beds, QStringLiteral("A-101-2"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    REQUIRE(answers.asked.size() == 1);
    CHECK(answers.asked.constFirst().contains(QStringLiteral("张大爷 (Male)")));
    CHECK(answers.asked.constFirst().contains(QStringLiteral("李奶奶 (Female)")));
    // "No": nothing moves and the dialog stays for another choice.
    CHECK(dialog.isVisible());
    CHECK(residents.resident(testing::admin(), her).bedCode == QStringLiteral("A-102-1"));

    SECTION("an empty room is not asked about")
    {
        arrowTo(beds, QStringLiteral("A-103-1"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        CHECK(answers.asked.size() == 1);
        CHECK(residents.resident(testing::admin(), her).bedCode == QStringLiteral("A-103-1"));
    }
    SECTION("\"yes\" places her there")
    {
        answers.answer = true;
        QTest::keyClick(&dialog, Qt::Key_Return);
        CHECK(answers.asked.size() == 2);
        CHECK(answers.shown.isEmpty());
        CHECK(residents.resident(testing::admin(), her).bedCode == QStringLiteral("A-101-2"));
        CHECK_FALSE(dialog.isVisible());
    }
}

TEST_CASE("Re-admission proposes the bed held before when it is free; Enter re-admits into it",
          "[residents][ui]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    core::ResidentService residents(db.db());
    testing::addBed(db.db(), QStringLiteral("A-101-1"));
    const QString before = testing::addBed(db.db(), QStringLiteral("A-101-2"));
    const QString uid =
        residents.admit(testing::admin(), testing::person(QStringLiteral("王大爷"), QDate(1939, 1, 1), 1,
                                                          QDate(2025, 1, 5), before, 1));
    residents.discharge(testing::admin(), uid, QDate(2026, 3, 1), core::DischargeReason::Transfer);
    Answers answers;
    ui::AppContext context(db.db(), testing::admin());

    SECTION("the bed held before is free: proposed, and Enter re-admits into it")
    {
        ui::ReadmissionDialog dialog(context, uid);
        dialog.show();
        auto* beds = dialog.findChild<ui::BedComboBox*>(QStringLiteral("bedComboBox"));
        REQUIRE(beds != nullptr);
        CHECK(beds->bedUid() == before);
        QTest::keyClick(&dialog, Qt::Key_Return);
        CHECK(answers.shown.isEmpty());
        const core::Resident back = residents.resident(testing::admin(), uid);
        CHECK(back.isCurrent());
        CHECK(back.bedCode == QStringLiteral("A-101-2"));
    }
    SECTION("a bed taken since is not proposed")
    {
        residents.admit(testing::admin(), testing::person(QStringLiteral("赵大爷"), QDate(1939, 1, 1), 1,
                                                          QDate(2026, 5, 2), before, 2));
        ui::ReadmissionDialog dialog(context, uid);
        CHECK(dialog.findChild<ui::BedComboBox*>(QStringLiteral("bedComboBox"))->bedUid().isEmpty());
    }
}
