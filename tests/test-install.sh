#!/bin/sh
# Installs the build into a scratch folder (meson install --destdir) and
# checks that the program and the window's module land where they look for
# each other: `ntm` in BINDIR, ntm-gui.so in the folder `ntm` loads it from
# (NTM_GUI_MODULE_DIR), and every function of Ntm's the module calls
# exported by the installed program, so that the module loads.
# Arguments: BUILD_ROOT BINDIR MODULE_DIR (BINDIR and MODULE_DIR absolute,
# as configured). Prints TAP.
set -u
build="$1"
bindir="$2"
moduledir="$3"
n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; [ -n "$2" ] && echo "$2" | sed 's/^/# /'; }

dest=$(mktemp -d "${TMPDIR:-/tmp}/ntm-install.XXXXXX") || { echo "Bail out! mktemp failed"; exit 1; }
trap 'rm -rf "$dest"' EXIT
program="$dest$bindir/ntm"
module="$dest$moduledir/ntm-gui.so"

echo "1..4"
if out=$(meson install -C "$build" --no-rebuild --destdir "$dest" --quiet 2>&1); then
  ok "meson install --destdir"
else
  not_ok "meson install --destdir" "$out"
fi
if [ -x "$program" ]; then
  ok "ntm is installed in $bindir"
else
  not_ok "ntm is installed in $bindir" "missing: $program"
fi
if [ -f "$module" ]; then
  ok "ntm-gui.so is installed in $moduledir, where ntm looks for it"
else
  not_ok "ntm-gui.so is installed in $moduledir, where ntm looks for it" \
         "missing: $module; installed: $(cd "$dest" && find . -name 'ntm-gui.so')"
fi
missing=$( { nm -D --defined-only "$program" | awk '{ print $NF }' | sort -u > "$dest/exported"; \
             nm -D --undefined-only "$module" | awk '{ print $NF }' | grep '^ntm_' | sort -u \
             | comm -23 - "$dest/exported"; } 2>&1 | head -20)
if [ -f "$program" ] && [ -f "$module" ] && [ -z "$missing" ]; then
  ok "the program exports every function of Ntm's the module calls"
else
  not_ok "the program exports every function of Ntm's the module calls" "missing: $missing"
fi
exit $failed
