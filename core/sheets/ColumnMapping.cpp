#include "sheets/ColumnMapping.h"

#include "common/Error.h"
#include "common/IdNumber.h"
#include "residents/ResidentService.h"
#include "staff/StaffService.h"

#include <QRegularExpression>

namespace jinglao::core {

namespace {

// A header as compared: no spaces, no "*" marking a required column, nothing in brackets
// ("身份证号码（18位）"), lower case.
QString normalized(const QString& header)
{
    static const QRegularExpression brackets(QStringLiteral("[（(【\\[].*?[）)】\\]]"));
    static const QRegularExpression noise(QStringLiteral("[\\s*＊:：]"));
    QString text = header;
    text.remove(brackets);
    text.remove(noise);
    return text.toLower();
}

// The header names Chinese rosters (花名册) use for each field, besides its id and its label.
QStringList headerNames(SheetKind kind, const QString& id)
{
    static const QHash<QString, QStringList> common{
        {QStringLiteral("name"), {QStringLiteral("姓名"), QStringLiteral("名字")}},
        {QStringLiteral("id_number"),
         {QStringLiteral("身份证号"), QStringLiteral("身份证号码"), QStringLiteral("身份证"),
          QStringLiteral("公民身份号码"), QStringLiteral("身份证件号码"), QStringLiteral("证件号码")}},
        {QStringLiteral("phone"),
         {QStringLiteral("联系电话"), QStringLiteral("电话"), QStringLiteral("手机"),
          QStringLiteral("手机号"), QStringLiteral("手机号码"), QStringLiteral("电话号码"),
          QStringLiteral("本人电话")}},
    };
    static const QHash<QString, QStringList> residents{
        {QStringLiteral("name"), {QStringLiteral("老人姓名")}},
        {QStringLiteral("gender"), {QStringLiteral("性别")}},
        {QStringLiteral("birth_date"),
         {QStringLiteral("出生日期"), QStringLiteral("出生年月日"), QStringLiteral("生日")}},
        {QStringLiteral("bed"),
         {QStringLiteral("床位号"), QStringLiteral("床位"), QStringLiteral("床号"),
          QStringLiteral("床位编号")}},
        {QStringLiteral("admission_date"),
         {QStringLiteral("入住日期"), QStringLiteral("入住时间"), QStringLiteral("入院日期"),
          QStringLiteral("入住年月日")}},
        {QStringLiteral("category"),
         {QStringLiteral("人员类别"), QStringLiteral("人员类型"), QStringLiteral("老人类别"),
          QStringLiteral("供养类别"), QStringLiteral("类别")}},
        {QStringLiteral("emergency_contact"),
         {QStringLiteral("紧急联系人"), QStringLiteral("联系人"), QStringLiteral("家属姓名"),
          QStringLiteral("监护人")}},
        {QStringLiteral("emergency_phone"),
         {QStringLiteral("紧急联系电话"), QStringLiteral("紧急联系人电话"), QStringLiteral("联系人电话"),
          QStringLiteral("家属电话"), QStringLiteral("监护人电话")}},
    };
    static const QHash<QString, QStringList> staff{
        {QStringLiteral("name"), {QStringLiteral("员工姓名"), QStringLiteral("职工姓名")}},
        {QStringLiteral("role"),
         {QStringLiteral("岗位"), QStringLiteral("职务"), QStringLiteral("岗位/职务"),
          QStringLiteral("岗位职务"), QStringLiteral("职位"), QStringLiteral("工种")}},
        {QStringLiteral("skill_level"),
         {QStringLiteral("技能等级"), QStringLiteral("职业技能等级"), QStringLiteral("护理员等级"),
          QStringLiteral("等级")}},
        {QStringLiteral("hire_date"),
         {QStringLiteral("入职日期"), QStringLiteral("入职时间"), QStringLiteral("到岗日期"),
          QStringLiteral("聘用日期")}},
        {QStringLiteral("leave_date"), {QStringLiteral("离职日期"), QStringLiteral("离职时间")}},
    };
    return common.value(id) + (kind == SheetKind::Residents ? residents : staff).value(id);
}

} // namespace

ColumnMapping::ColumnMapping(SheetKind kind, QStringList header)
    : m_kind(kind)
    , m_header(std::move(header))
{
    for (qsizetype i = 0; i < m_header.size(); ++i)
        m_fields.append(QString());
}

QList<SheetField> ColumnMapping::fields(SheetKind kind)
{
    if (kind == SheetKind::Residents)
        return {
            {QStringLiteral("name"), ResidentService::nameLabel(), true, false},
            {QStringLiteral("id_number"), IdNumber::fieldLabel(), true, false},
            {QStringLiteral("gender"), ResidentService::genderFieldLabel(), false, false},
            {QStringLiteral("birth_date"), ResidentService::birthDateLabel(), false, true},
            {QStringLiteral("category"), ResidentService::categoryFieldLabel(), true, false},
            {QStringLiteral("bed"), ResidentService::bedLabel(), false, false},
            {QStringLiteral("admission_date"), ResidentService::admissionDateLabel(), true, true},
            {QStringLiteral("phone"), ResidentService::phoneLabel(), false, false},
            {QStringLiteral("emergency_contact"), ResidentService::emergencyContactLabel(), false, false},
            {QStringLiteral("emergency_phone"), ResidentService::emergencyPhoneLabel(), false, false},
        };
    return {
        {QStringLiteral("name"), StaffService::fieldLabel("name"), true, false},
        {QStringLiteral("id_number"), IdNumber::fieldLabel(), false, false},
        {QStringLiteral("role"), tr("Role"), true, false},
        {QStringLiteral("skill_level"), StaffService::fieldLabel("skill_level"), false, false},
        {QStringLiteral("hire_date"), StaffService::fieldLabel("hire_date"), true, true},
        {QStringLiteral("leave_date"), StaffService::fieldLabel("leave_date"), false, true},
        {QStringLiteral("phone"), StaffService::fieldLabel("phone"), false, false},
    };
}

SheetField ColumnMapping::field(SheetKind kind, const QString& id)
{
    for (const SheetField& field : fields(kind)) {
        if (field.id == id)
            return field;
    }
    return {};
}

QString ColumnMapping::kindCode(SheetKind kind)
{
    return kind == SheetKind::Residents ? QStringLiteral("residents") : QStringLiteral("staff");
}

SheetKind ColumnMapping::kindFromCode(const QString& code)
{
    if (code == QLatin1String("residents"))
        return SheetKind::Residents;
    if (code == QLatin1String("staff"))
        return SheetKind::Staff;
    throw Error::validation(tr("Kind of sheet"), code, tr("is neither residents nor staff."));
}

QString ColumnMapping::kindLabel(SheetKind kind)
{
    return kind == SheetKind::Residents ? tr("Residents") : tr("Staff");
}

QString ColumnMapping::describeFields(SheetKind kind)
{
    QStringList lines;
    for (const SheetField& field : fields(kind)) {
        //: In the command's help: a field id, its label, and "required" when it is.
        lines << (field.required ? tr("  %1  %2 (required)") : tr("  %1  %2"))
                     .arg(field.id, -18)
                     .arg(field.label);
    }
    return lines.join(QLatin1Char('\n'));
}

ColumnMapping ColumnMapping::guess(SheetKind kind, const QStringList& header)
{
    ColumnMapping mapping(kind, header);
    const QList<SheetField> all = fields(kind);
    for (qsizetype column = 0; column < header.size(); ++column) {
        const QString text = normalized(header.at(column));
        if (text.isEmpty())
            continue;
        for (const SheetField& field : all) {
            QStringList names = headerNames(kind, field.id);
            names << field.id << field.label;
            bool fits = false;
            for (const QString& name : names)
                fits = fits || normalized(name) == text;
            if (fits && mapping.columnOf(field.id) < 0) {
                mapping.m_fields[column] = field.id;
                break;
            }
        }
    }
    return mapping;
}

void ColumnMapping::setColumn(int column, const QString& fieldId)
{
    if (column < 0 || column >= m_fields.size())
        return;
    const QString id = fieldId == QLatin1String("-") ? QString() : fieldId;
    if (!id.isEmpty() && field(m_kind, id).id.isEmpty()) {
        QStringList known;
        for (const SheetField& each : fields(m_kind))
            known << each.id;
        throw Error::validation(
            tr("Field"), fieldId,
            tr("is not a field of this kind of sheet (%1).").arg(known.join(QStringLiteral(", "))));
    }
    if (!id.isEmpty()) {
        for (QString& other : m_fields) {
            if (other == id)
                other.clear();
        }
    }
    m_fields[column] = id;
}

void ColumnMapping::set(const QString& headerText, const QString& fieldId)
{
    const QString wanted = headerText.simplified().remove(QLatin1Char(' '));
    for (qsizetype column = 0; column < m_header.size(); ++column) {
        if (QString(m_header.at(column)).remove(QLatin1Char(' ')) == wanted) {
            setColumn(static_cast<int>(column), fieldId);
            return;
        }
    }
    throw Error::validation(
        tr("Column"), headerText,
        tr("is not in the sheet's header (%1).").arg(m_header.join(QStringLiteral(", "))));
}

void ColumnMapping::apply(const QString& assignment)
{
    const qsizetype equals = assignment.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        throw Error::validation(tr("Column mapping"), assignment, tr("is not written as COLUMN=field."));
    set(assignment.left(equals), assignment.mid(equals + 1).trimmed());
}

int ColumnMapping::columnOf(const QString& fieldId) const
{
    return fieldId.isEmpty() ? -1 : static_cast<int>(m_fields.indexOf(fieldId));
}

QStringList ColumnMapping::problems() const
{
    QStringList problems;
    for (const SheetField& field : fields(m_kind)) {
        if (field.required && columnOf(field.id) < 0)
            problems << tr("No column holds %1, which is required; choose its column.").arg(field.label);
    }
    return problems;
}

} // namespace jinglao::core
