/* ntm-assessment-window.c: the criteria assessment form of a unit and a year
 *
 * One row per indicator (NtmIndicatorRow), grouped by set, by the
 * decision's groups (NtmHeading) and by criterion (NtmCriterionGroup). A
 * row shows the threshold that applies, an entry fitting the indicator
 * (Yes / No / No data for yes/no, a number with its unit), the status the
 * value gives, and, unfolded, a status set by hand with its reason and an
 * evidence note. A value against a threshold not known yet reads
 * "Threshold unknown" with a button that opens Criteria and Thresholds on
 * the indicator; once the threshold is saved there (the database says so
 * with "changed"), the form reads the thresholds again and the value is
 * met or not met, what was typed kept. Each criterion whose indicators
 * cannot decide it, or that has a status recorded, shows that status
 * (NtmRecordedStatusRow): a recorded status decides the criterion and is
 * saved with the values. Numbers are read in the user's language; a field that
 * cannot be read says why beside it, and nothing is saved while one does
 * (the notice at the top of the form says so, covering no field). Enter
 * moves to the next field (and saves from the last), Ctrl+S saves, Escape
 * closes, asking first when something is not saved. The window's frame is
 * ntm-assessment-window.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ntm-assessment-window.h"
#include "ntm-assessment-window-private.h"
#include "ntm-criterion-group.h"
#include "ntm-form.h"
#include "ntm-heading.h"
#include "ntm-indicator-row.h"
#include "ntm-level-style.h"
#include "ntm-number.h"
#include "ntm-recorded-status-row.h"
#include "ntm-threshold-link.h"

typedef struct {
  guint            index;
  NtmIndicatorRow *row;
  gboolean         invalid;
} Row;

struct _NtmAssessmentWindow
{
  AdwWindow          parent_instance;

  /* template widgets */
  AdwToastOverlay   *toasts;
  GtkWidget         *save_button;
  GtkRevealer       *notice;
  GtkLabel          *notice_label;
  GtkLabel          *tally_label;
  GtkLabel          *detail_label;
  GtkLabel          *next_label;
  GtkWidget         *warning_box;
  GtkBox            *content;

  NtmDatabase       *database;
  NtmAssessment     *assessment;
  NtmLanguage        language;
  GArray            *rows;       /* of Row */
  GHashTable        *criterion_groups;  /* criterion id → NtmCriterionGroup */
  GHashTable        *recorded_rows;     /* criterion id → NtmRecordedStatusRow */
  char              *summary;
  gboolean           updating;
};

G_DEFINE_FINAL_TYPE (NtmAssessmentWindow, ntm_assessment_window, ADW_TYPE_WINDOW)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static Row *
get_row (NtmAssessmentWindow *self,
         guint                i)
{
  return &g_array_index (self->rows, Row, i);
}

static Row *
find_row (NtmAssessmentWindow *self,
          const char          *set_code,
          const char          *indicator_code)
{
  int i = ntm_assessment_find_row (self->assessment, set_code, indicator_code);

  return i < 0 ? NULL : get_row (self, i);
}

static char *
format_value (NtmAssessmentWindow *self,
              NtmIndicatorKind     kind,
              double               value)
{
  if (kind == NTM_INDICATOR_PERCENT)
    return ntm_number_format_percent (value, 3, self->language);
  return ntm_number_format (value, 3, self->language);
}

static char *
describe_threshold (NtmAssessmentWindow *self,
                    guint                i)
{
  NtmAssessment *a = self->assessment;
  NtmIndicatorKind kind = ntm_assessment_row_get_kind (a, i);
  const char *unit = ntm_assessment_row_get_unit (a, i);
  g_autofree char *number = NULL;
  double threshold;

  if (kind == NTM_INDICATOR_BOOLEAN)
    return g_strdup (_("Yes or no"));
  if (!ntm_assessment_row_get_threshold (a, i, &threshold))
    return g_strdup (_("Threshold not known yet"));

  number = format_value (self, kind, threshold);
  if (kind == NTM_INDICATOR_PERCENT || unit == NULL || *unit == '\0')
    /* Translators: a comparison sign and a value, e.g. "Threshold ≥ 95 %" */
    return g_strdup_printf (_("Threshold %s %s"), ntm_comparison_get_sign (ntm_assessment_row_get_comparison (a, i)),
                            number);
  /* Translators: a comparison sign, a value and its unit */
  return g_strdup_printf (_("Threshold %s %s %s"), ntm_comparison_get_sign (ntm_assessment_row_get_comparison (a, i)),
                          number, unit);
}

