#!/bin/sh
# Checks that the layers which must not use GTK do not: each library given
# (core, map, io) may not need a symbol of GTK, GDK, GSK, libadwaita or
# libshumate. Their meson targets do not offer those headers either, so a
# wrong include fails to build; this catches a declaration written by hand.
# Arguments: the static libraries. Prints TAP.
set -u
n=0
failed=0
echo "1..$#"
for lib in "$@"; do
  n=$((n + 1))
  name=$(basename "$lib")
  if [ ! -f "$lib" ]; then
    failed=1
    echo "not ok $n - $name exists"
    continue
  fi
  bad=$(nm -u "$lib" 2>/dev/null | awk '{ print $NF }' \
        | grep -E '^(gtk_|gdk_|gsk_|adw_|shumate_|graphene_)' | sort -u | head -20)
  if [ -z "$bad" ]; then
    echo "ok $n - $name needs no GTK, libadwaita or libshumate symbol"
  else
    failed=1
    echo "not ok $n - $name needs no GTK, libadwaita or libshumate symbol"
    echo "$bad" | sed 's/^/# uses /'
  fi
done
exit $failed
