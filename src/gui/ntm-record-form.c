/* ntm-record-form.c: the form dialogs for OCOP products, funds and targets
 *
 * One dialog class for these records: a list of fields (text rows and
 * choice rows), Save, Cancel and, for a record that exists, Delete. The
 * record is validated by the model layer; a refused record leaves the
 * dialog open with the reason shown and nothing written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-format.h"
#include "ntm-number.h"
#include "ntm-record-form.h"
#include "ntm-unit.h"

struct _NtmRecordForm
{
  AdwWindow       parent_instance;

  NtmDatabase    *database;
  NtmOcopProduct *product;     /* one of the three */
  NtmFund        *fund;
  NtmTarget      *target;
  GtkWidget      *group;
  GtkWidget      *error_label;
  GHashTable     *fields;      /* name → GtkWidget (AdwEntryRow or GtkDropDown) */
  GHashTable     *codes;       /* name → GStrv: the value of each choice */
  char           *error;
};

G_DEFINE_FINAL_TYPE (NtmRecordForm, ntm_record_form, ADW_TYPE_WINDOW)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
add_entry (NtmRecordForm *self,
           const char    *name,
           const char    *title,
           const char    *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);
  g_hash_table_insert (self->fields, g_strdup (name), row);
}

static void
add_choice (NtmRecordForm *self,
            const char    *name,
            const char    *title,
            GPtrArray     *labels,    /* of char*, owned by caller */
            GPtrArray     *values,
            const char    *current)
{
  GtkWidget *row = adw_action_row_new ();
  GtkStringList *model = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  GtkExpression *expression;

  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (labels, i));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  dropdown = gtk_drop_down_new (G_LIST_MODEL (model), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), labels->len > 12);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  for (guint i = 0; i < values->len; i++)
    if (g_strcmp0 (g_ptr_array_index (values, i), current) == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), dropdown);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);

  g_ptr_array_add (values, NULL);
  g_hash_table_insert (self->codes, g_strdup (name), g_strdupv ((char **) values->pdata));
  g_ptr_array_remove_index (values, values->len - 1);
  g_hash_table_insert (self->fields, g_strdup (name), dropdown);
}

static const char *
field_text (NtmRecordForm *self,
            const char    *name)
{
  GtkWidget *widget = g_hash_table_lookup (self->fields, name);

  g_assert (ADW_IS_ENTRY_ROW (widget));
  return gtk_editable_get_text (GTK_EDITABLE (widget));
}

static const char *
field_choice (NtmRecordForm *self,
              const char    *name)
{
  GtkWidget *widget = g_hash_table_lookup (self->fields, name);
  char **codes = g_hash_table_lookup (self->codes, name);
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (widget));

  if (selected == GTK_INVALID_LIST_POSITION || selected >= g_strv_length (codes))
    return NULL;
  return codes[selected];
}

static void
show_error (NtmRecordForm *self,
            const char    *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (GTK_LABEL (self->error_label), message ? message : "");
  gtk_widget_set_visible (self->error_label, message != NULL);
}

/* dd/mm/yyyy or yyyy-mm-dd → yyyy-mm-dd; anything else as typed, for the
 * model layer to refuse with its message. */
static char *
normalise_date (const char *text)
{
  unsigned d, m, y;
  char tail;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (sscanf (trimmed, "%2u/%2u/%4u%c", &d, &m, &y, &tail) == 3 && y >= 1000)
    return g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  return g_steal_pointer (&trimmed);
}

static GPtrArray *
units_for_choice (NtmRecordForm *self,
                  gboolean       communes_only,
                  GPtrArray     *values)
{
  g_autoptr(GListModel) units = ntm_database_list_units (self->database, NULL);
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *district = NULL;

  for (guint i = 0; units && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      NtmUnitKind kind = ntm_unit_get_kind (unit);

      if (ntm_unit_kind_is_district_level (kind))
        {
          g_free (district);
          district = g_strdup (ntm_unit_get_name (unit));
        }
      if (communes_only && !ntm_unit_kind_is_commune_level (kind))
        continue;
      if (ntm_unit_kind_is_commune_level (kind) && district != NULL)
        g_ptr_array_add (labels, g_strdup_printf ("%s — %s", ntm_unit_get_name (unit), district));
      else
        g_ptr_array_add (labels, g_strdup (ntm_unit_get_name (unit)));
      g_ptr_array_add (values, g_strdup (ntm_unit_get_code (unit)));
    }
  return labels;
}

