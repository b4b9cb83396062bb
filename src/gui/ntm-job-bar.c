/* ntm-job-bar.c: the window's bar that shows the job under way
 *
 * Beneath the header bar, while an export, report or import runs: what it
 * is doing, how far it has got and a Cancel button. It takes no room and
 * hides no field while nothing runs, and the window stays usable while it
 * shows. With two jobs at once it shows the newer, then the other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-job-bar.h"

struct _NtmJobBar
{
  AdwBin          parent_instance;

  /* template widgets */
  GtkRevealer    *revealer;
  GtkLabel       *title_label;
  GtkProgressBar *progress_bar;

  GPtrArray      *jobs;      /* running, the one shown last */
};

G_DEFINE_FINAL_TYPE (NtmJobBar, ntm_job_bar, ADW_TYPE_BIN)

static void show_last (NtmJobBar *self);

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_job_fraction_cb (NtmJobBar  *self,
                    GParamSpec *pspec,
                    NtmJob     *job)
{
  if (job == ntm_job_bar_get_job (self))
    gtk_progress_bar_set_fraction (self->progress_bar, ntm_job_get_fraction (job));
}

static void
on_job_finished_cb (NtmJobBar *self,
                    NtmJob    *job)
{
  g_signal_handlers_disconnect_by_data (job, self);
  g_ptr_array_remove (self->jobs, job);
  show_last (self);
}

static void
on_cancel_clicked_cb (NtmJobBar *self)
{
  NtmJob *job = ntm_job_bar_get_job (self);

  if (job != NULL)
    ntm_job_cancel (job);
}

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
show_last (NtmJobBar *self)
{
  NtmJob *job = ntm_job_bar_get_job (self);

  gtk_revealer_set_reveal_child (self->revealer, job != NULL);
  if (job == NULL)
    return;
  gtk_label_set_label (self->title_label, ntm_job_get_title (job));
  gtk_progress_bar_set_fraction (self->progress_bar, ntm_job_get_fraction (job));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_job_bar_dispose (GObject *object)
{
  NtmJobBar *self = NTM_JOB_BAR (object);

  /* the jobs go on; the bar no longer shows them */
  if (self->jobs != NULL)
    for (guint i = 0; i < self->jobs->len; i++)
      g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->jobs, i), self);
  g_clear_pointer (&self->jobs, g_ptr_array_unref);
  /* AdwBin lets go of its child itself: no gtk_widget_dispose_template(),
   * which would take it first */

  G_OBJECT_CLASS (ntm_job_bar_parent_class)->dispose (object);
}

static void
ntm_job_bar_class_init (NtmJobBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_job_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-job-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmJobBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, NtmJobBar, title_label);
  gtk_widget_class_bind_template_child (widget_class, NtmJobBar, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
}

static void
ntm_job_bar_init (NtmJobBar *self)
{
  self->jobs = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_job_bar_add_job:
 * @self: a #NtmJobBar
 * @job: a job that has not finished
 *
 * Shows @job until it finishes.
 */
void
ntm_job_bar_add_job (NtmJobBar *self,
                     NtmJob    *job)
{
  g_return_if_fail (NTM_IS_JOB_BAR (self));
  g_return_if_fail (NTM_IS_JOB (job));
  g_return_if_fail (!ntm_job_is_done (job));

  g_ptr_array_add (self->jobs, g_object_ref (job));
  g_signal_connect_object (job, "notify::fraction", G_CALLBACK (on_job_fraction_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (job, "finished", G_CALLBACK (on_job_finished_cb), self, G_CONNECT_SWAPPED);
  show_last (self);
}

/**
 * ntm_job_bar_get_job:
 * @self: a #NtmJobBar
 *
 * Returns: (transfer none) (nullable): the job shown
 */
NtmJob *
ntm_job_bar_get_job (NtmJobBar *self)
{
  g_return_val_if_fail (NTM_IS_JOB_BAR (self), NULL);

  if (self->jobs == NULL || self->jobs->len == 0)
    return NULL;
  return g_ptr_array_index (self->jobs, self->jobs->len - 1);
}
