#include "residents/BedComboBox.h"

#include "beds/BedService.h"
#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/ErrorDialog.h"
#include "residents/ResidentService.h"

#include <QStringList>

namespace jinglao::ui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;

QString personWithGender(const QString& name, int gender)
{
    const QString shown = core::ResidentService::genderLabel(gender);
    return shown.isEmpty() ? name : BedComboBox::tr("%1 (%2)").arg(name, shown);
}
} // namespace

BedComboBox::BedComboBox(AppContext& context, bool allowNone, QWidget* parent)
    : QComboBox(parent)
    , m_context(context)
    , m_allowNone(allowNone)
{
    setObjectName(QStringLiteral("bedComboBox"));
    reload();
}

QString BedComboBox::label(const core::FreeBed& bed)
{
    QString text = bed.bed.code + QStringLiteral(" · ") + core::bedTypeCodes().label(bed.bed.type);
    if (bed.bed.dementiaUnit)
        text += QStringLiteral(" · ") + tr("dementia unit");
    QStringList people;
    for (const core::Roommate& roommate : bed.roommates)
        people.append(personWithGender(roommate.name, roommate.gender));
    text += QStringLiteral(" · ") +
            (people.isEmpty() ? tr("empty room") : tr("room: %1").arg(people.join(tr(", "))));
    return text;
}

void BedComboBox::reload()
{
    const QString selected = bedUid();
    clear();
    if (m_allowNone)
        addItem(tr("(no bed yet)"), QString());
    const QList<core::FreeBed> beds =
        core::BedService(m_context.database()).freeBedsWithRoommates(m_context.actor());
    for (const core::FreeBed& bed : beds) {
        addItem(label(bed), bed.bed.uid);
        setItemData(count() - 1, bed.bed.code, CodeRole);
    }
    if (!selected.isEmpty())
        selectBed(selected);
}

QString BedComboBox::bedUid() const
{
    return currentData().toString();
}

QString BedComboBox::bedCode() const
{
    return currentData(CodeRole).toString();
}

bool BedComboBox::selectBed(const QString& bedUid)
{
    const int index = findData(bedUid);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

bool BedComboBox::confirmPlacement(const QString& residentUid, const QString& residentName, int gender)
{
    const QString chosen = bedUid();
    if (chosen.isEmpty())
        return true;
    QList<core::Roommate> others;
    if (!runGuarded(this, [&] {
            const core::BedService beds(m_context.database());
            others =
                core::BedService::otherGender(beds.roommates(m_context.actor(), chosen, residentUid), gender);
        }))
        return false;
    if (others.isEmpty())
        return true;
    QStringList people;
    for (const core::Roommate& roommate : std::as_const(others))
        people.append(personWithGender(roommate.name, roommate.gender));
    return confirmAction(this, tr("Room shared with the other gender"),
                         tr("The room of bed %1 is shared with %2. Place %3 there all the same?")
                             .arg(bedCode(), people.join(tr(", ")), personWithGender(residentName, gender)),
                         tr("Place there"));
}

} // namespace jinglao::ui
