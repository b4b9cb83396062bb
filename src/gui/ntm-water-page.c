/* ntm-water-page.c: the Water view: clean-water schemes
 *
 * A table of the schemes with sortable columns, filters by status,
 * district and sustainability class, and a search. A scheme opens in its
 * form (double click or Enter); deleting asks first and can be undone from
 * the toast. The layout, the columns and what their cells show are in
 * ntm-water-page.ui; the view's actions are in its bottom bar, Delete
 * apart at the start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ntm-choice.h"
#include "ntm-delete-dialog.h"
#include "ntm-error.h"
#include "ntm-form.h"
#include "ntm-number.h"
#include "ntm-list-export.h"
#include "ntm-report-actions.h"
#include "ntm-scheme-window.h"
#include "ntm-unit.h"
#include "ntm-water-figures-window.h"
#include "ntm-water-page.h"
#include "ntm-water-page-private.h"
#include "ntm-water-scheme.h"

struct _NtmWaterPage
{
  NtmPage               parent_instance;

  /* template widgets */
  AdwToastOverlay      *toasts;
  GtkSearchEntry       *search;
  GtkDropDown          *status_filter;
  GtkDropDown          *district_filter;
  GtkDropDown          *sustainability_filter;
  GtkColumnView        *view;
  GtkColumnViewColumn  *code_column;
  GtkColumnViewColumn  *name_column;
  GtkColumnViewColumn  *communes_column;
  GtkColumnViewColumn  *status_column;
  GtkColumnViewColumn  *capacity_column;
  GtkColumnViewColumn  *households_column;
  GtkColumnViewColumn  *progress_column;
  GtkColumnViewColumn  *sustainability_column;
  GtkLabel             *count_label;
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  GtkWidget            *open_button;
  GtkWidget            *delete_button;

  GListStore           *store;
  GtkFilterListModel   *filtered;
  GtkCustomFilter      *filter;
  GtkSingleSelection   *selection;
  NtmWaterSchemeFields *deleted;     /* for undo */
};

G_DEFINE_FINAL_TYPE (NtmWaterPage, ntm_water_page, NTM_TYPE_PAGE)

/* The list of ntm_database_export_list() the Export button writes: every
 * scheme, whatever the filters, with all its fields. */
#define EXPORT_LIST "schemes"

/* How the table is sorted, column by column. */
typedef enum {
  SORT_CODE,
  SORT_NAME,
  SORT_COMMUNES,
  SORT_STATUS,
  SORT_CAPACITY,
  SORT_HOUSEHOLDS,
  SORT_PROGRESS,
  SORT_SUSTAINABILITY,
} SortBy;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static const NtmWaterSchemeFields *
fields_of (gpointer item)
{
  return ntm_water_scheme_get_fields (NTM_WATER_SCHEME (item));
}

static char *
format_number (double value,
               int    decimals)
{
  return isnan (value) ? g_strdup ("—") : ntm_number_format (value, decimals, ntm_language_get_default ());
}

static int
compare_numbers (double a,
                 double b)
{
  /* Unknown sorts last. */
  if (isnan (a) || isnan (b))
    return isnan (a) - isnan (b);
  return (a > b) - (a < b);
}

