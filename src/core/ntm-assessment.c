/* ntm-assessment.c: one unit's criteria assessment for one year, as a form
 *
 * Loads every indicator of the criteria sets that apply to the unit's kind
 * in the year, with the threshold for the unit's region and the values on
 * record. The form changes values in memory; the status of each row, the
 * tally of each set, the level the data supports and what blocks the next
 * level follow at once. Saving validates every row first and writes all
 * changed rows in one transaction, or nothing; the last save can be undone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ntm-assessment.h"
#include "ntm-assessment-private.h"
#include "ntm-criteria.h"
#include "ntm-criterion-status.h"
#include "ntm-database-private.h"
#include "ntm-indicator-values.h"
#include "ntm-recognition.h"
#include "ntm-unit.h"

typedef struct {
  gboolean  exists;        /* a row is on record */
  gboolean  has_value;
  double    value;
  gboolean  has_override;
  NtmStatus override;
  char     *reason;
  char     *note;
} State;

typedef struct {
  gint64            indicator_id;
  gint64            criterion_id;
  char             *set_code;
  char             *set_name;
  NtmLevel          set_level;
  char             *criterion_number;
  char             *criterion_name;
  char             *group_code;
  char             *group_name;
  char             *code;
  char             *name;
  NtmIndicatorKind  kind;
  char             *unit;
  NtmComparison     comparison;
  char             *part_of;      /* the indicator this row is a part of (17.1) */
  char             *verify_note;  /* what is not confirmed against the decision */
  gboolean          has_threshold;
  double            threshold;
  gboolean          has_suggested;
  double            suggested;
  State             saved;
  State             current;
} Row;

typedef struct {
  guint row;
  State state;
} UndoStep;

/* A criterion's status recorded as such (criterion_status): when there is
 * one it decides the criterion, whatever its indicators give, as in the
 * evaluation of the province. NTM_STATUS_NO_DATA: none recorded. */
typedef struct {
  gint64          criterion_id;
  NtmStatus       saved;
  NtmStatus       current;
  NtmStatusOrigin origin;        /* of the saved one */
  char           *file_name;     /* of a saved imported one, or NULL */
} Recorded;

static void
recorded_clear (gpointer data)
{
  Recorded *rec = data;

  g_clear_pointer (&rec->file_name, g_free);
}

struct _NtmAssessment
{
  GObject      parent_instance;

  char        *unit_code;
  char        *unit_name;
  NtmUnitKind  kind;
  int          year;
  NtmLevel     recognised;
  char        *region;
  int          commune_group;
  GArray      *rows;    /* of Row */
  GArray      *recorded;       /* of Recorded, one per criterion */
  GArray      *undo;    /* of UndoStep, or NULL */
  GArray      *undo_recorded;  /* of Recorded (saved = what to put back), or NULL */
};

G_DEFINE_FINAL_TYPE (NtmAssessment, ntm_assessment, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
state_clear (State *s)
{
  g_clear_pointer (&s->reason, g_free);
  g_clear_pointer (&s->note, g_free);
}

static void
state_copy (State       *dest,
            const State *src)
{
  *dest = *src;
  dest->reason = g_strdup (src->reason);
  dest->note = g_strdup (src->note);
}

static gboolean
state_is_empty (const State *s)
{
  return !s->has_value && !s->has_override && (s->note == NULL || *s->note == '\0');
}

static gboolean
state_equal (const State *a,
             const State *b)
{
  if (state_is_empty (a) && state_is_empty (b))
    return TRUE;
  return a->has_value == b->has_value &&
         (!a->has_value || a->value == b->value) &&
         a->has_override == b->has_override &&
         (!a->has_override || (a->override == b->override &&
                               g_strcmp0 (a->reason, b->reason) == 0)) &&
         g_strcmp0 (a->note ? a->note : "", b->note ? b->note : "") == 0;
}

static void
row_clear (gpointer data)
{
  Row *r = data;

  g_free (r->set_code);
  g_free (r->set_name);
  g_free (r->criterion_number);
  g_free (r->criterion_name);
  g_free (r->group_code);
  g_free (r->group_name);
  g_free (r->code);
  g_free (r->name);
  g_free (r->unit);
  g_free (r->part_of);
  g_free (r->verify_note);
  state_clear (&r->saved);
  state_clear (&r->current);
}

static void
undo_step_clear (gpointer data)
{
  UndoStep *step = data;

  state_clear (&step->state);
}

static Row *
get_row (NtmAssessment *self,
         guint          row)
{
  g_assert (row < self->rows->len);
  return &g_array_index (self->rows, Row, row);
}

static Recorded *
find_recorded (NtmAssessment *self,
               gint64         criterion_id)
{
  for (guint i = 0; i < self->recorded->len; i++)
    {
      Recorded *rec = &g_array_index (self->recorded, Recorded, i);
      if (rec->criterion_id == criterion_id)
        return rec;
    }
  return NULL;
}

/* The set a level's criteria are stored under: the NTM of 2026–2030 is
 * the commune NTM set of its years (see ntm_level_for_set()). */
static NtmLevel
stored_set_level (NtmLevel level)
{
  return level == NTM_LEVEL_NTM_DECISION_51 ? NTM_LEVEL_NTM : level;
}

/* Without a value typed in, the value other data gives (indicator 17.1
 * from the household water figures) counts, as in the evaluation of the
 * province. */
static gboolean
row_uses_figures (const Row *r)
{
  return !r->current.has_value && !r->current.has_override && r->has_suggested;
}

static NtmStatus
evaluate_row (const Row *r)
{
  if (r->current.has_override)
    return r->current.override;
  if (row_uses_figures (r))
    return ntm_indicator_evaluate (r->kind, r->comparison, r->has_threshold, r->threshold,
                                   TRUE, r->suggested);
  return ntm_indicator_evaluate (r->kind, r->comparison, r->has_threshold, r->threshold,
                                 r->current.has_value, r->current.value);
}

/* The threshold of each row for the unit's region (or commune group) and
 * the year; one that cannot be read counts as not known. */
static void
load_thresholds (NtmAssessment *self,
                 NtmDatabase   *db)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);

      r->has_threshold = FALSE;
      r->threshold = 0.0;
      if (r->kind != NTM_INDICATOR_BOOLEAN &&
          ntm_database_lookup_threshold (db, r->indicator_id, self->region, self->commune_group, self->year,
                                         &r->has_threshold, &r->threshold, NULL) == FALSE)
        r->has_threshold = FALSE;
    }
}

