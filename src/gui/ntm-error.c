/* ntm-error.c: telling a person what went wrong, and what to do
 *
 * A failure never vanishes: a read that fails is said where its data
 * would have been, with what to try next, and a task that fails says so in
 * a dialog that stays until it is read. The model layer's messages say
 * what failed; for reads from the database, whose causes are the disk or
 * the file, these functions add what a person can do about it. The
 * dialog is an NtmErrorDialog, ntm-error-dialog.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ntm-error.h"

struct _NtmErrorDialog
{
  AdwMessageDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (NtmErrorDialog, ntm_error_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
ntm_error_dialog_class_init (NtmErrorDialogClass *klass)
{
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), "/com/example/Ntm/ntm-error-dialog.ui");
}

static void
ntm_error_dialog_init (NtmErrorDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_error_describe_read:
 * @error: why data could not be read from the database
 *
 * Returns: (transfer full): the reason and what to do about it, for a
 *   person
 */
char *
ntm_error_describe_read (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  /* Translators: %s says why the data could not be read */
  return g_strdup_printf (_("The data could not be read: %s. Close Ntm and open it again; if this "
                            "keeps happening, check the database with “ntm --check” or restore it "
                            "from a backup."),
                          error->message);
}

/**
 * ntm_error_show:
 * @parent: (nullable): a widget of the window the message belongs to
 * @heading: what failed
 * @body: why, and what to do
 *
 * Says what failed in a message dialog with a Close button.
 */
void
ntm_error_show (GtkWidget  *parent,
                const char *heading,
                const char *body)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  GtkWidget *dialog;

  g_return_if_fail (heading != NULL);

  dialog = g_object_new (NTM_TYPE_ERROR_DIALOG, "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                         "heading", heading, "body", body, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
