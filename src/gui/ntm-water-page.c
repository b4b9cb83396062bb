/* ntm-water-page.c: the Water view: clean-water schemes
 *
 * A table of the schemes with sortable columns, filters by status,
 * district and sustainability class, and a search. A scheme opens in its
 * form (double click or Enter); deleting asks first and can be undone from
 * the toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ntm-form.h"
#include "ntm-number.h"
#include "ntm-list-export.h"
#include "ntm-report-actions.h"
#include "ntm-scheme-window.h"
#include "ntm-unit.h"
#include "ntm-water-figures-window.h"
#include "ntm-water-page.h"
#include "ntm-water-scheme.h"

struct _NtmWaterPage
{
  NtmPage               parent_instance;

  AdwToastOverlay      *toasts;
  GtkSearchEntry       *search;
  GtkDropDown          *status_filter;
  GtkDropDown          *district_filter;
  GtkDropDown          *sustainability_filter;
  GtkColumnView        *view;
  GtkLabel             *count_label;
  GtkStack             *stack;

  GListStore           *store;
  GtkFilterListModel   *filtered;
  GtkCustomFilter      *filter;
  GtkSingleSelection   *selection;
  GPtrArray            *district_codes;
  NtmWaterSchemeFields *deleted;     /* for undo */
  NtmLanguage           language;
};

G_DEFINE_FINAL_TYPE (NtmWaterPage, ntm_water_page, NTM_TYPE_PAGE)

/* The list of ntm_database_export_list() the Export button writes: every
 * scheme, whatever the filters, with all its fields. */
#define EXPORT_LIST "schemes"

typedef enum {
  COLUMN_CODE,
  COLUMN_NAME,
  COLUMN_COMMUNES,
  COLUMN_STATUS,
  COLUMN_CAPACITY,
  COLUMN_HOUSEHOLDS,
  COLUMN_PROGRESS,
  COLUMN_SUSTAINABILITY,
} Column;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static const NtmWaterSchemeFields *
fields_of (gpointer item)
{
  return ntm_water_scheme_get_fields (NTM_WATER_SCHEME (item));
}

static char *
cell_text (NtmWaterPage   *self,
           NtmWaterScheme *scheme,
           Column          column)
{
  const NtmWaterSchemeFields *f = ntm_water_scheme_get_fields (scheme);

  switch (column)
    {
    case COLUMN_CODE: return g_strdup (f->code);
    case COLUMN_NAME: return g_strdup (f->name);
    case COLUMN_COMMUNES: return g_strdup (ntm_water_scheme_get_commune_names (scheme));
    case COLUMN_STATUS: return g_strdup (ntm_water_choice_get_label (f->status));
    case COLUMN_CAPACITY:
      return isnan (f->design_capacity) ? g_strdup ("—") : ntm_number_format (f->design_capacity, 1, self->language);
    case COLUMN_HOUSEHOLDS:
      {
        g_autofree char *actual = isnan (f->households_actual) ? g_strdup ("—")
                                : ntm_number_format (f->households_actual, 0, self->language);
        g_autofree char *design = isnan (f->households_design) ? g_strdup ("—")
                                : ntm_number_format (f->households_design, 0, self->language);
        return g_strdup_printf ("%s / %s", actual, design);
      }
    case COLUMN_PROGRESS:
      return isnan (f->progress) ? g_strdup ("—") : ntm_number_format_percent (f->progress, 1, self->language);
    case COLUMN_SUSTAINABILITY:
    default:
      return g_strdup (f->sustainability ? ntm_water_choice_get_label (f->sustainability) : "—");
    }
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
  Column column = GPOINTER_TO_INT (user_data);
  const NtmWaterSchemeFields *fa = fields_of ((gpointer) a);
  const NtmWaterSchemeFields *fb = fields_of ((gpointer) b);

  switch (column)
    {
    case COLUMN_CODE: return compare_strings (fa->code, fb->code);
    case COLUMN_NAME: return compare_strings (fa->name, fb->name);
    case COLUMN_COMMUNES:
      return compare_strings (ntm_water_scheme_get_commune_names ((NtmWaterScheme *) a),
                              ntm_water_scheme_get_commune_names ((NtmWaterScheme *) b));
    case COLUMN_STATUS:
      return compare_strings (ntm_water_choice_get_label (fa->status), ntm_water_choice_get_label (fb->status));
    case COLUMN_CAPACITY: return compare_numbers (fa->design_capacity, fb->design_capacity);
    case COLUMN_HOUSEHOLDS: return compare_numbers (fa->households_actual, fb->households_actual);
    case COLUMN_PROGRESS: return compare_numbers (fa->progress, fb->progress);
    case COLUMN_SUSTAINABILITY:
    default:
      return compare_strings (fa->sustainability, fb->sustainability);
    }
}

