/* ntm-history-row.c: one change in a history
 *
 * What changed, when and by whom, and beneath, when there is more, each
 * field from what it was to what it became, in a fixed-width font and
 * selectable (to copy a value back by hand). The parts are
 * ntm-history-row.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-history-row.h"

struct _NtmHistoryRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *what_label;
  GtkLabel      *meta_label;
  GtkLabel      *details_label;
};

G_DEFINE_FINAL_TYPE (NtmHistoryRow, ntm_history_row, GTK_TYPE_LIST_BOX_ROW)

/* No dispose: GtkListBoxRow lets go of its child itself
 * (gtk_widget_dispose_template() would take it first). */
static void
ntm_history_row_class_init (NtmHistoryRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmHistoryRow, what_label);
  gtk_widget_class_bind_template_child (widget_class, NtmHistoryRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, NtmHistoryRow, details_label);
}

static void
ntm_history_row_init (NtmHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_history_row_new:
 * @what: what changed
 * @when_and_who: when, and by whom
 * @details: (nullable): the fields changed, one a line, or %NULL
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
ntm_history_row_new (const char *what,
                     const char *when_and_who,
                     const char *details)
{
  NtmHistoryRow *self = g_object_new (NTM_TYPE_HISTORY_ROW, NULL);

  gtk_label_set_label (self->what_label, what);
  gtk_label_set_label (self->meta_label, when_and_who);
  gtk_label_set_label (self->details_label, details ? details : "");
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details != NULL);
  return GTK_WIDGET (self);
}
