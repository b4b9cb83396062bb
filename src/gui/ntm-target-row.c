/* ntm-target-row.c: a target of the year, with Edit and Delete buttons
 *
 * The measure as the title, the scope and value beneath, and two buttons
 * that emit "edit" and "delete" for the Targets window to act on. The
 * parts are ntm-target-row.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-format.h"
#include "ntm-target-row.h"

struct _NtmTargetRow
{
  AdwActionRow  parent_instance;

  NtmTarget    *target;

  /* template widgets */
  GtkButton    *edit_button;
  GtkButton    *delete_button;
};

G_DEFINE_FINAL_TYPE (NtmTargetRow, ntm_target_row, ADW_TYPE_ACTION_ROW)

enum {
  EDIT,
  DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
describe_target (NtmTarget *target)
{
  NtmLanguage language = ntm_language_get_default ();
  g_autofree char *value = ntm_format_decimal (ntm_target_get_value (target), 2, language);
  const char *scope = ntm_target_get_scope_name (target) ? ntm_target_get_scope_name (target)
                                                         : ntm_target_get_scope_code (target);

  switch (ntm_target_get_kind (target))
    {
    case NTM_TARGET_NEW:
      /* Translators: a target's scope and value, e.g. "Tỉnh Hà Tĩnh · 20 more in the year" */
      return g_strdup_printf (_("%s · %s more in the year"), scope, value);
    case NTM_TARGET_PERCENT:
      /* Translators: a target's scope and value, e.g. "Tỉnh Hà Tĩnh · 72 % by the end of the year" */
      return g_strdup_printf (_("%s · %s %% by the end of the year"), scope, value);
    case NTM_TARGET_TOTAL:
    default:
      /* Translators: a target's scope and value, e.g. "Huyện Can Lộc · 1 by the end of the year" */
      return g_strdup_printf (_("%s · %s by the end of the year"), scope, value);
    }
}

static void
on_edit_clicked_cb (NtmTargetRow *self)
{
  g_signal_emit (self, signals[EDIT], 0);
}

static void
on_delete_clicked_cb (NtmTargetRow *self)
{
  g_signal_emit (self, signals[DELETE], 0);
}

/* No gtk_widget_dispose_template(): AdwActionRow owns the row's parts and
 * lets go of them itself. */
static void
ntm_target_row_dispose (GObject *object)
{
  NtmTargetRow *self = NTM_TARGET_ROW (object);

  g_clear_object (&self->target);
  G_OBJECT_CLASS (ntm_target_row_parent_class)->dispose (object);
}

static void
ntm_target_row_class_init (NtmTargetRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_target_row_dispose;

  /**
   * NtmTargetRow::edit:
   * @self: the row
   *
   * The person pressed the row's Edit button.
   */
  signals[EDIT] = g_signal_new ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * NtmTargetRow::delete:
   * @self: the row
   *
   * The person pressed the row's Delete button.
   */
  signals[DELETE] = g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-target-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmTargetRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, NtmTargetRow, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
}

static void
ntm_target_row_init (NtmTargetRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_target_row_new:
 * @target: the target shown
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
ntm_target_row_new (NtmTarget *target)
{
  NtmTargetRow *self;
  const char *metric;
  g_autofree char *subtitle = NULL;
  g_autofree char *edit_label = NULL;
  g_autofree char *delete_label = NULL;

  g_return_val_if_fail (NTM_IS_TARGET (target), NULL);

  metric = ntm_target_metric_get_label (ntm_target_get_metric (target));
  subtitle = describe_target (target);
  self = g_object_new (NTM_TYPE_TARGET_ROW, "title", metric, "subtitle", subtitle, NULL);
  self->target = g_object_ref (target);

  /* Translators: %s is what a target measures */
  edit_label = g_strdup_printf (_("Edit the target “%s”"), metric);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->edit_button), edit_label);
  /* Translators: %s is what a target measures */
  delete_label = g_strdup_printf (_("Delete the target “%s”"), metric);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->delete_button), delete_label);
  return GTK_WIDGET (self);
}

/**
 * ntm_target_row_get_target:
 * @self: a #NtmTargetRow
 *
 * Returns: (transfer none): the target shown
 */
NtmTarget *
ntm_target_row_get_target (NtmTargetRow *self)
{
  g_return_val_if_fail (NTM_IS_TARGET_ROW (self), NULL);
  return self->target;
}
