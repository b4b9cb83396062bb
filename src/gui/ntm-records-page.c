/* ntm-records-page.c: the OCOP and Funds views: a searchable list and forms
 *
 * One class for both registries, chosen by the "kind" property ("ocop" or
 * "funds"): a search entry, a filter (validity for OCOP, source for funds),
 * a count or totals line, Add and Export buttons, and a column view whose
 * rows open the record's form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ntm-format.h"
#include "ntm-fund.h"
#include "ntm-ocop-product.h"
#include "ntm-record-form.h"
#include "ntm-records-page.h"
#include "ntm-list-export.h"
#include "ntm-report-actions.h"

typedef char *(*CellFunc) (gpointer item);

typedef struct {
  const char *title;
  CellFunc    text;
  gboolean    numeric;
  gboolean    expand;
} ColumnSpec;

struct _NtmRecordsPage
{
  NtmPage             parent_instance;

  GtkWidget          *box;
  GtkWidget          *search_entry;
  GtkWidget          *filter_dropdown;
  GtkWidget          *summary_label;
  GtkWidget          *column_view;
  GtkWidget          *empty_label;
  GListStore         *store;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;

  char               *kind;
};

G_DEFINE_FINAL_TYPE (NtmRecordsPage, ntm_records_page, NTM_TYPE_PAGE)

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------------- */
/* Cells                                                                  */
/* ---------------------------------------------------------------------- */

static char *product_name (gpointer i) { return g_strdup (ntm_ocop_product_get_name (i)); }
static char *product_group (gpointer i) { return g_strdup (ntm_ocop_group_get_label (ntm_ocop_product_get_group (i))); }
static char *product_producer (gpointer i) { return g_strdup (ntm_ocop_product_get_producer (i)); }
static char *product_commune (gpointer i) { return g_strdup (ntm_ocop_product_get_commune_name (i)); }
static char *product_district (gpointer i) { return g_strdup (ntm_ocop_product_get_district_name (i)); }
static char *product_score (gpointer i) { return g_strdup_printf ("%d", ntm_ocop_product_get_score (i)); }
static char *product_date (gpointer i) { return ntm_format_date (ntm_ocop_product_get_decision_date (i)); }
static char *product_markets (gpointer i) { return g_strdup (ntm_ocop_product_get_export_markets (i)); }

static char *
product_stars (gpointer item)
{
  int stars = ntm_ocop_product_get_stars (item);

  /* Translators: an OCOP rating, e.g. "4 ★" */
  return g_strdup_printf (_("%d ★"), stars);
}

static char *
product_expiry (gpointer item)
{
  g_autofree char *iso = ntm_ocop_product_dup_expiry_date (item);

  return ntm_format_date (iso);
}

static char *
product_status (gpointer item)
{
  return g_strdup (ntm_ocop_validity_get_label (ntm_ocop_product_get_validity (item, NULL)));
}

static char *fund_unit (gpointer i) { return g_strdup (ntm_fund_get_unit_name (i)); }
static char *fund_district (gpointer i) { return g_strdup (ntm_fund_get_district_name (i)); }
static char *fund_source (gpointer i) { return g_strdup (ntm_fund_source_get_label (ntm_fund_get_source (i))); }
static char *fund_sponsor (gpointer i) { return g_strdup (ntm_fund_get_sponsor (i)); }
static char *fund_note (gpointer i) { return g_strdup (ntm_fund_get_note (i)); }

static char *
fund_planned (gpointer item)
{
  gint64 amount;

  return ntm_fund_get_planned (item, &amount) ? ntm_format_money (amount, ntm_language_get_default ())
                                              : g_strdup ("–");
}

static char *
fund_actual (gpointer item)
{
  gint64 amount;

  return ntm_fund_get_actual (item, &amount) ? ntm_format_money (amount, ntm_language_get_default ())
                                             : g_strdup ("–");
}

static const ColumnSpec product_columns[] = {
  { N_("Product"), product_name, FALSE, TRUE },
  { N_("Group"), product_group, FALSE, FALSE },
  { N_("Producer"), product_producer, FALSE, TRUE },
  { N_("Commune"), product_commune, FALSE, FALSE },
  { N_("District"), product_district, FALSE, FALSE },
  { N_("Stars"), product_stars, TRUE, FALSE },
  { N_("Score"), product_score, TRUE, FALSE },
  { N_("Decision date"), product_date, TRUE, FALSE },
  { N_("Expires on"), product_expiry, TRUE, FALSE },
  { N_("Status"), product_status, FALSE, FALSE },
  { N_("Export markets"), product_markets, FALSE, FALSE },
};

