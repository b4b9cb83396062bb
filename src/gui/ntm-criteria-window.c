/* ntm-criteria-window.c: a criteria set's indicators and thresholds
 *
 * Thresholds are data: for a set, a region and a year, every indicator is
 * listed with the threshold that applies (empty while not known, as many
 * are seeded), and its name, unit and comparison (an NtmThresholdRow
 * each, in a group per criterion). A set of 2026–2030 gives a threshold
 * per commune group instead of per region
 * (ntm_criteria_set_has_commune_groups()): the region choice gives way to
 * a group choice, and thresholds are read and saved per group for the
 * set's years. Nothing is written while a threshold cannot be read: the
 * notice at the top of the window says so.
 *
 * The office loads a set here too: New Set…, Add Criterion… and Add
 * Indicator… open dialogs whose writes core checks; Import Set… opens the
 * import flow of the Import Data window on a spreadsheet, and Export Set…
 * writes the set shown (the "criteria-set" list) in a job. What of the
 * catalogue is not confirmed against a decision's text is marked: beneath
 * a criterion's title, and as a warning sign on an indicator. The parts of
 * an indicator stated in parts (17.1) are listed together under its code.
 * The frame is ntm-criteria-window.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ntm-choice.h"
#include "ntm-criteria.h"
#include "ntm-criteria-edit.h"
#include "ntm-criteria-private.h"
#include "ntm-criteria-set-dialog.h"
#include "ntm-criteria-window.h"
#include "ntm-criteria-window-private.h"
#include "ntm-criterion-dialog.h"
#include "ntm-criterion-group.h"
#include "ntm-error.h"
#include "ntm-form.h"
#include "ntm-import-window.h"
#include "ntm-indicator-dialog.h"
#include "ntm-list-export.h"
#include "ntm-number.h"
#include "ntm-table.h"
#include "ntm-threshold.h"
#include "ntm-threshold-row.h"

typedef struct {
  NtmThresholdRow *row;
  gboolean         had_value;
  double           value;
} Row;

struct _NtmCriteriaWindow
{
  AdwWindow          parent_instance;

  /* template widgets */
  AdwToastOverlay   *toasts;
  GtkWidget         *save_button;
  GtkRevealer       *notice;
  GtkLabel          *notice_label;
  GtkDropDown       *set_dropdown;
  GtkWidget         *region_label;
  GtkDropDown       *region_dropdown;
  GtkWidget         *group_label;
  GtkDropDown       *group_dropdown;
  GtkSpinButton     *year_spin;
  GtkLabel          *set_label;
  GtkBox            *content;

  NtmDatabase       *database;
  GListModel        *sets;   /* of NtmCriteriaSet */
  NtmLanguage        language;
  GArray            *rows;   /* of Row */
  gboolean           filling;
};

G_DEFINE_FINAL_TYPE (NtmCriteriaWindow, ntm_criteria_window, ADW_TYPE_WINDOW)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static const char *
current_set (NtmCriteriaWindow *self)
{
  return ntm_drop_down_get_id (self->set_dropdown);
}

static const char *
current_region (NtmCriteriaWindow *self)
{
  return ntm_drop_down_get_id (self->region_dropdown);
}

/* Returns: (transfer none) (nullable): the set shown */
static NtmCriteriaSet *
find_set (NtmCriteriaWindow *self,
          const char        *code)
{
  for (guint i = 0; code != NULL && self->sets != NULL && i < g_list_model_get_n_items (self->sets); i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (self->sets, i);
      if (g_strcmp0 (ntm_criteria_set_get_code (set), code) == 0)
        return set;  /* the list holds it */
    }
  return NULL;
}

/* The commune group whose thresholds are shown, or 0 for a set by region */
static int
current_group (NtmCriteriaWindow *self)
{
  NtmCriteriaSet *set = find_set (self, current_set (self));

  if (set == NULL || !ntm_criteria_set_has_commune_groups (set))
    return 0;
  return MAX (1, ntm_drop_down_get_value (self->group_dropdown));
}

/* The set's kind, years and decision beneath the choice, and the choice
 * of region or of commune group that its thresholds are told apart by. */
