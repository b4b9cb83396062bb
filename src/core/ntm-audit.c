/* ntm-audit.c: the history of changes to assessments, recognitions,
 * schemes and thresholds
 *
 * Triggers in the database write the history (see data/sql/003-forms.sql),
 * and an import writes the values it brings a unit and year at a time
 * (data/sql/015-imported-values.sql); it cannot be changed. This file only
 * reads it, one change at a time through the view history_entry, newest
 * first, and puts each change into words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "ntm-attainment.h"
#include "ntm-audit.h"
#include "ntm-audit-private.h"
#include "ntm-criterion-status.h"
#include "ntm-database-private.h"
#include "ntm-format.h"
#include "ntm-fund.h"
#include "ntm-json-private.h"
#include "ntm-number.h"
#include "ntm-ocop-product.h"
#include "ntm-target.h"
#include "ntm-water-scheme.h"

struct _NtmAuditEntry
{
  GObject  parent_instance;

  gint64   id;
  char    *changed_at;
  char    *changed_by;
  char    *action;
  char    *entity;
  char    *entity_key;
  char    *subject;     /* what the change is about, in words */
  char    *old_value;
  char    *new_value;
  char    *file_name;   /* the spreadsheet an import took it from */
};

G_DEFINE_FINAL_TYPE (NtmAuditEntry, ntm_audit_entry, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_audit_entry_finalize (GObject *object)
{
  NtmAuditEntry *self = NTM_AUDIT_ENTRY (object);

  g_free (self->changed_at);
  g_free (self->changed_by);
  g_free (self->action);
  g_free (self->entity);
  g_free (self->entity_key);
  g_free (self->subject);
  g_free (self->old_value);
  g_free (self->new_value);
  g_free (self->file_name);
  G_OBJECT_CLASS (ntm_audit_entry_parent_class)->finalize (object);
}

static void
ntm_audit_entry_class_init (NtmAuditEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_audit_entry_finalize;
}

static void
ntm_audit_entry_init (NtmAuditEntry *self)
{
}

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* Every query returns the same columns; the subject is worked out in SQL
 * with the JSON functions. */
#define ENTRY_COLUMNS \
  "a.id, a.changed_at, a.changed_by, a.action, a.entity, a.entity_key," \
  " CASE a.entity" \
  "   WHEN 'assessment' THEN (SELECT c.set_code || ' ' || i.code FROM indicator i" \
  "        JOIN criterion c ON c.id = i.criterion_id" \
  "        WHERE i.id = json_extract (coalesce (a.new_value, a.old_value), '$.indicator_id'))" \
  "        || ' (' || json_extract (coalesce (a.new_value, a.old_value), '$.year') || ')'" \
  "   WHEN 'threshold' THEN (SELECT c.set_code || ' ' || i.code FROM indicator i" \
  "        JOIN criterion c ON c.id = i.criterion_id" \
  "        WHERE i.id = json_extract (coalesce (a.new_value, a.old_value), '$.indicator_id'))" \
  "   WHEN 'water_scheme_commune' THEN (SELECT name FROM unit" \
  "        WHERE code = json_extract (coalesce (a.new_value, a.old_value), '$.unit_code'))" \
  "   WHEN 'criterion_status' THEN (SELECT c.set_code || ' ' || c.number FROM criterion c" \
  "        WHERE c.id = json_extract (coalesce (a.new_value, a.old_value), '$.criterion_id'))" \
  "        || ' (' || json_extract (coalesce (a.new_value, a.old_value), '$.year') || ')'" \
  "   WHEN 'water_scheme' THEN json_extract (coalesce (a.new_value, a.old_value), '$.name')" \
  "   WHEN 'ocop_product' THEN json_extract (coalesce (a.new_value, a.old_value), '$.name')" \
  "   WHEN 'fund' THEN json_extract (coalesce (a.new_value, a.old_value), '$.source')" \
  "        || ' (' || json_extract (coalesce (a.new_value, a.old_value), '$.year') || ')'" \
  "   WHEN 'target' THEN json_extract (coalesce (a.new_value, a.old_value), '$.metric')" \
  "        || ' (' || json_extract (coalesce (a.new_value, a.old_value), '$.year') || ')'" \
  "   ELSE NULL END," \
  " a.old_value, a.new_value," \
  " (SELECT d.file_name FROM data_import d WHERE d.last_audit_id >= a.id AND d.first_audit_id <= a.id" \
  "   ORDER BY d.last_audit_id LIMIT 1)"

static GListModel *
list_entries (NtmDatabase  *db,
              const char   *sql,
              const char   *text_key,
              gint64        int_key,
              GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_AUDIT_ENTRY);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (text_key != NULL)
    ntm_sql_bind_text (stmt, 1, text_key);
  else
    sqlite3_bind_int64 (stmt, 1, int_key);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NtmAuditEntry) e = g_object_new (NTM_TYPE_AUDIT_ENTRY, NULL);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->changed_at = ntm_sql_dup_text (stmt, 1);
      e->changed_by = ntm_sql_dup_text (stmt, 2);
      e->action = ntm_sql_dup_text (stmt, 3);
      e->entity = ntm_sql_dup_text (stmt, 4);
      e->entity_key = ntm_sql_dup_text (stmt, 5);
      e->subject = ntm_sql_dup_text (stmt, 6);
      e->old_value = ntm_sql_dup_text (stmt, 7);
      e->new_value = ntm_sql_dup_text (stmt, 8);
      e->file_name = ntm_sql_dup_text (stmt, 9);
      g_list_store_append (store, e);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

