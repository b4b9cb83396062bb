/* ntm-unit-detail.c: one unit's levels, recognitions, criteria and lineage
 *
 * The layout is in ntm-unit-detail.ui: the unit's name, its levels in the
 * year shown, its commune group from 2026 (a commune's, with its source
 * and a button to change it) and its recognitions. Then where the unit
 * came from and what it became (an NtmLineageRow per link, with its date,
 * whole or part and the INFERRED mark), and for a unit formed from others
 * the history of its predecessors year by year: each one's level in force
 * and criteria met, under a line saying what they held together, marked
 * as derived from them and never as a recognition of this unit. One group
 * per criteria set follows, as many as apply to the unit. Under a
 * criterion with values against thresholds not known yet, each such value
 * is shown with "Threshold unknown" and a button to set the threshold in
 * Criteria and Thresholds (NtmUnknownThresholdRow); a criterion decided
 * by its recorded status says so. Every other row is an NtmInfoRow. What cannot be read is said in the group it
 * belongs to, with what to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ntm-commune-group-dialog.h"
#include "ntm-criteria.h"
#include "ntm-assessment.h"
#include "ntm-error.h"
#include "ntm-format.h"
#include "ntm-info-row.h"
#include "ntm-level-style.h"
#include "ntm-lineage.h"
#include "ntm-lineage-row.h"
#include "ntm-number.h"
#include "ntm-recognition.h"
#include "ntm-threshold-link.h"
#include "ntm-unit-detail.h"
#include "ntm-unit-detail-private.h"
#include "ntm-unknown-threshold-row.h"

struct _NtmUnitDetail
{
  GtkWidget            parent_instance;

  /* template widgets */
  GtkStack            *stack;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  AdwPreferencesGroup *level_group;
  NtmInfoRow          *recognised_row;
  NtmInfoRow          *computed_row;
  NtmInfoRow          *tally_row;
  NtmInfoRow          *disagree_row;
  AdwPreferencesGroup *commune_group_group;
  NtmInfoRow          *commune_group_row;
  GtkWidget           *commune_group_button;
  AdwPreferencesGroup *recognitions_group;
  GtkBox              *groups_box;
  AdwPreferencesGroup *origins_group;
  AdwPreferencesGroup *successors_group;
  GtkBox              *history_box;

  NtmDatabase         *database;
  NtmUnit             *unit;
  int                  year;
  GPtrArray           *recognition_rows;
  GPtrArray           *origin_rows;
  GPtrArray           *successor_rows;
  guint                history_source;
};

/* The first year whose records a new unit's predecessors are shown for:
 * the first of the 2021–2025 programme. */
#define HISTORY_FIRST_YEAR 2021

/* How long the selection rests before the predecessors' records are read
 * (a few evaluations, 50–150 ms). */
#define HISTORY_DELAY_MS 150

G_DEFINE_FINAL_TYPE (NtmUnitDetail, ntm_unit_detail, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static char *
describe_tally (NtmTally tally)
{
  GString *text = g_string_new (NULL);

  if (tally.not_met > 0)
    g_string_append_printf (text, ngettext ("%u not met", "%u not met", tally.not_met), tally.not_met);
  if (tally.basically_met > 0)
    {
      if (text->len)
        g_string_append (text, " · ");
      g_string_append_printf (text, ngettext ("%u basically met", "%u basically met", tally.basically_met),
                              tally.basically_met);
    }
  if (tally.no_data > 0)
    {
      if (text->len)
        g_string_append (text, " · ");
      g_string_append_printf (text, ngettext ("%u without data", "%u without data", tally.no_data),
                              tally.no_data);
    }
  return g_string_free (text, FALSE);
}

static void
add_recognition_row (NtmUnitDetail *self,
                     GtkWidget     *row)
{
  adw_preferences_group_add (self->recognitions_group, row);
  g_ptr_array_add (self->recognition_rows, row);
}

static void
remove_rows (AdwPreferencesGroup *group,
             GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
clear (NtmUnitDetail *self)
{
  GtkWidget *child;

  g_clear_handle_id (&self->history_source, g_source_remove);
  remove_rows (self->recognitions_group, self->recognition_rows);
  remove_rows (self->origins_group, self->origin_rows);
  remove_rows (self->successors_group, self->successor_rows);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_box))) != NULL)
    gtk_box_remove (self->history_box, child);
  /* empty, it would still leave a gap between its neighbours */
  gtk_widget_set_visible (GTK_WIDGET (self->history_box), FALSE);
}

