/* ntm-target.c: a yearly target of the programme
 *
 * A target names a metric (communes reaching a level, new OCOP products,
 * …), a scope (the province or one district), a kind (a total, an increase
 * within the year, or a percentage) and a value. Progress against it is
 * worked out by NtmOverview.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ntm-attainment.h"
#include "ntm-database-private.h"
#include "ntm-record-private.h"
#include "ntm-format.h"
#include "ntm-target.h"
#include "ntm-text.h"

struct _NtmTarget
{
  GObject        parent_instance;

  gint64         id;
  int            year;
  char          *metric;
  char          *scope_code;
  char          *scope_name;
  NtmTargetKind  kind;
  double         value;
  char          *source;
  char          *note;
};

G_DEFINE_FINAL_TYPE (NtmTarget, ntm_target, G_TYPE_OBJECT)

static const char * const kind_names[] = { "total", "new", "percent" };

/* The metrics progress can be computed for, in display order. */
static const char * const metrics[] = {
  "communes_ntm",
  "communes_advanced",
  "communes_model",
  "urban_civilised",
  "districts_ntm",
  "district_advanced",
  "ocop_products",
  "ocop_4star_plus",
  "rural_residents_clean_water",
  "households_clean_water",
  NULL
};

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
replace_string (char       **field,
                const char  *value)
{
  char *copy = g_strdup (value ? value : "");

  g_free (*field);
  *field = copy;
}

static gboolean
store_target (NtmDatabase  *db,
              gpointer      user_data,
              GError      **error)
{
  NtmTarget *self = user_data;
  sqlite3_stmt *stmt;
  NtmUnitKind kind;
  const char *kind_text;
  int rc;

  stmt = ntm_database_prepare (db, "SELECT kind FROM unit WHERE code = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, self->scope_code);
  kind_text = sqlite3_step (stmt) == SQLITE_ROW ? (const char *) sqlite3_column_text (stmt, 0) : NULL;
  if (kind_text == NULL || !ntm_unit_kind_from_string (kind_text, &kind) ||
      !(kind == NTM_UNIT_KIND_PROVINCE || ntm_unit_kind_is_district_level (kind)))
    {
      sqlite3_reset (stmt);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("A target applies to the province or to one district; “%s” is neither."),
                   self->scope_code);
      return FALSE;
    }
  sqlite3_reset (stmt);

  stmt = ntm_database_prepare (db,
                               "SELECT 1 FROM target WHERE year = ?1 AND metric = ?2 AND scope_code = ?3"
                               " AND id <> ?4",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, self->year);
  ntm_sql_bind_text (stmt, 2, self->metric);
  ntm_sql_bind_text (stmt, 3, self->scope_code);
  sqlite3_bind_int64 (stmt, 4, self->id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("There is already a target for “%s” in %d for this scope. Edit that target instead."),
                   ntm_target_metric_get_label (self->metric), self->year);
      return FALSE;
    }

  if (self->id == 0)
    stmt = ntm_database_prepare (db,
                                 "INSERT INTO target (year, metric, scope_code, kind, value, source, note)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                 error);
  else
    stmt = ntm_database_prepare (db,
                                 "UPDATE target SET year = ?1, metric = ?2, scope_code = ?3, kind = ?4,"
                                 " value = ?5, source = ?6, note = ?7 WHERE id = ?8",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, self->year);
  ntm_sql_bind_text (stmt, 2, self->metric);
  ntm_sql_bind_text (stmt, 3, self->scope_code);
  ntm_sql_bind_text (stmt, 4, kind_names[self->kind]);
  sqlite3_bind_double (stmt, 5, self->value);
  ntm_sql_bind_text (stmt, 6, self->source);
  ntm_sql_bind_text (stmt, 7, self->note);
  if (self->id != 0)
    sqlite3_bind_int64 (stmt, 8, self->id);
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;

  if (!ntm_record_take_id (db, &self->id))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                   _("This target no longer exists; it may have been deleted."));
      return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_target_finalize (GObject *object)
{
  NtmTarget *self = NTM_TARGET (object);

  g_free (self->metric);
  g_free (self->scope_code);
  g_free (self->scope_name);
  g_free (self->source);
  g_free (self->note);

  G_OBJECT_CLASS (ntm_target_parent_class)->finalize (object);
}

static void
ntm_target_class_init (NtmTargetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_target_finalize;
}

