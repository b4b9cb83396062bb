/* ntm-lineage.h: where a unit came from and what it became
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-attainment.h"
#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_LINEAGE_LINK (ntm_lineage_link_get_type ())
G_DECLARE_FINAL_TYPE (NtmLineageLink, ntm_lineage_link, NTM, LINEAGE_LINK, GObject)

const char *ntm_lineage_link_get_old_code          (NtmLineageLink *self);
const char *ntm_lineage_link_get_old_official_code (NtmLineageLink *self);
const char *ntm_lineage_link_get_old_name          (NtmLineageLink *self);
const char *ntm_lineage_link_get_new_code          (NtmLineageLink *self);
const char *ntm_lineage_link_get_new_official_code (NtmLineageLink *self);
const char *ntm_lineage_link_get_new_name          (NtmLineageLink *self);
const char *ntm_lineage_link_get_effective         (NtmLineageLink *self);
gboolean    ntm_lineage_link_is_whole              (NtmLineageLink *self);
const char *ntm_lineage_link_get_resolution        (NtmLineageLink *self);
const char *ntm_lineage_link_get_note              (NtmLineageLink *self);
char       *ntm_lineage_link_describe_note         (NtmLineageLink *self);
gboolean    ntm_lineage_link_is_inferred           (NtmLineageLink *self);

/* An older unit a unit was formed from, on a day before it was formed. */
typedef struct {
  char     *code;            /* its key */
  char     *official_code;
  char     *name;            /* as it was that day */
  gboolean  whole;           /* all of it went into the unit (it reaches no other) */
} NtmOrigin;

/* One predecessor in one year: its level and criteria then. */
typedef struct {
  char     *code;
  char     *official_code;
  char     *name;
  int       year;
  gboolean  whole;
  NtmLevel  level;           /* in force on 31 December, by decision */
  int       level_year;      /* the year that decision recognises */
  guint     criteria_met;    /* of its main set that year */
  guint     criteria_total;
  guint     criteria_known;  /* met, basically met or not met */
} NtmPredecessorYear;

/* What the predecessors say of a new unit: never a recognition. */
typedef struct {
  int       year;            /* the year looked at (its 31 December) */
  guint     predecessors;
  guint     with_level;      /* of which holding a level then */
  NtmLevel  lowest;          /* the lowest level all of them held, or NO_DATA */
  gboolean  derived;         /* always TRUE: derived from predecessors */
} NtmDerivedLevel;

GListModel *ntm_database_list_lineage            (NtmDatabase      *db,
                                                  GError          **error);
GListModel *ntm_database_list_predecessors       (NtmDatabase      *db,
                                                  const char       *code,
                                                  GError          **error);
GListModel *ntm_database_list_successors         (NtmDatabase      *db,
                                                  const char       *code,
                                                  GError          **error);
GArray     *ntm_database_list_origins            (NtmDatabase      *db,
                                                  const char       *code,
                                                  const char       *iso_date,
                                                  GError          **error);
GHashTable *ntm_database_list_former_districts   (NtmDatabase      *db,
                                                  int               year,
                                                  GError          **error);
GArray     *ntm_database_get_predecessor_history (NtmDatabase      *db,
                                                  const char       *code,
                                                  int               first_year,
                                                  GError          **error);
GArray     *ntm_database_derive_levels           (NtmDatabase      *db,
                                                  const char       *code,
                                                  int               first_year,
                                                  int               last_year,
                                                  GError          **error);
char       *ntm_derived_level_format             (const NtmDerivedLevel *derived);

G_END_DECLS
