#include "common/TableExportButton.h"

#include "common/AppContext.h"
#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/ErrorDialog.h"
#include "common/TableExport.h"

#include <QAbstractItemModel>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace jinglao::ui {

namespace {

TableExportButton::SaveFileChooser& chooser()
{
    static TableExportButton::SaveFileChooser instance;
    return instance;
}

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// A cell's text as the view shows it (dates as yyyy-MM-dd, as everywhere in the program).
QString cellText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case QMetaType::QTime:
        return value.toTime().toString(QStringLiteral("HH:mm"));
    default:
        return value.toString();
    }
}

// A header's text on one line ("1\n一" in the roster's day columns reads "1 一").
QString headerText(const QVariant& value)
{
    return value.toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString stripLabel(QString text)
{
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

// The layout holding widget, searched from its window down.
QLayout* layoutOf(QLayout* layout, QWidget* widget)
{
    if (!layout)
        return nullptr;
    if (layout->indexOf(widget) >= 0)
        return layout;
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout* found = layoutOf(layout->itemAt(i)->layout(), widget))
            return found;
    }
    return nullptr;
}

// The text of the label just before widget in its layout ("Resident:" before its picker), or of
// the label that names it as its buddy.
QString labelBefore(QWidget* widget)
{
    QWidget* parent = widget->parentWidget();
    QLayout* layout = nullptr;
    for (QWidget* holder = parent; holder && !layout; holder = holder->parentWidget())
        layout = layoutOf(holder->layout(), widget);
    QLayoutItem* before = nullptr;
    if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        int row = 0, column = 0, rows = 0, columns = 0;
        grid->getItemPosition(grid->indexOf(widget), &row, &column, &rows, &columns);
        before = column > 0 ? grid->itemAtPosition(row, column - 1) : nullptr;
    } else if (layout) {
        const int index = layout->indexOf(widget);
        before = index > 0 ? layout->itemAt(index - 1) : nullptr;
    }
    if (auto* label = before ? qobject_cast<QLabel*>(before->widget()) : nullptr)
        return stripLabel(label->text());
    if (parent) {
        for (QLabel* label : parent->findChildren<QLabel*>()) {
            if (label->buddy() == widget)
                return stripLabel(label->text());
        }
    }
    return {};
}

} // namespace

TableExportButton::TableExportButton(AppContext& context, QTableView* view, List list,
                                     QList<QWidget*> filters, QWidget* parent)
    : QPushButton(tr("Export list…"), parent)
    , m_context(context)
    , m_view(view)
    , m_list(std::move(list))
{
    setObjectName(m_list.code + QStringLiteral("TableExportButton"));
    setToolTip(tr("Saves the list as shown (its filter, columns and order) as an Excel workbook (.xlsx) "
                  "or a CSV file (.csv)."));
    for (QWidget* filter : filters)
        m_filters.append(filter);
    connect(this, &QPushButton::clicked, this, &TableExportButton::exportList);
}

void TableExportButton::setSaveFileChooserForTesting(SaveFileChooser choose)
{
    chooser() = std::move(choose);
}

QString TableExportButton::filterText() const
{
    QStringList parts;
    QString label;
    const auto add = [&](const QString& value) {
        if (value.isEmpty()) {
            label.clear();
            return;
        }
        parts.append(label.isEmpty() ? value : label + QLatin1Char(' ') + value);
        label.clear();
    };
    for (const QPointer<QWidget>& filter : m_filters) {
        QWidget* widget = filter.data();
        // Left out when hidden on purpose (not merely because the page is not on screen).
        if (!widget || (widget->parentWidget() && !widget->isVisibleTo(widget->parentWidget())))
            continue;
        if (auto* text = qobject_cast<QLabel*>(widget)) {
            label = stripLabel(text->text());
            continue;
        }
        if (auto* box = qobject_cast<QCheckBox*>(widget)) {
            if (box->isEnabled() && box->isChecked()) {
                if (!label.isEmpty())
                    parts.append(label);
                label = stripLabel(box->text());
            } else {
                label.clear();
            }
            continue;
        }
        if (!widget->isEnabled()) {
            label.clear();
            continue;
        }
        if (label.isEmpty())
            label = labelBefore(widget);
        if (auto* combo = qobject_cast<QComboBox*>(widget))
            add(combo->currentText().trimmed());
        else if (auto* date = qobject_cast<QDateTimeEdit*>(widget))
            add(date->text());
        else if (auto* line = qobject_cast<QLineEdit*>(widget))
            add(line->text().trimmed().isEmpty() ? QString() : tr("search “%1”").arg(line->text().trimmed()));
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
            add(spin->text());
    }
    if (!label.isEmpty())
        parts.append(label);
    //: between the parts of a list's filter
    return parts.join(tr("; "));
}

