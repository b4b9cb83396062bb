/* ntm-recognitions-window.c: a unit's recognition decisions
 *
 * The decisions in order (revoked ones struck through but kept), the
 * level in force, a data-quality warning when the criteria data does not
 * support it, and a form to add or correct a decision. Revoking asks for
 * the date and the reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ntm-evaluation.h"
#include "ntm-form.h"
#include "ntm-info-row.h"
#include "ntm-level-style.h"
#include "ntm-number.h"
#include "ntm-recognition.h"
#include "ntm-recognitions-window.h"
#include "ntm-unit.h"

struct _NtmRecognitionsWindow
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toasts;
  GtkBox          *content;
  GtkWidget       *list_group;
  GtkWidget       *status_group;
  AdwPreferencesGroup *form;
  AdwComboRow     *level_row;
  AdwEntryRow     *number_row;
  AdwEntryRow     *date_row;
  AdwEntryRow     *year_row;
  AdwEntryRow     *issuer_row;
  AdwEntryRow     *source_row;
  AdwEntryRow     *note_row;
  GtkLabel        *form_error;

  NtmDatabase     *database;
  char            *unit_code;
  NtmUnitKind      kind;
  int              year;
  GArray          *levels;     /* of NtmLevel, the choices of level_row */
  NtmRecognition  *editing;    /* the decision in the form */
};

G_DEFINE_FINAL_TYPE (NtmRecognitionsWindow, ntm_recognitions_window, ADW_TYPE_WINDOW)

static void reload (NtmRecognitionsWindow *self);

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
edit (NtmRecognitionsWindow *self,
      NtmRecognition        *r)
{
  g_autofree char *date = NULL;
  g_autofree char *year = NULL;

  g_clear_object (&self->editing);
  self->editing = r ? ntm_recognition_copy (r) : ntm_recognition_new (self->unit_code);

  adw_preferences_group_set_title (self->form, r ? _("Correct the decision") : _("Add a decision"));
  adw_combo_row_set_selected (self->level_row, 0);
  for (guint i = 0; r && i < self->levels->len; i++)
    if (g_array_index (self->levels, NtmLevel, i) == ntm_recognition_get_level (r))
      adw_combo_row_set_selected (self->level_row, i);

  date = r ? ntm_date_format (ntm_recognition_get_decision_date (r)) : g_strdup ("");
  year = r && ntm_recognition_get_year (r) ? g_strdup_printf ("%d", ntm_recognition_get_year (r)) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->number_row),
                         r && ntm_recognition_get_decision_number (r) ? ntm_recognition_get_decision_number (r) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->year_row), year);
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
  guint selected = adw_combo_row_get_selected (self->level_row);

  ntm_recognition_set_level (self->editing,
                             selected < self->levels->len ? g_array_index (self->levels, NtmLevel, selected)
                                                          : NTM_LEVEL_NO_DATA);
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
on_edit_clicked_cb (GtkButton             *button,
                    NtmRecognitionsWindow *self)
{
  edit (self, g_object_get_data (G_OBJECT (button), "recognition"));
}

static void
on_revoke_response_cb (AdwMessageDialog      *dialog,
                       const char            *response,
                       NtmRecognitionsWindow *self)
{
  NtmRecognition *r = g_object_get_data (G_OBJECT (dialog), "recognition");
  GtkEditable *date = g_object_get_data (G_OBJECT (dialog), "date");
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "reason");
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  if (!g_str_equal (response, "revoke"))
    return;

  if (!ntm_date_parse (gtk_editable_get_text (date), &iso, &error) ||
      !ntm_database_revoke_recognition (self->database, ntm_recognition_get_id (r), iso,
                                        gtk_editable_get_text (reason), &error))
    {
      g_autofree char *text = g_strdup_printf (_("Not revoked: %s"), error->message);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
      return;
    }

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Recognition revoked")));
  reload (self);
}