static const ColumnSpec fund_columns[] = {
  { N_("Unit"), fund_unit, FALSE, TRUE },
  { N_("District"), fund_district, FALSE, FALSE },
  { N_("Source"), fund_source, FALSE, TRUE },
  { N_("Sponsor"), fund_sponsor, FALSE, FALSE },
  { N_("Planned"), fund_planned, TRUE, FALSE },
  { N_("Mobilised"), fund_actual, TRUE, FALSE },
  { N_("Note"), fund_note, FALSE, FALSE },
};

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
is_ocop (NtmRecordsPage *self)
{
  return g_strcmp0 (self->kind, "ocop") == 0;
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             const ColumnSpec         *spec)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), spec->numeric ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (spec->numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            const ColumnSpec         *spec)
{
  g_autofree char *text = spec->text (gtk_list_item_get_item (list_item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), text ? text : "");
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  NtmRecordsPage *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint choice = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->filter_dropdown));

  if (NTM_IS_OCOP_PRODUCT (item))
    {
      NtmOcopValidity validity = ntm_ocop_product_get_validity (item, NULL);

      if ((choice == 1 && validity != NTM_OCOP_VALID && validity != NTM_OCOP_EXPIRING) ||
          (choice == 2 && validity != NTM_OCOP_EXPIRING) ||
          (choice == 3 && validity != NTM_OCOP_EXPIRED) ||
          (choice >= 4 && choice <= 6 && ntm_ocop_product_get_stars (item) != (int) choice - 1))
        return FALSE;
      return ntm_ocop_product_matches (item, query);
    }

  if (choice > 0 && choice != GTK_INVALID_LIST_POSITION &&
      (int) ntm_fund_get_source (item) != (int) choice - 1)
    return FALSE;
  return ntm_fund_matches (item, query);
}