static const char *
selected_choice (GtkDropDown        *dropdown,
                 const char * const *choices)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? NULL : choices[selected - 1];
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  NtmWaterPage *self = user_data;
  NtmWaterScheme *scheme = item;
  const NtmWaterSchemeFields *f = ntm_water_scheme_get_fields (scheme);
  const char *status = selected_choice (self->status_filter, ntm_water_scheme_statuses ());
  const char *sustainability = selected_choice (self->sustainability_filter, ntm_water_scheme_sustainabilities ());
  guint district = gtk_drop_down_get_selected (self->district_filter);

  if (status && g_strcmp0 (f->status, status) != 0)
    return FALSE;
  if (sustainability && g_strcmp0 (f->sustainability, sustainability) != 0)
    return FALSE;
  if (district > 0 && district <= self->district_codes->len &&
      !ntm_water_scheme_in_district (scheme, g_ptr_array_index (self->district_codes, district - 1)))
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
  gtk_stack_set_visible_child_name (self->stack, total == 0 ? "empty" : "list");
}

static void
refilter (NtmWaterPage *self)
{
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
      g_warning ("Cannot list the water schemes: %s", error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (schemes); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (schemes, i);
      g_list_store_append (self->store, item);
    }
  refilter (self);
}

static void
fill_districts (NtmWaterPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new ((const char * const[]) { _("All districts"), NULL });
  g_autoptr(GListModel) units = NULL;

  g_ptr_array_set_size (self->district_codes, 0);
  if (get_database (self) != NULL)
    units = ntm_database_list_units (get_database (self), NULL);
  for (guint i = 0; units && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      if (!ntm_unit_kind_is_district_level (ntm_unit_get_kind (unit)))
        continue;
      gtk_string_list_append (names, ntm_unit_get_name (unit));
      g_ptr_array_add (self->district_codes, g_strdup (ntm_unit_get_code (unit)));
    }
  gtk_drop_down_set_model (self->district_filter, G_LIST_MODEL (names));
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

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  Column column = GPOINTER_TO_INT (user_data);

  gtk_label_set_xalign (GTK_LABEL (label),
                        column >= COLUMN_CAPACITY && column <= COLUMN_PROGRESS ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column >= COLUMN_CAPACITY && column <= COLUMN_PROGRESS)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  NtmWaterPage *self = g_object_get_data (G_OBJECT (factory), "page");
  g_autofree char *text = cell_text (self, gtk_list_item_get_item (item), GPOINTER_TO_INT (user_data));

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text);
}

static void
on_activate_cb (GtkColumnView *view,
                guint          position,
                NtmWaterPage  *self)
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

/* The district filter is filled for each database, the list whenever
 * the schemes or the units change; the schemes do not depend on the year. */
static void
ntm_water_page_reload (NtmPage *page)
{
  NtmWaterPage *self = NTM_WATER_PAGE (page);

  fill_districts (self);
  reload_schemes (self);
}

static void
ntm_water_page_year_changed (NtmPage *page)
{
}

static void
ntm_water_page_database_changed (NtmPage *page,
                                 NtmArea  areas)
{
  reload_schemes (NTM_WATER_PAGE (page));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_water_page_dispose (GObject *object)
{
  NtmWaterPage *self = NTM_WATER_PAGE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->filtered);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (ntm_water_page_parent_class)->dispose (object);
}