/* The recorded status is offered where the indicators cannot decide the
 * criterion (a value against an unknown threshold), and stays in view
 * wherever one is recorded. */
static gboolean
criterion_needs_recorded (NtmAssessmentWindow *self,
                          gint64               criterion)
{
  NtmAssessment *a = self->assessment;

  if (ntm_assessment_get_recorded_status (a, criterion, NULL) != NTM_STATUS_NO_DATA)
    return TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    if (ntm_assessment_row_get_criterion_id (a, i) == criterion && ntm_assessment_row_is_threshold_unknown (a, i))
      return TRUE;
  return FALSE;
}

static void
update_summary (NtmAssessmentWindow *self)
{
  NtmAssessment *a = self->assessment;
  NtmLevel main_level = ntm_assessment_get_main_set_level (a);
  NtmTally tally = ntm_assessment_get_tally (a, main_level);
  NtmLevel next = ntm_assessment_get_next_level (a);
  NtmLevel computed = ntm_assessment_get_computed_level (a);
  NtmLevel recognised = ntm_assessment_get_recognised_level (a);
  g_autofree char *detail = NULL;
  g_autoptr(GString) next_text = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_free (self->summary);
  /* Translators: criteria met out of all, e.g. "17/19 met" */
  self->summary = g_strdup_printf (_("%u/%u met"), tally.met, tally.total);
  gtk_label_set_label (self->tally_label, self->summary);

  detail = g_strdup_printf (_("Basically met: %u · Not met: %u · No data: %u · Level the data supports: %s"),
                            tally.basically_met, tally.not_met, tally.no_data, ntm_level_get_label (computed));
  gtk_label_set_label (self->detail_label, detail);

  if (next == NTM_LEVEL_NO_DATA)
    g_string_append (next_text, _("The highest level is reached."));
  else
    {
      g_autoptr(GPtrArray) blocking = ntm_assessment_get_blocking (a, next);
      NtmTally next_tally = ntm_assessment_get_tally (a, next);

      if (next_tally.total == 0)
        g_string_append_printf (next_text, _("Next level: %s. No criteria set for it is on record."),
                                ntm_level_get_label (next));
      else if (blocking->len == 0)
        g_string_append_printf (next_text, _("Ready for the next level: %s."), ntm_level_get_label (next));
      else
        {
          g_autoptr(GString) list = g_string_new (NULL);
          guint shown = MIN (blocking->len, 4);

          for (guint i = 0; i < shown; i++)
            {
              if (i > 0)
                g_string_append (list, "; ");
              g_string_append (list, g_ptr_array_index (blocking, i));
            }
          if (blocking->len > shown)
            g_string_append_printf (list, ngettext ("; and %u more", "; and %u more", blocking->len - shown),
                                    blocking->len - shown);
          /* Translators: a level, then the criteria not met yet */
          g_string_append_printf (next_text, _("Not yet ready for %s. Blocking: %s"),
                                  ntm_level_get_label (next), list->str);
        }
    }
  gtk_label_set_label (self->next_label, next_text->str);

  gtk_widget_set_visible (self->warning_box,
                          recognised != NTM_LEVEL_NO_DATA && computed != NTM_LEVEL_NO_DATA &&
                          (computed == NTM_LEVEL_NOT_YET || computed < recognised));

  g_hash_table_iter_init (&iter, self->criterion_groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    ntm_criterion_group_set_status (value, ntm_assessment_get_criterion_status (a, *(gint64 *) key));

  g_hash_table_iter_init (&iter, self->recorded_rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      /* shown once offered, so that it does not slip away while a value is retyped */
      if (!gtk_widget_get_visible (value) && criterion_needs_recorded (self, *(gint64 *) key))
        gtk_widget_set_visible (value, TRUE);
    }
}

static void
update_row (NtmAssessmentWindow *self,
            Row                 *r)
{
  NtmAssessment *a = self->assessment;
  g_autofree char *threshold = describe_threshold (self, r->index);
  g_autoptr(GString) subtitle = g_string_new (threshold);
  NtmStatus override_status;
  const char *reason = NULL;
  double suggested;

  if (ntm_assessment_row_get_override (a, r->index, &override_status, &reason))
    g_string_append_printf (subtitle, " · %s", _("status set by hand"));
  if (ntm_assessment_row_get_suggested (a, r->index, &suggested))
    {
      g_autofree char *number = format_value (self, NTM_INDICATOR_PERCENT, suggested);

      g_string_append (subtitle, " · ");
      if (ntm_assessment_row_is_from_figures (a, r->index))
        /* Translators: %s is a percentage; the status is worked out from it */
        g_string_append_printf (subtitle, _("value from the household water figures: %s"), number);
      else
        /* Translators: %s is a percentage; a value typed in is used instead */
        g_string_append_printf (subtitle, _("household water figures give %s"), number);
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (r->row), subtitle->str);

  if (ntm_indicator_row_get_entry (r->row) != NULL)
    {
      g_autofree char *placeholder = NULL;

      /* An empty field shows what counts in its place. */
      if (ntm_assessment_row_get_suggested (a, r->index, &suggested))
        placeholder = ntm_number_format (suggested, 1, self->language);
      gtk_entry_set_placeholder_text (ntm_indicator_row_get_entry (r->row), placeholder ? placeholder : _("no data"));
    }

  ntm_indicator_row_set_status (r->row, !r->invalid, ntm_assessment_row_get_status (a, r->index));
  if (!r->invalid && ntm_assessment_row_is_threshold_unknown (a, r->index))
    ntm_indicator_row_set_threshold_unknown (r->row);
}


static void
set_row_error (Row        *r,
               const char *message)
{
  r->invalid = message != NULL;
  ntm_indicator_row_set_problem (r->row, message);
}

static void
check_override (NtmAssessmentWindow *self,
                Row                 *r)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *reason = GTK_WIDGET (ntm_indicator_row_get_reason (r->row));

  if (!ntm_assessment_row_check (self->assessment, r->index, &error) &&
      ntm_assessment_row_get_override (self->assessment, r->index, NULL, NULL))
    gtk_widget_add_css_class (reason, "error");
  else
    gtk_widget_remove_css_class (reason, "error");
}