static void
update_summary (NtmRecordsPage *self)
{
  g_autofree char *text = ntm_records_page_dup_summary (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  gtk_label_set_label (GTK_LABEL (self->summary_label), text);
  gtk_widget_set_visible (self->empty_label, n == 0);
  gtk_widget_set_visible (gtk_widget_get_parent (self->column_view), n > 0);
}

static NtmDatabase *
get_database (NtmRecordsPage *self)
{
  return ntm_page_get_database (NTM_PAGE (self));
}

static void
ntm_records_page_reload (NtmPage *page)
{
  NtmRecordsPage *self = NTM_RECORDS_PAGE (page);
  NtmDatabase *database = ntm_page_get_database (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;

  g_list_store_remove_all (self->store);
  if (database == NULL || self->kind == NULL)
    return;

  items = is_ocop (self) ? ntm_database_list_ocop_products (database, &error)
                         : ntm_database_list_funds (database, ntm_page_get_year (page), &error);
  if (items == NULL)
    {
      g_warning ("Cannot list records: %s", error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_list_store_append (self->store, item);
    }
  update_summary (self);
}

static void
on_filter_changed_cb (NtmRecordsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

static void
open_form (NtmRecordsPage *self,
           gpointer        item)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  NtmRecordForm *form;

  if (get_database (self) == NULL)
    return;
  if (is_ocop (self))
    form = ntm_record_form_new_for_product (parent, get_database (self), item);
  else
    {
      g_autoptr(NtmFund) fund = item ? g_object_ref (item) : ntm_fund_new ();
      if (item == NULL)
        ntm_fund_set_year (fund, ntm_page_get_year (NTM_PAGE (self)));
      form = ntm_record_form_new_for_fund (parent, get_database (self), fund);
    }
  gtk_window_present (GTK_WINDOW (form));
}

static void
on_activate_cb (GtkColumnView  *view,
                guint           position,
                NtmRecordsPage *self)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  open_form (self, item);
}

static void
on_add_clicked_cb (GtkButton      *button,
                   NtmRecordsPage *self)
{
  open_form (self, NULL);
}

static void
on_export_clicked_cb (GtkButton      *button,
                      NtmRecordsPage *self)
{
  if (get_database (self) != NULL)
    ntm_list_export_choose (GTK_WIDGET (self), get_database (self), is_ocop (self) ? "ocop" : "funds",
                         is_ocop (self) ? 0 : ntm_page_get_year (NTM_PAGE (self)));
}

/* The OCOP register is the same for every year. */
static void
ntm_records_page_year_changed (NtmPage *page)
{
  if (!is_ocop (NTM_RECORDS_PAGE (page)))
    ntm_records_page_reload (page);
}

static void
ntm_records_page_database_changed (NtmPage *page,
                                   NtmArea  areas)
{
  NtmRecordsPage *self = NTM_RECORDS_PAGE (page);

  if ((areas & (NTM_AREA_UNITS | (is_ocop (self) ? NTM_AREA_OCOP : NTM_AREA_FUNDS))) != 0)
    ntm_records_page_reload (page);
}

static GtkWidget *
button_new (const char *icon,
            const char *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  return button;
}

/* Builds what depends on the kind, once it is known. */
static void
build (NtmRecordsPage *self)
{
  const ColumnSpec *columns = is_ocop (self) ? product_columns : fund_columns;
  guint n_columns = is_ocop (self) ? G_N_ELEMENTS (product_columns) : G_N_ELEMENTS (fund_columns);
  GtkStringList *choices = gtk_string_list_new (NULL);

  if (is_ocop (self))
    {
      gtk_string_list_append (choices, _("All products"));
      gtk_string_list_append (choices, _("Valid"));
      gtk_string_list_append (choices, _("Expiring within 90 days"));
      gtk_string_list_append (choices, _("Expired"));
      gtk_string_list_append (choices, _("3 stars"));
      gtk_string_list_append (choices, _("4 stars"));
      gtk_string_list_append (choices, _("5 stars"));
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      g_object_set (self->search_entry, "placeholder-text", _("Search products, producers, communes…"), NULL);
      gtk_label_set_label (GTK_LABEL (self->empty_label), _("No OCOP product matches. Add products with “Add Product…”."));
    }
  else
    {
      gtk_string_list_append (choices, _("All sources"));
      for (int s = 0; s < NTM_FUND_N_SOURCES; s++)
        gtk_string_list_append (choices, ntm_fund_source_get_label (s));
      g_object_set (self->search_entry, "placeholder-text", _("Search units, sponsors, notes…"), NULL);
      gtk_label_set_label (GTK_LABEL (self->empty_label), _("No funds are recorded for this year and filter. Add them with “Add Record…”."));
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->filter_dropdown), G_LIST_MODEL (choices));
  g_object_unref (choices);

  for (guint c = 0; c < n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), (gpointer) &columns[c]);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), (gpointer) &columns[c]);
      column = gtk_column_view_column_new (_(columns[c].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[c].expand);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (self->column_view), column);
      g_object_unref (column);
    }

  {
    GtkWidget *toolbar = gtk_widget_get_first_child (self->box);
    GtkWidget *add = button_new ("list-add-symbolic", is_ocop (self) ? _("_Add Product…") : _("_Add Record…"));
    GtkWidget *export = button_new ("x-office-spreadsheet-symbolic", _("_Export…"));

    gtk_widget_add_css_class (add, "suggested-action");
    gtk_widget_set_tooltip_text (export, _("Export the list as a spreadsheet (XLSX) or CSV file"));
    g_signal_connect (add, "clicked", G_CALLBACK (on_add_clicked_cb), self);
    g_signal_connect (export, "clicked", G_CALLBACK (on_export_clicked_cb), self);
    gtk_box_append (GTK_BOX (toolbar), export);
    gtk_box_append (GTK_BOX (toolbar), add);
  }
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_records_page_dispose (GObject *object)
{
  NtmRecordsPage *self = NTM_RECORDS_PAGE (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->filtered);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ntm_records_page_parent_class)->dispose (object);
}

static void
ntm_records_page_finalize (GObject *object)
{
  NtmRecordsPage *self = NTM_RECORDS_PAGE (object);

  g_free (self->kind);

  G_OBJECT_CLASS (ntm_records_page_parent_class)->finalize (object);
}