static void
ntm_water_page_finalize (GObject *object)
{
  NtmWaterPage *self = NTM_WATER_PAGE (object);

  g_clear_pointer (&self->district_codes, g_ptr_array_unref);
  g_clear_pointer (&self->deleted, ntm_water_scheme_fields_free);
  G_OBJECT_CLASS (ntm_water_page_parent_class)->finalize (object);
}

static void
ntm_water_page_class_init (NtmWaterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  NtmPageClass *page_class = NTM_PAGE_CLASS (klass);

  object_class->dispose = ntm_water_page_dispose;
  object_class->finalize = ntm_water_page_finalize;
  page_class->reload = ntm_water_page_reload;
  page_class->year_changed = ntm_water_page_year_changed;
  page_class->database_changed = ntm_water_page_database_changed;
  page_class->depends_on = NTM_AREA_UNITS | NTM_AREA_WATER_SCHEMES;
}

static GtkDropDown *
choice_filter (const char         *all,
               const char * const *choices)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new ((const char * const[]) { all, NULL });

  for (guint i = 0; choices[i]; i++)
    gtk_string_list_append (labels, ntm_water_choice_get_label (choices[i]));
  return GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL));
}

static void
add_column (NtmWaterPage *self,
            const char   *title,
            Column        column,
            gboolean      expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;
  GtkCustomSorter *sorter;

  g_object_set_data (G_OBJECT (factory), "page", self);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), GINT_TO_POINTER (column));
  col = gtk_column_view_column_new (title, factory);
  sorter = gtk_custom_sorter_new (compare_cb, GINT_TO_POINTER (column), NULL);
  gtk_column_view_column_set_sorter (col, GTK_SORTER (sorter));
  g_object_unref (sorter);
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_append_column (self->view, col);
  g_object_unref (col);
}