gint64
ntm_audit_entry_get_id (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), 0);
  return self->id;
}

/**
 * ntm_audit_entry_get_changed_at:
 * @self: a #NtmAuditEntry
 *
 * Returns: when, as "YYYY-MM-DDTHH:MM:SSZ" (UTC)
 */
const char *
ntm_audit_entry_get_changed_at (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->changed_at;
}

/**
 * ntm_audit_entry_get_changed_by:
 * @self: a #NtmAuditEntry
 *
 * Returns: who: the operating-system user's name
 */
const char *
ntm_audit_entry_get_changed_by (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->changed_by;
}

/**
 * ntm_audit_entry_get_action:
 * @self: a #NtmAuditEntry
 *
 * Returns: "insert", "update" or "delete"
 */
const char *
ntm_audit_entry_get_action (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->action;
}

/**
 * ntm_audit_entry_get_entity:
 * @self: a #NtmAuditEntry
 *
 * Returns: the table: "assessment", "recognition", "threshold",
 *   "water_scheme", "water_scheme_commune", "water_scheme_investment" or
 *   "commune_water"
 */
const char *
ntm_audit_entry_get_entity (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->entity;
}

const char *
ntm_audit_entry_get_entity_key (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->entity_key;
}

/**
 * ntm_audit_entry_get_subject:
 * @self: a #NtmAuditEntry
 *
 * Returns: (nullable): what the change is about: "318-ntm 17.1 (2024)" for
 *   an assessment, the commune's name for a commune served, …
 */
const char *
ntm_audit_entry_get_subject (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->subject;
}

/**
 * ntm_audit_entry_get_old_value:
 * @self: a #NtmAuditEntry
 *
 * Returns: (nullable): the row before the change, as a JSON object
 */
const char *
ntm_audit_entry_get_old_value (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->old_value;
}

/**
 * ntm_audit_entry_get_file_name:
 * @self: a #NtmAuditEntry
 *
 * Returns: (nullable): the file an import took the change from
 */
const char *
ntm_audit_entry_get_file_name (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->file_name;
}

/**
 * ntm_audit_entry_get_new_value:
 * @self: a #NtmAuditEntry
 *
 * Returns: (nullable): the row after the change, as a JSON object
 */
const char *
ntm_audit_entry_get_new_value (NtmAuditEntry *self)
{
  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);
  return self->new_value;
}

/* ---------------------------------------------------------------------- */
/* The fields of a change, in words                                       */
/* ---------------------------------------------------------------------- */

