// A day at the center (issue 11), walked through as nurses and administrators would, keyboard
// first, every widget found by its objectName: switching user from the lock dialog, Esc on a filled
// form, a nurse calling the family, the ID number's advice beside the field, and "zeng" finding 曾.
// The shift log's part of the day (the resident picker found by pinyin, an incident keeping its own
// time) is walked by keyboard in ShiftLogPageTest's first test case.

#include "InstalledLanguage.h"
#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "UiMessages.h"
#include "auth/IdleLock.h"
#include "auth/LoginDialog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "common/AppContext.h"
#include "common/AssessmentDialog.h"
#include "common/Confirmation.h"
#include "common/IdNumber.h"
#include "mainwindow/MainWindow.h"
#include "residents/AdmissionDialog.h"
#include "residents/ResidentDetailView.h"
#include "residents/ResidentService.h"
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsPage.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

struct FastHashing {
    FastHashing() { core::PasswordHasher::setIterationsForTesting(1000); }
    ~FastHashing() { core::PasswordHasher::resetForTesting(); }
};

// The questions the program asks (放弃未保存的内容？ …), answered as the test says.
struct Questions {
    QStringList asked;
    bool answer = false;
    Questions()
    {
        ui::setQuestionAnswererForTesting([this](const QString&, const QString& question) {
            asked.append(question);
            return answer;
        });
    }
    ~Questions() { ui::setQuestionAnswererForTesting({}); }
    Questions(const Questions&) = delete;
    Questions& operator=(const Questions&) = delete;
};

template <typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

// The widget the keyboard types into: the focus of the modal dialog on top (the offscreen platform
// does not always make a second window the active one), else the application's focus.
QWidget* focused()
{
    QWidget* modal = QApplication::activeModalWidget();
    QWidget* inModal = modal ? modal->focusWidget() : nullptr;
    return inModal ? inModal : QApplication::focusWidget();
}

bool hasFocus(const QWidget* widget)
{
    const QWidget* focused = ::focused();
    UNSCOPED_INFO("focus is on " << (focused ? focused->objectName().toStdString() + " (" +
                                                   focused->metaObject()->className() + ")"
                                             : std::string("nothing")));
    return focused && (focused == widget || widget->isAncestorOf(focused));
}