static void
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

static GtkWidget *
warning_row_new (const char   *title,
                 const GError *error)
{
  g_autofree char *message = ntm_error_describe_read (error);
  GtkWidget *row = ntm_info_row_new (title, message);

  ntm_info_row_set_warning (NTM_INFO_ROW (row), TRUE);
  return row;
}

/* ---------------------------------------------------------------------- */
/* Commune group                                                          */
/* ---------------------------------------------------------------------- */

/* The source of the group the commune has in the year, if any. */
static char *
commune_group_source (NtmUnitDetail *self)
{
  g_autoptr(GPtrArray) spans = ntm_database_list_commune_groups (self->database, ntm_unit_get_code (self->unit), NULL);

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      NtmCommuneGroupSpan *span = g_ptr_array_index (spans, i);

      if (span->year_from <= self->year && (span->year_to == 0 || span->year_to >= self->year))
        return g_strdup (span->source);
    }
  return NULL;
}

/* Whether a set the commune is held to in the page's year gives its
 * thresholds per commune group (ntm_criteria_set_has_commune_groups()). */
static gboolean
held_to_groups (NtmUnitDetail *self)
{
  g_autoptr(GListModel) sets = NULL;

  if (self->database == NULL || ntm_unit_get_kind (self->unit) != NTM_UNIT_KIND_COMMUNE)
    return FALSE;
  sets = ntm_database_list_applicable_sets (self->database, NTM_UNIT_KIND_COMMUNE, 0, self->year, NULL);
  for (guint i = 0; sets != NULL && i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, i);

      if (ntm_criteria_set_has_commune_groups (set))
        return TRUE;
    }
  return FALSE;
}

/* Where the criteria go by commune group (Decision 51/2025, from 2026), a
 * commune's group decides which thresholds apply: shown with its source,
 * and a way to change it. */
static void
show_commune_group (NtmUnitDetail *self)
{
  gboolean shown = held_to_groups (self);
  int group = ntm_unit_get_commune_group (self->unit);
  g_autofree char *title = NULL;
  g_autofree char *source = NULL;
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->commune_group_group), shown);
  if (!shown)
    return;

  /* Translators: %d is a year */
  title = g_strdup_printf (_("Commune group in %d"), self->year);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->commune_group_row), title);
  ntm_info_row_set_value (self->commune_group_row, ntm_commune_group_get_label (group));
  if (group > 0)
    {
      source = commune_group_source (self);
      /* Translators: where a commune's group comes from */
      subtitle = source && *source ? g_strdup_printf (_("Source: %s"), source) : g_strdup (_("No source on record"));
    }
  else
    subtitle = g_strdup (_("Without a group, the thresholds of the 2026–2030 set cannot be chosen for it"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->commune_group_row), subtitle);
  gtk_widget_set_sensitive (self->commune_group_button, !ntm_database_is_read_only (self->database));
}

static void on_commune_group_response_cb (NtmCommuneGroupDialog *dialog,
                                          const char            *response,
                                          NtmUnitDetail         *self);

static NtmCommuneGroupDialog *
open_commune_group_dialog (NtmUnitDetail *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *source = commune_group_source (self);
  NtmCommuneGroupDialog *dialog;

  dialog = ntm_commune_group_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->unit, self->year,
                                         ntm_unit_get_commune_group (self->unit), source);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_commune_group_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Core checks the group and records it; a refusal asks again, with what
 * was typed and why. The page shows the group again once the database
 * says it changed. */
