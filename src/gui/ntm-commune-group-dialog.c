/* ntm-commune-group-dialog.c: asks a commune's group under Decision 51/2025
 *
 * The group (1, 2, 3, or none to clear it), the year it holds from and its
 * source, with the answers Cancel and Save. The unit page records it on
 * "response" through core (ntm_database_set_commune_group()), which checks
 * it; when core refuses, the page asks again with a new dialog that keeps
 * what was typed and says, above the fields, what to correct. The parts
 * are ntm-commune-group-dialog.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ntm-choice.h"
#include "ntm-commune-group-dialog.h"
#include "ntm-number.h"

struct _NtmCommuneGroupDialog
{
  AdwMessageDialog  parent_instance;

  NtmUnit          *unit;

  /* template widgets */
  GtkLabel         *error_label;
  AdwComboRow      *group_row;
  AdwEntryRow      *year_row;
  AdwEntryRow      *source_row;
};

G_DEFINE_FINAL_TYPE (NtmCommuneGroupDialog, ntm_commune_group_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
ntm_commune_group_dialog_dispose (GObject *object)
{
  NtmCommuneGroupDialog *self = NTM_COMMUNE_GROUP_DIALOG (object);

  g_clear_object (&self->unit);
  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_COMMUNE_GROUP_DIALOG);
  G_OBJECT_CLASS (ntm_commune_group_dialog_parent_class)->dispose (object);
}

static void
ntm_commune_group_dialog_class_init (NtmCommuneGroupDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_commune_group_dialog_dispose;

  g_type_ensure (NTM_TYPE_CHOICE);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-commune-group-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmCommuneGroupDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, NtmCommuneGroupDialog, group_row);
  gtk_widget_class_bind_template_child (widget_class, NtmCommuneGroupDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, NtmCommuneGroupDialog, source_row);
}

static void
ntm_commune_group_dialog_init (NtmCommuneGroupDialog *self)
{
  g_autoptr(GListStore) groups = ntm_choice_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int group = 1; group <= 3; group++)
    ntm_choice_list_append (groups, group, NULL, ntm_commune_group_get_label (group));
  ntm_choice_list_append (groups, 0, NULL, _("None (clear the group)"));
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (groups));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_commune_group_dialog_new:
 * @parent: the window that asks
 * @unit: the commune
 * @year: the year shown, offered as the first year of the group
 * @commune_group: its group in @year, or 0 for none
 * @source: (nullable): where that group comes from
 *
 * Returns: (transfer floating): the dialog, to be presented
 */
NtmCommuneGroupDialog *
ntm_commune_group_dialog_new (GtkWindow  *parent,
                              NtmUnit    *unit,
                              int         year,
                              int         commune_group,
                              const char *source)
{
  NtmCommuneGroupDialog *self;
  g_autofree char *heading = NULL;
  g_autofree char *year_text = g_strdup_printf ("%d", year);

  g_return_val_if_fail (NTM_IS_UNIT (unit), NULL);

  self = g_object_new (NTM_TYPE_COMMUNE_GROUP_DIALOG, "transient-for", parent, NULL);
  self->unit = g_object_ref (unit);
  /* Translators: %s is a commune's name */
  heading = g_strdup_printf (_("Commune Group of %s"), ntm_unit_get_name (unit));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  ntm_commune_group_dialog_set_group (self, commune_group > 0 ? commune_group : 1);
  gtk_editable_set_text (GTK_EDITABLE (self->year_row), year_text);
  gtk_editable_set_text (GTK_EDITABLE (self->source_row), source ? source : "");
  return self;
}

/* Returns: (transfer none): the commune */
NtmUnit *
ntm_commune_group_dialog_get_unit (NtmCommuneGroupDialog *self)
{
  g_return_val_if_fail (NTM_IS_COMMUNE_GROUP_DIALOG (self), NULL);
  return self->unit;
}

/* Returns: the group chosen, 1 to 3, or 0 to clear it */
int
ntm_commune_group_dialog_get_group (NtmCommuneGroupDialog *self)
{
  NtmChoice *choice;

  g_return_val_if_fail (NTM_IS_COMMUNE_GROUP_DIALOG (self), 0);
  choice = ntm_combo_row_get_choice (self->group_row);
  return choice ? ntm_choice_get_value (choice) : 0;
}

void
ntm_commune_group_dialog_set_group (NtmCommuneGroupDialog *self,
                                    int                    commune_group)
{
  g_return_if_fail (NTM_IS_COMMUNE_GROUP_DIALOG (self));
  ntm_combo_row_select_value (self->group_row, commune_group);
}

/* Returns: (transfer none): where the first year is typed */
GtkEditable *
ntm_commune_group_dialog_get_year_entry (NtmCommuneGroupDialog *self)
{
  g_return_val_if_fail (NTM_IS_COMMUNE_GROUP_DIALOG (self), NULL);
  return GTK_EDITABLE (self->year_row);
}

/* Returns: (transfer none): where the source is typed */
GtkEditable *
ntm_commune_group_dialog_get_source_entry (NtmCommuneGroupDialog *self)
{
  g_return_val_if_fail (NTM_IS_COMMUNE_GROUP_DIALOG (self), NULL);
  return GTK_EDITABLE (self->source_row);
}

/**
 * ntm_commune_group_dialog_get_year:
 * @self: a #NtmCommuneGroupDialog
 * @year: (out): the first year of the group
 * @error: return location for a #GError
 *
 * Returns: %TRUE if what was typed is a whole number (core checks the
 *   range)
 */
gboolean
ntm_commune_group_dialog_get_year (NtmCommuneGroupDialog  *self,
                                   int                    *year,
                                   GError                **error)
{
  const char *text;
  double value;

  g_return_val_if_fail (NTM_IS_COMMUNE_GROUP_DIALOG (self), FALSE);

  text = gtk_editable_get_text (GTK_EDITABLE (self->year_row));
  if (!ntm_number_parse (text, NTM_LANGUAGE_ENGLISH, NTM_NUMBER_FLAGS_WHOLE, &value, error))
    return FALSE;
  *year = (int) value;
  return TRUE;
}

/* Returns: the source typed */
const char *
ntm_commune_group_dialog_get_source (NtmCommuneGroupDialog *self)
{
  g_return_val_if_fail (NTM_IS_COMMUNE_GROUP_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->source_row));
}

/**
 * ntm_commune_group_dialog_retry:
 * @self: a new #NtmCommuneGroupDialog for the same commune
 * @failed: the dialog whose answer was refused
 * @message: why, and what to correct
 *
 * Fills @self with what was typed in @failed and says @message above the
 * fields.
 */
void
ntm_commune_group_dialog_retry (NtmCommuneGroupDialog *self,
                                NtmCommuneGroupDialog *failed,
                                const char            *message)
{
  g_return_if_fail (NTM_IS_COMMUNE_GROUP_DIALOG (self));
  g_return_if_fail (NTM_IS_COMMUNE_GROUP_DIALOG (failed));

  ntm_commune_group_dialog_set_group (self, ntm_commune_group_dialog_get_group (failed));
  gtk_editable_set_text (GTK_EDITABLE (self->year_row), gtk_editable_get_text (GTK_EDITABLE (failed->year_row)));
  gtk_editable_set_text (GTK_EDITABLE (self->source_row), ntm_commune_group_dialog_get_source (failed));
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}
