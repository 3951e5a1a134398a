#pragma once
// "Export list…", the one way every list of the program is written out as a spreadsheet: what
// the view shows (the rows of the current filter, the columns in view in their order, the rows in
// the view's sort order, the text as displayed and so masked as the person's role requires) to
// XLSX or CSV, the file name's extension choosing (core::TableExport writes and audits it).
//
// A page adds one: next to its other actions (PageHeader::addAction) or above its list, e.g.
//     m_header->addAction(new TableExportButton(context, m_table, {"residents", "residents", title()},
//                                               {m_search, m_presence, m_category}, this));
// The filter widgets are read when exporting, in order, into the filter the file and the audit
// state: a combo box's current text, a date edit's date, a line edit's text ("search “…”"), a
// spin box's value, a checked check box's text (with the value that follows it); the label just
// before a widget in its layout (or its buddy label) names the value ("Resident: 张三"), as does a
// label passed in the list; disabled or hidden widgets and unchecked boxes are left out. Tests bypass the
// save dialog with setSaveFileChooserForTesting.

#include <QPointer>
#include <QPushButton>

#include <functional>

class QAbstractItemView;
class QTableView;

namespace jinglao::core {
struct ExportedTable;
}

namespace jinglao::ui {

class AppContext;

class TableExportButton : public QPushButton {
    Q_OBJECT

public:
    struct List {
        QString code;  // stable code of the list, the audit kind's first part: "residents"
        QString table; // the database table its records come from: "residents"
        QString title; // the list's name for people: the page's title, or the panel's
    };

    TableExportButton(AppContext& context, QTableView* view, List list, QList<QWidget*> filters,
                      QWidget* parent);

    // The list as the view shows it now (all its rows: a list loaded page by page is loaded whole).
    core::ExportedTable table() const;
    // The filter as the widgets show it, "" when there are none.
    QString filterText() const;
    // Writes the list to path (.xlsx or .csv) without asking; false when it failed (shown).
    bool exportTo(const QString& path);
    // Asks for a file (XLSX or CSV) and exports to it.
    void exportList();

    // chooser(suggested path) → the chosen path ("" = cancelled), instead of the save dialog.
    using SaveFileChooser = std::function<QString(const QString& suggested)>;
    static void setSaveFileChooserForTesting(SaveFileChooser chooser);

private:
    AppContext& m_context;
    QPointer<QTableView> m_view;
    List m_list;
    QList<QPointer<QWidget>> m_filters;
};

} // namespace jinglao::ui