static gboolean
save_product (NtmRecordForm  *self,
              GError        **error)
{
  g_autoptr(NtmOcopProduct) p = ntm_ocop_product_copy (self->product);
  g_autofree char *date = normalise_date (field_text (self, "decision-date"));
  g_autofree char *score_text = g_strstrip (g_strdup (field_text (self, "score")));
  NtmOcopGroup group;
  NtmProducerType type;
  double score;

  if (!ntm_number_parse (score_text, ntm_language_get_default (), NTM_NUMBER_FLAGS_NONE, &score, NULL))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Enter the score in points, from 50 to 100, with at most one decimal."));
      return FALSE;
    }

  ntm_ocop_product_set_name (p, field_text (self, "name"));
  if (ntm_ocop_group_from_string (field_choice (self, "group"), &group))
    ntm_ocop_product_set_group (p, group);
  ntm_ocop_product_set_producer (p, field_text (self, "producer"));
  if (ntm_producer_type_from_string (field_choice (self, "producer-type"), &type))
    ntm_ocop_product_set_producer_type (p, type);
  ntm_ocop_product_set_commune_code (p, field_choice (self, "commune"));
  ntm_ocop_product_set_score (p, CLAMP (score, -1, 1000));
  ntm_ocop_product_set_decision_number (p, field_text (self, "decision-number"));
  ntm_ocop_product_set_decision_date (p, date);
  ntm_ocop_product_set_export_markets (p, field_text (self, "export-markets"));
  ntm_ocop_product_set_note (p, field_text (self, "note"));

  return ntm_database_save_ocop_product (self->database, p, error);
}

static gboolean
parse_amount (const char  *text,
              gboolean    *known,
              gint64      *value,
              const char  *what,
              GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autoptr(GError) local = NULL;

  *known = *trimmed != '\0';
  if (!*known)
    return TRUE;
  if (!ntm_parse_money (trimmed, value, &local))
    {
      /* Translators: which amount (planned, mobilised), then why it is refused */
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID, _("%s: %s"), what, local->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_fund (NtmRecordForm  *self,
           GError        **error)
{
  g_autoptr(NtmFund) f = ntm_fund_copy (self->fund);
  g_autofree char *year_text = g_strstrip (g_strdup (field_text (self, "year")));
  NtmFundSource source;
  gboolean known;
  gint64 amount = 0;
  char *end = NULL;
  gint64 year;

  year = g_ascii_strtoll (year_text, &end, 10);
  if (*year_text == '\0' || end == NULL || *end != '\0')
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Enter the year as four digits, for example 2024."));
      return FALSE;
    }
  ntm_fund_set_year (f, (int) CLAMP (year, 0, 9999));
  ntm_fund_set_unit_code (f, field_choice (self, "unit"));
  if (ntm_fund_source_from_string (field_choice (self, "source"), &source))
    ntm_fund_set_source (f, source);
  ntm_fund_set_sponsor (f, field_text (self, "sponsor"));
  if (!parse_amount (field_text (self, "planned"), &known, &amount, _("Planned amount"), error))
    return FALSE;
  ntm_fund_set_planned (f, known, amount);
  if (!parse_amount (field_text (self, "actual"), &known, &amount, _("Amount mobilised"), error))
    return FALSE;
  ntm_fund_set_actual (f, known, amount);
  ntm_fund_set_note (f, field_text (self, "note"));

  return ntm_database_save_fund (self->database, f, error);
}

static gboolean
save_target (NtmRecordForm  *self,
             GError        **error)
{
  g_autoptr(NtmTarget) t = ntm_target_copy (self->target);
  g_autoptr(GError) local = NULL;
  NtmTargetKind kind = NTM_TARGET_TOTAL;
  double value;

  if (!ntm_number_parse (field_text (self, "value"), ntm_language_get_default (),
                         NTM_NUMBER_FLAGS_NONE, &value, &local))
    {
      /* Translators: the field, then why its text is refused */
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID, _("%s: %s"),
                   _("Target value"), local->message);
      return FALSE;
    }
  ntm_target_set_metric (t, field_choice (self, "metric"));
  ntm_target_set_scope_code (t, field_choice (self, "scope"));
  if (ntm_target_kind_from_string (field_choice (self, "kind"), &kind))
    ntm_target_set_kind (t, kind);
  ntm_target_set_value (t, value);
  ntm_target_set_source (t, field_text (self, "source"));
  ntm_target_set_note (t, field_text (self, "note"));

  if (!ntm_database_save_target (self->database, t, error))
    return FALSE;
  g_set_object (&self->target, t);
  return TRUE;
}