static void
on_revoke_clicked_cb (GtkButton             *button,
                      NtmRecognitionsWindow *self)
{
  NtmRecognition *r = g_object_get_data (G_OBJECT (button), "recognition");
  AdwMessageDialog *dialog;
  GtkWidget *box, *date, *reason;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Revoke this recognition?"),
                                                       _("The decision stays in the history, marked as revoked. Give the date and the reason.")));
  box = gtk_list_box_new ();
  gtk_widget_add_css_class (box, "boxed-list");
  date = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date), _("_Date revoked (day/month/year)"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (date), TRUE);
  reason = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (reason), _("_Reason"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (reason), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (box), date);
  gtk_list_box_append (GTK_LIST_BOX (box), reason);
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "revoke", _("_Revoke"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "revoke", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "recognition", g_object_ref (r), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "date", date);
  g_object_set_data (G_OBJECT (dialog), "reason", reason);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_revoke_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reload (NtmRecognitionsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(NtmEvaluation) evaluation = NULL;
  NtmLevel recognised;
  int recognised_year = 0;
  GtkWidget *row;

  if (self->list_group)
    gtk_box_remove (self->content, self->list_group);
  if (self->status_group)
    gtk_box_remove (self->content, self->status_group);

  /* The level in force, and whether the data supports it */
  self->status_group = adw_preferences_group_new ();
  recognised = ntm_database_get_recognised_level (self->database, self->unit_code, self->year,
                                                  &recognised_year, NULL);
  {
    g_autofree char *title = g_strdup_printf (_("Recognised level in %d"), self->year);
    row = ntm_info_row_new (title, NULL);
  }
  ntm_info_row_set_level (NTM_INFO_ROW (row), recognised);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->status_group), row);

  evaluation = ntm_evaluation_new (self->database, self->year, NULL);
  if (evaluation != NULL && ntm_evaluation_levels_disagree (evaluation, self->unit_code))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Data quality: the criteria data does not support the recognised level"));
      {
        g_autofree char *subtitle = g_strdup_printf (_("The data supports: %s. Nothing has been changed; check the assessment or the decision."),
                                                     ntm_level_get_label (ntm_evaluation_get_computed_level (evaluation, self->unit_code)));
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      }
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->status_group), row);
    }
  gtk_box_prepend (self->content, self->status_group);

  /* The decisions in order */
  self->list_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->list_group), _("Decisions, oldest first"));
  gtk_box_insert_child_after (self->content, self->list_group, self->status_group);

  list = ntm_database_list_recognitions (self->database, self->unit_code, &error);
  for (guint i = 0; list && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(NtmRecognition) r = g_list_model_get_item (list, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *date = ntm_date_format (ntm_recognition_get_decision_date (r));
      GtkWidget *edit_button, *revoke_button;

      if (ntm_recognition_is_revoked (r))
        {
          g_autofree char *revoked = ntm_date_format (ntm_recognition_get_revoked_on (r));
          /* Translators: a level, a year, the date revoked and why */
          title = g_strdup_printf (_("%s, %d — revoked on %s (%s)"),
                                   ntm_level_get_label (ntm_recognition_get_level (r)),
                                   ntm_recognition_get_year (r), revoked,
                                   ntm_recognition_get_revoke_reason (r));
        }
      else
        title = g_strdup_printf (_("%s, %d"), ntm_level_get_label (ntm_recognition_get_level (r)),
                                 ntm_recognition_get_year (r));
      if (ntm_recognition_get_decision_number (r) != NULL)
        subtitle = g_strdup_printf (_("Decision %s of %s, %s"), ntm_recognition_get_decision_number (r),
                                    *date ? date : _("unknown date"), ntm_recognition_get_issuer (r));
      else
        subtitle = g_strdup_printf (_("No decision number on record. As reported: %s"),
                                    ntm_recognition_get_source (r));

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      if (ntm_recognition_is_revoked (r))
        gtk_widget_add_css_class (row, "dim-label");

      edit_button = gtk_button_new_with_label (_("Correct…"));
      gtk_widget_set_valign (edit_button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (edit_button), "recognition", g_object_ref (r), g_object_unref);
      g_signal_connect_object (edit_button, "clicked", G_CALLBACK (on_edit_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit_button);
      if (!ntm_recognition_is_revoked (r))
        {
          revoke_button = gtk_button_new_with_label (_("Revoke…"));
          gtk_widget_set_valign (revoke_button, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (revoke_button, "destructive-action");
          g_object_set_data_full (G_OBJECT (revoke_button), "recognition", g_object_ref (r), g_object_unref);
          g_signal_connect_object (revoke_button, "clicked", G_CALLBACK (on_revoke_clicked_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), revoke_button);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->list_group), row);
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
  G_OBJECT_CLASS (ntm_recognitions_window_parent_class)->dispose (object);
}

static void
ntm_recognitions_window_finalize (GObject *object)
{
  NtmRecognitionsWindow *self = NTM_RECOGNITIONS_WINDOW (object);

  g_free (self->unit_code);
  g_clear_pointer (&self->levels, g_array_unref);
  G_OBJECT_CLASS (ntm_recognitions_window_parent_class)->finalize (object);
}

static void
ntm_recognitions_window_class_init (NtmRecognitionsWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ntm_recognitions_window_dispose;
  G_OBJECT_CLASS (klass)->finalize = ntm_recognitions_window_finalize;
  ntm_form_class_add_shortcuts (GTK_WIDGET_CLASS (klass), NULL);
}

static AdwEntryRow *
add_entry (AdwPreferencesGroup *group,
           const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static void
ntm_recognitions_window_init (NtmRecognitionsWindow *self)
{
  GtkWidget *box, *header, *scrolled, *clamp, *buttons, *save, *add;

  self->levels = g_array_new (FALSE, FALSE, sizeof (NtmLevel));
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 720);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  add = gtk_button_new_with_mnemonic (_("_New decision"));
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_new_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), add);
  gtk_box_append (GTK_BOX (box), header);

  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  clamp = adw_clamp_new ();
  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_margin_top (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self->content), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->content), 12);

  self->form = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->level_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->level_row), _("_Level"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->level_row), TRUE);
  adw_preferences_group_add (self->form, GTK_WIDGET (self->level_row));
  self->number_row = add_entry (self->form, _("Decision _number"));
  self->date_row = add_entry (self->form, _("Decision _date (day/month/year)"));
  self->year_row = add_entry (self->form, _("_Year (when there is no date)"));
  self->issuer_row = add_entry (self->form, _("_Issued by"));
  self->source_row = add_entry (self->form, _("_Source, when known from a report only"));
  self->note_row = add_entry (self->form, _("N_ote"));
  gtk_box_append (self->content, GTK_WIDGET (self->form));

  self->form_error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->form_error, TRUE);
  gtk_label_set_xalign (self->form_error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->form_error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->form_error), FALSE);
  gtk_box_append (self->content, GTK_WIDGET (self->form_error));

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  save = gtk_button_new_with_mnemonic (_("_Save decision"));
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (self->content, buttons);

  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->content));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
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
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *title = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (unit_code != NULL, NULL);

  self = g_object_new (NTM_TYPE_RECOGNITIONS_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->unit_code = g_strdup (unit_code);
  self->year = year;

  unit = ntm_database_get_unit (database, unit_code, NULL);
  self->kind = unit ? ntm_unit_get_kind (unit) : NTM_UNIT_KIND_COMMUNE;
  /* Translators: %s is a unit's name */
  title = g_strdup_printf (_("Recognitions of %s"), unit ? ntm_unit_get_name (unit) : unit_code);
  gtk_window_set_title (GTK_WINDOW (self), title);

  for (NtmLevel level = NTM_LEVEL_NTM; level <= NTM_LEVEL_TASK_COMPLETED; level++)
    if (ntm_level_fits_unit_kind (level, self->kind))
      {
        g_array_append_val (self->levels, level);
        gtk_string_list_append (labels, ntm_level_get_label (level));
      }
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (labels));

  reload (self);
  edit (self, NULL);
  return self;
}