void press(QWidget* button)
{
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

void tab()
{
    QTest::keyClick(focused(), Qt::Key_Tab);
}

// Chinese arrives from the input method as one committed string.
void typeChinese(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

ui::AdmissionDialog* openAdmission(ui::ResidentsPage* page)
{
    press(child<QPushButton>(page, "admitButton"));
    auto* dialog = page->findChild<ui::AdmissionDialog*>(QStringLiteral("admissionDialog"));
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QApplication::setActiveWindow(dialog);
    child<QLineEdit>(dialog, "nameLineEdit")->setFocus();
    QApplication::processEvents();
    return dialog;
}

int residentCount(core::Database& db)
{
    return core::sql::scalar(db, QStringLiteral("SELECT count(*) FROM residents")).toInt();
}

} // namespace

TEST_CASE("A day at the center, by keyboard: switch user at the lock, Esc asks, the family's phone, the ID "
          "advice, zeng finds 曾",
          "[ui][walkthrough]")
{
    FastHashing fast;
    testing::TempDatabase temp;
    core::Database& db = temp.db();
    core::UserService users(db);
    const core::Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), {}, core::Role::Nurse, QStringLiteral("nurse-pass-1"));

    // 张增 has zeng as a given name; 曾 as a surname is read zeng too.
    core::ResidentService residents(db);
    const QDate admitted = QDate::currentDate().addDays(-30);
    residents.admit(admin, testing::person(QStringLiteral("张增"), QDate(1940, 3, 1), 1, admitted,
                                           testing::addBed(db, QStringLiteral("A-101-1")), 1));
    core::ResidentInput zeng = testing::person(QStringLiteral("曾国华"), QDate(1938, 5, 6), 2, admitted,
                                               testing::addBed(db, QStringLiteral("A-102-1")), 2);
    zeng.emergencyContact = QStringLiteral("曾建国（儿子）");
    zeng.emergencyPhone = QStringLiteral("13612340118");
    const QString zengUid = residents.admit(admin, zeng);
    testing::addBed(db, QStringLiteral("A-103-1"));

    ui::AppContext context(db, users.login(QStringLiteral("wang"), QStringLiteral("admin-pass-1")));
    ui::MainWindow window(context);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.showPage(QStringLiteral("residents")));
    auto* page = qobject_cast<ui::ResidentsPage*>(window.page(QStringLiteral("residents")));
    REQUIRE(page != nullptr);
    Questions questions;
    testing::UiMessages messages;

    SECTION("searching zeng puts 曾 first, before a given name read zeng")
    {
        auto* search = child<QLineEdit>(page, "residentSearchLineEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("zeng"));
        QTest::keyClick(search, Qt::Key_Return);
        REQUIRE(page->model()->rowCount() == 2);
        CHECK(page->model()->data(page->model()->index(0, ui::ResidentTableModel::Name)).toString() ==
              QStringLiteral("曾国华"));
        CHECK(page->model()->data(page->model()->index(1, ui::ResidentTableModel::Name)).toString() ==
              QStringLiteral("张增"));
    }

    SECTION("admitting: the ID advice beside the field, one Tab per date, the category chosen, Esc asks")
    {
        QPointer<ui::AdmissionDialog> dialog = openAdmission(page);
        auto* name = child<QLineEdit>(dialog, "nameLineEdit");
        auto* id = child<QLineEdit>(dialog, "idNumberLineEdit");
        auto* hint = child<QLabel>(dialog, "idHintLabel");
        typeChinese(name, QStringLiteral("刘秀英"));
        tab();
        REQUIRE(hasFocus(id));

        // A wrong last character: said beside the field when it is left, no box, no jump.
        const QDate born(1942, 3, 5);
        const QString right = testing::makeIdNumber(born, 2, 7);
        QString wrong = right;
        wrong[17] = right.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        const int height = dialog->height();
        QTest::keyClicks(id, wrong);
        tab();
        CHECK(hint->text().startsWith(QStringLiteral("The last character should be %1").arg(right.at(17))));
        CHECK(hint->text().contains(QStringLiteral("born 1942-03-05, female")));
        CHECK(dialog->idNumberFlagged());
        CHECK(dialog->height() == height);
        CHECK(messages.shown.isEmpty());

        // Still wrong after another edit: the field stays marked; right, and it is not.
        id->setFocus();
        QTest::keyClick(id, Qt::Key_Backspace);
        QTest::keyClick(id, Qt::Key_3);
        if (right.at(17) != QLatin1Char('3'))
            CHECK(dialog->idNumberFlagged());
        QTest::keyClick(id, Qt::Key_Backspace);
        QTest::keyClicks(id, QString(right.at(17)));
        CHECK_FALSE(dialog->idNumberFlagged());
        tab();
        CHECK(hint->text() == QStringLiteral("This number stands for born 1942-03-05, female."));
        CHECK(child<QDateEdit>(dialog, "birthDateEdit")->date() == born);
        CHECK(child<QComboBox>(dialog, "genderComboBox")->currentData().toInt() == 2);
        CHECK(dialog->height() == height);

        // The paper form's order, one Tab per field, dates included.
        REQUIRE(hasFocus(child<QComboBox>(dialog, "genderComboBox")));
        tab();
        REQUIRE(hasFocus(child<QDateEdit>(dialog, "birthDateEdit")));
        tab();
        REQUIRE(hasFocus(child<QDateEdit>(dialog, "admissionDateEdit")));
        tab();
        REQUIRE(hasFocus(child<QComboBox>(dialog, "bedComboBox")));
        tab();
        auto* category = child<QComboBox>(dialog, "categoryComboBox");
        REQUIRE(hasFocus(category));
        tab();
        CHECK(hasFocus(child<QLineEdit>(dialog, "phoneLineEdit")));

        // No category chosen: refused under the form, naming the field; the cursor goes there.
        QTest::keyClick(focused(), Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK(child<QLabel>(dialog, "admissionMessageLabel")
                  ->text()
                  .startsWith(core::ResidentService::categoryFieldLabel()));
        CHECK(hasFocus(category));
        CHECK(residentCount(db) == 2);
        CHECK(messages.shown.isEmpty());
        QTest::keyClick(category, Qt::Key_Down);
        CHECK(category->currentData().toString() == QStringLiteral("TK"));

        // Esc asks before throwing the form away; keeping is the default answer.
        CHECK(dialog->hasUnsavedInput());
        questions.answer = false;
        QTest::keyClick(focused(), Qt::Key_Escape);
        REQUIRE(questions.asked.size() == 1);
        CHECK(questions.asked.constFirst() == QStringLiteral("Discard the unsaved input?"));
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        CHECK(name->text() == QStringLiteral("刘秀英"));
        questions.answer = true;
        QTest::keyClick(focused(), Qt::Key_Escape);
        CHECK(questions.asked.size() == 2);
        CHECK((!dialog || !dialog->isVisible()));
        CHECK(residentCount(db) == 2);
    }

    SECTION("an untouched form closes on Esc without a question; an assessment with an item scored asks")
    {
        QPointer<ui::AdmissionDialog> dialog = openAdmission(page);
        CHECK_FALSE(dialog->hasUnsavedInput());
        QTest::keyClick(focused(), Qt::Key_Escape);
        CHECK(questions.asked.isEmpty());
        CHECK((!dialog || !dialog->isVisible()));

        ui::AssessmentDialog assessment(context, zengUid, QStringLiteral("曾国华"), &window);
        assessment.show();
        assessment.activateWindow();
        auto* eating = child<QComboBox>(&assessment, "eatingComboBox");
        eating->setFocus();
        QTest::keyClick(eating, Qt::Key_Down);
        questions.answer = false;
        QTest::keyClick(eating, Qt::Key_Escape);
        REQUIRE(questions.asked.size() == 1);
        CHECK(assessment.isVisible());
        // The window's close button asks the same.
        assessment.close();
        CHECK(questions.asked.size() == 2);
        CHECK(assessment.isVisible());
        questions.answer = true;
        assessment.close();
        CHECK_FALSE(assessment.isVisible());
    }

    SECTION("the next nurse switches user at the lock: the unsaved form is named, then discarded; she sees "
            "the family's phone")
    {
        QPointer<ui::AdmissionDialog> dialog = openAdmission(page);
        typeChinese(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("刘秀英"));
        window.enableIdleLock();
        ui::IdleLock* lock = window.idleLock();
        REQUIRE(lock != nullptr);
        lock->lockNow();
        REQUIRE(lock->isLocked());
        ui::LoginDialog* unlock = lock->unlockDialog();
        REQUIRE(unlock != nullptr);
        CHECK(dialog->isVisible()); // covered, not closed
        unlock->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(unlock));

        press(child<QPushButton>(unlock, "switchUserButton"));
        REQUIRE(unlock->isSwitchingUser());
        const QString warning = child<QLabel>(unlock, "loginIntroLabel")->text();
        CHECK(warning.contains(QStringLiteral("wang")));
        CHECK(warning.contains(QStringLiteral("discarded")));
        CHECK(warning.contains(dialog->windowTitle()));
        auto* username = child<QLineEdit>(unlock, "usernameLineEdit");
        REQUIRE(hasFocus(username));
        QTest::keyClicks(username, QStringLiteral("zhao"));
        tab();
        auto* password = child<QLineEdit>(unlock, "passwordLineEdit");
        REQUIRE(hasFocus(password));
        QTest::keyClicks(password, QStringLiteral("nurse-pass-1"));
        QTest::keyClick(password, Qt::Key_Return);
        CHECK_FALSE(lock->isLocked());
        CHECK(context.actor().name() == QStringLiteral("zhao"));
        CHECK(context.actor().role() == core::Role::Nurse);
        // Warned once in the lock dialog: not asked again, the form is gone.
        CHECK(questions.asked.isEmpty());
        CHECK((!dialog || !dialog->isVisible()));
        CHECK(residentCount(db) == 2);

        // After a fall at night she calls the family: the phone in full, audited; the resident's
        // own ID number stays masked.
        REQUIRE(window.showPage(QStringLiteral("residents")));
        auto* search = child<QLineEdit>(page, "residentSearchLineEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("zeng"));
        QTest::keyClick(search, Qt::Key_Return);
        auto* table = child<QTableView>(page, "residentTableView");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        ui::ResidentDetailView* detail = page->detailView();
        REQUIRE(detail->residentUid() == zengUid);
        auto* phone = child<QLabel>(detail, "emergencyPhoneValueLabel");
        CHECK(phone->text() == QStringLiteral("136****0118"));
        press(child<QPushButton>(detail, "showEmergencyPhoneButton"));
        CHECK(phone->text() == QStringLiteral("13612340118"));
        CHECK(child<QLabel>(detail, "idNumberValueLabel")->text().contains(QStringLiteral("****")));
        CHECK(core::sql::scalar(db,
                                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'OTHER' AND "
                                               "table_name = 'residents' AND record_uid = ? AND actor = ?"),
                                {zengUid, QStringLiteral("zhao")})
                  .toInt() == 1);
        lock->setInterval(60 * 60 * 1000);
    }
}