static int
compare_strings (const char *a,
                 const char *b)
{
  g_autofree char *ka = g_utf8_collate_key (a ? a : "", -1);
  g_autofree char *kb = g_utf8_collate_key (b ? b : "", -1);

  return g_strcmp0 (ka, kb);
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  SortBy by = GPOINTER_TO_INT (user_data);
  const NtmWaterSchemeFields *fa = fields_of ((gpointer) a);
  const NtmWaterSchemeFields *fb = fields_of ((gpointer) b);

  switch (by)
    {
    case SORT_CODE: return compare_strings (fa->code, fb->code);
    case SORT_NAME: return compare_strings (fa->name, fb->name);
    case SORT_COMMUNES:
      return compare_strings (ntm_water_scheme_get_commune_names ((NtmWaterScheme *) a),
                              ntm_water_scheme_get_commune_names ((NtmWaterScheme *) b));
    case SORT_STATUS:
      return compare_strings (ntm_water_choice_get_label (fa->status), ntm_water_choice_get_label (fb->status));
    case SORT_CAPACITY: return compare_numbers (fa->design_capacity, fb->design_capacity);
    case SORT_HOUSEHOLDS: return compare_numbers (fa->households_actual, fb->households_actual);
    case SORT_PROGRESS: return compare_numbers (fa->progress, fb->progress);
    case SORT_SUSTAINABILITY:
    default:
      return compare_strings (fa->sustainability, fb->sustainability);
    }
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  NtmWaterPage *self = user_data;
  NtmWaterScheme *scheme = item;
  const NtmWaterSchemeFields *f = ntm_water_scheme_get_fields (scheme);
  const char *status = ntm_drop_down_get_id (self->status_filter);
  const char *sustainability = ntm_drop_down_get_id (self->sustainability_filter);
  const char *district = ntm_drop_down_get_id (self->district_filter);

  if (status && g_strcmp0 (f->status, status) != 0)
    return FALSE;
  if (sustainability && g_strcmp0 (f->sustainability, sustainability) != 0)
    return FALSE;
  if (district && !ntm_water_scheme_in_district (scheme, district))
    return FALSE;
  return ntm_water_scheme_matches (scheme, gtk_editable_get_text (GTK_EDITABLE (self->search)));
}

static void
update_count (NtmWaterPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *text = NULL;

  /* Translators: schemes shown out of all schemes */
  text = g_strdup_printf (ngettext ("%u of %u scheme", "%u of %u schemes", total), shown, total);
  gtk_label_set_label (self->count_label, text);
  ntm_page_show_list (self->stack, total, shown);
}

/* The schemes cannot be read: say why, in place of the list. */
static void
show_failure (NtmWaterPage *self,
              const GError *error)
{
  g_autofree char *message = ntm_error_describe_read (error);

  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
refilter (NtmWaterPage *self)
{
  /* the filters' choices are set up before the list */
  if (self->filter == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static NtmDatabase *
get_database (NtmWaterPage *self)
{
  return ntm_page_get_database (NTM_PAGE (self));
}

static void
reload_schemes (NtmWaterPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) schemes = NULL;

  g_list_store_remove_all (self->store);
  if (get_database (self) == NULL)
    return;

  schemes = ntm_database_list_water_schemes (get_database (self), &error);
  if (schemes == NULL)
    {
      show_failure (self, error);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "list");
  for (guint i = 0; i < g_list_model_get_n_items (schemes); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (schemes, i);
      g_list_store_append (self->store, item);
    }
  refilter (self);
}

/* The districts of the filter; %FALSE when they cannot be read. */
static gboolean
fill_districts (NtmWaterPage  *self,
                GError       **error)
{
  g_autoptr(GListStore) choices = ntm_choice_list_new (_("All districts"));
  g_autoptr(GListModel) units = NULL;
  g_autofree char *chosen = g_strdup (ntm_drop_down_get_id (self->district_filter));

  if (get_database (self) != NULL)
    {
      units = ntm_database_list_units_in_year (get_database (self), ntm_page_get_year (NTM_PAGE (self)), error);
      if (units == NULL)
        return FALSE;
    }
  for (guint i = 0; units && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);

      if (ntm_unit_kind_is_district_level (ntm_unit_get_kind (unit)))
        ntm_choice_list_append (choices, NTM_CHOICE_ANY, ntm_unit_get_code (unit), ntm_unit_get_name (unit));
    }
  gtk_drop_down_set_model (self->district_filter, G_LIST_MODEL (choices));
  /* a district chosen in a year that had districts no longer applies in
   * one that has none (from July 2025), and the filter goes */
  if (!ntm_drop_down_select_id (self->district_filter, chosen))
    ntm_drop_down_select_id (self->district_filter, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->district_filter),
                          g_list_model_get_n_items (G_LIST_MODEL (choices)) > 1);
  return TRUE;
}

