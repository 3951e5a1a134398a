#pragma once
// The A4 PDF every printed document is saved as: painted into memory at 300 dpi, Jinglao as its
// creator, then finished into a core::OutputFile's device (the target is checked and replaced only
// when complete) with its text extractable as written.
//
// Why finish() rewrites the file: Noto Sans CJK (and most CJK fonts) draw an ideograph and its
// Kangxi radical with one glyph (工 U+5DE5 and ⼯ U+2F2F), and Qt's PDF writer names each glyph in
// the file's ToUnicode map by the lowest code point the font gives it — the radical. pdftotext, a
// PDF viewer's search and copying then read "⼯时" for 工时, and nobody finds a name. No choice of
// font helps (every CJK face shares those glyphs); finish() names such glyphs by their ideograph,
// which is what was written: nobody types radicals into a record.

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QString>

#include <memory>

class QIODevice;
class QPdfWriter;

namespace jinglao::ui {

class A4Pdf {
    Q_DECLARE_TR_FUNCTIONS(A4Pdf)

public:
    A4Pdf(QIODevice& target, const QString& title, QPageLayout::Orientation orientation,
          qreal marginMillimetres);
    ~A4Pdf();
    A4Pdf(const A4Pdf&) = delete;
    A4Pdf& operator=(const A4Pdf&) = delete;

    // Paint here (QPainter, QTextDocument::print); end the painting before finish().
    QPdfWriter& writer() { return *m_writer; }
    // Writes the finished file to the target, its text maps naming ideographs (withIdeographs);
    // throws core::Error::storage naming shownPath when it cannot.
    void finish(const QString& shownPath);

    // The face every document is set in: Noto Sans CJK SC (fonts-noto-cjk; Qt falls back to another
    // CJK font when it is missing), unshaped: shaped by HarfBuzz, Noto CJK draws the digits of a
    // Latin run ("HB130821-003") with glyphs outside its character map, which the PDF's text map
    // then leaves out — pdftotext read "HB" and no figure at all.
    static QFont documentFont(qreal points, bool bold = false);

    // pdf with every ToUnicode map entry that names a CJK radical (U+2E80–U+2FDF) naming the
    // ideograph the font draws with the same glyph instead. The file keeps its length and its
    // offsets: each code is replaced in place by one of as many digits.
    static QByteArray withIdeographs(QByteArray pdf);
    // The ideograph a CJK font draws radical with (⼯ U+2F2F: 工 U+5DE5), and – for the figure dash
    // ‒ the fonts draw alike; 0 when it is none of them.
    static char16_t ideographOfRadical(char16_t radical);

private:
    QIODevice& m_target;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
};

} // namespace jinglao::ui
