#include "common/Error.h"

#include <QCoreApplication>

namespace jinglao::core {

Error::Error(Kind kind, QString message, QString field, QVariant value)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_field(std::move(field))
    , m_value(std::move(value))
    , m_utf8(m_message.toUtf8())
{}

namespace {
Error refusal(const QString& fieldLabel, const QVariant& value, const QString& shown, const QString& reason)
{
    //: A rejected input: %1 is the field's name, %2 the value entered, %3 what is wrong with it.
    const QString message =
        shown.isEmpty()
            ? QCoreApplication::translate("jinglao::core::Error", "%1: %2").arg(fieldLabel, reason)
            : QCoreApplication::translate("jinglao::core::Error", "%1 %2: %3").arg(fieldLabel, shown, reason);
    return Error(Error::Kind::Validation, message, fieldLabel, value);
}
} // namespace

Error Error::validation(const QString& fieldLabel, const QVariant& value, const QString& reason)
{
    // A long text (a pasted paragraph, a mistaken file's contents) is named by its start only.
    constexpr qsizetype longest = 40;
    QString shown = value.toString();
    const int length = static_cast<int>(shown.size());
    if (length > longest)
        shown = QCoreApplication::translate("jinglao::core::Error", "%1… (%n characters)", nullptr, length)
                    .arg(shown.left(longest));
    return refusal(fieldLabel, value, shown, reason);
}

Error Error::invalidPath(const QString& fieldLabel, const QString& path, const QString& reason)
{
    return refusal(fieldLabel, path, path, reason);
}

Error Error::permission(const QString& message)
{
    return Error(Kind::Permission, message);
}
Error Error::notFound(const QString& message)
{
    return Error(Kind::NotFound, message);
}
Error Error::conflict(const QString& message)
{
    return Error(Kind::Conflict, message);
}
Error Error::storage(const QString& message)
{
    return Error(Kind::Storage, message);
}

} // namespace jinglao::core