static GListModel *
choice_list (const char         *any,
             const char * const *choices)
{
  GListStore *list = ntm_choice_list_new (any);

  for (guint i = 0; choices[i] != NULL; i++)
    ntm_choice_list_append (list, NTM_CHOICE_ANY, choices[i], ntm_water_choice_get_label (choices[i]));
  return G_LIST_MODEL (list);
}

static NtmWaterScheme *
get_selected (NtmWaterPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
open_scheme (NtmWaterPage *self,
             gint64        id)
{
  g_autoptr(GError) error = NULL;
  NtmSchemeWindow *form;

  form = ntm_scheme_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), get_database (self), id,
                               &error);
  if (form == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  gtk_window_present (GTK_WINDOW (form));
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

/* What the cells show (the closures of ntm-water-page.ui) */

static char *
code_cb (gpointer        item,
         NtmWaterScheme *scheme)
{
  return scheme ? g_strdup (fields_of (scheme)->code) : NULL;
}

static char *
name_cb (gpointer        item,
         NtmWaterScheme *scheme)
{
  return scheme ? g_strdup (fields_of (scheme)->name) : NULL;
}

static char *
communes_cb (gpointer        item,
             NtmWaterScheme *scheme)
{
  return scheme ? g_strdup (ntm_water_scheme_get_commune_names (scheme)) : NULL;
}

static char *
status_cb (gpointer        item,
           NtmWaterScheme *scheme)
{
  return scheme ? g_strdup (ntm_water_choice_get_label (fields_of (scheme)->status)) : NULL;
}

static char *
capacity_cb (gpointer        item,
             NtmWaterScheme *scheme)
{
  return scheme ? format_number (fields_of (scheme)->design_capacity, 1) : NULL;
}

static char *
households_cb (gpointer        item,
               NtmWaterScheme *scheme)
{
  g_autofree char *actual = NULL;
  g_autofree char *design = NULL;

  if (scheme == NULL)
    return NULL;
  actual = format_number (fields_of (scheme)->households_actual, 0);
  design = format_number (fields_of (scheme)->households_design, 0);
  return g_strdup_printf ("%s / %s", actual, design);
}

static char *
progress_cb (gpointer        item,
             NtmWaterScheme *scheme)
{
  if (scheme == NULL)
    return NULL;
  if (isnan (fields_of (scheme)->progress))
    return g_strdup ("—");
  return ntm_number_format_percent (fields_of (scheme)->progress, 1, ntm_language_get_default ());
}

static char *
sustainability_cb (gpointer        item,
                   NtmWaterScheme *scheme)
{
  const char *sustainability;

  if (scheme == NULL)
    return NULL;
  sustainability = fields_of (scheme)->sustainability;
  return g_strdup (sustainability ? ntm_water_choice_get_label (sustainability) : "—");
}

static void
on_activate_cb (NtmWaterPage  *self,
                guint          position,
                GtkColumnView *view)
{
  g_autoptr(NtmWaterScheme) scheme = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (scheme != NULL)
    open_scheme (self, ntm_water_scheme_get_id (scheme));
}

static void
on_figures_clicked_cb (NtmWaterPage *self)
{
  ntm_water_page_open_household_figures (self);
}

static void
on_export_clicked_cb (NtmWaterPage *self)
{
  if (get_database (self) != NULL)
    ntm_list_export_choose (GTK_WIDGET (self), get_database (self), EXPORT_LIST, 0);
}

static void
on_new_clicked_cb (NtmWaterPage *self)
{
  open_scheme (self, 0);
}

static gboolean
is_set_transform (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_object (from) != NULL);
  return TRUE;
}

