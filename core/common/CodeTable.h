#pragma once
// One way to map an enum to the code stored in the file and the county package ("MEAL") and to
// the label people read (助餐): a table written once per enum, with its labels marked for
// translation where they are written:
//
//     const CodeTable<VisitService>& visitServices()
//     {
//         static const CodeTable<VisitService> table("jinglao::core::VisitService", {
//             {VisitService::Meal, "MEAL", QT_TRANSLATE_NOOP("jinglao::core::VisitService", "Meal help")},
//             …});
//         return table;
//     }
//
// code() and label() of a value not in the table are empty; fromCode() of an unknown code is
// nullopt. Codes are compared exactly (they are stored upper case).

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace jinglao::core {

template <typename Enum> class CodeTable {
public:
    struct Entry {
        Enum value;
        const char* code;
        const char* label; // source text, translated in the table's context
    };

    CodeTable(const char* context, std::initializer_list<Entry> entries)
        : m_context(context)
        , m_entries(entries)
    {}

    QString code(Enum value) const
    {
        const Entry* entry = find(value);
        return entry ? QString::fromLatin1(entry->code) : QString();
    }
    QString label(Enum value) const
    {
        const Entry* entry = find(value);
        return entry ? QCoreApplication::translate(m_context, entry->label) : QString();
    }
    std::optional<Enum> fromCode(const QString& code) const
    {
        for (const Entry& entry : m_entries) {
            if (code == QLatin1String(entry.code))
                return entry.value;
        }
        return std::nullopt;
    }
    // Every value, in the table's order (the order choices are offered in).
    QList<Enum> values() const
    {
        QList<Enum> all;
        for (const Entry& entry : m_entries)
            all.append(entry.value);
        return all;
    }
    QStringList codes() const
    {
        QStringList all;
        for (const Entry& entry : m_entries)
            all.append(QString::fromLatin1(entry.code));
        return all;
    }

private:
    const Entry* find(Enum value) const
    {
        for (const Entry& entry : m_entries) {
            if (entry.value == value)
                return &entry;
        }
        return nullptr;
    }

    const char* m_context;
    QList<Entry> m_entries;
};

} // namespace jinglao::core