static void
ntm_target_init (NtmTarget *self)
{
  self->year = 2024;
  self->metric = g_strdup ("");
  self->scope_code = g_strdup ("");
  self->source = g_strdup ("");
  self->note = g_strdup ("");
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

const char *
ntm_target_kind_to_string (NtmTargetKind kind)
{
  g_return_val_if_fail (kind <= NTM_TARGET_PERCENT, NULL);
  return kind_names[kind];
}

gboolean
ntm_target_kind_from_string (const char    *text,
                             NtmTargetKind *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!ntm_text_find_name (kind_names, G_N_ELEMENTS (kind_names), text, &i))
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
ntm_target_kind_get_label (NtmTargetKind kind)
{
  switch (kind)
    {
    case NTM_TARGET_TOTAL: return _("Total to reach");
    case NTM_TARGET_NEW: return _("New in the year");
    case NTM_TARGET_PERCENT: return _("Percentage");
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * ntm_target_list_metrics:
 *
 * Returns: (transfer none): the metrics a target can name, %NULL-terminated
 */
const char * const *
ntm_target_list_metrics (void)
{
  return metrics;
}

gboolean
ntm_target_metric_is_known (const char *metric)
{
  return metric != NULL && g_strv_contains (metrics, metric);
}

/**
 * ntm_target_metric_get_label:
 * @metric: a target metric
 *
 * Returns: what the metric counts, translated; @metric itself if unknown
 */
const char *
ntm_target_metric_get_label (const char *metric)
{
  return ntm_metric_get_label (metric);
}

/**
 * ntm_metric_get_label:
 * @metric: a target metric or a reported figure's metric
 *
 * Returns: what the metric counts, translated; @metric itself if unknown
 */
const char *
ntm_metric_get_label (const char *metric)
{
  static const struct { const char *metric; const char *label; } labels[] = {
    { "communes_ntm", N_("Communes meeting the NTM standard") },
    { "communes_advanced", N_("Advanced NTM communes") },
    { "communes_model", N_("Model NTM communes") },
    { "urban_civilised", N_("Wards and townships recognised as civilised urban areas") },
    { "districts_ntm", N_("Districts meeting the NTM standard or completing the task") },
    { "district_advanced", N_("Advanced NTM districts") },
    { "ocop_products", N_("OCOP products") },
    { "ocop_4star_plus", N_("OCOP products of 4 stars or more") },
    { "rural_residents_clean_water", N_("Rural residents using clean water") },
    { "households_clean_water", N_("Rural households using clean water") },
    { "communes_ntm_new", N_("Communes newly meeting the NTM standard") },
    { "communes_advanced_new", N_("Communes newly meeting the advanced NTM standard") },
    { "communes_model_new", N_("Communes newly meeting the model NTM standard") },
    { "districts_ntm_new", N_("Districts newly meeting the NTM standard") },
    { "ocop_3star_new", N_("Products newly rated 3 stars") },
    { "ocop_products_new", N_("New OCOP products") },
    { "ocop_4star_plus_new", N_("New OCOP products of 4 stars or more") },
    { "ocop_exported", N_("OCOP products exported") },
    { "funds_sponsorship", N_("Funds mobilised through sponsorship") },
    { "funds_sponsorship_assigned", N_("of which by the organisations assigned") },
    { "funds_sponsorship_districts", N_("of which called by the districts") },
    { "province_pilot_criteria_met", N_("Province pilot criteria met") },
    { "province_pilot_criteria", N_("Province pilot criteria") },
    { "households_rural", N_("Rural households") },
    { "households_centralised_water", N_("Rural households served by centralised water schemes") },
  };

  for (guint i = 0; metric != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].metric, metric))
      return _(labels[i].label);
  return metric;
}

NtmTarget *
ntm_target_new (void)
{
  return g_object_new (NTM_TYPE_TARGET, NULL);
}

/**
 * ntm_target_copy:
 * @self: a #NtmTarget
 *
 * Returns: (transfer full): an independent copy, for a form to edit
 */
NtmTarget *
ntm_target_copy (NtmTarget *self)
{
  NtmTarget *copy;

  g_return_val_if_fail (NTM_IS_TARGET (self), NULL);

  copy = ntm_target_new ();
  copy->id = self->id;
  copy->year = self->year;
  replace_string (&copy->metric, self->metric);
  replace_string (&copy->scope_code, self->scope_code);
  copy->scope_name = g_strdup (self->scope_name);
  copy->kind = self->kind;
  copy->value = self->value;
  replace_string (&copy->source, self->source);
  replace_string (&copy->note, self->note);
  return copy;
}

gint64
ntm_target_get_id (NtmTarget *self)
{
  g_return_val_if_fail (NTM_IS_TARGET (self), 0);
  return self->id;
}

int
ntm_target_get_year (NtmTarget *self)
{
  g_return_val_if_fail (NTM_IS_TARGET (self), 0);
  return self->year;
}

void
ntm_target_set_year (NtmTarget *self,
                     int        year)
{
  g_return_if_fail (NTM_IS_TARGET (self));
  self->year = year;
}

const char *
ntm_target_get_metric (NtmTarget *self)
{
  g_return_val_if_fail (NTM_IS_TARGET (self), NULL);
  return self->metric;
}

void
ntm_target_set_metric (NtmTarget  *self,
                       const char *metric)
{
  g_return_if_fail (NTM_IS_TARGET (self));
  replace_string (&self->metric, metric);
}

const char *
ntm_target_get_scope_code (NtmTarget *self)
{
  g_return_val_if_fail (NTM_IS_TARGET (self), NULL);
  return self->scope_code;
}

void
ntm_target_set_scope_code (NtmTarget  *self,
                           const char *code)
{
  g_return_if_fail (NTM_IS_TARGET (self));
  if (g_strcmp0 (self->scope_code, code) == 0)
    return;
  replace_string (&self->scope_code, code);
  g_clear_pointer (&self->scope_name, g_free);
}

/**
 * ntm_target_get_scope_name:
 * @self: a #NtmTarget
 *
 * Returns: (nullable): the scope's name, for a target read from the database
 */
const char *
ntm_target_get_scope_name (NtmTarget *self)
{
  g_return_val_if_fail (NTM_IS_TARGET (self), NULL);
  return self->scope_name;
}

NtmTargetKind
ntm_target_get_kind (NtmTarget *self)
{
  g_return_val_if_fail (NTM_IS_TARGET (self), NTM_TARGET_TOTAL);
  return self->kind;
}

void
ntm_target_set_kind (NtmTarget     *self,
                     NtmTargetKind  kind)
{
  g_return_if_fail (NTM_IS_TARGET (self));
  g_return_if_fail (kind <= NTM_TARGET_PERCENT);
  self->kind = kind;
}

double
ntm_target_get_value (NtmTarget *self)
{
  g_return_val_if_fail (NTM_IS_TARGET (self), 0);
  return self->value;
}

void
ntm_target_set_value (NtmTarget *self,
                      double     value)
{
  g_return_if_fail (NTM_IS_TARGET (self));
  self->value = value;
}

const char *
ntm_target_get_source (NtmTarget *self)
{
  g_return_val_if_fail (NTM_IS_TARGET (self), NULL);
  return self->source;
}

void
ntm_target_set_source (NtmTarget  *self,
                       const char *source)
{
  g_return_if_fail (NTM_IS_TARGET (self));
  replace_string (&self->source, source);
}

const char *
ntm_target_get_note (NtmTarget *self)
{
  g_return_val_if_fail (NTM_IS_TARGET (self), NULL);
  return self->note;
}

void
ntm_target_set_note (NtmTarget  *self,
                     const char *note)
{
  g_return_if_fail (NTM_IS_TARGET (self));
  replace_string (&self->note, note);
}

/**
 * ntm_target_dup_description:
 * @self: a #NtmTarget
 *
 * Returns: (transfer full): the target in words, e.g. "Advanced NTM
 *   communes: 20 new in 2024" (translated)
 */
char *
ntm_target_dup_description (NtmTarget *self)
{
  NtmLanguage language = ntm_language_get_default ();
  g_autofree char *value = NULL;
  const char *label;

  g_return_val_if_fail (NTM_IS_TARGET (self), NULL);

  label = ntm_target_metric_get_label (self->metric);
  value = ntm_format_decimal (self->value, 1, language);
  switch (self->kind)
    {
    case NTM_TARGET_NEW:
      /* Translators: a target: what, how many, year, e.g. "Advanced NTM communes: 20 more in 2024" */
      return g_strdup_printf (_("%s: %s more in %d"), label, value, self->year);
    case NTM_TARGET_PERCENT:
      /* Translators: a target: what, a percentage, year, e.g. "Communes meeting the NTM standard: 100 % by the end of 2024" */
      return g_strdup_printf (_("%s: %s %% by the end of %d"), label, value, self->year);
    case NTM_TARGET_TOTAL:
    default:
      /* Translators: a target: what, how many, year, e.g. "Advanced NTM districts: 1 by the end of 2024" */
      return g_strdup_printf (_("%s: %s by the end of %d"), label, value, self->year);
    }
}

/**
 * ntm_target_validate:
 * @self: a #NtmTarget
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID)
 *
 * Returns: %TRUE if the target can be saved
 */
gboolean
ntm_target_validate (NtmTarget  *self,
                     GError    **error)
{
  g_return_val_if_fail (NTM_IS_TARGET (self), FALSE);

  if (self->year < 2000 || self->year > 2100)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The year must be between 2000 and 2100."));
      return FALSE;
    }
  if (!ntm_target_metric_is_known (self->metric))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Choose what the target measures."));
      return FALSE;
    }
  if (self->scope_code == NULL || *self->scope_code == '\0')
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Choose the province or the district the target applies to."));
      return FALSE;
    }
  if (!(self->value >= 0))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The target value cannot be negative."));
      return FALSE;
    }
  if (self->kind == NTM_TARGET_PERCENT && self->value > 100)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("A percentage target cannot be above 100."));
      return FALSE;
    }
  return TRUE;
}