static gboolean
load_rows (NtmAssessment  *self,
           NtmDatabase    *db,
           NtmUnit        *unit,
           GError        **error)
{
  g_autoptr(GHashTable) applicable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GListModel) sets = NULL;
  sqlite3_stmt *stmt;
  int rc;

  sets = ntm_database_list_applicable_sets (db, self->kind, ntm_unit_get_commune_group (unit), self->year, error);
  if (sets == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, i);
      g_hash_table_add (applicable, g_strdup (ntm_criteria_set_get_code (set)));
    }

  stmt = ntm_database_prepare (db,
                               "SELECT s.code, s.name, s.level, c.id, c.number, c.group_code, c.group_name,"
                               "       c.name, i.id, i.code, i.name, i.kind, i.unit, i.comparison,"
                               "       a.unit_code IS NOT NULL, a.value, a.status_override,"
                               "       a.override_reason, a.note, i.part_of, i.verify_note"
                               " FROM criteria_set s"
                               " JOIN criterion c ON c.set_code = s.code"
                               " JOIN indicator i ON i.criterion_id = c.id"
                               " LEFT JOIN assessment a ON a.indicator_id = i.id"
                               "      AND a.unit_code = ?1 AND a.year = ?2"
                               " WHERE s.year_from <= ?2"
                               "   AND (s.year_to IS NULL OR s.year_to >= ?2)"
                               " ORDER BY s.position, s.code, c.position, c.id, i.position, i.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, self->unit_code);
  sqlite3_bind_int (stmt, 2, self->year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Row r = { 0 };

      /* Only the sets the unit is held to that year (the one rule). */
      if (!g_hash_table_contains (applicable, sqlite3_column_text (stmt, 0)))
        continue;

      r.set_code = ntm_sql_dup_text (stmt, 0);
      r.set_name = ntm_sql_dup_text (stmt, 1);
      if (!ntm_level_from_string ((const char *) sqlite3_column_text (stmt, 2), &r.set_level))
        r.set_level = NTM_LEVEL_NO_DATA;
      r.criterion_id = sqlite3_column_int64 (stmt, 3);
      r.criterion_number = ntm_sql_dup_text (stmt, 4);
      r.group_code = ntm_sql_dup_text (stmt, 5);
      r.group_name = ntm_sql_dup_text (stmt, 6);
      r.criterion_name = ntm_sql_dup_text (stmt, 7);
      r.indicator_id = sqlite3_column_int64 (stmt, 8);
      r.code = ntm_sql_dup_text (stmt, 9);
      r.name = ntm_sql_dup_text (stmt, 10);
      if (!ntm_indicator_kind_from_string ((const char *) sqlite3_column_text (stmt, 11), &r.kind))
        r.kind = NTM_INDICATOR_BOOLEAN;
      r.unit = ntm_sql_dup_text (stmt, 12);
      if (!ntm_comparison_from_string ((const char *) sqlite3_column_text (stmt, 13), &r.comparison))
        r.comparison = NTM_COMPARISON_GE;

      r.saved.exists = sqlite3_column_int (stmt, 14) != 0;
      r.saved.has_value = ntm_sql_get_double (stmt, 15, &r.saved.value);
      r.saved.has_override = ntm_status_from_string ((const char *) sqlite3_column_text (stmt, 16),
                                                     &r.saved.override);
      r.saved.reason = ntm_sql_dup_text (stmt, 17);
      r.saved.note = ntm_sql_dup_text (stmt, 18);
      r.part_of = ntm_sql_dup_text (stmt, 19);
      r.verify_note = ntm_sql_dup_text (stmt, 20);
      state_copy (&r.current, &r.saved);

      g_array_append_val (self->rows, r);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }

  load_thresholds (self, db);

  /* one entry per criterion, then the statuses recorded for them */
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      Recorded rec = { r->criterion_id, NTM_STATUS_NO_DATA, NTM_STATUS_NO_DATA, NTM_STATUS_ORIGIN_TYPED, NULL };

      if (find_recorded (self, r->criterion_id) == NULL)
        g_array_append_val (self->recorded, rec);
    }
  stmt = ntm_database_prepare (db,
                               "SELECT criterion_id, status, origin, file_name FROM criterion_status"
                               " WHERE unit_code = ?1 AND year = ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, self->unit_code);
  sqlite3_bind_int (stmt, 2, self->year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Recorded *rec = find_recorded (self, sqlite3_column_int64 (stmt, 0));

      if (rec == NULL || !ntm_status_from_string ((const char *) sqlite3_column_text (stmt, 1), &rec->saved))
        continue;
      if (!ntm_status_origin_from_string ((const char *) sqlite3_column_text (stmt, 2), &rec->origin))
        rec->origin = NTM_STATUS_ORIGIN_TYPED;
      rec->file_name = ntm_sql_dup_text (stmt, 3);
      rec->current = rec->saved;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      g_autoptr(GHashTable) figures = NULL;
      double *value;

      figures = ntm_database_get_figure_values (db, r->set_code, r->code, self->year, self->unit_code, error);
      if (figures == NULL)
        return FALSE;
      value = g_hash_table_lookup (figures, self->unit_code);
      r->has_suggested = value != NULL;
      r->suggested = value ? *value : 0.0;
    }

  return TRUE;
}

