// Inside the GUI on a large database (run by TenYearBench, or by hand: GuiPagesBench FILE.sqlite):
// the main window as the program builds it, at 1366×768 offscreen, as an administrator on the
// file opened read-only. Times, with every event processed and the window painted:
// switching to each page, each character of a pinyin search on the residents page (with Return,
// so that the search box's typing pause is not counted), jumping to the last row of the shift
// log, and opening a resident's details. Prints "figure<TAB>milliseconds" lines, then
// "scan<TAB>…" for each statement it ran whose plan reads a large table whole. The process's
// peak memory, read by the caller, is that of the GUI after visiting every page.

#include "ChildProcess.h"
#include "SqlTrace.h"
#include "auth/Actor.h"
#include "common/AppContext.h"
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace jinglao;

namespace {

void settle(QWidget& window)
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    window.repaint();
    QApplication::processEvents();
}

void print(const QString& figure, double ms)
{
    std::printf("%s\t%.1f\n", qUtf8Printable(figure), ms);
    std::fflush(stdout);
}

double msOf(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("jinglao"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: GuiPagesBench FILE.sqlite\n");
        return 1;
    }
    core::translations::install(QStringLiteral("zh_CN"));
    auto db = core::Database::open(QString::fromLocal8Bit(argv[1]), core::Database::OpenMode::ReadOnly);
    ui::AppContext context(*db, core::Actor(QStringLiteral("bench"), core::Role::Administrator));
    ui::MainWindow window(context);
    window.resize(1366, 768);
    window.show();
    settle(window);
    bench::SqlTrace trace(db->connection());

    QElapsedTimer timer;
    double slowest = 0;
    QString slowestPage;
    for (const QString& page : window.pageIds()) {
        timer.start();
        window.showPage(page);
        settle(window);
        const double ms = msOf(timer);
        if (ms > slowest) {
            slowest = ms;
            slowestPage = page;
        }
        print(QStringLiteral("Switch to page %1").arg(page), ms);
    }

    // A pinyin search: "wang", one character at a time.
    window.showPage(QStringLiteral("residents"));
    settle(window);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("residentSearchLineEdit"));
    auto* residents = window.findChild<QTableView*>(QStringLiteral("residentTableView"));
    if (!search || !residents) {
        std::fprintf(stderr, "the residents page has no search box or table\n");
        return 2;
    }
    search->setFocus();
    double slowestKey = 0;
    for (const char key : {'w', 'a', 'n', 'g'}) {
        timer.start();
        QTest::keyClick(search, key);
        QTest::keyClick(search, Qt::Key_Return);
        settle(window);
        slowestKey = std::max(slowestKey, msOf(timer));
    }
    print(QStringLiteral("Pinyin search on residents, slowest key of \"wang\" (%1 found)")
              .arg(residents->model()->rowCount()),
          slowestKey);
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    settle(window);

    // A resident's details: the tenth in the list.
    timer.start();
    residents->selectRow(std::min(9, residents->model()->rowCount() - 1));
    settle(window);
    print(QStringLiteral("Open a resident's details"), msOf(timer));

    // The shift log: to its last row (Ctrl+End), as far as the log goes.
    window.showPage(QStringLiteral("shiftlog"));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("shiftLogTabWidget"));
    auto* log = window.findChild<QTableView*>(QStringLiteral("shiftLogTableView"));
    if (!tabs || !log) {
        std::fprintf(stderr, "the shift-log page has no log table\n");
        return 2;
    }
    tabs->setCurrentIndex(tabs->indexOf(log->parentWidget()) >= 0 ? tabs->indexOf(log->parentWidget()) : 1);
    settle(window);
    log->setFocus();
    timer.start();
    QTest::keyClick(log, Qt::Key_End, Qt::ControlModifier);
    settle(window);
    print(QStringLiteral("Shift log: jump to the last row (row %1)").arg(log->currentIndex().row() + 1),
          msOf(timer));

    const QStringList scans =
        bench::SqlTrace::fullScans(db->connection(), trace.statements(), bench::SqlTrace::largeTables());
    for (const QString& scan : scans)
        std::printf("scan\t%s\n", qUtf8Printable(scan));
    std::printf("peak_kb\t%ld\n", bench::ownPeakKb());
    std::fprintf(stderr, "slowest page: %s\n", qUtf8Printable(slowestPage));
    return 0;
}