// The pictures of the changed dialogs in docs/screenshots/, in Chinese:
//   JINGLAO_SCREENSHOT_DIR=docs/screenshots build/tests/jinglao_ui_tests "[screenshots]"
// Hidden from ordinary runs; without the variable it does nothing.
TEST_CASE("Screenshots of the lock's switch user, the family's phone, the ID advice and the discard question",
          "[.][screenshots]")
{
    const QString folder = qEnvironmentVariable("JINGLAO_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    const testing::InstalledLanguage language(QStringLiteral("zh_CN"));
    REQUIRE(language.installed());
    FastHashing fast;
    testing::TempDatabase temp;
    core::Database& db = temp.db();
    core::UserService users(db);
    const core::Actor admin = users.createFirstAdministrator(QStringLiteral("wang"), QStringLiteral("王建国"),
                                                             QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), QStringLiteral("赵丽"), core::Role::Nurse,
                  QStringLiteral("nurse-pass-1"));
    core::ResidentService residents(db);
    const QDate admitted = QDate::currentDate().addDays(-200);
    int sequence = 0;
    QString zengUid;
    for (const QString& name : {QStringLiteral("曾国华"), QStringLiteral("刘秀英"), QStringLiteral("张增")}) {
        ++sequence;
        core::ResidentInput input =
            testing::person(name, QDate(1936 + sequence, 3, 5), sequence % 2 + 1, admitted,
                            testing::addBed(db, QStringLiteral("A-10%1-1").arg(sequence)), sequence);
        input.emergencyContact = QStringLiteral("%1建国（儿子）").arg(name.left(1));
        input.emergencyPhone = QStringLiteral("1361234011%1").arg(sequence);
        const QString uid = residents.admit(admin, input);
        if (sequence == 1)
            zengUid = uid;
    }
    testing::addBed(db, QStringLiteral("A-104-1"));
    const auto save = [&](QWidget* widget, const QString& name) {
        QApplication::processEvents();
        CHECK(widget->grab().save(QDir(folder).filePath(name)));
    };

    ui::AppContext context(db, users.login(QStringLiteral("wang"), QStringLiteral("admin-pass-1")));
    ui::MainWindow window(context);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.showPage(QStringLiteral("residents")));
    auto* page = qobject_cast<ui::ResidentsPage*>(window.page(QStringLiteral("residents")));

    // The admission form with the advice beside a mistyped ID number.
    QPointer<ui::AdmissionDialog> dialog = openAdmission(page);
    typeChinese(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("李桂兰"));
    auto* id = child<QLineEdit>(dialog, "idNumberLineEdit");
    const QString right = testing::makeIdNumber(QDate(1942, 3, 5), 2, 7);
    QString wrong = right;
    wrong[17] = right.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    id->setFocus();
    QTest::keyClicks(id, wrong);
    tab();
    save(dialog, QStringLiteral("admission-id-advice.png"));

    // The question before unsaved input is thrown away, taken while it waits for an answer.
    QTimer::singleShot(200, [&] {
        QWidget* box = QApplication::activeModalWidget();
        if (!box)
            return;
        save(box, QStringLiteral("discard-question.png"));
        QTest::keyClick(box, Qt::Key_Escape); // 继续编辑
    });
    dialog->reject();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());

    // The lock dialog after 切换用户, naming the form whose input would go.
    window.enableIdleLock();
    ui::IdleLock* lock = window.idleLock();
    lock->lockNow();
    lock->unlockDialog()->startSwitchingUser();
    save(lock->unlockDialog(), QStringLiteral("lock-switch-user.png"));
    ui::LoginDialog* unlock = lock->unlockDialog();
    child<QLineEdit>(unlock, "usernameLineEdit")->setText(QStringLiteral("zhao"));
    child<QLineEdit>(unlock, "passwordLineEdit")->setText(QStringLiteral("nurse-pass-1"));
    REQUIRE(unlock->submit());

    // The nurse's view of a resident: the emergency contact, and 显示号码 for the phone.
    REQUIRE(window.showPage(QStringLiteral("residents")));
    page->showResident(zengUid);
    save(&window, QStringLiteral("emergency-phone.png"));
    lock->setInterval(60 * 60 * 1000);
}