static void
show_set (NtmCriteriaWindow *self)
{
  NtmCriteriaSet *set = find_set (self, current_set (self));
  gboolean groups = set != NULL && ntm_criteria_set_has_commune_groups (set);
  g_autofree char *years = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->region_label, !groups);
  gtk_widget_set_visible (GTK_WIDGET (self->region_dropdown), !groups);
  gtk_widget_set_visible (self->group_label, groups);
  gtk_widget_set_visible (GTK_WIDGET (self->group_dropdown), groups);
  if (set == NULL)
    {
      gtk_label_set_label (self->set_label, _("No criteria set is on record: make one with New Set… or import one with Import Set…."));
      return;
    }

  if (ntm_criteria_set_get_year_to (set) != 0)
    years = g_strdup_printf ("%d–%d", ntm_criteria_set_get_year_from (set), ntm_criteria_set_get_year_to (set));
  else
    /* Translators: the first year a criteria set is in force, open ended */
    years = g_strdup_printf (_("from %d"), ntm_criteria_set_get_year_from (set));
  /* Translators: a criteria set: the kind of unit, its years, its decision, then how thresholds are told apart */
  text = g_strdup_printf (_("%s, %s. %s. %s"),
                          ntm_criteria_set_kind_get_label (ntm_criteria_set_get_applies_to (set)), years,
                          *ntm_criteria_set_get_decision (set) ? ntm_criteria_set_get_decision (set) : _("No decision recorded"),
                          groups ? _("Thresholds per commune group, for the set’s years.")
                                 : _("Thresholds per region, from a year on."));
  gtk_label_set_label (self->set_label, text);

  /* the years of a set by group are its own: show one of them */
  if (groups)
    {
      int year = gtk_spin_button_get_value_as_int (self->year_spin);
      int from = ntm_criteria_set_get_year_from (set), to = ntm_criteria_set_get_year_to (set);
      gboolean was_filling = self->filling;

      /* the caller goes on with the year set here */
      self->filling = TRUE;
      if (year < from)
        gtk_spin_button_set_value (self->year_spin, from);
      else if (to != 0 && year > to)
        gtk_spin_button_set_value (self->year_spin, to);
      self->filling = was_filling;
    }
}

/* The indicators of a criterion in the order shown: an indicator stated in
 * parts is listed with all its parts together, where its first part is. */
static GPtrArray *
order_parts (GListModel *indicators)
{
  GPtrArray *ordered = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (indicators);
  /* keys: the part_of of indicators @indicators holds */
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NtmIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *part_of = ntm_indicator_get_part_of (indicator);

      if (part_of == NULL || *part_of == '\0')
        {
          g_ptr_array_add (ordered, g_object_ref (indicator));
          continue;
        }
      if (g_hash_table_contains (placed, part_of))
        continue;
      g_hash_table_add (placed, (gpointer) part_of);
      for (guint j = i; j < n; j++)
        {
          g_autoptr(NtmIndicator) part = g_list_model_get_item (indicators, j);
          if (g_strcmp0 (ntm_indicator_get_part_of (part), part_of) == 0)
            g_ptr_array_add (ordered, g_object_ref (part));
        }
    }
  return ordered;
}

/* How many parts @part_of has, and which of them @indicator is (from 1) */
static guint
count_parts (GPtrArray    *ordered,
             const char   *part_of,
             NtmIndicator *indicator,
             guint        *position)
{
  guint n = 0;

  for (guint i = 0; i < ordered->len; i++)
    {
      NtmIndicator *other = g_ptr_array_index (ordered, i);
      if (g_strcmp0 (ntm_indicator_get_part_of (other), part_of) == 0)
        {
          n++;
          if (other == indicator)
            *position = n;
        }
    }
  return n;
}

static void
show_read_error (NtmCriteriaWindow *self,
                 const GError      *error)
{
  g_autofree char *message = ntm_error_describe_read (error);

  ntm_form_show_notice (self->notice, self->notice_label, message);
}

