#include "common/PdfFile.h"

#include <QPageSize>
#include <QPdfWriter>

namespace jinglao::ui {

std::unique_ptr<QPdfWriter> openA4Pdf(QIODevice& device, const QString& title,
                                      QPageLayout::Orientation orientation, qreal marginMillimetres)
{
    auto writer = std::make_unique<QPdfWriter>(&device);
    writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation,
                    QMarginsF(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres),
                    QPageLayout::Millimeter));
    writer->setResolution(300);
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("Jinglao"));
    return writer;
}

} // namespace jinglao::ui
