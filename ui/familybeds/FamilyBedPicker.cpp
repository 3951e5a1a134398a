#include "familybeds/FamilyBedPicker.h"

#include "common/AppContext.h"
#include "common/Error.h"
#include "familybeds/FamilyBedService.h"
#include "familybeds/FamilyBedTableModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

FamilyBedPicker::FamilyBedPicker(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("familyBedPicker"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("visitFamilyBedLineEdit"));
    m_search->setPlaceholderText(tr("Name or pinyin, then Enter"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("visitFamilyBedListWidget"));
    // The list follows the search field; Tab goes on to the next field of the form.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFixedHeight(5 * m_list->fontMetrics().height() + 16);
    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("chosenFamilyBedLabel"));
    m_chosen->setWordWrap(true);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_chosen);

    connect(m_search, &QLineEdit::textEdited, this, [this] {
        m_uid.clear();
        search();
    });
    connect(m_list, &QListWidget::itemClicked, this, [this] { takeHighlighted(); });
}

void FamilyBedPicker::setDay(const QDate& day)
{
    if (day == m_day)
        return;
    m_day = day;
    if (m_loaded)
        reload();
}

void FamilyBedPicker::reload()
{
    m_loaded = true;
    search();
    showChosen();
}

QString FamilyBedPicker::familyBedName() const
{
    for (const core::FamilyBedListing& match : m_matches) {
        if (match.bed.uid == m_uid)
            return match.bed.name;
    }
    return {};
}

void FamilyBedPicker::search()
{
    core::FamilyBedService::Filter filter;
    // Once a bed is taken the field shows its name; the list then shows it alone.
    filter.search = m_search->text();
    m_matches.clear();
    try {
        m_matches = core::FamilyBedService(m_context.database()).overview(m_context.actor(), filter, m_day);
    } catch (const core::Error&) {
        m_matches.clear();
    }
    m_list->clear();
    for (const core::FamilyBedListing& match : std::as_const(m_matches)) {
        QStringList parts{match.bed.name,
                          match.bed.village.isEmpty() ? match.bed.township : match.bed.village};
        if (match.bed.specialDifficulty)
            parts.append(tr("special difficulty"));
        const bool covered = match.state == core::Agreement::State::Active;
        if (!covered)
            parts.append(tr("(no agreement on %1)").arg(m_day.toString(Qt::ISODate)));
        auto* item = new QListWidgetItem(parts.join(QStringLiteral("  ")), m_list);
        item->setData(Qt::UserRole, match.bed.uid);
        if (!covered)
            item->setForeground(QColor(0x9e, 0x9e, 0x9e));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void FamilyBedPicker::takeHighlighted()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    choose(item->data(Qt::UserRole).toString());
    Q_EMIT chosen();
}

void FamilyBedPicker::choose(const QString& familyBedUid)
{
    m_uid = familyBedUid;
    showChosen();
}

void FamilyBedPicker::clearChoice()
{
    m_uid.clear();
    m_search->clear();
    search();
    showChosen();
}

void FamilyBedPicker::showChosen()
{
    if (m_uid.isEmpty()) {
        m_chosen->setText(tr("No family bed chosen yet."));
        m_chosen->setStyleSheet(QStringLiteral("color: #757575;"));
        return;
    }
    std::optional<core::FamilyBedListing> found;
    for (const core::FamilyBedListing& match : std::as_const(m_matches)) {
        if (match.bed.uid == m_uid)
            found = match;
    }
    if (!found) {
        core::FamilyBedService::Filter all;
        for (const core::FamilyBedListing& match :
             core::FamilyBedService(m_context.database()).overview(m_context.actor(), all, m_day)) {
            if (match.bed.uid == m_uid)
                found = match;
        }
    }
    if (!found) {
        m_uid.clear();
        showChosen();
        return;
    }
    if (m_search->text() != found->bed.name)
        m_search->setText(found->bed.name);
    QStringList facts{found->bed.name, found->bed.address()};
    if (found->bed.specialDifficulty)
        facts.append(tr("special difficulty"));
    if (found->agreement)
        facts.append(tr("agreement %1, %2")
                         .arg(FamilyBedTableModel::periodText(*found->agreement),
                              core::FamilyBedService::agreementStateLabel(*found->state)));
    else
        facts.append(tr("no agreement"));
    m_chosen->setText(tr("Chosen: %1").arg(facts.join(QStringLiteral(" · "))));
    m_chosen->setStyleSheet(found->state == core::Agreement::State::Active
                                ? QStringLiteral("color: #1b5e20;")
                                : QStringLiteral("color: #8a5300;"));
}

bool FamilyBedPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_list->count() > 0) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow(std::clamp(m_list->currentRow() + step, 0, m_list->count() - 1));
            return true;
        }
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (!m_uid.isEmpty())
                Q_EMIT chosen(); // already taken: Enter moves on
            else
                takeHighlighted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jinglao::ui
