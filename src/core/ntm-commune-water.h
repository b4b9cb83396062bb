/* ntm-commune-water.h: the households of a commune on hygienic and clean water
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

/* Households of a commune in a year */
gboolean              ntm_commune_water_check          (int           households_total,
                                                        int           households_hygienic,
                                                        int           households_clean,
                                                        GError      **error);
gboolean              ntm_database_set_commune_water   (NtmDatabase  *db,
                                                        const char   *unit_code,
                                                        int           year,
                                                        int           households_total,
                                                        int           households_hygienic,
                                                        int           households_clean,
                                                        const char   *source,
                                                        GError      **error);
gboolean              ntm_database_get_commune_water   (NtmDatabase  *db,
                                                        const char   *unit_code,
                                                        int           year,
                                                        int          *households_total,
                                                        int          *households_hygienic,
                                                        int          *households_clean,
                                                        GError      **error);
gboolean              ntm_database_delete_commune_water (NtmDatabase *db,
                                                        const char   *unit_code,
                                                        int           year,
                                                        GError      **error);

/* The figures of the communes of a district, for a form */
typedef struct {
  char     *unit_code;
  char     *unit_name;
  gboolean  known;               /* FALSE: no figures on record */
  int       households_total;
  int       households_hygienic;
  int       households_clean;
  char     *source;
} NtmCommuneWater;

NtmCommuneWater      *ntm_commune_water_copy           (const NtmCommuneWater *water);
void                  ntm_commune_water_free           (gpointer      water);
gboolean              ntm_commune_water_equal          (const NtmCommuneWater *a,
                                                        const NtmCommuneWater *b);
GPtrArray            *ntm_database_list_commune_water  (NtmDatabase  *db,
                                                        const char   *district_code,
                                                        int           year,
                                                        GError      **error);
gboolean              ntm_database_save_commune_waters (NtmDatabase  *db,
                                                        int           year,
                                                        GPtrArray    *waters,
                                                        GError      **error);

G_END_DECLS