static void
on_save_clicked_cb (GtkButton     *button,
                    NtmRecordForm *self)
{
  if (ntm_record_form_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_cancel_clicked_cb (GtkButton     *button,
                      NtmRecordForm *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_delete_clicked_cb (GtkButton     *button,
                      NtmRecordForm *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->product != NULL)
    ok = ntm_database_delete_ocop_product (self->database, ntm_ocop_product_get_id (self->product), &error);
  else
    ok = ntm_database_delete_fund (self->database, ntm_fund_get_id (self->fund), &error);

  if (ok)
    gtk_window_destroy (GTK_WINDOW (self));
  else
    show_error (self, error->message);
}

static void
build (NtmRecordForm *self,
       GtkWindow     *parent,
       const char    *title,
       gboolean       exists)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect (save, "clicked", G_CALLBACK (on_save_clicked_cb), self);
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_cancel_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  gtk_box_append (GTK_BOX (box), header);

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_add_css_class (self->error_label, "ntm-form-error");
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Why the record was not saved"), -1);
  gtk_box_append (GTK_BOX (box), self->error_label);

  self->group = adw_preferences_group_new ();
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);

  if (exists)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *delete = gtk_button_new_with_mnemonic (_("_Delete This Record"));

      gtk_widget_add_css_class (delete, "destructive-action");
      gtk_widget_set_halign (delete, GTK_ALIGN_START);
      g_signal_connect (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), delete);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
    }

  adw_window_set_content (ADW_WINDOW (self), box);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_record_form_dispose (GObject *object)
{
  NtmRecordForm *self = NTM_RECORD_FORM (object);

  g_clear_object (&self->database);
  g_clear_object (&self->product);
  g_clear_object (&self->fund);
  g_clear_object (&self->target);

  G_OBJECT_CLASS (ntm_record_form_parent_class)->dispose (object);
}

static void
ntm_record_form_finalize (GObject *object)
{
  NtmRecordForm *self = NTM_RECORD_FORM (object);

  g_hash_table_unref (self->fields);
  g_hash_table_unref (self->codes);
  g_free (self->error);

  G_OBJECT_CLASS (ntm_record_form_parent_class)->finalize (object);
}

static void
ntm_record_form_class_init (NtmRecordFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ntm_record_form_dispose;
  object_class->finalize = ntm_record_form_finalize;
}

