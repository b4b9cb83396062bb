/* ntm-recognitions-window.c: a unit's recognition decisions
 *
 * The level in force, a data-quality warning when the criteria data does
 * not support it, the decisions in order (an NtmRecognitionRow each;
 * revoked ones dimmed but kept), and a form to add or correct a decision,
 * all in ntm-recognitions-window.ui. The form keeps the year a decision
 * recognises apart from its date (a batch "đợt 2/2023" decided on
 * 17/01/2024 is recognised for 2023), and offers the levels of the
 * programme of that year (ntm_levels_for_year()): NTM, advanced and model
 * until 2025, NTM and modern NTM from 2026. Revoking asks for the date and
 * the reason in an NtmRevokeDialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ntm-choice.h"
#include "ntm-error.h"
#include "ntm-evaluation.h"
#include "ntm-form.h"
#include "ntm-info-row.h"
#include "ntm-format.h"
#include "ntm-number.h"
#include "ntm-recognition-row.h"
#include "ntm-recognitions-window.h"
#include "ntm-revoke-dialog.h"
#include "ntm-unit.h"

struct _NtmRecognitionsWindow
{
  AdwWindow            parent_instance;

  NtmDatabase         *database;
  char                *unit_code;
  NtmUnitKind          kind;       /* today's, for want of the kind in the decision's year */
  int                  year;
  NtmRecognition      *editing;    /* the decision in the form */
  GPtrArray           *rows;       /* the NtmRecognitionRows of list_group */

  /* template widgets */
  AdwToastOverlay     *toasts;
  NtmInfoRow          *recognised_row;
  NtmInfoRow          *disagree_row;
  AdwPreferencesGroup *list_group;
  NtmInfoRow          *list_error_row;
  AdwPreferencesGroup *form;
  AdwComboRow         *level_row;
  AdwEntryRow         *number_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *year_row;
  AdwEntryRow         *issuer_row;
  AdwEntryRow         *source_row;
  AdwEntryRow         *note_row;
  GtkLabel            *form_error;
};

G_DEFINE_FINAL_TYPE (NtmRecognitionsWindow, ntm_recognitions_window, ADW_TYPE_WINDOW)

static void reload (NtmRecognitionsWindow *self);

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* The year a decision is for, as the form has it: the year typed, else
 * the decision date's, else the year shown. */
static int
period_year (NtmRecognitionsWindow *self)
{
  const char *year = gtk_editable_get_text (GTK_EDITABLE (self->year_row));
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autofree char *iso = NULL;
  double y;

  if (ntm_number_parse (year, NTM_LANGUAGE_ENGLISH, NTM_NUMBER_FLAGS_WHOLE, &y, NULL) && y >= 2000 && y <= 2100)
    return (int) y;
  if (*date != '\0' && ntm_date_parse (date, &iso, NULL))
    return atoi (iso);
  return self->year;
}

/* The levels of the programme of the year the decision is for, the level
 * chosen kept when it is one of them. */
static void
update_levels (NtmRecognitionsWindow *self)
{
  g_autoptr(GListStore) choices = ntm_choice_list_new (NULL);
  g_autofree char *day = g_strdup_printf ("%04d-12-31", period_year (self));
  g_autoptr(NtmUnit) then = ntm_database_get_unit_on (self->database, self->unit_code, day, NULL);
  NtmChoice *chosen = ntm_combo_row_get_choice (self->level_row);
  int level = chosen ? ntm_choice_get_value (chosen) : NTM_LEVEL_NO_DATA;
  NtmLevel levels[4];
  guint n;

  /* the unit as it was that year: a commune then may be a ward now */
  n = ntm_levels_for_year (then ? ntm_unit_get_kind (then) : self->kind, period_year (self),
                           levels, G_N_ELEMENTS (levels));
  for (guint i = 0; i < n; i++)
    ntm_choice_list_append (choices, levels[i], ntm_level_to_string (levels[i]), ntm_level_get_label (levels[i]));
  if (n == 0)
    ntm_choice_list_append (choices, NTM_LEVEL_NO_DATA, NULL, _("No level to recognise in that year"));
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (choices));
  if (!ntm_combo_row_select_value (self->level_row, level))
    adw_combo_row_set_selected (self->level_row, 0);
}

static void
on_period_changed_cb (NtmRecognitionsWindow *self)
{
  if (self->database != NULL)
    update_levels (self);
}

