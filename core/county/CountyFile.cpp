#include "county/CountyFile.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "common/IdNumber.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace jinglao::core {

QString CountyExportRange::changedCondition(const QString& column)
{
    return QStringLiteral("(%1 > ? AND %1 <= ?)").arg(column);
}

// ---- CountyRow -------------------------------------------------------------------------------

CountyRow::CountyRow(QString file, qint64 line, QHash<QString, QString> values)
    : m_file(std::move(file))
    , m_line(line)
    , m_values(std::move(values))
{
    static const QRegularExpression escaped(QStringLiteral("^'[=+\\-@]"));
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        if (escaped.match(it.value()).hasMatch())
            it.value().remove(0, 1);
    }
}

QString CountyRow::text(const QString& column) const
{
    // Never a null string: an empty field is stored as '' where the column is NOT NULL.
    const QString value = m_values.value(column);
    return value.isNull() ? QStringLiteral("") : value;
}

Error CountyRow::invalid(const QString& column, const QString& reason) const
{
    return Error::validation(column, text(column), reason);
}

Error CountyRow::unknownCode(const QString& column, const QString& value, const QStringList& codes) const
{
    return Error::validation(column, value,
                             tr("is not one of the codes %1.").arg(codes.join(QStringLiteral(", "))));
}

QString CountyRow::required(const QString& column) const
{
    const QString value = text(column);
    if (value.trimmed().isEmpty())
        throw Error::validation(column, value, tr("is required."));
    return value;
}

QString CountyRow::bounded(const QString& column, int maxLength, bool isRequired) const
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.size() > maxLength)
        throw invalid(column, tr("may have at most %1 characters.").arg(maxLength));
    return value;
}

bool CountyRow::deleted() const
{
    return flag(QStringLiteral("deleted"), false);
}

QDateTime CountyRow::updatedAt() const
{
    return Clock::parseTimestamp(timestamp(QStringLiteral("updated_at"), true));
}

QDate CountyRow::date(const QString& column, bool isRequired) const
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return {};
    const std::optional<QDate> day = datetext::isoDate(value);
    if (!day)
        throw invalid(column, tr("is not a date of the form yyyy-MM-dd."));
    return *day;
}

QString CountyRow::timestamp(const QString& column, bool isRequired) const
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return {};
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(value).hasMatch() || !QDateTime::fromString(value, Qt::ISODateWithMs).isValid())
        throw invalid(column, tr("is not a timestamp with its offset, like 2026-11-02T08:30:00+08:00."));
    return value;
}

bool CountyRow::flag(const QString& column, bool fallback) const
{
    const QString value = text(column);
    if (value.isEmpty())
        return fallback;
    if (value == QLatin1String("0"))
        return false;
    if (value == QLatin1String("1"))
        return true;
    throw invalid(column, tr("must be 0 or 1."));
}

std::optional<int> CountyRow::integer(const QString& column, int min, int max, bool isRequired) const
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return std::nullopt;
    static const QRegularExpression pattern(QStringLiteral("^-?\\d{1,9}$"));
    const int number = value.toInt();
    if (!pattern.match(value).hasMatch() || number < min || number > max)
        throw invalid(column, tr("must be a whole number from %1 to %2.").arg(min).arg(max));
    return number;
}

QString CountyRow::codeOf(const QString& column, const QStringList& allowed, bool isRequired) const
{
    const QString value = isRequired ? required(column) : text(column);
    if (!value.isEmpty() && !allowed.contains(value))
        throw unknownCode(column, value, allowed);
    return value;
}

QString CountyRow::codeList(const QString& column, const QStringList& allowed, bool isRequired) const
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return {};
    const QStringList codes = value.split(QLatin1Char(';'));
    QSet<QString> seen;
    for (const QString& code : codes) {
        if (!allowed.contains(code))
            throw unknownCode(column, code, allowed);
        if (seen.contains(code))
            throw invalid(column, tr("names %1 twice.").arg(code));
        seen.insert(code);
    }
    return value;
}

QString CountyRow::idNumber(const QString& column, bool isRequired) const
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return {};
    if (value.size() != 18 || value.endsWith(QLatin1Char('x')))
        throw invalid(column, tr("must have 18 characters, X in upper case."));
    return IdNumber::normalize(value, column);
}

void CountyRow::requireAgreesWithId(const QString& id, const QDate& birthDate, int gender) const
{
    if (IdNumber::birthDate(id) != birthDate)
        throw invalid(QStringLiteral("birth_date"), tr("does not agree with the ID number, which gives %1.")
                                                        .arg(IdNumber::birthDate(id).toString(Qt::ISODate)));
    if (IdNumber::gender(id) != gender)
        throw invalid(QStringLiteral("gender"), tr("does not agree with the ID number."));
}

