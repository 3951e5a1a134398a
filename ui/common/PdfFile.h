#pragma once
// The A4 PDF every printed document is saved as: checked writable first (QPdfWriter itself does
// not report a file it cannot create), 300 dpi, Jinglao as its creator.

#include <QPageLayout>
#include <QString>

#include <memory>

class QPdfWriter;

namespace jinglao::ui {

// Throws core::Error::storage, naming the file, when it cannot be written.
std::unique_ptr<QPdfWriter> openA4Pdf(const QString& path, const QString& title,
                                      QPageLayout::Orientation orientation, qreal marginMillimetres);

} // namespace jinglao::ui
