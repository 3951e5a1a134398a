#include "assessments/AssessmentItems.h"

#include <QCoreApplication>

namespace jinglao::core {

namespace {
constexpr const char* Context = "jinglao::core::AssessmentItems";

// Short meanings, score 0 first. The standard describes every score in a sentence or two; these
// are the few words a form can show beside the number.
const QList<const char*> independence = {
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "fully dependent"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "needs much help"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "needs a little help"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "with prompting or aids"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "independent"),
};
const QList<const char*> continence = {
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "incontinent or catheter"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "mostly incontinent"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "occasional accidents"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "poorer at night or uses pads"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "continent"),
};
const QList<const char*> fourStep = {
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "cannot, or fully dependent"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "needs help"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "with prompting or supervision"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "independent"),
};
const QList<const char*> cognition = {
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "lost"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "severely impaired"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "moderately impaired"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "slightly impaired"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "intact"),
};
// The two items where having none scores higher: "1 none" beside "0 aggressive behaviour" read as
// a count of incidents, so each score names the behaviour, present or absent.
const QList<const char*> aggression = {
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "aggressive behaviour"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "no aggressive behaviour"),
};
const QList<const char*> depression = {
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "depressive symptoms"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "no depressive symptoms"),
};
// 意识水平: 0 昏迷 is the score that makes the person 完全失能 whatever the total.
const QList<const char*> consciousness = {
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "coma"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "drowsy or stuporous"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "alert"),
};
const QList<const char*> vision = {
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "light and shapes only, or blind"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "large print only"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "normal"),
};
const QList<const char*> hearing = {
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "hears almost nothing"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "needs a loud voice or aid"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "normal"),
};
const QList<const char*> social = {
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "withdrawn, no contact"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "hardly interacts"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "interacts when drawn in"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "mostly adapts"),
    QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "takes part actively"),
};

using D = AssessmentItems::Dimension;

QList<AssessmentItems::Item> buildItems()
{
    return {
        // 自理能力 (8 items, 0–4 each: 32)
        {QStringLiteral("eating"), D::SelfCare, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Eating"), independence},
        {QStringLiteral("grooming"), D::SelfCare, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Grooming"), independence},
        {QStringLiteral("bathing"), D::SelfCare, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Bathing"), independence},
        {QStringLiteral("dressingUpper"), D::SelfCare, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Dressing (upper body)"), independence},
        {QStringLiteral("dressingLower"), D::SelfCare, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Dressing (trousers, shoes, socks)"),
         independence},
        {QStringLiteral("urineControl"), D::SelfCare, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Bladder control"), continence},
        {QStringLiteral("bowelControl"), D::SelfCare, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Bowel control"), continence},
        {QStringLiteral("toileting"), D::SelfCare, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Toileting"), independence},
        // 基础运动能力 (3 × 0–4 + 0–3: 15)
        {QStringLiteral("bedMobility"), D::Mobility, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Turning in bed"), independence},
        {QStringLiteral("bedChairTransfer"), D::Mobility, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Bed–chair transfer"), independence},
        {QStringLiteral("walking"), D::Mobility, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Walking on level ground"), independence},
        {QStringLiteral("stairs"), D::Mobility, 3,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Stairs"), fourStep},
        // 精神状态 (6 × 0–4 + 0–1 + 0–1 + 0–2: 28)
        {QStringLiteral("timeOrientation"), D::Mental, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Orientation in time"), cognition},
        {QStringLiteral("placeOrientation"), D::Mental, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Orientation in place"), cognition},
        {QStringLiteral("personOrientation"), D::Mental, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Orientation to people"), cognition},
        {QStringLiteral("memory"), D::Mental, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Memory"), cognition},
        {QStringLiteral("comprehension"), D::Mental, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Understanding"), cognition},
        {QStringLiteral("expression"), D::Mental, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Expressing oneself"), cognition},
        {QStringLiteral("aggression"), D::Mental, 1,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Aggressive behaviour"), aggression},
        {QStringLiteral("depression"), D::Mental, 1,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Depressive symptoms"), depression},
        {AssessmentItems::ConsciousnessCode, D::Mental, 2,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Level of consciousness"), consciousness},
        // 感知觉与社会参与 (0–2 + 0–2 + 0–4 + 0–3 + 0–4: 15)
        {QStringLiteral("vision"), D::PerceptionSocial, 2,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Vision"), vision},
        {QStringLiteral("hearing"), D::PerceptionSocial, 2,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Hearing"), hearing},
        {QStringLiteral("dailyAffairs"), D::PerceptionSocial, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Handling daily affairs"), independence},
        {QStringLiteral("transport"), D::PerceptionSocial, 3,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Going out by transport"), fourStep},
        {QStringLiteral("socialInteraction"), D::PerceptionSocial, 4,
         QT_TRANSLATE_NOOP("jinglao::core::AssessmentItems", "Social interaction"), social},
    };
}
} // namespace

const QList<AssessmentItems::Item>& AssessmentItems::all()
{
    static const QList<Item> items = buildItems();
    return items;
}

const AssessmentItems::Item* AssessmentItems::find(const QString& code)
{
    for (const Item& item : all()) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

QList<AssessmentItems::Dimension> AssessmentItems::dimensions()
{
    return {Dimension::SelfCare, Dimension::Mobility, Dimension::Mental, Dimension::PerceptionSocial};
}

QList<AssessmentItems::Item> AssessmentItems::itemsOf(Dimension dimension)
{
    QList<Item> items;
    for (const Item& item : all()) {
        if (item.dimension == dimension)
            items.append(item);
    }
    return items;
}

QString AssessmentItems::label(const Item& item)
{
    return QCoreApplication::translate(Context, item.labelSource);
}

QString AssessmentItems::meaning(const Item& item, int score)
{
    if (score < 0 || score >= item.meanings.size())
        return {};
    return QCoreApplication::translate(Context, item.meanings.at(score));
}

QString AssessmentItems::scoreText(const Item& item, int score)
{
    const QString text = meaning(item, score);
    return text.isEmpty() ? QString::number(score) : QStringLiteral("%1 %2").arg(score).arg(text);
}

QString AssessmentItems::dimensionLabel(Dimension dimension)
{
    switch (dimension) {
    case Dimension::SelfCare:
        return QCoreApplication::translate("jinglao::core::AssessmentItems", "Self-care");
    case Dimension::Mobility:
        return QCoreApplication::translate("jinglao::core::AssessmentItems", "Basic mobility");
    case Dimension::Mental:
        return QCoreApplication::translate("jinglao::core::AssessmentItems", "Mental state");
    case Dimension::PerceptionSocial:
        return QCoreApplication::translate("jinglao::core::AssessmentItems",
                                           "Perception and social participation");
    }
    return {};
}

QString AssessmentItems::dimensionCode(Dimension dimension)
{
    switch (dimension) {
    case Dimension::SelfCare:
        return QStringLiteral("self_care");
    case Dimension::Mobility:
        return QStringLiteral("mobility");
    case Dimension::Mental:
        return QStringLiteral("mental");
    case Dimension::PerceptionSocial:
        return QStringLiteral("perception_social");
    }
    return {};
}

int AssessmentItems::dimensionMax(Dimension dimension)
{
    int sum = 0;
    for (const Item& item : all()) {
        if (item.dimension == dimension)
            sum += item.maxScore;
    }
    return sum;
}

int AssessmentItems::totalMax()
{
    int sum = 0;
    for (const Item& item : all())
        sum += item.maxScore;
    return sum;
}

} // namespace jinglao::core
