#!/bin/sh
# Checks that the layers which must not use GTK do not: each library given
# (core, map, io, cli) may not need a symbol of GTK, GDK, GSK, libadwaita or
# libshumate. Their meson targets do not offer those headers either, so a
# wrong include fails to build; this catches a declaration written by hand.
# The program given with --program (`ntm`, which runs the command line's
# tasks and loads the window's module only for a window) may not need
# those libraries at all, and the module (--module) may not hold a copy of
# the layers below it: it uses the program's.
# Arguments: [--program NTM] [--module NTM-GUI.SO] the static libraries.
# Prints TAP.
set -u
program=
module=
while [ $# -gt 0 ]; do
  case "$1" in
    --program) program="$2"; shift 2 ;;
    --module) module="$2"; shift 2 ;;
    *) break ;;
  esac
done
total=$#
[ -n "$program" ] && total=$((total + 1))
[ -n "$module" ] && total=$((total + 1))
n=0
failed=0
echo "1..$total"
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
if [ -n "$program" ]; then
  n=$((n + 1))
  bad=$(readelf -d "$program" 2>&1 | grep -E 'NEEDED|readelf' \
        | grep -E 'readelf|lib(gtk|gdk|adwaita|shumate|graphene)' | head -10)
  if [ -z "$bad" ] && [ -f "$program" ]; then
    echo "ok $n - $(basename "$program") needs no GTK, libadwaita or libshumate library"
  else
    failed=1
    echo "not ok $n - $(basename "$program") needs no GTK, libadwaita or libshumate library"
    echo "$bad" | sed 's/^/# /'
  fi
fi
if [ -n "$module" ]; then
  n=$((n + 1))
  # a few functions of each layer below, which the window calls
  copied=$(nm -D --defined-only "$module" 2>/dev/null | awk '{ print $NF }' \
           | grep -E '^(ntm_database_open|ntm_unit_get_type|ntm_map_renderer_draw|ntm_import_new|ntm_command_options_read)$')
  if [ -f "$module" ] && [ -z "$copied" ] && nm -D --defined-only "$module" | grep -q ' ntm_gui_main$'; then
    echo "ok $n - $(basename "$module") holds the window and no copy of core, map, io or cli"
  else
    failed=1
    echo "not ok $n - $(basename "$module") holds the window and no copy of core, map, io or cli"
    echo "$copied" | sed 's/^/# holds /'
  fi
fi
exit $failed
