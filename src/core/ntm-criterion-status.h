/* ntm-criterion-status.h: criterion statuses recorded directly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-attainment.h"
#include "ntm-database.h"

G_BEGIN_DECLS

/* Where a recorded status comes from. */
typedef enum {
  NTM_STATUS_ORIGIN_TYPED,     /* typed in by the office (criteria grid) */
  NTM_STATUS_ORIGIN_IMPORTED,  /* imported from a named file */
  NTM_STATUS_ORIGIN_COMPUTED,  /* taken over from the indicator values */
} NtmStatusOrigin;

/* One criterion's recorded status for a unit (the year is the caller's).
 * status NTM_STATUS_NO_DATA means "nothing recorded": saving it removes
 * what was recorded. */
typedef struct {
  char            *unit_code;
  gint64           criterion_id;
  NtmStatus        status;
  NtmStatusOrigin  origin;
  char            *file_name;   /* for NTM_STATUS_ORIGIN_IMPORTED, else NULL */
} NtmRecordedStatus;

const char        *ntm_status_origin_to_string        (NtmStatusOrigin  origin);
gboolean           ntm_status_origin_from_string      (const char      *text,
                                                       NtmStatusOrigin *out);
const char        *ntm_status_origin_get_label        (NtmStatusOrigin  origin);

NtmRecordedStatus *ntm_recorded_status_new            (const char      *unit_code,
                                                       gint64           criterion_id,
                                                       NtmStatus        status,
                                                       NtmStatusOrigin  origin,
                                                       const char      *file_name);
NtmRecordedStatus *ntm_recorded_status_copy           (const NtmRecordedStatus *status);
void               ntm_recorded_status_free           (gpointer         status);

GPtrArray         *ntm_database_list_recorded_statuses (NtmDatabase    *db,
                                                       const char      *set_code,
                                                       int              year,
                                                       GError         **error);
NtmStatus          ntm_database_get_recorded_status   (NtmDatabase     *db,
                                                       const char      *unit_code,
                                                       gint64           criterion_id,
                                                       int              year,
                                                       NtmStatusOrigin *origin,
                                                       GError         **error);
gboolean           ntm_database_save_recorded_statuses (NtmDatabase    *db,
                                                       int              year,
                                                       GPtrArray       *statuses,
                                                       GError         **error);
gboolean           ntm_database_set_recorded_status   (NtmDatabase     *db,
                                                       const char      *unit_code,
                                                       gint64           criterion_id,
                                                       int              year,
                                                       NtmStatus        status,
                                                       NtmStatusOrigin  origin,
                                                       const char      *file_name,
                                                       GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NtmRecordedStatus, ntm_recorded_status_free)

G_END_DECLS
