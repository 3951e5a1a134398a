#include "common/PdfFile.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>

#include <algorithm>

namespace jinglao::ui {

namespace {

// CJK Radicals Supplement code points that Noto Sans/Serif CJK SC (the program's faces) draw with an
// ideograph's glyph, and that ideograph, read from the fonts' cmaps (⻝ U+2EDD is 食); ⺟ and ⻳ by
// their decomposition. The Kangxi radicals U+2F00–U+2FD5 follow their Unicode compatibility
// decomposition, but for ⼾ U+2F3E the SC faces draw 户 U+6237.
struct RadicalIdeograph {
    char16_t radical;
    char16_t ideograph;
};
constexpr RadicalIdeograph sharedGlyphs[] = {
    {0x2E82, 0x4E5B}, {0x2E83, 0x4E5A}, {0x2E85, 0x4EBB}, {0x2E89, 0x5202}, {0x2E8B, 0x353E},
    {0x2E8E, 0x5140}, {0x2E8F, 0x5C23}, {0x2E90, 0x5C22}, {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A},
    {0x2E94, 0x5F51}, {0x2E95, 0x5F50}, {0x2E96, 0x5FC4}, {0x2E98, 0x624C}, {0x2E99, 0x6535},
    {0x2E9B, 0x65E1}, {0x2E9E, 0x6B7A}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35},
    {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA8, 0x72AD}, {0x2EAB, 0x7F52},
    {0x2EAD, 0x793B}, {0x2EAF, 0x7CF9}, {0x2EB0, 0x7E9F}, {0x2EB1, 0x7F53}, {0x2EB2, 0x7F52},
    {0x2EB3, 0x34C1}, {0x2EB9, 0x8002}, {0x2EBA, 0x8080}, {0x2EBE, 0x8279}, {0x2EC1, 0x864E},
    {0x2EC2, 0x8864}, {0x2EC3, 0x8980}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0},
    {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66}, {0x2ECC, 0x8FB6}, {0x2ED0, 0x9485}, {0x2ED1, 0x9577},
    {0x2ED2, 0x9578}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED6, 0x961D}, {0x2ED8, 0x9752},
    {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF},
    {0x2EDF, 0x98E0}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C},
    {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4},
    {0x2EEA, 0x9EFE}, {0x2EEB, 0x6589}, {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EEF, 0x7ADC},
    {0x2EF0, 0x9F99}, {0x2EF1, 0x9F9C}, {0x2EF2, 0x4E80}, {0x2EF3, 0x9F9F}, {0x2F3E, 0x6237},
};

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Rewrites the destination codes of one ToUnicode CMap's text, in place: in a bfrange line
// "<glyph> <glyph> <code>" or "<from> <to> [<code> …]" the codes after the first two, in a bfchar
// line "<glyph> <code>" the one after the first. A range of several glyphs with one code counts
// up from it, and is left as it is (Qt writes one only for ten glyphs or more in code order).
void fixCMap(char* data, qsizetype length)
{
    enum class Block { None, Range, Char };
    Block block = Block::None;
    int tokenInLine = 0;
    bool array = false;
    QByteArray from;
    QByteArray to;
    for (qsizetype i = 0; i < length; ++i) {
        const char c = data[i];
        if (c == '\n' || c == '\r') {
            tokenInLine = 0;
            array = false;
            continue;
        }
        if (c == '[') {
            array = true;
            continue;
        }
        if (c == 'b' || c == 'e') {
            const QByteArrayView rest(data + i, length - i);
            if (rest.startsWith("beginbfrange"))
                block = Block::Range;
            else if (rest.startsWith("beginbfchar"))
                block = Block::Char;
            else if (rest.startsWith("endbfrange") || rest.startsWith("endbfchar"))
                block = Block::None;
            continue;
        }
        if (c != '<' || block == Block::None)
            continue;
        qsizetype end = i + 1;
        while (end < length && isHexDigit(data[end]))
            ++end;
        if (end >= length || data[end] != '>')
            continue;
        const int token = tokenInLine++;
        if (block == Block::Range && token == 0)
            from = QByteArray(data + i + 1, end - i - 1).toUpper();
        if (block == Block::Range && token == 1)
            to = QByteArray(data + i + 1, end - i - 1).toUpper();
        const bool destination = block == Block::Range ? token >= 2 && (array || from == to) : token >= 1;
        if (destination && end - i - 1 == 4) {
            bool ok = false;
            const auto code = static_cast<char16_t>(QByteArray(data + i + 1, 4).toUInt(&ok, 16));
            const char16_t ideograph = ok ? A4Pdf::ideographOfRadical(code) : char16_t(0);
            if (ideograph != 0) {
                const QByteArray digits =
                    QByteArray::number(static_cast<uint>(ideograph), 16).rightJustified(4, '0');
                const bool lower =
                    std::any_of(data + i + 1, data + end, [](char d) { return d >= 'a' && d <= 'f'; });
                const QByteArray written = lower ? digits.toLower() : digits.toUpper();
                std::copy(written.cbegin(), written.cend(), data + i + 1);
            }
        }
        i = end;
    }
}

} // namespace

A4Pdf::A4Pdf(QIODevice& target, const QString& title, QPageLayout::Orientation orientation,
             qreal marginMillimetres)
    : m_target(target)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation,
                    QMarginsF(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres),
                    QPageLayout::Millimeter));
    m_writer->setResolution(300);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Jinglao"));
}

A4Pdf::~A4Pdf() = default;

void A4Pdf::finish(const QString& shownPath)
{
    m_writer.reset();
    const QByteArray pdf = withIdeographs(m_buffer.data());
    if (pdf.isEmpty() || m_target.write(pdf) != pdf.size())
        throw core::Error::storage(tr("Cannot write %1.").arg(shownPath));
}

QFont A4Pdf::documentFont(qreal points, bool bold)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                      QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("SimSun")});
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

char16_t A4Pdf::ideographOfRadical(char16_t radical)
{
    if (radical == 0x2012) // ‒ figure dash: the fonts draw – (U+2013) with its glyph
        return 0x2013;
    for (const RadicalIdeograph& shared : sharedGlyphs) {
        if (shared.radical == radical)
            return shared.ideograph;
    }
    if (radical >= 0x2F00 && radical <= 0x2FD5) {
        const QString decomposition = QChar::decomposition(radical);
        if (decomposition.size() == 1)
            return decomposition.at(0).unicode();
    }
    return 0;
}

QByteArray A4Pdf::withIdeographs(QByteArray pdf)
{
    static constexpr QByteArrayView begin("begincmap");
    static constexpr QByteArrayView end("endcmap");
    char* data = pdf.data();
    qsizetype from = 0;
    while ((from = pdf.indexOf(begin, from)) >= 0) {
        const qsizetype to = pdf.indexOf(end, from);
        if (to < 0)
            break;
        fixCMap(data + from, to - from);
        from = to + end.size();
    }
    return pdf;
}

} // namespace jinglao::ui