static void
rebuild (NtmCriteriaWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) criteria = NULL;
  const char *set_code = current_set (self);
  const char *region = current_region (self);
  int year = gtk_spin_button_get_value_as_int (self->year_spin);
  GtkWidget *child;
  int group;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  g_array_set_size (self->rows, 0);

  if (self->filling)
    return;
  show_set (self);
  if (set_code == NULL)
    return;
  year = gtk_spin_button_get_value_as_int (self->year_spin);
  group = current_group (self);

  criteria = ntm_database_list_criteria (self->database, set_code, &error);
  if (criteria == NULL)
    {
      show_read_error (self, error);
      return;
    }
  if (g_list_model_get_n_items (criteria) == 0)
    {
      GtkWidget *empty = gtk_label_new (_("This set has no criteria yet. Add them with Add Criterion… and Add Indicator…, or import the set from a spreadsheet with Import Set…."));

      gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
      gtk_widget_add_css_class (empty, "dim-label");
      gtk_box_append (self->content, empty);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(NtmCriterion) c = g_list_model_get_item (criteria, i);
      g_autoptr(GListModel) indicators = NULL;
      g_autoptr(GPtrArray) ordered = NULL;
      g_autofree char *title = g_strdup_printf (_("%s. %s"), ntm_criterion_get_number (c), ntm_criterion_get_name (c));
      GtkWidget *group_widget = ntm_criterion_group_new (title);
      const char *verify = ntm_criterion_get_verify_note (c);

      if (verify != NULL && *verify != '\0')
        {
          /* Translators: the note says what of a criterion is not confirmed against the decision's text */
          g_autofree char *text = g_strdup_printf (_("⚠ To verify: %s"), verify);
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group_widget), text);
        }
      gtk_box_append (self->content, group_widget);
      indicators = ntm_database_list_indicators (self->database, ntm_criterion_get_id (c), &error);
      if (indicators == NULL)
        {
          show_read_error (self, error);
          return;
        }
      if (g_list_model_get_n_items (indicators) == 0)
        {
          GtkWidget *none = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (none), _("No indicators yet"));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (none),
                                       _("Add them with Add Indicator…, or record the criterion’s status in the assessment."));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group_widget), none);
          continue;
        }

      ordered = order_parts (indicators);
      for (guint j = 0; j < ordered->len; j++)
        {
          NtmIndicator *indicator = g_ptr_array_index (ordered, j);
          g_autoptr(NtmThreshold) t = NULL;
          g_autofree char *subtitle = NULL;
          const char *part_of = ntm_indicator_get_part_of (indicator);
          Row r = { 0 };

          r.row = NTM_THRESHOLD_ROW (ntm_threshold_row_new (indicator));
          ntm_threshold_row_set_verify_note (r.row, ntm_indicator_get_verify_note (indicator));
          if (part_of != NULL && *part_of != '\0')
            {
              guint position = 0, n = count_parts (ordered, part_of, indicator, &position);
              /* Translators: an indicator stated in parts: its code, which part, how many, then the part's name */
              g_autofree char *part_title = g_strdup_printf (_("%s, part %u of %u  %s"), part_of, position, n,
                                                             ntm_indicator_get_name (indicator));
              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r.row), part_title);
            }

          if (ntm_indicator_get_kind (indicator) == NTM_INDICATOR_BOOLEAN)
            subtitle = g_strdup (_("Yes or no: no threshold"));
          else if (group > 0)
            {
              gboolean known = FALSE;

              if (ntm_database_get_group_threshold (self->database, ntm_indicator_get_id (indicator), group, year,
                                                    &known, &r.value))
                {
                  r.had_value = known;
                  subtitle = known ? g_strdup_printf (_("Threshold of commune group %d."), group)
                                   : g_strdup_printf (_("Threshold of commune group %d: not known yet."), group);
                }
              else
                subtitle = g_strdup_printf (_("No threshold for commune group %d yet: one is added when you enter it."), group);
            }
          else
            {
              t = ntm_database_get_threshold (self->database, ntm_indicator_get_id (indicator), region, year, &error);
              if (t == NULL && error != NULL)
                {
                  show_read_error (self, error);
                  return;
                }
              r.had_value = t != NULL && ntm_threshold_get_value (t, &r.value);
              if (t != NULL)
                {
                  if (ntm_threshold_get_year_to (t) != 0)
                    /* Translators: the years a threshold applies to, and its note */
                    subtitle = g_strdup_printf (_("Applies %d–%d. %s"), ntm_threshold_get_year_from (t),
                                                ntm_threshold_get_year_to (t), ntm_threshold_get_note (t));
                  else
                    subtitle = g_strdup_printf (_("Applies from %d. %s"), ntm_threshold_get_year_from (t),
                                                ntm_threshold_get_note (t));
                }
              else
                subtitle = g_strdup (_("No threshold for this region and year: one is added when you enter it."));
            }
          if (r.had_value)
            {
              g_autofree char *text = ntm_number_format (r.value, 6, self->language);
              gtk_editable_set_text (GTK_EDITABLE (ntm_threshold_row_get_entry (r.row)), text);
            }
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (r.row), subtitle);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group_widget), GTK_WIDGET (r.row));
          g_array_append_val (self->rows, r);
        }
    }
}

