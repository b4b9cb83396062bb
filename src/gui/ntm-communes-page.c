/* ntm-communes-page.c: every unit of the year, with its detail
 *
 * A searchable list of the units of the year shown (an NtmUnitRow each):
 * each district followed by its communes while there were districts; from
 * July 2025, when there are none, the communes and wards in one list, or
 * under the districts they were formed from when "Group by former
 * district" is ticked (ntm_database_list_former_districts(): a unit that
 * took parts of two districts is listed under the one whose code it took,
 * and says which others). Beside the list, the detail of the unit
 * selected, and beneath it the actions on that unit: assess, its
 * recognitions, its history, its profile as PDF or printed. The layout is
 * in ntm-communes-page.ui. Units or levels that cannot be read are said,
 * with what to do, in place of the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-communes-page.h"
#include "ntm-communes-page-private.h"
#include "ntm-database.h"
#include "ntm-error.h"
#include "ntm-evaluation.h"
#include "ntm-lineage.h"
#include "ntm-text.h"
#include "ntm-unit.h"
#include "ntm-unit-detail.h"
#include "ntm-unit-row.h"
#include "ntm-report-actions.h"
#include "ntm-window.h"

struct _NtmCommunesPage
{
  NtmPage         parent_instance;

  /* template widgets */
  GtkStack       *stack;
  AdwStatusPage  *error_page;
  GtkWidget      *box;
  GtkSearchEntry *search_entry;
  GtkLabel       *count_label;
  GtkCheckButton *group_check;
  GtkListBox     *list_box;
  NtmUnitDetail  *detail;
  GtkActionBar   *unit_actions;

  NtmEvaluation  *evaluation;
  GListModel     *units;
  GHashTable     *districts_matching;   /* district code → TRUE */
  GHashTable     *former;               /* unit key → GPtrArray of NtmUnit, read when grouping */
  gboolean        has_districts;        /* the year shown has districts */
  guint           n_rows;
  char           *selected_code;
};

/* What a row carries for the order of the list, when grouped. */
#define ROW_INDEX "ntm-index"           /* its place in the units of the year */
#define ROW_GROUP_RANK "ntm-group-rank" /* its former district's, 0 when not grouped */
#define ROW_GROUP "ntm-group"           /* its former district, an NtmUnit */

G_DEFINE_FINAL_TYPE (NtmCommunesPage, ntm_communes_page, NTM_TYPE_PAGE)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static NtmUnit *
row_get_unit (GtkListBoxRow *row)
{
  return ntm_unit_row_get_unit (NTM_UNIT_ROW (row));
}

static gboolean
is_grouped (NtmCommunesPage *self)
{
  /* (the check is gone while the page is disposed) */
  return !self->has_districts && self->group_check != NULL && gtk_check_button_get_active (self->group_check);
}

static void
toast (NtmCommunesPage *self,
       const char      *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (NTM_IS_WINDOW (root))
    ntm_window_add_toast (NTM_WINDOW (root), adw_toast_new (text));
}

/* Each row under the district it was formed from (by that district's
 * code), or all in the order of the year's units. */
static void
apply_grouping (NtmCommunesPage *self)
{
  GtkListBoxRow *row;

  if (is_grouped (self) && self->former == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->former = ntm_database_list_former_districts (ntm_page_get_database (NTM_PAGE (self)),
                                                         ntm_page_get_year (NTM_PAGE (self)), &error);
      if (self->former == NULL)
        {
          g_autofree char *message = ntm_error_describe_read (error);

          toast (self, message);
          gtk_check_button_set_active (self->group_check, FALSE);
          return;
        }
    }

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    {
      GPtrArray *districts = NULL;
      g_autofree char *note = NULL;
      guint rank = 0;

      if (is_grouped (self))
        districts = g_hash_table_lookup (self->former, ntm_unit_get_code (row_get_unit (row)));
      if (districts != NULL)
        {
          NtmUnit *main = g_ptr_array_index (districts, 0);
          g_autoptr(GString) others = g_string_new (NULL);

          rank = (guint) g_ascii_strtoull (ntm_unit_get_official_code (main), NULL, 10) + 1;
          g_object_set_data_full (G_OBJECT (row), ROW_GROUP, g_object_ref (main), g_object_unref);
          for (guint d = 1; d < districts->len; d++)
            {
              if (others->len > 0)
                g_string_append (others, ", ");
              g_string_append (others, ntm_unit_get_name (g_ptr_array_index (districts, d)));
            }
          if (others->len > 0)
            /* Translators: the other districts a commune of July 2025 took parts of */
            note = g_strdup_printf (_("Also from %s"), others->str);
        }
      else
        {
          /* not grouped, or no former district on record: last */
          rank = is_grouped (self) ? G_MAXUINT : 0;
          g_object_set_data (G_OBJECT (row), ROW_GROUP, NULL);
        }
      g_object_set_data (G_OBJECT (row), ROW_GROUP_RANK, GUINT_TO_POINTER (rank));
      ntm_unit_row_set_note (NTM_UNIT_ROW (row), note);
    }
  gtk_list_box_invalidate_sort (self->list_box);
  gtk_list_box_invalidate_headers (self->list_box);
  gtk_list_box_invalidate_filter (self->list_box);
}

