#pragma once
// Lets Catch2 print QString, QVariant and QDate values in failed checks.

#include <QDate>
#include <QString>
#include <QVariant>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QVariant> {
    static std::string convert(const QVariant& value) { return value.toString().toStdString(); }
};
template <> struct StringMaker<QDate> {
    static std::string convert(const QDate& value) { return value.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch
