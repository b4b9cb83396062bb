/* ntm-criteria-window.c: a criteria set's indicators and thresholds
 *
 * Thresholds are data: for a set, a region and a year, every indicator is
 * listed with the threshold that applies (empty while not known, as many
 * are seeded), and its name, unit and comparison. Nothing is written while
 * a threshold cannot be read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ntm-criteria.h"
#include "ntm-criteria-window.h"
#include "ntm-form.h"
#include "ntm-number.h"
#include "ntm-threshold.h"

typedef struct {
  NtmIndicator *indicator;
  GtkEntry     *threshold;
  GtkLabel     *error;
  AdwEntryRow  *name;
  AdwEntryRow  *unit;
  AdwComboRow  *comparison;
  gboolean      had_value;
  double        value;
} Row;

struct _NtmCriteriaWindow
{
  AdwWindow          parent_instance;

  AdwToastOverlay   *toasts;
  GtkDropDown       *set_dropdown;
  GtkDropDown       *region_dropdown;
  GtkSpinButton     *year_spin;
  GtkBox            *content;

  NtmDatabase       *database;
  GListModel        *sets;
  char             **regions;
  NtmLanguage        language;
  GArray            *rows;   /* of Row */
};

G_DEFINE_FINAL_TYPE (NtmCriteriaWindow, ntm_criteria_window, ADW_TYPE_WINDOW)

static const char * const comparison_labels[] = { "≥", ">", "≤", "<", "=" };

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
row_clear (gpointer data)
{
  Row *r = data;

  g_clear_object (&r->indicator);
}

static const char *
current_set (NtmCriteriaWindow *self)
{
  g_autoptr(NtmCriteriaSet) set = NULL;
  guint selected = gtk_drop_down_get_selected (self->set_dropdown);

  if (self->sets == NULL || selected >= g_list_model_get_n_items (self->sets))
    return NULL;
  set = g_list_model_get_item (self->sets, selected);
  return g_intern_string (ntm_criteria_set_get_code (set));
}

static const char *
current_region (NtmCriteriaWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->region_dropdown);

  return self->regions && selected < g_strv_length (self->regions) ? self->regions[selected] : NULL;
}

