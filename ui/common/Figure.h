#pragma once
// A headline figure: a large value over its caption, as on the home page and the bed map's strip.
// The labels are named <name>ValueLabel and <name>CaptionLabel for tests.

#include <QString>

class QLabel;
class QWidget;

namespace jinglao::ui {

QWidget* makeFigure(QWidget* parent, const QString& name, const QString& caption, QLabel** value,
                    QLabel** captionLabel = nullptr);
// 0.598 → "59.8 %": one decimal, as figures and reports show rates.
QString percentText(double fraction);
// Colours a figure's value (and caption) red when it is off target, green when on target.
void markFigure(QLabel* value, QLabel* caption, bool offTarget);

} // namespace jinglao::ui