static void
update_title (NtmAssessmentWindow *self)
{
  g_autofree char *title = NULL;

  /* Translators: unit name and year; the star marks unsaved changes */
  title = g_strdup_printf (ntm_assessment_is_modified (self->assessment) ? _("*Assessment of %s, %d")
                                                                        : _("Assessment of %s, %d"),
                           ntm_assessment_get_unit_name (self->assessment),
                           ntm_assessment_get_year (self->assessment));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
fill_inputs (NtmAssessmentWindow *self)
{
  self->updating = TRUE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      NtmAssessment *a = self->assessment;
      NtmStatus status = NTM_STATUS_NO_DATA;
      const char *reason = NULL;
      double value = 0;
      gboolean has_value = ntm_assessment_row_get_value (a, i, &value);

      if (ntm_indicator_row_get_answer (r->row) != NULL)
        ntm_yes_no_choice_set_answer (ntm_indicator_row_get_answer (r->row),
                                      !has_value ? NTM_ANSWER_NO_DATA : value != 0.0 ? NTM_ANSWER_YES : NTM_ANSWER_NO);
      else
        {
          g_autofree char *text = has_value ? ntm_number_format (value, 6, self->language) : g_strdup ("");
          gtk_editable_set_text (GTK_EDITABLE (ntm_indicator_row_get_entry (r->row)), text);
        }
      if (!ntm_assessment_row_get_override (a, i, &status, &reason))
        status = NTM_STATUS_NO_DATA;
      ntm_indicator_row_set_override_status (r->row, status);
      gtk_widget_set_sensitive (GTK_WIDGET (ntm_indicator_row_get_reason (r->row)), status != NTM_STATUS_NO_DATA);
      gtk_editable_set_text (GTK_EDITABLE (ntm_indicator_row_get_reason (r->row)), reason ? reason : "");
      gtk_editable_set_text (GTK_EDITABLE (ntm_indicator_row_get_note (r->row)), ntm_assessment_row_get_note (a, i));
      set_row_error (r, NULL);
      update_row (self, r);
    }

  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, self->recorded_rows);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        ntm_recorded_status_row_set_status (value, ntm_assessment_get_recorded_status (self->assessment,
                                                                                        *(gint64 *) key, NULL));
        gtk_widget_set_visible (value, criterion_needs_recorded (self, *(gint64 *) key));
      }
  }

  self->updating = FALSE;
  update_summary (self);
  update_title (self);
}