static void
ntm_water_page_init (NtmWaterPage *self)
{
  GtkWidget *box, *bar, *scrolled, *new_button, *open_button, *delete_button, *figures_button, *export_button;
  GtkWidget *empty, *footer;
  GtkSortListModel *sorted;

  self->language = ntm_language_get_default ();
  self->district_codes = g_ptr_array_new_with_free_func (g_free);
  self->store = g_list_store_new (NTM_TYPE_WATER_SCHEME);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 8);
  gtk_widget_set_margin_bottom (bar, 8);
  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search schemes or communes"), NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->search), TRUE);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (on_filter_changed_cb), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search));
  self->status_filter = choice_filter (_("All statuses"), ntm_water_scheme_statuses ());
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_filter), _("Status"));
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->status_filter));
  self->district_filter = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->district_filter), _("District"));
  g_signal_connect_swapped (self->district_filter, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->district_filter));
  self->sustainability_filter = choice_filter (_("All sustainability classes"), ntm_water_scheme_sustainabilities ());
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sustainability_filter), _("Sustainability class"));
  g_signal_connect_swapped (self->sustainability_filter, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->sustainability_filter));
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  /* store → filter → sort by the column headers → selection */
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)), GTK_FILTER (self->filter));
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  add_column (self, _("Code"), COLUMN_CODE, FALSE);
  add_column (self, _("Name"), COLUMN_NAME, TRUE);
  add_column (self, _("Communes served"), COLUMN_COMMUNES, TRUE);
  add_column (self, _("Status"), COLUMN_STATUS, FALSE);
  add_column (self, _("Capacity (m³/day)"), COLUMN_CAPACITY, FALSE);
  add_column (self, _("Households (actual / design)"), COLUMN_HOUSEHOLDS, FALSE);
  add_column (self, _("Progress"), COLUMN_PROGRESS, FALSE);
  add_column (self, _("Sustainability"), COLUMN_SUSTAINABILITY, FALSE);
  g_signal_connect (self->view, "activate", G_CALLBACK (on_activate_cb), self);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  gtk_stack_add_named (self->stack, scrolled, "list");
  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "weather-showers-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Water Scheme Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Add the centralised water-supply schemes with “New scheme”."));
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (footer, 12);
  gtk_widget_set_margin_end (footer, 12);
  gtk_widget_set_margin_top (footer, 6);
  gtk_widget_set_margin_bottom (footer, 6);
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_label_set_xalign (self->count_label, 0);
  gtk_box_append (GTK_BOX (footer), GTK_WIDGET (self->count_label));
  /* Translators: a Water view button; keep its mnemonic apart from Delete, Open, New scheme */
  export_button = gtk_button_new_with_mnemonic (C_("water view", "_Export…"));
  gtk_widget_set_tooltip_text (export_button,
                               _("Export every scheme with all its fields as a spreadsheet (XLSX) or CSV file"));
  g_signal_connect_swapped (export_button, "clicked", G_CALLBACK (on_export_clicked_cb), self);
  gtk_box_append (GTK_BOX (footer), export_button);
  figures_button = gtk_button_new_with_mnemonic (_("_Household figures…"));
  gtk_widget_set_tooltip_text (figures_button,
                               _("Households in total, on hygienic water and on clean water, per commune, for the year"));
  g_signal_connect_swapped (figures_button, "clicked", G_CALLBACK (on_figures_clicked_cb), self);
  gtk_box_append (GTK_BOX (footer), figures_button);
  delete_button = gtk_button_new_with_mnemonic (_("_Delete…"));
  g_signal_connect_swapped (delete_button, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  gtk_box_append (GTK_BOX (footer), delete_button);
  open_button = gtk_button_new_with_mnemonic (_("_Open"));
  g_signal_connect_swapped (open_button, "clicked", G_CALLBACK (on_open_clicked_cb), self);
  gtk_box_append (GTK_BOX (footer), open_button);

  /* Open and Delete act on the selected scheme: offer them only when one is. */
  g_object_bind_property_full (self->selection, "selected-item", open_button, "sensitive",
                               G_BINDING_SYNC_CREATE, is_set_transform, NULL, NULL, NULL);
  g_object_bind_property_full (self->selection, "selected-item", delete_button, "sensitive",
                               G_BINDING_SYNC_CREATE, is_set_transform, NULL, NULL, NULL);
  new_button = gtk_button_new_with_mnemonic (_("_New scheme"));
  gtk_widget_add_css_class (new_button, "suggested-action");
  g_signal_connect_swapped (new_button, "clicked", G_CALLBACK (on_new_clicked_cb), self);
  gtk_box_append (GTK_BOX (footer), new_button);
  gtk_box_append (GTK_BOX (box), footer);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, box);
  gtk_widget_set_parent (GTK_WIDGET (self->toasts), GTK_WIDGET (self));

  fill_districts (self);
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
  const char * const *statuses = ntm_water_scheme_statuses ();
  const char * const *classes = ntm_water_scheme_sustainabilities ();
  guint s = 0, d = 0, c = 0;

  g_return_if_fail (NTM_IS_WATER_PAGE (self));

  for (guint i = 0; status && statuses[i]; i++)
    if (g_str_equal (statuses[i], status))
      s = i + 1;
  for (guint i = 0; district_code && i < self->district_codes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->district_codes, i), district_code))
      d = i + 1;
  for (guint i = 0; sustainability && classes[i]; i++)
    if (g_str_equal (classes[i], sustainability))
      c = i + 1;
  gtk_drop_down_set_selected (self->status_filter, s);
  gtk_drop_down_set_selected (self->district_filter, d);
  gtk_drop_down_set_selected (self->sustainability_filter, c);
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

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                           heading,
                                                           _("The scheme, the communes it serves and its investment are removed. You can undo this right after.")));
      adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (dialog, "cancel");
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  kept = ntm_database_load_water_scheme (get_database (self), ntm_water_scheme_get_id (scheme), &error);
  if (kept == NULL || !ntm_database_delete_water_scheme (get_database (self), ntm_water_scheme_get_id (scheme), &error))
    {
      ntm_water_scheme_fields_free (kept);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
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
  guint district;
  const char *code = NULL;

  g_return_val_if_fail (NTM_IS_WATER_PAGE (self), NULL);

  if (get_database (self) == NULL)
    return NULL;
  district = gtk_drop_down_get_selected (self->district_filter);
  if (district > 0 && district <= self->district_codes->len)
    code = g_ptr_array_index (self->district_codes, district - 1);

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