static void
on_commune_group_response_cb (NtmCommuneGroupDialog *dialog,
                              const char            *response,
                              NtmUnitDetail         *self)
{
  g_autoptr(GError) error = NULL;
  NtmUnit *unit = ntm_commune_group_dialog_get_unit (dialog);
  int year = 0;

  if (!g_str_equal (response, "save") || self->database == NULL)
    return;

  if (!ntm_commune_group_dialog_get_year (dialog, &year, &error) ||
      !ntm_database_set_commune_group (self->database, ntm_unit_get_code (unit), year, 0,
                                       ntm_commune_group_dialog_get_group (dialog),
                                       ntm_commune_group_dialog_get_source (dialog), &error))
    {
      NtmCommuneGroupDialog *again;

      if (self->unit == NULL || !g_str_equal (ntm_unit_get_code (self->unit), ntm_unit_get_code (unit)))
        return;
      again = open_commune_group_dialog (self);
      ntm_commune_group_dialog_retry (again, dialog, error->message);
    }
}

static void
on_commune_group_clicked_cb (NtmUnitDetail *self)
{
  if (self->unit != NULL && self->database != NULL)
    open_commune_group_dialog (self);
}

/* ---------------------------------------------------------------------- */
/* Lineage                                                                */
/* ---------------------------------------------------------------------- */

static void
show_links (NtmUnitDetail       *self,
            AdwPreferencesGroup *group,
            GPtrArray           *rows,
            GListModel          *links,
            const GError        *error)
{
  guint n = links ? g_list_model_get_n_items (links) : 0;

  if (links == NULL)
    add_row (group, rows, warning_row_new (_("The lineage cannot be read"), error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NtmLineageLink) link = g_list_model_get_item (links, i);
      add_row (group, rows, ntm_lineage_row_new (link));
    }
  gtk_widget_set_visible (GTK_WIDGET (group), links == NULL || n > 0);
}

static void schedule_history (NtmUnitDetail *self);

static void
show_lineage (NtmUnitDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) predecessors = NULL;
  g_autoptr(GListModel) successors = NULL;
  const char *code = ntm_unit_get_code (self->unit);
  gboolean others = FALSE;

  predecessors = ntm_database_list_predecessors (self->database, code, &error);
  show_links (self, self->origins_group, self->origin_rows, predecessors, error);
  g_clear_error (&error);
  successors = ntm_database_list_successors (self->database, code, &error);
  show_links (self, self->successors_group, self->successor_rows, successors, error);

  /* formed from other units: their records follow (a unit that only
   * carried on has its own record above) */
  for (guint i = 0; predecessors != NULL && i < g_list_model_get_n_items (predecessors) && !others; i++)
    {
      g_autoptr(NtmLineageLink) link = g_list_model_get_item (predecessors, i);
      others = !g_str_equal (ntm_lineage_link_get_old_code (link), code);
    }
  if (others)
    schedule_history (self);
}

/* "Xã Sơn Hồng (18160): whole; 17 of 19 criteria met" */
static GtkWidget *
predecessor_row_new (const NtmPredecessorYear *p)
{
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (p->whole ? _("All of it went into this unit")
                                                      : _("Part of it went into this unit"));
  GtkWidget *row;

  /* Translators: a unit's name and its official code */
  title = g_strdup_printf (_("%s (%s)"), p->name, p->official_code);
  if (p->level != NTM_LEVEL_NO_DATA && p->level_year > 0)
    /* Translators: the year a predecessor's level was recognised for */
    g_string_append_printf (subtitle, _(" · recognised for %d"), p->level_year);
  if (p->criteria_known > 0)
    /* Translators: a predecessor's criteria met in a year, e.g. " · 17 of 19 criteria met" */
    g_string_append_printf (subtitle, _(" · %u of %u criteria met"), p->criteria_met, p->criteria_total);
  else
    g_string_append (subtitle, _(" · no criteria data"));
  row = ntm_info_row_new (title, subtitle->str);
  ntm_info_row_set_level (NTM_INFO_ROW (row), p->level);
  return row;
}

static GtkWidget *
history_group_new (NtmUnitDetail *self,
                   const char    *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->history_box, group);
  gtk_widget_set_visible (GTK_WIDGET (self->history_box), TRUE);
  return group;
}

static GtkWidget *
derived_row_new (const NtmDerivedLevel *derived)
{
  g_autofree char *text = ntm_derived_level_format (derived);
  GtkWidget *row = ntm_info_row_new (text, NULL);

  ntm_info_row_set_value (NTM_INFO_ROW (row), _("Derived"));
  gtk_widget_add_css_class (row, "ntm-derived");
  gtk_widget_set_tooltip_text (row, _("Worked out from the predecessors’ own records: "
                                      "it is not a recognition of this unit"));
  return row;
}