static gboolean
write_state (NtmDatabase  *db,
             const char   *unit_code,
             int           year,
             gint64        indicator_id,
             const State  *s,
             GError      **error)
{
  sqlite3_stmt *stmt;

  if (!s->exists || state_is_empty (s))
    {
      stmt = ntm_database_prepare (db,
                                   "DELETE FROM assessment"
                                   " WHERE unit_code = ?1 AND indicator_id = ?2 AND year = ?3",
                                   error);
      if (stmt == NULL)
        return FALSE;
      ntm_sql_bind_text (stmt, 1, unit_code);
      sqlite3_bind_int64 (stmt, 2, indicator_id);
      sqlite3_bind_int (stmt, 3, year);
      return ntm_database_step_done (db, stmt, error);
    }

  stmt = ntm_database_prepare (db,
                               "INSERT INTO assessment (unit_code, indicator_id, year, value,"
                               "                        status_override, override_reason, note, author)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ntm_user ())"
                               " ON CONFLICT (unit_code, indicator_id, year) DO UPDATE SET"
                               "   value = excluded.value,"
                               "   status_override = excluded.status_override,"
                               "   override_reason = excluded.override_reason,"
                               "   note = excluded.note,"
                               "   author = excluded.author,"
                               "   updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, unit_code);
  sqlite3_bind_int64 (stmt, 2, indicator_id);
  sqlite3_bind_int (stmt, 3, year);
  ntm_sql_bind_optional_double (stmt, 4, s->has_value, s->value);
  ntm_sql_bind_text (stmt, 5, s->has_override ? ntm_status_to_string (s->override) : NULL);
  ntm_sql_bind_text (stmt, 6, s->has_override ? s->reason : NULL);
  ntm_sql_bind_text (stmt, 7, s->note ? s->note : "");
  return ntm_database_step_done (db, stmt, error);
}

typedef struct {
  NtmAssessment *self;
  GArray        *steps;     /* of UndoStep: the state each written row is to get */
  GArray        *recorded;  /* of Recorded: the criteria whose status is to be .current, or NULL */
} WriteData;

static gboolean
write_steps (NtmDatabase  *db,
             gpointer      user_data,
             GError      **error)
{
  WriteData *data = user_data;

  for (guint i = 0; i < data->steps->len; i++)
    {
      UndoStep *step = &g_array_index (data->steps, UndoStep, i);
      Row *r = get_row (data->self, step->row);

      if (!write_state (db, data->self->unit_code, data->self->year, r->indicator_id,
                        &step->state, error))
        {
          g_prefix_error (error, _("Indicator %s: "), r->code);
          return FALSE;
        }
    }

  if (data->recorded != NULL && data->recorded->len > 0)
    {
      g_autoptr(GPtrArray) statuses = g_ptr_array_new_with_free_func (ntm_recorded_status_free);

      for (guint i = 0; i < data->recorded->len; i++)
        {
          const Recorded *rec = &g_array_index (data->recorded, Recorded, i);
          g_ptr_array_add (statuses, ntm_recorded_status_new (data->self->unit_code, rec->criterion_id,
                                                              rec->current, rec->origin, rec->file_name));
        }
      if (!ntm_database_save_recorded_statuses (db, data->self->year, statuses, error))
        return FALSE;
    }

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_assessment_finalize (GObject *object)
{
  NtmAssessment *self = NTM_ASSESSMENT (object);

  g_free (self->unit_code);
  g_free (self->unit_name);
  g_free (self->region);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->recorded, g_array_unref);
  g_clear_pointer (&self->undo, g_array_unref);
  g_clear_pointer (&self->undo_recorded, g_array_unref);

  G_OBJECT_CLASS (ntm_assessment_parent_class)->finalize (object);
}

static void
ntm_assessment_class_init (NtmAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_assessment_finalize;
}

static void
ntm_assessment_init (NtmAssessment *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  self->recorded = g_array_new (FALSE, TRUE, sizeof (Recorded));
  g_array_set_clear_func (self->recorded, recorded_clear);
}

/* ---------------------------------------------------------------------- */
/* Public API: loading and what a row is about                            */
/* ---------------------------------------------------------------------- */

/**
 * ntm_assessment_load:
 * @db: a #NtmDatabase
 * @unit_code: the unit
 * @year: the year
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the unit's assessment form for @year, with
 *   every indicator of the criteria sets that apply to it
 */
NtmAssessment *
ntm_assessment_load (NtmDatabase  *db,
                     const char   *unit_code,
                     int           year,
                     GError      **error)
{
  g_autoptr(NtmAssessment) self = NULL;
  g_autoptr(NtmUnit) unit = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (unit_code != NULL, NULL);

  if (year < 2000 || year > 2100)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The year must be between 2000 and 2100."));
      return NULL;
    }

  /* The unit as it was at the end of the year, with that year's group. */
  {
    g_autofree char *year_end = g_strdup_printf ("%04d-12-31", year);

    unit = ntm_database_get_unit_on (db, unit_code, year_end, NULL);
    if (unit == NULL)
      unit = ntm_database_get_unit (db, unit_code, error);
    if (unit == NULL)
      return NULL;
  }

  self = g_object_new (NTM_TYPE_ASSESSMENT, NULL);
  self->unit_code = g_strdup (unit_code);
  self->unit_name = g_strdup (ntm_unit_get_name (unit));
  self->kind = ntm_unit_get_kind (unit);
  self->year = year;
  self->recognised = ntm_database_get_recognised_level (db, unit_code, year, NULL, NULL);
  self->region = g_strdup (ntm_unit_get_region (unit));
  self->commune_group = ntm_unit_get_commune_group (unit);

  if (!load_rows (self, db, unit, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
ntm_assessment_get_unit_code (NtmAssessment *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NULL);
  return self->unit_code;
}

const char *
ntm_assessment_get_unit_name (NtmAssessment *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NULL);
  return self->unit_name;
}

NtmUnitKind
ntm_assessment_get_unit_kind (NtmAssessment *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NTM_UNIT_KIND_COMMUNE);
  return self->kind;
}