static GtkWidget *
create_row (NtmCommunesPage *self,
            NtmUnit         *unit)
{
  GtkWidget *row = ntm_unit_row_new (unit);
  NtmLevel level = NTM_LEVEL_NO_DATA;

  g_object_set_data (G_OBJECT (row), ROW_INDEX, GUINT_TO_POINTER (self->n_rows++));
  NtmTally tally = { 0 };

  if (self->evaluation != NULL)
    {
      level = ntm_evaluation_get_recognised_level (self->evaluation, ntm_unit_get_code (unit));
      tally = ntm_evaluation_get_tally (self->evaluation, ntm_unit_get_code (unit));
    }
  ntm_unit_row_set_state (NTM_UNIT_ROW (row), level, &tally);
  return row;
}

static void
update_count_label (NtmCommunesPage *self)
{
  guint n = ntm_communes_page_get_n_visible (self);
  g_autofree char *text = g_strdup_printf (ngettext ("%u unit", "%u units", n), n);

  gtk_label_set_label (self->count_label, text);
}

/* The buttons of @widget and its descendants act on @code. */
static void
target_actions (GtkWidget  *widget,
                const char *code)
{
  if (GTK_IS_ACTIONABLE (widget) && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (widget), "s", code);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    target_actions (child, code);
}

/* The action bar acts on the unit shown, and shows only when there is one. */
static void
update_unit_actions (NtmCommunesPage *self,
                     NtmUnit         *unit)
{
  if (unit != NULL)
    target_actions (GTK_WIDGET (self->unit_actions), ntm_unit_get_code (unit));
  gtk_action_bar_set_revealed (self->unit_actions, unit != NULL);
}

static void
show_selected (NtmCommunesPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);
  NtmUnit *unit = row ? row_get_unit (row) : NULL;

  ntm_unit_detail_show (self->detail, ntm_page_get_database (NTM_PAGE (self)), self->evaluation, unit);
  update_unit_actions (self, unit);
}

/* Keeps the unit selected, if it is still listed. */
static void
ntm_communes_page_reload (NtmPage *page)
{
  NtmCommunesPage *self = NTM_COMMUNES_PAGE (page);
  NtmDatabase *database = ntm_page_get_database (page);
  int year = ntm_page_get_year (page);
  g_autoptr(GError) error = NULL;
  g_autofree char *selected = g_strdup (self->selected_code);
  GtkWidget *child;

  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, 0))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  g_clear_object (&self->evaluation);
  g_clear_object (&self->units);
  g_clear_pointer (&self->former, g_hash_table_unref);
  self->n_rows = 0;

  if (database == NULL)
    return;

  /* the units of the year and their levels, or in their place what went
   * wrong */
  self->units = ntm_database_list_units_in_year (database, year, &error);
  if (self->units != NULL)
    self->evaluation = ntm_evaluation_new (database, year, &error);
  if (self->units == NULL || self->evaluation == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);

      g_clear_object (&self->units);
      adw_status_page_set_description (self->error_page, message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      update_unit_actions (self, NULL);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "units");

  self->has_districts = FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);

      if (ntm_unit_get_kind (unit) == NTM_UNIT_KIND_PROVINCE)
        continue;
      self->has_districts |= ntm_unit_kind_is_district_level (ntm_unit_get_kind (unit));
      gtk_list_box_append (self->list_box, create_row (self, unit));
    }

  /* no districts (from July 2025): one list, or grouped by former district */
  gtk_widget_set_visible (GTK_WIDGET (self->group_check), !self->has_districts);
  apply_grouping (self);
  update_count_label (self);

  if (selected == NULL || !ntm_communes_page_select_unit (self, selected))
    show_selected (self);
}

/* The unit matches @query by itself, or, grouped, by the name of its
 * former district. */
static gboolean
row_matches (NtmCommunesPage *self,
             GtkListBoxRow   *row,
             const char      *query)
{
  NtmUnit *group = g_object_get_data (G_OBJECT (row), ROW_GROUP);

  return ntm_unit_matches (row_get_unit (row), query) ||
         (is_grouped (self) && group != NULL && query != NULL && *query != '\0' && ntm_unit_matches (group, query));
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  NtmCommunesPage *self = user_data;
  NtmUnit *unit = row_get_unit (row);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  NtmUnitKind kind = ntm_unit_get_kind (unit);

  if (query == NULL || *query == '\0')
    return TRUE;
  if (row_matches (self, row, query))
    return TRUE;
  /* Keep a district visible as the heading of its matching communes. */
  if (ntm_unit_kind_is_district_level (kind))
    return g_hash_table_contains (self->districts_matching, ntm_unit_get_code (unit));
  return FALSE;
}

static int
sort_func (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       user_data)
{
  guint rank_a = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (a), ROW_GROUP_RANK));
  guint rank_b = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (b), ROW_GROUP_RANK));
  guint index_a = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (a), ROW_INDEX));
  guint index_b = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (b), ROW_INDEX));

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;
  return index_a < index_b ? -1 : index_a > index_b;
}

/* A heading naming the former district above its first unit. */
static GtkWidget *
group_heading_new (NtmUnit *district)
{
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (district != NULL)
    /* Translators: a heading of the Communes list grouped by former district, e.g. "Formerly Huyện Hương Sơn" */
    text = g_strdup_printf (_("Formerly %s"), ntm_unit_get_name (district));
  label = gtk_label_new (text ? text : _("No former district on record"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_top (label, 10);
  gtk_widget_set_margin_bottom (label, 2);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  NtmCommunesPage *self = user_data;
  NtmUnit *unit = row_get_unit (row);

  if (is_grouped (self))
    {
      NtmUnit *group = g_object_get_data (G_OBJECT (row), ROW_GROUP);
      NtmUnit *group_before = before ? g_object_get_data (G_OBJECT (before), ROW_GROUP) : NULL;

      if (before == NULL || (group == NULL) != (group_before == NULL) ||
          (group != NULL && !g_str_equal (ntm_unit_get_code (group), ntm_unit_get_code (group_before))))
        gtk_list_box_row_set_header (row, group_heading_new (group));
      else
        gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (before != NULL && ntm_unit_kind_is_district_level (ntm_unit_get_kind (unit)))
    {
      if (gtk_list_box_row_get_header (row) == NULL)
        gtk_list_box_row_set_header (row, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
    }
  else
    gtk_list_box_row_set_header (row, NULL);
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_search_entry_search_changed_cb (NtmCommunesPage *self,
                                   GtkSearchEntry  *entry)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_hash_table_remove_all (self->districts_matching);
  if (self->units != NULL && query != NULL && *query != '\0')
    {
      for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
        {
          g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);
          const char *parent = ntm_unit_get_parent_code (unit);

          if (parent != NULL && ntm_unit_matches (unit, query))
            g_hash_table_add (self->districts_matching, g_strdup (parent));
        }
    }

  gtk_list_box_invalidate_filter (self->list_box);
  update_count_label (self);
}

static void
on_search_entry_activate_cb (NtmCommunesPage *self,
                             GtkSearchEntry  *entry)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (entry));

  /* Enter picks the first unit that matches by itself. */
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    {
      if (gtk_widget_get_child_visible (GTK_WIDGET (row)) && ntm_unit_matches (row_get_unit (row), query))
        {
          gtk_list_box_select_row (self->list_box, row);
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return;
        }
    }
}

static void
on_group_check_toggled_cb (NtmCommunesPage *self,
                           GtkCheckButton  *check)
{
  apply_grouping (self);
  update_count_label (self);
}

static void
on_list_box_row_selected_cb (NtmCommunesPage *self,
                             GtkListBoxRow   *row,
                             GtkListBox      *list_box)
{
  NtmUnit *unit = row ? row_get_unit (row) : NULL;

  /* The list empties itself while the page is disposed. */
  if (self->detail == NULL)
    return;

  g_free (self->selected_code);
  self->selected_code = unit ? g_strdup (ntm_unit_get_code (unit)) : NULL;
  show_selected (self);
}

static void
on_unit_profile_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  NtmDatabase *database = ntm_page_get_database (NTM_PAGE (widget));
  int year = ntm_page_get_year (NTM_PAGE (widget));
  const char *code = g_variant_get_string (parameter, NULL);

  if (database == NULL || *code == '\0')
    return;
  if (g_str_equal (action_name, "unit.print-profile"))
    ntm_report_print (widget, database, code, year);
  else
    ntm_report_choose_file (widget, database, code, year);
}

static gboolean
on_find_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  NtmCommunesPage *self = NTM_COMMUNES_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_communes_page_dispose (GObject *object)
{
  NtmCommunesPage *self = NTM_COMMUNES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_COMMUNES_PAGE);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->units);

  G_OBJECT_CLASS (ntm_communes_page_parent_class)->dispose (object);
}

static void
ntm_communes_page_finalize (GObject *object)
{
  NtmCommunesPage *self = NTM_COMMUNES_PAGE (object);

  g_clear_pointer (&self->districts_matching, g_hash_table_unref);
  g_clear_pointer (&self->former, g_hash_table_unref);
  g_clear_pointer (&self->selected_code, g_free);

  G_OBJECT_CLASS (ntm_communes_page_parent_class)->finalize (object);
}

static void
ntm_communes_page_class_init (NtmCommunesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NtmPageClass *page_class = NTM_PAGE_CLASS (klass);

  object_class->dispose = ntm_communes_page_dispose;
  object_class->finalize = ntm_communes_page_finalize;
  page_class->reload = ntm_communes_page_reload;
  page_class->depends_on = NTM_AREA_EVALUATION;

  g_type_ensure (NTM_TYPE_UNIT_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-communes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmCommunesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmCommunesPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, NtmCommunesPage, box);
  gtk_widget_class_bind_template_child (widget_class, NtmCommunesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NtmCommunesPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, NtmCommunesPage, group_check);
  gtk_widget_class_bind_template_child (widget_class, NtmCommunesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, NtmCommunesPage, detail);
  gtk_widget_class_bind_template_child (widget_class, NtmCommunesPage, unit_actions);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_group_check_toggled_cb);

  gtk_widget_class_install_action (widget_class, "unit.save-profile", "s", on_unit_profile_action_cb);
  gtk_widget_class_install_action (widget_class, "unit.print-profile", "s", on_unit_profile_action_cb);
}

static void
ntm_communes_page_init (NtmCommunesPage *self)
{
  GtkShortcutController *shortcuts;

  self->districts_matching = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (self->list_box, filter_row, self, NULL);
  gtk_list_box_set_header_func (self->list_box, header_func, self, NULL);
  gtk_list_box_set_sort_func (self->list_box, sort_func, self, NULL);

  /* Ctrl+F anywhere in the page goes to the search. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>f"),
                                                          gtk_callback_action_new (on_find_shortcut_cb,
                                                                                   NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Internal API (ntm-communes-page-private.h)                             */
/* ---------------------------------------------------------------------- */

/* Whether "Group by former district" is offered: in a year without
 * districts. */
gboolean
ntm_communes_page_offers_grouping (NtmCommunesPage *self)
{
  g_return_val_if_fail (NTM_IS_COMMUNES_PAGE (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->group_check));
}

/* Ticks or unticks "Group by former district". */
void
ntm_communes_page_set_grouped (NtmCommunesPage *self,
                               gboolean         grouped)
{
  g_return_if_fail (NTM_IS_COMMUNES_PAGE (self));
  gtk_check_button_set_active (self->group_check, grouped);
}

static GtkListBoxRow *
find_row (NtmCommunesPage *self,
          const char      *code)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    if (g_strcmp0 (ntm_unit_get_code (row_get_unit (row)), code) == 0)
      return row;
  return NULL;
}