static void
edit (NtmRecognitionsWindow *self,
      NtmRecognition        *r)
{
  g_autofree char *date = NULL;
  g_autofree char *year = NULL;

  g_clear_object (&self->editing);
  self->editing = r ? ntm_recognition_copy (r) : ntm_recognition_new (self->unit_code);

  adw_preferences_group_set_title (self->form, r ? _("Correct the decision") : _("Add a decision"));

  date = r ? ntm_format_date (ntm_recognition_get_decision_date (r)) : g_strdup ("");
  year = r && ntm_recognition_get_year (r) ? g_strdup_printf ("%d", ntm_recognition_get_year (r)) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->number_row),
                         r && ntm_recognition_get_decision_number (r) ? ntm_recognition_get_decision_number (r) : "");
  /* the year and the date first: they decide the levels offered */
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->year_row), year);
  update_levels (self);
  if (r == NULL || !ntm_combo_row_select_value (self->level_row, ntm_recognition_get_level (r)))
    adw_combo_row_set_selected (self->level_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->issuer_row), r ? ntm_recognition_get_issuer (r) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->source_row), r ? ntm_recognition_get_source (r) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), r ? ntm_recognition_get_note (r) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->form_error), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->level_row));
}

static void
show_form_error (NtmRecognitionsWindow *self,
                 const char            *message)
{
  gtk_label_set_label (self->form_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->form_error), TRUE);
}

static void
on_save_clicked_cb (NtmRecognitionsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  const char *year = gtk_editable_get_text (GTK_EDITABLE (self->year_row));
  NtmChoice *level = ntm_combo_row_get_choice (self->level_row);

  ntm_recognition_set_level (self->editing, level ? (NtmLevel) ntm_choice_get_value (level) : NTM_LEVEL_NO_DATA);
  ntm_recognition_set_decision_number (self->editing, gtk_editable_get_text (GTK_EDITABLE (self->number_row)));
  if (year[strspn (year, " ")] != '\0')
    {
      double y;
      if (!ntm_number_parse (year, NTM_LANGUAGE_ENGLISH, NTM_NUMBER_FLAGS_WHOLE, &y, &error))
        {
          show_form_error (self, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->year_row));
          return;
        }
      ntm_recognition_set_year (self->editing, (int) y);
    }
  else
    /* no year given: the decision date's */
    ntm_recognition_set_year (self->editing, 0);
  if (*date != '\0')
    {
      if (!ntm_date_parse (date, &iso, &error))
        {
          show_form_error (self, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
          return;
        }
    }
  ntm_recognition_set_decision_date (self->editing, iso);
  ntm_recognition_set_issuer (self->editing, gtk_editable_get_text (GTK_EDITABLE (self->issuer_row)));
  ntm_recognition_set_source (self->editing, gtk_editable_get_text (GTK_EDITABLE (self->source_row)));
  ntm_recognition_set_note (self->editing, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  if (!ntm_database_save_recognition (self->database, self->editing, &error))
    {
      show_form_error (self, error->message);
      return;
    }

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Recognition saved")));
  reload (self);
  edit (self, NULL);
}

static void
on_new_clicked_cb (NtmRecognitionsWindow *self)
{
  edit (self, NULL);
}

static void
on_row_correct_cb (NtmRecognitionRow     *row,
                   NtmRecognitionsWindow *self)
{
  edit (self, ntm_recognition_row_get_recognition (row));
}

static void ask_to_revoke (NtmRecognitionsWindow *self, NtmRecognition *r, NtmRevokeDialog *failed,
                           const char *message);

static void
on_revoke_response_cb (NtmRevokeDialog       *dialog,
                       const char            *response,
                       NtmRecognitionsWindow *self)
{
  NtmRecognition *r = ntm_revoke_dialog_get_recognition (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  if (!g_str_equal (response, "revoke"))
    return;

  if (!ntm_date_parse (ntm_revoke_dialog_get_date (dialog), &iso, &error) ||
      !ntm_database_revoke_recognition (self->database, ntm_recognition_get_id (r), iso,
                                        ntm_revoke_dialog_get_reason (dialog), &error))
    {
      /* the dialog closes on any answer: ask again, with what was typed */
      ask_to_revoke (self, r, dialog, error->message);
      return;
    }

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Recognition revoked")));
  reload (self);
}

static void
ask_to_revoke (NtmRecognitionsWindow *self,
               NtmRecognition        *r,
               NtmRevokeDialog       *failed,
               const char            *message)
{
  NtmRevokeDialog *dialog = ntm_revoke_dialog_new (GTK_WINDOW (self), r);

  if (failed != NULL)
    ntm_revoke_dialog_retry (dialog, failed, message);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_revoke_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_row_revoke_cb (NtmRecognitionRow     *row,
                  NtmRecognitionsWindow *self)
{
  ask_to_revoke (self, ntm_recognition_row_get_recognition (row), NULL, NULL);
}

/* The level in force, and whether the criteria data supports it */
static void
reload_status (NtmRecognitionsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmEvaluation) evaluation = NULL;
  NtmLevel recognised;

  recognised = ntm_database_get_recognised_level (self->database, self->unit_code, self->year, NULL, &error);
  ntm_info_row_set_recognised_level (self->recognised_row, recognised);
  ntm_info_row_set_warning (self->recognised_row, error != NULL);
  if (error != NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->recognised_row), message);
      gtk_widget_set_visible (GTK_WIDGET (self->disagree_row), FALSE);
      return;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->recognised_row), NULL);

  evaluation = ntm_evaluation_new (self->database, self->year, &error);
  if (evaluation == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);

      /* Translators: the level in force is known, the criteria data could not be read */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->disagree_row),
                                     _("Data quality: the criteria data cannot be read"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->disagree_row), message);
      gtk_widget_set_visible (GTK_WIDGET (self->disagree_row), TRUE);
    }
  else if (ntm_evaluation_levels_disagree (evaluation, self->unit_code))
    {
      NtmLevel computed = ntm_evaluation_get_computed_level (evaluation, self->unit_code);
      g_autofree char *subtitle = g_strdup_printf (_("The data supports: %s. Nothing has been changed; check the assessment or the decision."),
                                                   ntm_level_get_label (computed));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->disagree_row),
                                     _("Data quality: the criteria data does not support the recognised level"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->disagree_row), subtitle);
      gtk_widget_set_visible (GTK_WIDGET (self->disagree_row), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->disagree_row), FALSE);
}

