#pragma once
// The folder `backups` beside a database, where the program keeps the backups it makes on its
// own: one a day, one before every upgrade of the file to a newer schema, one before every import
// and one before a restore. Every name starts with the database's name, so databases sharing a
// folder keep their backups apart: jinglao-daily-20261202.sqlite,
// jinglao-before-import-20261202-153000.sqlite …

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfoList>
#include <QString>
#include <QStringList>

namespace jinglao::core {

class BackupFolder {
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    enum class Occasion { Daily, BeforeUpgrade, BeforeImport, BeforeRestore };

    explicit BackupFolder(const QString& databasePath);

    QString path() const { return m_folder; }
    // Creates the folder, owner-only. Throws Error::storage naming it.
    void create() const;
    // Where a backup made at `at` for occasion goes (a daily one is named by its day only).
    QString fileFor(Occasion occasion, const QDateTime& at) const;
    // The file today's daily backup has or would have.
    QString dailyFile(const QDate& day) const;
    // This database's backups in the folder, newest first (by the time the file was written).
    QFileInfoList backups() const;
    // Removes the daily backups beyond the newest `keep`; returns the files removed.
    QStringList pruneDaily(int keep) const;

private:
    QString m_folder;
    QString m_databaseName;
};

} // namespace jinglao::core
