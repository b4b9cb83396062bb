/* ntm-map-page.c: the Map view
 *
 * The province's communes, or its districts, coloured by what the
 * committee asks about, a district filter that dims the rest, a search
 * that flies to a unit, a side panel with the unit's levels and missing
 * criteria, boundary import with a report before anything is written,
 * export to PNG or PDF, a presentation mode for the meeting room (F11),
 * the change of level since another year, and that year's map beside
 * this one's; labels made larger or smaller with Ctrl +/−/0.
 * The layout is in ntm-map-page.ui; the view's actions are in its bottom
 * bar.
 *
 * What is read again depends on what changed: the boundaries only for a
 * new database or when they change; the units of the year and its
 * evaluation for another year or when the data they rest on changes; the colours (a new
 * classification) for another mode, layer or evaluation. A map that cannot
 * be read shows why instead of an empty map.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ntm-boundary-import.h"
#include "ntm-choice.h"
#include "ntm-classification.h"
#include "ntm-core-enums.h"
#include "ntm-criteria.h"
#include "ntm-error.h"
#include "ntm-evaluation.h"
#include "ntm-info-row.h"
#include "ntm-level-style.h"
#include "ntm-map-export-job.h"
#include "ntm-map-page-private.h"
#include "ntm-unit.h"
#include "ntm-window.h"

struct _NtmMapPage
{
  NtmPage            parent_instance;

  /* template widgets */
  GtkWidget         *box;
  GtkRevealer       *toolbar_revealer;
  GtkWidget         *layer_box;
  GtkDropDown       *mode_dropdown;
  GtkDropDown       *indicator_dropdown;
  GtkDropDown       *district_dropdown;
  GtkSearchEntry    *search_entry;
  GtkStack          *stack;
  NtmMapView        *map_view;
  NtmMapView        *compare_view;
  GtkWidget         *compare_separator;
  GtkSpinButton     *since_spin;
  AdwStatusPage     *error_page;
  GtkRevealer       *panel_revealer;
  GtkLabel          *panel_title;
  GtkLabel          *panel_subtitle;
  GtkLabel          *recognised_badge;
  GtkLabel          *computed_badge;
  GtkLabel          *tally_label;
  GtkWidget         *communes_heading;
  GtkLabel          *communes_label;
  GtkLabel          *no_data_label;
  GtkLabel          *not_met_empty;
  GtkListBox        *not_met_list;
  GtkButton         *open_button;
  GtkActionBar      *action_bar;
  GtkLabel          *status_label;

  NtmEvaluation     *evaluation;
  GListModel        *units;
  GListStore        *commune_level;
  GSettings         *settings;
  GSimpleActionGroup *actions;
  NtmUnitLayer       layer;
  char              *panel_unit;
  char              *last_query;
  guint              search_index;
  gboolean           presentation;
  gboolean           side_by_side;
  gboolean           loading;
  gboolean           has_districts;    /* the year shown has district-level units */

  /* what was read, for the tests (ntm-map-page-private.h) */
  guint              n_unit_reads;
  guint              n_evaluations;
  guint              n_classifications;

  NtmBoundaryImport *import;           /* the last one started */
};

G_DEFINE_FINAL_TYPE (NtmMapPage, ntm_map_page, NTM_TYPE_PAGE)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static NtmDatabase *
get_database (NtmMapPage *self)
{
  return ntm_page_get_database (NTM_PAGE (self));
}

static int
get_year (NtmMapPage *self)
{
  return ntm_page_get_year (NTM_PAGE (self));
}

static void
toast (NtmMapPage *self,
       const char *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (NTM_IS_WINDOW (root))
    ntm_window_add_toast (NTM_WINDOW (root), adw_toast_new (text));
}

/* The map cannot be shown: say why, in place of the map. */
static void
show_failure (NtmMapPage   *self,
              const GError *error)
{
  g_autofree char *message = ntm_error_describe_read (error);

  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_revealer_set_reveal_child (self->panel_revealer, FALSE);
  gtk_label_set_label (self->status_label, "");
}

static NtmUnit *
find_unit (NtmMapPage *self,
           const char *code)
{
  for (guint i = 0; self->units && i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);
      if (g_strcmp0 (ntm_unit_get_code (unit), code) == 0)
        return g_steal_pointer (&unit);
    }
  return NULL;
}

/* What the colours show, as map-mode stores it: a mode's nick, or
 * "indicator:SET:CODE". */
static char *
current_mode_text (NtmMapPage *self)
{
  NtmChoice *mode = ntm_drop_down_get_choice (self->mode_dropdown);

  if (mode == NULL)
    return g_strdup ("level");
  if (ntm_choice_get_value (mode) == NTM_MAP_MODE_INDICATOR)
    {
      const char *indicator = ntm_drop_down_get_id (self->indicator_dropdown);

      if (indicator == NULL)
        return g_strdup ("level");
      return g_strdup_printf ("indicator:%s", indicator);
    }
  return g_strdup (ntm_choice_get_id (mode));
}

static void
update_status (NtmMapPage *self)
{
  NtmMapRenderer *renderer = ntm_map_view_get_renderer (self->map_view);
  guint n = ntm_map_renderer_get_n_units (renderer);
  guint shapes = ntm_map_renderer_get_n_shapes (renderer);
  g_autofree char *text = NULL;

  if (self->layer == NTM_UNIT_LAYER_DISTRICTS)
    {
      if (shapes == 0)
        text = g_strdup_printf (ngettext ("%u district, town or city, shown at its location (no district boundaries imported)",
                                          "%u districts, towns and cities, shown at their locations (no district boundaries imported)",
                                          n), n);
      else
        text = g_strdup_printf (ngettext ("%u district, town or city, %u with a boundary",
                                          "%u districts, towns and cities, %u with a boundary", n), n, shapes);
      gtk_label_set_label (self->status_label, text);
      return;
    }

  if (shapes == 0)
    text = g_strdup_printf (ngettext ("%u unit, shown at its location (no boundaries imported)",
                                      "%u units, shown at their locations (no boundaries imported)", n), n);
  else
    text = g_strdup_printf (ngettext ("%u unit, %u with a boundary", "%u units, %u with a boundary", n), n, shapes);
  gtk_label_set_label (self->status_label, text);
}

