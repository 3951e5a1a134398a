#pragma once
// The date field every form uses: yyyy-MM-dd (as the design shows dates) with a calendar popup;
// one Tab leaves it (the year, month and day are reached with the arrow keys or by typing).

#include <QDate>
#include <QString>

class QDateEdit;
class QWidget;

namespace jinglao::ui {

QDateEdit* makeDateEdit(QWidget* parent, const QDate& date, const QString& objectName = {});

} // namespace jinglao::ui
