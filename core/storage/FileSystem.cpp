#include "storage/FileSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace jinglao::core::filesystem {

namespace {

constexpr int MaximumLinkHops = 40;

// Absolute without cleaning: "link/.." must be left for the system to resolve.
QString absoluteUncleaned(const QString& path)
{
    QString full = QDir::fromNativeSeparators(path);
    if (QDir::isRelativePath(full))
        full = QDir::currentPath() + QLatin1Char('/') + full;
    while (full.size() > 1 && full.endsWith(QLatin1Char('/')))
        full.chop(1);
    return full;
}

QString resolve(const QString& path, int hops)
{
    const QString full = absoluteUncleaned(path);
    const QFileInfo info(full);
    // A link is followed even when it dangles: writing to it would create its target.
    if (info.isSymbolicLink() && hops < MaximumLinkHops)
        return resolve(info.symLinkTarget(), hops + 1);
    if (info.exists())
        return info.canonicalFilePath();
    const qsizetype slash = full.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QDir::cleanPath(full);
    const QString parent = slash == 0 ? QStringLiteral("/") : full.left(slash);
    const QString name = full.mid(slash + 1);
    if (parent == full || name.isEmpty())
        return QDir::cleanPath(full);
    const QString resolvedParent = resolve(parent, hops);
    if (name == QStringLiteral("."))
        return resolvedParent;
    if (name == QStringLiteral(".."))
        return QDir::cleanPath(resolvedParent + QStringLiteral("/.."));
    return QDir::cleanPath(resolvedParent + QLatin1Char('/') + name);
}

#ifdef Q_OS_UNIX
QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

QString systemReason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif

} // namespace

QString resolvedPath(const QString& path)
{
    if (path.isEmpty())
        return {};
    return resolve(path, 0);
}

bool samePath(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    const Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive;
#else
    const Qt::CaseSensitivity sensitivity = Qt::CaseSensitive;
#endif
    if (resolvedPath(a).compare(resolvedPath(b), sensitivity) == 0)
        return true;
#ifdef Q_OS_UNIX
    // A hard link is the same file under another name.
    struct stat first {};
    struct stat second {};
    if (::stat(native(a).constData(), &first) == 0 && ::stat(native(b).constData(), &second) == 0)
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
#endif
    return false;
}

bool makePrivateDirectories(const QString& dir)
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
#ifdef Q_OS_UNIX
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute && !makePrivateDirectories(parent))
        return false;
    return ::mkdir(native(absolute).constData(), 0700) == 0 || QFileInfo(absolute).isDir();
#else
    // The user profile's ACLs keep a folder under it private on Windows.
    return QDir().mkpath(absolute);
#endif
}

QString createPrivateFile(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(native(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return systemReason();
    ::close(fd);
    return {};
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return file.errorString();
    file.close();
    return {};
#endif
}

bool syncFile(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#elif defined(Q_OS_WIN)
    const HANDLE handle = CreateFileW(
        reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(path).utf16()), GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return false;
    const bool synced = FlushFileBuffers(handle) != 0;
    CloseHandle(handle);
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

bool syncDirectory(const QString& dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(native(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    // NTFS journals the rename itself (MOVEFILE_WRITE_THROUGH); there is no folder handle to flush.
    Q_UNUSED(dir);
    return true;
#endif
}

QString replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_UNIX
    if (::rename(native(from).constData(), native(to).constData()) != 0)
        return systemReason();
    return {};
#elif defined(Q_OS_WIN)
    if (!MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
                     reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return QStringLiteral("error %1").arg(GetLastError());
    return {};
#else
    QFile::remove(to);
    return QFile::rename(from, to) ? QString() : QStringLiteral("rename failed");
#endif
}

bool makePrivate(const QString& path)
{
#ifdef Q_OS_UNIX
    return ::chmod(native(path).constData(), 0600) == 0;
#else
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

void failOversizeWritesInsteadOfDying()
{
#ifdef Q_OS_UNIX
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

} // namespace jinglao::core::filesystem
