/* ntm-level-palette.h: each level's colour, name and place, defined once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ntm-attainment.h"

G_BEGIN_DECLS

/* Which legends a level appears in. */
typedef enum /*< flags >*/ {
  NTM_LEVEL_SHOWN_NONE      = 0,
  NTM_LEVEL_SHOWN_COMMUNES  = 1 << 0,  /* communes, wards and townships */
  NTM_LEVEL_SHOWN_DISTRICTS = 1 << 1,  /* districts, towns, the city */
} NtmLevelShown;

typedef struct {
  guint32        rgb;      /* 0xRRGGBB */
  const char    *name;     /* untranslated; the level in full, for legends */
  const char    *context;  /* msgctxt of @name, or NULL */
  guint          order;    /* place in legends and charts, lowest first */
  int            rank;     /* how far along its track: higher is further, -1 for no data */
  NtmLevelShown  shown;
} NtmLevelEntry;

const NtmLevelEntry *ntm_level_palette_get          (NtmLevel  level);
void                 ntm_level_palette_get_rgb      (NtmLevel  level,
                                                     double   *rgb);
const char          *ntm_level_palette_get_name     (NtmLevel  level);
int                  ntm_level_palette_get_rank     (NtmLevel  level);
GArray              *ntm_level_palette_list         (NtmLevelShown shown);
void                 ntm_level_palette_urban_not_yet_rgb (double *rgb);
guint32              ntm_level_palette_urban_not_yet (void);

G_END_DECLS
