/* ntm-job.c: long work in a worker thread, with progress and Cancel
 *
 * Every export, report and import runs as a job: a GTask in a worker
 * thread, so the window keeps answering while a PDF or a spreadsheet is
 * written. The worker reports how far it has got through
 * ntm_job_set_fraction(), from its own thread; the job passes it on to the
 * main thread as its "fraction" property, ten times a second, for the
 * window's job bar (NtmJobBar) to show. Cancel stops the work at its next
 * step; the io functions then leave no file behind.
 *
 * SQLite connections are not shared across threads: a job either gathers
 * its data on the main thread before it starts and only writes in the
 * worker, or opens a connection of its own in the worker.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-error.h"
#include "ntm-job-private.h"
#include "ntm-window.h"

/* How often the main thread looks at the worker's progress: often enough
 * for a bar that moves, seldom enough to cost nothing. */
#define PROGRESS_INTERVAL_MS 100

struct _NtmJob
{
  GObject         parent_instance;

  char           *title;
  NtmJobFunc      func;
  gpointer        data;
  GDestroyNotify  data_free;

  GCancellable   *cancellable;
  gint            permille;      /* written by the worker, atomically */
  double          step_start;    /* the worker's step, see ntm_job_begin_step() */
  double          step_end;
  double          fraction;      /* as last shown */
  guint           progress_id;
  gboolean        running;
  gboolean        done;
  GError         *error;
};

