/* ntm-indicator-dialog.c: asks for an indicator to add to a criterion
 *
 * The criterion of the set it belongs to, its code, name and unit, its
 * kind (number, percentage, yes/no) and how a value is held against the
 * threshold, with Cancel and Add. Add hands them to core
 * (ntm_database_add_indicator()), which checks them: when it refuses (no
 * code, no name) the dialog stays open with core's message above the
 * fields and nothing is written. A set without criteria has nowhere to put
 * an indicator: the dialog is not made and the window says so. On success
 * it emits "added" with the indicator's id and closes. The parts are
 * ntm-indicator-dialog.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-choice.h"
#include "ntm-core-enums.h"
#include "ntm-criteria.h"
#include "ntm-criteria-edit.h"
#include "ntm-form.h"
#include "ntm-indicator-dialog.h"
#include "ntm-indicator-dialog-private.h"
#include "ntm-level-style.h"

struct _NtmIndicatorDialog
{
  AdwWindow             parent_instance;

  /* template widgets */
  GtkWidget            *add_button;
  GtkRevealer          *notice;
  GtkLabel             *notice_label;
  AdwPreferencesGroup  *group;
  AdwComboRow          *criterion_row;
  AdwEntryRow          *code_row;
  AdwEntryRow          *name_row;
  AdwEntryRow          *unit_row;
  AdwComboRow          *kind_row;
  AdwComboRow          *comparison_row;

  NtmDatabase          *database;
};

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (NtmIndicatorDialog, ntm_indicator_dialog, ADW_TYPE_WINDOW)

static void
on_add_clicked_cb (NtmIndicatorDialog *self)
{
  ntm_indicator_dialog_add (self);
}

static void
ntm_indicator_dialog_dispose (GObject *object)
{
  NtmIndicatorDialog *self = NTM_INDICATOR_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_INDICATOR_DIALOG);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (ntm_indicator_dialog_parent_class)->dispose (object);
}

static void
ntm_indicator_dialog_class_init (NtmIndicatorDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_indicator_dialog_dispose;

  /**
   * NtmIndicatorDialog::added:
   * @self: the dialog
   * @id: the indicator's id
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (NTM_TYPE_CHOICE);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-indicator-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorDialog, notice);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorDialog, notice_label);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorDialog, group);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorDialog, criterion_row);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorDialog, comparison_row);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);

  ntm_form_class_add_shortcuts (widget_class, (NtmFormSaveFunc) ntm_indicator_dialog_add);
}

static void
ntm_indicator_dialog_init (NtmIndicatorDialog *self)
{
  static const NtmIndicatorKind kinds[] = { NTM_INDICATOR_NUMBER, NTM_INDICATOR_PERCENT, NTM_INDICATOR_BOOLEAN };
  g_autoptr(GListStore) kind_choices = ntm_choice_list_new (NULL);
  g_autoptr(GListStore) comparisons = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    ntm_choice_list_append (kind_choices, kinds[i], NULL, ntm_indicator_kind_get_label (kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_choices));
  comparisons = ntm_choice_list_new_for_enum (NTM_TYPE_COMPARISON, (NtmChoiceLabelFunc) ntm_comparison_get_label,
                                              NULL);
  adw_combo_row_set_model (self->comparison_row, G_LIST_MODEL (comparisons));
  ntm_combo_row_select_value (self->comparison_row, NTM_COMPARISON_GE);
}

/**
 * ntm_indicator_dialog_new:
 * @parent: the window that asks
 * @database: where the indicator is added
 * @set_code: the set whose criteria are offered
 * @error: return location for a #GError
 *
 * Returns: (transfer floating) (nullable): the dialog, to be presented;
 *   %NULL with @error set when the set's criteria cannot be read or it
 *   has none
 */
NtmIndicatorDialog *
ntm_indicator_dialog_new (GtkWindow    *parent,
                          NtmDatabase  *database,
                          const char   *set_code,
                          GError      **error)
{
  NtmIndicatorDialog *self;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GListStore) choices = ntm_choice_list_new (NULL);

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (set_code != NULL, NULL);

  criteria = ntm_database_list_criteria (database, set_code, error);
  if (criteria == NULL)
    return NULL;
  if (g_list_model_get_n_items (criteria) == 0)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The set has no criteria yet: add a criterion first, then its indicators."));
      return NULL;
    }

  self = g_object_new (NTM_TYPE_INDICATOR_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(NtmCriterion) c = g_list_model_get_item (criteria, i);
      g_autofree char *label = g_strdup_printf (_("%s. %s"), ntm_criterion_get_number (c), ntm_criterion_get_name (c));
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, ntm_criterion_get_id (c));

      ntm_choice_list_append (choices, (int) i, id, label);
    }
  adw_combo_row_set_model (self->criterion_row, G_LIST_MODEL (choices));
  adw_preferences_group_set_title (self->group, set_code);
  gtk_widget_set_sensitive (self->add_button, !ntm_database_is_read_only (database));
  return self;
}

/**
 * ntm_indicator_dialog_add:
 * @self: a #NtmIndicatorDialog
 *
 * Adds the indicator as Add does: on success emits "added" and closes;
 * otherwise says why above the fields and writes nothing.
 *
 * Returns: %TRUE if added
 */
gboolean
ntm_indicator_dialog_add (NtmIndicatorDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *criterion;
  gint64 id;

  g_return_val_if_fail (NTM_IS_INDICATOR_DIALOG (self), FALSE);

  if (!gtk_widget_is_sensitive (self->add_button))
    return FALSE;
  criterion = ntm_combo_row_get_id (self->criterion_row);
  id = ntm_database_add_indicator (self->database, criterion ? g_ascii_strtoll (criterion, NULL, 10) : 0,
                                   gtk_editable_get_text (GTK_EDITABLE (self->code_row)),
                                   gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                   gtk_editable_get_text (GTK_EDITABLE (self->unit_row)),
                                   ntm_combo_row_get_value (self->kind_row),
                                   ntm_combo_row_get_value (self->comparison_row), &error);
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

/* Returns: (transfer none): the field named @field, to type into or choose in */
GtkWidget *
ntm_indicator_dialog_get_field (NtmIndicatorDialog *self,
                                const char         *field)
{
  g_return_val_if_fail (NTM_IS_INDICATOR_DIALOG (self), NULL);

  if (g_str_equal (field, "criterion")) return GTK_WIDGET (self->criterion_row);
  if (g_str_equal (field, "code")) return GTK_WIDGET (self->code_row);
  if (g_str_equal (field, "name")) return GTK_WIDGET (self->name_row);
  if (g_str_equal (field, "unit")) return GTK_WIDGET (self->unit_row);
  if (g_str_equal (field, "kind")) return GTK_WIDGET (self->kind_row);
  if (g_str_equal (field, "comparison")) return GTK_WIDGET (self->comparison_row);
  g_return_val_if_reached (NULL);
}

/* Returns: (nullable): what the notice above the fields says */
const char *
ntm_indicator_dialog_get_notice (NtmIndicatorDialog *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR_DIALOG (self), NULL);
  return gtk_revealer_get_reveal_child (self->notice) ? gtk_label_get_text (self->notice_label) : NULL;
}