int
ntm_assessment_get_year (NtmAssessment *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), 0);
  return self->year;
}

guint
ntm_assessment_get_n_rows (NtmAssessment *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), 0);
  return self->rows->len;
}

#define ROW_GETTER(type, name, field, fallback)                               \
type                                                                          \
ntm_assessment_row_get_##name (NtmAssessment *self,                           \
                               guint          row)                            \
{                                                                             \
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), fallback);                  \
  g_return_val_if_fail (row < self->rows->len, fallback);                     \
  return get_row (self, row)->field;                                          \
}

ROW_GETTER (gint64, indicator_id, indicator_id, 0)
ROW_GETTER (const char *, set_code, set_code, NULL)
ROW_GETTER (const char *, set_name, set_name, NULL)
ROW_GETTER (NtmLevel, set_level, set_level, NTM_LEVEL_NO_DATA)
ROW_GETTER (gint64, criterion_id, criterion_id, 0)
ROW_GETTER (const char *, criterion_number, criterion_number, NULL)
ROW_GETTER (const char *, criterion_name, criterion_name, NULL)
ROW_GETTER (const char *, group_code, group_code, NULL)
ROW_GETTER (const char *, group_name, group_name, NULL)
ROW_GETTER (const char *, code, code, NULL)
ROW_GETTER (const char *, name, name, NULL)
ROW_GETTER (NtmIndicatorKind, kind, kind, NTM_INDICATOR_BOOLEAN)
ROW_GETTER (const char *, unit, unit, NULL)
ROW_GETTER (NtmComparison, comparison, comparison, NTM_COMPARISON_GE)

#undef ROW_GETTER

/**
 * ntm_assessment_row_get_threshold:
 * @self: a #NtmAssessment
 * @row: a row
 * @value: (out): the threshold
 *
 * Returns: %TRUE when the threshold for the unit's region and the year is
 *   known (yes/no indicators have none)
 */
gboolean
ntm_assessment_row_get_threshold (NtmAssessment *self,
                                  guint          row,
                                  double        *value)
{
  Row *r;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);

  r = get_row (self, row);
  if (value)
    *value = r->threshold;
  return r->has_threshold;
}

/**
 * ntm_assessment_row_get_suggested:
 * @self: a #NtmAssessment
 * @row: a row
 * @value: (out): the suggested value
 *
 * Returns: %TRUE when other data gives a value for the row (indicator 17.1
 *   from the commune's household water figures, see
 *   ntm_database_get_figure_values())
 */
gboolean
ntm_assessment_row_get_suggested (NtmAssessment *self,
                                  guint          row,
                                  double        *value)
{
  Row *r;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);

  r = get_row (self, row);
  if (value)
    *value = r->suggested;
  return r->has_suggested;
}

/**
 * ntm_assessment_row_is_from_figures:
 * @self: a #NtmAssessment
 * @row: a row
 *
 * Returns: %TRUE when the row's status comes from the value other data
 *   gives (no value typed in, no status set by hand)
 */
gboolean
ntm_assessment_row_is_from_figures (NtmAssessment *self,
                                    guint          row)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);

  return row_uses_figures (get_row (self, row));
}

/**
 * ntm_assessment_find_row:
 * @self: a #NtmAssessment
 * @set_code: a criteria set
 * @indicator_code: an indicator of it
 *
 * Returns: the row, or -1
 */
int
ntm_assessment_find_row (NtmAssessment *self,
                         const char    *set_code,
                         const char    *indicator_code)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), -1);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      if (g_strcmp0 (r->set_code, set_code) == 0 && g_strcmp0 (r->code, indicator_code) == 0)
        return i;
    }
  return -1;
}

/* ---------------------------------------------------------------------- */
/* Public API: what the office enters                                     */
/* ---------------------------------------------------------------------- */

gboolean
ntm_assessment_row_get_value (NtmAssessment *self,
                              guint          row,
                              double        *value)
{
  Row *r;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);

  r = get_row (self, row);
  if (value)
    *value = r->current.value;
  return r->current.has_value;
}

/**
 * ntm_assessment_row_set_value:
 * @self: a #NtmAssessment
 * @row: a row
 * @has_value: %FALSE for "no data"
 * @value: the value (for yes/no indicators 1 or 0)
 *
 * Changes the form only; see ntm_assessment_save().
 */
void
ntm_assessment_row_set_value (NtmAssessment *self,
                              guint          row,
                              gboolean       has_value,
                              double         value)
{
  Row *r;

  g_return_if_fail (NTM_IS_ASSESSMENT (self));
  g_return_if_fail (row < self->rows->len);

  r = get_row (self, row);
  r->current.has_value = has_value;
  r->current.value = has_value ? value : 0.0;
}

gboolean
ntm_assessment_row_get_override (NtmAssessment  *self,
                                 guint           row,
                                 NtmStatus      *status,
                                 const char    **reason)
{
  Row *r;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);

  r = get_row (self, row);
  if (status)
    *status = r->current.override;
  if (reason)
    *reason = r->current.reason;
  return r->current.has_override;
}

/**
 * ntm_assessment_row_set_override:
 * @self: a #NtmAssessment
 * @row: a row
 * @has_override: whether the status is set by hand
 * @status: the status set by hand ("basically met", for instance)
 * @reason: (nullable): why; required when @has_override
 */
