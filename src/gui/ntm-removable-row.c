/* ntm-removable-row.c: an item of a form's list, with a button to remove it
 *
 * The communes a water scheme serves, the amounts invested in it: each a
 * row with what it is, perhaps an amount, and a button that emits
 * "remove" for the form to take it out. The parts are
 * ntm-removable-row.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-removable-row.h"

struct _NtmRemovableRow
{
  AdwActionRow  parent_instance;

  /* template widgets */
  GtkLabel     *value_label;
  GtkButton    *remove_button;
};

G_DEFINE_FINAL_TYPE (NtmRemovableRow, ntm_removable_row, ADW_TYPE_ACTION_ROW)

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_remove_clicked_cb (NtmRemovableRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* No dispose: AdwActionRow owns the row's parts and lets go of them itself
 * (gtk_widget_dispose_template() would take them first). */
static void
ntm_removable_row_class_init (NtmRemovableRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * NtmRemovableRow::remove:
   * @self: the row
   *
   * The person pressed the row's remove button.
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-removable-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmRemovableRow, value_label);
  gtk_widget_class_bind_template_child (widget_class, NtmRemovableRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
ntm_removable_row_init (NtmRemovableRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_removable_row_new:
 * @title: what the item is (not markup)
 * @subtitle: (nullable): more about it
 * @value: (nullable): an amount, shown before the button
 * @remove_tooltip: what the remove button does, e.g. "Remove Xã Thạch Trung"
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
ntm_removable_row_new (const char *title,
                       const char *subtitle,
                       const char *value,
                       const char *remove_tooltip)
{
  NtmRemovableRow *self = g_object_new (NTM_TYPE_REMOVABLE_ROW, "title", title, "subtitle", subtitle, NULL);

  gtk_label_set_label (self->value_label, value ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (self->value_label), value != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), remove_tooltip);
  return GTK_WIDGET (self);
}