/* The year compared with: the one chosen, or the year before. */
static int
get_since_year (NtmMapPage *self)
{
  int since = g_settings_get_int (self->settings, "map-compare-year");

  if (since < 2000 || since >= get_year (self))
    since = get_year (self) - 1;
  return since;
}

/* The map of the year compared with, beside this year's: the same layer
 * and the same colours (by level when this one shows the change), its
 * own legend and counts, each under its year. Both move together. */
static void
update_compare_view (NtmMapPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmEvaluation) evaluation = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(NtmClassification) classification = NULL;
  g_autofree char *mode_text = NULL;
  g_autofree char *indicator = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *since_caption = NULL;
  NtmMapMode mode = NTM_MAP_MODE_LEVEL;
  int since = get_since_year (self);

  gtk_widget_set_visible (GTK_WIDGET (self->compare_view), self->side_by_side);
  gtk_widget_set_visible (self->compare_separator, self->side_by_side);
  gtk_widget_set_visible (GTK_WIDGET (self->since_spin),
                          self->side_by_side ||
                          ntm_drop_down_get_value (self->mode_dropdown) == NTM_MAP_MODE_CHANGE);
  if (!self->side_by_side || get_database (self) == NULL)
    {
      ntm_map_view_set_caption (self->map_view, NULL);
      return;
    }

  caption = g_strdup_printf ("%d", get_year (self));
  since_caption = g_strdup_printf ("%d", since);
  ntm_map_view_set_caption (self->map_view, caption);
  ntm_map_view_set_caption (self->compare_view, since_caption);

  if (!ntm_map_view_load (self->compare_view, get_database (self), &error))
    {
      g_autofree char *message = ntm_error_describe_read (error);
      toast (self, message);
      return;
    }
  ntm_map_view_set_year (self->compare_view, since);
  ntm_map_view_set_layer (self->compare_view, self->layer);
  ntm_map_view_set_district_filter (self->compare_view, ntm_drop_down_get_id (self->district_dropdown));
  ntm_map_view_set_presentation (self->compare_view, self->presentation,
                                 g_settings_get_double (self->settings, "map-label-scale"));

  /* the change is shown beside the levels of the year compared with */
  mode_text = current_mode_text (self);
  if (!ntm_map_mode_parse (mode_text, &mode, &indicator, NULL) || mode == NTM_MAP_MODE_CHANGE)
    mode = NTM_MAP_MODE_LEVEL;
  evaluation = ntm_evaluation_new (get_database (self), since, &error);
  if (evaluation != NULL)
    units = ntm_database_list_units_in_year (get_database (self), since, &error);
  if (units != NULL)
    classification = ntm_classification_new_for_layer (get_database (self), evaluation, units, self->layer,
                                                       mode, indicator, &error);
  if (classification == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      toast (self, message);
      return;
    }
  ntm_map_view_set_classification (self->compare_view, classification);
}

/* The colours: a new classification of the units read, for the mode and
 * layer chosen. */
static void
classify (NtmMapPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmClassification) classification = NULL;
  g_autofree char *mode_text = NULL;
  g_autofree char *indicator = NULL;
  g_autofree char *saved = NULL;
  NtmMapMode mode;

  if (get_database (self) == NULL || self->evaluation == NULL || self->units == NULL || self->loading)
    return;

  mode_text = current_mode_text (self);
  if (!ntm_map_mode_parse (mode_text, &mode, &indicator, &error))
    {
      /* the choices offered are the modes there are: this is a bug */
      g_critical ("%s", error->message);
      return;
    }
  if (!ntm_unit_layer_supports_mode (self->layer, mode))
    {
      /* indicators and groups are the communes': show the districts by
       * level, and say so */
      toast (self, mode == NTM_MAP_MODE_GROUP
                   ? _("Only communes have a commune group: the districts are shown by their recognised level.")
                   : _("Indicators are measured in communes, wards and townships: the districts are shown by their recognised level."));
      ntm_drop_down_select_value (self->mode_dropdown, NTM_MAP_MODE_LEVEL);
      return;
    }
  self->n_classifications++;
  if (mode == NTM_MAP_MODE_CHANGE)
    classification = ntm_classification_new_change (get_database (self), self->evaluation, self->units,
                                                    self->layer, get_since_year (self), &error);
  else
    classification = ntm_classification_new_for_layer (get_database (self), self->evaluation, self->units,
                                                       self->layer, mode, indicator, &error);
  if (classification == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      toast (self, message);
      return;
    }
  ntm_map_view_set_classification (self->map_view, classification);
  saved = g_settings_get_string (self->settings, "map-mode");
  if (g_strcmp0 (saved, mode_text) != 0)
    g_settings_set_string (self->settings, "map-mode", mode_text);
  update_compare_view (self);
}

/* The indicators of the commune NTM set that applies in the year, for the
 * indicator mode. */
static gboolean
fill_indicators (NtmMapPage  *self,
                 GError     **error)
{
  g_autoptr(GListModel) sets = NULL;
  g_autoptr(GListStore) choices = ntm_choice_list_new (NULL);
  g_autofree char *chosen = g_strdup (ntm_drop_down_get_id (self->indicator_dropdown));

  sets = ntm_database_list_criteria_sets (get_database (self), error);
  if (sets == NULL)
    return FALSE;
  for (guint s = 0; s < g_list_model_get_n_items (sets); s++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, s);
      g_autoptr(GListModel) criteria = NULL;

      if (!ntm_criteria_set_applies (set, NTM_UNIT_KIND_COMMUNE, get_year (self)) ||
          ntm_criteria_set_get_level (set) != NTM_LEVEL_NTM)
        continue;
      criteria = ntm_database_list_criteria (get_database (self), ntm_criteria_set_get_code (set), error);
      if (criteria == NULL)
        return FALSE;
      for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
        {
          g_autoptr(NtmCriterion) criterion = g_list_model_get_item (criteria, c);
          g_autoptr(GListModel) indicators = ntm_database_list_indicators (get_database (self),
                                                                           ntm_criterion_get_id (criterion), error);

          if (indicators == NULL)
            return FALSE;
          for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
            {
              g_autoptr(NtmIndicator) indicator = g_list_model_get_item (indicators, i);
              g_autofree char *label = g_strdup_printf ("%s %s", ntm_indicator_get_code (indicator),
                                                        ntm_indicator_get_name (indicator));
              g_autofree char *id = g_strdup_printf ("%s:%s", ntm_criteria_set_get_code (set),
                                                     ntm_indicator_get_code (indicator));

              ntm_choice_list_append (choices, NTM_CHOICE_ANY, id, label);
            }
        }
      break;
    }

  self->loading = TRUE;
  gtk_drop_down_set_model (self->indicator_dropdown, G_LIST_MODEL (choices));
  if (chosen != NULL)
    ntm_drop_down_select_id (self->indicator_dropdown, chosen);
  self->loading = FALSE;
  return TRUE;
}

