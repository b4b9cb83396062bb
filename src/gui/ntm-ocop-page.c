/* ntm-ocop-page.c: the OCOP register
 *
 * The products rated under the OCOP programme, as a searchable table with
 * filters by validity and by rating; a row opens the product's form, Add
 * Product… a new one, Export… the register. The layout, the columns and
 * what their cells show are in ntm-ocop-page.ui. The register does not
 * depend on the year shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-choice.h"
#include "ntm-error.h"
#include "ntm-format.h"
#include "ntm-list-export.h"
#include "ntm-ocop-page.h"
#include "ntm-ocop-page-private.h"
#include "ntm-record-form.h"

struct _NtmOcopPage
{
  NtmPage             parent_instance;

  /* template widgets */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *validity_filter;
  GtkDropDown        *stars_filter;
  GtkLabel           *summary_label;
  GtkStack           *stack;
  GtkColumnView      *view;
  AdwStatusPage      *error_page;

  GListStore         *store;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
};

G_DEFINE_FINAL_TYPE (NtmOcopPage, ntm_ocop_page, NTM_TYPE_PAGE)

/* ---------------------------------------------------------------------- */
/* What the cells show (the closures of ntm-ocop-page.ui)                 */
/* ---------------------------------------------------------------------- */

#define TEXT_CELL(name, expression) \
  static char * \
  name (gpointer item, NtmOcopProduct *p) \
  { \
    return p != NULL ? (expression) : NULL; \
  }

TEXT_CELL (name_cb, g_strdup (ntm_ocop_product_get_name (p)))
TEXT_CELL (group_cb, g_strdup (ntm_ocop_group_get_label (ntm_ocop_product_get_group (p))))
TEXT_CELL (producer_cb, g_strdup (ntm_ocop_product_get_producer (p)))
TEXT_CELL (commune_cb, g_strdup (ntm_ocop_product_get_commune_name (p)))
TEXT_CELL (district_cb, g_strdup (ntm_ocop_product_get_district_name (p)))
TEXT_CELL (score_cb, ntm_ocop_format_score (ntm_ocop_product_get_score (p)))
TEXT_CELL (decision_date_cb, ntm_format_date (ntm_ocop_product_get_decision_date (p)))
TEXT_CELL (markets_cb, g_strdup (ntm_ocop_product_get_export_markets (p)))
TEXT_CELL (validity_cb, g_strdup (ntm_ocop_validity_get_label (ntm_ocop_product_get_validity (p, NULL))))

static char *
stars_cb (gpointer        item,
          NtmOcopProduct *p)
{
  if (p == NULL)
    return NULL;
  /* Translators: an OCOP rating, e.g. "4 ★" */
  return g_strdup_printf (_("%d ★"), ntm_ocop_product_get_stars (p));
}

