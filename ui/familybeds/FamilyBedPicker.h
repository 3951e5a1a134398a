#pragma once
// Chooses a family bed from the keyboard: type a name or its pinyin (lf, liufang), the closest
// matches are listed; Up and Down move through them, Enter takes the highlighted one. Each match
// says whether an agreement covers the visit's day.

#include "familybeds/FamilyBed.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace jinglao::ui {

class AppContext;

class FamilyBedPicker : public QWidget {
    Q_OBJECT

public:
    explicit FamilyBedPicker(AppContext& context, QWidget* parent = nullptr);

    // The day the agreements are shown for.
    void setDay(const QDate& day);
    // Empty while none is chosen.
    const QString& familyBedUid() const { return m_uid; }
    QString familyBedName() const;
    void choose(const QString& familyBedUid);
    void clearChoice();
    QLineEdit* searchField() const { return m_search; }
    // Reloads the matches (after a bed was registered or changed).
    void reload();

Q_SIGNALS:
    // A bed was taken with Enter or a click: the form moves on.
    void chosen();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void takeHighlighted();
    void showChosen();

    AppContext& m_context;
    QDate m_day;
    bool m_loaded = false; // filled by the first reload(), not when built
    QString m_uid;
    QList<core::FamilyBedListing> m_matches;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_chosen = nullptr;
};

} // namespace jinglao::ui