static void show_panel (NtmMapPage *self, const char *code);
static void apply_layer (NtmMapPage *self, NtmUnitLayer layer, gboolean remember);

/* The districts of the year for the filter, the district chosen kept
 * where it is still one of them. A year without districts (from July
 * 2025) has neither the filter nor the Communes | Districts switch: a
 * district chosen before no longer applies, and the communes are shown;
 * the layer last chosen comes back with a year that has districts. */
static void
fill_districts (NtmMapPage *self)
{
  g_autoptr(GListStore) choices = ntm_choice_list_new (_("All districts"));
  g_autofree char *chosen = g_strdup (ntm_drop_down_get_id (self->district_dropdown));
  GAction *layer_action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "layer");
  gboolean had_districts = self->has_districts;

  for (guint i = 0; self->units && i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);

      if (ntm_unit_kind_is_district_level (ntm_unit_get_kind (unit)))
        ntm_choice_list_append (choices, NTM_CHOICE_ANY, ntm_unit_get_code (unit), ntm_unit_get_name (unit));
    }
  self->has_districts = g_list_model_get_n_items (G_LIST_MODEL (choices)) > 1;

  self->loading = TRUE;
  gtk_drop_down_set_model (self->district_dropdown, G_LIST_MODEL (choices));
  self->loading = FALSE;
  if (chosen == NULL || !ntm_drop_down_select_id (self->district_dropdown, chosen))
    {
      /* the whole province: the filter of another year no longer applies */
      ntm_map_view_set_district_filter (self->map_view, NULL);
      if (self->side_by_side)
        ntm_map_view_set_district_filter (self->compare_view, NULL);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->district_dropdown), self->has_districts);
  gtk_widget_set_visible (self->layer_box, self->has_districts);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (layer_action), self->has_districts);
  /* (the colours follow once the page shows what it read) */
  self->loading = TRUE;
  if (!self->has_districts && self->layer == NTM_UNIT_LAYER_DISTRICTS)
    apply_layer (self, NTM_UNIT_LAYER_COMMUNES, FALSE);
  else if (self->has_districts && !had_districts)
    {
      g_autofree char *saved = g_settings_get_string (self->settings, "map-layer");
      NtmUnitLayer layer;

      if (ntm_unit_layer_parse (saved, &layer, NULL) && layer != self->layer)
        apply_layer (self, layer, FALSE);
    }
  self->loading = FALSE;
}

/* The units in force in the year shown (after July 2025 there are no
 * districts), the map drawing those. */
static gboolean
read_year_units (NtmMapPage  *self,
                 GError     **error)
{
  g_clear_object (&self->units);
  g_list_store_remove_all (self->commune_level);

  self->units = ntm_database_list_units_in_year (get_database (self), get_year (self), error);
  if (self->units == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);
      if (ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
        g_list_store_append (self->commune_level, unit);
    }
  ntm_map_view_set_year (self->map_view, get_year (self));
  gtk_spin_button_set_range (self->since_spin, 2000, get_year (self) - 1);
  gtk_spin_button_set_value (self->since_spin, get_since_year (self));
  return TRUE;
}

/* Every unit on record and its boundaries, for the map; then the units
 * of the year. */
static gboolean
read_units (NtmMapPage  *self,
            GError     **error)
{
  self->n_unit_reads++;
  return ntm_map_view_load (self->map_view, get_database (self), error) &&
         read_year_units (self, error);
}

/* The year's levels and criteria, and the indicators of its sets. */
static gboolean
evaluate (NtmMapPage  *self,
          GError     **error)
{
  self->n_evaluations++;
  g_clear_object (&self->evaluation);
  self->evaluation = ntm_evaluation_new (get_database (self), get_year (self), error);
  return self->evaluation != NULL && fill_indicators (self, error);
}

/* Shows what was read, in the mode and layer last chosen. */
static void
show (NtmMapPage *self)
{
  gtk_stack_set_visible_child_name (self->stack, "map");
  classify (self);
  update_status (self);
  if (self->panel_unit != NULL)
    show_panel (self, self->panel_unit);
}

static void
restore_choices (NtmMapPage *self)
{
  g_autofree char *saved_mode = g_settings_get_string (self->settings, "map-mode");
  g_autofree char *saved_layer = g_settings_get_string (self->settings, "map-layer");
  g_autofree char *indicator = NULL;
  NtmUnitLayer layer;
  NtmMapMode mode;

  self->loading = TRUE;
  if (self->has_districts && ntm_unit_layer_parse (saved_layer, &layer, NULL) && layer != self->layer)
    apply_layer (self, layer, FALSE);
  /* a mode stored by another version may not parse: the level, then */
  if (!ntm_map_mode_parse (saved_mode, &mode, &indicator, NULL))
    mode = NTM_MAP_MODE_LEVEL;
  if (indicator != NULL)
    ntm_drop_down_select_id (self->indicator_dropdown, indicator);
  ntm_drop_down_select_value (self->mode_dropdown, mode);
  gtk_widget_set_visible (GTK_WIDGET (self->indicator_dropdown), mode == NTM_MAP_MODE_INDICATOR);
  self->loading = FALSE;
}

/* ---------------------------------------------------------------------- */
/* The side panel                                                         */
/* ---------------------------------------------------------------------- */

/* "12 of 14 new rural or above (3 advanced or model)": what Decision 320
 * asks of the district's communes, by their recognised level. */