static void
on_open_clicked_cb (NtmWaterPage *self)
{
  NtmWaterScheme *scheme = get_selected (self);

  if (scheme != NULL)
    open_scheme (self, ntm_water_scheme_get_id (scheme));
}

static void
on_undo_clicked_cb (AdwToast     *toast,
                    NtmWaterPage *self)
{
  ntm_water_page_undo_delete (self);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       NtmWaterPage     *self)
{
  if (g_str_equal (response, "delete"))
    ntm_water_page_delete_selected (self, TRUE);
}

static void
on_delete_clicked_cb (NtmWaterPage *self)
{
  ntm_water_page_delete_selected (self, FALSE);
}

static void
on_filter_changed_cb (NtmWaterPage *self)
{
  refilter (self);
}

/* Every scheme: the search emptied, the filters back to all. */
static void
on_show_all_clicked_cb (NtmWaterPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  ntm_water_page_set_filters (self, NULL, NULL, NULL);
}

/* The district filter is filled for each database and when the units
 * change, the list when the schemes or the units change; the schemes do
 * not depend on the year. */
static void
ntm_water_page_reload (NtmPage *page)
{
  NtmWaterPage *self = NTM_WATER_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (!fill_districts (self, &error))
    {
      show_failure (self, error);
      return;
    }
  reload_schemes (self);
}

/* The schemes are the same in every year; the districts to filter by
 * are those of the year. */
static void
ntm_water_page_year_changed (NtmPage *page)
{
  NtmWaterPage *self = NTM_WATER_PAGE (page);
  g_autoptr(GError) error = NULL;

  if (!fill_districts (self, &error))
    {
      show_failure (self, error);
      return;
    }
  refilter (self);
}

static void
ntm_water_page_database_changed (NtmPage *page,
                                 NtmArea  areas)
{
  if ((areas & NTM_AREA_UNITS) != 0)
    ntm_water_page_reload (page);
  else
    reload_schemes (NTM_WATER_PAGE (page));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_water_page_dispose (GObject *object)
{
  NtmWaterPage *self = NTM_WATER_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_WATER_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->filtered);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (ntm_water_page_parent_class)->dispose (object);
}

static void
ntm_water_page_finalize (GObject *object)
{
  NtmWaterPage *self = NTM_WATER_PAGE (object);

  g_clear_pointer (&self->deleted, ntm_water_scheme_fields_free);
  G_OBJECT_CLASS (ntm_water_page_parent_class)->finalize (object);
}

static void
ntm_water_page_class_init (NtmWaterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NtmPageClass *page_class = NTM_PAGE_CLASS (klass);

  object_class->dispose = ntm_water_page_dispose;
  object_class->finalize = ntm_water_page_finalize;
  page_class->reload = ntm_water_page_reload;
  page_class->year_changed = ntm_water_page_year_changed;
  page_class->database_changed = ntm_water_page_database_changed;
  page_class->depends_on = NTM_AREA_UNITS | NTM_AREA_WATER_SCHEMES;

  g_type_ensure (NTM_TYPE_CHOICE);
  g_type_ensure (NTM_TYPE_WATER_SCHEME);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-water-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, toasts);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, search);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, district_filter);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, sustainability_filter);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, view);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, code_column);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, communes_column);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, capacity_column);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, households_column);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, progress_column);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, sustainability_column);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterPage, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_figures_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, code_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_cb);
  gtk_widget_class_bind_template_callback (widget_class, communes_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_cb);
  gtk_widget_class_bind_template_callback (widget_class, capacity_cb);
  gtk_widget_class_bind_template_callback (widget_class, households_cb);
  gtk_widget_class_bind_template_callback (widget_class, progress_cb);
  gtk_widget_class_bind_template_callback (widget_class, sustainability_cb);
}