static void
changed (NtmAssessmentWindow *self,
         Row                 *r)
{
  update_row (self, r);
  update_summary (self);
  update_title (self);
  ntm_form_fields_checked (self->notice, ntm_assessment_window_has_errors (self));
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_entry_changed_cb (GtkEditable *entry,
                     gpointer     user_data)
{
  NtmAssessmentWindow *self = NTM_ASSESSMENT_WINDOW (gtk_widget_get_root (GTK_WIDGET (entry)));
  Row *r = get_row (self, GPOINTER_TO_UINT (user_data));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  NtmNumberFlags flags = NTM_NUMBER_FLAGS_NONE;
  double value;

  if (self->updating)
    return;

  if (ntm_assessment_row_get_kind (self->assessment, r->index) == NTM_INDICATOR_PERCENT)
    flags |= NTM_NUMBER_FLAGS_PERCENT;

  if (*text == '\0')
    {
      ntm_assessment_row_set_value (self->assessment, r->index, FALSE, 0);
      set_row_error (r, NULL);
    }
  else if (ntm_number_parse (text, self->language, flags, &value, &error))
    {
      ntm_assessment_row_set_value (self->assessment, r->index, TRUE, value);
      set_row_error (r, NULL);
    }
  else
    set_row_error (r, error->message);

  changed (self, r);
}

static void
on_answer_changed_cb (NtmYesNoChoice *choice,
                      GParamSpec     *pspec,
                      gpointer        user_data)
{
  NtmAssessmentWindow *self = NTM_ASSESSMENT_WINDOW (gtk_widget_get_root (GTK_WIDGET (choice)));
  Row *r = get_row (self, GPOINTER_TO_UINT (user_data));
  NtmAnswer answer = ntm_yes_no_choice_get_answer (choice);

  if (self->updating)
    return;
  ntm_assessment_row_set_value (self->assessment, r->index, answer != NTM_ANSWER_NO_DATA,
                                answer == NTM_ANSWER_YES ? 1 : 0);
  changed (self, r);
}

static void
apply_override (NtmAssessmentWindow *self,
                Row                 *r)
{
  /* "from the value" stands for no status set by hand */
  NtmStatus status = ntm_indicator_row_get_override_status (r->row);
  AdwEntryRow *reason = ntm_indicator_row_get_reason (r->row);

  ntm_assessment_row_set_override (self->assessment, r->index, status != NTM_STATUS_NO_DATA, status,
                                   gtk_editable_get_text (GTK_EDITABLE (reason)));
  gtk_widget_set_sensitive (GTK_WIDGET (reason), status != NTM_STATUS_NO_DATA);
  check_override (self, r);
  changed (self, r);
}

static void
on_override_selected_cb (GtkDropDown *dropdown,
                         GParamSpec  *pspec,
                         gpointer     user_data)
{
  NtmAssessmentWindow *self = NTM_ASSESSMENT_WINDOW (gtk_widget_get_root (GTK_WIDGET (dropdown)));

  if (!self->updating)
    apply_override (self, get_row (self, GPOINTER_TO_UINT (user_data)));
}

static void
on_reason_changed_cb (GtkEditable *editable,
                      gpointer     user_data)
{
  NtmAssessmentWindow *self = NTM_ASSESSMENT_WINDOW (gtk_widget_get_root (GTK_WIDGET (editable)));

  if (!self->updating)
    apply_override (self, get_row (self, GPOINTER_TO_UINT (user_data)));
}

static void
on_note_changed_cb (GtkEditable *editable,
                    gpointer     user_data)
{
  NtmAssessmentWindow *self = NTM_ASSESSMENT_WINDOW (gtk_widget_get_root (GTK_WIDGET (editable)));
  Row *r = get_row (self, GPOINTER_TO_UINT (user_data));

  if (self->updating)
    return;
  ntm_assessment_row_set_note (self->assessment, r->index, gtk_editable_get_text (editable));
  update_title (self);
}

static void
on_recorded_selected_cb (GtkDropDown          *dropdown,
                         GParamSpec           *pspec,
                         NtmRecordedStatusRow *row)
{
  NtmAssessmentWindow *self = NTM_ASSESSMENT_WINDOW (gtk_widget_get_root (GTK_WIDGET (row)));

  if (self->updating)
    return;
  ntm_assessment_set_recorded_status (self->assessment, ntm_recorded_status_row_get_criterion_id (row),
                                      ntm_recorded_status_row_get_status (row));
  update_summary (self);
  update_title (self);
}

static void
on_set_threshold_cb (NtmIndicatorRow *row,
                     gpointer         user_data)
{
  NtmAssessmentWindow *self = NTM_ASSESSMENT_WINDOW (gtk_widget_get_root (GTK_WIDGET (row)));
  guint i = GPOINTER_TO_UINT (user_data);

  ntm_threshold_link_open (GTK_WIDGET (row), self->database, ntm_assessment_get_year (self->assessment),
                           ntm_assessment_get_unit_code (self->assessment),
                           ntm_assessment_row_get_set_code (self->assessment, i),
                           ntm_assessment_row_get_code (self->assessment, i));
}

/* A threshold saved elsewhere (Criteria and Thresholds) applies at once;
 * what was typed stays. */
static void
on_database_changed_cb (NtmDatabase         *database,
                        NtmArea              areas,
                        NtmAssessmentWindow *self)
{
  if ((areas & NTM_AREA_THRESHOLDS) == 0 || self->assessment == NULL)
    return;
  if (!ntm_assessment_reload_thresholds (self->assessment, database))
    return;
  for (guint i = 0; i < self->rows->len; i++)
    update_row (self, get_row (self, i));
  update_summary (self);
}

static gboolean save (NtmAssessmentWindow *self);

/* Enter moves on to the next entry; from the last one it saves. */
static void
on_entry_activate_cb (GtkEntry *entry,
                      gpointer  user_data)
{
  NtmAssessmentWindow *self = NTM_ASSESSMENT_WINDOW (gtk_widget_get_root (GTK_WIDGET (entry)));
  guint index = GPOINTER_TO_UINT (user_data);

  for (guint i = index + 1; i < self->rows->len; i++)
    {
      GtkEntry *next = ntm_indicator_row_get_entry (get_row (self, i)->row);

      if (next != NULL)
        {
          gtk_widget_grab_focus (GTK_WIDGET (next));
          return;
        }
    }
  save (self);
}

static void
on_undo_clicked_cb (AdwToast            *toast,
                    NtmAssessmentWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!ntm_assessment_undo (self->assessment, self->database, &error))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  fill_inputs (self);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("The save was undone.")));
}

static gboolean
save (NtmAssessmentWindow *self)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      g_autoptr(GError) row_error = NULL;

      if (!r->invalid && ntm_assessment_row_check (self->assessment, i, &row_error))
        continue;

      if (!r->invalid)
        {
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (r->row), TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (ntm_indicator_row_get_reason (r->row)));
        }
      else
        gtk_widget_grab_focus (ntm_indicator_row_get_input (r->row));
      ntm_form_show_fields_notice (self->notice, self->notice_label);
      return FALSE;
    }

  if (!ntm_assessment_is_modified (self->assessment))
    {
      ntm_form_show_notice (self->notice, self->notice_label, NULL);
      return TRUE;
    }

  if (!ntm_assessment_save (self->assessment, self->database, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Nothing was saved: %s"), error->message);
      ntm_form_show_notice (self->notice, self->notice_label, text);
      return FALSE;
    }

  ntm_form_show_notice (self->notice, self->notice_label, NULL);
  update_title (self);
  ntm_form_add_undo_toast (self->toasts, adw_toast_new (_("Assessment saved")),
                           G_CALLBACK (on_undo_clicked_cb), self);
  return TRUE;
}

static gboolean
ntm_assessment_window_close_request (GtkWindow *window)
{
  NtmAssessmentWindow *self = NTM_ASSESSMENT_WINDOW (window);
  gboolean pending = FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    pending |= get_row (self, i)->invalid;

  if (self->assessment != NULL &&
      ntm_form_ask_before_close (window, pending || ntm_assessment_is_modified (self->assessment),
                                 _("The assessment has changes that are not saved. If you close without saving, they are lost."),
                                 (NtmFormSaveFunc) save))
    return TRUE;
  return GTK_WINDOW_CLASS (ntm_assessment_window_parent_class)->close_request (window);
}

