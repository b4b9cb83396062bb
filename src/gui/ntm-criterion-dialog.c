/* ntm-criterion-dialog.c: asks for a criterion to add to a set
 *
 * The criterion's number and name, with Cancel and Add. Add hands them to
 * core (ntm_database_add_criterion()), which checks them: when it refuses
 * (no number, no name) the dialog stays open with core's message above the
 * fields and nothing is written. On success it emits "added" with the
 * criterion's id and closes. The parts are ntm-criterion-dialog.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-criteria-edit.h"
#include "ntm-criterion-dialog.h"
#include "ntm-criterion-dialog-private.h"
#include "ntm-form.h"

struct _NtmCriterionDialog
{
  AdwWindow             parent_instance;

  /* template widgets */
  GtkWidget            *add_button;
  GtkRevealer          *notice;
  GtkLabel             *notice_label;
  AdwPreferencesGroup  *group;
  AdwEntryRow          *number_row;
  AdwEntryRow          *name_row;

  NtmDatabase          *database;
  char                 *set_code;
};

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (NtmCriterionDialog, ntm_criterion_dialog, ADW_TYPE_WINDOW)

static void
on_add_clicked_cb (NtmCriterionDialog *self)
{
  ntm_criterion_dialog_add (self);
}

static void
ntm_criterion_dialog_dispose (GObject *object)
{
  NtmCriterionDialog *self = NTM_CRITERION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_CRITERION_DIALOG);
  g_clear_object (&self->database);
  g_clear_pointer (&self->set_code, g_free);
  G_OBJECT_CLASS (ntm_criterion_dialog_parent_class)->dispose (object);
}

static void
ntm_criterion_dialog_class_init (NtmCriterionDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_criterion_dialog_dispose;

  /**
   * NtmCriterionDialog::added:
   * @self: the dialog
   * @id: the criterion's id
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-criterion-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmCriterionDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, NtmCriterionDialog, notice);
  gtk_widget_class_bind_template_child (widget_class, NtmCriterionDialog, notice_label);
  gtk_widget_class_bind_template_child (widget_class, NtmCriterionDialog, group);
  gtk_widget_class_bind_template_child (widget_class, NtmCriterionDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, NtmCriterionDialog, name_row);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);

  ntm_form_class_add_shortcuts (widget_class, (NtmFormSaveFunc) ntm_criterion_dialog_add);
}

static void
ntm_criterion_dialog_init (NtmCriterionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_criterion_dialog_new:
 * @parent: the window that asks
 * @database: where the criterion is added
 * @set_code: the set it is added to
 *
 * Returns: (transfer floating): the dialog, to be presented
 */
NtmCriterionDialog *
ntm_criterion_dialog_new (GtkWindow   *parent,
                          NtmDatabase *database,
                          const char  *set_code)
{
  NtmCriterionDialog *self;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (set_code != NULL, NULL);

  self = g_object_new (NTM_TYPE_CRITERION_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->set_code = g_strdup (set_code);
  adw_preferences_group_set_title (self->group, set_code);
  gtk_widget_set_sensitive (self->add_button, !ntm_database_is_read_only (database));
  return self;
}

/**
 * ntm_criterion_dialog_add:
 * @self: a #NtmCriterionDialog
 *
 * Adds the criterion as Add does: on success emits "added" and closes;
 * otherwise says why above the fields and writes nothing.
 *
 * Returns: %TRUE if added
 */
gboolean
ntm_criterion_dialog_add (NtmCriterionDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_return_val_if_fail (NTM_IS_CRITERION_DIALOG (self), FALSE);

  if (!gtk_widget_is_sensitive (self->add_button))
    return FALSE;
  id = ntm_database_add_criterion (self->database, self->set_code,
                                   gtk_editable_get_text (GTK_EDITABLE (self->number_row)),
                                   gtk_editable_get_text (GTK_EDITABLE (self->name_row)), &error);
  if (id <= 0)
    {
      ntm_form_show_notice (self->notice, self->notice_label, error->message);
      return FALSE;
    }
  ntm_form_show_notice (self->notice, self->notice_label, NULL);
  g_signal_emit (self, signals[ADDED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/* Returns: (transfer none): "number" or "name", to type into */
GtkWidget *
ntm_criterion_dialog_get_field (NtmCriterionDialog *self,
                                const char         *field)
{
  g_return_val_if_fail (NTM_IS_CRITERION_DIALOG (self), NULL);

  if (g_str_equal (field, "number")) return GTK_WIDGET (self->number_row);
  if (g_str_equal (field, "name")) return GTK_WIDGET (self->name_row);
  g_return_val_if_reached (NULL);
}

/* Returns: (nullable): what the notice above the fields says */
const char *
ntm_criterion_dialog_get_notice (NtmCriterionDialog *self)
{
  g_return_val_if_fail (NTM_IS_CRITERION_DIALOG (self), NULL);
  return gtk_revealer_get_reveal_child (self->notice) ? gtk_label_get_text (self->notice_label) : NULL;
}
