#pragma once
// The figures of one month that the modules contribute to the monthly report (Module::monthFigures,
// gathered by ReportService): the county's monthly_indicators columns under their names in
// county-csv-spec.md, and the report's own details (residents by category, staff by role …).
// Values are whole numbers; percentages, ratios and averages are kept in tenths, rounded half up
// once where they are made, so that the files and the screen write the same "55.0".

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace jinglao::core {

class ModuleSet;

// The month asked about. D of the spec is last; figures are taken as of asOf, which is last for a
// month that is over and today while the month runs (the history does not reach further).
struct ReportMonth {
    QDate first;
    QDate last;
    QDate asOf;
    const ModuleSet* modules = nullptr; // every module, for what needs them all (residents away)

    bool isComplete() const { return asOf == last; }
    QString text() const { return first.toString(QStringLiteral("yyyy-MM")); }
};

struct MonthFigure {
    enum class Kind {
        Count,   // a whole number
        Percent, // tenths of a percent: 553 is 55.3 %
        Tenths,  // a ratio or an average in tenths: 41 is 4.1
    };
    QString key;     // "beds_total" (a county column), "residents_category_DB" …
    QString section; // translated heading the figure is listed under: 床位 …
    QString label;   // translated
    Kind kind = Kind::Count;
    std::optional<qint64> value; // none: no value (a percentage of nothing)

    // As the county file writes it: "12", "55.0", or empty without a value.
    QString text() const;
    // As people read it: "55.0%" for a percentage, "—" without a value.
    QString shownText() const;
};

class MonthFigures {
public:
    void add(const MonthFigure& figure);
    void addCount(const QString& key, const QString& section, const QString& label, qint64 value);
    void addTenths(const QString& key, const QString& section, const QString& label, MonthFigure::Kind kind,
                   std::optional<qint64> tenths);

    const QList<MonthFigure>& all() const { return m_figures; }
    // nullptr when no module gave that key.
    const MonthFigure* find(const QString& key) const;
    std::optional<qint64> value(const QString& key) const;
    // The figure's file text; empty when no module gave it.
    QString text(const QString& key) const;

private:
    QList<MonthFigure> m_figures;
};

} // namespace jinglao::core
