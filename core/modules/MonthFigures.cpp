#include "modules/MonthFigures.h"

#include "common/Percent.h"

namespace jinglao::core {

QString MonthFigure::text() const
{
    if (!value)
        return QStringLiteral("");
    return kind == Kind::Count ? QString::number(*value) : percent::text(*value);
}

QString MonthFigure::shownText() const
{
    if (!value)
        return QStringLiteral("—");
    return kind == Kind::Percent ? text() + QLatin1Char('%') : text();
}

void MonthFigures::add(const MonthFigure& figure)
{
    for (MonthFigure& known : m_figures) {
        if (known.key == figure.key) {
            known = figure;
            return;
        }
    }
    m_figures.append(figure);
}

void MonthFigures::addCount(const QString& key, const QString& section, const QString& label, qint64 value)
{
    add({key, section, label, MonthFigure::Kind::Count, value});
}

void MonthFigures::addTenths(const QString& key, const QString& section, const QString& label,
                             MonthFigure::Kind kind, std::optional<qint64> tenths)
{
    add({key, section, label, kind, tenths});
}

const MonthFigure* MonthFigures::find(const QString& key) const
{
    for (const MonthFigure& figure : m_figures) {
        if (figure.key == key)
            return &figure;
    }
    return nullptr;
}

std::optional<qint64> MonthFigures::value(const QString& key) const
{
    const MonthFigure* figure = find(key);
    return figure ? figure->value : std::nullopt;
}

QString MonthFigures::text(const QString& key) const
{
    const MonthFigure* figure = find(key);
    return figure ? figure->text() : QStringLiteral("");
}

} // namespace jinglao::core