static void
ntm_record_form_init (NtmRecordForm *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_record_form_new_for_product:
 * @parent: (nullable): the window it belongs to
 * @database: the database
 * @product: (nullable): the product to edit; %NULL to add one
 *
 * Returns: (transfer floating): the form, to be presented
 */
NtmRecordForm *
ntm_record_form_new_for_product (GtkWindow      *parent,
                                 NtmDatabase    *database,
                                 NtmOcopProduct *product)
{
  NtmRecordForm *self = g_object_new (NTM_TYPE_RECORD_FORM, NULL);
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *score = NULL;
  NtmOcopProduct *p;

  self->database = g_object_ref (database);
  self->product = product ? ntm_ocop_product_copy (product) : ntm_ocop_product_new ();
  p = self->product;
  build (self, parent, product ? _("Edit OCOP Product") : _("New OCOP Product"), product != NULL);

  add_entry (self, "name", _("Product name"), ntm_ocop_product_get_name (p));

  labels = g_ptr_array_new ();
  for (int i = 0; i < NTM_OCOP_N_GROUPS; i++)
    {
      g_ptr_array_add (labels, (gpointer) ntm_ocop_group_get_label (i));
      g_ptr_array_add (values, g_strdup (ntm_ocop_group_to_string (i)));
    }
  add_choice (self, "group", _("Product group"), labels, values,
              ntm_ocop_group_to_string (ntm_ocop_product_get_group (p)));
  g_ptr_array_set_size (labels, 0);
  g_ptr_array_set_size (values, 0);

  add_entry (self, "producer", _("Producer"), ntm_ocop_product_get_producer (p));
  for (int i = 0; i < NTM_N_PRODUCER_TYPES; i++)
    {
      g_ptr_array_add (labels, (gpointer) ntm_producer_type_get_label (i));
      g_ptr_array_add (values, g_strdup (ntm_producer_type_to_string (i)));
    }
  add_choice (self, "producer-type", _("Type of producer"), labels, values,
              ntm_producer_type_to_string (ntm_ocop_product_get_producer_type (p)));
  g_ptr_array_set_size (values, 0);

  {
    g_autoptr(GPtrArray) unit_labels = units_for_choice (self, TRUE, values);
    add_choice (self, "commune", _("Commune"), unit_labels, values, ntm_ocop_product_get_commune_code (p));
    g_ptr_array_set_size (values, 0);
  }

  score = product ? ntm_ocop_format_score (ntm_ocop_product_get_score (p)) : g_strdup ("");
  add_entry (self, "score", _("Score (50–100 points; 3★ 50–69, 4★ 70–89, 5★ 90–100)"), score);
  add_entry (self, "decision-number", _("Decision number"), ntm_ocop_product_get_decision_number (p));
  {
    g_autofree char *date = ntm_format_date (ntm_ocop_product_get_decision_date (p));
    add_entry (self, "decision-date", _("Decision date (dd/mm/yyyy)"), date);
  }
  add_entry (self, "export-markets", _("Export markets"), ntm_ocop_product_get_export_markets (p));
  add_entry (self, "note", _("Note"), ntm_ocop_product_get_note (p));

  return self;
}

/**
 * ntm_record_form_new_for_fund:
 * @parent: (nullable): the window it belongs to
 * @database: the database
 * @fund: the record to edit, or a new record (id 0) with its year set
 *
 * Returns: (transfer floating): the form, to be presented
 */
NtmRecordForm *
ntm_record_form_new_for_fund (GtkWindow   *parent,
                              NtmDatabase *database,
                              NtmFund     *fund)
{
  NtmRecordForm *self = g_object_new (NTM_TYPE_RECORD_FORM, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *year = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *actual = NULL;
  gboolean exists = ntm_fund_get_id (fund) != 0;
  gint64 amount;

  self->database = g_object_ref (database);
  self->fund = ntm_fund_copy (fund);
  build (self, parent, exists ? _("Edit Funds Record") : _("New Funds Record"), exists);

  year = g_strdup_printf ("%d", ntm_fund_get_year (fund));
  add_entry (self, "year", _("Year"), year);
  {
    g_autoptr(GPtrArray) unit_labels = units_for_choice (self, FALSE, values);
    add_choice (self, "unit", _("Province, district or commune"), unit_labels, values, ntm_fund_get_unit_code (fund));
    g_ptr_array_set_size (values, 0);
  }
  for (int i = 0; i < NTM_FUND_N_SOURCES; i++)
    {
      g_ptr_array_add (labels, (gpointer) ntm_fund_source_get_label (i));
      g_ptr_array_add (values, g_strdup (ntm_fund_source_to_string (i)));
    }
  add_choice (self, "source", _("Source"), labels, values, ntm_fund_source_to_string (ntm_fund_get_source (fund)));
  add_entry (self, "sponsor", _("Sponsor (for sponsorship)"), ntm_fund_get_sponsor (fund));
  planned = ntm_fund_get_planned (fund, &amount) ? ntm_format_integer (amount, ntm_language_get_default ()) : g_strdup ("");
  add_entry (self, "planned", _("Planned amount (đồng)"), planned);
  actual = ntm_fund_get_actual (fund, &amount) ? ntm_format_integer (amount, ntm_language_get_default ()) : g_strdup ("");
  add_entry (self, "actual", _("Amount mobilised (đồng)"), actual);
  add_entry (self, "note", _("Note"), ntm_fund_get_note (fund));

  return self;
}

/**
 * ntm_record_form_new_for_target:
 * @parent: (nullable): the window it belongs to
 * @database: the database
 * @target: the target to edit, or a new one (id 0) with its year set
 *
 * The form has no Delete button: targets are deleted from their list,
 * where the deletion can be undone.
 *
 * Returns: (transfer floating): the form, to be presented
 */
NtmRecordForm *
ntm_record_form_new_for_target (GtkWindow   *parent,
                                NtmDatabase *database,
                                NtmTarget   *target)
{
  NtmRecordForm *self = g_object_new (NTM_TYPE_RECORD_FORM, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) units = ntm_database_list_units (database, NULL);
  g_autoptr(GPtrArray) unit_labels = g_ptr_array_new_with_free_func (g_free);
  const char * const *metrics = ntm_target_list_metrics ();
  gboolean exists = ntm_target_get_id (target) != 0;
  g_autofree char *title = NULL;
  g_autofree char *value = NULL;

  self->database = g_object_ref (database);
  self->target = ntm_target_copy (target);
  title = exists ? g_strdup_printf (_("Edit Target for %d"), ntm_target_get_year (target))
                 : g_strdup_printf (_("New Target for %d"), ntm_target_get_year (target));
  build (self, parent, title, FALSE);

  for (guint i = 0; metrics[i] != NULL; i++)
    {
      g_ptr_array_add (labels, (gpointer) ntm_target_metric_get_label (metrics[i]));
      g_ptr_array_add (values, g_strdup (metrics[i]));
    }
  add_choice (self, "metric", _("What the target measures"), labels, values, ntm_target_get_metric (target));
  g_ptr_array_set_size (labels, 0);
  g_ptr_array_set_size (values, 0);

  /* The province, then its districts. */
  for (guint i = 0; units && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      NtmUnitKind kind = ntm_unit_get_kind (unit);

      if (kind != NTM_UNIT_KIND_PROVINCE && !ntm_unit_kind_is_district_level (kind))
        continue;
      g_ptr_array_add (unit_labels, g_strdup (ntm_unit_get_name (unit)));
      g_ptr_array_add (values, g_strdup (ntm_unit_get_code (unit)));
    }
  add_choice (self, "scope", _("Province or district"), unit_labels, values,
              *ntm_target_get_scope_code (target) ? ntm_target_get_scope_code (target)
                                                  : g_ptr_array_index (values, 0));
  g_ptr_array_set_size (values, 0);

  for (int k = NTM_TARGET_TOTAL; k <= NTM_TARGET_PERCENT; k++)
    {
      g_ptr_array_add (labels, (gpointer) ntm_target_kind_get_label (k));
      g_ptr_array_add (values, g_strdup (ntm_target_kind_to_string (k)));
    }
  add_choice (self, "kind", _("Kind of target"), labels, values,
              ntm_target_kind_to_string (ntm_target_get_kind (target)));

  value = exists ? ntm_number_format (ntm_target_get_value (target), 2, ntm_language_get_default ())
                 : g_strdup ("");
  add_entry (self, "value", _("Target value (a number; a percentage for percentage targets)"), value);
  add_entry (self, "source", _("Source (the plan or decision that sets it)"), ntm_target_get_source (target));
  add_entry (self, "note", _("Note"), ntm_target_get_note (target));

  return self;
}

/**
 * ntm_record_form_get_target:
 * @self: a #NtmRecordForm made for a target
 *
 * Returns: (transfer none) (nullable): the target as last saved (with its
 *   id), or as given when not saved yet
 */
NtmTarget *
ntm_record_form_get_target (NtmRecordForm *self)
{
  g_return_val_if_fail (NTM_IS_RECORD_FORM (self), NULL);
  return self->target;
}

/**
 * ntm_record_form_save:
 * @self: a #NtmRecordForm
 *
 * Reads the fields and saves the record. When the record is refused the
 * reason is shown in the form (see ntm_record_form_get_error()) and nothing
 * is written.
 *
 * Returns: %TRUE if saved
 */
gboolean
ntm_record_form_save (NtmRecordForm *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (NTM_IS_RECORD_FORM (self), FALSE);

  if (self->product != NULL)
    ok = save_product (self, &error);
  else if (self->target != NULL)
    ok = save_target (self, &error);
  else
    ok = save_fund (self, &error);
  show_error (self, ok ? NULL : error->message);
  return ok;
}

/**
 * ntm_record_form_get_error:
 * @self: a #NtmRecordForm
 *
 * Returns: (nullable): why the last save was refused
 */
const char *
ntm_record_form_get_error (NtmRecordForm *self)
{
  g_return_val_if_fail (NTM_IS_RECORD_FORM (self), NULL);
  return self->error;
}

/**
 * ntm_record_form_set_field:
 * @self: a #NtmRecordForm
 * @field: a field's name ("name", "score", "commune", "planned", …)
 * @text: the text to type, or for a choice the value to pick
 */
void
ntm_record_form_set_field (NtmRecordForm *self,
                           const char    *field,
                           const char    *text)
{
  GtkWidget *widget;

  g_return_if_fail (NTM_IS_RECORD_FORM (self));

  widget = g_hash_table_lookup (self->fields, field);
  g_return_if_fail (widget != NULL);

  if (ADW_IS_ENTRY_ROW (widget))
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
  else
    {
      char **codes = g_hash_table_lookup (self->codes, field);

      for (guint i = 0; codes[i] != NULL; i++)
        if (g_strcmp0 (codes[i], text) == 0)
          gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), i);
    }
}