/* ---------------------------------------------------------------------- */
/* Building the form                                                      */
/* ---------------------------------------------------------------------- */

static void
build_row (NtmAssessmentWindow  *self,
           AdwPreferencesGroup  *group,
           guint                 i)
{
  NtmAssessment *a = self->assessment;
  g_autofree char *title = NULL;
  Row r = { 0 };

  title = g_strdup_printf ("%s  %s", ntm_assessment_row_get_code (a, i), ntm_assessment_row_get_name (a, i));
  r.index = i;
  r.row = NTM_INDICATOR_ROW (ntm_indicator_row_new (ntm_assessment_row_get_kind (a, i), title,
                                                    ntm_assessment_row_get_unit (a, i)));
  if (ntm_indicator_row_get_answer (r.row) != NULL)
    g_signal_connect (ntm_indicator_row_get_answer (r.row), "notify::answer",
                      G_CALLBACK (on_answer_changed_cb), GUINT_TO_POINTER (i));
  else
    {
      g_signal_connect (ntm_indicator_row_get_entry (r.row), "changed",
                        G_CALLBACK (on_entry_changed_cb), GUINT_TO_POINTER (i));
      g_signal_connect (ntm_indicator_row_get_entry (r.row), "activate",
                        G_CALLBACK (on_entry_activate_cb), GUINT_TO_POINTER (i));
    }
  g_signal_connect (ntm_indicator_row_get_override (r.row), "notify::selected",
                    G_CALLBACK (on_override_selected_cb), GUINT_TO_POINTER (i));
  g_signal_connect (ntm_indicator_row_get_reason (r.row), "changed",
                    G_CALLBACK (on_reason_changed_cb), GUINT_TO_POINTER (i));
  g_signal_connect (ntm_indicator_row_get_note (r.row), "changed",
                    G_CALLBACK (on_note_changed_cb), GUINT_TO_POINTER (i));
  g_signal_connect (r.row, "set-threshold", G_CALLBACK (on_set_threshold_cb), GUINT_TO_POINTER (i));

  adw_preferences_group_add (group, GTK_WIDGET (r.row));
  g_array_append_val (self->rows, r);
}

static void
build_form (NtmAssessmentWindow *self)
{
  NtmAssessment *a = self->assessment;
  const char *set = NULL, *group_code = NULL;
  gint64 criterion = -1;
  AdwPreferencesGroup *group = NULL;

  self->updating = TRUE;
  for (guint i = 0; i < ntm_assessment_get_n_rows (a); i++)
    {
      if (g_strcmp0 (set, ntm_assessment_row_get_set_code (a, i)) != 0)
        {
          set = ntm_assessment_row_get_set_code (a, i);
          group_code = NULL;
          gtk_box_append (self->content, ntm_heading_new (ntm_assessment_row_get_set_name (a, i), TRUE));
        }
      if (g_strcmp0 (group_code, ntm_assessment_row_get_group_code (a, i)) != 0)
        {
          g_autofree char *text = NULL;

          group_code = ntm_assessment_row_get_group_code (a, i);
          if (group_code != NULL && *group_code != '\0')
            {
              /* Translators: a group of criteria: its number and name, e.g. "IV. Văn hóa - Xã hội - Môi trường" */
              text = g_strdup_printf (_("%s. %s"), group_code, ntm_assessment_row_get_group_name (a, i));
              gtk_box_append (self->content, ntm_heading_new (text, FALSE));
            }
        }
      if (criterion != ntm_assessment_row_get_criterion_id (a, i))
        {
          g_autofree char *title = NULL;
          gint64 *key = g_new (gint64, 1);

          criterion = ntm_assessment_row_get_criterion_id (a, i);
          title = g_strdup_printf (_("%s. %s"), ntm_assessment_row_get_criterion_number (a, i),
                                   ntm_assessment_row_get_criterion_name (a, i));
          group = ADW_PREFERENCES_GROUP (ntm_criterion_group_new (title));
          *key = criterion;
          g_hash_table_insert (self->criterion_groups, key, group);
          gtk_box_append (self->content, GTK_WIDGET (group));
        }
      build_row (self, group, i);
      /* the criterion's recorded status after its indicators */
      if (i + 1 == ntm_assessment_get_n_rows (a) || ntm_assessment_row_get_criterion_id (a, i + 1) != criterion)
        {
          GtkWidget *recorded = ntm_recorded_status_row_new (criterion);
          gint64 *key = g_new (gint64, 1);

          *key = criterion;
          gtk_widget_set_visible (recorded, FALSE);
          g_signal_connect (ntm_recorded_status_row_get_dropdown (NTM_RECORDED_STATUS_ROW (recorded)),
                            "notify::selected", G_CALLBACK (on_recorded_selected_cb), recorded);
          g_hash_table_insert (self->recorded_rows, key, recorded);
          adw_preferences_group_add (group, recorded);
        }
    }
  self->updating = FALSE;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_assessment_window_dispose (GObject *object)
{
  NtmAssessmentWindow *self = NTM_ASSESSMENT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_ASSESSMENT_WINDOW);
  g_clear_object (&self->assessment);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ntm_assessment_window_parent_class)->dispose (object);
}