/* The sets on record in the set choice, @select_code chosen (or the one
 * chosen before, or the first). */
static void
fill_sets (NtmCriteriaWindow *self,
           const char        *select_code)
{
  g_autoptr(GListStore) set_choices = ntm_choice_list_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = g_strdup (select_code ? select_code : current_set (self));
  gboolean was_filling = self->filling;

  self->filling = TRUE;
  g_clear_object (&self->sets);
  self->sets = ntm_database_list_criteria_sets (self->database, &error);
  if (self->sets == NULL)
    show_read_error (self, error);
  for (guint i = 0; self->sets && i < g_list_model_get_n_items (self->sets); i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (self->sets, i);
      ntm_choice_list_append (set_choices, NTM_CHOICE_ANY, ntm_criteria_set_get_code (set),
                              ntm_criteria_set_get_name (set));
    }
  gtk_drop_down_set_model (self->set_dropdown, G_LIST_MODEL (set_choices));
  if (keep != NULL)
    ntm_drop_down_select_id (self->set_dropdown, keep);
  self->filling = was_filling;
}

static void
update_actions (NtmCriteriaWindow *self)
{
  gboolean writable = !ntm_database_is_read_only (self->database);
  gboolean shown = current_set (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "criteria.new-set", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "criteria.add-criterion", writable && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "criteria.add-indicator", writable && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "criteria.import-set", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "criteria.export-set", shown);
}

static void
toast (NtmCriteriaWindow *self,
       const char        *text)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_set_created_cb (NtmCriteriaSetDialog *dialog,
                   const char           *code,
                   NtmCriteriaWindow    *self)
{
  g_autofree char *text = g_strdup_printf (_("Criteria set “%s” made: add its criteria and indicators"), code);

  fill_sets (self, code);
  rebuild (self);
  update_actions (self);
  toast (self, text);
}

static void
on_criterion_added_cb (NtmCriterionDialog *dialog,
                       gint64              id,
                       NtmCriteriaWindow  *self)
{
  rebuild (self);
  toast (self, _("Criterion saved"));
}

static void
on_indicator_added_cb (NtmIndicatorDialog *dialog,
                       gint64              id,
                       NtmCriteriaWindow  *self)
{
  rebuild (self);
  toast (self, _("Indicator saved: type its thresholds, then Save"));
}

static void
on_new_set_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ntm_criteria_window_new_set (NTM_CRITERIA_WINDOW (widget));
}

static void
on_add_criterion_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  ntm_criteria_window_add_criterion (NTM_CRITERIA_WINDOW (widget));
}

static void
on_add_indicator_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  ntm_criteria_window_add_indicator (NTM_CRITERIA_WINDOW (widget));
}

static void
on_import_set_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ntm_criteria_window_import_set (NTM_CRITERIA_WINDOW (widget), NULL);
}

static void
on_import_undo_cb (AdwToast  *undo_toast,
                   NtmImport *import)
{
  NtmCriteriaWindow *self = g_object_get_data (G_OBJECT (undo_toast), "ntm-criteria-window");
  g_autoptr(GError) error = NULL;

  if (!ntm_import_undo (import, &error))
    {
      if (self != NULL)
        toast (self, error->message);
      return;
    }
  if (self != NULL)
    {
      fill_sets (self, NULL);
      rebuild (self);
      update_actions (self);
    }
}

static void
release_import (gpointer  data,
                GClosure *closure)
{
  g_object_unref (data);
}

