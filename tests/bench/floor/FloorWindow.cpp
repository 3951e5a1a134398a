// The floor the GUI's cold start and memory are measured against: the least a Qt Widgets program
// can do to show what Jinglao's first page shows — a list, a table and a bar chart, all with
// Chinese text — and grab itself into a PNG, as `jinglao --screenshot` does. It opens no
// database and loads no translation. Usage: jinglao_floor_window OUT.png (prints its peak memory).

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QMainWindow>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: jinglao_floor_window OUT.png\n");
        return 1;
    }

    QMainWindow window;
    auto* central = new QWidget(&window);
    auto* layout = new QHBoxLayout(central);

    auto* list = new QListWidget(central);
    for (const char* page : {"首页", "床位", "入住老人", "能力评估", "员工", "排班", "交接班记录",
                             "家庭养老床位", "双向转诊", "月报", "县级数据包", "审计日志", "设置"})
        list->addItem(QString::fromUtf8(page));
    list->setFixedWidth(180);
    layout->addWidget(list);

    auto* right = new QVBoxLayout;
    auto* table = new QTableWidget(30, 6, central);
    table->setHorizontalHeaderLabels(
        QString::fromUtf8("姓名|床位|类别|护理等级|入住日期|联系电话").split(QLatin1Char('|')));
    for (int row = 0; row < table->rowCount(); ++row) {
        const QStringList cells = {QString::fromUtf8("张桂兰%1").arg(row + 1),
                                   QStringLiteral("A-%1-%2").arg(200 + row / 3).arg(row % 3 + 1),
                                   QString::fromUtf8("特困供养"),
                                   QString::fromUtf8("中度失能"),
                                   QStringLiteral("2024-%1-15").arg(row % 12 + 1, 2, 10, QLatin1Char('0')),
                                   QStringLiteral("1380314%1").arg(row, 4, 10, QLatin1Char('0'))};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    right->addWidget(table, 1);

    auto* nursing = new QBarSet(QString::fromUtf8("护理型床位占比 %"));
    auto* occupancy = new QBarSet(QString::fromUtf8("床位使用率 %"));
    QStringList months;
    for (int month = 1; month <= 12; ++month) {
        months.append(QString::fromUtf8("%1月").arg(month));
        *nursing << 55 + month % 5;
        *occupancy << 80 + month % 7;
    }
    auto* series = new QBarSeries;
    series->append(nursing);
    series->append(occupancy);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QString::fromUtf8("近十二个月床位情况"));
    auto* axisX = new QBarCategoryAxis;
    axisX->append(months);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 100);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* view = new QChartView(chart, central);
    view->setRenderHint(QPainter::Antialiasing);
    right->addWidget(view, 1);
    layout->addLayout(right, 1);

    window.setCentralWidget(central);
    window.setWindowTitle(QString::fromUtf8("敬老院"));
    window.resize(1366, 768);
    window.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const bool saved = window.grab().save(QString::fromLocal8Bit(argv[1]), "PNG");
    // The peak memory, for the benchmark that runs this program (Linux's VmHWM).
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmHWM:", 0) == 0)
            std::printf("peak_kb\t%ld\n", std::strtol(line.c_str() + 6, nullptr, 10));
    }
    return saved ? 0 : 3;
}