/* The predecessors of a unit formed from others, year by year, the most
 * recent first: what they held together (derived, never a recognition of
 * this unit), then each one's own level and criteria. */
static void
show_history (NtmUnitDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) history = NULL;
  g_autoptr(GArray) derived = NULL;
  const char *code = ntm_unit_get_code (self->unit);
  GtkWidget *child;
  int last_year = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_box))) != NULL)
    gtk_box_remove (self->history_box, child);

  history = ntm_database_get_predecessor_history (self->database, code, HISTORY_FIRST_YEAR, &error);
  for (guint i = 0; history != NULL && i < history->len; i++)
    last_year = MAX (last_year, g_array_index (history, NtmPredecessorYear, i).year);
  if (history != NULL && last_year >= HISTORY_FIRST_YEAR)
    derived = ntm_database_derive_levels (self->database, code, HISTORY_FIRST_YEAR, last_year, &error);
  if (history == NULL || (last_year >= HISTORY_FIRST_YEAR && derived == NULL))
    {
      GtkWidget *group = history_group_new (self, _("Its predecessors’ records"));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 warning_row_new (_("The predecessors’ records cannot be read"), error));
      return;
    }

  for (int year = last_year; year >= HISTORY_FIRST_YEAR; year--)
    {
      GtkWidget *group = NULL;

      for (guint i = 0; i < history->len; i++)
        {
          const NtmPredecessorYear *p = &g_array_index (history, NtmPredecessorYear, i);

          if (p->year != year)
            continue;
          if (group == NULL)
            {
              /* Translators: %d is a year before the unit was formed */
              g_autofree char *title = g_strdup_printf (_("Its predecessors in %d"), year);

              group = history_group_new (self, title);
              adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                         derived_row_new (&g_array_index (derived, NtmDerivedLevel,
                                                                          year - HISTORY_FIRST_YEAR)));
            }
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), predecessor_row_new (p));
        }
    }
}

static gboolean
on_history_timeout_cb (gpointer user_data)
{
  NtmUnitDetail *self = user_data;

  self->history_source = 0;
  if (self->unit != NULL && self->database != NULL)
    show_history (self);
  return G_SOURCE_REMOVE;
}

/* The predecessors' records take the evaluation of several years: they are
 * read once the selection rests, not for each unit passed over with the
 * arrow keys; meanwhile the group says they are coming. */
static void
schedule_history (NtmUnitDetail *self)
{
  GtkWidget *group = history_group_new (self, _("Its predecessors’ records"));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             ntm_info_row_new (_("Reading the predecessors’ records…"), NULL));
  g_clear_handle_id (&self->history_source, g_source_remove);
  self->history_source = g_timeout_add (HISTORY_DELAY_MS, on_history_timeout_cb, self);
}

static void
show_levels (NtmUnitDetail *self,
             NtmEvaluation *evaluation)
{
  const char *code = ntm_unit_get_code (self->unit);
  NtmLevel recognised = ntm_evaluation_get_recognised_level (evaluation, code);
  NtmLevel computed = ntm_evaluation_get_computed_level (evaluation, code);
  NtmTally tally = ntm_evaluation_get_tally (evaluation, code);
  g_autofree char *title = NULL;
  g_autofree char *since = NULL;

  /* Translators: %d is a year */
  title = g_strdup_printf (_("Level in %d"), ntm_evaluation_get_year (evaluation));
  adw_preferences_group_set_title (self->level_group, title);

  if (recognised != NTM_LEVEL_NO_DATA)
    /* Translators: %d is the year of the decision */
    since = g_strdup_printf (_("Recognised in %d"), ntm_evaluation_get_recognised_year (evaluation, code));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->recognised_row), since ? since : _("No recognition on record"));
  ntm_info_row_set_recognised_level (self->recognised_row, recognised);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->computed_row),
                               computed == NTM_LEVEL_NO_DATA ? _("Not enough criteria data to tell") : NULL);
  ntm_info_row_set_level (self->computed_row, computed);

  gtk_widget_set_visible (GTK_WIDGET (self->tally_row), tally.total > 0);
  if (tally.total > 0)
    {
      g_autofree char *tally_text = ntm_tally_format (&tally);
      g_autofree char *detail = describe_tally (tally);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->tally_row), detail);
      ntm_info_row_set_value (self->tally_row, tally_text);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->disagree_row), ntm_evaluation_levels_disagree (evaluation, code));
}