static void
ntm_assessment_window_finalize (GObject *object)
{
  NtmAssessmentWindow *self = NTM_ASSESSMENT_WINDOW (object);

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->criterion_groups, g_hash_table_unref);
  g_clear_pointer (&self->recorded_rows, g_hash_table_unref);
  g_free (self->summary);

  G_OBJECT_CLASS (ntm_assessment_window_parent_class)->finalize (object);
}

static void
on_save_clicked_cb (NtmAssessmentWindow *self)
{
  save (self);
}

static void
ntm_assessment_window_class_init (NtmAssessmentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ntm_assessment_window_dispose;
  object_class->finalize = ntm_assessment_window_finalize;
  window_class->close_request = ntm_assessment_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-assessment-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmAssessmentWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, NtmAssessmentWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, NtmAssessmentWindow, notice);
  gtk_widget_class_bind_template_child (widget_class, NtmAssessmentWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, NtmAssessmentWindow, tally_label);
  gtk_widget_class_bind_template_child (widget_class, NtmAssessmentWindow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, NtmAssessmentWindow, next_label);
  gtk_widget_class_bind_template_child (widget_class, NtmAssessmentWindow, warning_box);
  gtk_widget_class_bind_template_child (widget_class, NtmAssessmentWindow, content);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  ntm_form_class_add_shortcuts (widget_class, (NtmFormSaveFunc) save);
}

static void
ntm_assessment_window_init (NtmAssessmentWindow *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  self->criterion_groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->recorded_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->language = ntm_language_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_assessment_window_new:
 * @parent: (nullable): the window it belongs to
 * @database: the database
 * @unit_code: the unit
 * @year: the year
 * @error: return location for a #GError
 *
 * Returns: (transfer floating): the form, or %NULL when the unit cannot be
 *   read
 */
NtmAssessmentWindow *
ntm_assessment_window_new (GtkWindow    *parent,
                           NtmDatabase  *database,
                           const char   *unit_code,
                           int           year,
                           GError      **error)
{
  g_autoptr(NtmAssessment) assessment = NULL;
  NtmAssessmentWindow *self;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (unit_code != NULL, NULL);

  assessment = ntm_assessment_load (database, unit_code, year, error);
  if (assessment == NULL)
    return NULL;

  self = g_object_new (NTM_TYPE_ASSESSMENT_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->assessment = g_steal_pointer (&assessment);
  if (ntm_database_is_read_only (database))
    gtk_widget_set_sensitive (self->save_button, FALSE);

  build_form (self);
  fill_inputs (self);
  g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb), self, 0);
  return self;
}

NtmAssessment *
ntm_assessment_window_get_assessment (NtmAssessmentWindow *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT_WINDOW (self), NULL);
  return self->assessment;
}