/* Returns: (transfer none) (nullable): the former district the unit is
 * listed under, when grouped */
NtmUnit *
ntm_communes_page_get_row_group (NtmCommunesPage *self,
                                 const char      *code)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (NTM_IS_COMMUNES_PAGE (self), NULL);
  row = find_row (self, code);
  return row ? g_object_get_data (G_OBJECT (row), ROW_GROUP) : NULL;
}

/* Returns: (nullable): the key of the unit listed first */
const char *
ntm_communes_page_get_first_code (NtmCommunesPage *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (NTM_IS_COMMUNES_PAGE (self), NULL);
  row = gtk_list_box_get_row_at_index (self->list_box, 0);
  return row ? ntm_unit_get_code (row_get_unit (row)) : NULL;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_communes_page_select_unit:
 * @self: a #NtmCommunesPage
 * @code: a unit's code
 *
 * Selects the unit, clearing a search that hides it, and shows its detail.
 *
 * Returns: %TRUE if the unit is listed
 */
gboolean
ntm_communes_page_select_unit (NtmCommunesPage *self,
                               const char      *code)
{
  g_return_val_if_fail (NTM_IS_COMMUNES_PAGE (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    {
      if (g_strcmp0 (ntm_unit_get_code (row_get_unit (row)), code) != 0)
        continue;

      if (!ntm_unit_matches (row_get_unit (row), gtk_editable_get_text (GTK_EDITABLE (self->search_entry))))
        ntm_communes_page_set_search_text (self, "");
      gtk_list_box_select_row (self->list_box, row);
      return TRUE;
    }

  return FALSE;
}

const char *
ntm_communes_page_get_selected_code (NtmCommunesPage *self)
{
  g_return_val_if_fail (NTM_IS_COMMUNES_PAGE (self), NULL);
  return self->selected_code;
}

void
ntm_communes_page_set_search_text (NtmCommunesPage *self,
                                   const char      *text)
{
  g_return_if_fail (NTM_IS_COMMUNES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* Apply now rather than after the entry's delay. */
  on_search_entry_search_changed_cb (self, self->search_entry);
}

/**
 * ntm_communes_page_get_n_visible:
 * @self: a #NtmCommunesPage
 *
 * Returns: how many units the search leaves in the list
 */
guint
ntm_communes_page_get_n_visible (NtmCommunesPage *self)
{
  GtkListBoxRow *row;
  const char *query;
  guint n = 0;

  g_return_val_if_fail (NTM_IS_COMMUNES_PAGE (self), 0);

  query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    {
      if (row_matches (self, row, query))
        n++;
    }

  return n;
}

static gboolean
scroll_to_selected_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  GtkListBox *list_box = GTK_LIST_BOX (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list_box);
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_point_t top;
  double page;

  if (row == NULL || scrolled == NULL)
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_height (GTK_WIDGET (row)) == 0 ||
      !gtk_widget_compute_point (GTK_WIDGET (row), widget, &GRAPHENE_POINT_INIT (0, 0), &top))
    return G_SOURCE_CONTINUE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  page = gtk_adjustment_get_page_size (adjustment);
  if (top.y < gtk_adjustment_get_value (adjustment) ||
      top.y + gtk_widget_get_height (GTK_WIDGET (row)) > gtk_adjustment_get_value (adjustment) + page)
    gtk_adjustment_set_value (adjustment, top.y - page / 3);
  return G_SOURCE_REMOVE;
}

/**
 * ntm_communes_page_focus_selected:
 * @self: a #NtmCommunesPage
 *
 * Moves the keyboard focus to the selected unit, scrolling it into view.
 */
void
ntm_communes_page_focus_selected (NtmCommunesPage *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (NTM_IS_COMMUNES_PAGE (self));

  row = gtk_list_box_get_selected_row (self->list_box);
  if (row == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (row));
  /* Before the first layout the focus cannot scroll: do it once laid out. */
  gtk_widget_add_tick_callback (GTK_WIDGET (self->list_box), scroll_to_selected_cb, NULL, NULL);
}
