/* ntm-target-progress-row.c: a target and how far the year has got
 *
 * One row of the Overview's targets: what the target is, how much is
 * achieved (green once met), a progress bar and where the figure comes
 * from. A figure taken from a report rather than from the records is
 * marked as such, in the bar's colour and the caption's style, so that
 * colour is not the only cue. The layout is ntm-target-progress-row.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-target-progress-row.h"

struct _NtmTargetProgressRow
{
  GtkListBoxRow   parent_instance;

  /* template widgets */
  GtkLabel       *description_label;
  GtkLabel       *achieved_label;
  GtkProgressBar *bar;
  GtkLabel       *detail_label;
};

G_DEFINE_FINAL_TYPE (NtmTargetProgressRow, ntm_target_progress_row, GTK_TYPE_LIST_BOX_ROW)

/* No dispose: GtkListBoxRow lets go of its child itself
 * (gtk_widget_dispose_template() would take it first). */
static void
ntm_target_progress_row_class_init (NtmTargetProgressRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-target-progress-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmTargetProgressRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, NtmTargetProgressRow, achieved_label);
  gtk_widget_class_bind_template_child (widget_class, NtmTargetProgressRow, bar);
  gtk_widget_class_bind_template_child (widget_class, NtmTargetProgressRow, detail_label);
}

static void
ntm_target_progress_row_init (NtmTargetProgressRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_target_progress_row_new:
 * @description: the target, e.g. "Advanced NTM communes: 20 more in 2024"
 * @achieved: how much is achieved, e.g. "3 of 20"
 * @detail: where the figure comes from
 * @fraction: how much of the target is reached, from 0 to 1
 * @met: whether the target is met
 * @reported: whether the figure comes from a report, not the records
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
ntm_target_progress_row_new (const char *description,
                             const char *achieved,
                             const char *detail,
                             double      fraction,
                             gboolean    met,
                             gboolean    reported)
{
  NtmTargetProgressRow *self = g_object_new (NTM_TYPE_TARGET_PROGRESS_ROW, NULL);

  gtk_label_set_label (self->description_label, description);
  gtk_label_set_label (self->achieved_label, achieved);
  gtk_label_set_label (self->detail_label, detail);
  gtk_progress_bar_set_fraction (self->bar, fraction);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  if (met)
    gtk_widget_add_css_class (GTK_WIDGET (self->achieved_label), "success");
  if (reported)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->bar), "ntm-reported");
      gtk_widget_add_css_class (GTK_WIDGET (self->detail_label), "ntm-reported-label");
    }
  return GTK_WIDGET (self);
}
