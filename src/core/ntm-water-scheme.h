/* ntm-water-scheme.h: centralised clean-water schemes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

typedef struct {
  int     year;
  char   *source;   /* "central", "local", "integrated", "credit", "enterprise", "community", "other" */
  double  amount;   /* VND */
} NtmWaterInvestment;

/* A scheme as a form holds it. Numbers are NAN when not known; text
 * choices are NULL when not known. */
typedef struct {
  gint64     id;                 /* 0 for a new scheme */
  char      *code;
  char      *name;
  char      *status;             /* "planned", "building", "operating", "stopped" */
  char      *water_source;       /* "surface", "ground" */
  char      *treatment;
  double     design_capacity;    /* m³/day */
  double     actual_output;      /* m³/day */
  double     pipe_length;        /* km */
  double     households_design;
  double     households_actual;
  double     people_design;
  double     people_actual;
  double     new_connections;
  char      *started_on;         /* "YYYY-MM-DD" */
  char      *commissioned_on;
  double     progress;           /* % */
  char      *management;         /* "provincial_centre", "enterprise", "cooperative",
                                    "commune_committee", "community" */
  double     tariff;             /* VND/m³ */
  double     loss_rate;          /* % */
  char      *quality_tested_on;
  int        quality_passed;     /* -1 not known, 0 failed, 1 passed */
  char      *sustainability;     /* "sustainable", "fairly", "poorly", "not_operating" */
  char      *note;
  GPtrArray *communes;           /* unit codes */
  GArray    *investments;        /* of NtmWaterInvestment */
} NtmWaterSchemeFields;

/* What is wrong with a field: an error stops saving, a warning does not. */
typedef struct {
  const char *field;             /* the member of NtmWaterSchemeFields */
  char       *message;
  gboolean    warning;
} NtmFieldProblem;

NtmWaterSchemeFields *ntm_water_scheme_fields_new   (void);
NtmWaterSchemeFields *ntm_water_scheme_fields_copy  (const NtmWaterSchemeFields *fields);
void                  ntm_water_scheme_fields_free  (NtmWaterSchemeFields *fields);
void                  ntm_water_scheme_fields_add_investment (NtmWaterSchemeFields *fields,
                                                              int                   year,
                                                              const char           *source,
                                                              double                amount);
double                ntm_water_scheme_fields_get_total_investment (const NtmWaterSchemeFields *fields);
GPtrArray            *ntm_water_scheme_fields_check (const NtmWaterSchemeFields *fields,
                                                     gboolean                   *ok);
void                  ntm_field_problem_free        (gpointer problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NtmWaterSchemeFields, ntm_water_scheme_fields_free)

const char * const   *ntm_water_scheme_statuses         (void);
const char * const   *ntm_water_scheme_sources          (void);
const char * const   *ntm_water_scheme_managements      (void);
const char * const   *ntm_water_scheme_sustainabilities (void);
const char * const   *ntm_water_investment_sources      (void);
const char           *ntm_water_choice_get_label        (const char *choice);
const char           *ntm_water_investment_source_get_label (const char *source);

#define NTM_TYPE_WATER_SCHEME (ntm_water_scheme_get_type ())
G_DECLARE_FINAL_TYPE (NtmWaterScheme, ntm_water_scheme, NTM, WATER_SCHEME, GObject)

const NtmWaterSchemeFields *ntm_water_scheme_get_fields        (NtmWaterScheme *self);
gint64                      ntm_water_scheme_get_id            (NtmWaterScheme *self);
const char                 *ntm_water_scheme_get_commune_names (NtmWaterScheme *self);
gboolean                    ntm_water_scheme_in_district       (NtmWaterScheme *self,
                                                                const char     *district_code);
gboolean                    ntm_water_scheme_matches           (NtmWaterScheme *self,
                                                                const char     *query);

GListModel           *ntm_database_list_water_schemes  (NtmDatabase  *db,
                                                        GError      **error);
NtmWaterSchemeFields *ntm_database_load_water_scheme   (NtmDatabase  *db,
                                                        gint64        id,
                                                        GError      **error);
gboolean              ntm_database_save_water_scheme   (NtmDatabase  *db,
                                                        NtmWaterSchemeFields *fields,
                                                        GError      **error);
gboolean              ntm_database_delete_water_scheme (NtmDatabase  *db,
                                                        gint64        id,
                                                        GError      **error);

G_END_DECLS
