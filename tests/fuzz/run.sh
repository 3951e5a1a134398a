#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer, UBSan) in build-fuzz and runs each for
# SECONDS (default 60) on a scratch copy of its corpus, so that what it finds does not land in the
# repository. Prints each target's executions; exits non-zero when any target finds a crash, a
# leak, undefined behaviour, a timeout or runs out of memory. installer/build.sh fuzz calls this
# after installing clang; the crash inputs are left in the scratch folder it names.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET …]     targets: csv_reader id_number date month package_import sheet_reader
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(csv_reader id_number date month package_import sheet_reader)
fi
build_dir="${JINGLAO_FUZZ_BUILD_DIR:-build-fuzz}"

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# Only jinglao_core and the fuzz programs are built: the tests and the GUI are not needed here.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DJINGLAO_FUZZ=ON -DJINGLAO_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --parallel "${JINGLAO_FUZZ_JOBS:-$(nproc)}" --target "${targets[@]/#/fuzz_}"

# In memory when it can be: the package target writes a database per input, and SQLite's fsyncs on
# a disk would make that slower than the code being fuzzed.
base="${TMPDIR:-/tmp}"
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
    base=/dev/shm
fi
scratch=$(mktemp -d "$base/jinglao-fuzz-run.XXXXXX")
# The targets' own temporary files go into the scratch folder too; it is removed unless a target failed.
export TMPDIR="$scratch"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

failed=()
summary=()
for target in "${targets[@]}"; do
    corpus="$scratch/corpus/$target"
    mkdir -p "$corpus" "$scratch/artifacts/$target"
    cp -r "tests/fuzz/corpus/$target/." "$corpus/"
    log="$scratch/$target.log"
    echo "== fuzz_$target for ${seconds}s"
    status=0
    # -timeout: an input running 10 s is a hang; -rss_limit_mb: 2 GB for inputs of a few KB is a bug.
    "$build_dir/tests/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$target/" >"$log" 2>&1 || status=$?
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    summary+=("$(printf '%-16s %10s executions' "$target" "${executions:-?}")")
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        echo "fuzz_$target FAILED (exit $status); its log: $log, inputs: $scratch/artifacts/$target/"
        grep -E "ERROR: |runtime error|fuzz check failed|SUMMARY" "$log" | head -20 || true
    fi
done

echo "== executions in ${seconds}s per target"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "Failed: ${failed[*]} (logs and crash inputs kept in $scratch)" >&2
    exit 1
fi
rm -rf "$scratch"
