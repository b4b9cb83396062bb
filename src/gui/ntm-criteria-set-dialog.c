/* ntm-criteria-set-dialog.c: asks for a new criteria set
 *
 * The code, name and decision of the set, the kind of unit it applies to
 * and the years it is in force, with Cancel and Create. Create hands them
 * to core (ntm_database_create_criteria_set()), which checks them: when it
 * refuses (no code, a code in use, years the wrong way round) the dialog
 * stays open with core's message above the fields and nothing is written.
 * On success it emits "created" with the new set's code and closes. The
 * level of the set follows the kind of unit (ntm_criteria_set_kind_get_level()).
 * The parts are ntm-criteria-set-dialog.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-choice.h"
#include "ntm-criteria-edit.h"
#include "ntm-criteria-set-dialog.h"
#include "ntm-criteria-set-dialog-private.h"
#include "ntm-form.h"

struct _NtmCriteriaSetDialog
{
  AdwWindow       parent_instance;

  /* template widgets */
  GtkWidget      *create_button;
  GtkRevealer    *notice;
  GtkLabel       *notice_label;
  AdwEntryRow    *code_row;
  AdwEntryRow    *name_row;
  AdwEntryRow    *decision_row;
  AdwComboRow    *applies_row;
  GtkSpinButton  *year_from_spin;
  GtkSpinButton  *year_to_spin;

  NtmDatabase    *database;
};

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (NtmCriteriaSetDialog, ntm_criteria_set_dialog, ADW_TYPE_WINDOW)

static void
on_create_clicked_cb (NtmCriteriaSetDialog *self)
{
  ntm_criteria_set_dialog_create (self);
}

static void
ntm_criteria_set_dialog_dispose (GObject *object)
{
  NtmCriteriaSetDialog *self = NTM_CRITERIA_SET_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_CRITERIA_SET_DIALOG);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (ntm_criteria_set_dialog_parent_class)->dispose (object);
}

static void
ntm_criteria_set_dialog_class_init (NtmCriteriaSetDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_criteria_set_dialog_dispose;

  /**
   * NtmCriteriaSetDialog::created:
   * @self: the dialog
   * @code: the new set's code
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (NTM_TYPE_CHOICE);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-criteria-set-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaSetDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaSetDialog, notice);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaSetDialog, notice_label);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaSetDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaSetDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaSetDialog, decision_row);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaSetDialog, applies_row);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaSetDialog, year_from_spin);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaSetDialog, year_to_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked_cb);

  ntm_form_class_add_shortcuts (widget_class, (NtmFormSaveFunc) ntm_criteria_set_dialog_create);
}

static void
ntm_criteria_set_dialog_init (NtmCriteriaSetDialog *self)
{
  static const char * const kinds[] = { "commune", "urban", "district", "province" };
  g_autoptr(GListStore) choices = ntm_choice_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    ntm_choice_list_append (choices, (int) i, kinds[i], ntm_criteria_set_kind_get_label (kinds[i]));
  adw_combo_row_set_model (self->applies_row, G_LIST_MODEL (choices));
}

/**
 * ntm_criteria_set_dialog_new:
 * @parent: the window that asks
 * @database: where the set is made
 *
 * Returns: (transfer floating): the dialog, to be presented
 */
NtmCriteriaSetDialog *
ntm_criteria_set_dialog_new (GtkWindow   *parent,
                             NtmDatabase *database)
{
  NtmCriteriaSetDialog *self;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  self = g_object_new (NTM_TYPE_CRITERIA_SET_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  gtk_widget_set_sensitive (self->create_button, !ntm_database_is_read_only (database));
  return self;
}

/**
 * ntm_criteria_set_dialog_create:
 * @self: a #NtmCriteriaSetDialog
 *
 * Makes the set as Create does: on success emits "created" and closes;
 * otherwise says why above the fields and writes nothing.
 *
 * Returns: %TRUE if the set was made
 */
gboolean
ntm_criteria_set_dialog_create (NtmCriteriaSetDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  const char *applies;

  g_return_val_if_fail (NTM_IS_CRITERIA_SET_DIALOG (self), FALSE);

  if (!gtk_widget_is_sensitive (self->create_button))
    return FALSE;
  gtk_spin_button_update (self->year_from_spin);
  gtk_spin_button_update (self->year_to_spin);
  code = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->code_row))));
  applies = ntm_combo_row_get_id (self->applies_row);
  if (!ntm_database_create_criteria_set (self->database, code,
                                         gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                         gtk_editable_get_text (GTK_EDITABLE (self->decision_row)),
                                         applies, ntm_criteria_set_kind_get_level (applies),
                                         gtk_spin_button_get_value_as_int (self->year_from_spin),
                                         gtk_spin_button_get_value_as_int (self->year_to_spin), &error))
    {
      ntm_form_show_notice (self->notice, self->notice_label, error->message);
      return FALSE;
    }
  ntm_form_show_notice (self->notice, self->notice_label, NULL);
  g_signal_emit (self, signals[CREATED], 0, code);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/* Returns: (transfer none): the field named @field, to type into */
GtkWidget *
ntm_criteria_set_dialog_get_field (NtmCriteriaSetDialog *self,
                                   const char           *field)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_SET_DIALOG (self), NULL);

  if (g_str_equal (field, "code")) return GTK_WIDGET (self->code_row);
  if (g_str_equal (field, "name")) return GTK_WIDGET (self->name_row);
  if (g_str_equal (field, "decision")) return GTK_WIDGET (self->decision_row);
  if (g_str_equal (field, "applies")) return GTK_WIDGET (self->applies_row);
  if (g_str_equal (field, "year-from")) return GTK_WIDGET (self->year_from_spin);
  if (g_str_equal (field, "year-to")) return GTK_WIDGET (self->year_to_spin);
  g_return_val_if_reached (NULL);
}

/* Returns: (nullable): what the notice above the fields says */
const char *
ntm_criteria_set_dialog_get_notice (NtmCriteriaSetDialog *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_SET_DIALOG (self), NULL);
  return gtk_revealer_get_reveal_child (self->notice) ? gtk_label_get_text (self->notice_label) : NULL;
}
