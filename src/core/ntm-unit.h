/* ntm-unit.h: an administrative unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-attainment.h"
#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_UNIT (ntm_unit_get_type ())
G_DECLARE_FINAL_TYPE (NtmUnit, ntm_unit, NTM, UNIT, GObject)

const char  *ntm_unit_get_code         (NtmUnit      *self);
const char  *ntm_unit_get_official_code (NtmUnit     *self);
const char  *ntm_unit_get_name         (NtmUnit      *self);
NtmUnitKind  ntm_unit_get_kind         (NtmUnit      *self);
const char  *ntm_unit_get_parent_code  (NtmUnit      *self);
gboolean     ntm_unit_get_location     (NtmUnit      *self,
                                        double       *latitude,
                                        double       *longitude);
const char  *ntm_unit_get_region       (NtmUnit      *self);
int          ntm_unit_get_commune_group (NtmUnit     *self);
const char  *ntm_unit_get_valid_from   (NtmUnit      *self);
const char  *ntm_unit_get_valid_to     (NtmUnit      *self);
const char  *ntm_unit_get_search_key   (NtmUnit      *self);
gboolean     ntm_unit_matches          (NtmUnit      *self,
                                        const char   *query);

gboolean     ntm_unit_dates_in_force_on (const char  *valid_from,
                                        const char   *valid_to,
                                        const char   *iso_date);
gboolean     ntm_unit_dates_in_force_in_year (const char *valid_from,
                                        const char   *valid_to,
                                        int           year);
gboolean     ntm_unit_is_in_force_in_year (NtmUnit   *self,
                                        int           year);

GListModel  *ntm_database_list_units   (NtmDatabase  *db,
                                        GError      **error);
GListModel  *ntm_database_list_units_on_record (NtmDatabase *db,
                                        GError      **error);
GListModel  *ntm_database_list_units_in_year (NtmDatabase *db,
                                        int           year,
                                        GError      **error);
GListModel  *ntm_database_list_units_on (NtmDatabase *db,
                                        const char   *iso_date,
                                        GError      **error);
NtmUnit     *ntm_database_get_unit_on  (NtmDatabase  *db,
                                        const char   *code,
                                        const char   *iso_date,
                                        GError      **error);
NtmUnit     *ntm_database_find_unit    (NtmDatabase  *db,
                                        const char   *code,
                                        int           year,
                                        GError      **error);
NtmUnit     *ntm_database_get_unit     (NtmDatabase  *db,
                                        const char   *code,
                                        GError      **error);

/* A commune's group under Decision 51/2025 over a span of years. */
typedef struct {
  char *unit_code;
  int   year_from;
  int   year_to;         /* 0: open ended */
  int   commune_group;   /* 1, 2 or 3 */
  char *source;
} NtmCommuneGroupSpan;

void         ntm_commune_group_span_free (NtmCommuneGroupSpan *span);
const char  *ntm_commune_group_get_label (int           commune_group);

int          ntm_database_get_commune_group (NtmDatabase *db,
                                             const char  *code,
                                             int          year,
                                             GError     **error);
gboolean     ntm_database_set_commune_group (NtmDatabase *db,
                                        const char   *code,
                                        int           year_from,
                                        int           year_to,
                                        int           commune_group,
                                        const char   *source,
                                        GError      **error);
GPtrArray   *ntm_database_list_commune_groups (NtmDatabase *db,
                                        const char   *code,
                                        GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NtmCommuneGroupSpan, ntm_commune_group_span_free)

G_END_DECLS
