#pragma once
// The 26 items of the GB/T 42195-2022 ability assessment, as data: code, dimension, label,
// maximum score and the short meaning of each score. Forms, validation and scoring read them
// from here, so the scale is written down once.

#include <QList>
#include <QString>
#include <QStringList>

namespace jinglao::core {

// Translations use the context "jinglao::core::AssessmentItems" (the item table is marked with
// QT_TRANSLATE_NOOP in that context).
class AssessmentItems {
public:
    // The four dimensions (一级指标) in the order of the standard.
    enum class Dimension { SelfCare, Mobility, Mental, PerceptionSocial };

    struct Item {
        QString code; // stable, stored in assessments.item_scores: "eating", "stairs" …
        Dimension dimension;
        int maxScore;                // scores run 0 … maxScore; higher means more able
        const char* labelSource;     // untranslated label
        QList<const char*> meanings; // untranslated short meaning of score 0 … maxScore
    };

    static const QList<Item>& all();
    // nullptr for an unknown code.
    static const Item* find(const QString& code);
    static QList<Dimension> dimensions();
    static QList<Item> itemsOf(Dimension dimension);

    static QString label(const Item& item);
    // "4 独立完成": the score and its short meaning.
    static QString scoreText(const Item& item, int score);
    static QString meaning(const Item& item, int score);

    static QString dimensionLabel(Dimension dimension);
    static QString
    dimensionCode(Dimension dimension); // "self_care", "mobility", "mental", "perception_social"
    // Sum of the maxima of the dimension's items: 32, 15, 28, 15.
    static int dimensionMax(Dimension dimension);
    static int totalMax(); // 90

    // The 意识水平 item; its score 0 means the person is in a coma.
    static inline const QString ConsciousnessCode = QStringLiteral("consciousness");
    static constexpr int ComaScore = 0;
};

} // namespace jinglao::core
