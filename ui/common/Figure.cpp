#include "common/Figure.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QVariant>

#include <algorithm>

namespace jinglao::ui {

namespace {
const QString valueStyle = QStringLiteral("font-size: 20px; font-weight: bold; color: %1;");
const QString neutralValue = QStringLiteral("#263238");
const QString captionStyle = QStringLiteral("color: #555;");

// A figure's caption: on one line while the row has room, wrapped onto more when it has not (a
// long English caption at 1366 pixels), so that the last figure of a row is never cut off.
class CaptionLabel : public QLabel {
public:
    CaptionLabel(const QString& text, QWidget* parent)
        : QLabel(text, parent)
    {
        setWordWrap(true);
    }
    QSize sizeHint() const override
    {
        const QSize wrapped = QLabel::sizeHint();
        const int oneLine = fontMetrics().horizontalAdvance(text()) + 2;
        return {std::max(wrapped.width(), oneLine), wrapped.height()};
    }
    QSize minimumSizeHint() const override
    {
        const int oneLine = fontMetrics().horizontalAdvance(text()) + 2;
        return {std::min(oneLine, fontMetrics().averageCharWidth() * 12), QLabel::minimumSizeHint().height()};
    }
};
} // namespace

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
    (*value)->setStyleSheet(valueStyle.arg(neutralValue));
    auto* label = new CaptionLabel(caption, box);
    label->setObjectName(name + QStringLiteral("CaptionLabel"));
    label->setStyleSheet(captionStyle);
    layout->addWidget(*value);
    layout->addWidget(label);
    layout->addStretch(1); // values on one line when captions take one, two or three
    if (captionLabel)
        *captionLabel = label;
    return box;
}

QFrame* makeFigurePanel(QWidget* parent, const QString& name, const QString& heading, QHBoxLayout** figures)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setStyleSheet(
        QStringLiteral("#%1 { background: #f5f7fa; border: 1px solid #dde3ea; border-radius: 6px; }")
            .arg(name));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 8, 14, 10);
    layout->setSpacing(4);
    if (!heading.isEmpty()) {
        auto* title = new QLabel(heading, frame);
        title->setObjectName(name + QStringLiteral("HeadingLabel"));
        title->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; color: #37474f;"));
        layout->addWidget(title);
    }
    *figures = new QHBoxLayout;
    (*figures)->setSpacing(32);
    layout->addLayout(*figures);
    return frame;
}

QString percentText(double fraction)
{
    return QStringLiteral("%1 %").arg(fraction * 100.0, 0, 'f', 1);
}

void markFigure(QLabel* value, QLabel* caption, FigureMark mark)
{
    value->setProperty("offTarget", mark == FigureMark::OffTarget);
    value->setProperty("onTarget", mark == FigureMark::OnTarget);
    const QString colour = mark == FigureMark::OffTarget  ? QStringLiteral("#c62828")
                           : mark == FigureMark::OnTarget ? QStringLiteral("#2e7d32")
                                                          : neutralValue;
    value->setStyleSheet(valueStyle.arg(colour));
    if (caption)
        caption->setStyleSheet(mark == FigureMark::OffTarget ? QStringLiteral("color: #c62828;")
                                                             : captionStyle);
}

void markFigure(QLabel* value, QLabel* caption, bool offTarget)
{
    markFigure(value, caption, offTarget ? FigureMark::OffTarget : FigureMark::OnTarget);
}

} // namespace jinglao::ui