static void
sort_column_by (GtkColumnViewColumn *column,
                SortBy               by)
{
  g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (compare_cb, GINT_TO_POINTER (by), NULL);

  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

static void
ntm_water_page_init (NtmWaterPage *self)
{
  g_autoptr(GListModel) statuses = NULL;
  g_autoptr(GListModel) sustainabilities = NULL;
  GtkSortListModel *sorted;

  self->store = g_list_store_new (NTM_TYPE_WATER_SCHEME);
  gtk_widget_init_template (GTK_WIDGET (self));

  statuses = choice_list (_("All statuses"), ntm_water_scheme_statuses ());
  gtk_drop_down_set_model (self->status_filter, statuses);
  sustainabilities = choice_list (_("All sustainability classes"), ntm_water_scheme_sustainabilities ());
  gtk_drop_down_set_model (self->sustainability_filter, sustainabilities);

  /* store → filter → sort by the column headers → selection */
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)), GTK_FILTER (self->filter));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  sort_column_by (self->code_column, SORT_CODE);
  sort_column_by (self->name_column, SORT_NAME);
  sort_column_by (self->communes_column, SORT_COMMUNES);
  sort_column_by (self->status_column, SORT_STATUS);
  sort_column_by (self->capacity_column, SORT_CAPACITY);
  sort_column_by (self->households_column, SORT_HOUSEHOLDS);
  sort_column_by (self->progress_column, SORT_PROGRESS);
  sort_column_by (self->sustainability_column, SORT_SUSTAINABILITY);

  /* Open and Delete act on the selected scheme: offer them only when one is. */
  g_object_bind_property_full (self->selection, "selected-item", self->open_button, "sensitive",
                               G_BINDING_SYNC_CREATE, is_set_transform, NULL, NULL, NULL);
  g_object_bind_property_full (self->selection, "selected-item", self->delete_button, "sensitive",
                               G_BINDING_SYNC_CREATE, is_set_transform, NULL, NULL, NULL);

  update_count (self);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

