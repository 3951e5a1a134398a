#pragma once
// The one way to choose a person, resident or staff member, in a form or a filter: the list is in
// pinyin order and shows each person's bed or role (two people of one name are told apart), and
// typing a name or any spelling of it (曾, zeng, zm, zengming) lists the matches closest first,
// as core ranks them. Enter takes the first match.

#include "common/PersonChoice.h"

#include <QComboBox>

#include <functional>

class QCompleter;
class QStandardItemModel;

namespace jinglao::ui {

class PersonPicker : public QComboBox {
    Q_OBJECT

public:
    // The people matching what was typed, closest first: a core query (ResidentService::choices,
    // StaffService::choices).
    using Search = std::function<QList<core::PersonChoice>(const QString& typed)>;
    // People listed together under a title, apart from the next group (the nurse-on-duty list).
    struct Group {
        QString title; // empty: no heading, only the line between groups
        QList<core::PersonChoice> people;
    };

    explicit PersonPicker(QWidget* parent = nullptr);

    // An entry for nobody first ("(no resident)", "All authors"); empty: none.
    void setNoneLabel(const QString& label);
    // Fills the list, keeping the person chosen when still listed (else the first entry).
    void setPeople(const QList<core::PersonChoice>& people);
    void setGroups(const QList<Group>& groups);
    // How typed text is looked up. Without it typing finds nobody.
    void setSearch(Search search);

    // The uid of the person chosen; empty for the nobody entry.
    QString currentUid() const;
    // Chooses the person with this uid; false when not listed.
    bool setCurrentUid(const QString& uid);
    // Chooses this person, listing them first when they are not (the discharged resident an
    // older entry is about).
    void setCurrentPerson(const core::PersonChoice& person);

    // "曾明 · A-101-2": how a person is listed.
    static QString displayText(const core::PersonChoice& person);
    // The matches of what was typed last, closest first (display text; the uid as Qt::UserRole);
    // when nobody matches, one line saying so, without a uid.
    const QStandardItemModel* matches() const { return m_matches; }
    bool hasMatches() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void search(const QString& typed);
    void chooseMatch(int row);
    // Shows the chosen person's text again after typing that chose nobody.
    void restoreText();
    void fill(const QList<Group>& groups);

    Search m_search;
    QString m_noneLabel;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_matches = nullptr;
};

} // namespace jinglao::ui