static void
rebuild (NtmCriteriaWindow *self)
{
  g_autoptr(GListModel) criteria = NULL;
  const char *set_code = current_set (self);
  const char *region = current_region (self);
  int year = gtk_spin_button_get_value_as_int (self->year_spin);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  g_array_set_size (self->rows, 0);

  if (set_code == NULL)
    return;

  criteria = ntm_database_list_criteria (self->database, set_code, NULL);
  for (guint i = 0; criteria && i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(NtmCriterion) c = g_list_model_get_item (criteria, i);
      g_autoptr(GListModel) indicators = ntm_database_list_indicators (self->database, ntm_criterion_get_id (c), NULL);
      g_autofree char *title = g_strdup_printf (_("%s. %s"), ntm_criterion_get_number (c), ntm_criterion_get_name (c));
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      gtk_box_append (self->content, group);

      for (guint j = 0; indicators && j < g_list_model_get_n_items (indicators); j++)
        {
          Row r = { 0 };
          g_autoptr(NtmThreshold) t = NULL;
          g_autofree char *row_title = NULL;
          g_autofree char *subtitle = NULL;
          GtkWidget *expander, *suffix, *vbox;
          NtmIndicatorKind kind;

          r.indicator = g_list_model_get_item (indicators, j);
          kind = ntm_indicator_get_kind (r.indicator);
          expander = adw_expander_row_new ();
          row_title = g_strdup_printf ("%s  %s", ntm_indicator_get_code (r.indicator), ntm_indicator_get_name (r.indicator));
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), row_title);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);

          suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
          gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
          if (kind == NTM_INDICATOR_BOOLEAN)
            {
              subtitle = g_strdup (_("Yes or no: no threshold"));
              gtk_box_append (GTK_BOX (suffix), gtk_label_new (_("Yes/no")));
            }
          else
            {
              GtkWidget *unit = gtk_label_new (kind == NTM_INDICATOR_PERCENT ? "%" : ntm_indicator_get_unit (r.indicator));
              GtkWidget *sign = gtk_label_new (comparison_labels[ntm_indicator_get_comparison (r.indicator)]);

              t = ntm_database_get_threshold (self->database, ntm_indicator_get_id (r.indicator), region, year, NULL);
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

              vbox = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
              r.threshold = GTK_ENTRY (gtk_entry_new ());
              gtk_editable_set_width_chars (GTK_EDITABLE (r.threshold), 8);
              gtk_entry_set_alignment (r.threshold, 1.0);
              gtk_entry_set_placeholder_text (r.threshold, _("not known"));
              gtk_accessible_update_property (GTK_ACCESSIBLE (r.threshold), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              row_title, -1);
              if (r.had_value)
                {
                  g_autofree char *text = ntm_number_format (r.value, 6, self->language);
                  gtk_editable_set_text (GTK_EDITABLE (r.threshold), text);
                }
              r.error = GTK_LABEL (gtk_label_new (NULL));
              gtk_widget_add_css_class (GTK_WIDGET (r.error), "error");
              gtk_widget_add_css_class (GTK_WIDGET (r.error), "caption");
              gtk_label_set_wrap (r.error, TRUE);
              gtk_label_set_max_width_chars (r.error, 30);
              gtk_widget_set_visible (GTK_WIDGET (r.error), FALSE);
              gtk_box_append (GTK_BOX (vbox), GTK_WIDGET (r.threshold));
              gtk_box_append (GTK_BOX (vbox), GTK_WIDGET (r.error));
              gtk_box_append (GTK_BOX (suffix), sign);
              gtk_box_append (GTK_BOX (suffix), vbox);
              gtk_widget_add_css_class (unit, "dim-label");
              gtk_label_set_max_width_chars (GTK_LABEL (unit), 14);
              gtk_label_set_ellipsize (GTK_LABEL (unit), PANGO_ELLIPSIZE_END);
              gtk_box_append (GTK_BOX (suffix), unit);
            }
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
          adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), suffix);

          r.name = ADW_ENTRY_ROW (adw_entry_row_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r.name), _("_Name"));
          adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (r.name), TRUE);
          gtk_editable_set_text (GTK_EDITABLE (r.name), ntm_indicator_get_name (r.indicator));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), GTK_WIDGET (r.name));
          r.unit = ADW_ENTRY_ROW (adw_entry_row_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r.unit), _("_Unit"));
          adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (r.unit), TRUE);
          gtk_editable_set_text (GTK_EDITABLE (r.unit), ntm_indicator_get_unit (r.indicator));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), GTK_WIDGET (r.unit));
          r.comparison = ADW_COMBO_ROW (adw_combo_row_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r.comparison), _("_Comparison with the threshold"));
          adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (r.comparison), TRUE);
          {
            g_autoptr(GtkStringList) list = gtk_string_list_new ((const char * const[]) {
              _("at least (≥)"), _("more than (>)"), _("at most (≤)"), _("less than (<)"), _("equal to (=)"), NULL });
            adw_combo_row_set_model (r.comparison, G_LIST_MODEL (list));
          }
          adw_combo_row_set_selected (r.comparison, ntm_indicator_get_comparison (r.indicator));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), GTK_WIDGET (r.comparison));

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
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
ntm_criteria_window_dispose (GObject *object)
{
  NtmCriteriaWindow *self = NTM_CRITERIA_WINDOW (object);

  g_clear_object (&self->database);
  g_clear_object (&self->sets);
  G_OBJECT_CLASS (ntm_criteria_window_parent_class)->dispose (object);
}

static void
ntm_criteria_window_finalize (GObject *object)
{
  NtmCriteriaWindow *self = NTM_CRITERIA_WINDOW (object);

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->regions, g_strfreev);
  G_OBJECT_CLASS (ntm_criteria_window_parent_class)->finalize (object);
}

static void
ntm_criteria_window_class_init (NtmCriteriaWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ntm_criteria_window_dispose;
  G_OBJECT_CLASS (klass)->finalize = ntm_criteria_window_finalize;
  ntm_form_class_add_shortcuts (GTK_WIDGET_CLASS (klass), (NtmFormSaveFunc) ntm_criteria_window_save);
}

static void
ntm_criteria_window_init (NtmCriteriaWindow *self)
{
  GtkWidget *box, *header, *bar, *scrolled, *clamp, *save, *label;

  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  self->language = ntm_language_get_default ();
  gtk_window_set_title (GTK_WINDOW (self), _("Criteria and thresholds"));
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 760);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (ntm_criteria_window_save), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 8);
  gtk_widget_set_margin_bottom (bar, 8);
  self->set_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->set_dropdown), TRUE);
  label = gtk_label_new_with_mnemonic (_("Criteria _set"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->set_dropdown));
  gtk_box_append (GTK_BOX (bar), label);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->set_dropdown));
  self->region_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  label = gtk_label_new_with_mnemonic (_("_Region"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->region_dropdown));
  gtk_box_append (GTK_BOX (bar), label);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->region_dropdown));
  self->year_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (2000, 2100, 1));
  label = gtk_label_new_with_mnemonic (_("_Year"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->year_spin));
  gtk_box_append (GTK_BOX (bar), label);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->year_spin));
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_margin_top (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self->content), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->content), 12);
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

