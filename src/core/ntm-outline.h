/* ntm-outline.h: outlines shipped with Ntm, and each unit's boundary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"
#include "ntm-geometry.h"

G_BEGIN_DECLS

/* The province and district outlines of geoBoundaries (2016), shipped. */
#define NTM_OUTLINE_SOURCE_GEOBOUNDARIES "geoboundaries-vnm-2016"

/* A shipped outline that serves no unit on its own: its line is drawn. */
typedef struct {
  char     *name;
  char     *level;        /* "province", "district" or "commune" */
  GStrv     unit_codes;   /* the units it names; may be empty */
  NtmShape *shape;        /* longitude/latitude */
} NtmOutline;

GPtrArray  *ntm_database_load_unit_boundaries  (NtmDatabase  *db,
                                                guint         band,
                                                GError      **error);
GPtrArray  *ntm_database_load_loose_outlines   (NtmDatabase  *db,
                                                GError      **error);
gboolean    ntm_database_count_unit_boundaries (NtmDatabase  *db,
                                                guint        *province,
                                                guint        *district,
                                                guint        *commune,
                                                GError      **error);
char       *ntm_database_dup_outline_attribution (NtmDatabase *db);
const char *ntm_outline_get_attribution        (const char   *source_key);
void        ntm_outline_free                   (NtmOutline   *outline);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NtmOutline, ntm_outline_free)

G_END_DECLS