G_DEFINE_FINAL_TYPE (NtmJob, ntm_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_FRACTION,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  GAsyncReadyCallback callback;
  gpointer            user_data;
} Done;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
update_fraction (NtmJob *self)
{
  double fraction = g_atomic_int_get (&self->permille) / 1000.0;

  if (fraction == self->fraction)
    return;
  self->fraction = fraction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

static gboolean
on_progress_tick_cb (gpointer user_data)
{
  update_fraction (NTM_JOB (user_data));
  return G_SOURCE_CONTINUE;
}

/* Set by the tests of Cancel, so that the next job's work cannot be over
 * before the click arrives, however busy the machine: that job's worker
 * waits until it is cancelled. */
static gint hold_next;

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  NtmJob *self = NTM_JOB (source_object);
  GError *error = NULL;

  if (g_atomic_int_compare_and_exchange (&hold_next, TRUE, FALSE))
    while (!g_cancellable_is_cancelled (cancellable))
      g_usleep (G_USEC_PER_SEC / 1000);

  if (self->func (self, self->data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    {
      g_assert (error != NULL);
      g_task_return_error (task, error);
    }
}

/* Back on the main thread: the job is over. */
static void
on_run_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  NtmJob *self = NTM_JOB (source);
  g_autofree Done *done = user_data;

  g_clear_handle_id (&self->progress_id, g_source_remove);
  update_fraction (self);
  self->running = FALSE;
  self->done = TRUE;
  if (!g_task_propagate_boolean (G_TASK (result), &self->error))
    g_assert (self->error != NULL);

  if (done->callback != NULL)
    done->callback (source, result, done->user_data);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_signal_emit (self, signals[FINISHED], 0);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_job_dispose (GObject *object)
{
  NtmJob *self = NTM_JOB (object);

  g_clear_handle_id (&self->progress_id, g_source_remove);

  G_OBJECT_CLASS (ntm_job_parent_class)->dispose (object);
}

static void
ntm_job_finalize (GObject *object)
{
  NtmJob *self = NTM_JOB (object);

  if (self->data_free != NULL)
    g_clear_pointer (&self->data, self->data_free);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);
  g_free (self->title);

  G_OBJECT_CLASS (ntm_job_parent_class)->finalize (object);
}

static void
ntm_job_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  NtmJob *self = NTM_JOB (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_FRACTION: g_value_set_double (value, self->fraction); break;
    case PROP_RUNNING: g_value_set_boolean (value, self->running); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_job_class_init (NtmJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ntm_job_dispose;
  object_class->finalize = ntm_job_finalize;
  object_class->get_property = ntm_job_get_property;

  /**
   * NtmJob:title:
   *
   * What the job does, for a person: "Exporting “schemes.xlsx”…".
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * NtmJob:fraction:
   *
   * How much of the work is done, from 0 to 1, as last seen from the main
   * thread.
   */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NtmJob::finished:
   * @self: the job
   *
   * The work is over, done, failed or cancelled (see ntm_job_get_error()),
   * and the callback given to ntm_job_run_async() has run.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ntm_job_init (NtmJob *self)
{
  self->cancellable = g_cancellable_new ();
  self->step_end = 1.0;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_job_new:
 * @title: what the job does, for a person
 * @func: the work, run in a worker thread
 * @data: for @func
 * @data_free: (nullable): frees @data once the job is gone
 *
 * Returns: (transfer full): a job, not started yet
 */
NtmJob *
ntm_job_new (const char     *title,
             NtmJobFunc      func,
             gpointer        data,
             GDestroyNotify  data_free)
{
  NtmJob *self;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (NTM_TYPE_JOB, NULL);
  self->title = g_strdup (title);
  self->func = func;
  self->data = data;
  self->data_free = data_free;
  return self;
}

/**
 * ntm_job_run_async:
 * @self: a job not started yet
 * @callback: (nullable): called on the main thread when the work is over
 * @user_data: for @callback
 *
 * Starts the work in a worker thread.
 */
void
ntm_job_run_async (NtmJob              *self,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Done *done;

  g_return_if_fail (NTM_IS_JOB (self));
  g_return_if_fail (!self->running && !self->done);

  done = g_new0 (Done, 1);
  done->callback = callback;
  done->user_data = user_data;
  task = g_task_new (self, self->cancellable, on_run_done_cb, done);
  g_task_set_source_tag (task, ntm_job_run_async);
  g_task_set_name (task, self->title);
  /* a job tells how its worker ended, even when cancelled too late to
   * stop it: the file is there then, and saying it is not would be wrong */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_set_check_cancellable (task, FALSE);

  self->running = TRUE;
  self->progress_id = g_timeout_add (PROGRESS_INTERVAL_MS, on_progress_tick_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_task_run_in_thread (task, run_in_thread);
}

/**
 * ntm_job_run_finish:
 * @self: a job
 * @result: what the callback was given
 * @error: return location for a #GError (%G_IO_ERROR_CANCELLED when the
 *   job was cancelled)
 *
 * Returns: %TRUE if the work was done
 */
gboolean
ntm_job_run_finish (NtmJob        *self,
                    GAsyncResult  *result,
                    GError       **error)
{
  g_return_val_if_fail (NTM_IS_JOB (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  /* the task's own outcome was taken when it came back; it is the job's */
  if (self->error != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->error);
      return FALSE;
    }
  return TRUE;
}

/**
 * ntm_job_run_for_widget:
 * @self: a job not started yet
 * @widget: a widget of the window the job is for
 * @callback: (nullable): see ntm_job_run_async()
 * @user_data: for @callback
 *
 * Starts the job and shows its progress, with a Cancel button, in the job
 * bar of @widget's main window (a job for a widget elsewhere runs without
 * one).
 */
void
ntm_job_run_for_widget (NtmJob              *self,
                        GtkWidget           *widget,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GtkRoot *root;

  g_return_if_fail (NTM_IS_JOB (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  root = gtk_widget_get_root (widget);
  if (NTM_IS_WINDOW (root))
    ntm_window_show_job (NTM_WINDOW (root), self);
  ntm_job_run_async (self, callback, user_data);
}

typedef struct {
  GtkWidget *widget;
  char      *done_message;
  char      *failed_heading;
} ToFile;

static void
to_file_free (ToFile *t)
{
  g_clear_object (&t->widget);
  g_free (t->done_message);
  g_free (t->failed_heading);
  g_free (t);
}

static void
on_to_file_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ToFile *t = user_data;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (t->widget);
  g_autofree char *text = NULL;

  if (ntm_job_run_finish (NTM_JOB (source), result, &error))
    text = g_strdup (t->done_message);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    text = g_strdup (_("Cancelled: nothing was written."));
  else
    ntm_error_show (t->widget, t->failed_heading, error->message);

  if (text != NULL && NTM_IS_WINDOW (root))
    ntm_window_add_toast (NTM_WINDOW (root), adw_toast_new (text));
  to_file_free (t);
}

/**
 * ntm_job_run_to_file:
 * @self: a job not started yet, that writes a file
 * @widget: a widget of the window the job is for
 * @done_message: the toast when the file is written
 * @failed_heading: the heading of the message that says why it was not
 *
 * Runs the job as ntm_job_run_for_widget() does, then tells the outcome:
 * a toast when the file is written or the job cancelled, a message that
 * stays when it failed.
 */
void
ntm_job_run_to_file (NtmJob     *self,
                     GtkWidget  *widget,
                     const char *done_message,
                     const char *failed_heading)
{
  ToFile *t;

  g_return_if_fail (NTM_IS_JOB (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (done_message != NULL && failed_heading != NULL);

  t = g_new0 (ToFile, 1);
  t->widget = g_object_ref (widget);
  t->done_message = g_strdup (done_message);
  t->failed_heading = g_strdup (failed_heading);
  ntm_job_run_for_widget (self, widget, on_to_file_done_cb, t);
}

/* The next job started waits, before its work, until it is cancelled. */
void
ntm_job_hold_next_for_testing (void)
{
  g_atomic_int_set (&hold_next, TRUE);
}

/* Stops the work at its next step. */
void
ntm_job_cancel (NtmJob *self)
{
  g_return_if_fail (NTM_IS_JOB (self));
  g_cancellable_cancel (self->cancellable);
}

const char *
ntm_job_get_title (NtmJob *self)
{
  g_return_val_if_fail (NTM_IS_JOB (self), NULL);
  return self->title;
}

double
ntm_job_get_fraction (NtmJob *self)
{
  g_return_val_if_fail (NTM_IS_JOB (self), 0);
  return self->fraction;
}

gboolean
ntm_job_is_running (NtmJob *self)
{
  g_return_val_if_fail (NTM_IS_JOB (self), FALSE);
  return self->running;
}

/* Whether the work is over, done, failed or cancelled. */
gboolean
ntm_job_is_done (NtmJob *self)
{
  g_return_val_if_fail (NTM_IS_JOB (self), FALSE);
  return self->done;
}

/**
 * ntm_job_get_error:
 * @self: a job that is over
 *
 * Returns: (nullable): why the work was not done, or %NULL if it was
 */
const GError *
ntm_job_get_error (NtmJob *self)
{
  g_return_val_if_fail (NTM_IS_JOB (self), NULL);
  return self->error;
}

/**
 * ntm_job_set_fraction:
 * @self: the job
 * @fraction: how much is done, from 0 to 1
 *
 * For the work, from its worker thread.
 */
void
ntm_job_set_fraction (NtmJob *self,
                      double  fraction)
{
  g_return_if_fail (NTM_IS_JOB (self));
  g_atomic_int_set (&self->permille, (int) (CLAMP (fraction, 0.0, 1.0) * 1000));
}

/**
 * ntm_job_get_permille:
 * @self: the job
 *
 * For work whose io function counts its progress in thousandths itself
 * (the boundary reader takes a `gint *`): the counter the job shows, to
 * be written atomically from the worker thread.
 *
 * Returns: the job's progress counter, from 0 to 1000
 */
gint *
ntm_job_get_permille (NtmJob *self)
{
  g_return_val_if_fail (NTM_IS_JOB (self), NULL);
  return &self->permille;
}

/**
 * ntm_job_begin_step:
 * @self: the job
 * @start: how much is done when the step begins, from 0 to 1
 * @end: how much when it ends
 *
 * For the work, from its worker thread: the progress ntm_job_progress_cb()
 * is told next, from 0 to 1, is the step's, from @start to @end of the
 * whole.
 */
void
ntm_job_begin_step (NtmJob *self,
                    double  start,
                    double  end)
{
  g_return_if_fail (NTM_IS_JOB (self));
  g_return_if_fail (start <= end);

  self->step_start = start;
  self->step_end = end;
  ntm_job_set_fraction (self, start);
}

/* An NtmProgressFunc for the io functions, with the job as its data: the
 * fraction of the step under way. */
void
ntm_job_progress_cb (double   fraction,
                     gpointer job)
{
  NtmJob *self = NTM_JOB (job);

  ntm_job_set_fraction (self, self->step_start + fraction * (self->step_end - self->step_start));
}