static void
on_import_committed_cb (NtmImportWindow   *import_window,
                        NtmImport         *import,
                        NtmCriteriaWindow *self)
{
  g_autoptr(GHashTable) before = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *added = NULL;
  AdwToast *done;

  for (guint i = 0; self->sets && i < g_list_model_get_n_items (self->sets); i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (self->sets, i);
      g_hash_table_add (before, g_strdup (ntm_criteria_set_get_code (set)));
    }
  fill_sets (self, NULL);
  /* a set the file made is the one to show */
  for (guint i = 0; self->sets && i < g_list_model_get_n_items (self->sets) && added == NULL; i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (self->sets, i);
      if (!g_hash_table_contains (before, ntm_criteria_set_get_code (set)))
        added = g_strdup (ntm_criteria_set_get_code (set));
    }
  if (added != NULL)
    ntm_drop_down_select_id (self->set_dropdown, added);
  rebuild (self);
  update_actions (self);

  done = adw_toast_new (_("Criteria set imported"));
  if (ntm_import_can_undo (import))
    {
      adw_toast_set_button_label (done, _("_Undo"));
      g_object_set_data (G_OBJECT (done), "ntm-criteria-window", self);
      g_signal_connect_data (done, "button-clicked", G_CALLBACK (on_import_undo_cb),
                             g_object_ref (import), release_import, 0);
    }
  adw_toast_overlay_add_toast (self->toasts, done);
}

static void
on_export_chosen_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(NtmCriteriaWindow) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT && self->database != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path == NULL)
        ntm_form_show_notice (self->notice, self->notice_label, _("Only files on this computer can be written."));
      else
        ntm_criteria_window_export_set (self, path);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
on_export_set_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  NtmCriteriaWindow *self = NTM_CRITERIA_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autofree char *name = NULL;

  if (current_set (self) == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export the Criteria Set"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = g_strdup_printf ("%s.xlsx", current_set (self));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Spreadsheets (XLSX, CSV)"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_finished_cb (NtmJob            *job,
                       NtmCriteriaWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (job), "ntm-path");
  g_autofree char *base = path ? g_path_get_basename (path) : NULL;

  if (ntm_job_get_error (job) == NULL && base != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Set exported to %s"), base);
      toast (self, text);
    }
}

static void
on_selection_changed_cb (NtmCriteriaWindow *self)
{
  rebuild (self);
  if (!self->filling)
    update_actions (self);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
on_save_clicked_cb (NtmCriteriaWindow *self)
{
  ntm_criteria_window_save (self);
}

static void
ntm_criteria_window_dispose (GObject *object)
{
  NtmCriteriaWindow *self = NTM_CRITERIA_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_CRITERIA_WINDOW);
  g_clear_object (&self->sets);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (ntm_criteria_window_parent_class)->dispose (object);
}

static void
ntm_criteria_window_finalize (GObject *object)
{
  NtmCriteriaWindow *self = NTM_CRITERIA_WINDOW (object);

  g_clear_pointer (&self->rows, g_array_unref);
  G_OBJECT_CLASS (ntm_criteria_window_parent_class)->finalize (object);
}

static void
ntm_criteria_window_class_init (NtmCriteriaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_criteria_window_dispose;
  G_OBJECT_CLASS (klass)->finalize = ntm_criteria_window_finalize;

  g_type_ensure (NTM_TYPE_CHOICE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-criteria-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, notice);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, set_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, region_label);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, group_label);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, set_label);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, year_spin);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, content);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "criteria.new-set", NULL, on_new_set_action_cb);
  gtk_widget_class_install_action (widget_class, "criteria.add-criterion", NULL, on_add_criterion_action_cb);
  gtk_widget_class_install_action (widget_class, "criteria.add-indicator", NULL, on_add_indicator_action_cb);
  gtk_widget_class_install_action (widget_class, "criteria.import-set", NULL, on_import_set_action_cb);
  gtk_widget_class_install_action (widget_class, "criteria.export-set", NULL, on_export_set_action_cb);

  ntm_form_class_add_shortcuts (widget_class, (NtmFormSaveFunc) ntm_criteria_window_save);
}

