#pragma once
// What the fuzz targets share: the application object core expects, the input as Qt bytes, a
// check that stops the run on a broken promise, and a scratch folder for targets that read files.
// Each target defines LLVMFuzzerTestOneInput (and LLVMFuzzerInitialize); libFuzzer drives them in
// the fuzz build (JINGLAO_FUZZ), ReplayMain.cpp runs a corpus folder through them in every build.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace jinglao::fuzz {

// One QCoreApplication for the process (tr(), QStandardPaths and the SQL drivers look for it).
// It stays until exit: destroying it while Qt's globals still refer to it is worse than keeping it.
inline void startApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "jinglao-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* application = new QCoreApplication(argc, argv);
    Q_UNUSED(application);
}

inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// A property of the code under test does not hold: report it and abort, so that libFuzzer keeps
// the input as a crash and the replay test fails.
inline void require(bool holds, const char* what)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

// A folder for the files one input becomes, removed (with everything in it) at exit, so that
// millions of runs leave nothing behind. Targets empty it or use a fresh QTemporaryDir inside it.
inline const QTemporaryDir& scratch()
{
    static std::unique_ptr<QTemporaryDir> dir = [] {
        auto made =
            std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("jinglao-fuzz-XXXXXX")));
        require(made->isValid(), "a temporary folder can be made");
        return made;
    }();
    return *dir;
}

} // namespace jinglao::fuzz