static char *
district_communes_text (NtmMapPage *self,
                        const char *district)
{
  guint n = 0, ntm = 0, advanced = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->commune_level)); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->commune_level), i);
      NtmLevel level;

      if (ntm_unit_get_kind (unit) != NTM_UNIT_KIND_COMMUNE ||
          g_strcmp0 (ntm_unit_get_parent_code (unit), district) != 0)
        continue;
      n++;
      level = ntm_evaluation_get_recognised_level (self->evaluation, ntm_unit_get_code (unit));
      if (level >= NTM_LEVEL_NTM && level <= NTM_LEVEL_MODEL)
        ntm++;
      if (level == NTM_LEVEL_ADVANCED || level == NTM_LEVEL_MODEL)
        advanced++;
    }
  if (n == 0)
    return g_strdup (_("No communes (xã)"));
  /* Translators: the communes of a district in the map's side panel, e.g. "12 of 14 recognised new rural (3 advanced or model)" */
  return g_strdup_printf (ngettext ("%u of %u recognised new rural (%u advanced or model)",
                                    "%u of %u recognised new rural (%u advanced or model)", n),
                          ntm, n, advanced);
}

static void
show_panel (NtmMapPage *self,
            const char *code)
{
  g_autoptr(NtmUnit) unit = find_unit (self, code);
  g_autoptr(NtmUnit) parent = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *tally_text = NULL;
  const NtmCriterionResult *results;
  guint n_results = 0, n_not_met = 0;
  gboolean district;
  GtkWidget *row;
  NtmTally tally;
  NtmLevel main_level;

  if (unit == NULL || self->evaluation == NULL)
    return;

  if (self->panel_unit != code)
    {
      g_free (self->panel_unit);
      self->panel_unit = g_strdup (code);
    }

  parent = ntm_unit_get_parent_code (unit) ? find_unit (self, ntm_unit_get_parent_code (unit)) : NULL;
  gtk_label_set_label (self->panel_title, ntm_unit_get_name (unit));
  subtitle = g_strdup_printf ("%s · %s · %s", ntm_unit_kind_get_label (ntm_unit_get_kind (unit)),
                              parent ? ntm_unit_get_name (parent) : "", ntm_unit_get_code (unit));
  gtk_label_set_label (self->panel_subtitle, subtitle);

  ntm_recognised_badge_set (self->recognised_badge, ntm_evaluation_get_recognised_level (self->evaluation, code));
  ntm_level_badge_set (self->computed_badge, ntm_evaluation_get_computed_level (self->evaluation, code));

  tally = ntm_evaluation_get_tally (self->evaluation, code);
  if (tally.total > 0 && tally.no_data < tally.total)
    tally_text = g_strdup_printf (_("%u of %u met"), tally.met, tally.total);
  else
    tally_text = g_strdup (_("No criteria data"));
  gtk_label_set_label (self->tally_label, tally_text);

  district = ntm_unit_kind_is_district_level (ntm_unit_get_kind (unit));
  gtk_widget_set_visible (self->communes_heading, district);
  gtk_widget_set_visible (GTK_WIDGET (self->communes_label), district);
  if (district)
    {
      g_autofree char *communes = district_communes_text (self, code);
      gtk_label_set_label (self->communes_label, communes);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->no_data_label), tally.no_data > 0 && tally.no_data < tally.total);
  if (tally.no_data > 0 && tally.no_data < tally.total)
    {
      g_autofree char *missing = g_strdup_printf (ngettext ("%u criterion without data", "%u criteria without data",
                                                            tally.no_data), tally.no_data);
      gtk_label_set_label (self->no_data_label, missing);
    }

  while ((row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->not_met_list, 0))) != NULL)
    gtk_list_box_remove (self->not_met_list, row);
  results = ntm_evaluation_get_criteria (self->evaluation, code, &n_results);
  if (district)
    main_level = NTM_LEVEL_DISTRICT_NTM;
  else
    main_level = ntm_unit_get_kind (unit) == NTM_UNIT_KIND_COMMUNE ? NTM_LEVEL_NTM : NTM_LEVEL_CIVILISED;
  for (guint i = 0; i < n_results; i++)
    {
      const NtmCriterionResult *r = &results[i];
      g_autofree char *text = NULL;

      if (r->set_level != main_level || (r->status != NTM_STATUS_NOT_MET && r->status != NTM_STATUS_BASICALLY_MET))
        continue;
      text = g_strdup_printf ("%s. %s", r->number, r->name);
      row = ntm_info_row_new (text, NULL);
      ntm_info_row_set_status (NTM_INFO_ROW (row), r->status);
      gtk_list_box_append (self->not_met_list, row);
      n_not_met++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->not_met_list), n_not_met > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->not_met_empty), n_not_met == 0);
  gtk_label_set_label (self->not_met_empty,
                       tally.total == 0 || tally.no_data == tally.total
                         ? _("No criteria data for this year.")
                         : _("None: every criterion with data is met."));

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_button), "s", code);
  gtk_revealer_set_reveal_child (self->panel_revealer, TRUE);
}

/* ---------------------------------------------------------------------- */
/* Import and export                                                      */
/* ---------------------------------------------------------------------- */

static void
on_import_committed_cb (NtmMapPage        *self,
                        guint              n_units,
                        NtmBoundaryImport *import)
{
  g_autofree char *text = g_strdup_printf (ngettext ("Boundaries imported for %u unit",
                                                     "Boundaries imported for %u units", n_units), n_units);

  toast (self, text);
  ntm_map_view_fit (self->map_view, NULL);
}

/* A new import for the page's window and database, unless a file is being
 * read already. */
static NtmBoundaryImport *
begin_import (NtmMapPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (get_database (self) == NULL ||
      (self->import != NULL && ntm_boundary_import_is_reading (self->import)))
    return NULL;

  if (self->import != NULL)
    g_signal_handlers_disconnect_by_data (self->import, self);
  g_clear_object (&self->import);
  self->import = ntm_boundary_import_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, get_database (self));
  g_signal_connect_swapped (self->import, "committed", G_CALLBACK (on_import_committed_cb), self);
  return self->import;
}

static void
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               NtmMapPage      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      ntm_map_page_export_to_file (self, file);
    }
  g_object_unref (chooser);
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

