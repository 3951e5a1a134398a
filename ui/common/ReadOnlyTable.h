#pragma once
// Read-only tables of records: a small one in a detail view (agreements, visits …) and a list
// over a model. Whole rows selected one at a time, no row numbers, the last column stretched.

#include <QStringList>

class QAbstractItemModel;
class QTableView;
class QTableWidget;
class QWidget;

namespace jinglao::ui {

QTableWidget* makeReadOnlyTable(QWidget* parent, const QString& objectName, const QStringList& headers);
// A page's list over model: alternating rows, columns sized to their contents.
QTableView* makeRecordTableView(QWidget* parent, const QString& objectName, QAbstractItemModel* model);
// Appends a row of texts; returns its index.
int appendTableRow(QTableWidget* table, const QStringList& texts);

} // namespace jinglao::ui