/**
 * ntm_database_list_targets:
 * @db: a #NtmDatabase
 * @year: a year, or 0 for every year
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the targets in metric order, province first,
 *   as a #GListModel of #NtmTarget
 */
GListModel *
ntm_database_list_targets (NtmDatabase  *db,
                           int           year,
                           GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_TARGET);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT t.id, t.year, t.metric, t.scope_code, u.name, t.kind, t.value,"
                               "       t.source, t.note"
                               " FROM target t LEFT JOIN unit u ON u.code = t.scope_code"
                               " WHERE ?1 = 0 OR t.year = ?1"
                               " ORDER BY t.year, u.kind <> 'province', CAST(t.scope_code AS INTEGER), t.id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NtmTarget *t = ntm_target_new ();

      t->id = sqlite3_column_int64 (stmt, 0);
      t->year = sqlite3_column_int (stmt, 1);
      replace_string (&t->metric, (const char *) sqlite3_column_text (stmt, 2));
      replace_string (&t->scope_code, (const char *) sqlite3_column_text (stmt, 3));
      t->scope_name = ntm_sql_dup_text (stmt, 4);
      if (!ntm_target_kind_from_string ((const char *) sqlite3_column_text (stmt, 5), &t->kind))
        t->kind = NTM_TARGET_TOTAL;
      t->value = sqlite3_column_double (stmt, 6);
      replace_string (&t->source, (const char *) sqlite3_column_text (stmt, 7));
      replace_string (&t->note, (const char *) sqlite3_column_text (stmt, 8));
      g_ptr_array_add (all, t);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  /* Metric order first (a stable pass per metric), unknown metrics last. */
  for (guint m = 0; m <= G_N_ELEMENTS (metrics) - 1; m++)
    for (guint i = 0; i < all->len; i++)
      {
        NtmTarget *t = g_ptr_array_index (all, i);
        gboolean known = ntm_target_metric_is_known (t->metric);

        if ((metrics[m] != NULL && known && g_str_equal (t->metric, metrics[m])) ||
            (metrics[m] == NULL && !known))
          g_list_store_append (store, t);
      }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * ntm_database_save_target:
 * @db: a #NtmDatabase
 * @target: the target; a new one (id 0) is added and gets its id
 * @error: return location for a #GError
 *
 * Validates and stores the target in one transaction (area "targets").
 *
 * Returns: %TRUE if saved; nothing is written otherwise
 */
gboolean
ntm_database_save_target (NtmDatabase  *db,
                          NtmTarget    *target,
                          GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (NTM_IS_TARGET (target), FALSE);

  if (!ntm_target_validate (target, error))
    return FALSE;
  return ntm_record_store (db, NTM_AREA_TARGETS, &target->id, store_target, target, error);
}

gboolean
ntm_database_delete_target (NtmDatabase  *db,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  return ntm_record_delete (db, NTM_AREA_TARGETS, "DELETE FROM target WHERE id = ?1", id, error);
}
