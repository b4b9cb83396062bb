/* ntm-delete-dialog.c: "Delete …?" before a record is deleted
 *
 * What would be deleted (the heading), what goes with it and whether it
 * can be undone (the body), and the answers Cancel (the default, and
 * Escape) and Delete (destructive). The question is ntm-delete-dialog.ui;
 * the view that asks acts on the "delete" response.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-delete-dialog.h"

struct _NtmDeleteDialog
{
  AdwMessageDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (NtmDeleteDialog, ntm_delete_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
ntm_delete_dialog_class_init (NtmDeleteDialogClass *klass)
{
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), "/com/example/Ntm/ntm-delete-dialog.ui");
}

static void
ntm_delete_dialog_init (NtmDeleteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_delete_dialog_new:
 * @parent: a widget of the window that asks
 * @heading: what would be deleted, e.g. "Delete “Trạm cấp nước Kỳ Tân”?"
 * @body: what goes with it, and whether it can be undone
 *
 * Returns: (transfer floating): the question, to be presented
 */
NtmDeleteDialog *
ntm_delete_dialog_new (GtkWidget  *parent,
                       const char *heading,
                       const char *body)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);

  root = gtk_widget_get_root (parent);
  return g_object_new (NTM_TYPE_DELETE_DIALOG, "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       "heading", heading, "body", body, NULL);
}
