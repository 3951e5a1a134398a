#pragma once
// Asks for a rotating pattern ("D,D,E,E,N,N,-,-"), a date range and how many days each further
// person starts later, for RosterPage::fillPattern.

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace jinglao::ui {

class FillPatternDialog : public QDialog {
    Q_OBJECT

public:
    FillPatternDialog(const QDate& from, const QDate& to, int staffCount, QWidget* parent = nullptr);

    QString pattern() const;
    QDate from() const;
    QDate to() const;
    int stagger() const;

private:
    QLineEdit* m_pattern;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QSpinBox* m_stagger;
};

} // namespace jinglao::ui
