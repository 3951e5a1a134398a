#include "storage/OutputFile.h"

#include "common/Error.h"
#include "storage/Database.h"
#include "storage/FileSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace jinglao::core {

namespace {
QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

bool OutputFile::touchesDatabase(const QString& databasePath, const QString& target)
{
    if (databasePath.isEmpty() || target.isEmpty())
        return false;
    // SQLite keeps its side files beside the file it resolved; check beside the name used too.
    const QStringList bases{databasePath, filesystem::resolvedPath(databasePath)};
    for (const QString& base : bases) {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            if (filesystem::samePath(base + suffix, target))
                return true;
        }
    }
    return false;
}

void OutputFile::checkTarget(const QString& databasePath, const QString& target, const QString& fieldLabel)
{
    if (target.trimmed().isEmpty())
        throw Error::validation(fieldLabel, QString(), tr("a file name is needed."));
    if (touchesDatabase(databasePath, target))
        throw Error::invalidPath(fieldLabel, shown(target),
                                 tr("is the open database or one of its working files; choose another "
                                    "file. Nothing was written."));
    const QFileInfo info(filesystem::resolvedPath(target));
    if (info.isDir())
        throw Error::invalidPath(fieldLabel, shown(target), tr("is a folder; a file name is needed."));
    if (!QFileInfo(info.path()).isDir())
        throw Error::storage(
            tr("%1 cannot be written: the folder %2 does not exist.").arg(shown(target), shown(info.path())));
}

OutputFile::OutputFile(const Database& db, const QString& target, const QString& fieldLabel)
    : OutputFile(db.path(), target, fieldLabel)
{}

OutputFile::OutputFile(const QString& databasePath, const QString& target, const QString& fieldLabel)
{
    checkTarget(databasePath, target, fieldLabel);
    m_target = QFileInfo(target).absoluteFilePath();
    const QFileInfo resolved(filesystem::resolvedPath(target));
    if (resolved.exists() && !resolved.isWritable())
        throw Error::storage(tr("%1 is write-protected and was left unchanged.").arg(shown(m_target)));
    // Beside the file the name leads to, so that the final rename stays on one file system.
    QTemporaryFile temporary(
        resolved.dir().filePath(QStringLiteral(".%1.XXXXXX.partial").arg(resolved.fileName())));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        throw Error::storage(tr("%1 cannot be written: %2").arg(shown(m_target), temporary.errorString()));
    m_temporary = temporary.fileName();
    temporary.close();
}

OutputFile::~OutputFile()
{
    if (m_device)
        m_device->close();
    if (!m_committed && !m_temporary.isEmpty()) {
        QFile::remove(m_temporary);
        // A database written into the temporary file (a backup) may have left its journal.
        QFile::remove(m_temporary + QStringLiteral("-journal"));
    }
}

QIODevice& OutputFile::device()
{
    if (!m_device) {
        m_device = std::make_unique<QFile>(m_temporary);
        if (!m_device->open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw Error::storage(
                tr("%1 cannot be written: %2").arg(shown(m_target), m_device->errorString()));
    }
    return *m_device;
}

void OutputFile::commit()
{
    if (m_device) {
        const bool flushed = m_device->flush();
        m_device->close();
        if (!flushed || m_device->error() != QFileDevice::NoError)
            throw Error::storage(
                tr("%1 cannot be written: %2").arg(shown(m_target), m_device->errorString()));
    }
    // Owner-only whatever wrote the content: exports carry personal data.
    filesystem::makePrivate(m_temporary);
    if (!filesystem::syncFile(m_temporary))
        throw Error::storage(
            tr("%1 cannot be written: the disk did not accept the data.").arg(shown(m_target)));
    const QString destination = filesystem::resolvedPath(m_target);
    const QString problem = filesystem::replaceFile(m_temporary, destination);
    if (!problem.isEmpty())
        throw Error::storage(tr("%1 cannot be written: %2").arg(shown(m_target), problem));
    m_committed = true;
    filesystem::syncDirectory(QFileInfo(destination).path());
}

} // namespace jinglao::core