/**
 * ntm_assessment_window_get_input:
 * @self: a #NtmAssessmentWindow
 * @set_code: a criteria set
 * @indicator_code: an indicator
 *
 * Returns: (transfer none) (nullable): the #GtkEntry of the row, or the
 *   #NtmYesNoChoice of a yes/no indicator
 */
GtkWidget *
ntm_assessment_window_get_input (NtmAssessmentWindow *self,
                                 const char          *set_code,
                                 const char          *indicator_code)
{
  Row *r;

  g_return_val_if_fail (NTM_IS_ASSESSMENT_WINDOW (self), NULL);
  r = find_row (self, set_code, indicator_code);
  return r ? ntm_indicator_row_get_input (r->row) : NULL;
}

/**
 * ntm_assessment_window_get_error_label:
 * @self: a #NtmAssessmentWindow
 * @set_code: a criteria set
 * @indicator_code: an indicator
 *
 * Returns: (transfer none) (nullable): the label beside the row's entry
 *   that says what is wrong with it
 */
GtkWidget *
ntm_assessment_window_get_error_label (NtmAssessmentWindow *self,
                                       const char          *set_code,
                                       const char          *indicator_code)
{
  Row *r;

  g_return_val_if_fail (NTM_IS_ASSESSMENT_WINDOW (self), NULL);
  r = find_row (self, set_code, indicator_code);
  return r ? GTK_WIDGET (ntm_indicator_row_get_error_label (r->row)) : NULL;
}

GtkWidget *
ntm_assessment_window_get_save_button (NtmAssessmentWindow *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT_WINDOW (self), NULL);
  return self->save_button;
}

/**
 * ntm_assessment_window_get_summary:
 * @self: a #NtmAssessmentWindow
 *
 * Returns: the summary shown, e.g. "17/19 met"
 */
const char *
ntm_assessment_window_get_summary (NtmAssessmentWindow *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT_WINDOW (self), NULL);
  return self->summary;
}

gboolean
ntm_assessment_window_has_errors (NtmAssessmentWindow *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT_WINDOW (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    if (get_row (self, i)->invalid)
      return TRUE;
  return FALSE;
}

/**
 * ntm_assessment_window_set_override:
 * @self: a #NtmAssessmentWindow
 * @set_code: a criteria set
 * @indicator_code: an indicator
 * @status: the status to choose, or %NTM_STATUS_NO_DATA for "from the value"
 * @reason: (nullable): the text to type as the reason
 *
 * Does what a person does in the unfolded row: choose the status, type the
 * reason.
 */
void
ntm_assessment_window_set_override (NtmAssessmentWindow *self,
                                    const char          *set_code,
                                    const char          *indicator_code,
                                    NtmStatus            status,
                                    const char          *reason)
{
  Row *r;

  g_return_if_fail (NTM_IS_ASSESSMENT_WINDOW (self));
  r = find_row (self, set_code, indicator_code);
  g_return_if_fail (r != NULL);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (r->row), TRUE);
  ntm_indicator_row_set_override_status (r->row, status);
  gtk_editable_set_text (GTK_EDITABLE (ntm_indicator_row_get_reason (r->row)), reason ? reason : "");
}

/**
 * ntm_assessment_window_get_indicator_row:
 * @self: a #NtmAssessmentWindow
 * @set_code: a criteria set
 * @indicator_code: an indicator
 *
 * Returns: (transfer none) (nullable): the indicator's row
 */
NtmIndicatorRow *
ntm_assessment_window_get_indicator_row (NtmAssessmentWindow *self,
                                         const char          *set_code,
                                         const char          *indicator_code)
{
  Row *r;

  g_return_val_if_fail (NTM_IS_ASSESSMENT_WINDOW (self), NULL);
  r = find_row (self, set_code, indicator_code);
  return r ? r->row : NULL;
}

/**
 * ntm_assessment_window_get_recorded_row:
 * @self: a #NtmAssessmentWindow
 * @criterion_id: a criterion of the form
 *
 * Returns: (transfer none) (nullable): the row of the criterion's
 *   recorded status
 */
NtmRecordedStatusRow *
ntm_assessment_window_get_recorded_row (NtmAssessmentWindow *self,
                                        gint64               criterion_id)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT_WINDOW (self), NULL);
  return g_hash_table_lookup (self->recorded_rows, &criterion_id);
}
