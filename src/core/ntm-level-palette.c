/* ntm-level-palette.c: each level's colour, name and place, defined once
 *
 * The map, its legend, the Overview's charts and the printed reports all
 * take a level's colour, its name in full ("Advanced NTM", "NTM nâng
 * cao") and its place in a legend from this one table, so that a level
 * looks and reads the same wherever it appears. A level added to NtmLevel
 * is one more entry here.
 *
 * The colours stay apart for the common kinds of colour blindness: orange
 * for "not yet", light to dark blue for NTM, advanced and model, bluish
 * green for civilised urban areas and for a town or city that completed
 * the NTM task, a strong blue and a reddish purple for the 2026–2030
 * NTM and modern NTM levels. District levels take the colour of the commune level they
 * build on. "No data" is light grey, and the map hatches it.
 *
 * The names are kept untranslated, with their context, so that this file
 * needs no more than GLib; ntm_level_palette_get_name() translates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ntm-level-palette.h"

static const NtmLevelEntry levels[] = {
  [NTM_LEVEL_NO_DATA] = { 0xe4e4e4, N_("No data"), NULL, 99, -1, NTM_LEVEL_SHOWN_NONE },
  [NTM_LEVEL_NOT_YET] = { 0xe69f00, N_("Not yet NTM"), NULL, 0, 0,
                          NTM_LEVEL_SHOWN_COMMUNES | NTM_LEVEL_SHOWN_DISTRICTS },
  [NTM_LEVEL_NTM] = { 0x9ecae1, NC_("level", "NTM"), "level", 1, 1, NTM_LEVEL_SHOWN_COMMUNES },
  [NTM_LEVEL_ADVANCED] = { 0x4292c6, N_("Advanced NTM"), NULL, 2, 2, NTM_LEVEL_SHOWN_COMMUNES },
  [NTM_LEVEL_MODEL] = { 0x08306b, N_("Model NTM"), NULL, 3, 3, NTM_LEVEL_SHOWN_COMMUNES },
  [NTM_LEVEL_CIVILISED] = { 0x009e73, N_("Civilised urban"), NULL, 4, 1, NTM_LEVEL_SHOWN_COMMUNES },
  [NTM_LEVEL_DISTRICT_NTM] = { 0x9ecae1, N_("NTM district"), NULL, 11, 1, NTM_LEVEL_SHOWN_DISTRICTS },
  [NTM_LEVEL_DISTRICT_ADVANCED] = { 0x4292c6, N_("Advanced NTM district"), NULL, 12, 2, NTM_LEVEL_SHOWN_DISTRICTS },
  [NTM_LEVEL_TASK_COMPLETED] = { 0x009e73, N_("NTM task completed"), NULL, 13, 1, NTM_LEVEL_SHOWN_DISTRICTS },
  /* 2026–2030 (Decision 51/2025): one commune set, with a pilot "modern"
   * level above it; a strong blue and a reddish purple keep them apart
   * from the 2021–2025 blues a continuing unit may still hold. */
  [NTM_LEVEL_NTM_DECISION_51] = { 0x0072b2, N_("NTM (2026–2030)"), NULL, 5, 1, NTM_LEVEL_SHOWN_NONE },
  [NTM_LEVEL_MODERN_NTM] = { 0xcc79a7, N_("Modern NTM (pilot)"), NULL, 6, 2, NTM_LEVEL_SHOWN_NONE },
  [NTM_LEVEL_PROVINCE_COMPLETED] = { 0x009e73, N_("Province: NTM task completed (2026–2030)"), NULL, 14, 1,
                                     NTM_LEVEL_SHOWN_NONE },
};

/* A ward or township not yet civilised urban: a pale orange, beside the
 * communes' "not yet". */
#define URBAN_NOT_YET 0xf5d08a

static void
hex_to_rgb (guint32  hex,
            double  *rgb)
{
  rgb[0] = ((hex >> 16) & 0xff) / 255.0;
  rgb[1] = ((hex >> 8) & 0xff) / 255.0;
  rgb[2] = (hex & 0xff) / 255.0;
}

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  NtmLevel x = *(const NtmLevel *) a, y = *(const NtmLevel *) b;

  return (int) levels[x].order - (int) levels[y].order;
}

/**
 * ntm_level_palette_get:
 * @level: a level
 *
 * Returns: (transfer none): the level's entry; "no data"'s for a level
 *   the table does not know
 */
const NtmLevelEntry *
ntm_level_palette_get (NtmLevel level)
{
  if ((guint) level >= G_N_ELEMENTS (levels) || levels[level].name == NULL)
    return &levels[NTM_LEVEL_NO_DATA];
  return &levels[level];
}

/**
 * ntm_level_palette_get_rgb:
 * @level: a level
 * @rgb: (out caller-allocates) (array fixed-size=3): red, green, blue, 0–1
 */
void
ntm_level_palette_get_rgb (NtmLevel  level,
                           double   *rgb)
{
  hex_to_rgb (ntm_level_palette_get (level)->rgb, rgb);
}

/**
 * ntm_level_palette_get_name:
 * @level: a level
 *
 * Returns: the level in full as legends and charts name it, translated
 */
const char *
ntm_level_palette_get_name (NtmLevel level)
{
  const NtmLevelEntry *entry = ntm_level_palette_get (level);

  if (entry->context != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, entry->context, entry->name);
  return _(entry->name);
}

/**
 * ntm_level_palette_get_rank:
 * @level: a level
 *
 * Returns: how far along its track @level is (not yet 0, NTM 1, advanced
 *   2, model 3; civilised urban 1; an NTM district or a completed task 1,
 *   an advanced district 2), or -1 for no data
 */
int
ntm_level_palette_get_rank (NtmLevel level)
{
  return ntm_level_palette_get (level)->rank;
}

/**
 * ntm_level_palette_list:
 * @shown: the legends asked for
 *
 * Returns: (transfer full) (element-type NtmLevel): the levels shown in
 *   those legends, in their order
 */
GArray *
ntm_level_palette_list (NtmLevelShown shown)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (NtmLevel));

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (levels[i].name != NULL && (levels[i].shown & shown) != 0)
      {
        NtmLevel level = i;
        g_array_append_val (out, level);
      }
  g_array_sort (out, compare_order);
  return out;
}

/**
 * ntm_level_palette_urban_not_yet:
 *
 * Returns: the colour of a ward or township not yet civilised urban, 0xRRGGBB
 */
guint32
ntm_level_palette_urban_not_yet (void)
{
  return URBAN_NOT_YET;
}

void
ntm_level_palette_urban_not_yet_rgb (double *rgb)
{
  hex_to_rgb (URBAN_NOT_YET, rgb);
}