/* Shows @layer; @remember: as the layer chosen, for the next start. */
static void
apply_layer (NtmMapPage   *self,
             NtmUnitLayer  layer,
             gboolean      remember)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "layer");

  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (ntm_unit_layer_to_string (layer)));
  if (self->layer == layer)
    return;
  self->layer = layer;

  /* the unit in the panel is not on the other layer */
  gtk_revealer_set_reveal_child (self->panel_revealer, FALSE);
  g_clear_pointer (&self->panel_unit, g_free);
  g_clear_pointer (&self->last_query, g_free);
  /* (gtk_search_entry_set_placeholder_text() is GTK 4.10) */
  g_object_set (self->search_entry, "placeholder-text",
                layer == NTM_UNIT_LAYER_DISTRICTS ? _("Find a district…") : _("Find a commune…"), NULL);

  ntm_map_view_set_layer (self->map_view, layer);
  classify (self);
  update_status (self);
  if (remember)
    g_settings_set_string (self->settings, "map-layer", ntm_unit_layer_to_string (layer));
}

static void
on_layer_change_state_cb (GSimpleAction *action,
                          GVariant      *value,
                          gpointer       user_data)
{
  NtmMapPage *self = NTM_MAP_PAGE (user_data);
  NtmUnitLayer layer;

  if (!ntm_unit_layer_parse (g_variant_get_string (value, NULL), &layer, NULL))
    return;
  apply_layer (self, layer, TRUE);
}

static void
on_mode_changed_cb (NtmMapPage *self)
{
  if (self->loading)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->indicator_dropdown),
                          ntm_drop_down_get_value (self->mode_dropdown) == NTM_MAP_MODE_INDICATOR);
  gtk_widget_set_visible (GTK_WIDGET (self->since_spin),
                          self->side_by_side ||
                          ntm_drop_down_get_value (self->mode_dropdown) == NTM_MAP_MODE_CHANGE);
  classify (self);
}

static void
on_since_changed_cb (NtmMapPage *self)
{
  int since = gtk_spin_button_get_value_as_int (self->since_spin);

  if (self->loading || since == get_since_year (self))
    return;
  if (since >= get_year (self))
    {
      /* only an earlier year can be compared with */
      gtk_spin_button_set_value (self->since_spin, get_since_year (self));
      return;
    }
  g_settings_set_int (self->settings, "map-compare-year", since);
  classify (self);
}

static void
on_side_by_side_change_state_cb (GSimpleAction *action,
                                 GVariant      *state,
                                 gpointer       user_data)
{
  NtmMapPage *self = NTM_MAP_PAGE (user_data);

  g_simple_action_set_state (action, state);
  self->side_by_side = g_variant_get_boolean (state);
  update_compare_view (self);
  ntm_map_view_fit (self->map_view, NULL);
}

static void
on_district_changed_cb (NtmMapPage *self)
{
  const char *code = ntm_drop_down_get_id (self->district_dropdown);

  if (self->loading)
    return;

  ntm_map_view_set_district_filter (self->map_view, code);
  if (self->side_by_side)
    ntm_map_view_set_district_filter (self->compare_view, code);
  ntm_map_view_fit (self->map_view, code);
}

static void
on_search_activate_cb (NtmMapPage *self)
{
  ntm_map_page_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_unit_activated_cb (NtmMapPage *self,
                      const char *code)
{
  show_panel (self, code);
}

/* A different database: everything is read again, the districts too, and
 * the map shows its whole extent. */
static void
ntm_map_page_reload (NtmPage *page)
{
  NtmMapPage *self = NTM_MAP_PAGE (page);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->units);
  g_clear_object (&self->evaluation);
  if (get_database (self) == NULL)
    return;

  if (!read_units (self, &error) || !evaluate (self, &error))
    {
      show_failure (self, error);
      return;
    }
  fill_districts (self);
  restore_choices (self);
  show (self);
  ntm_map_view_fit (self->map_view, NULL);
}

/* Another year: the same boundaries, the units of that year evaluated for
 * it; the map stays where it is. */
static void
ntm_map_page_year_changed (NtmPage *page)
{
  NtmMapPage *self = NTM_MAP_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (get_database (self) == NULL)
    return;
  if (self->units == NULL)
    {
      /* the units could not be read before: try again */
      ntm_map_page_reload (page);
      return;
    }
  if (!read_year_units (self, &error) || !evaluate (self, &error))
    {
      show_failure (self, error);
      return;
    }
  fill_districts (self);
  show (self);
}

/* Changed data: the units and boundaries are read again only when they
 * changed, the evaluation when what it rests on did. */
static void
ntm_map_page_database_changed (NtmPage *page,
                               NtmArea  areas)
{
  NtmMapPage *self = NTM_MAP_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (self->units == NULL || (areas & (NTM_AREA_UNITS | NTM_AREA_BOUNDARIES)) != 0)
    {
      if (!read_units (self, &error))
        {
          show_failure (self, error);
          return;
        }
      if ((areas & NTM_AREA_UNITS) != 0)
        fill_districts (self);
    }
  if (self->evaluation == NULL || (areas & NTM_AREA_EVALUATION) != 0)
    {
      if (!evaluate (self, &error))
        {
          show_failure (self, error);
          return;
        }
    }
  show (self);
}

static void
on_online_changed_cb (NtmMapPage *self)
{
  ntm_map_view_set_online (self->map_view, g_settings_get_boolean (self->settings, "online-tiles"));
}

static void
on_import_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  ntm_map_page_import_boundaries (NTM_MAP_PAGE (user_data));
}

static void
on_export_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  ntm_map_page_export (NTM_MAP_PAGE (user_data));
}

static void
on_presentation_action_cb (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  NtmMapPage *self = NTM_MAP_PAGE (user_data);

  ntm_map_page_set_presentation (self, !self->presentation);
}

/* Ctrl +/−/0: the labels' size, remembered. */
#define LABEL_SCALE_STEP 1.25

static void
set_label_scale (NtmMapPage *self,
                 double      scale)
{
  GSettingsSchemaKey *key = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GVariant) range = NULL;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "map-label-scale");
  scale = round (scale * 100) / 100;
  if (g_settings_schema_key_range_check (key, g_variant_new_double (scale)))
    g_settings_set_double (self->settings, "map-label-scale", scale);
  g_settings_schema_key_unref (key);
}

static void
on_label_larger_action_cb (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  NtmMapPage *self = NTM_MAP_PAGE (user_data);

  set_label_scale (self, g_settings_get_double (self->settings, "map-label-scale") * LABEL_SCALE_STEP);
}