QString CountyRow::reference(const Database& db, const QString& column, const QString& table,
                             bool isRequired) const
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return {};
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM %1 WHERE uid = ?").arg(table), {value}).isValid())
        throw invalid(column, tr("names no record in %1 of the package or the database.").arg(table));
    return value;
}

// ---- CountyFile ------------------------------------------------------------------------------

QStringList CountyFile::columnNames() const
{
    QStringList names;
    for (const CountyColumn& column : columns)
        names.append(column.name);
    return names;
}

QStringList CountyFile::requiredColumns() const
{
    QStringList names;
    for (const CountyColumn& column : columns) {
        if (column.required)
            names.append(column.name);
    }
    return names;
}

namespace county {

QString text(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

QString flag(const QVariant& value)
{
    return value.toInt() != 0 ? QStringLiteral("1") : QStringLiteral("0");
}

QList<CountyColumn> withRecordColumns(const QList<CountyColumn>& columns)
{
    QList<CountyColumn> all = columns;
    all.append({QStringLiteral("updated_at"), true});
    all.append({QStringLiteral("deleted"), false});
    return all;
}

CountyFile file(const char* name, const char* table, int importOrder,
                std::initializer_list<std::pair<const char*, bool>> columns)
{
    CountyFile result;
    result.name = QString::fromLatin1(name);
    result.table = QString::fromLatin1(table);
    result.importOrder = importOrder;
    QList<CountyColumn> list;
    for (const auto& [column, required] : columns)
        list.append({QString::fromLatin1(column), required});
    result.columns = withRecordColumns(list);
    return result;
}

void write(RecordWriter& writer, const QString& table, const CountyRow& row, bool exists, QVariantMap values)
{
    if (exists) {
        writer.update(table, row.uid(), values);
        return;
    }
    values.insert(QStringLiteral("uid"), row.uid());
    values.insert(QStringLiteral("deleted"), row.deleted() ? 1 : 0);
    values.insert(QStringLiteral("updated_at"), row.timestamp(QStringLiteral("updated_at"), true));
    writer.insert(table, values);
}

QString phone(const CountyRow& row, const QString& column)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9+\\- ]{3,20}$"));
    const QString value = row.text(column).trimmed();
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        throw row.invalid(column,
                          QCoreApplication::translate("jinglao::core::CountyRow",
                                                      "may contain 3 to 20 digits, spaces, + and -."));
    return value;
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

std::function<void(Database&, const CountyExportRange&, const std::function<void(const QStringList&)>&)>
selectExport(const QStringList& columns, const QString& select)
{
    return [columns, select](Database& db, const CountyExportRange& range,
                             const std::function<void(const QStringList&)>& row) {
        static const QRegularExpression changed(QStringLiteral("\\{changed:([A-Za-z_.]+)\\}"));
        QString statement = select;
        QRegularExpressionMatch match;
        while ((match = changed.match(statement)).hasMatch()) {
            const QString condition = range.full() ? QStringLiteral("1")
                                                   : QStringLiteral("(%1 > %2 AND %1 <= %3)")
                                                         .arg(match.captured(1))
                                                         .arg(range.since)
                                                         .arg(range.until);
            statement.replace(match.capturedStart(), match.capturedLength(), condition);
        }
        QSqlQuery query = sql::exec(db, statement);
        const QSqlRecord record = query.record();
        if (record.count() != columns.size())
            throw Error::storage(QStringLiteral("county export: %1 columns selected for %2")
                                     .arg(record.count())
                                     .arg(columns.size()));
        for (int i = 0; i < columns.size(); ++i) {
            if (record.fieldName(i) != columns[i])
                throw Error::storage(QStringLiteral("county export: column %1 selected as %2")
                                         .arg(columns[i], record.fieldName(i)));
        }
        QStringList fields;
        while (query.next()) {
            fields.clear();
            for (int i = 0; i < columns.size(); ++i)
                fields.append(text(query.value(i)));
            row(fields);
        }
    };
}

std::function<QString(const Database&, const QString&)> latestUpdatedAt(const QString& select)
{
    return [select](const Database& db, const QString& uid) {
        QVariantList values;
        for (qsizetype i = 0; i < select.count(QLatin1Char('?')); ++i)
            values.append(uid);
        QString latest;
        QDateTime latestAt;
        QSqlQuery query = sql::exec(db, select, values);
        while (query.next()) {
            const QString stamp = query.value(0).toString();
            const QDateTime at = Clock::parseTimestamp(stamp);
            if (!stamp.isEmpty() && (latest.isEmpty() || at > latestAt)) {
                latest = stamp;
                latestAt = at;
            }
        }
        return latest;
    };
}

} // namespace county

} // namespace jinglao::core
