#include "common/Figure.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QVariant>

namespace jinglao::ui {

namespace {
const QString valueStyle = QStringLiteral("font-size: 20px; font-weight: bold; color: %1;");
}

QWidget* makeFigure(QWidget* parent, const QString& name, const QString& caption, QLabel** value,
                    QLabel** captionLabel)
{
    auto* box = new QWidget(parent);
    box->setObjectName(name + QStringLiteral("Figure"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    *value = new QLabel(box);
    (*value)->setObjectName(name + QStringLiteral("ValueLabel"));
    (*value)->setStyleSheet(valueStyle.arg(QStringLiteral("#263238")));
    auto* label = new QLabel(caption, box);
    label->setObjectName(name + QStringLiteral("CaptionLabel"));
    label->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(*value);
    layout->addWidget(label);
    if (captionLabel)
        *captionLabel = label;
    return box;
}

QString percentText(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', 1);
}

void markFigure(QLabel* value, QLabel* caption, bool offTarget)
{
    value->setProperty("offTarget", offTarget);
    value->setStyleSheet(valueStyle.arg(offTarget ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32")));
    if (caption)
        caption->setStyleSheet(offTarget ? QStringLiteral("color: #c62828;")
                                         : QStringLiteral("color: #555;"));
}

} // namespace jinglao::ui
