/* ntm-criteria-window.c: a criteria set's indicators and thresholds
 *
 * Thresholds are data: for a set, a region and a year, every indicator is
 * listed with the threshold that applies (empty while not known, as many
 * are seeded), and its name, unit and comparison (an NtmThresholdRow
 * each, in a group per criterion). Nothing is written while a threshold
 * cannot be read: the notice at the top of the window says so. The frame
 * is ntm-criteria-window.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ntm-choice.h"
#include "ntm-criteria.h"
#include "ntm-criteria-window.h"
#include "ntm-criteria-window-private.h"
#include "ntm-criterion-group.h"
#include "ntm-error.h"
#include "ntm-form.h"
#include "ntm-number.h"
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
  GtkDropDown       *region_dropdown;
  GtkSpinButton     *year_spin;
  GtkBox            *content;

  NtmDatabase       *database;
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

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  g_array_set_size (self->rows, 0);

  if (set_code == NULL || self->filling)
    return;

  criteria = ntm_database_list_criteria (self->database, set_code, &error);
  if (criteria == NULL)
    {
      show_read_error (self, error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(NtmCriterion) c = g_list_model_get_item (criteria, i);
      g_autoptr(GListModel) indicators = NULL;
      g_autofree char *title = g_strdup_printf (_("%s. %s"), ntm_criterion_get_number (c), ntm_criterion_get_name (c));
      GtkWidget *group = ntm_criterion_group_new (title);

      gtk_box_append (self->content, group);
      indicators = ntm_database_list_indicators (self->database, ntm_criterion_get_id (c), &error);
      if (indicators == NULL)
        {
          show_read_error (self, error);
          return;
        }

      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(NtmIndicator) indicator = g_list_model_get_item (indicators, j);
          g_autoptr(NtmThreshold) t = NULL;
          g_autofree char *subtitle = NULL;
          Row r = { 0 };

          r.row = NTM_THRESHOLD_ROW (ntm_threshold_row_new (indicator));
          if (ntm_indicator_get_kind (indicator) == NTM_INDICATOR_BOOLEAN)
            subtitle = g_strdup (_("Yes or no: no threshold"));
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
              if (r.had_value)
                {
                  g_autofree char *text = ntm_number_format (r.value, 6, self->language);
                  gtk_editable_set_text (GTK_EDITABLE (ntm_threshold_row_get_entry (r.row)), text);
                }
            }
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (r.row), subtitle);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (r.row));
          g_array_append_val (self->rows, r);
        }
    }
}

static void
on_selection_changed_cb (NtmCriteriaWindow *self)
{
  rebuild (self);
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
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, year_spin);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaWindow, content);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

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
  g_autoptr(GListStore) set_choices = ntm_choice_list_new (NULL);
  g_autoptr(GListStore) region_choices = ntm_choice_list_new (NULL);
  g_autoptr(GListModel) sets = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) regions = NULL;
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  self = g_object_new (NTM_TYPE_CRITERIA_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  gtk_widget_set_sensitive (self->save_button, !ntm_database_is_read_only (database));

  sets = ntm_database_list_criteria_sets (database, &error);
  if (sets == NULL)
    show_read_error (self, error);
  for (guint i = 0; sets && i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, i);
      ntm_choice_list_append (set_choices, NTM_CHOICE_ANY, ntm_criteria_set_get_code (set),
                              ntm_criteria_set_get_name (set));
    }
  gtk_drop_down_set_model (self->set_dropdown, G_LIST_MODEL (set_choices));

  g_clear_error (&error);
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
  int year = gtk_spin_button_get_value_as_int (self->year_spin);
  gboolean ok = TRUE;
  guint saved = 0;

  g_return_val_if_fail (NTM_IS_CRITERIA_WINDOW (self), FALSE);

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
      if (!ntm_database_set_threshold (self->database, ntm_indicator_get_id (indicator),
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