static void
ntm_records_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  NtmRecordsPage *self = NTM_RECORDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_string (value, self->kind); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_records_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  NtmRecordsPage *self = NTM_RECORDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_dup_string (value);
      build (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_records_page_class_init (NtmRecordsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  NtmPageClass *page_class = NTM_PAGE_CLASS (klass);

  object_class->dispose = ntm_records_page_dispose;
  object_class->finalize = ntm_records_page_finalize;
  object_class->get_property = ntm_records_page_get_property;
  object_class->set_property = ntm_records_page_set_property;
  page_class->reload = ntm_records_page_reload;
  page_class->year_changed = ntm_records_page_year_changed;
  page_class->database_changed = ntm_records_page_database_changed;
  page_class->depends_on = NTM_AREA_UNITS | NTM_AREA_OCOP | NTM_AREA_FUNDS;

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "ocop",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ntm_records_page_init (NtmRecordsPage *self)
{
  GtkWidget *toolbar, *scrolled;
  GtkSelectionModel *selection;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_set_margin_top (toolbar, 8);
  gtk_widget_set_margin_start (toolbar, 12);
  gtk_widget_set_margin_end (toolbar, 12);
  self->search_entry = gtk_search_entry_new ();
  gtk_widget_set_hexpand (self->search_entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search the list"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_filter_changed_cb), self);
  self->filter_dropdown = gtk_drop_down_new (NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show"), -1);
  g_signal_connect_swapped (self->filter_dropdown, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);
  gtk_box_append (GTK_BOX (toolbar), self->search_entry);
  gtk_box_append (GTK_BOX (toolbar), self->filter_dropdown);
  gtk_box_append (GTK_BOX (self->box), toolbar);

  self->summary_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary_label), 0);
  gtk_widget_set_margin_start (self->summary_label, 14);
  gtk_widget_add_css_class (self->summary_label, "caption");
  gtk_widget_add_css_class (self->summary_label, "dim-label");
  gtk_box_append (GTK_BOX (self->box), self->summary_label);

  self->store = g_list_store_new (G_TYPE_OBJECT);
  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                              GTK_FILTER (self->filter));
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered))));
  self->column_view = gtk_column_view_new (selection);
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (self->column_view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Records; press Enter or double-click to edit"), -1);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (on_activate_cb), self);
  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->column_view);
  gtk_box_append (GTK_BOX (self->box), scrolled);

  self->empty_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_widget_set_vexpand (self->empty_label, TRUE);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_box_append (GTK_BOX (self->box), self->empty_label);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

guint
ntm_records_page_get_n_visible (NtmRecordsPage *self)
{
  g_return_val_if_fail (NTM_IS_RECORDS_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

void
ntm_records_page_set_search_text (NtmRecordsPage *self,
                                  const char     *text)
{
  g_return_if_fail (NTM_IS_RECORDS_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  on_filter_changed_cb (self);
}

/**
 * ntm_records_page_set_filter:
 * @self: a #NtmRecordsPage
 * @index: OCOP: 0 all, 1 valid, 2 expiring within 90 days, 3 expired,
 *   4–6 three to five stars; funds: 0 all, then each source in order
 */
void
ntm_records_page_set_filter (NtmRecordsPage *self,
                             guint           index)
{
  g_return_if_fail (NTM_IS_RECORDS_PAGE (self));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->filter_dropdown), index);
  on_filter_changed_cb (self);
}

/**
 * ntm_records_page_dup_summary:
 * @self: a #NtmRecordsPage
 *
 * Returns: (transfer full): the count line (OCOP) or the totals of the
 *   records shown (funds)
 */
char *
ntm_records_page_dup_summary (NtmRecordsPage *self)
{
  guint n;
  gint64 planned = 0, actual = 0;
  NtmLanguage language = ntm_language_get_default ();
  g_autofree char *p = NULL, *a = NULL;

  g_return_val_if_fail (NTM_IS_RECORDS_PAGE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  if (is_ocop (self))
    return g_strdup_printf (ngettext ("%u product", "%u products", n), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NtmFund) f = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);
      gint64 amount;

      if (ntm_fund_get_planned (f, &amount))
        planned += amount;
      if (ntm_fund_get_actual (f, &amount))
        actual += amount;
    }
  p = ntm_format_money (planned, language);
  a = ntm_format_money (actual, language);
  /* Translators: funds list totals: number of records, year, planned, mobilised */
  return g_strdup_printf (ngettext ("%u record in %d · planned %s · mobilised %s",
                                    "%u records in %d · planned %s · mobilised %s", n),
                          n, ntm_page_get_year (NTM_PAGE (self)), p, a);
}