static void
ntm_criteria_window_init (NtmCriteriaWindow *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  self->language = ntm_language_get_default ();
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

NtmCriteriaWindow *
ntm_criteria_window_new (GtkWindow   *parent,
                         NtmDatabase *database,
                         int          year)
{
  NtmCriteriaWindow *self;
  g_autoptr(GListStore) region_choices = ntm_choice_list_new (NULL);
  g_autoptr(GListStore) group_choices = ntm_choice_list_new (NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) regions = NULL;
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  self = g_object_new (NTM_TYPE_CRITERIA_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  gtk_widget_set_sensitive (self->save_button, !ntm_database_is_read_only (database));

  fill_sets (self, NULL);
  for (int g = 1; g <= 3; g++)
    {
      /* Translators: a commune group of Decision 51/2025 */
      g_autofree char *label = g_strdup_printf (_("Group %d"), g);
      ntm_choice_list_append (group_choices, g, NULL, label);
    }
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (group_choices));

  regions = ntm_database_list_regions (database, &names, &error);
  if (regions == NULL)
    show_read_error (self, error);
  for (guint i = 0; regions && regions[i]; i++)
    ntm_choice_list_append (region_choices, NTM_CHOICE_ANY, regions[i], names[i]);
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (region_choices));
  /* Hà Tĩnh's region */
  ntm_drop_down_select_id (self->region_dropdown, "bac-trung-bo");
  gtk_spin_button_set_value (self->year_spin, year);

  self->filling = FALSE;
  rebuild (self);
  update_actions (self);
  return self;
}

void
ntm_criteria_window_show_set (NtmCriteriaWindow *self,
                              const char        *set_code)
{
  g_return_if_fail (NTM_IS_CRITERIA_WINDOW (self));
  ntm_drop_down_select_id (self->set_dropdown, set_code);
}

/**
 * ntm_criteria_window_show_commune_group:
 * @self: a #NtmCriteriaWindow
 * @commune_group: 1, 2 or 3
 *
 * Shows the thresholds of a commune group, for a set whose thresholds are
 * per group (a set by region has no group choice, and is left as it is).
 */
void
ntm_criteria_window_show_commune_group (NtmCriteriaWindow *self,
                                        int                commune_group)
{
  g_return_if_fail (NTM_IS_CRITERIA_WINDOW (self));
  g_return_if_fail (commune_group >= 1 && commune_group <= 3);

  if (gtk_widget_get_visible (GTK_WIDGET (self->group_dropdown)))
    ntm_drop_down_select_value (self->group_dropdown, commune_group);
}

/**
 * ntm_criteria_window_get_threshold_entry:
 * @self: a #NtmCriteriaWindow
 * @indicator_code: an indicator of the set shown
 *
 * Returns: (transfer none) (nullable): its threshold entry
 */
GtkWidget *
ntm_criteria_window_get_threshold_entry (NtmCriteriaWindow *self,
                                         const char        *indicator_code)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_WINDOW (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = &g_array_index (self->rows, Row, i);
      if (g_strcmp0 (ntm_indicator_get_code (ntm_threshold_row_get_indicator (r->row)), indicator_code) == 0)
        return GTK_WIDGET (ntm_threshold_row_get_entry (r->row));
    }
  return NULL;
}

/* Returns: (transfer none) (nullable): the row of an indicator shown */
GtkWidget *
ntm_criteria_window_get_threshold_row (NtmCriteriaWindow *self,
                                       const char        *indicator_code)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_WINDOW (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = &g_array_index (self->rows, Row, i);
      if (g_strcmp0 (ntm_indicator_get_code (ntm_threshold_row_get_indicator (r->row)), indicator_code) == 0)
        return GTK_WIDGET (r->row);
    }
  return NULL;
}

/* Returns: (transfer none): the choice of "set", "region" or "group" */
GtkDropDown *
ntm_criteria_window_get_choice (NtmCriteriaWindow *self,
                                const char        *which)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_WINDOW (self), NULL);

  if (g_str_equal (which, "set")) return self->set_dropdown;
  if (g_str_equal (which, "region")) return self->region_dropdown;
  if (g_str_equal (which, "group")) return self->group_dropdown;
  g_return_val_if_reached (NULL);
}

/* Returns: what is said of the set shown, beneath the choices */
const char *
ntm_criteria_window_get_set_text (NtmCriteriaWindow *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_WINDOW (self), NULL);
  return gtk_label_get_text (self->set_label);
}

/**
 * ntm_criteria_window_save:
 * @self: a #NtmCriteriaWindow
 *
 * Reads every threshold first; writes only when all can be read.
 *
 * Returns: %TRUE when everything was saved
 */
