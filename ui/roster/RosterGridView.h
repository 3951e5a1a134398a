#pragma once
// The roster grid's view, with keyboard entry: typing a shift code (D, E, N …) writes it into
// the current cell and moves to the next day, "-" makes it a rest day and moves on, Delete or
// Backspace clear the selected cells,
// the arrows move; F2 or a double click edits a cell as text ("D/N" for two shifts).

#include <QTableView>

#include <functional>

namespace jinglao::ui {

class RosterGridView : public QTableView {
    Q_OBJECT

public:
    explicit RosterGridView(QWidget* parent = nullptr);

Q_SIGNALS:
    // A code typed into the current cell (already upper case); "-" for a rest day.
    void codeTyped(const QModelIndex& index, const QString& code);
    // Delete on the selected cells.
    void clearRequested(const QModelIndexList& indexes);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace jinglao::ui
