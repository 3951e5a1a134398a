// The PDF's text maps name ideographs, not the CJK radicals a font draws alike (A4Pdf::withIdeographs).

#include "common/PdfFile.h"

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("A PDF's ToUnicode map names the ideograph a radical's glyph was drawn for", "[pdf]")
{
    CHECK(ui::A4Pdf::ideographOfRadical(0x2F2F) == 0x5DE5); // ⼯ 工
    CHECK(ui::A4Pdf::ideographOfRadical(0x2F7C) == 0x8001); // ⽼ 老
    CHECK(ui::A4Pdf::ideographOfRadical(0x2EDD) == 0x98DF); // ⻝ 食
    CHECK(ui::A4Pdf::ideographOfRadical(0x2F3E) == 0x6237); // ⼾ 户, as the SC faces draw it
    CHECK(ui::A4Pdf::ideographOfRadical(0x2E81) == 0);      // ⺁ has its own glyph
    CHECK(ui::A4Pdf::ideographOfRadical(0x2EE2) == 0x9A6C); // ⻢ 马
    CHECK(ui::A4Pdf::ideographOfRadical(0x5DE5) == 0);
    CHECK(ui::A4Pdf::ideographOfRadical(0x2012) == 0x2013); // ‒ is the – written
    // Unshaped, so that the digits of a Latin run keep the glyphs the text map names.
    CHECK((ui::A4Pdf::documentFont(9.5).styleStrategy() & QFont::PreferNoShaping) != 0);

    const QByteArray before = "1 0 obj\n<< /Length 9 >>\nstream\n<2F2F> <2f7c>\nendstream\n"
                              "/CIDInit /ProcSet findresource begin\nbegincmap\n"
                              "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                              "4 beginbfrange\n<0000> <0000> <0000>\n<0001> <0001> <2f2f>\n"
                              "<2F00> <2F02> [<2F2F> <65F6> <2F7C> ]\n<0010> <0019> <2F00>\nendbfrange\n"
                              "1 beginbfchar\n<2F2F> <2F08>\nendbfchar\nendcmap\n<2F2F>\n";
    const QByteArray after = ui::A4Pdf::withIdeographs(before);
    CHECK(after.size() == before.size());
    // Outside a CMap nothing changes, nor the glyph codes (the first two of a range, the first of
    // a char); the codes named are the ideographs, in the file's case.
    CHECK(after.startsWith("1 0 obj\n<< /Length 9 >>\nstream\n<2F2F> <2f7c>\n"));
    CHECK(after.contains("<0001> <0001> <5de5>\n"));
    CHECK(after.contains("<2F00> <2F02> [<5DE5> <65F6> <8001> ]\n"));
    CHECK(after.contains("<0010> <0019> <2F00>\n")); // counts up from ⼀: left alone
    CHECK(after.contains("<2F2F> <4EBA>\nendbfchar"));
    CHECK(after.endsWith("endcmap\n<2F2F>\n"));
}