gboolean
ntm_criteria_window_save (NtmCriteriaWindow *self)
{
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr(GError) error = NULL;
  int year;
  gboolean ok = TRUE;
  guint saved = 0;
  NtmCriteriaSet *set;
  int group;

  g_return_val_if_fail (NTM_IS_CRITERIA_WINDOW (self), FALSE);

  if (ntm_database_is_read_only (self->database))
    return FALSE;
  year = gtk_spin_button_get_value_as_int (self->year_spin);
  set = find_set (self, current_set (self));
  group = current_group (self);

  g_array_set_size (values, self->rows->len);
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = &g_array_index (self->rows, Row, i);
      GtkEntry *entry = ntm_threshold_row_get_entry (r->row);
      NtmIndicator *indicator = ntm_threshold_row_get_indicator (r->row);
      g_autoptr(GError) parse_error = NULL;
      const char *text;
      double v = NAN;

      g_array_index (values, double, i) = NAN;
      if (entry == NULL)
        continue;
      text = gtk_editable_get_text (GTK_EDITABLE (entry));
      if (text[strspn (text, " ")] != '\0' &&
          !ntm_number_parse (text, self->language,
                             ntm_indicator_get_kind (indicator) == NTM_INDICATOR_PERCENT ? NTM_NUMBER_FLAGS_PERCENT : 0,
                             &v, &parse_error))
        {
          ntm_threshold_row_set_problem (r->row, parse_error->message);
          if (ok)
            gtk_widget_grab_focus (GTK_WIDGET (entry));
          ok = FALSE;
          continue;
        }
      ntm_threshold_row_set_problem (r->row, NULL);
      g_array_index (values, double, i) = v;
    }

  if (!ok)
    {
      ntm_form_show_notice (self->notice, self->notice_label,
                            _("Nothing was saved: correct the fields marked in red first."));
      return FALSE;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = &g_array_index (self->rows, Row, i);
      NtmIndicator *indicator = ntm_threshold_row_get_indicator (r->row);
      double v = g_array_index (values, double, i);
      const char *name = ntm_threshold_row_get_name (r->row);
      const char *unit = ntm_threshold_row_get_unit (r->row);
      NtmComparison comparison = ntm_threshold_row_get_comparison (r->row);

      if (g_strcmp0 (name, ntm_indicator_get_name (indicator)) != 0 ||
          g_strcmp0 (unit, ntm_indicator_get_unit (indicator)) != 0 ||
          comparison != ntm_indicator_get_comparison (indicator))
        {
          if (!ntm_database_update_indicator (self->database, ntm_indicator_get_id (indicator), name, unit,
                                              comparison, &error))
            break;
          saved++;
        }

      if (ntm_threshold_row_get_entry (r->row) == NULL || (isnan (v) && !r->had_value) ||
          (!isnan (v) && r->had_value && v == r->value))
        continue;
      if (group > 0)
        {
          if (!ntm_database_set_group_threshold (self->database, ntm_indicator_get_id (indicator), group,
                                                 ntm_criteria_set_get_year_from (set),
                                                 ntm_criteria_set_get_year_to (set),
                                                 !isnan (v), isnan (v) ? 0 : v, &error))
            break;
        }
      else if (!ntm_database_set_threshold (self->database, ntm_indicator_get_id (indicator),
                                            current_region (self), year, !isnan (v), isnan (v) ? 0 : v, NULL, &error))
        break;
      saved++;
    }

  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Not saved: %s"), error->message);
      rebuild (self);
      ntm_form_show_notice (self->notice, self->notice_label, text);
      return FALSE;
    }

  ntm_form_show_notice (self->notice, self->notice_label, NULL);

  if (saved > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u change saved", "%u changes saved", saved), saved);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
    }
  rebuild (self);
  return TRUE;
}

/**
 * ntm_criteria_window_new_set:
 * @self: a #NtmCriteriaWindow
 *
 * Asks for a new set (as New Set… does); the set made is then shown.
 *
 * Returns: (transfer none): the dialog, presented
 */
