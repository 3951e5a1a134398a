#!/usr/bin/env bash
# The one build script: installs what is missing on Debian 12, builds, then starts the GUI
# (`installer/build.sh run [jinglao options]`), runs every test (`installer/build.sh test`) or
# runs the ten-year benchmark (`installer/build.sh bench [--reuse]`) or runs each libFuzzer target
# for SECONDS, default 60, with AddressSanitizer and UBSan (`installer/build.sh fuzz [SECONDS [TARGET …]]`,
# tests/fuzz/run.sh, in build-fuzz).
# With CI=true the tests build with -Werror, AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
shift || true

packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-qpa-plugins libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          linguist-qt6 qt6-translations-l10n libqt6svg6 libgl-dev catch2 libxlsxwriter-dev libsqlite3-dev libicu-dev
          libcsv-dev libminizip-dev
          xvfb xauth fonts-noto-cjk unzip poppler-utils strace)
# The tests also need LibreOffice, to save a roster the way a center's office would (SheetImportTest);
# zip builds damaged workbooks for the reader's tests.
test_packages=(libreoffice-calc-nogui zip)
if [ "$mode" = "test" ]; then
    packages+=("${test_packages[@]}")
fi
# The benchmark's floors run in the sqlite3 shell.
if [ "$mode" = "bench" ]; then
    packages+=(sqlite3)
fi
# The fuzz targets build with clang; libFuzzer and the sanitizers' runtimes are in libclang-rt-14-dev.
if [ "$mode" = "fuzz" ]; then
    packages+=(clang libclang-rt-14-dev)
fi
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = "fuzz" ]; then
    # Its own build folder and compiler: the normal build is not needed.
    exec bash tests/fuzz/run.sh "$@"
fi

jobs=$(nproc)
if [ "${CI:-}" = "true" ] && [ "$mode" = "test" ]; then
    build_dir=build-ci
    cmake_flags=(-DCMAKE_BUILD_TYPE=Debug -DJINGLAO_WERROR=ON -DJINGLAO_SANITIZE=ON)
else
    build_dir=build
    cmake_flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
fi
cmake -S . -B "$build_dir" -G Ninja "${cmake_flags[@]}"
cmake --build "$build_dir" --parallel "$jobs"

case "$mode" in
run)
    exec "$build_dir/app/jinglao" "$@"
    ;;
test)
    # The four test programs are independent (each test has its own temporary files), so they run
    # side by side. Under the sanitizers the core tests take about seven minutes on two cores.
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" --timeout 1200 "$@"
    ;;
bench)
    cmake --build "$build_dir" --target TenYearBench GuiPagesBench jinglao_floor_window
    exec "$build_dir/tests/bench/TenYearBench" "$@"
    ;;
*)
    echo "usage: installer/build.sh run|test|bench|fuzz" >&2
    exit 1
    ;;
esac
