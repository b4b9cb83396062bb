/* ntm-revoke-dialog.c: asks the date and the reason of a revocation
 *
 * A question with two fields, the date revoked and the reason, and the
 * answers Cancel and Revoke (destructive). The window that asked does the
 * revoking on "response"; when the database refuses it (a date that does
 * not exist, before the decision, …), it asks again with a new dialog that
 * keeps what was typed and says, above the fields, what to correct. The
 * parts are ntm-revoke-dialog.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-revoke-dialog.h"

struct _NtmRevokeDialog
{
  AdwMessageDialog  parent_instance;

  NtmRecognition   *recognition;

  /* template widgets */
  GtkLabel         *error_label;
  AdwEntryRow      *date_row;
  AdwEntryRow      *reason_row;
};

G_DEFINE_FINAL_TYPE (NtmRevokeDialog, ntm_revoke_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
ntm_revoke_dialog_dispose (GObject *object)
{
  NtmRevokeDialog *self = NTM_REVOKE_DIALOG (object);

  g_clear_object (&self->recognition);
  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_REVOKE_DIALOG);
  G_OBJECT_CLASS (ntm_revoke_dialog_parent_class)->dispose (object);
}

static void
ntm_revoke_dialog_class_init (NtmRevokeDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_revoke_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-revoke-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmRevokeDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, NtmRevokeDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, NtmRevokeDialog, reason_row);
}

static void
ntm_revoke_dialog_init (NtmRevokeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_revoke_dialog_new:
 * @parent: the window that asks
 * @recognition: the decision to revoke
 *
 * Returns: (transfer floating): the dialog, to be presented
 */
NtmRevokeDialog *
ntm_revoke_dialog_new (GtkWindow      *parent,
                       NtmRecognition *recognition)
{
  NtmRevokeDialog *self;

  g_return_val_if_fail (NTM_IS_RECOGNITION (recognition), NULL);

  self = g_object_new (NTM_TYPE_REVOKE_DIALOG, "transient-for", parent, NULL);
  self->recognition = g_object_ref (recognition);
  return self;
}

/**
 * ntm_revoke_dialog_get_recognition:
 * @self: a #NtmRevokeDialog
 *
 * Returns: (transfer none): the decision to revoke
 */
NtmRecognition *
ntm_revoke_dialog_get_recognition (NtmRevokeDialog *self)
{
  g_return_val_if_fail (NTM_IS_REVOKE_DIALOG (self), NULL);
  return self->recognition;
}

/* Returns: the date typed, day/month/year */
const char *
ntm_revoke_dialog_get_date (NtmRevokeDialog *self)
{
  g_return_val_if_fail (NTM_IS_REVOKE_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->date_row));
}

/* Returns: the reason typed */
const char *
ntm_revoke_dialog_get_reason (NtmRevokeDialog *self)
{
  g_return_val_if_fail (NTM_IS_REVOKE_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->reason_row));
}

/**
 * ntm_revoke_dialog_retry:
 * @self: a new #NtmRevokeDialog for the same decision
 * @failed: the dialog whose answer was refused
 * @message: why, and what to correct
 *
 * Fills @self with what was typed in @failed and says @message above the
 * fields.
 */
void
ntm_revoke_dialog_retry (NtmRevokeDialog *self,
                         NtmRevokeDialog *failed,
                         const char      *message)
{
  g_return_if_fail (NTM_IS_REVOKE_DIALOG (self));
  g_return_if_fail (NTM_IS_REVOKE_DIALOG (failed));

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), ntm_revoke_dialog_get_date (failed));
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), ntm_revoke_dialog_get_reason (failed));
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}
