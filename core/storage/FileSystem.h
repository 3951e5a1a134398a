#pragma once
// The few file-system operations the program's safety rests on: resolving a path the way the
// operating system will (symlinks, "..") so that the open database cannot be reached under
// another name, creating folders and files that only their owner can read, and making a
// replacement durable (fsync of the file, atomic rename, fsync of the folder).

#include <QString>

namespace jinglao::core::filesystem {

// The path the operating system would write to: absolute, with "." and ".." resolved and every
// symbolic link followed, also when the last component (or a link's target) does not exist yet.
QString resolvedPath(const QString& path);

// True when a and b name the same file once resolved (case-insensitively on Windows).
bool samePath(const QString& a, const QString& b);

// Creates dir and any missing parents; the folders created here are owner-only (0700 on Unix).
// Returns false when a folder cannot be created.
bool makePrivateDirectories(const QString& dir);

// Creates an empty file that only its owner can read and write (0600 on Unix). Fails when the
// file exists. Returns an empty string on success, otherwise why not.
QString createPrivateFile(const QString& path);

// Flushes a file's or a folder's contents to the disk. Returns false when the system refuses.
bool syncFile(const QString& path);
bool syncDirectory(const QString& dir);

// Moves from over to, replacing to atomically when it exists: a reader sees the old or the new
// file, never neither. Returns an empty string on success, otherwise the system's reason.
QString replaceFile(const QString& from, const QString& to);

// Owner-only permissions for a file that already exists (0600 on Unix).
bool makePrivate(const QString& path);

// A write past the process's file-size limit (ulimit -f, a quota) then fails with an error the
// program reports and cleans up after, as a full disk does, instead of killing the program with
// SIGXFSZ and leaving half a file. Both programs call it first thing.
void failOversizeWritesInsteadOfDying();

} // namespace jinglao::core::filesystem