core::ExportedTable TableExportButton::table() const
{
    core::ExportedTable exported;
    exported.list = m_list.code;
    exported.table = m_list.table;
    exported.title = m_list.title;
    exported.filter = filterText();
    if (!m_view || !m_view->model())
        return exported;
    QAbstractItemModel* model = m_view->model();
    // A list loaded page by page is exported whole: the file holds every row of the filter.
    while (model->canFetchMore({})) {
        const int before = model->rowCount();
        model->fetchMore({});
        if (model->rowCount() == before) // a page that failed to load: its model has said why
            break;
    }

    const QHeaderView* header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (column >= 0 && !m_view->isColumnHidden(column))
            columns.append(column);
    }
    // Rows named in a visible vertical header (the roster's people) keep their names.
    const bool rowNames = m_view->verticalHeader()->isVisibleTo(m_view);
    if (rowNames) {
        exported.headers.append(QString());
        exported.numeric.append(false);
    }
    QList<bool> numbers(columns.size(), false);
    QList<bool> texts(columns.size(), false);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (m_view->isRowHidden(row))
            continue;
        QStringList cells;
        if (rowNames)
            cells.append(headerText(model->headerData(row, Qt::Vertical)));
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant value = model->index(row, columns.at(i)).data(Qt::DisplayRole);
            const QString text = cellText(value);
            if (!text.isEmpty())
                (isNumber(value) ? numbers : texts)[i] = true;
            cells.append(text);
        }
        exported.rows.append(cells);
    }
    for (qsizetype i = 0; i < columns.size(); ++i) {
        exported.headers.append(headerText(model->headerData(columns.at(i), Qt::Horizontal)));
        exported.numeric.append(numbers.at(i) && !texts.at(i));
    }
    return exported;
}

bool TableExportButton::exportTo(const QString& path)
{
    const core::ExportedTable exported = table();
    const core::Actor actor = m_context.actor();
    const TaskOutcome outcome =
        runInBackground(this, tr("Exporting the list…"), m_context.database(),
                        [&](core::Database& connection, TaskProgress&) {
                            core::TableExport::write(connection, actor, exported, path);
                        });
    m_context.notifyDataChanged();
    if (!outcome.succeeded) {
        showError(this, outcome.errorMessage);
        return false;
    }
    m_context.tellSaved(path);
    return true;
}

void TableExportButton::exportList()
{
    QString name = m_list.title;
    for (const QChar c : QStringLiteral("\\/:*?\"<>|"))
        name.replace(c, QLatin1Char('_'));
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.xlsx").arg(name, core::Clock::today().toString(QStringLiteral("yyyyMMdd"))));
    QString path;
    if (chooser()) {
        path = chooser()(suggested);
    } else {
        const QString xlsx = tr("Excel workbook (*.xlsx)");
        const QString csv = tr("CSV file (*.csv)");
        QString selected = xlsx;
        path = QFileDialog::getSaveFileName(this, tr("Export the list"), suggested,
                                            xlsx + QStringLiteral(";;") + csv, &selected);
        // A name typed without .xlsx or .csv gets the one of the chosen type.
        if (!path.isEmpty() && !core::TableExport::formatFor(path))
            path += selected == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    }
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace jinglao::ui