static void
on_label_smaller_action_cb (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  NtmMapPage *self = NTM_MAP_PAGE (user_data);

  set_label_scale (self, g_settings_get_double (self->settings, "map-label-scale") / LABEL_SCALE_STEP);
}

static void
on_label_reset_action_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  NtmMapPage *self = NTM_MAP_PAGE (user_data);

  g_settings_reset (self->settings, "map-label-scale");
}

static void
on_label_scale_changed_cb (NtmMapPage *self)
{
  ntm_map_view_set_label_scale (self->map_view, g_settings_get_double (self->settings, "map-label-scale"));
  ntm_map_view_set_label_scale (self->compare_view, g_settings_get_double (self->settings, "map-label-scale"));
}

static void
on_close_panel_action_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  NtmMapPage *self = NTM_MAP_PAGE (user_data);

  gtk_revealer_set_reveal_child (self->panel_revealer, FALSE);
  g_clear_pointer (&self->panel_unit, g_free);
  ntm_map_view_select_unit (self->map_view, NULL, FALSE);
}

static gboolean
on_f11_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  NtmMapPage *self = NTM_MAP_PAGE (widget);

  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  ntm_map_page_set_presentation (self, !self->presentation);
  return TRUE;
}

static gboolean
on_escape_cb (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  NtmMapPage *self = NTM_MAP_PAGE (widget);

  if (!self->presentation)
    return FALSE;
  ntm_map_page_set_presentation (self, FALSE);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GObject and GtkWidget                                                  */
/* ---------------------------------------------------------------------- */

static void
ntm_map_page_root (GtkWidget *widget)
{
  NtmMapPage *self = NTM_MAP_PAGE (widget);

  GTK_WIDGET_CLASS (ntm_map_page_parent_class)->root (widget);
  /* the window's menu reaches the map's actions as "map.…" */
  gtk_widget_insert_action_group (GTK_WIDGET (gtk_widget_get_root (widget)), "map",
                                  G_ACTION_GROUP (self->actions));
}

static void
ntm_map_page_unroot (GtkWidget *widget)
{
  gtk_widget_insert_action_group (GTK_WIDGET (gtk_widget_get_root (widget)), "map", NULL);
  GTK_WIDGET_CLASS (ntm_map_page_parent_class)->unroot (widget);
}

static void
ntm_map_page_dispose (GObject *object)
{
  NtmMapPage *self = NTM_MAP_PAGE (object);

  if (self->import != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->import, self);
      ntm_boundary_import_cancel (self->import);
      g_clear_object (&self->import);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_MAP_PAGE);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->units);
  g_clear_object (&self->commune_level);
  g_clear_object (&self->settings);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->panel_unit, g_free);
  g_clear_pointer (&self->last_query, g_free);

  G_OBJECT_CLASS (ntm_map_page_parent_class)->dispose (object);
}

static void
ntm_map_page_class_init (NtmMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NtmPageClass *page_class = NTM_PAGE_CLASS (klass);

  object_class->dispose = ntm_map_page_dispose;
  widget_class->root = ntm_map_page_root;
  widget_class->unroot = ntm_map_page_unroot;
  page_class->reload = ntm_map_page_reload;
  page_class->year_changed = ntm_map_page_year_changed;
  page_class->database_changed = ntm_map_page_database_changed;
  page_class->depends_on = NTM_AREA_EVALUATION | NTM_AREA_BOUNDARIES;

  g_type_ensure (NTM_TYPE_MAP_VIEW);
  g_type_ensure (NTM_TYPE_CHOICE);
  g_type_ensure (NTM_TYPE_INFO_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, box);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, toolbar_revealer);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, layer_box);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, mode_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, indicator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, district_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, map_view);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, compare_view);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, compare_separator);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, since_spin);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, panel_revealer);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, panel_title);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, panel_subtitle);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, recognised_badge);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, computed_badge);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, tally_label);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, communes_heading);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, communes_label);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, no_data_label);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, not_met_empty);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, not_met_list);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, action_bar);
  gtk_widget_class_bind_template_child (widget_class, NtmMapPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_since_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_district_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_activated_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_F11, 0, on_f11_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, on_escape_cb, NULL);
}

static void
ntm_map_page_init (NtmMapPage *self)
{
  static const GActionEntry entries[] = {
    { "import-boundaries", on_import_action_cb },
    { "export", on_export_action_cb },
    { "presentation", on_presentation_action_cb },
    { "close-panel", on_close_panel_action_cb },
    { "label-larger", on_label_larger_action_cb },
    { "label-smaller", on_label_smaller_action_cb },
    { "label-reset", on_label_reset_action_cb },
    { "side-by-side", NULL, NULL, "false", on_side_by_side_change_state_cb },
    { "layer", NULL, "s", "'communes'", on_layer_change_state_cb },
  };
  g_autoptr(GListStore) modes = NULL;
  GtkEventController *shortcuts;

  self->commune_level = g_list_store_new (NTM_TYPE_UNIT);
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  modes = ntm_choice_list_new_for_enum (NTM_TYPE_MAP_MODE, (NtmChoiceLabelFunc) ntm_map_mode_get_title, NULL);
  gtk_drop_down_set_model (self->mode_dropdown, G_LIST_MODEL (modes));
  self->loading = FALSE;

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "map", G_ACTION_GROUP (self->actions));

  /* F11 works wherever the focus is in the window while the map shows */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F11, 0),
                                                          gtk_callback_action_new (on_f11_cb, NULL, NULL)));
  /* and Ctrl +/−/0 for the labels' size */
  {
    static const struct { guint key; const char *action; } label_keys[] = {
      { GDK_KEY_plus, "map.label-larger" }, { GDK_KEY_equal, "map.label-larger" },
      { GDK_KEY_KP_Add, "map.label-larger" }, { GDK_KEY_minus, "map.label-smaller" },
      { GDK_KEY_KP_Subtract, "map.label-smaller" }, { GDK_KEY_0, "map.label-reset" },
      { GDK_KEY_KP_0, "map.label-reset" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (label_keys); i++)
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                            gtk_shortcut_new (gtk_keyval_trigger_new (label_keys[i].key,
                                                                                      GDK_CONTROL_MASK),
                                                              gtk_named_action_new (label_keys[i].action)));
  }
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::online-tiles", G_CALLBACK (on_online_changed_cb),
                           self, G_CONNECT_SWAPPED);
  on_online_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::map-label-scale", G_CALLBACK (on_label_scale_changed_cb),
                           self, G_CONNECT_SWAPPED);
  on_label_scale_changed_cb (self);

  /* two maps side by side show the same place at the same scale */
  {
    ShumateViewport *main = shumate_map_get_viewport (ntm_map_view_get_map (self->map_view));
    ShumateViewport *other = shumate_map_get_viewport (ntm_map_view_get_map (self->compare_view));

    g_object_bind_property (main, "zoom-level", other, "zoom-level", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
    g_object_bind_property (main, "latitude", other, "latitude", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
    g_object_bind_property (main, "longitude", other, "longitude", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  }
}

/* ---------------------------------------------------------------------- */
/* Internal API (ntm-map-page-private.h)                                  */
/* ---------------------------------------------------------------------- */

guint
ntm_map_page_get_n_unit_reads (NtmMapPage *self)
{
  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), 0);
  return self->n_unit_reads;
}

