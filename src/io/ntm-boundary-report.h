/* ntm-boundary-report.h: what importing a boundary file would do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-boundary-file.h"
#include "ntm-boundary-match.h"
#include "ntm-database.h"

G_BEGIN_DECLS

typedef enum {
  NTM_BOUNDARY_ROW_MATCHED,
  NTM_BOUNDARY_ROW_UNMATCHED,
  NTM_BOUNDARY_ROW_AMBIGUOUS,
  NTM_BOUNDARY_ROW_UNUSABLE,         /* matched or not, its outline cannot be used */
  NTM_BOUNDARY_ROW_UNIT_WITHOUT,     /* a unit that no feature covers */
} NtmBoundaryRowKind;

typedef struct {
  NtmBoundaryRowKind  kind;
  guint               feature;       /* 1-based, 0 for a unit row */
  char               *code;          /* the feature's code */
  char               *name;          /* the feature's name */
  char               *unit_code;
  char               *unit_name;
  char               *note;          /* how it matched, why not, the candidates */
} NtmBoundaryRow;

#define NTM_TYPE_BOUNDARY_REPORT (ntm_boundary_report_get_type ())
G_DECLARE_FINAL_TYPE (NtmBoundaryReport, ntm_boundary_report, NTM, BOUNDARY_REPORT, GObject)

NtmBoundaryReport    *ntm_boundary_report_new             (NtmBoundaryFile    *file,
                                                           NtmDatabase        *db,
                                                           GError            **error);
NtmBoundaryReport    *ntm_boundary_report_new_for_year    (NtmBoundaryFile    *file,
                                                           NtmDatabase        *db,
                                                           int                 year,
                                                           GError            **error);
NtmBoundaryFile      *ntm_boundary_report_get_file        (NtmBoundaryReport  *self);
guint                 ntm_boundary_report_get_n_features  (NtmBoundaryReport  *self);
guint                 ntm_boundary_report_get_n_matched   (NtmBoundaryReport  *self);
guint                 ntm_boundary_report_get_n_unmatched (NtmBoundaryReport  *self);
guint                 ntm_boundary_report_get_n_ambiguous (NtmBoundaryReport  *self);
guint                 ntm_boundary_report_get_n_unusable  (NtmBoundaryReport  *self);
guint                 ntm_boundary_report_get_n_repaired  (NtmBoundaryReport  *self);
guint                 ntm_boundary_report_get_n_units_without (NtmBoundaryReport *self);
guint                 ntm_boundary_report_get_n_units_matched (NtmBoundaryReport *self);
guint                 ntm_boundary_report_get_n_replaced  (NtmBoundaryReport  *self);
guint                 ntm_boundary_report_get_n_rows      (NtmBoundaryReport  *self);
const NtmBoundaryRow *ntm_boundary_report_get_row         (NtmBoundaryReport  *self,
                                                           guint               index);
char                 *ntm_boundary_report_to_text         (NtmBoundaryReport  *self);
char                 *ntm_boundary_report_to_csv          (NtmBoundaryReport  *self);
gboolean              ntm_boundary_report_write_csv       (NtmBoundaryReport  *self,
                                                           const char         *path,
                                                           GError            **error);
gboolean              ntm_boundary_report_commit          (NtmBoundaryReport  *self,
                                                           GError            **error);

G_END_DECLS