static void
show_recognitions (NtmUnitDetail *self,
                   NtmDatabase   *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  guint n;

  list = ntm_database_list_recognitions (database, ntm_unit_get_code (self->unit), &error);
  if (list == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      GtkWidget *row = ntm_info_row_new (_("The recognitions cannot be read"), message);

      ntm_info_row_set_warning (NTM_INFO_ROW (row), TRUE);
      add_recognition_row (self, row);
      return;
    }

  n = g_list_model_get_n_items (list);
  if (n == 0)
    add_recognition_row (self, ntm_info_row_new (_("No recognition on record"), NULL));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NtmRecognition) r = g_list_model_get_item (list, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (ntm_recognition_get_revoked_on (r) != NULL)
        {
          g_autofree char *revoked = ntm_format_date (ntm_recognition_get_revoked_on (r));

          /* Translators: a level, then the date it was revoked */
          title = g_strdup_printf (_("%s (revoked on %s)"),
                                   ntm_level_get_label (ntm_recognition_get_level (r)), revoked);
        }
      else
        /* Translators: a level, then the year of recognition */
        title = g_strdup_printf (_("%s, %d"), ntm_level_get_label (ntm_recognition_get_level (r)),
                                 ntm_recognition_get_year (r));

      subtitle = ntm_recognition_describe_decision (r);

      add_recognition_row (self, ntm_info_row_new (title, subtitle));
    }
}

static void
on_set_threshold_cb (NtmUnknownThresholdRow *row,
                     NtmUnitDetail          *self)
{
  if (self->database != NULL)
    ntm_threshold_link_open (GTK_WIDGET (row), self->database, self->year,
                             self->unit != NULL ? ntm_unit_get_code (self->unit) : NULL,
                             ntm_unknown_threshold_row_get_set_code (row),
                             ntm_unknown_threshold_row_get_indicator_code (row));
}

/* Each value of the criterion that stands against a threshold not known
 * yet: the value, "Threshold unknown" and a way to set it. */
static void
add_unknown_thresholds (NtmUnitDetail       *self,
                        AdwPreferencesGroup *group,
                        NtmAssessment       *assessment,
                        gint64               criterion_id)
{
  NtmLanguage language = ntm_language_get_default ();

  for (guint i = 0; i < ntm_assessment_get_n_rows (assessment); i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *value_text = NULL;
      GtkWidget *row;
      double value = 0.0;

      if (ntm_assessment_row_get_criterion_id (assessment, i) != criterion_id ||
          !ntm_assessment_row_is_threshold_unknown (assessment, i))
        continue;
      if (!ntm_assessment_row_get_value (assessment, i, &value))
        ntm_assessment_row_get_suggested (assessment, i, &value);
      if (ntm_assessment_row_get_kind (assessment, i) == NTM_INDICATOR_PERCENT)
        value_text = ntm_number_format_percent (value, 3, language);
      else
        {
          g_autofree char *number = ntm_number_format (value, 3, language);
          const char *unit = ntm_assessment_row_get_unit (assessment, i);

          value_text = unit && *unit ? g_strdup_printf ("%s %s", number, unit) : g_steal_pointer (&number);
        }
      title = g_strdup_printf ("%s  %s", ntm_assessment_row_get_code (assessment, i),
                               ntm_assessment_row_get_name (assessment, i));
      row = ntm_unknown_threshold_row_new (ntm_assessment_row_get_set_code (assessment, i),
                                           ntm_assessment_row_get_code (assessment, i), title, value_text);
      gtk_widget_add_css_class (row, "ntm-indicator");
      g_signal_connect_object (row, "set-threshold", G_CALLBACK (on_set_threshold_cb), self, 0);
      adw_preferences_group_add (group, row);
    }
}

/* The name of a criteria set, as the group's title. */
static const char *
set_name (GListModel *sets,
          const char *code)
{
  for (guint j = 0; sets != NULL && j < g_list_model_get_n_items (sets); j++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, j);

      if (g_strcmp0 (ntm_criteria_set_get_code (set), code) == 0)
        return g_intern_string (ntm_criteria_set_get_name (set));
    }
  return code;
}

