#include "common/PdfFile.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>

namespace jinglao::ui {

std::unique_ptr<QPdfWriter> openA4Pdf(const QString& path, const QString& title,
                                      QPageLayout::Orientation orientation, qreal marginMillimetres)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        throw core::Error::storage(QCoreApplication::translate("jinglao::ui::PdfFile", "Cannot write %1: %2")
                                       .arg(QDir::toNativeSeparators(path), probe.errorString()));
    probe.close();
    auto writer = std::make_unique<QPdfWriter>(path);
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
