#!/bin/sh
# Checks the translations: po/vi.po is complete and msgfmt-clean, and
# POTFILES.in lists every file with translatable strings.
# Arguments: SOURCE_ROOT BUILD_ROOT. Prints TAP.
set -u
src="$1"
n=0
failed=0

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; echo "# $2"; }

echo "1..4"

if out=$(msgfmt --check -o /dev/null "$src/po/vi.po" 2>&1); then
  ok "vi.po passes msgfmt --check"
else
  not_ok "vi.po passes msgfmt --check" "$out"
fi

stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$src/po/vi.po" 2>&1)
case "$stats" in
  *untranslated*|*fuzzy*) not_ok "vi.po is complete" "$stats" ;;
  *) ok "vi.po is complete ($stats)" ;;
esac

missing=$(cd "$src" && grep -rlE '_\(|N_\(|ngettext \(|translatable="yes"' src ui data --include='*.c' --include='*.ui' --include='*.in' --include='*.xml' 2>/dev/null \
  | grep -v 'gresource.xml' | sort | while read -r f; do grep -qxF "$f" po/POTFILES.in || echo "$f"; done)
if [ -z "$missing" ]; then
  ok "POTFILES.in lists every file with translatable strings"
else
  not_ok "POTFILES.in lists every file with translatable strings" "missing: $(echo $missing)"
fi

# Every catalogue entry must still exist in the sources: extract and compare.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$src" && xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
   --keyword=ngettext:1,2 --keyword=g_dngettext:2,3 --add-comments=Translators \
   -f po/POTFILES.in -o "$tmp/ntm.pot" 2>"$tmp/err") || true
if [ -s "$tmp/ntm.pot" ]; then
  msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" "$src/po/vi.po" "$tmp/ntm.pot" 2>>"$tmp/err"
  untranslated=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/merged.po" 2>&1)
  case "$untranslated" in
    *untranslated*|*fuzzy*) not_ok "every source string has a Vietnamese translation" "$untranslated" ;;
    *) ok "every source string has a Vietnamese translation" ;;
  esac
else
  not_ok "every source string has a Vietnamese translation" "xgettext failed: $(cat "$tmp/err")"
fi

exit $failed