static AdwPreferencesGroup *
add_group (NtmUnitDetail *self,
           const char    *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->groups_box, group);
  return ADW_PREFERENCES_GROUP (group);
}

static void
show_criteria (NtmUnitDetail *self,
               NtmDatabase   *database,
               NtmEvaluation *evaluation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sets = ntm_database_list_criteria_sets (database, &error);
  g_autoptr(NtmAssessment) assessment = NULL;
  const NtmCriterionResult *results;
  const char *current_set = NULL;
  AdwPreferencesGroup *group = NULL;
  guint n = 0;

  if (sets == NULL)
    {
      /* the names of the sets only: the criteria can still be shown */
      g_autofree char *message = ntm_error_describe_read (error);
      GtkWidget *row = ntm_info_row_new (_("The names of the criteria sets cannot be read"), message);

      ntm_info_row_set_warning (NTM_INFO_ROW (row), TRUE);
      adw_preferences_group_add (add_group (self, _("Criteria")), row);
    }

  results = ntm_evaluation_get_criteria (evaluation, ntm_unit_get_code (self->unit), &n);

  /* the values themselves are read only for a unit that has some against
   * an unknown threshold */
  for (guint i = 0; i < n && assessment == NULL; i++)
    if (results[i].threshold_unknown > 0)
      {
        g_autoptr(GError) read_error = NULL;

        assessment = ntm_assessment_load (database, ntm_unit_get_code (self->unit), self->year, &read_error);
        if (assessment == NULL)
          {
            adw_preferences_group_add (add_group (self, _("Criteria")),
                                       warning_row_new (_("The values against unknown thresholds cannot be read"),
                                                        read_error));
            break;
          }
      }

  for (guint i = 0; i < n; i++)
    {
      const NtmCriterionResult *r = &results[i];
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (g_strcmp0 (current_set, r->set_code) != 0)
        {
          group = add_group (self, set_name (sets, r->set_code));
          current_set = r->set_code;
        }

      /* Translators: criterion number and name, e.g. "17. Môi trường" */
      title = g_strdup_printf (_("%s. %s"), r->number, r->name);
      if (ntm_criterion_result_disagrees (r))
        /* Translators: where a recorded status comes from, then the status the indicator values give */
        subtitle = g_strdup_printf (_("Recorded (%s); the indicators give: %s"),
                                    ntm_status_origin_get_label (r->origin),
                                    ntm_status_get_label (r->computed));
      else if (r->reported && r->computed == NTM_STATUS_NO_DATA)
        /* Translators: where a recorded status comes from, e.g. "Decided by its recorded status (Typed)";
         * the indicators cannot decide the criterion */
        subtitle = g_strdup_printf (_("Decided by its recorded status (%s)"), ntm_status_origin_get_label (r->origin));
      else if (r->reported)
        /* Translators: where a recorded status comes from, e.g. "Recorded (Imported)" */
        subtitle = g_strdup_printf (_("Recorded (%s)"), ntm_status_origin_get_label (r->origin));
      else if (r->threshold_unknown > 0 && !r->from_figures)
        subtitle = g_strdup (ngettext ("A value stands against a threshold not known yet: set the threshold, "
                                       "or record the criterion’s status",
                                       "Values stand against thresholds not known yet: set the thresholds, "
                                       "or record the criterion’s status", r->threshold_unknown));
      row = ntm_info_row_new (title,
                              subtitle ? subtitle
                              : r->from_figures ? _("Indicator 17.1 from the household water figures")
                              : NULL);
      ntm_info_row_set_status (NTM_INFO_ROW (row), r->status);
      adw_preferences_group_add (group, row);
      if (r->threshold_unknown > 0 && assessment != NULL)
        add_unknown_thresholds (self, group, assessment, r->criterion_id);
    }
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_unit_detail_dispose (GObject *object)
{
  NtmUnitDetail *self = NTM_UNIT_DETAIL (object);

  g_clear_handle_id (&self->history_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_UNIT_DETAIL);
  g_clear_object (&self->unit);
  g_clear_object (&self->database);
  g_clear_pointer (&self->recognition_rows, g_ptr_array_unref);
  g_clear_pointer (&self->origin_rows, g_ptr_array_unref);
  g_clear_pointer (&self->successor_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ntm_unit_detail_parent_class)->dispose (object);
}

static void
ntm_unit_detail_class_init (NtmUnitDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_unit_detail_dispose;

  g_type_ensure (NTM_TYPE_INFO_ROW);
  g_type_ensure (NTM_TYPE_LINEAGE_ROW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-unit-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, level_group);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, recognised_row);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, computed_row);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, tally_row);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, disagree_row);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, commune_group_group);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, commune_group_row);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, commune_group_button);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, recognitions_group);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, groups_box);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, origins_group);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, successors_group);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, history_box);
  gtk_widget_class_bind_template_callback (widget_class, on_commune_group_clicked_cb);
}

