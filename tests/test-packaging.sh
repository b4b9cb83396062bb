#!/usr/bin/env bash
# Checks the packaging files (desktop entry, AppStream metainfo, GSettings
# schema, Flatpak manifest, icons) with the same validators the
# distributions use.
#
# Usage: test-packaging.sh SOURCE_ROOT BUILD_ROOT
#
# Output is TAP. Every validator is also fed a deliberately broken input that
# it must reject, so that a check cannot pass just because a tool is silent.

set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 SOURCE_ROOT BUILD_ROOT" >&2
    exit 2
fi

src_root=$(cd "$1" && pwd) || { echo "Bail out! no source root: $1"; exit 1; }
build_root=$(cd "$2" 2>/dev/null && pwd) || build_root=$2

app_id=com.example.Ntm
manifest=$src_root/$app_id.json
schema=$src_root/data/$app_id.gschema.xml
icon=$src_root/data/icons/hicolor/scalable/apps/$app_id.svg
symbolic_icon=$src_root/data/icons/hicolor/symbolic/apps/$app_id-symbolic.svg

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ntm-packaging.XXXXXX") || { echo "Bail out! mktemp failed"; exit 1; }
trap 'rm -rf "$tmp"' EXIT

python=$(command -v python3 || true)

# ---------------------------------------------------------------------------
# TAP helpers

count=0
failures=0

# Print every line of the given text as a TAP diagnostic.
diag() {
    [ -n "$1" ] || return 0
    printf '%s\n' "$1" | sed 's/^/# /'
}

# run_check NAME FUNCTION [ARGS...]
# FUNCTION prints its reason on stdout and returns 0 (pass), 1 (fail)
# or 77 (skip, the reason says why).
run_check() {
    local name=$1; shift
    local out status
    count=$((count + 1))
    out=$("$@" 2>&1)
    status=$?
    if [ $status -eq 0 ]; then
        echo "ok $count - $name"
    elif [ $status -eq 77 ]; then
        echo "ok $count - $name # SKIP ${out:-required tool missing}"
    else
        echo "not ok $count - $name"
        diag "${out:-failed with status $status}"
        failures=$((failures + 1))
    fi
}

# Turn a validator that must reject its input into a check result.
# expect_rejection FUNCTION [ARGS...]
expect_rejection() {
    local out status
    out=$("$@" 2>&1)
    status=$?
    if [ $status -eq 77 ]; then
        echo "$out"
        return 77
    elif [ $status -eq 0 ]; then
        echo "the broken input was accepted"
        diag "$out"
        return 1
    fi
    return 0
}

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "$1 is not installed"
        return 77
    fi
    return 0
}

# Pick the merged file from the build tree; fall back to the source template
# (copied under the final name, since the validators look at the suffix).
# pick_file BUILT TEMPLATE FINAL_NAME
pick_file() {
    if [ -f "$1" ]; then
        echo "$1"
    elif [ -f "$2" ]; then
        mkdir -p "$tmp/fallback"
        cp "$2" "$tmp/fallback/$3"
        echo "$tmp/fallback/$3"
    fi
}

# ---------------------------------------------------------------------------
# Validators. Each takes the file to check.

check_desktop() {
    need desktop-file-validate || return $?
    if [ -z "$1" ] || [ ! -f "$1" ]; then echo "desktop file not found"; return 1; fi
    if ! grep -q '^Name=' "$1"; then
        echo "$1 has no Name key"
        return 1
    fi
    local out
    if ! out=$(desktop-file-validate "$1" 2>&1); then
        echo "$out"
        return 1
    fi
    # Older versions print errors but still exit 0.
    if printf '%s\n' "$out" | grep -q 'error:'; then
        echo "$out"
        return 1
    fi
    return 0
}

check_metainfo() {
    need appstreamcli || return $?
    if [ -z "$1" ] || [ ! -f "$1" ]; then echo "metainfo file not found"; return 1; fi
    local out status
    out=$(appstreamcli validate --no-net --explain "$1" 2>&1)
    status=$?
    if [ $status -ne 0 ] || printf '%s\n' "$out" | grep -q '^[EW]:'; then
        echo "$out"
        return 1
    fi
    return 0
}

# Compiles the schema alone in a scratch directory.
check_schema() {
    need glib-compile-schemas || return $?
    [ -f "$1" ] || { echo "schema not found: $1"; return 1; }
    local dir
    dir=$(mktemp -d "$tmp/schema.XXXXXX") || return 1
    cp "$1" "$dir/" || return 1
    if ! glib-compile-schemas --strict --dry-run "$dir" 2>&1; then
        return 1
    fi
    return 0
}

check_json() {
    [ -n "$python" ] || { echo "python3 is not installed"; return 77; }
    "$python" - "$1" <<'EOF'
import json, sys
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        json.load(f)
except (OSError, ValueError) as e:
    print(e)
    sys.exit(1)
EOF
}

# check_manifest_field FILE KEY VALUE
check_manifest_field() {
    [ -n "$python" ] || { echo "python3 is not installed"; return 77; }
    "$python" - "$@" <<'EOF'
import json, sys
path, key, want = sys.argv[1:4]
try:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
except (OSError, ValueError) as e:
    print(e)
    sys.exit(1)
got = data.get(key)
if got != want:
    print(f"{key} is {got!r}, expected {want!r}")
    sys.exit(1)
EOF
}