NtmCriteriaWindow *
ntm_criteria_window_new (GtkWindow   *parent,
                         NtmDatabase *database,
                         int          year)
{
  NtmCriteriaWindow *self;
  g_autoptr(GtkStringList) set_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) region_names = gtk_string_list_new (NULL);
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  self = g_object_new (NTM_TYPE_CRITERIA_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->sets = ntm_database_list_criteria_sets (database, NULL);
  for (guint i = 0; self->sets && i < g_list_model_get_n_items (self->sets); i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (self->sets, i);
      gtk_string_list_append (set_names, ntm_criteria_set_get_name (set));
    }
  gtk_drop_down_set_model (self->set_dropdown, G_LIST_MODEL (set_names));

  self->regions = ntm_database_list_regions (database, &names, NULL);
  for (guint i = 0; names && names[i]; i++)
    gtk_string_list_append (region_names, names[i]);
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (region_names));
  for (guint i = 0; self->regions && self->regions[i]; i++)
    if (g_str_equal (self->regions[i], "bac-trung-bo"))
      gtk_drop_down_set_selected (self->region_dropdown, i);
  gtk_spin_button_set_value (self->year_spin, year);

  rebuild (self);
  g_signal_connect_swapped (self->set_dropdown, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->region_dropdown, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->year_spin, "value-changed", G_CALLBACK (on_selection_changed_cb), self);
  return self;
}

void
ntm_criteria_window_show_set (NtmCriteriaWindow *self,
                              const char        *set_code)
{
  g_return_if_fail (NTM_IS_CRITERIA_WINDOW (self));

  for (guint i = 0; self->sets && i < g_list_model_get_n_items (self->sets); i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (self->sets, i);
      if (g_strcmp0 (ntm_criteria_set_get_code (set), set_code) == 0)
        gtk_drop_down_set_selected (self->set_dropdown, i);
    }
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
      if (g_strcmp0 (ntm_indicator_get_code (r->indicator), indicator_code) == 0)
        return r->threshold ? GTK_WIDGET (r->threshold) : NULL;
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
      g_autoptr(GError) parse_error = NULL;
      const char *text;
      double v = NAN;

      if (r->threshold == NULL)
        continue;
      text = gtk_editable_get_text (GTK_EDITABLE (r->threshold));
      if (text[strspn (text, " ")] != '\0' &&
          !ntm_number_parse (text, self->language,
                             ntm_indicator_get_kind (r->indicator) == NTM_INDICATOR_PERCENT ? NTM_NUMBER_FLAGS_PERCENT : 0,
                             &v, &parse_error))
        {
          gtk_label_set_label (r->error, parse_error->message);
          gtk_widget_set_visible (GTK_WIDGET (r->error), TRUE);
          gtk_widget_add_css_class (GTK_WIDGET (r->threshold), "error");
          if (ok)
            gtk_widget_grab_focus (GTK_WIDGET (r->threshold));
          ok = FALSE;
          continue;
        }
      gtk_widget_set_visible (GTK_WIDGET (r->error), FALSE);
      gtk_widget_remove_css_class (GTK_WIDGET (r->threshold), "error");
      g_array_index (values, double, i) = v;
    }

  if (!ok)
    {
      adw_toast_overlay_add_toast (self->toasts,
                                   adw_toast_new (_("Nothing was saved: correct the fields marked in red first.")));
      return FALSE;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = &g_array_index (self->rows, Row, i);
      double v = g_array_index (values, double, i);
      const char *name = gtk_editable_get_text (GTK_EDITABLE (r->name));
      const char *unit = gtk_editable_get_text (GTK_EDITABLE (r->unit));
      NtmComparison comparison = adw_combo_row_get_selected (r->comparison);

      if (g_strcmp0 (name, ntm_indicator_get_name (r->indicator)) != 0 ||
          g_strcmp0 (unit, ntm_indicator_get_unit (r->indicator)) != 0 ||
          comparison != ntm_indicator_get_comparison (r->indicator))
        {
          if (!ntm_database_update_indicator (self->database, ntm_indicator_get_id (r->indicator), name, unit,
                                              comparison, &error))
            break;
          saved++;
        }

      if (r->threshold == NULL || (isnan (v) && !r->had_value) || (!isnan (v) && r->had_value && v == r->value))
        continue;
      if (!ntm_database_set_threshold (self->database, ntm_indicator_get_id (r->indicator),
                                       current_region (self), year, !isnan (v), isnan (v) ? 0 : v, NULL, &error))
        break;
      saved++;
    }

  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Not saved: %s"), error->message);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
      rebuild (self);
      return FALSE;
    }

  if (saved > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u change saved", "%u changes saved", saved), saved);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
    }
  rebuild (self);
  return TRUE;
}