static void
ntm_unit_detail_init (NtmUnitDetail *self)
{
  self->recognition_rows = g_ptr_array_new ();
  self->origin_rows = g_ptr_array_new ();
  self->successor_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_unit_detail_show:
 * @self: a #NtmUnitDetail
 * @database: (nullable): the database
 * @evaluation: (nullable): the year's evaluation
 * @unit: (nullable): the unit to show, or %NULL for none
 */
void
ntm_unit_detail_show (NtmUnitDetail *self,
                      NtmDatabase   *database,
                      NtmEvaluation *evaluation,
                      NtmUnit       *unit)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(NtmUnit) parent = NULL;
  const char *parent_name;

  g_return_if_fail (NTM_IS_UNIT_DETAIL (self));

  g_set_object (&self->unit, unit);
  g_set_object (&self->database, database);
  clear (self);

  if (unit == NULL || database == NULL || evaluation == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->year = ntm_evaluation_get_year (evaluation);

  gtk_label_set_label (self->title_label, ntm_unit_get_name (unit));
  if (ntm_unit_get_parent_code (unit) != NULL)
    parent = ntm_database_get_unit (database, ntm_unit_get_parent_code (unit), &error);
  /* a parent that cannot be read is named by its code */
  parent_name = parent ? ntm_unit_get_name (parent)
              : ntm_unit_get_parent_code (unit) ? ntm_unit_get_parent_code (unit) : _("Hà Tĩnh");
  /* Translators: kind of unit, the unit it belongs to, and its official code */
  subtitle = g_strdup_printf (_("%s · %s · code %s"),
                              ntm_unit_kind_get_label (ntm_unit_get_kind (unit)), parent_name,
                              ntm_unit_get_official_code (unit));
  if (ntm_unit_get_valid_to (unit) != NULL)
    {
      g_autofree char *until = ntm_format_date (ntm_unit_get_valid_to (unit));
      /* Translators: the last day a unit was in force, after the kind, parent and code */
      g_autofree char *longer = g_strdup_printf (_("%s · in force until %s"), subtitle, until);

      g_free (subtitle);
      subtitle = g_steal_pointer (&longer);
    }
  gtk_label_set_label (self->subtitle_label, subtitle);

  show_levels (self, evaluation);
  show_commune_group (self);
  show_recognitions (self, database);
  show_lineage (self);
  show_criteria (self, database, evaluation);

  gtk_stack_set_visible_child_name (self->stack, "unit");
}

/**
 * ntm_unit_detail_get_unit:
 * @self: a #NtmUnitDetail
 *
 * Returns: (transfer none) (nullable): the unit shown
 */
NtmUnit *
ntm_unit_detail_get_unit (NtmUnitDetail *self)
{
  g_return_val_if_fail (NTM_IS_UNIT_DETAIL (self), NULL);
  return self->unit;
}

/* ---------------------------------------------------------------------- */
/* Internal API (ntm-unit-detail-private.h)                               */
/* ---------------------------------------------------------------------- */

/* Reads the predecessors' records now rather than once the selection
 * rests: for the tests and screenshots. */
void
ntm_unit_detail_show_history_now (NtmUnitDetail *self)
{
  g_return_if_fail (NTM_IS_UNIT_DETAIL (self));

  if (self->history_source == 0)
    return;
  g_clear_handle_id (&self->history_source, g_source_remove);
  on_history_timeout_cb (self);
}
