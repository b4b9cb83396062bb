/* ntm-database.h: the Ntm database, the single source of truth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NTM_DATABASE_ERROR (ntm_database_error_quark ())

typedef enum {
  NTM_DATABASE_ERROR_CANNOT_OPEN,
  NTM_DATABASE_ERROR_NOT_NTM,
  NTM_DATABASE_ERROR_CORRUPT,
  NTM_DATABASE_ERROR_NEWER,
  NTM_DATABASE_ERROR_READ_ONLY,
  NTM_DATABASE_ERROR_INVALID,
  NTM_DATABASE_ERROR_NOT_FOUND,
  NTM_DATABASE_ERROR_FAILED,
  NTM_DATABASE_ERROR_BUSY,         /* another program kept the file busy too long */
} NtmDatabaseError;

/* What a committed transaction changed, for NtmDatabase::changed. A view
 * reloads only when an area it shows is among them. */
typedef enum /*< flags >*/ {
  NTM_AREA_NONE          = 0,
  NTM_AREA_UNITS         = 1 << 0,  /* units, their groups and lineage */
  NTM_AREA_CRITERIA      = 1 << 1,  /* criteria sets, criteria, indicators */
  NTM_AREA_THRESHOLDS    = 1 << 2,
  NTM_AREA_ASSESSMENTS   = 1 << 3,  /* indicator values and criterion statuses */
  NTM_AREA_RECOGNITIONS  = 1 << 4,
  NTM_AREA_BOUNDARIES    = 1 << 5,
  NTM_AREA_WATER_SCHEMES = 1 << 6,
  NTM_AREA_WATER_FIGURES = 1 << 7,  /* households on hygienic and clean water */
  NTM_AREA_OCOP          = 1 << 8,
  NTM_AREA_FUNDS         = 1 << 9,
  NTM_AREA_TARGETS       = 1 << 10, /* targets and reported figures */
  NTM_AREA_SETTINGS      = 1 << 11,
} NtmArea;

/* Everything a unit's evaluation (levels, criteria met) reads. */
#define NTM_AREA_EVALUATION (NTM_AREA_UNITS | NTM_AREA_CRITERIA | NTM_AREA_THRESHOLDS | \
                             NTM_AREA_ASSESSMENTS | NTM_AREA_RECOGNITIONS | NTM_AREA_WATER_FIGURES)
/* Every area: after a restore, say. */
#define NTM_AREA_ALL ((NtmArea) ((NTM_AREA_SETTINGS << 1) - 1))

/* "NTM1" in the SQLite header's application id field. */
#define NTM_DATABASE_APPLICATION_ID 0x4E544D31

#define NTM_TYPE_DATABASE (ntm_database_get_type ())
G_DECLARE_FINAL_TYPE (NtmDatabase, ntm_database, NTM, DATABASE, GObject)

GQuark        ntm_database_error_quark          (void);

NtmDatabase  *ntm_database_open                 (const char   *path,
                                                 GError      **error);
NtmDatabase  *ntm_database_open_scratch         (GError      **error);
NtmDatabase  *ntm_database_open_reader          (NtmDatabase  *self,
                                                 GError      **error);
char         *ntm_database_get_default_path     (void);
const char   *ntm_database_get_path             (NtmDatabase  *self);
gboolean      ntm_database_is_read_only         (NtmDatabase  *self);
gboolean      ntm_database_is_busy              (NtmDatabase  *self);
int           ntm_database_get_schema_version   (NtmDatabase  *self);
gboolean      ntm_database_check_integrity      (NtmDatabase  *self,
                                                 char        **problems,
                                                 GError      **error);
char         *ntm_database_get_setting          (NtmDatabase  *self,
                                                 const char   *key);
gboolean      ntm_database_set_setting          (NtmDatabase  *self,
                                                 const char   *key,
                                                 const char   *value,
                                                 GError      **error);
const char   *ntm_database_get_user_name        (NtmDatabase  *self);

G_END_DECLS