/* The fields the history records, as the forms name them. */
static const struct {
  const char *key;
  const char *label;
} field_labels[] = {
  { "value", N_("Value") },
  { "status", N_("Status") },
  { "status_override", N_("Status set by hand") },
  { "override_reason", N_("Reason") },
  { "origin", N_("Recorded as") },
  { "file_name", N_("File") },
  { "note", N_("Note") },
  { "year", N_("Year") },
  { "year_from", N_("In force from") },
  { "year_to", N_("In force until") },
  { "level", N_("Level") },
  { "decision_number", N_("Decision number") },
  { "decision_date", N_("Decision date") },
  { "issuer", N_("Issued by") },
  { "source", N_("Source") },
  { "revoked_on", N_("Revoked on") },
  { "revoke_reason", N_("Reason for revoking") },
  { "commune_group", N_("Commune group") },
  { "code", N_("Code") },
  { "name", N_("Name") },
  { "kind", N_("Kind") },
  { "metric", N_("Indicator") },
  { "region", N_("Region") },
  { "product_group", N_("Product group") },
  { "producer", N_("Producer") },
  { "producer_type", N_("Producer type") },
  { "score", N_("Score") },
  { "export_markets", N_("Export markets") },
  { "sponsor", N_("Sponsor") },
  { "planned", N_("Planned (đồng)") },
  { "actual", N_("Mobilised (đồng)") },
  { "amount", N_("Amount (đồng)") },
  { "water_source", N_("Water source") },
  { "treatment", N_("Treatment") },
  { "design_capacity", N_("Design capacity (m³/day)") },
  { "actual_output", N_("Actual output (m³/day)") },
  { "pipe_length", N_("Pipe length (km)") },
  { "households_design", N_("Households, design") },
  { "households_actual", N_("Households, actual") },
  { "people_design", N_("People, design") },
  { "people_actual", N_("People, actual") },
  { "new_connections", N_("New connections this year") },
  { "started_on", N_("Started on") },
  { "commissioned_on", N_("Commissioned on") },
  { "management", N_("Management") },
  { "tariff", N_("Tariff (đồng/m³)") },
  { "loss_rate", N_("Loss rate (%)") },
  { "quality_tested_on", N_("Last quality test") },
  { "quality_passed", N_("Quality test result") },
  { "sustainability", N_("Sustainability") },
  { "progress", N_("Progress") },
  { "households_total", N_("Households in total") },
  { "households_hygienic", N_("On hygienic water") },
  { "households_clean", N_("On clean water meeting the standard") },
};

/* Whether @key is worth showing: the records name the rows they link
 * (an indicator, a criterion, a commune) by id, which the subject says in
 * words already, as it says the year of most records; what a change
 * changed is shown. */
static gboolean
field_is_shown (const char *entity,
                const char *key,
                gboolean    update)
{
  static const char * const dated[] = {
    "assessment", "criterion_status", "fund", "target", "recognition", "water_scheme_investment", "commune_water",
  };

  if (g_str_equal (key, "indicator_id") || g_str_equal (key, "criterion_id") || g_str_equal (key, "unit_code"))
    return FALSE;
  if (update)
    return TRUE;
  if (g_str_equal (key, "year"))
    for (guint i = 0; i < G_N_ELEMENTS (dated); i++)
      if (g_strcmp0 (entity, dated[i]) == 0)
        return FALSE;
  /* nor what names a recognition or an investment (subject_from_record()) */
  return !(g_strcmp0 (entity, "recognition") == 0 && g_str_equal (key, "level")) &&
         !(g_strcmp0 (entity, "water_scheme_investment") == 0 && g_str_equal (key, "source"));
}

static const char *
field_label (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_str_equal (field_labels[i].key, key))
      return _(field_labels[i].label);
  return key;
}

/* A choice recorded by its name ("building", "cooperative", "met") in the
 * person's words, or NULL when @key holds no choice of @entity's. */
