/* ntm-funds-page.c: the funds mobilised in the year shown
 *
 * The funds records of the year, planned and mobilised, with a filter by
 * source, a search and the totals of what is shown; a row opens the
 * record's form, Add Record… a new one for the year, Export… the year's
 * records. The layout, the columns and what their cells show are in
 * ntm-funds-page.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-choice.h"
#include "ntm-core-enums.h"
#include "ntm-error.h"
#include "ntm-format.h"
#include "ntm-funds-page.h"
#include "ntm-funds-page-private.h"
#include "ntm-list-export.h"
#include "ntm-record-form.h"

struct _NtmFundsPage
{
  NtmPage             parent_instance;

  /* template widgets */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *source_filter;
  GtkLabel           *summary_label;
  GtkStack           *stack;
  GtkColumnView      *view;
  AdwStatusPage      *error_page;

  GListStore         *store;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
};

G_DEFINE_FINAL_TYPE (NtmFundsPage, ntm_funds_page, NTM_TYPE_PAGE)

/* ---------------------------------------------------------------------- */
/* What the cells show (the closures of ntm-funds-page.ui)                */
/* ---------------------------------------------------------------------- */

#define TEXT_CELL(name, expression) \
  static char * \
  name (gpointer item, NtmFund *f) \
  { \
    return f != NULL ? (expression) : NULL; \
  }

TEXT_CELL (unit_cb, g_strdup (ntm_fund_get_unit_name (f)))
TEXT_CELL (district_cb, g_strdup (ntm_fund_get_district_name (f)))
TEXT_CELL (source_cb, g_strdup (ntm_fund_source_get_label (ntm_fund_get_source (f))))
TEXT_CELL (sponsor_cb, g_strdup (ntm_fund_get_sponsor (f)))
TEXT_CELL (note_cb, g_strdup (ntm_fund_get_note (f)))

static char *
planned_cb (gpointer  item,
            NtmFund  *f)
{
  gint64 amount;

  if (f == NULL)
    return NULL;
  return ntm_fund_get_planned (f, &amount) ? ntm_format_money (amount, ntm_language_get_default ())
                                           : g_strdup ("–");
}