void
ntm_assessment_row_set_override (NtmAssessment *self,
                                 guint          row,
                                 gboolean       has_override,
                                 NtmStatus      status,
                                 const char    *reason)
{
  Row *r;

  g_return_if_fail (NTM_IS_ASSESSMENT (self));
  g_return_if_fail (row < self->rows->len);
  g_return_if_fail (status <= NTM_STATUS_MET);

  r = get_row (self, row);
  r->current.has_override = has_override && status != NTM_STATUS_NO_DATA;
  r->current.override = r->current.has_override ? status : NTM_STATUS_NO_DATA;
  g_free (r->current.reason);
  r->current.reason = r->current.has_override ? g_strstrip (g_strdup (reason ? reason : "")) : NULL;
}

const char *
ntm_assessment_row_get_note (NtmAssessment *self,
                             guint          row)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return get_row (self, row)->current.note ? get_row (self, row)->current.note : "";
}

void
ntm_assessment_row_set_note (NtmAssessment *self,
                             guint          row,
                             const char    *note)
{
  Row *r;

  g_return_if_fail (NTM_IS_ASSESSMENT (self));
  g_return_if_fail (row < self->rows->len);

  r = get_row (self, row);
  g_free (r->current.note);
  r->current.note = g_strstrip (g_strdup (note ? note : ""));
}

/**
 * ntm_assessment_row_check:
 * @self: a #NtmAssessment
 * @row: a row
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID)
 *
 * Returns: %TRUE when the row can be saved as it is
 */
gboolean
ntm_assessment_row_check (NtmAssessment  *self,
                          guint           row,
                          GError        **error)
{
  Row *r;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);

  r = get_row (self, row);
  if (r->current.has_value)
    {
      double v = r->current.value;

      if (!isfinite (v))
        {
          g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                               _("This value is not a number."));
          return FALSE;
        }
      if (r->kind == NTM_INDICATOR_BOOLEAN && v != 0.0 && v != 1.0)
        {
          g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                               _("A yes/no indicator takes yes or no."));
          return FALSE;
        }
      if (r->kind == NTM_INDICATOR_PERCENT && (v < 0.0 || v > 100.0))
        {
          g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                               _("A percentage must be between 0 and 100."));
          return FALSE;
        }
      if (v < 0.0)
        {
          g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                               _("This value cannot be negative."));
          return FALSE;
        }
    }

  if (r->current.has_override && (r->current.reason == NULL || *r->current.reason == '\0'))
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                           _("Give the reason for setting the status by hand."));
      return FALSE;
    }

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Public API: what follows                                               */
/* ---------------------------------------------------------------------- */

/**
 * ntm_assessment_row_get_status:
 * @self: a #NtmAssessment
 * @row: a row
 *
 * Returns: the status set by hand, or else the one the value (typed in, or
 *   else given by other data) gives against the threshold;
 *   %NTM_STATUS_NO_DATA without a value (never "not met")
 */
NtmStatus
ntm_assessment_row_get_status (NtmAssessment *self,
                               guint          row)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NTM_STATUS_NO_DATA);
  g_return_val_if_fail (row < self->rows->len, NTM_STATUS_NO_DATA);

  return evaluate_row (get_row (self, row));
}

/**
 * ntm_assessment_row_is_threshold_unknown:
 * @self: a #NtmAssessment
 * @row: a row
 *
 * A value stands against a threshold nobody knows yet: the status says "no
 * data", but the value is there and the form says "threshold unknown" (and
 * offers to set the threshold) rather than "no data".
 *
 * Returns: whether the row's value meets a threshold not known
 */
gboolean
ntm_assessment_row_is_threshold_unknown (NtmAssessment *self,
                                         guint          row)
{
  const Row *r;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (row < self->rows->len, FALSE);

  r = get_row (self, row);
  if (r->current.has_override)
    return FALSE;
  return ntm_threshold_is_unknown (r->kind, r->has_threshold, r->threshold,
                                   r->current.has_value || row_uses_figures (r));
}

/**
 * ntm_assessment_row_get_part_of:
 * @self: a #NtmAssessment
 * @row: a row
 *
 * Returns: (nullable): the code of the indicator this row is a part of
 *   (both parts of 17.1 say "17.1"), or %NULL
 */
const char *
ntm_assessment_row_get_part_of (NtmAssessment *self,
                                guint          row)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  return get_row (self, row)->part_of;
}

/**
 * ntm_assessment_row_get_verify_note:
 * @self: a #NtmAssessment
 * @row: a row
 *
 * Returns: what of the indicator is not confirmed against the decision's
 *   text, or "" (see ntm_indicator_get_verify_note())
 */
const char *
ntm_assessment_row_get_verify_note (NtmAssessment *self,
                                    guint          row)
{
  const Row *r;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  r = get_row (self, row);
  return r->verify_note ? r->verify_note : "";
}

/**
 * ntm_assessment_get_indicator_status:
 * @self: a #NtmAssessment
 * @set_code: the set
 * @indicator_code: an indicator's code, or the code its parts share
 *
 * An indicator stated in parts (17.1: hygienic water, and of it clean
 * water meeting QCVN) is met only when every part is: not met as soon as
 * one part is not, "no data" while a part is unknown.
 *
 * Returns: the indicator's status, %NTM_STATUS_NO_DATA when the form has
 *   no such indicator
 */
