/* ntm-job.h: long work in a worker thread, with progress and Cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NTM_TYPE_JOB (ntm_job_get_type ())
G_DECLARE_FINAL_TYPE (NtmJob, ntm_job, NTM, JOB, GObject)

/* The work, run in a worker thread: it must not touch widgets, nor a
 * database connection of the main thread. */
typedef gboolean (*NtmJobFunc) (NtmJob        *job,
                                gpointer       data,
                                GCancellable  *cancellable,
                                GError       **error);

NtmJob       *ntm_job_new             (const char          *title,
                                       NtmJobFunc           func,
                                       gpointer             data,
                                       GDestroyNotify       data_free);
void          ntm_job_run_async       (NtmJob              *self,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
gboolean      ntm_job_run_finish      (NtmJob              *self,
                                       GAsyncResult        *result,
                                       GError             **error);
void          ntm_job_run_for_widget  (NtmJob              *self,
                                       GtkWidget           *widget,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
void          ntm_job_run_to_file     (NtmJob              *self,
                                       GtkWidget           *widget,
                                       const char          *done_message,
                                       const char          *failed_heading);
void          ntm_job_cancel          (NtmJob              *self);
const char   *ntm_job_get_title       (NtmJob              *self);
double        ntm_job_get_fraction    (NtmJob              *self);
gboolean      ntm_job_is_running      (NtmJob              *self);
gboolean      ntm_job_is_done         (NtmJob              *self);
const GError *ntm_job_get_error       (NtmJob              *self);
void          ntm_job_set_fraction    (NtmJob              *self,
                                       double               fraction);
gint         *ntm_job_get_permille    (NtmJob              *self);
void          ntm_job_begin_step      (NtmJob              *self,
                                       double               start,
                                       double               end);
void          ntm_job_progress_cb     (double               fraction,
                                       gpointer             job);

G_END_DECLS
