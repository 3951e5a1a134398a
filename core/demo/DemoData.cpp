#include "demo/DemoData.h"

#include "common/IdNumber.h"

namespace jinglao::core::demo {

int uniform(std::mt19937& rng, int low, int high)
{
    // std::uniform_int_distribution is not the same on every standard library; this is.
    const quint64 span = static_cast<quint64>(high - low) + 1;
    return low + static_cast<int>(static_cast<quint64>(rng()) % span);
}

bool chance(std::mt19937& rng, double probability)
{
    return static_cast<double>(rng()) / 4294967296.0 < probability;
}

QString surname(std::mt19937& rng)
{
    // The common surnames of northern Hebei, the first ones most often.
    static const QStringList common =
        QString::fromUtf8("王 李 张 刘 杨 赵 陈 孙 马 高 于 郭 周 吴 徐 朱 胡 贾 董 田")
            .split(QLatin1Char(' '));
    static const QStringList rarer =
        QString::fromUtf8(
            "韩 冯 宋 曹 白 苏 任 崔 邢 郝 闫 石 梁 齐 孟 姜 范 付 杜 谷 常 尹 霍 韦 鲍 邵 戴 庞 薛 满")
            .split(QLatin1Char(' '));
    return chance(rng, 0.75) ? pick(rng, common) : pick(rng, rarer);
}

QString givenName(std::mt19937& rng, int gender, int birthYear)
{
    static const QStringList menOld =
        QString::fromUtf8(
            "福 贵 德 明 宝 山 林 海 发 财 永 志 春 荣 生 文 玉 庆 祥 树 长 有 广 振 国 成 金 义 万 顺")
            .split(QLatin1Char(' '));
    static const QStringList menNew = QString::fromUtf8("建国 建华 建军 国华 国强 国庆 卫国 跃进 援朝 胜利 "
                                                        "振华 新民 志强 德胜 保国 学军 红军 立新 忠诚 秀山")
                                          .split(QLatin1Char(' '));
    static const QStringList womenOld =
        QString::fromUtf8("桂 英 兰 秀 珍 凤 芝 荣 霞 玉 淑 翠 金 花 云 素 梅 贞 芬 琴")
            .split(QLatin1Char(' '));
    static const QStringList womenNew = QString::fromUtf8("秀兰 桂英 淑珍 玉兰 凤英 秀英 桂兰 淑兰 玉珍 秀珍 "
                                                          "桂芝 淑芬 凤兰 玉英 素珍 翠兰 桂荣 秀芳 红梅 丽华")
                                            .split(QLatin1Char(' '));
    const bool man = gender == 1;
    // Born before 1945: two characters joined from the older stock; later: the era's names.
    if (birthYear < 1945 || chance(rng, 0.35)) {
        const QStringList& stock = man ? menOld : womenOld;
        if (chance(rng, 0.2))
            return pick(rng, stock);
        QString first = pick(rng, stock);
        QString second = pick(rng, stock);
        while (second == first)
            second = pick(rng, stock);
        return first + second;
    }
    return pick(rng, man ? menNew : womenNew);
}

QString fullName(std::mt19937& rng, int gender, int birthYear)
{
    const QString family = surname(rng);
    return family + givenName(rng, gender, birthYear);
}

QString idNumber(std::mt19937& rng, const QDate& birthDate, int gender, QSet<QString>& used,
                 const QString& region)
{
    for (;;) {
        int sequence = uniform(rng, 1, 999);
        // GB 11643: the 17th digit is odd for men, even for women.
        if ((sequence % 2 == 1) != (gender == 1))
            sequence = sequence == 999 ? 998 : sequence + 1;
        const QString first17 = region + birthDate.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        const QString id = first17 + IdNumber::checkCharacter(first17);
        if (!used.contains(id)) {
            used.insert(id);
            return id;
        }
    }
}

QString mobilePhone(std::mt19937& rng)
{
    static const QStringList prefixes =
        QString::fromUtf8("130 131 132 133 135 136 137 138 139 150 151 152 155 157 158 159 "
                          "177 180 181 182 183 185 186 187 188 189 199")
            .split(QLatin1Char(' '));
    QString phone = pick(rng, prefixes);
    for (int i = 0; i < 8; ++i)
        phone.append(QLatin1Char(static_cast<char>('0' + uniform(rng, 0, 9))));
    return phone;
}

quint32 stepSeed(quint32 seed, const QString& stepName)
{
    // FNV-1a: qHash is salted per process and would break determinism.
    quint32 hash = 2166136261u ^ seed;
    for (const QChar c : stepName) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace jinglao::core::demo