static char *
expiry_cb (gpointer        item,
           NtmOcopProduct *p)
{
  g_autofree char *iso = NULL;

  if (p == NULL)
    return NULL;
  iso = ntm_ocop_product_dup_expiry_date (p);
  return ntm_format_date (iso);
}

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static NtmDatabase *
get_database (NtmOcopPage *self)
{
  return ntm_page_get_database (NTM_PAGE (self));
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  NtmOcopPage *self = user_data;
  int validity = ntm_drop_down_get_value (self->validity_filter);
  int stars = ntm_drop_down_get_value (self->stars_filter);
  NtmOcopValidity v = ntm_ocop_product_get_validity (item, NULL);

  /* "valid" takes in those about to expire: they are valid still */
  if (validity == NTM_OCOP_VALID && v != NTM_OCOP_VALID && v != NTM_OCOP_EXPIRING)
    return FALSE;
  if (validity != NTM_CHOICE_ANY && validity != NTM_OCOP_VALID && (int) v != validity)
    return FALSE;
  if (stars != NTM_CHOICE_ANY && ntm_ocop_product_get_stars (item) != stars)
    return FALSE;
  return ntm_ocop_product_matches (item, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
update_summary (NtmOcopPage *self)
{
  g_autofree char *text = ntm_ocop_page_dup_summary (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  gtk_label_set_label (self->summary_label, text);
  ntm_page_show_list (self->stack, g_list_model_get_n_items (G_LIST_MODEL (self->store)), n);
}

static void
open_form (NtmOcopPage    *self,
           NtmOcopProduct *product)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (get_database (self) == NULL)
    return;
  gtk_window_present (GTK_WINDOW (ntm_record_form_new_for_product (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                    get_database (self), product,
                                                                    ntm_page_get_year (NTM_PAGE (self)))));
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_filter_changed_cb (NtmOcopPage *self)
{
  /* the filters' choices are set up before the list */
  if (self->filter == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

/* Every product: the search emptied, the filters back to all. */
static void
on_show_all_clicked_cb (NtmOcopPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->validity_filter, 0);
  gtk_drop_down_set_selected (self->stars_filter, 0);
}

static void
on_activate_cb (NtmOcopPage   *self,
                guint          position,
                GtkColumnView *view)
{
  g_autoptr(NtmOcopProduct) product = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  open_form (self, product);
}

static void
on_add_clicked_cb (NtmOcopPage *self)
{
  open_form (self, NULL);
}

static void
on_export_clicked_cb (NtmOcopPage *self)
{
  if (get_database (self) != NULL)
    ntm_list_export_choose (GTK_WIDGET (self), get_database (self), "ocop", 0);
}

static void
ntm_ocop_page_reload (NtmPage *page)
{
  NtmOcopPage *self = NTM_OCOP_PAGE (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;

  g_list_store_remove_all (self->store);
  if (get_database (self) == NULL)
    return;

  items = ntm_database_list_ocop_products (get_database (self), &error);
  if (items == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);

      adw_status_page_set_description (self->error_page, message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "list");
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_list_store_append (self->store, item);
    }
  update_summary (self);
}

/* The register is the same for every year. */
static void
ntm_ocop_page_year_changed (NtmPage *page)
{
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_ocop_page_dispose (GObject *object)
{
  NtmOcopPage *self = NTM_OCOP_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_OCOP_PAGE);
  g_clear_object (&self->filtered);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ntm_ocop_page_parent_class)->dispose (object);
}

static void
ntm_ocop_page_class_init (NtmOcopPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NtmPageClass *page_class = NTM_PAGE_CLASS (klass);

  object_class->dispose = ntm_ocop_page_dispose;
  page_class->reload = ntm_ocop_page_reload;
  page_class->year_changed = ntm_ocop_page_year_changed;
  page_class->depends_on = NTM_AREA_UNITS | NTM_AREA_OCOP;

  g_type_ensure (NTM_TYPE_CHOICE);
  g_type_ensure (NTM_TYPE_OCOP_PRODUCT);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-ocop-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmOcopPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NtmOcopPage, validity_filter);
  gtk_widget_class_bind_template_child (widget_class, NtmOcopPage, stars_filter);
  gtk_widget_class_bind_template_child (widget_class, NtmOcopPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, NtmOcopPage, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmOcopPage, view);
  gtk_widget_class_bind_template_child (widget_class, NtmOcopPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_cb);
  gtk_widget_class_bind_template_callback (widget_class, producer_cb);
  gtk_widget_class_bind_template_callback (widget_class, commune_cb);
  gtk_widget_class_bind_template_callback (widget_class, district_cb);
  gtk_widget_class_bind_template_callback (widget_class, stars_cb);
  gtk_widget_class_bind_template_callback (widget_class, score_cb);
  gtk_widget_class_bind_template_callback (widget_class, decision_date_cb);
  gtk_widget_class_bind_template_callback (widget_class, expiry_cb);
  gtk_widget_class_bind_template_callback (widget_class, validity_cb);
  gtk_widget_class_bind_template_callback (widget_class, markets_cb);
}

static void
ntm_ocop_page_init (NtmOcopPage *self)
{
  g_autoptr(GListStore) validities = ntm_choice_list_new (_("All products"));
  g_autoptr(GListStore) ratings = ntm_choice_list_new (_("All ratings"));
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  ntm_choice_list_append (validities, NTM_OCOP_VALID, "valid", _("Valid"));
  ntm_choice_list_append (validities, NTM_OCOP_EXPIRING, "expiring", _("Expiring within 90 days"));
  ntm_choice_list_append (validities, NTM_OCOP_EXPIRED, "expired", _("Expired"));
  gtk_drop_down_set_model (self->validity_filter, G_LIST_MODEL (validities));
  for (int stars = 3; stars <= 5; stars++)
    {
      g_autofree char *label = g_strdup_printf (ngettext ("%d star", "%d stars", stars), stars);
      ntm_choice_list_append (ratings, stars, NULL, label);
    }
  gtk_drop_down_set_model (self->stars_filter, G_LIST_MODEL (ratings));

  self->store = g_list_store_new (NTM_TYPE_OCOP_PRODUCT);
  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (selection));
  update_summary (self);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

guint
ntm_ocop_page_get_n_visible (NtmOcopPage *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

void
ntm_ocop_page_set_search_text (NtmOcopPage *self,
                               const char  *text)
{
  g_return_if_fail (NTM_IS_OCOP_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  on_filter_changed_cb (self);
}

/**
 * ntm_ocop_page_set_validity_filter:
 * @self: a #NtmOcopPage
 * @validity: an #NtmOcopValidity (valid, expiring or expired; valid takes
 *   in the products expiring), or %NTM_CHOICE_ANY for all
 */
void
ntm_ocop_page_set_validity_filter (NtmOcopPage *self,
                                   int          validity)
{
  g_return_if_fail (NTM_IS_OCOP_PAGE (self));
  g_return_if_fail (ntm_drop_down_select_value (self->validity_filter, validity));
  on_filter_changed_cb (self);
}

/**
 * ntm_ocop_page_set_stars_filter:
 * @self: a #NtmOcopPage
 * @stars: 3, 4 or 5, or %NTM_CHOICE_ANY for all
 */
void
ntm_ocop_page_set_stars_filter (NtmOcopPage *self,
                                int          stars)
{
  g_return_if_fail (NTM_IS_OCOP_PAGE (self));
  g_return_if_fail (ntm_drop_down_select_value (self->stars_filter, stars));
  on_filter_changed_cb (self);
}

/**
 * ntm_ocop_page_dup_summary:
 * @self: a #NtmOcopPage
 *
 * Returns: (transfer full): the count of products shown
 */
char *
ntm_ocop_page_dup_summary (NtmOcopPage *self)
{
  guint n;

  g_return_val_if_fail (NTM_IS_OCOP_PAGE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  return g_strdup_printf (ngettext ("%u product", "%u products", n), n);
}