static const char *
choice_label (const char *entity,
              const char *key,
              const char *text)
{
  NtmStatus status;
  NtmLevel level;
  NtmStatusOrigin origin;
  NtmOcopGroup group;
  NtmProducerType producer;
  NtmTargetKind kind;
  NtmFundSource source;

  if (g_str_has_prefix (entity, "water_scheme"))
    return g_str_equal (key, "status") || g_str_equal (key, "water_source") || g_str_equal (key, "management") ||
           g_str_equal (key, "sustainability") || g_str_equal (key, "source") ? ntm_water_choice_get_label (text) : NULL;
  if ((g_str_equal (key, "status") || g_str_equal (key, "status_override")) && ntm_status_from_string (text, &status))
    return ntm_status_get_label (status);
  if (g_str_equal (key, "level") && ntm_level_from_string (text, &level))
    return ntm_level_get_label (level);
  if (g_str_equal (key, "origin") && ntm_status_origin_from_string (text, &origin))
    return ntm_status_origin_get_label (origin);
  if (g_str_equal (entity, "ocop_product") && g_str_equal (key, "product_group") && ntm_ocop_group_from_string (text, &group))
    return ntm_ocop_group_get_label (group);
  if (g_str_equal (entity, "ocop_product") && g_str_equal (key, "producer_type") &&
      ntm_producer_type_from_string (text, &producer))
    return ntm_producer_type_get_label (producer);
  if (g_str_equal (entity, "target") && g_str_equal (key, "metric"))
    return ntm_metric_get_label (text);
  if (g_str_equal (entity, "target") && g_str_equal (key, "kind") && ntm_target_kind_from_string (text, &kind))
    return ntm_target_kind_get_label (kind);
  if (g_str_equal (entity, "fund") && g_str_equal (key, "source") && ntm_fund_source_from_string (text, &source))
    return ntm_fund_source_get_label (source);
  return NULL;
}

/* A field's value as the person reads it, or NULL when it is empty. */
static char *
field_text (const char    *entity,
            const char    *key,
            const NtmJson *value)
{
  double number;

  if (value == NULL)
    return NULL;
  switch (ntm_json_get_kind (value))
    {
    case NTM_JSON_NUMBER:
      ntm_json_get_number (value, &number);
      if (g_str_equal (key, "quality_passed") && (number == 0 || number == 1))
        return g_strdup (number == 1 ? _("Passed") : _("Failed"));
      /* a year or a code is written as it is, without a thousands mark */
      if (g_str_has_prefix (key, "year") || g_str_equal (key, "code") || g_str_equal (key, "commune_group"))
        return g_strdup_printf ("%.0f", number);
      return ntm_number_format (number, 10, ntm_language_get_default ());

    case NTM_JSON_STRING:
      {
        const char *text = ntm_json_get_string (value);
        const char *label;

        if (text == NULL || *text == '\0')
          return NULL;
        label = choice_label (entity, key, text);
        if (label != NULL)
          return g_strdup (label);
        if ((g_str_has_suffix (key, "_on") || g_str_has_suffix (key, "_date")) && ntm_date_is_valid_iso (text))
          return ntm_format_date (text);
        return g_strdup (text);
      }

    case NTM_JSON_NULL:
    default:
      return NULL;
    }
}

static gboolean
same_json (const NtmJson *a,
           const NtmJson *b)
{
  double x, y;
  NtmJsonType kind = a ? ntm_json_get_kind (a) : NTM_JSON_NULL;

  if (kind != (b ? ntm_json_get_kind (b) : NTM_JSON_NULL))
    return FALSE;
  if (kind == NTM_JSON_NUMBER)
    return ntm_json_get_number (a, &x) && ntm_json_get_number (b, &y) && x == y;
  if (kind == NTM_JSON_STRING)
    return g_strcmp0 (ntm_json_get_string (a), ntm_json_get_string (b)) == 0;
  return kind == NTM_JSON_NULL;
}

/* The record's fields, a line each: "Value: 95,5" for a row entered or
 * removed, "Value: 95,5 → 96" for each field a change changed. */
