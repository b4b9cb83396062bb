/* ntm-record-form.c: the form dialogs for OCOP products, funds and targets
 *
 * One dialog class for these records: ntm-record-form.ui holds a group of
 * fields (text rows and choice rows) for each kind, of which the record's
 * is shown, Save, Cancel and, for a record that exists, Delete. The record
 * is validated by the model layer; a refused record leaves the dialog open
 * with the reason in the notice at its top, where it covers no field, and
 * nothing written. Ctrl+S saves, Escape cancels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-choice.h"
#include "ntm-error.h"
#include "ntm-form.h"
#include "ntm-format.h"
#include "ntm-number.h"
#include "ntm-record-form.h"
#include "ntm-record-form-private.h"
#include "ntm-unit.h"

struct _NtmRecordForm
{
  AdwWindow       parent_instance;

  NtmDatabase    *database;
  NtmOcopProduct *product;     /* one of the three */
  NtmFund        *fund;
  NtmTarget      *target;
  const char     *kind;        /* "product", "fund" or "target": the fields' prefix */
  char           *error;

  /* template widgets */
  GtkRevealer    *notice;
  GtkLabel       *notice_label;
  GtkWidget      *product_group;
  GtkWidget      *fund_group;
  GtkWidget      *target_group;
  GtkWidget      *delete_group;
};

G_DEFINE_FINAL_TYPE (NtmRecordForm, ntm_record_form, ADW_TYPE_WINDOW)

/* The fields of ntm-record-form.ui, each bound by its id: the kind of
 * record, then the field's name. */
static const char * const field_ids[] = {
  "product-name", "product-group", "product-producer", "product-producer-type", "product-commune",
  "product-score", "product-decision-number", "product-decision-date", "product-export-markets",
  "product-note",
  "fund-year", "fund-unit", "fund-source", "fund-sponsor", "fund-planned", "fund-actual", "fund-note",
  "target-metric", "target-scope", "target-kind", "target-value", "target-source", "target-note",
};

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* The widget of a field of the record's kind: an AdwEntryRow or a
 * GtkDropDown of NtmChoice (whose ids are the values stored). */
static GtkWidget *
field (NtmRecordForm *self,
       const char    *name)
{
  g_autofree char *id = g_strdup_printf ("%s-%s", self->kind, name);

  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), NTM_TYPE_RECORD_FORM, id));
}

static void
set_text (NtmRecordForm *self,
          const char    *name,
          const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (self, name)), text ? text : "");
}

static void
set_choices (NtmRecordForm *self,
             const char    *name,
             GListStore    *choices,
             const char    *current)
{
  GtkDropDown *drop_down = GTK_DROP_DOWN (field (self, name));

  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (choices));
  if (current != NULL)
    ntm_drop_down_select_id (drop_down, current);
}

typedef const char *(*ValueFunc) (int value);

/* A choice per value from 0 to @n - 1, its id the value's name in the
 * database */
static GListStore *
choices_new (int       n,
             ValueFunc to_string,
             ValueFunc label)
{
  GListStore *choices = ntm_choice_list_new (NULL);

  for (int i = 0; i < n; i++)
    ntm_choice_list_append (choices, i, to_string (i), label (i));
  return choices;
}

static const char *
field_text (NtmRecordForm *self,
            const char    *name)
{
  GtkWidget *widget = field (self, name);

  g_assert (ADW_IS_ENTRY_ROW (widget));
  return gtk_editable_get_text (GTK_EDITABLE (widget));
}

static const char *
field_choice (NtmRecordForm *self,
              const char    *name)
{
  GtkWidget *widget = field (self, name);

  g_assert (GTK_IS_DROP_DOWN (widget));
  return ntm_drop_down_get_id (GTK_DROP_DOWN (widget));
}

static void
show_error (NtmRecordForm *self,
            const char    *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  ntm_form_show_notice (self->notice, self->notice_label, message);
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

/* The units to choose from, those of @year: communes only, or every unit;
 * a unit at commune level is named with its district. The unit a record
 * already names (@current) stays a choice even when it is not in force
 * that year, so that saving never moves the record to another unit. */
static GListStore *
units_for_choice (NtmRecordForm *self,
                  gboolean       communes_only,
                  int            year,
                  const char    *current)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) units = ntm_database_list_units_in_year (self->database, year, &error);
  GListStore *choices = ntm_choice_list_new (NULL);
  g_autofree char *district = NULL;
  gboolean has_current = current == NULL || *current == '\0';

  if (units == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      show_error (self, message);
      return choices;
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      NtmUnitKind kind = ntm_unit_get_kind (unit);
      g_autofree char *label = NULL;

      if (ntm_unit_kind_is_district_level (kind))
        {
          g_free (district);
          district = g_strdup (ntm_unit_get_name (unit));
        }
      if (communes_only && !ntm_unit_kind_is_commune_level (kind))
        continue;
      if (ntm_unit_kind_is_commune_level (kind) && district != NULL)
        label = g_strdup_printf ("%s — %s", ntm_unit_get_name (unit), district);
      else
        label = g_strdup (ntm_unit_get_name (unit));
      ntm_choice_list_append (choices, (int) i, ntm_unit_get_code (unit), label);
      has_current = has_current || g_strcmp0 (ntm_unit_get_code (unit), current) == 0;
    }

  if (!has_current)
    {
      g_autoptr(NtmUnit) unit = ntm_database_get_unit (self->database, current, NULL);
      g_autofree char *label = NULL;

      /* Translators: a unit a record names that is not in force in the
       * year shown, e.g. "Xã Thạch Hạ (former unit)" */
      label = g_strdup_printf (_("%s (former unit)"), unit ? ntm_unit_get_name (unit) : current);
      ntm_choice_list_append (choices, -1, current, label);
    }
  return choices;
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

