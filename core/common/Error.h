#pragma once
// The one exception type core services throw: it carries a translated message for the user
// and a kind, so that the GUI can choose a dialog and the CLI an exit code.

#include <QString>
#include <QVariant>

#include <exception>

namespace jinglao::core {

class Error : public std::exception {
public:
    enum class Kind {
        Validation, // bad input: names the field and the value
        Permission, // the acting user may not do this
        NotFound,   // a record the caller named does not exist
        Conflict,   // the request clashes with the current state (occupied bed, duplicate ID …)
        Storage,    // the database or a file could not be read or written
    };

    Error(Kind kind, QString message, QString field = {}, QVariant value = {});

    // A value longer than a line is named by its start ("…（N 个字符）").
    static Error validation(const QString& fieldLabel, const QVariant& value, const QString& reason);
    // A file name or address is always named in full: the user must see which file it was.
    static Error invalidPath(const QString& fieldLabel, const QString& path, const QString& reason);
    static Error permission(const QString& message);
    static Error notFound(const QString& message);
    static Error conflict(const QString& message);
    static Error storage(const QString& message);

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const QString& field() const { return m_field; }
    const QVariant& value() const { return m_value; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_field;
    QVariant m_value;
    QByteArray m_utf8;
};

} // namespace jinglao::core