# check_manifest_modules FILE LAST_MODULE REQUIRED_MODULE...
check_manifest_modules() {
    [ -n "$python" ] || { echo "python3 is not installed"; return 77; }
    "$python" - "$@" <<'EOF'
import json, sys
path, last, required = sys.argv[1], sys.argv[2], sys.argv[3:]
try:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
except (OSError, ValueError) as e:
    print(e)
    sys.exit(1)
modules = data.get("modules")
if not isinstance(modules, list) or not modules:
    print("the manifest has no modules")
    sys.exit(1)
names = [m.get("name") if isinstance(m, dict) else m for m in modules]
ok = True
if names[-1] != last:
    print(f"last module is {names[-1]!r}, expected {last!r}")
    ok = False
for name in required:
    if name not in names:
        print(f"no module named {name!r} (modules: {', '.join(map(str, names))})")
        ok = False
sys.exit(0 if ok else 1)
EOF
}

check_svg() {
    [ -n "$python" ] || { echo "python3 is not installed"; return 77; }
    "$python" - "$1" <<'EOF'
import sys
import xml.etree.ElementTree as ET
try:
    root = ET.parse(sys.argv[1]).getroot()
except (OSError, ET.ParseError) as e:
    print(e)
    sys.exit(1)
if root.tag != "{http://www.w3.org/2000/svg}svg":
    print(f"root element is {root.tag!r}, not an SVG <svg> element")
    sys.exit(1)
EOF
}

# Both manifest checks must refuse their broken manifest.
check_broken_manifests() {
    local status
    expect_rejection check_json "$tmp/broken/manifest-syntax.json"
    status=$?
    [ $status -eq 0 ] || { echo "(invalid JSON)"; return $status; }
    expect_rejection check_manifest_modules "$tmp/broken/manifest-order.json" ntm libshumate
    status=$?
    [ $status -eq 0 ] || { echo "(ntm is not the last module)"; return $status; }
    return 0
}

# ---------------------------------------------------------------------------
# Broken inputs for the negative checks.

mkdir -p "$tmp/broken"

cat > "$tmp/broken/$app_id.desktop" <<'EOF'
[Desktop Entry]
Name=Ntm
Exec=ntm
Icon=com.example.Ntm
EOF

cat > "$tmp/broken/$app_id.metainfo.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>GPL-3.0-or-later</project_license>
  <name>Ntm</name>
  <summary>Component without an id, launchable or description</summary>
</component>
EOF

cat > "$tmp/broken/$app_id.gschema.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<schemalist>
  <schema id="com.example.Ntm" path="/com/example/Ntm/">
    <key name="window-width" type="i">
      <default>'wide'</default>
      <summary>Window width</summary>
    </key>
  </schema>
</schemalist>
EOF

printf '{ "app-id": "com.example.Ntm", "modules": [ }\n' > "$tmp/broken/manifest-syntax.json"

cat > "$tmp/broken/manifest-order.json" <<'EOF'
{
  "app-id": "com.example.Ntm",
  "command": "ntm",
  "modules": [
    { "name": "ntm" },
    { "name": "libshumate" }
  ]
}
EOF

printf '<?xml version="1.0"?>\n<html><body/></html>\n' > "$tmp/broken/not-svg.svg"

# ---------------------------------------------------------------------------

desktop_file=$(pick_file "$build_root/data/$app_id.desktop" \
                         "$src_root/data/$app_id.desktop.in" "$app_id.desktop")
metainfo_file=$(pick_file "$build_root/data/$app_id.metainfo.xml" \
                          "$src_root/data/$app_id.metainfo.xml.in" "$app_id.metainfo.xml")

echo "1..14"
[ -f "$build_root/data/$app_id.desktop" ] || echo "# no merged desktop file in $build_root/data, checking the template"
[ -f "$build_root/data/$app_id.metainfo.xml" ] || echo "# no merged metainfo in $build_root/data, checking the template"

run_check "desktop file passes desktop-file-validate" check_desktop "$desktop_file"
run_check "metainfo passes appstreamcli validate --no-net" check_metainfo "$metainfo_file"
run_check "GSettings schema compiles with --strict" check_schema "$schema"
run_check "Flatpak manifest is valid JSON" check_json "$manifest"
run_check "manifest app-id is $app_id" check_manifest_field "$manifest" app-id "$app_id"
run_check "manifest command is ntm" check_manifest_field "$manifest" command ntm
run_check "manifest ends with the ntm module and builds libshumate and gdal" \
    check_manifest_modules "$manifest" ntm libshumate gdal
run_check "scalable icon is a well-formed SVG" check_svg "$icon"
run_check "symbolic icon is a well-formed SVG" check_svg "$symbolic_icon"

run_check "desktop-file-validate rejects an entry without Type" \
    expect_rejection check_desktop "$tmp/broken/$app_id.desktop"
run_check "appstreamcli rejects metainfo without an id" \
    expect_rejection check_metainfo "$tmp/broken/$app_id.metainfo.xml"
run_check "glib-compile-schemas rejects a default of the wrong type" \
    expect_rejection check_schema "$tmp/broken/$app_id.gschema.xml"
run_check "manifest checks reject bad JSON and a misplaced app module" \
    check_broken_manifests
run_check "SVG check rejects a document whose root is not <svg>" \
    expect_rejection check_svg "$tmp/broken/not-svg.svg"

[ "$failures" -eq 0 ]