static gboolean
save_and_close (gpointer form)
{
  NtmRecordForm *self = NTM_RECORD_FORM (form);

  if (!ntm_record_form_save (self))
    return FALSE;
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked_cb (NtmRecordForm *self)
{
  save_and_close (self);
}

static void
on_delete_clicked_cb (NtmRecordForm *self)
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

/* Shows the fields of @kind, and Delete for a record that exists. */
static NtmRecordForm *
form_new (GtkWindow  *parent,
          const char *kind,
          const char *title,
          gboolean    exists)
{
  NtmRecordForm *self = g_object_new (NTM_TYPE_RECORD_FORM, "title", title, "transient-for", parent, NULL);
  g_autofree char *group = g_strdup_printf ("%s_group", kind);

  self->kind = kind;
  gtk_widget_set_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), NTM_TYPE_RECORD_FORM, group)),
                          TRUE);
  gtk_widget_set_visible (self->delete_group, exists);
  return self;
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

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_RECORD_FORM);

  G_OBJECT_CLASS (ntm_record_form_parent_class)->dispose (object);
}

static void
ntm_record_form_finalize (GObject *object)
{
  NtmRecordForm *self = NTM_RECORD_FORM (object);

  g_free (self->error);

  G_OBJECT_CLASS (ntm_record_form_parent_class)->finalize (object);
}

static void
ntm_record_form_class_init (NtmRecordFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_record_form_dispose;
  object_class->finalize = ntm_record_form_finalize;

  g_type_ensure (NTM_TYPE_CHOICE);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-record-form.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmRecordForm, notice);
  gtk_widget_class_bind_template_child (widget_class, NtmRecordForm, notice_label);
  gtk_widget_class_bind_template_child (widget_class, NtmRecordForm, product_group);
  gtk_widget_class_bind_template_child (widget_class, NtmRecordForm, fund_group);
  gtk_widget_class_bind_template_child (widget_class, NtmRecordForm, target_group);
  gtk_widget_class_bind_template_child (widget_class, NtmRecordForm, delete_group);
  for (guint i = 0; i < G_N_ELEMENTS (field_ids); i++)
    gtk_widget_class_bind_template_child_full (widget_class, field_ids[i], FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
  ntm_form_class_add_shortcuts (widget_class, save_and_close);
}