static void
append_fields (GString       *text,
               NtmAuditEntry *self,
               const char    *shown,
               const NtmJson *record)
{
  gboolean update = g_str_equal (self->action, "update");
  g_autoptr(NtmJson) before = update && self->old_value ? ntm_json_parse (self->old_value, strlen (self->old_value), NULL)
                                                        : NULL;

  if (shown != NULL && record == NULL)
    {
      /* not a record Ntm wrote: as it is */
      g_string_append_c (text, '\n');
      g_string_append (text, shown);
      return;
    }
  for (guint i = 0; i < ntm_json_get_length (record); i++)
    {
      const char *key = ntm_json_get_key (record, i);
      g_autofree char *now = NULL;
      g_autofree char *was = NULL;

      if (key == NULL || !field_is_shown (self->entity, key, update))
        continue;
      if (update && same_json (ntm_json_get_member (before, key), ntm_json_get_item (record, i)))
        continue;
      now = field_text (self->entity, key, ntm_json_get_item (record, i));
      if (update)
        {
          was = field_text (self->entity, key, ntm_json_get_member (before, key));
          /* Translators: a field of a record, as it was and as it became */
          g_string_append_printf (text, _("\n%s: %s → %s"), field_label (key), was ? was : "—", now ? now : "—");
        }
      else if (now != NULL)
        /* Translators: a field of a record, and its value */
        g_string_append_printf (text, _("\n%s: %s"), field_label (key), now);
    }
}

/* What a recognition, an investment or a commune's water figures are
 * about, from their record: "Đạt chuẩn NTM (2023)", "Central budget
 * (2024)", "2024"; NULL for other records. */
static char *
subject_from_record (NtmAuditEntry *self,
                     const NtmJson *record)
{
  g_autofree char *year = field_text (self->entity, "year", ntm_json_get_member (record, "year"));
  g_autofree char *what = NULL;

  if (record == NULL || year == NULL)
    return NULL;
  if (g_strcmp0 (self->entity, "recognition") == 0)
    what = field_text (self->entity, "level", ntm_json_get_member (record, "level"));
  else if (g_strcmp0 (self->entity, "water_scheme_investment") == 0)
    what = field_text (self->entity, "source", ntm_json_get_member (record, "source"));
  else if (g_strcmp0 (self->entity, "commune_water") != 0)
    return NULL;
  if (what == NULL)
    return g_steal_pointer (&year);
  /* Translators: what a change is about, and its year: "Đạt chuẩn NTM (2023)" */
  return g_strdup_printf (_("%s (%s)"), what, year);
}

/**
 * ntm_audit_entry_describe:
 * @self: a #NtmAuditEntry
 *
 * Returns: (transfer full): the change in words, translated, e.g.
 *   "Assessment changed: 318-ntm 17.1 (2024)" and the fields that changed
 */