guint
ntm_water_page_get_n_visible (NtmWaterPage *self)
{
  g_return_val_if_fail (NTM_IS_WATER_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

void
ntm_water_page_set_search_text (NtmWaterPage *self,
                                const char   *text)
{
  g_return_if_fail (NTM_IS_WATER_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search), text ? text : "");
  refilter (self);
}

/**
 * ntm_water_page_set_filters:
 * @self: a #NtmWaterPage
 * @status: (nullable): a status, or %NULL for all
 * @district_code: (nullable): a district, or %NULL for all
 * @sustainability: (nullable): a class, or %NULL for all
 */
void
ntm_water_page_set_filters (NtmWaterPage *self,
                            const char   *status,
                            const char   *district_code,
                            const char   *sustainability)
{
  g_return_if_fail (NTM_IS_WATER_PAGE (self));

  if (!ntm_drop_down_select_id (self->status_filter, status))
    ntm_drop_down_select_id (self->status_filter, NULL);
  if (!ntm_drop_down_select_id (self->district_filter, district_code))
    ntm_drop_down_select_id (self->district_filter, NULL);
  if (!ntm_drop_down_select_id (self->sustainability_filter, sustainability))
    ntm_drop_down_select_id (self->sustainability_filter, NULL);
  refilter (self);
}

gboolean
ntm_water_page_select_scheme (NtmWaterPage *self,
                              gint64        id)
{
  GListModel *model;

  g_return_val_if_fail (NTM_IS_WATER_PAGE (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NtmWaterScheme) scheme = g_list_model_get_item (model, i);
      if (ntm_water_scheme_get_id (scheme) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ntm_water_page_delete_selected:
 * @self: a #NtmWaterPage
 * @confirmed: %FALSE to ask first
 *
 * Deletes the selected scheme (after asking, unless @confirmed) and offers
 * to undo it.
 */
void
ntm_water_page_delete_selected (NtmWaterPage *self,
                                gboolean      confirmed)
{
  NtmWaterScheme *scheme;
  g_autoptr(GError) error = NULL;
  NtmWaterSchemeFields *kept;
  g_autofree char *text = NULL;

  g_return_if_fail (NTM_IS_WATER_PAGE (self));

  scheme = get_selected (self);
  if (scheme == NULL)
    return;

  if (!confirmed)
    {
      AdwMessageDialog *dialog;
      g_autofree char *heading = g_strdup_printf (_("Delete “%s”?"), ntm_water_scheme_get_fields (scheme)->name);

      dialog = ADW_MESSAGE_DIALOG (ntm_delete_dialog_new (GTK_WIDGET (self), heading,
                                                          _("The scheme, the communes it serves and its investment are removed. You can undo this right after.")));
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  kept = ntm_database_load_water_scheme (get_database (self), ntm_water_scheme_get_id (scheme), &error);
  if (kept == NULL || !ntm_database_delete_water_scheme (get_database (self), ntm_water_scheme_get_id (scheme), &error))
    {
      ntm_water_scheme_fields_free (kept);
      ntm_error_show (GTK_WIDGET (self), _("The scheme could not be deleted"), error->message);
      return;
    }

  g_clear_pointer (&self->deleted, ntm_water_scheme_fields_free);
  self->deleted = kept;
  text = g_strdup_printf (_("“%s” deleted"), kept->name);
  ntm_form_add_undo_toast (self->toasts, adw_toast_new (text), G_CALLBACK (on_undo_clicked_cb), self);
}

/**
 * ntm_water_page_undo_delete:
 * @self: a #NtmWaterPage
 *
 * Returns: %TRUE when the last deleted scheme was put back
 */
gboolean
ntm_water_page_undo_delete (NtmWaterPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (NTM_IS_WATER_PAGE (self), FALSE);

  if (self->deleted == NULL)
    return FALSE;
  if (!ntm_database_save_water_scheme (get_database (self), self->deleted, &error))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return FALSE;
    }
  ntm_water_page_select_scheme (self, self->deleted->id);
  g_clear_pointer (&self->deleted, ntm_water_scheme_fields_free);
  return TRUE;
}

GtkColumnView *
ntm_water_page_get_column_view (NtmWaterPage *self)
{
  g_return_val_if_fail (NTM_IS_WATER_PAGE (self), NULL);
  return self->view;
}

/**
 * ntm_water_page_open_household_figures:
 * @self: a #NtmWaterPage
 *
 * Opens the household water figures of the district chosen in the filter
 * (or the first district) for the page's year.
 *
 * Returns: (transfer none) (nullable): the window opened
 */
NtmWaterFiguresWindow *
ntm_water_page_open_household_figures (NtmWaterPage *self)
{
  NtmWaterFiguresWindow *window;
  const char *code;

  g_return_val_if_fail (NTM_IS_WATER_PAGE (self), NULL);

  if (get_database (self) == NULL)
    return NULL;
  code = ntm_drop_down_get_id (self->district_filter);

  window = ntm_water_figures_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         get_database (self), ntm_page_get_year (NTM_PAGE (self)), code);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/**
 * ntm_water_page_export_to_path:
 * @self: a #NtmWaterPage
 * @path: the file to write: XLSX or CSV by its ending
 *
 * Exports every scheme to @path, as the Export button does once a file is
 * chosen: in a worker thread, with its progress and Cancel in the window,
 * then the outcome in a toast, or an error dialog.
 *
 * Returns: (transfer none) (nullable): the export, alive while it runs, or
 *   %NULL when it cannot start
 */
NtmJob *
ntm_water_page_export_to_path (NtmWaterPage *self,
                               const char   *path)
{
  g_return_val_if_fail (NTM_IS_WATER_PAGE (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (get_database (self) == NULL)
    return NULL;
  return ntm_list_export_start (GTK_WIDGET (self), get_database (self), EXPORT_LIST, 0, path);
}