NtmStatus
ntm_assessment_get_indicator_status (NtmAssessment *self,
                                     const char    *set_code,
                                     const char    *indicator_code)
{
  g_autoptr(GArray) statuses = g_array_new (FALSE, FALSE, sizeof (NtmStatus));

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NTM_STATUS_NO_DATA);
  g_return_val_if_fail (set_code != NULL && indicator_code != NULL, NTM_STATUS_NO_DATA);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const Row *r = get_row (self, i);
      NtmStatus status;

      if (g_strcmp0 (r->set_code, set_code) != 0)
        continue;
      if (g_strcmp0 (r->code, indicator_code) != 0 && g_strcmp0 (r->part_of, indicator_code) != 0)
        continue;
      status = evaluate_row (r);
      g_array_append_val (statuses, status);
    }

  if (statuses->len == 0)
    return NTM_STATUS_NO_DATA;
  return ntm_criterion_status ((const NtmStatus *) (gpointer) statuses->data, statuses->len);
}

NtmStatus
ntm_assessment_get_criterion_status (NtmAssessment *self,
                                     gint64         criterion_id)
{
  g_autoptr(GArray) statuses = g_array_new (FALSE, FALSE, sizeof (NtmStatus));

  Recorded *rec;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NTM_STATUS_NO_DATA);

  /* a recorded status decides the criterion */
  rec = find_recorded (self, criterion_id);
  if (rec != NULL && rec->current != NTM_STATUS_NO_DATA)
    return rec->current;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      NtmStatus s;

      if (r->criterion_id != criterion_id)
        continue;
      s = evaluate_row (r);
      g_array_append_val (statuses, s);
    }

  return ntm_criterion_status ((const NtmStatus *) (gpointer) statuses->data, statuses->len);
}

/**
 * ntm_assessment_get_tally:
 * @self: a #NtmAssessment
 * @set_level: which set (%NTM_LEVEL_NTM, %NTM_LEVEL_ADVANCED, …)
 *
 * Returns: the set's criteria counted by status, as the form stands
 */
NtmTally
ntm_assessment_get_tally (NtmAssessment *self,
                          NtmLevel       set_level)
{
  g_autoptr(GArray) statuses = g_array_new (FALSE, FALSE, sizeof (NtmStatus));
  gint64 last = -1;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), (NtmTally) { 0 });

  set_level = stored_set_level (set_level);
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      NtmStatus s;

      if (r->set_level != set_level || r->criterion_id == last)
        continue;
      /* District satisfaction conditions are not among the 9 criteria. */
      if (set_level == NTM_LEVEL_DISTRICT_NTM && g_strcmp0 (r->group_code, "ĐK") == 0)
        continue;
      last = r->criterion_id;
      s = ntm_assessment_get_criterion_status (self, r->criterion_id);
      g_array_append_val (statuses, s);
    }

  return ntm_tally ((const NtmStatus *) (gpointer) statuses->data, statuses->len);
}

/**
 * ntm_assessment_get_main_set_level:
 * @self: a #NtmAssessment
 *
 * Returns: the set whose "x/N met" describes the unit
 */
NtmLevel
ntm_assessment_get_main_set_level (NtmAssessment *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NTM_LEVEL_NO_DATA);

  switch (self->kind)
    {
    case NTM_UNIT_KIND_COMMUNE: return NTM_LEVEL_NTM;
    case NTM_UNIT_KIND_WARD:
    case NTM_UNIT_KIND_TOWNSHIP: return NTM_LEVEL_CIVILISED;
    case NTM_UNIT_KIND_DISTRICT:
    case NTM_UNIT_KIND_TOWN:
    case NTM_UNIT_KIND_CITY: return NTM_LEVEL_DISTRICT_NTM;
    case NTM_UNIT_KIND_PROVINCE:
    default: return NTM_LEVEL_TASK_COMPLETED;
    }
}

/**
 * ntm_assessment_get_computed_level:
 * @self: a #NtmAssessment
 *
 * For a district this looks at its own criteria only (its communes are
 * weighed in the evaluation of the whole province).
 *
 * Returns: the level the form's data supports
 */
NtmLevel
ntm_assessment_get_computed_level (NtmAssessment *self)
{
  NtmTally ntm, advanced, model, own;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NTM_LEVEL_NO_DATA);

  switch (self->kind)
    {
    case NTM_UNIT_KIND_COMMUNE:
      ntm = ntm_assessment_get_tally (self, NTM_LEVEL_NTM);
      advanced = ntm_assessment_get_tally (self, NTM_LEVEL_ADVANCED);
      model = ntm_assessment_get_tally (self, NTM_LEVEL_MODEL);
      return ntm_level_for_set (ntm_commune_level (&ntm, &advanced, &model), self->year);
    case NTM_UNIT_KIND_WARD:
    case NTM_UNIT_KIND_TOWNSHIP:
      own = ntm_assessment_get_tally (self, NTM_LEVEL_CIVILISED);
      return ntm_urban_level (&own);
    case NTM_UNIT_KIND_DISTRICT:
    case NTM_UNIT_KIND_TOWN:
    case NTM_UNIT_KIND_CITY:
      own = ntm_assessment_get_tally (self, NTM_LEVEL_DISTRICT_NTM);
      if (own.not_met > 0 || own.basically_met > 0)
        return NTM_LEVEL_NOT_YET;
      return NTM_LEVEL_NO_DATA;
    case NTM_UNIT_KIND_PROVINCE:
    default:
      return NTM_LEVEL_NO_DATA;
    }
}

/**
 * ntm_assessment_get_recognised_level:
 * @self: a #NtmAssessment
 *
 * Returns: the level in force on 31 December of the year
 *   (ntm_database_get_level_in_force())
 */
NtmLevel
ntm_assessment_get_recognised_level (NtmAssessment *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NTM_LEVEL_NO_DATA);
  return self->recognised;
}

/**
 * ntm_assessment_get_next_level:
 * @self: a #NtmAssessment
 *
 * Returns: the level the unit works towards: the one above its recognised
 *   level (or, without a decision, above what its data supports)
 */