static void
ntm_record_form_init (NtmRecordForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_record_form_new_for_product:
 * @parent: (nullable): the window it belongs to
 * @database: the database
 * @product: (nullable): the product to edit; %NULL to add one
 * @year: the year whose communes are offered (the product's own commune
 *   is kept among them)
 *
 * Returns: (transfer floating): the form, to be presented
 */
NtmRecordForm *
ntm_record_form_new_for_product (GtkWindow      *parent,
                                 NtmDatabase    *database,
                                 NtmOcopProduct *product,
                                 int             year)
{
  NtmRecordForm *self;
  g_autoptr(GListStore) groups = NULL;
  g_autoptr(GListStore) types = NULL;
  g_autoptr(GListStore) communes = NULL;
  g_autofree char *score = NULL;
  g_autofree char *date = NULL;
  NtmOcopProduct *p;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  self = form_new (parent, "product", product ? _("Edit OCOP Product") : _("New OCOP Product"), product != NULL);
  self->database = g_object_ref (database);
  self->product = product ? ntm_ocop_product_copy (product) : ntm_ocop_product_new ();
  p = self->product;

  groups = choices_new (NTM_OCOP_N_GROUPS, (ValueFunc) ntm_ocop_group_to_string, (ValueFunc) ntm_ocop_group_get_label);
  types = choices_new (NTM_N_PRODUCER_TYPES, (ValueFunc) ntm_producer_type_to_string,
                       (ValueFunc) ntm_producer_type_get_label);
  communes = units_for_choice (self, TRUE, year, ntm_ocop_product_get_commune_code (p));
  score = product ? ntm_ocop_format_score (ntm_ocop_product_get_score (p)) : g_strdup ("");
  date = ntm_format_date (ntm_ocop_product_get_decision_date (p));

  set_text (self, "name", ntm_ocop_product_get_name (p));
  set_choices (self, "group", groups, ntm_ocop_group_to_string (ntm_ocop_product_get_group (p)));
  set_text (self, "producer", ntm_ocop_product_get_producer (p));
  set_choices (self, "producer-type", types, ntm_producer_type_to_string (ntm_ocop_product_get_producer_type (p)));
  set_choices (self, "commune", communes, ntm_ocop_product_get_commune_code (p));
  set_text (self, "score", score);
  set_text (self, "decision-number", ntm_ocop_product_get_decision_number (p));
  set_text (self, "decision-date", date);
  set_text (self, "export-markets", ntm_ocop_product_get_export_markets (p));
  set_text (self, "note", ntm_ocop_product_get_note (p));
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
  NtmRecordForm *self;
  g_autoptr(GListStore) units = NULL;
  g_autoptr(GListStore) sources = NULL;
  g_autofree char *year = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *actual = NULL;
  gboolean exists;
  gint64 amount;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (NTM_IS_FUND (fund), NULL);

  exists = ntm_fund_get_id (fund) != 0;
  self = form_new (parent, "fund", exists ? _("Edit Funds Record") : _("New Funds Record"), exists);
  self->database = g_object_ref (database);
  self->fund = ntm_fund_copy (fund);

  units = units_for_choice (self, FALSE, ntm_fund_get_year (fund), ntm_fund_get_unit_code (fund));
  sources = choices_new (NTM_FUND_N_SOURCES, (ValueFunc) ntm_fund_source_to_string,
                         (ValueFunc) ntm_fund_source_get_label);
  year = g_strdup_printf ("%d", ntm_fund_get_year (fund));
  planned = ntm_fund_get_planned (fund, &amount) ? ntm_format_integer (amount, ntm_language_get_default ()) : NULL;
  actual = ntm_fund_get_actual (fund, &amount) ? ntm_format_integer (amount, ntm_language_get_default ()) : NULL;

  set_text (self, "year", year);
  set_choices (self, "unit", units, ntm_fund_get_unit_code (fund));
  set_choices (self, "source", sources, ntm_fund_source_to_string (ntm_fund_get_source (fund)));
  set_text (self, "sponsor", ntm_fund_get_sponsor (fund));
  set_text (self, "planned", planned);
  set_text (self, "actual", actual);
  set_text (self, "note", ntm_fund_get_note (fund));
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
  NtmRecordForm *self;
  g_autoptr(GListStore) metrics = ntm_choice_list_new (NULL);
  g_autoptr(GListStore) scopes = ntm_choice_list_new (NULL);
  g_autoptr(GListStore) kinds = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *metric_names = ntm_target_list_metrics ();
  g_autofree char *title = NULL;
  g_autofree char *value = NULL;
  gboolean exists;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (NTM_IS_TARGET (target), NULL);

  exists = ntm_target_get_id (target) != 0;
  title = exists ? g_strdup_printf (_("Edit Target for %d"), ntm_target_get_year (target))
                 : g_strdup_printf (_("New Target for %d"), ntm_target_get_year (target));
  self = form_new (parent, "target", title, FALSE);
  self->database = g_object_ref (database);
  self->target = ntm_target_copy (target);

  for (guint i = 0; metric_names[i] != NULL; i++)
    ntm_choice_list_append (metrics, (int) i, metric_names[i], ntm_target_metric_get_label (metric_names[i]));

  /* The province, then its districts in the target's year (none from
   * July 2025). */
  units = ntm_database_list_units_in_year (database, ntm_target_get_year (target), &error);
  if (units == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      show_error (self, message);
    }
  for (guint i = 0; units && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      NtmUnitKind kind = ntm_unit_get_kind (unit);

      if (kind == NTM_UNIT_KIND_PROVINCE || ntm_unit_kind_is_district_level (kind))
        ntm_choice_list_append (scopes, (int) i, ntm_unit_get_code (unit), ntm_unit_get_name (unit));
    }

  kinds = choices_new (NTM_TARGET_PERCENT + 1, (ValueFunc) ntm_target_kind_to_string,
                       (ValueFunc) ntm_target_kind_get_label);
  value = exists ? ntm_number_format (ntm_target_get_value (target), 2, ntm_language_get_default ()) : NULL;

  set_choices (self, "metric", metrics, ntm_target_get_metric (target));
  /* a new target is the province's, until another scope is chosen */
  set_choices (self, "scope", scopes, *ntm_target_get_scope_code (target) ? ntm_target_get_scope_code (target) : NULL);
  set_choices (self, "kind", kinds, ntm_target_kind_to_string (ntm_target_get_kind (target)));
  set_text (self, "value", value);
  set_text (self, "source", ntm_target_get_source (target));
  set_text (self, "note", ntm_target_get_note (target));
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
 * @field_name: a field's name ("name", "score", "commune", "planned", …)
 * @text: the text to type, or for a choice the value to pick
 */
void
ntm_record_form_set_field (NtmRecordForm *self,
                           const char    *field_name,
                           const char    *text)
{
  GtkWidget *widget;

  g_return_if_fail (NTM_IS_RECORD_FORM (self));

  widget = field (self, field_name);
  g_return_if_fail (widget != NULL);

  if (ADW_IS_ENTRY_ROW (widget))
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
  else
    ntm_drop_down_select_id (GTK_DROP_DOWN (widget), text);
}
