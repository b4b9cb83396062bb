/* ntm-import.h: one importer for the registers kept in spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"
#include "ntm-workbook.h"

G_BEGIN_DECLS

#define NTM_IMPORT_ERROR (ntm_import_error_quark ())

typedef enum {
  NTM_IMPORT_ERROR_NO_HEADER,    /* no sheet has a table Ntm recognises */
  NTM_IMPORT_ERROR_NO_YEAR,      /* the year is neither given nor in the file */
  NTM_IMPORT_ERROR_HAS_ERRORS,   /* commit refused: the report lists errors */
  NTM_IMPORT_ERROR_STATE,        /* committed already, or nothing to undo */
  NTM_IMPORT_ERROR_CHANGED,      /* the data changed since the file was read (commit) or imported (undo) */
} NtmImportError;

/* What a sheet holds. */
typedef enum {
  NTM_REGISTER_NONE,
  NTM_REGISTER_CRITERIA_STATUSES,
  NTM_REGISTER_INDICATOR_VALUES,
  NTM_REGISTER_WATER_FIGURES,
  NTM_REGISTER_CRITERIA_SET,
  NTM_REGISTER_RECOGNITIONS,
  NTM_REGISTER_OCOP,
  NTM_REGISTER_FUNDS,
  NTM_REGISTER_TARGETS,
  NTM_REGISTER_SCHEMES,
  NTM_REGISTER_COMMUNE_GROUPS,
} NtmRegister;

typedef enum {
  NTM_IMPORT_UNCHANGED,
  NTM_IMPORT_INSERT,
  NTM_IMPORT_UPDATE,
} NtmImportAction;

typedef enum {
  NTM_IMPORT_PROBLEM_UNMATCHED,
  NTM_IMPORT_PROBLEM_AMBIGUOUS,
  NTM_IMPORT_PROBLEM_ERROR,
} NtmImportProblemKind;

typedef struct {
  guint rows;           /* rows below the header */
  guint matched_units;  /* rows matched to a unit */
  guint unmatched;
  guint ambiguous;
  guint skipped;        /* group, subtotal, total, note and blank rows */
  guint values;         /* cells (or records) read */
  guint inserted;
  guint updated;
  guint unchanged;
  guint errors;
} NtmImportCounts;

typedef struct {
  NtmImportProblemKind  kind;
  char                 *where;   /* "Sheet1!F23" for an error, "Sheet1!12" for a row */
  char                 *text;    /* the message, or the row's name */
} NtmImportProblem;

/* One value as it is and as the file has it, for the preview. */
typedef struct {
  NtmImportAction  action;
  int              year;
  char            *unit_code;   /* NULL for a criteria set's rows */
  char            *unit_name;
  char            *what;        /* "17. Môi trường", "17.1", "Households in total", … */
  char            *old_text;    /* NULL when nothing is on record */
  char            *new_text;
  char            *cell;
} NtmImportChange;

#define NTM_TYPE_IMPORT (ntm_import_get_type ())
G_DECLARE_FINAL_TYPE (NtmImport, ntm_import, NTM, IMPORT, GObject)

GQuark                  ntm_import_error_quark       (void);
const char             *ntm_register_get_label       (NtmRegister     reg);

NtmImport              *ntm_import_new               (NtmDatabase    *db,
                                                      NtmWorkbook    *workbook,
                                                      GListModel     *units,
                                                      int             year,
                                                      GError        **error);
NtmImport              *ntm_import_new_for_year      (NtmDatabase    *db,
                                                      NtmWorkbook    *workbook,
                                                      int             year,
                                                      int             fallback_year,
                                                      GError        **error);
NtmWorkbook            *ntm_import_get_workbook      (NtmImport      *self);
NtmRegister             ntm_import_get_register      (NtmImport      *self);
int                     ntm_import_get_year          (NtmImport      *self);
gboolean                ntm_import_file_gives_year   (NtmImport      *self);
const NtmImportCounts  *ntm_import_get_counts        (NtmImport      *self);
guint                   ntm_import_get_n_problems    (NtmImport      *self);
const NtmImportProblem *ntm_import_get_problem       (NtmImport      *self,
                                                      guint           index);
guint                   ntm_import_get_n_changes     (NtmImport      *self);
const NtmImportChange  *ntm_import_get_change        (NtmImport      *self,
                                                      guint           index);
char                   *ntm_import_to_text           (NtmImport      *self);

/* Columns, and the user's mapping of those not recognised */
guint                   ntm_import_get_n_columns     (NtmImport      *self);
const char             *ntm_import_get_column_sheet  (NtmImport      *self,
                                                      guint           column);
const char             *ntm_import_get_column_heading (NtmImport     *self,
                                                      guint           column);
const char             *ntm_import_get_column_role   (NtmImport      *self,
                                                      guint           column);
gboolean                ntm_import_column_is_recognised (NtmImport   *self,
                                                      guint           column);
GPtrArray              *ntm_import_list_roles        (NtmImport      *self,
                                                      guint           column);
char                   *ntm_import_describe_role     (NtmImport      *self,
                                                      const char     *role);
gboolean                ntm_import_set_column_role   (NtmImport      *self,
                                                      guint           column,
                                                      const char     *role,
                                                      GError        **error);

gboolean                ntm_import_commit            (NtmImport      *self,
                                                      GError        **error);
gboolean                ntm_import_is_committed      (NtmImport      *self);
gboolean                ntm_import_can_undo          (NtmImport      *self);
gboolean                ntm_import_undo              (NtmImport      *self,
                                                      GError        **error);

G_END_DECLS