guint
ntm_map_page_get_n_evaluations (NtmMapPage *self)
{
  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), 0);
  return self->n_evaluations;
}

guint
ntm_map_page_get_n_classifications (NtmMapPage *self)
{
  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), 0);
  return self->n_classifications;
}

const char *
ntm_map_page_get_failure (NtmMapPage *self)
{
  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), NULL);

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->stack), "error"))
    return NULL;
  return adw_status_page_get_description (self->error_page);
}

/* The district the filter shows, or %NULL for the whole province. */
const char *
ntm_map_page_get_district (NtmMapPage *self)
{
  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), NULL);
  return ntm_drop_down_get_id (self->district_dropdown);
}

/* Whether the district filter and the Communes | Districts switch show:
 * only in a year that has districts. */
gboolean
ntm_map_page_offers_districts (NtmMapPage *self)
{
  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->district_dropdown)) && gtk_widget_get_visible (self->layer_box);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_map_page_get_map_view:
 * @self: a #NtmMapPage
 *
 * Returns: (transfer none): the map
 */
NtmMapView *
ntm_map_page_get_map_view (NtmMapPage *self)
{
  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), NULL);
  return self->map_view;
}

/**
 * ntm_map_page_get_compare_view:
 * @self: a #NtmMapPage
 *
 * Returns: (transfer none): the map of the year compared with, shown
 *   beside the main one by the "map.side-by-side" action
 */
NtmMapView *
ntm_map_page_get_compare_view (NtmMapPage *self)
{
  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), NULL);
  return self->compare_view;
}

/**
 * ntm_map_page_set_mode:
 * @self: a #NtmMapPage
 * @mode: "level", "readiness", "one-short", "criteria", "change" (since
 *   the year of the "since" button) or "indicator:CODE" (the indicator's
 *   code alone, or its set's code and its own, "SET:CODE")
 *
 * Returns: %TRUE if the mode exists
 */
gboolean
ntm_map_page_set_mode (NtmMapPage *self,
                       const char *mode)
{
  GListModel *indicators;
  NtmMapMode value;

  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), FALSE);

  if (mode == NULL)
    return FALSE;
  if (!g_str_has_prefix (mode, "indicator:"))
    return ntm_map_mode_parse (mode, &value, NULL, NULL) && value != NTM_MAP_MODE_INDICATOR &&
           ntm_drop_down_select_value (self->mode_dropdown, value);

  indicators = gtk_drop_down_get_model (self->indicator_dropdown);
  for (guint i = 0; indicators != NULL && i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(NtmChoice) choice = g_list_model_get_item (indicators, i);
      const char *code = mode + strlen ("indicator:");
      const char *full = ntm_choice_get_id (choice);
      const char *colon = strrchr (full, ':');

      if (g_str_equal (full, code) || (colon != NULL && g_str_equal (colon + 1, code)))
        {
          self->loading = TRUE;
          gtk_drop_down_set_selected (self->indicator_dropdown, i);
          ntm_drop_down_select_value (self->mode_dropdown, NTM_MAP_MODE_INDICATOR);
          self->loading = FALSE;
          on_mode_changed_cb (self);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ntm_map_page_search:
 * @self: a #NtmMapPage
 * @query: a name or code, with or without tone marks
 *
 * Flies to the first unit of the layer shown that matches; asking again
 * with the same query goes to the next one.
 */
void
ntm_map_page_search (NtmMapPage *self,
                     const char *query)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  NtmUnit *unit;

  g_return_if_fail (NTM_IS_MAP_PAGE (self));

  if (query == NULL || *query == '\0')
    return;

  for (guint i = 0; self->units && i < g_list_model_get_n_items (self->units); i++)
    {
      NtmUnit *u = g_list_model_get_item (self->units, i);
      if (ntm_unit_layer_holds (self->layer, ntm_unit_get_kind (u)) && ntm_unit_matches (u, query))
        g_ptr_array_add (found, u);
      else
        g_object_unref (u);
    }
  if (found->len == 0)
    {
      g_autofree char *text = NULL;

      if (self->layer == NTM_UNIT_LAYER_DISTRICTS)
        text = g_strdup_printf (_("No district, town or city matches “%s”."), query);
      else
        text = g_strdup_printf (_("No commune, ward or township matches “%s”."), query);
      toast (self, text);
      return;
    }

  if (g_strcmp0 (query, self->last_query) == 0)
    self->search_index = (self->search_index + 1) % found->len;
  else
    self->search_index = 0;
  g_free (self->last_query);
  self->last_query = g_strdup (query);

  unit = g_ptr_array_index (found, self->search_index);
  ntm_map_view_select_unit (self->map_view, ntm_unit_get_code (unit), TRUE);
  show_panel (self, ntm_unit_get_code (unit));
}

/**
 * ntm_map_page_show_unit:
 * @self: a #NtmMapPage
 * @code: a unit code
 *
 * Selects the unit, flies to it and opens its panel.
 */
void
ntm_map_page_show_unit (NtmMapPage *self,
                        const char *code)
{
  g_return_if_fail (NTM_IS_MAP_PAGE (self));
  ntm_map_view_select_unit (self->map_view, code, TRUE);
  show_panel (self, code);
}

/**
 * ntm_map_page_get_panel_unit:
 * @self: a #NtmMapPage
 *
 * Returns: (nullable): the unit shown in the side panel
 */
const char *
ntm_map_page_get_panel_unit (NtmMapPage *self)
{
  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), NULL);
  return gtk_revealer_get_reveal_child (self->panel_revealer) ? self->panel_unit : NULL;
}