NtmCriteriaSetDialog *
ntm_criteria_window_new_set (NtmCriteriaWindow *self)
{
  NtmCriteriaSetDialog *dialog;

  g_return_val_if_fail (NTM_IS_CRITERIA_WINDOW (self), NULL);

  dialog = ntm_criteria_set_dialog_new (GTK_WINDOW (self), self->database);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_set_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * ntm_criteria_window_add_criterion:
 * @self: a #NtmCriteriaWindow
 *
 * Asks for a criterion of the set shown (as Add Criterion… does).
 *
 * Returns: (transfer none) (nullable): the dialog, presented; %NULL when
 *   no set is shown
 */
NtmCriterionDialog *
ntm_criteria_window_add_criterion (NtmCriteriaWindow *self)
{
  NtmCriterionDialog *dialog;

  g_return_val_if_fail (NTM_IS_CRITERIA_WINDOW (self), NULL);

  if (current_set (self) == NULL)
    return NULL;
  dialog = ntm_criterion_dialog_new (GTK_WINDOW (self), self->database, current_set (self));
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_criterion_added_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * ntm_criteria_window_add_indicator:
 * @self: a #NtmCriteriaWindow
 *
 * Asks for an indicator of a criterion of the set shown (as Add
 * Indicator… does); a set without criteria gets a notice instead.
 *
 * Returns: (transfer none) (nullable): the dialog, presented, or %NULL
 */
NtmIndicatorDialog *
ntm_criteria_window_add_indicator (NtmCriteriaWindow *self)
{
  g_autoptr(GError) error = NULL;
  NtmIndicatorDialog *dialog;

  g_return_val_if_fail (NTM_IS_CRITERIA_WINDOW (self), NULL);

  if (current_set (self) == NULL)
    return NULL;
  dialog = ntm_indicator_dialog_new (GTK_WINDOW (self), self->database, current_set (self), &error);
  if (dialog == NULL)
    {
      ntm_form_show_notice (self->notice, self->notice_label, error->message);
      return NULL;
    }
  ntm_form_show_notice (self->notice, self->notice_label, NULL);
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_indicator_added_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * ntm_criteria_window_import_set:
 * @self: a #NtmCriteriaWindow
 * @file: (nullable): the spreadsheet, or %NULL to ask for it
 *
 * Opens the import flow of Import Data on a criteria-set spreadsheet (one
 * row per indicator): its preview, then Import writes it; the set it made
 * is then shown, with Undo in a toast.
 *
 * Returns: (transfer none): the import window, presented
 */
NtmImportWindow *
ntm_criteria_window_import_set (NtmCriteriaWindow *self,
                                GFile             *file)
{
  NtmImportWindow *import;

  g_return_val_if_fail (NTM_IS_CRITERIA_WINDOW (self), NULL);

  import = ntm_import_window_new (GTK_WINDOW (self), self->database,
                                  gtk_spin_button_get_value_as_int (self->year_spin));
  gtk_window_set_modal (GTK_WINDOW (import), TRUE);
  g_signal_connect_object (import, "committed", G_CALLBACK (on_import_committed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (import));
  if (file != NULL)
    ntm_import_window_open_file (import, file);
  else
    ntm_import_window_choose_file (import);
  return import;
}

/**
 * ntm_criteria_window_export_set:
 * @self: a #NtmCriteriaWindow
 * @path: the file to write: XLSX, or CSV by a ".csv" ending
 *
 * Writes the set shown, one row per indicator with the thresholds of each
 * commune group (the "criteria-set" list), in a job; a toast tells the
 * outcome, an error dialog a failure.
 *
 * Returns: (transfer none) (nullable): the job, alive while it runs;
 *   %NULL when no set is shown or it cannot be read (the notice says so)
 */
NtmJob *
ntm_criteria_window_export_set (NtmCriteriaWindow *self,
                                const char        *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmTable) table = NULL;
  NtmJob *job;

  g_return_val_if_fail (NTM_IS_CRITERIA_WINDOW (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (current_set (self) == NULL)
    return NULL;
  table = ntm_database_export_list_for_set (self->database, "criteria-set", 0, current_set (self), &error);
  if (table == NULL)
    {
      show_read_error (self, error);
      return NULL;
    }
  job = ntm_list_export_start_table (GTK_WIDGET (self), table, path);
  g_object_set_data_full (G_OBJECT (job), "ntm-path", g_strdup (path), g_free);
  g_signal_connect_object (job, "finished", G_CALLBACK (on_export_finished_cb), self, 0);
  return job;
}
