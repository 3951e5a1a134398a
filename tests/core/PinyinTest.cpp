// Names are spelt the way people say them: a surname in its surname reading, the rest as usual;
// search accepts both readings and ranks the closest matches first.

#include "common/Pinyin.h"

#include "QtStringMaker.h"

#include <catch2/catch.hpp>

using namespace jinglao::core;

TEST_CASE("Surnames with their own reading are spelt as surnames, compound surnames first", "[pinyin]")
{
    const QList<std::pair<const char*, const char*>> cases = {
        {"曾国藩", "zengguofan"},   {"单雄信", "shanxiongxin"}, {"解缙", "xiejin"},
        {"仇英", "qiuying"},        {"区伟", "ouwei"},          {"朴树", "piaoshu"},
        {"查良镛", "zhaliangyong"}, {"盖叫天", "gejiaotian"},   {"乐毅", "yueyi"},
        {"覃明", "qinming"},        {"缪斌", "miaobin"},        {"翟方", "zhaifang"},
        {"种师道", "chongshidao"},  {"阚泽", "kanze"},          {"隗嚣", "weixiao"},
        {"尉迟恭", "yuchigong"},    {"万俟卨", "moqixie"},      {"欧阳修", "ouyangxiu"},
        {"张三", "zhangsan"},
    };
    for (const auto& [name, spelt] : cases) {
        INFO(name);
        CHECK(pinyin::full(QString::fromUtf8(name)) == QString::fromLatin1(spelt));
    }
    CHECK(pinyin::initials(QString::fromUtf8("尉迟恭")) == QStringLiteral("ycg"));
    // Only the surname is read as a surname: 曾 in a given name keeps its common reading.
    CHECK(pinyin::full(QString::fromUtf8("王曾")) == QStringLiteral("wangceng"));
}

TEST_CASE("The search key holds both readings, their initials and every syllable", "[pinyin]")
{
    CHECK(pinyin::searchKey(QString::fromUtf8("曾明")) ==
          QStringLiteral("|zengming|cengming|zm|cm|<zeng><ceng> zeng ming ceng "));
    CHECK(pinyin::searchKey(QString::fromUtf8("胡军")) == QStringLiteral("|hujun|hj|<hu> hu jun "));
    CHECK(pinyin::searchKey(QString::fromUtf8("欧阳修")) ==
          QStringLiteral("|ouyangxiu|oyx|<ouyang> ou yang xiu "));
    CHECK(pinyin::searchKey(QString::fromUtf8("尉迟恭")) ==
          QStringLiteral("|yuchigong|weichigong|ycg|wcg|<yuchi><weichi> yu chi gong wei "));
    CHECK(pinyin::normalizedQuery(QStringLiteral(" Zeng S ")) == QStringLiteral("zengs"));
    CHECK(pinyin::normalizedQuery(QString::fromUtf8("张")).isEmpty());
}
