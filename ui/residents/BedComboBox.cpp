#include "residents/BedComboBox.h"

#include "beds/BedService.h"
#include "common/AppContext.h"

namespace jinglao::ui {

BedComboBox::BedComboBox(AppContext& context, bool allowNone, QWidget* parent)
    : QComboBox(parent)
    , m_context(context)
    , m_allowNone(allowNone)
{
    setObjectName(QStringLiteral("bedComboBox"));
    reload();
}

void BedComboBox::reload()
{
    const QString selected = bedUid();
    clear();
    if (m_allowNone)
        addItem(tr("(no bed yet)"), QString());
    const QList<core::Bed> beds = core::BedService(m_context.database()).freeBeds(m_context.actor());
    for (const core::Bed& bed : beds) {
        QString label = bed.code + QStringLiteral(" · ") + core::BedService::typeLabel(bed.type);
        if (bed.dementiaUnit)
            label += QStringLiteral(" · ") + tr("dementia unit");
        addItem(label, bed.uid);
    }
    if (!selected.isEmpty())
        selectBed(selected);
}

QString BedComboBox::bedUid() const
{
    return currentData().toString();
}

bool BedComboBox::selectBed(const QString& bedUid)
{
    const int index = findData(bedUid);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace jinglao::ui
