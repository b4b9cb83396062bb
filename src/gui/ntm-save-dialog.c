/* ntm-save-dialog.c: "Save the changes?" before a form closes
 *
 * The answers Keep editing (also Escape), Discard (destructive) and Save
 * (the default), with the form's own words on what is not saved; the
 * question is ntm-save-dialog.ui, and ntm_form_ask_to_save() acts on the
 * answer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-save-dialog.h"

struct _NtmSaveDialog
{
  AdwMessageDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (NtmSaveDialog, ntm_save_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
ntm_save_dialog_class_init (NtmSaveDialogClass *klass)
{
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), "/com/example/Ntm/ntm-save-dialog.ui");
}

static void
ntm_save_dialog_init (NtmSaveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_save_dialog_new:
 * @form: the form window that would close
 * @body: what is not saved and what happens without saving
 *
 * Returns: (transfer floating): the question, to be presented
 */
NtmSaveDialog *
ntm_save_dialog_new (GtkWindow  *form,
                     const char *body)
{
  g_return_val_if_fail (GTK_IS_WINDOW (form), NULL);

  return g_object_new (NTM_TYPE_SAVE_DIALOG, "transient-for", form, "body", body, NULL);
}
