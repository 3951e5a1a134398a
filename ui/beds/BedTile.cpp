#include "beds/BedTile.h"

#include "beds/BedService.h"
#include "residents/ResidentService.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace jinglao::ui {

BedTile::BedTile(const core::BedView& view, QWidget* parent)
    : QAbstractButton(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("bedTile"));
    setCursor(Qt::PointingHandCursor);
    setContextMenuPolicy(Qt::CustomContextMenu);
    QStringList tip{QStringLiteral("<b>%1</b> · %2")
                        .arg(view.bed.code.toHtmlEscaped(), core::bedTypeCodes().label(view.bed.type))};
    if (view.bed.dementiaUnit)
        tip.append(tr("Dementia care unit"));
    tip.append(core::BedService::stateLabel(view.state));
    if (!view.residentName.isEmpty())
        tip.append(QStringLiteral("%1 · %2").arg(view.residentName.toHtmlEscaped(),
                                                 core::ResidentService::careLevelLabel(view.careLevel)));
    setToolTip(tip.join(QStringLiteral("<br>")));
    setAccessibleName(view.bed.code);
}

QFont BedTile::smallFont() const
{
    QFont small = font();
    small.setPixelSize(11);
    return small;
}

QFont BedTile::mainFont() const
{
    QFont main = font();
    main.setPixelSize(13);
    return main;
}

QSize BedTile::sizeHint() const
{
    const QFontMetrics small(smallFont());
    QFont bold = mainFont();
    bold.setBold(true);
    const QFontMetrics name(bold);
    const QFontMetrics word(mainFont());
    int level = 0;
    for (int careLevel = -1; careLevel <= 4; ++careLevel)
        level = std::max(level, small.horizontalAdvance(shortLevel(careLevel)));
    int content = name.horizontalAdvance(QStringLiteral("张淑兰")) + 6 + level;
    for (const QString& state : {tr("Free"), tr("Out of service")})
        content = std::max(content, word.horizontalAdvance(state));
    // The tile's frame and margins take 12 pixels.
    return {std::max(92, content + 12), 42};
}

QColor BedTile::fillColor(core::BedState state)
{
    switch (state) {
    case core::BedState::Free:
        return QColor(0xe8, 0xf5, 0xe9);
    case core::BedState::Occupied:
        return QColor(0xdc, 0xeb, 0xfb);
    case core::BedState::Held:
        return QColor(0xff, 0xf0, 0xd6);
    case core::BedState::OutOfService:
        return QColor(0xe6, 0xe6, 0xe6);
    }
    return Qt::white;
}

QColor BedTile::borderColor(core::BedState state)
{
    switch (state) {
    case core::BedState::Free:
        return QColor(0x4c, 0xaf, 0x50);
    case core::BedState::Occupied:
        return QColor(0x1e, 0x88, 0xe5);
    case core::BedState::Held:
        return QColor(0xf5, 0x7c, 0x00);
    case core::BedState::OutOfService:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::black;
}

QString BedTile::shortLevel(int careLevel)
{
    switch (careLevel) {
    case 0:
        return tr("Able", "care level, short");
    case 1:
        return tr("Mild", "care level, short");
    case 2:
        return tr("Moderate", "care level, short");
    case 3:
        return tr("Severe", "care level, short");
    case 4:
        return tr("Total", "care level, short");
    default:
        return tr("—", "care level not assessed, short");
    }
}

void BedTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    path.addRoundedRect(box, 5, 5);
    QColor fill = fillColor(m_view.state);
    if (isDown() || underMouse())
        fill = fill.darker(108);
    painter.fillPath(path, fill);
    painter.setPen(QPen(borderColor(m_view.state), hasFocus() ? 2.0 : 1.2));
    painter.drawPath(path);

    // First line: the bed code, and 护 for a nursing bed.
    const QFont small = smallFont();
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF top = box.adjusted(5, 2, -5, 0);
    painter.drawText(top, Qt::AlignLeft | Qt::AlignTop, m_view.bed.code);
    if (m_view.bed.type == core::BedType::Nursing)
        painter.drawText(top, Qt::AlignRight | Qt::AlignTop, tr("N", "nursing bed mark"));

    QFont main = mainFont();
    const QRectF bottom = box.adjusted(5, 17, -5, -2);
    QString line;
    switch (m_view.state) {
    case core::BedState::Free:
        line = tr("Free");
        break;
    case core::BedState::OutOfService:
        line = tr("Out of service");
        break;
    case core::BedState::Occupied:
    case core::BedState::Held:
        line = m_view.residentName;
        break;
    }
    if (m_view.state == core::BedState::Occupied || m_view.state == core::BedState::Held) {
        // The care level on the right, the name in what is left of the line.
        const QString level = shortLevel(m_view.careLevel);
        const int levelWidth = QFontMetrics(small).horizontalAdvance(level);
        main.setBold(true);
        painter.setFont(main);
        painter.setPen(QColor(0x21, 0x21, 0x21));
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(line, Qt::ElideRight,
                                                          static_cast<int>(bottom.width()) - levelWidth - 6));
        painter.setFont(small);
        painter.setPen(m_view.careLevel >= 3 ? QColor(0xc6, 0x28, 0x28) : QColor(0x55, 0x55, 0x55));
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, level);
    } else {
        painter.setFont(main);
        painter.setPen(borderColor(m_view.state).darker(130));
        painter.drawText(
            bottom, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(line, Qt::ElideRight, static_cast<int>(bottom.width())));
    }
}

} // namespace jinglao::ui