static char *
actual_cb (gpointer  item,
           NtmFund  *f)
{
  gint64 amount;

  if (f == NULL)
    return NULL;
  return ntm_fund_get_actual (f, &amount) ? ntm_format_money (amount, ntm_language_get_default ())
                                          : g_strdup ("–");
}

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static NtmDatabase *
get_database (NtmFundsPage *self)
{
  return ntm_page_get_database (NTM_PAGE (self));
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  NtmFundsPage *self = user_data;
  int source = ntm_drop_down_get_value (self->source_filter);

  if (source != NTM_CHOICE_ANY && (int) ntm_fund_get_source (item) != source)
    return FALSE;
  return ntm_fund_matches (item, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
update_summary (NtmFundsPage *self)
{
  g_autofree char *text = ntm_funds_page_dup_summary (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  gtk_label_set_label (self->summary_label, text);
  ntm_page_show_list (self->stack, g_list_model_get_n_items (G_LIST_MODEL (self->store)), n);
}

static void
open_form (NtmFundsPage *self,
           NtmFund      *fund)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(NtmFund) record = fund ? g_object_ref (fund) : ntm_fund_new ();

  if (get_database (self) == NULL)
    return;
  if (fund == NULL)
    ntm_fund_set_year (record, ntm_page_get_year (NTM_PAGE (self)));
  gtk_window_present (GTK_WINDOW (ntm_record_form_new_for_fund (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                 get_database (self), record)));
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_filter_changed_cb (NtmFundsPage *self)
{
  /* the filter's choices are set up before the list */
  if (self->filter == NULL)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

/* Every record of the year: the search emptied, the filter back to all. */
static void
on_show_all_clicked_cb (NtmFundsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->source_filter, 0);
}

static void
on_activate_cb (NtmFundsPage  *self,
                guint          position,
                GtkColumnView *view)
{
  g_autoptr(NtmFund) fund = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  open_form (self, fund);
}

static void
on_add_clicked_cb (NtmFundsPage *self)
{
  open_form (self, NULL);
}

static void
on_export_clicked_cb (NtmFundsPage *self)
{
  if (get_database (self) != NULL)
    ntm_list_export_choose (GTK_WIDGET (self), get_database (self), "funds", ntm_page_get_year (NTM_PAGE (self)));
}

/* The year's records: for another database, another year, or when the
 * funds or the units they name change. */
static void
ntm_funds_page_reload (NtmPage *page)
{
  NtmFundsPage *self = NTM_FUNDS_PAGE (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;

  g_list_store_remove_all (self->store);
  if (get_database (self) == NULL)
    return;

  items = ntm_database_list_funds (get_database (self), ntm_page_get_year (page), &error);
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

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_funds_page_dispose (GObject *object)
{
  NtmFundsPage *self = NTM_FUNDS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_FUNDS_PAGE);
  g_clear_object (&self->filtered);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ntm_funds_page_parent_class)->dispose (object);
}

static void
ntm_funds_page_class_init (NtmFundsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NtmPageClass *page_class = NTM_PAGE_CLASS (klass);

  object_class->dispose = ntm_funds_page_dispose;
  page_class->reload = ntm_funds_page_reload;
  page_class->depends_on = NTM_AREA_UNITS | NTM_AREA_FUNDS;

  g_type_ensure (NTM_TYPE_CHOICE);
  g_type_ensure (NTM_TYPE_FUND);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-funds-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmFundsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NtmFundsPage, source_filter);
  gtk_widget_class_bind_template_child (widget_class, NtmFundsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, NtmFundsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmFundsPage, view);
  gtk_widget_class_bind_template_child (widget_class, NtmFundsPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_cb);
  gtk_widget_class_bind_template_callback (widget_class, district_cb);
  gtk_widget_class_bind_template_callback (widget_class, source_cb);
  gtk_widget_class_bind_template_callback (widget_class, sponsor_cb);
  gtk_widget_class_bind_template_callback (widget_class, planned_cb);
  gtk_widget_class_bind_template_callback (widget_class, actual_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_cb);
}

static void
ntm_funds_page_init (NtmFundsPage *self)
{
  g_autoptr(GListStore) sources = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  sources = ntm_choice_list_new_for_enum (NTM_TYPE_FUND_SOURCE, (NtmChoiceLabelFunc) ntm_fund_source_get_label,
                                          _("All sources"));
  gtk_drop_down_set_model (self->source_filter, G_LIST_MODEL (sources));

  self->store = g_list_store_new (NTM_TYPE_FUND);
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
ntm_funds_page_get_n_visible (NtmFundsPage *self)
{
  g_return_val_if_fail (NTM_IS_FUNDS_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

void
ntm_funds_page_set_search_text (NtmFundsPage *self,
                                const char   *text)
{
  g_return_if_fail (NTM_IS_FUNDS_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  on_filter_changed_cb (self);
}

/**
 * ntm_funds_page_set_source_filter:
 * @self: a #NtmFundsPage
 * @source: an #NtmFundSource, or %NTM_CHOICE_ANY for all
 */
void
ntm_funds_page_set_source_filter (NtmFundsPage *self,
                                  int           source)
{
  g_return_if_fail (NTM_IS_FUNDS_PAGE (self));
  g_return_if_fail (ntm_drop_down_select_value (self->source_filter, source));
  on_filter_changed_cb (self);
}

/**
 * ntm_funds_page_dup_summary:
 * @self: a #NtmFundsPage
 *
 * Returns: (transfer full): the totals of the records shown
 */
char *
ntm_funds_page_dup_summary (NtmFundsPage *self)
{
  NtmLanguage language = ntm_language_get_default ();
  gint64 planned = 0, actual = 0;
  g_autofree char *p = NULL, *a = NULL;
  guint n;

  g_return_val_if_fail (NTM_IS_FUNDS_PAGE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
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
