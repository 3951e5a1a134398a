#pragma once
// Headline figures: a large value over its caption, shown as cards in a figure panel — the same
// look on the home page, the bed map and the roster. The labels are named <name>ValueLabel and
// <name>CaptionLabel for tests.

#include <QString>

class QFrame;
class QHBoxLayout;
class QLabel;
class QWidget;

namespace jinglao::ui {

QWidget* makeFigure(QWidget* parent, const QString& name, const QString& caption, QLabel** value,
                    QLabel** captionLabel = nullptr);
// The card the figures sit in: a light panel named name, with an optional heading above them.
// Add figures (and a stretch) to *figures.
QFrame* makeFigurePanel(QWidget* parent, const QString& name, const QString& heading, QHBoxLayout** figures);
// 0.598 → "59.8 %": one decimal, as figures and reports show rates.
QString percentText(double fraction);

// What a figure says about its target. Only a real finding is coloured: red when off target,
// green when a target is met; a plain count, or a figure with nothing behind it, stays neutral.
enum class FigureMark { Neutral, OnTarget, OffTarget };
void markFigure(QLabel* value, QLabel* caption, FigureMark mark);
// The same, for a figure that has a target and data behind it.
void markFigure(QLabel* value, QLabel* caption, bool offTarget);

} // namespace jinglao::ui