NtmLevel
ntm_assessment_get_next_level (NtmAssessment *self)
{
  NtmLevel base;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NTM_LEVEL_NO_DATA);

  base = self->recognised != NTM_LEVEL_NO_DATA ? self->recognised
                                              : ntm_assessment_get_computed_level (self);
  return ntm_next_level_in_year (base, self->kind, self->year);
}

/**
 * ntm_assessment_get_blocking:
 * @self: a #NtmAssessment
 * @level: a level
 *
 * Returns: (transfer full) (element-type utf8): the criteria of @level's
 *   set that are not met yet, as "number. name", in the decision's order
 */
GPtrArray *
ntm_assessment_get_blocking (NtmAssessment *self,
                             NtmLevel       level)
{
  GPtrArray *blocking = g_ptr_array_new_with_free_func (g_free);
  gint64 last = -1;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), blocking);

  level = stored_set_level (level);
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);

      if (r->set_level != level || r->criterion_id == last)
        continue;
      last = r->criterion_id;
      if (ntm_assessment_get_criterion_status (self, r->criterion_id) != NTM_STATUS_MET)
        /* Translators: criterion number and name, e.g. "17. Môi trường" */
        g_ptr_array_add (blocking, g_strdup_printf (_("%s. %s"), r->criterion_number, r->criterion_name));
    }

  return blocking;
}

/* ---------------------------------------------------------------------- */
/* Public API: saving                                                     */
/* ---------------------------------------------------------------------- */

/**
 * ntm_assessment_is_modified:
 * @self: a #NtmAssessment
 *
 * Returns: whether the form differs from what is on record
 */
gboolean
ntm_assessment_is_modified (NtmAssessment *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      if (!state_equal (&r->saved, &r->current))
        return TRUE;
    }
  for (guint i = 0; i < self->recorded->len; i++)
    {
      Recorded *rec = &g_array_index (self->recorded, Recorded, i);
      if (rec->saved != rec->current)
        return TRUE;
    }
  return FALSE;
}

/**
 * ntm_assessment_validate:
 * @self: a #NtmAssessment
 * @error: return location for a #GError naming the first invalid row
 *
 * Returns: %TRUE when every row can be saved
 */
gboolean
ntm_assessment_validate (NtmAssessment  *self,
                         GError        **error)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    {
      if (!ntm_assessment_row_check (self, i, error))
        {
          g_prefix_error (error, _("Indicator %s: "), get_row (self, i)->code);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * ntm_assessment_save:
 * @self: a #NtmAssessment
 * @db: the database it was loaded from
 * @error: return location for a #GError
 *
 * Validates every row, then writes every changed row in one transaction:
 * all of them, or (on any error) none. The save can then be undone with
 * ntm_assessment_undo().
 *
 * Returns: %TRUE if saved
 */
gboolean
ntm_assessment_save (NtmAssessment  *self,
                     NtmDatabase    *db,
                     GError        **error)
{
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GArray) undo = NULL;
  g_autoptr(GArray) recorded = NULL;
  g_autoptr(GArray) undo_recorded = NULL;
  WriteData data;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  if (!ntm_assessment_validate (self, error))
    return FALSE;

  steps = g_array_new (FALSE, TRUE, sizeof (UndoStep));
  g_array_set_clear_func (steps, undo_step_clear);
  undo = g_array_new (FALSE, TRUE, sizeof (UndoStep));
  g_array_set_clear_func (undo, undo_step_clear);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      UndoStep step = { i, { 0 } };
      UndoStep back = { i, { 0 } };

      if (state_equal (&r->saved, &r->current))
        continue;
      state_copy (&step.state, &r->current);
      step.state.exists = !state_is_empty (&r->current);
      g_array_append_val (steps, step);
      state_copy (&back.state, &r->saved);
      g_array_append_val (undo, back);
    }

  recorded = g_array_new (FALSE, TRUE, sizeof (Recorded));
  g_array_set_clear_func (recorded, recorded_clear);
  undo_recorded = g_array_new (FALSE, TRUE, sizeof (Recorded));
  g_array_set_clear_func (undo_recorded, recorded_clear);
  for (guint i = 0; i < self->recorded->len; i++)
    {
      Recorded *rec = &g_array_index (self->recorded, Recorded, i);
      Recorded step = *rec, back = *rec;

      if (rec->saved == rec->current)
        continue;
      /* typed in the form */
      step.origin = NTM_STATUS_ORIGIN_TYPED;
      step.file_name = NULL;
      g_array_append_val (recorded, step);
      /* what undo puts back, where it came from with it */
      back.current = rec->saved;
      back.file_name = g_strdup (rec->file_name);
      g_array_append_val (undo_recorded, back);
    }

  if (steps->len == 0 && recorded->len == 0)
    return TRUE;

  data.self = self;
  data.steps = steps;
  data.recorded = recorded;
  if (!ntm_database_run_transaction (db, NTM_AREA_ASSESSMENTS, write_steps, &data, error))
    return FALSE;

  for (guint i = 0; i < recorded->len; i++)
    {
      const Recorded *step = &g_array_index (recorded, Recorded, i);
      Recorded *rec = find_recorded (self, step->criterion_id);

      rec->saved = step->current;
      rec->origin = step->origin;
      g_clear_pointer (&rec->file_name, g_free);
    }

  for (guint i = 0; i < steps->len; i++)
    {
      UndoStep *step = &g_array_index (steps, UndoStep, i);
      Row *r = get_row (self, step->row);

      state_clear (&r->saved);
      state_copy (&r->saved, &step->state);
      r->current.exists = step->state.exists;
    }

  g_clear_pointer (&self->undo, g_array_unref);
  self->undo = g_steal_pointer (&undo);
  g_clear_pointer (&self->undo_recorded, g_array_unref);
  self->undo_recorded = g_steal_pointer (&undo_recorded);
  return TRUE;
}

