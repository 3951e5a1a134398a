#include "sheets/SheetImport.h"

#include "auth/AuditLog.h"
#include "beds/BedService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "i18n/Translations.h"
#include "residents/ResidentService.h"
#include "staff/StaffService.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/FileSystem.h"
#include "storage/Savepoint.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>
#include <utility>

namespace jinglao::core {

namespace {

QString compact(const QString& text)
{
    return text.simplified().remove(QLatin1Char(' '));
}

// A coded value as a roster writes it: the code (TK, CAREGIVER), the label in the program's
// language, or the Chinese label whatever the language (context: the table's translation context).
// Besides exact spellings, a cell holding a label (特困供养人员) or part of one no other value shares
// (特困, 护理员) is taken.
template <typename Enum>
std::optional<Enum> fromText(const CodeTable<Enum>& table, const char* context, const QString& text)
{
    const QString wanted = compact(text);
    if (wanted.isEmpty())
        return std::nullopt;
    QList<std::pair<Enum, QString>> labels;
    for (const Enum value : table.values()) {
        if (wanted.compare(table.code(value), Qt::CaseInsensitive) == 0)
            return value;
        const QString label = table.label(value);
        const QByteArray source = label.toUtf8();
        for (const QString& spelling :
             {label, translations::translateIn(QStringLiteral("zh_CN"), context, source.constData())}) {
            if (spelling.isEmpty())
                continue;
            if (wanted.compare(compact(spelling), Qt::CaseInsensitive) == 0)
                return value;
            labels.append({value, compact(spelling)});
        }
    }
    std::optional<Enum> longest;
    qsizetype longestSize = 0;
    for (const auto& [value, label] : labels) {
        if (wanted.contains(label, Qt::CaseInsensitive) && label.size() > longestSize) {
            longest = value;
            longestSize = label.size();
        }
    }
    if (longest)
        return longest;
    std::optional<Enum> part;
    if (wanted.size() < 2)
        return std::nullopt;
    for (const auto& [value, label] : labels) {
        if (label.contains(wanted, Qt::CaseInsensitive)) {
            if (part && *part != value)
                return std::nullopt;
            part = value;
        }
    }
    return part;
}

template <typename Enum> QString choicesOf(const CodeTable<Enum>& table)
{
    QStringList choices;
    for (const Enum value : table.values())
        choices << QStringLiteral("%1 (%2)").arg(table.label(value), table.code(value));
    return choices.join(QStringLiteral(", "));
}

} // namespace

SheetImport::SheetImport(Database& db)
    : m_db(db)
{}

void SheetImport::importRow(const Actor& actor, const Sheet& sheet, const ColumnMapping& mapping,
                            const SheetRow& row)
{
    const auto text = [&](const char* id) {
        return Sheet::cell(row, mapping.columnOf(QString::fromLatin1(id)));
    };
    const auto date = [&](const char* id) {
        const QString value = text(id);
        const QDate parsed = SheetReader::parseDate(value, sheet.date1904);
        if (!value.isEmpty() && !parsed.isValid())
            throw Error::validation(ColumnMapping::field(mapping.kind(), QString::fromLatin1(id)).label,
                                    value,
                                    tr("is not a date; write it as 2024-03-05 or make the cell a date."));
        return parsed;
    };

    if (mapping.kind() == SheetKind::Residents) {
        ResidentInput input;
        input.name = text("name");
        input.idNumber = text("id_number");
        const QString gender = compact(text("gender"));
        if (!gender.isEmpty()) {
            for (const int value : {1, 2}) {
                const QStringList spellings{QString::number(value),
                                            ResidentService::genderLabel(value),
                                            value == 1 ? QStringLiteral("男") : QStringLiteral("女"),
                                            value == 1 ? QStringLiteral("男性") : QStringLiteral("女性"),
                                            value == 1 ? QStringLiteral("M") : QStringLiteral("F"),
                                            value == 1 ? QStringLiteral("Male") : QStringLiteral("Female")};
                for (const QString& spelling : spellings) {
                    if (gender.compare(spelling, Qt::CaseInsensitive) == 0)
                        input.gender = value;
                }
            }
            if (input.gender == 0)
                throw Error::validation(
                    ResidentService::genderFieldLabel(), text("gender"),
                    tr("is neither %1, %2, 1 nor 2.")
                        .arg(ResidentService::genderLabel(1), ResidentService::genderLabel(2)));
        }
        input.birthDate = date("birth_date");
        const QString category = text("category");
        input.category = fromText(residentCategoryCodes(), "ResidentService", category);
        if (!category.isEmpty() && !input.category)
            throw Error::validation(ResidentService::categoryFieldLabel(), category,
                                    tr("is none of %1.").arg(choicesOf(residentCategoryCodes())));
        input.admissionDate = date("admission_date");
        const QString bed = text("bed");
        if (!bed.isEmpty()) {
            try {
                input.bedUid = BedService(m_db).bedByCode(actor, bed).uid;
            } catch (const Error& error) {
                if (error.kind() != Error::Kind::NotFound)
                    throw;
                throw Error::validation(ResidentService::bedLabel(), bed,
                                        tr("is not a bed of this center; add it on the beds page first."));
            }
        }
        input.phone = text("phone");
        input.emergencyContact = text("emergency_contact");
        input.emergencyPhone = text("emergency_phone");
        ResidentService(m_db).admit(actor, input);
        return;
    }

    StaffMember member;
    member.name = text("name");
    member.idNumber = text("id_number");
    const QString role = text("role");
    const std::optional<StaffRole> parsedRole = fromText(staffRoleCodes(), "jinglao::core::StaffRole", role);
    if (!parsedRole)
        throw Error::validation(ColumnMapping::field(SheetKind::Staff, QStringLiteral("role")).label, role,
                                role.isEmpty() ? tr("is required.")
                                               : tr("is none of %1.").arg(choicesOf(staffRoleCodes())));
    member.role = *parsedRole;
    const QString skill = compact(text("skill_level"));
    if (!skill.isEmpty() && skill != QLatin1String("0") && skill != QStringLiteral("无")) {
        static const QRegularExpression level(QStringLiteral("^([1-5一二三四五])级?$"));
        const QRegularExpressionMatch match = level.match(skill);
        if (!match.hasMatch())
            throw Error::validation(StaffService::fieldLabel("skill_level"), text("skill_level"),
                                    tr("is not a level from 1 to 5 (一级 … 五级)."));
        const QString digit = match.captured(1);
        member.skillLevel = static_cast<int>(QStringLiteral("一二三四五").indexOf(digit)) + 1;
        if (member.skillLevel == 0)
            member.skillLevel = digit.toInt();
    }
    member.hireDate = date("hire_date");
    member.leaveDate = date("leave_date");
    member.phone = text("phone");
    StaffService(m_db).add(actor, member);
}

SheetImport::Result SheetImport::pass(const Actor& actor, const Sheet& sheet, const ColumnMapping& mapping,
                                      bool write)
{
    Result result;
    const QList<SheetField> fields = ColumnMapping::fields(mapping.kind());
    const int nameColumn = mapping.columnOf(QStringLiteral("name"));
    Transaction transaction(m_db);
    for (const SheetRow& row : sheet.rows) {
        // A row with nothing in the imported columns (a template's numbered empty rows, 序号 only)
        // is no record.
        bool empty = true;
        for (int column = 0; column < mapping.header().size(); ++column)
            empty = empty && (mapping.fieldOf(column).isEmpty() || Sheet::cell(row, column).isEmpty());
        if (empty)
            continue;
        RowOutcome outcome{row.line, Sheet::cell(row, nameColumn), false};
        // Each row in a savepoint: a refused row leaves nothing half-written for the rows below.
        Savepoint savepoint(m_db, QStringLiteral("sheet_row"));
        try {
            importRow(actor, sheet, mapping, row);
            savepoint.release();
            outcome.accepted = true;
            ++result.accepted;
        } catch (const Error& error) {
            if (error.kind() == Error::Kind::Storage || error.kind() == Error::Kind::Permission)
                throw;
            // The row's writes are undone when the savepoint goes out of scope.
            ImportProblem problem{sheet.fileName, row.line, QString(), QString(), error.message()};
            for (const SheetField& field : fields) {
                const int column = mapping.columnOf(field.id);
                if (!error.field().isEmpty() && field.label == error.field() && column >= 0) {
                    problem.column = mapping.header().value(column);
                    problem.value = Sheet::cell(row, column);
                    break;
                }
            }
            if (problem.column.isEmpty() && error.value().isValid())
                problem.value = error.value().toString();
            result.problems.append(problem);
            ++result.refused;
        }
        result.rows.append(outcome);
    }
    if (write && result.problems.isEmpty()) {
        AuditLog::recordEvent(m_db, actor, AuditLog::Action::Import,
                              QStringLiteral("sheet import: %1, %2 rows from %3")
                                  .arg(ColumnMapping::kindCode(mapping.kind()))
                                  .arg(result.accepted)
                                  .arg(sheet.fileName),
                              mapping.kind() == SheetKind::Residents ? QStringLiteral("residents")
                                                                     : QStringLiteral("staff"));
        transaction.commit();
        result.applied = true;
    }
    return result;
}

SheetImport::Result SheetImport::run(const Actor& actor, const Sheet& sheet, const ColumnMapping& mapping,
                                     bool dryRun)
{
    actor.require(mapping.kind() == SheetKind::Residents ? Permission::ManageResidents
                                                         : Permission::ManageStaff);
    Result result;
    for (const QString& problem : mapping.problems())
        result.problems.append({sheet.fileName, sheet.headerLine, QString(), QString(), problem});
    if (sheet.rows.isEmpty())
        result.problems.append({sheet.fileName, sheet.headerLine, QString(), QString(),
                                tr("The sheet has no rows below its header; there is nothing to import.")});
    if (!result.ok())
        return result;

    result = pass(actor, sheet, mapping, false);
    if (dryRun || !result.ok())
        return result;

    // Only an import that will change something gets its backup.
    const QString backup = BackupService(m_db).backupBefore(actor, false).path;
    result = pass(actor, sheet, mapping, true);
    result.backupPath = backup;
    return result;
}

} // namespace jinglao::core
