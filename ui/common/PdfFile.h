#pragma once
// The A4 PDF every printed document is saved as: written into a core::OutputFile's device (the
// target is checked and replaced only when complete), 300 dpi, Jinglao as its creator.

#include <QPageLayout>
#include <QString>

#include <memory>

class QIODevice;
class QPdfWriter;

namespace jinglao::ui {

std::unique_ptr<QPdfWriter> openA4Pdf(QIODevice& device, const QString& title,
                                      QPageLayout::Orientation orientation, qreal marginMillimetres);

} // namespace jinglao::ui