gboolean
ntm_assessment_can_undo (NtmAssessment *self)
{
  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);
  return self->undo != NULL;
}

/**
 * ntm_assessment_undo:
 * @self: a #NtmAssessment
 * @db: the database
 * @error: return location for a #GError
 *
 * Puts back, in one transaction, the rows the last save changed as they
 * were before it. The form then shows them so.
 *
 * Returns: %TRUE if undone
 */
gboolean
ntm_assessment_undo (NtmAssessment  *self,
                     NtmDatabase    *db,
                     GError        **error)
{
  WriteData data;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  if (self->undo == NULL)
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                           _("There is nothing to undo."));
      return FALSE;
    }

  data.self = self;
  data.steps = self->undo;
  data.recorded = self->undo_recorded;
  if (!ntm_database_run_transaction (db, NTM_AREA_ASSESSMENTS, write_steps, &data, error))
    return FALSE;

  for (guint i = 0; self->undo_recorded != NULL && i < self->undo_recorded->len; i++)
    {
      const Recorded *back = &g_array_index (self->undo_recorded, Recorded, i);
      Recorded *rec = find_recorded (self, back->criterion_id);

      rec->saved = rec->current = back->current;
      rec->origin = back->origin;
      g_free (rec->file_name);
      rec->file_name = g_strdup (back->file_name);
    }
  g_clear_pointer (&self->undo_recorded, g_array_unref);

  for (guint i = 0; i < self->undo->len; i++)
    {
      UndoStep *step = &g_array_index (self->undo, UndoStep, i);
      Row *r = get_row (self, step->row);

      state_clear (&r->saved);
      state_clear (&r->current);
      state_copy (&r->saved, &step->state);
      state_copy (&r->current, &step->state);
    }

  g_clear_pointer (&self->undo, g_array_unref);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Public API: a criterion decided by its recorded status, and thresholds */
/* set while the form is open                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_assessment_get_recorded_status:
 * @self: a #NtmAssessment
 * @criterion_id: a criterion of the form
 * @origin: (out) (optional): where the status on record comes from
 *   (%NTM_STATUS_ORIGIN_TYPED for one changed in the form)
 *
 * A criterion whose indicators cannot decide it (a threshold not known,
 * values missing) can be decided by a status recorded for it; when there
 * is one, ntm_assessment_get_criterion_status() gives it.
 *
 * Returns: the criterion's recorded status as the form stands, or
 *   %NTM_STATUS_NO_DATA when none is recorded
 */
NtmStatus
ntm_assessment_get_recorded_status (NtmAssessment   *self,
                                    gint64           criterion_id,
                                    NtmStatusOrigin *origin)
{
  Recorded *rec;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NTM_STATUS_NO_DATA);

  rec = find_recorded (self, criterion_id);
  if (origin != NULL)
    *origin = rec == NULL || rec->current != rec->saved ? NTM_STATUS_ORIGIN_TYPED : rec->origin;
  return rec ? rec->current : NTM_STATUS_NO_DATA;
}

/**
 * ntm_assessment_set_recorded_status:
 * @self: a #NtmAssessment
 * @criterion_id: a criterion of the form
 * @status: the status to record, or %NTM_STATUS_NO_DATA to record none
 *   (the indicators decide)
 *
 * Changes the form only; ntm_assessment_save() writes it with the values,
 * in the same transaction.
 *
 * Returns: %FALSE when @criterion_id is not a criterion of the form
 */
gboolean
ntm_assessment_set_recorded_status (NtmAssessment *self,
                                    gint64         criterion_id,
                                    NtmStatus      status)
{
  Recorded *rec;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);

  rec = find_recorded (self, criterion_id);
  if (rec == NULL)
    return FALSE;
  rec->current = status;
  return TRUE;
}

/**
 * ntm_assessment_get_computed_criterion_status:
 * @self: a #NtmAssessment
 * @criterion_id: a criterion of the form
 *
 * Returns: what the criterion's indicators give as the form stands,
 *   whether or not a status is recorded for it
 */
NtmStatus
ntm_assessment_get_computed_criterion_status (NtmAssessment *self,
                                              gint64         criterion_id)
{
  g_autoptr(GArray) statuses = g_array_new (FALSE, FALSE, sizeof (NtmStatus));

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), NTM_STATUS_NO_DATA);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      NtmStatus s;

      if (r->criterion_id != criterion_id)
        continue;
      s = evaluate_row (r);
      g_array_append_val (statuses, s);
    }
  return ntm_criterion_status ((const NtmStatus *) (gpointer) statuses->data, statuses->len);
}

/**
 * ntm_assessment_reload_thresholds:
 * @self: a #NtmAssessment
 * @db: the database it was loaded from
 *
 * Reads again the threshold of every row for the unit's region and
 * commune group and the year, keeping what was typed: once a threshold is
 * set in Criteria and Thresholds, a value typed against it is met or not
 * met without reopening the form.
 *
 * Returns: whether any row's threshold changed
 */
gboolean
ntm_assessment_reload_thresholds (NtmAssessment *self,
                                  NtmDatabase   *db)
{
  g_autoptr(GArray) before = NULL;
  gboolean changed = FALSE;

  g_return_val_if_fail (NTM_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  before = g_array_sized_new (FALSE, FALSE, sizeof (double), self->rows->len);
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      double t = r->has_threshold ? r->threshold : NAN;
      g_array_append_val (before, t);
    }

  load_thresholds (self, db);

  for (guint i = 0; i < self->rows->len && !changed; i++)
    {
      Row *r = get_row (self, i);
      double old = g_array_index (before, double, i);
      double now = r->has_threshold ? r->threshold : NAN;

      changed = isnan (old) != isnan (now) || (!isnan (old) && old != now);
    }
  return changed;
}