char *
ntm_audit_entry_describe (NtmAuditEntry *self)
{
  /* the record a row entered or changed has, or a row removed had */
  const char *shown = self->new_value != NULL ? self->new_value : self->old_value;
  g_autoptr(NtmJson) record = shown ? ntm_json_parse (shown, strlen (shown), NULL) : NULL;
  g_autofree char *fallback = NULL;
  const char *what;
  const char *subject;
  GString *text;

  g_return_val_if_fail (NTM_IS_AUDIT_ENTRY (self), NULL);

  if (g_strcmp0 (self->entity, "assessment") == 0)
    what = g_str_equal (self->action, "insert") ? _("Assessment entered")
         : g_str_equal (self->action, "update") ? _("Assessment changed") : _("Assessment removed");
  else if (g_strcmp0 (self->entity, "recognition") == 0)
    what = g_str_equal (self->action, "insert") ? _("Recognition added")
         : g_str_equal (self->action, "update") ? _("Recognition changed") : _("Recognition removed");
  else if (g_strcmp0 (self->entity, "threshold") == 0)
    what = g_str_equal (self->action, "insert") ? _("Threshold added")
         : g_str_equal (self->action, "update") ? _("Threshold changed") : _("Threshold removed");
  else if (g_strcmp0 (self->entity, "criterion_status") == 0)
    what = g_str_equal (self->action, "insert") ? _("Criterion status recorded")
         : g_str_equal (self->action, "update") ? _("Criterion status changed") : _("Criterion status removed");
  else if (g_strcmp0 (self->entity, "fund") == 0)
    what = g_str_equal (self->action, "insert") ? _("Funds entered")
         : g_str_equal (self->action, "update") ? _("Funds changed") : _("Funds removed");
  else if (g_strcmp0 (self->entity, "ocop_product") == 0)
    what = g_str_equal (self->action, "insert") ? _("OCOP product added")
         : g_str_equal (self->action, "update") ? _("OCOP product changed") : _("OCOP product removed");
  else if (g_strcmp0 (self->entity, "target") == 0)
    what = g_str_equal (self->action, "insert") ? _("Target added")
         : g_str_equal (self->action, "update") ? _("Target changed") : _("Target removed");
  else if (g_strcmp0 (self->entity, "water_scheme") == 0)
    what = g_str_equal (self->action, "insert") ? _("Scheme added")
         : g_str_equal (self->action, "update") ? _("Scheme changed") : _("Scheme deleted");
  else if (g_strcmp0 (self->entity, "water_scheme_commune") == 0)
    what = g_str_equal (self->action, "insert") ? _("Commune served added") : _("Commune served removed");
  else if (g_strcmp0 (self->entity, "water_scheme_investment") == 0)
    what = g_str_equal (self->action, "insert") ? _("Investment added")
         : g_str_equal (self->action, "update") ? _("Investment changed") : _("Investment removed");
  else
    what = g_str_equal (self->action, "insert") ? _("Water figures entered")
         : g_str_equal (self->action, "update") ? _("Water figures changed") : _("Water figures removed");

  subject = self->subject;
  if (subject == NULL)
    subject = fallback = subject_from_record (self, record);
  if (subject == NULL)
    subject = self->entity_key;
  text = g_string_new (NULL);
  /* Translators: what happened, then what it happened to */
  g_string_append_printf (text, _("%s: %s"), what, subject);
  append_fields (text, self, shown, record);
  if (self->file_name != NULL)
    {
      g_string_append_c (text, '\n');
      /* Translators: the spreadsheet a change was imported from */
      g_string_append_printf (text, _("Imported from “%s”"), self->file_name);
    }

  return g_string_free (text, FALSE);
}

/**
 * ntm_database_list_unit_history:
 * @db: a #NtmDatabase
 * @unit_code: a unit
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the changes to the unit's assessments,
 *   recognitions, water figures and schemes served, newest first, as a
 *   #GListModel of #NtmAuditEntry
 */
GListModel *
ntm_database_list_unit_history (NtmDatabase  *db,
                                const char   *unit_code,
                                GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (unit_code != NULL, NULL);

  return list_entries (db,
                       "SELECT " ENTRY_COLUMNS " FROM history_entry a"
                       " WHERE a.unit_code = ?1 ORDER BY a.id DESC, a.part DESC",
                       unit_code, 0, error);
}

/**
 * ntm_database_list_scheme_history:
 * @db: a #NtmDatabase
 * @scheme_id: a scheme (still on record or deleted)
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the changes to the scheme, its communes and its
 *   investment, newest first
 */
GListModel *
ntm_database_list_scheme_history (NtmDatabase  *db,
                                  gint64        scheme_id,
                                  GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  return list_entries (db,
                       "SELECT " ENTRY_COLUMNS " FROM history_entry a"
                       " WHERE a.scheme_id = ?1 ORDER BY a.id DESC, a.part DESC",
                       NULL, scheme_id, error);
}

/**
 * ntm_database_list_threshold_history:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the changes to thresholds, newest first
 */
GListModel *
ntm_database_list_threshold_history (NtmDatabase  *db,
                                     GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  return list_entries (db,
                       "SELECT " ENTRY_COLUMNS " FROM history_entry a"
                       " WHERE a.entity = 'threshold' AND ?1 = 0 ORDER BY a.id DESC, a.part DESC",
                       NULL, 0, error);
}
