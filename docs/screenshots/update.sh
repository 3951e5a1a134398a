#!/usr/bin/env bash
# Takes the screenshots in this folder: every page at 1366×768, in Chinese (<page>.png) and English
# (en/<page>.png), from a demo center whose history ends today. The pages only administrators see
# are taken as an administrator on the database opened read-only (--screenshot-as admin); the
# others as a read-only user, personal data masked. Nothing is written to the demo database.
#
#   docs/screenshots/update.sh [BUILD_DIR]     (default: build; needs sqlite3 to read a staff uid)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
cli="$build/app/jinglao-cli"
gui="$build/app/jinglao"
work=${TMPDIR:-/tmp}/jinglao-screenshots
rm -rf "$work" && mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
"$cli" --db "$db" demo --seed 7 >/dev/null
# Accounts for the user accounts page: the demo itself makes none.
nurse=$(sqlite3 -readonly "$db" "SELECT uid || '|' || name FROM staff WHERE role = 'NURSE' AND deleted = 0 \
        AND leave_date IS NULL ORDER BY name_pinyin LIMIT 1")
echo demo-password-1 | "$cli" --db "$db" user add wang --role admin --name 王建国 >/dev/null
echo demo-password-2 | "$cli" --db "$db" user add "nurse1" --role nurse --name "${nurse#*|}" --staff "${nurse%%|*}" >/dev/null
echo demo-password-3 | "$cli" --db "$db" user add county --role readonly --name 县民政局 >/dev/null
pages=(home residents beds assessments staff roster shiftlog familybeds referrals reports sync audit users settings)
administrators_only=" sync audit users settings "
for lang in zh_CN en; do
    out="$here"
    [ "$lang" = en ] && out="$here/en"
    mkdir -p "$out"
    for page in "${pages[@]}"; do
        as=()
        [[ "$administrators_only" == *" $page "* ]] && as=(--screenshot-as admin)
        QT_QPA_PLATFORM=offscreen "$gui" --db "$db" --lang "$lang" --page "$page" "${as[@]}" \
            --screenshot "$out/$page.png"
    done
done
# The county summary and a package's preview need packages: the hidden UI test makes them.
JINGLAO_SCREENSHOT_DIR="$here" QT_QPA_PLATFORM=offscreen "$build/tests/jinglao_ui_tests" "[county-screenshots]" >/dev/null
echo "Screenshots written to $here and $here/en"