/* The decisions in order */
static void
reload (NtmRecognitionsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;

  reload_status (self);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->list_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  list = ntm_database_list_recognitions (self->database, self->unit_code, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->list_error_row), list == NULL);
  if (list == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->list_error_row), message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(NtmRecognition) r = g_list_model_get_item (list, i);
      GtkWidget *row = ntm_recognition_row_new (r);

      g_signal_connect (row, "correct", G_CALLBACK (on_row_correct_cb), self);
      g_signal_connect (row, "revoke", G_CALLBACK (on_row_revoke_cb), self);
      adw_preferences_group_add (self->list_group, row);
      g_ptr_array_add (self->rows, row);
    }
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_recognitions_window_dispose (GObject *object)
{
  NtmRecognitionsWindow *self = NTM_RECOGNITIONS_WINDOW (object);

  g_clear_object (&self->database);
  g_clear_object (&self->editing);
  g_ptr_array_set_size (self->rows, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_RECOGNITIONS_WINDOW);
  G_OBJECT_CLASS (ntm_recognitions_window_parent_class)->dispose (object);
}

static void
ntm_recognitions_window_finalize (GObject *object)
{
  NtmRecognitionsWindow *self = NTM_RECOGNITIONS_WINDOW (object);

  g_free (self->unit_code);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (ntm_recognitions_window_parent_class)->finalize (object);
}

static void
ntm_recognitions_window_class_init (NtmRecognitionsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_recognitions_window_dispose;
  G_OBJECT_CLASS (klass)->finalize = ntm_recognitions_window_finalize;

  g_type_ensure (NTM_TYPE_CHOICE);
  g_type_ensure (NTM_TYPE_INFO_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-recognitions-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, recognised_row);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, disagree_row);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, list_group);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, list_error_row);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, form);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, level_row);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, number_row);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, date_row);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, year_row);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, issuer_row);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, source_row);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, note_row);
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionsWindow, form_error);
  gtk_widget_class_bind_template_callback (widget_class, on_new_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed_cb);
  ntm_form_class_add_shortcuts (widget_class, NULL);
}

static void
ntm_recognitions_window_init (NtmRecognitionsWindow *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

NtmRecognitionsWindow *
ntm_recognitions_window_new (GtkWindow   *parent,
                             NtmDatabase *database,
                             const char  *unit_code,
                             int          year)
{
  NtmRecognitionsWindow *self;
  g_autoptr(NtmUnit) unit = NULL;
  g_autofree char *title = NULL;
  g_autofree char *level_title = NULL;
  g_autoptr(GError) error = NULL;
  NtmUnitKind kind;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (unit_code != NULL, NULL);

  self = g_object_new (NTM_TYPE_RECOGNITIONS_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->unit_code = g_strdup (unit_code);
  self->year = year;

  /* a unit that cannot be read is named by its code, and offered the
   * levels of a commune; the form says why */
  unit = ntm_database_get_unit (database, unit_code, &error);
  kind = unit ? ntm_unit_get_kind (unit) : NTM_UNIT_KIND_COMMUNE;
  self->kind = kind;
  /* Translators: %s is a unit's name */
  title = g_strdup_printf (_("Recognitions of %s"), unit ? ntm_unit_get_name (unit) : unit_code);
  gtk_window_set_title (GTK_WINDOW (self), title);
  level_title = g_strdup_printf (_("Recognised level in %d"), year);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->recognised_row), level_title);

  reload (self);
  edit (self, NULL);
  if (unit == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      show_form_error (self, message);
    }
  return self;
}
