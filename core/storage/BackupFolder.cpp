#include "storage/BackupFolder.h"

#include "common/Error.h"
#include "storage/FileSystem.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace jinglao::core {

BackupFolder::BackupFolder(const QString& databasePath)
{
    const QFileInfo database(databasePath);
    m_folder = database.absoluteDir().filePath(QStringLiteral("backups"));
    m_databaseName = database.completeBaseName();
}

void BackupFolder::create() const
{
    if (!filesystem::makePrivateDirectories(m_folder))
        throw Error::storage(
            tr("The backups folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder)));
}

QString BackupFolder::fileFor(Occasion occasion, const QDateTime& at) const
{
    const QString time = at.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    switch (occasion) {
    case Occasion::Daily:
        return dailyFile(at.date());
    case Occasion::BeforeUpgrade:
        return QDir(m_folder).filePath(
            QStringLiteral("%1-before-upgrade-%2.sqlite").arg(m_databaseName, time));
    case Occasion::BeforeImport:
        return QDir(m_folder).filePath(
            QStringLiteral("%1-before-import-%2.sqlite").arg(m_databaseName, time));
    case Occasion::BeforeRestore:
        return QDir(m_folder).filePath(
            QStringLiteral("%1-before-restore-%2.sqlite").arg(m_databaseName, time));
    }
    return {};
}

QString BackupFolder::dailyFile(const QDate& day) const
{
    return QDir(m_folder).filePath(
        QStringLiteral("%1-daily-%2.sqlite").arg(m_databaseName, day.toString(QStringLiteral("yyyyMMdd"))));
}

QFileInfoList BackupFolder::backups() const
{
    const QRegularExpression ours(
        QStringLiteral("^%1-(daily-\\d{8}|before-(upgrade|import|restore)-\\d{8}-\\d{6})\\.sqlite$")
            .arg(QRegularExpression::escape(m_databaseName)));
    QFileInfoList found;
    for (const QFileInfo& file : QDir(m_folder).entryInfoList(QDir::Files, QDir::NoSort))
        if (ours.match(file.fileName()).hasMatch())
            found.append(file);
    std::sort(found.begin(), found.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.lastModified() != b.lastModified() ? a.lastModified() > b.lastModified()
                                                    : a.fileName() > b.fileName();
    });
    return found;
}

QStringList BackupFolder::pruneDaily(int keep) const
{
    const QRegularExpression daily(
        QStringLiteral("^%1-daily-\\d{8}\\.sqlite$").arg(QRegularExpression::escape(m_databaseName)));
    QStringList days;
    for (const QString& name : QDir(m_folder).entryList(QDir::Files, QDir::Name))
        if (daily.match(name).hasMatch())
            days.append(name);
    // The names sort by day: the oldest come first.
    QStringList removed;
    for (qsizetype i = 0; i + keep < days.size(); ++i) {
        const QString file = QDir(m_folder).filePath(days.at(i));
        if (QFile::remove(file))
            removed.append(file);
    }
    return removed;
}

} // namespace jinglao::core
