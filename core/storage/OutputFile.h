#pragma once
// Every file the program writes besides the database itself goes through here: exports,
// screenshots, backups, reports and packages. The target is refused when it is the open database
// or one of its side files under any name; the content is written to a private temporary file
// beside the target and moved over it only when complete, so an interrupted write never leaves
// half a file and never destroys the file it was meant to replace.

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;
class QIODevice;

namespace jinglao::core {

class Database;

class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // Checks target (see checkTarget) and creates the temporary file beside it. fieldLabel names
    // the output in messages ("Backup file", "Export file" …).
    OutputFile(const Database& db, const QString& target, const QString& fieldLabel);
    // For a program run without an open database (nothing to guard but the file itself).
    OutputFile(const QString& databasePath, const QString& target, const QString& fieldLabel);
    // Removes the temporary file unless commit() was reached.
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // The absolute target, as the user named it.
    const QString& targetPath() const { return m_target; }
    // The empty, owner-only file to write the content into, for writers that take a path.
    const QString& temporaryPath() const { return m_temporary; }
    // The temporary file opened for writing, for writers that take a QIODevice.
    QIODevice& device();
    // Flushes the content to the disk and renames it over the target (fsync of the folder
    // after). Throws Error::storage; the target is then as it was.
    void commit();

    // Throws Error::validation naming the field and the path when target is empty, a folder, the
    // open database at databasePath or one of its -wal, -shm or -journal files (also through a
    // symbolic link, "..", or a hard link); Error::storage when its folder does not exist.
    static void checkTarget(const QString& databasePath, const QString& target, const QString& fieldLabel);
    // True when target is the database at databasePath or one of its side files.
    static bool touchesDatabase(const QString& databasePath, const QString& target);

private:
    QString m_target;
    QString m_temporary;
    std::unique_ptr<QFile> m_device;
    bool m_committed = false;
};

} // namespace jinglao::core