/**
 * ntm_map_page_set_district:
 * @self: a #NtmMapPage
 * @district: (nullable): a district code, or %NULL for all
 */
void
ntm_map_page_set_district (NtmMapPage *self,
                           const char *district)
{
  g_return_if_fail (NTM_IS_MAP_PAGE (self));
  ntm_drop_down_select_id (self->district_dropdown, district);
}

/**
 * ntm_map_page_set_layer:
 * @self: a #NtmMapPage
 * @layer: colour the communes or the districts
 *
 * Does what the Communes | Districts buttons do (and the "map.layer"
 * action, with "communes" or "districts").
 */
void
ntm_map_page_set_layer (NtmMapPage   *self,
                        NtmUnitLayer  layer)
{
  g_return_if_fail (NTM_IS_MAP_PAGE (self));

  /* a year without districts has the communes' layer only */
  if (layer == NTM_UNIT_LAYER_DISTRICTS && !self->has_districts && self->units != NULL)
    return;
  apply_layer (self, layer, TRUE);
}

NtmUnitLayer
ntm_map_page_get_layer (NtmMapPage *self)
{
  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), NTM_UNIT_LAYER_COMMUNES);
  return self->layer;
}

/**
 * ntm_map_page_set_presentation:
 * @self: a #NtmMapPage
 * @presentation: whether to show the map full screen for a meeting
 */
void
ntm_map_page_set_presentation (NtmMapPage *self,
                               gboolean    presentation)
{
  GtkRoot *root;

  g_return_if_fail (NTM_IS_MAP_PAGE (self));

  self->presentation = presentation;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    {
      if (presentation)
        gtk_window_fullscreen (GTK_WINDOW (root));
      else
        gtk_window_unfullscreen (GTK_WINDOW (root));
    }
  gtk_revealer_set_reveal_child (self->toolbar_revealer, !presentation);
  gtk_action_bar_set_revealed (self->action_bar, !presentation);
  ntm_map_view_set_presentation (self->map_view, presentation,
                                 g_settings_get_double (self->settings, "map-label-scale"));
  ntm_map_view_set_presentation (self->compare_view, presentation,
                                 g_settings_get_double (self->settings, "map-label-scale"));
}

/**
 * ntm_map_page_get_presentation:
 * @self: a #NtmMapPage
 *
 * Returns: %TRUE in presentation mode
 */
gboolean
ntm_map_page_get_presentation (NtmMapPage *self)
{
  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), FALSE);
  return self->presentation;
}

/**
 * ntm_map_page_import_boundaries:
 * @self: a #NtmMapPage
 *
 * Asks for a boundary file and imports it, with a report to confirm
 * before anything is written.
 */
void
ntm_map_page_import_boundaries (NtmMapPage *self)
{
  NtmBoundaryImport *import;

  g_return_if_fail (NTM_IS_MAP_PAGE (self));

  import = begin_import (self);
  if (import != NULL)
    ntm_boundary_import_choose_file (import);
}

/**
 * ntm_map_page_import_file:
 * @self: a #NtmMapPage
 * @file: a boundary file
 *
 * Imports @file as ntm_map_page_import_boundaries() does once the file is
 * chosen: read with progress, then the report to confirm.
 *
 * Returns: (transfer none) (nullable): the import, or %NULL when there is
 *   no database or another file is still being read
 */
NtmBoundaryImport *
ntm_map_page_import_file (NtmMapPage *self,
                          GFile      *file)
{
  NtmBoundaryImport *import;

  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  import = begin_import (self);
  if (import != NULL)
    ntm_boundary_import_start (import, file);
  return import;
}

/**
 * ntm_map_page_export:
 * @self: a #NtmMapPage
 *
 * Asks for a file, then exports the map as shown (mode, layer, district)
 * to it: see ntm_map_page_export_to_file().
 */
void
ntm_map_page_export (NtmMapPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  GtkFileFilter *png, *pdf;
  g_autofree char *name = NULL;

  g_return_if_fail (NTM_IS_MAP_PAGE (self));

  chooser = gtk_file_chooser_native_new (_("Export Map"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  png = gtk_file_filter_new ();
  gtk_file_filter_set_name (png, _("PNG image"));
  gtk_file_filter_add_suffix (png, "png");
  pdf = gtk_file_filter_new ();
  gtk_file_filter_set_name (pdf, _("PDF document"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), png);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  g_object_unref (png);
  g_object_unref (pdf);
  /* Translators: the file name an exported map is offered under */
  name = g_strdup_printf (_("ntm-map-%d.png"), get_year (self));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ntm_map_page_export_to_file:
 * @self: a #NtmMapPage
 * @file: where to write: PDF by a ".pdf" ending, PNG otherwise (".png" is
 *   added to a name without it)
 *
 * Exports the map as shown, in a worker thread, with its progress and a
 * Cancel button in the window; the outcome is told in a toast, or in an
 * error dialog when the file cannot be written.
 *
 * Returns: (transfer none) (nullable): the export, or %NULL when it
 *   cannot start (no database, or a file that is not on a disk: then an
 *   error dialog says so)
 */
NtmJob *
ntm_map_page_export_to_file (NtmMapPage *self,
                             GFile      *file)
{
  g_autofree char *mode_text = NULL;
  g_autofree char *indicator = NULL;
  NtmMapMode mode;

  g_return_val_if_fail (NTM_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (get_database (self) == NULL)
    return NULL;

  mode_text = current_mode_text (self);
  if (!ntm_map_mode_parse (mode_text, &mode, &indicator, NULL))
    mode = NTM_MAP_MODE_LEVEL;
  return ntm_map_export_job_start (GTK_WIDGET (self), get_database (self), get_year (self), self->layer,
                                   mode, indicator, get_since_year (self),
                                   ntm_drop_down_get_id (self->district_dropdown), file);
}
