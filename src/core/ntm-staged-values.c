/* ntm-staged-values.c: values a bulk write hands to SQL without a table
 *
 * An import writes tens of thousands of indicator values in one
 * INSERT … SELECT statement (ntm-import-write.c), which reads them from
 * the table-valued function
 *
 *   ntm_staged_values (?1)
 *
 * where ?1 is an array of NtmStagedValue bound as a pointer: one row per
 * value, in the array's order (its rowid), with the columns unit_code,
 * indicator_id, year and value, and what is on record before the write:
 * on_record (1 when a value of the unit, indicator and year is) and
 * recorded_value (that value, or NULL). Staging the values in a temporary table
 * instead wrote every value once more before it was stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "ntm-database-private.h"
#include "ntm-number.h"
#include "ntm-staged-values.h"

enum {
  COLUMN_UNIT_CODE,
  COLUMN_INDICATOR_ID,
  COLUMN_YEAR,
  COLUMN_VALUE,
  COLUMN_ON_RECORD,
  COLUMN_RECORDED_VALUE,
  COLUMN_VALUES,                /* hidden: the array, the function's argument */
};

typedef struct {
  sqlite3_vtab_cursor base;
  GArray             *values;
  guint               i;
} Cursor;

static int
staged_connect (sqlite3            *db,
                void               *aux,
                int                 argc,
                const char * const *argv,
                sqlite3_vtab      **vtab,
                char              **message)
{
  int rc = sqlite3_declare_vtab (db, "CREATE TABLE x (unit_code TEXT, indicator_id INTEGER, year INTEGER,"
                                     " value REAL, on_record INTEGER, recorded_value REAL, staged_values HIDDEN)");

  if (rc != SQLITE_OK)
    return rc;
  *vtab = sqlite3_malloc (sizeof (sqlite3_vtab));
  if (*vtab == NULL)
    return SQLITE_NOMEM;
  memset (*vtab, 0, sizeof (sqlite3_vtab));
  return SQLITE_OK;
}

static int
staged_disconnect (sqlite3_vtab *vtab)
{
  sqlite3_free (vtab);
  return SQLITE_OK;
}

/* The array is required; the rows come in rowid order. */
static int
staged_best_index (sqlite3_vtab       *vtab,
                   sqlite3_index_info *info)
{
  for (int i = 0; i < info->nConstraint; i++)
    {
      if (info->aConstraint[i].iColumn != COLUMN_VALUES)
        continue;
      if (!info->aConstraint[i].usable || info->aConstraint[i].op != SQLITE_INDEX_CONSTRAINT_EQ)
        return SQLITE_CONSTRAINT;
      info->aConstraintUsage[i].argvIndex = 1;
      info->aConstraintUsage[i].omit = 1;
      info->idxNum = 1;
      info->estimatedCost = 1000;
      info->estimatedRows = 1000;
      info->orderByConsumed = info->nOrderBy == 1 && info->aOrderBy[0].iColumn < 0 && !info->aOrderBy[0].desc;
      return SQLITE_OK;
    }
  return SQLITE_CONSTRAINT;
}

static int
staged_open (sqlite3_vtab         *vtab,
             sqlite3_vtab_cursor **cursor)
{
  Cursor *c = sqlite3_malloc (sizeof (Cursor));

  if (c == NULL)
    return SQLITE_NOMEM;
  memset (c, 0, sizeof (Cursor));
  *cursor = &c->base;
  return SQLITE_OK;
}

static int
staged_close (sqlite3_vtab_cursor *cursor)
{
  sqlite3_free (cursor);
  return SQLITE_OK;
}

static int
staged_filter (sqlite3_vtab_cursor  *cursor,
               int                   idx_num,
               const char           *idx_str,
               int                   argc,
               sqlite3_value       **argv)
{
  Cursor *c = (Cursor *) cursor;

  c->values = argc == 1 ? sqlite3_value_pointer (argv[0], NTM_STAGED_VALUES_POINTER) : NULL;
  c->i = 0;
  return SQLITE_OK;
}

static int
staged_next (sqlite3_vtab_cursor *cursor)
{
  ((Cursor *) cursor)->i++;
  return SQLITE_OK;
}

static int
staged_eof (sqlite3_vtab_cursor *cursor)
{
  Cursor *c = (Cursor *) cursor;

  return c->values == NULL || c->i >= c->values->len;
}

static int
staged_column (sqlite3_vtab_cursor *cursor,
               sqlite3_context     *context,
               int                  column)
{
  Cursor *c = (Cursor *) cursor;
  const NtmStagedValue *v = &g_array_index (c->values, NtmStagedValue, c->i);

  switch (column)
    {
    case COLUMN_UNIT_CODE:
      sqlite3_result_text (context, v->unit_code, -1, SQLITE_STATIC);
      break;
    case COLUMN_INDICATOR_ID:
      sqlite3_result_int64 (context, v->indicator_id);
      break;
    case COLUMN_YEAR:
      sqlite3_result_int (context, v->year);
      break;
    case COLUMN_VALUE:
      if (v->has_value)
        sqlite3_result_double (context, v->value);
      else
        sqlite3_result_null (context);
      break;
    case COLUMN_ON_RECORD:
      sqlite3_result_int (context, v->removes || v->replaces);
      break;
    case COLUMN_RECORDED_VALUE:
      if (v->removes ? v->has_value : v->replaces && v->had_value)
        sqlite3_result_double (context, v->removes ? v->value : v->old_value);
      else
        sqlite3_result_null (context);
      break;
    default:
      sqlite3_result_null (context);
      break;
    }
  return SQLITE_OK;
}

static int
staged_rowid (sqlite3_vtab_cursor *cursor,
              sqlite_int64        *rowid)
{
  *rowid = ((Cursor *) cursor)->i + 1;
  return SQLITE_OK;
}

static const sqlite3_module staged_module = {
  .iVersion = 0,
  .xCreate = NULL,              /* eponymous only: no CREATE VIRTUAL TABLE */
  .xConnect = staged_connect,
  .xBestIndex = staged_best_index,
  .xDisconnect = staged_disconnect,
  .xDestroy = staged_disconnect,
  .xOpen = staged_open,
  .xClose = staged_close,
  .xFilter = staged_filter,
  .xNext = staged_next,
  .xEof = staged_eof,
  .xColumn = staged_column,
  .xRowid = staged_rowid,
};

/* Makes ntm_staged_values () known to @handle. */
int
ntm_staged_values_register (sqlite3 *handle)
{
  return sqlite3_create_module (handle, "ntm_staged_values", &staged_module, NULL);
}

/* The digits of @value when it is a number of one to four decimals and
 * at most 15 digits (95.5, 0.955, -12.25), as %.15g writes it: such a
 * number's double is the one nearest its decimals, and 15 significant
 * digits give those decimals back. Returns %FALSE for any other. */
static gboolean
append_short_decimal (GString *json,
                      double   value)
{
  double scale = 1;

  for (int places = 1; places <= 4; places++)
    {
      char digits[NTM_DIGITS_SIZE];
      const char *text;
      double scaled;
      gint64 whole;
      size_t len;

      scale *= 10;
      scaled = value * scale;
      if (!(fabs (scaled) < 1e15))
        return FALSE;
      whole = (gint64) llround (scaled);
      if ((double) whole / scale != value)
        continue;
      if (whole < 0)
        g_string_append_c (json, '-');
      text = ntm_number_digits ((guint64) ABS (whole), digits);
      len = strlen (text);
      /* "955" and 3 places: "0.955" */
      if (len <= (size_t) places)
        {
          g_string_append (json, "0.");
          for (size_t i = len; i < (size_t) places; i++)
            g_string_append_c (json, '0');
          g_string_append (json, text);
        }
      else
        {
          g_string_append_len (json, text, len - places);
          g_string_append_c (json, '.');
          g_string_append (json, text + len - places);
        }
      return TRUE;
    }
  return FALSE;
}

/* Appends to @json the number @value as SQLite writes a REAL in JSON
 * (json_quote (), json_object ()), or null when @has_value is %FALSE:
 * "%!0.15g", that is a whole number under 10^15 as its digits and ".0",
 * a number of a few decimals as its digits with the point, both written
 * here directly, and any other through SQLite's own printf. */
void
ntm_staged_values_append_json_number (GString  *json,
                                      gboolean  has_value,
                                      double    value)
{
  char digits[64];

  if (!has_value)
    g_string_append (json, "null");
  else if (value == floor (value) && fabs (value) < 1e15)
    {
      if (value < 0)
        g_string_append_c (json, '-');
      g_string_append (json, ntm_number_digits ((guint64) fabs (value), digits));
      g_string_append (json, ".0");
    }
  else if (!append_short_decimal (json, value))
    {
      sqlite3_snprintf (sizeof digits, digits, "%!0.15g", value);
      g_string_append (json, digits);
    }
}

/* Binds @values (an array of NtmStagedValue, which must outlive the
 * statement's run) as parameter @index of @stmt. */
void
ntm_staged_values_bind (sqlite3_stmt *stmt,
                        int           index,
                        GArray       *values)
{
  sqlite3_bind_pointer (stmt, index, values, NTM_STAGED_VALUES_POINTER, NULL);
}

/* Whether the one row @sql (with ?1 bound to @text, or else to @id) gives
 * exists. */
static gboolean
parent_exists (NtmDatabase  *db,
               const char   *sql,
               const char   *text,
               gint64        id,
               gboolean     *exists,
               GError      **error)
{
  sqlite3_stmt *stmt = ntm_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

/**
 * ntm_staged_values_check_parents:
 * @db: the database the values are written to
 * @values: an array of NtmStagedValue
 * @error: return location for a #GError
 *
 * Checks that every unit and indicator @values name is on record, once
 * each: what the foreign keys of assessment check for every row, for a
 * bulk write with them off (ntm_database_run_bulk_transaction()).
 *
 * Returns: %TRUE when every parent is on record; else %FALSE with
 *   %NTM_DATABASE_ERROR_INVALID
 */
gboolean
ntm_staged_values_check_parents (NtmDatabase  *db,
                                 GArray       *values,
                                 GError      **error)
{
  g_autoptr(GHashTable) units = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) indicators = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key;
  const char *last_unit = NULL;

  for (guint i = 0; i < values->len; i++)
    {
      NtmStagedValue *v = &g_array_index (values, NtmStagedValue, i);

      /* a unit's values are staged together */
      if (v->unit_code != last_unit)
        g_hash_table_add (units, (gpointer) v->unit_code);
      last_unit = v->unit_code;
      g_hash_table_add (indicators, &v->indicator_id);
    }

  g_hash_table_iter_init (&iter, units);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gboolean exists;

      if (!parent_exists (db, "SELECT 1 FROM unit WHERE code = ?1", key, 0, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                       _("There is no unit with the code %s: nothing was saved."), (const char *) key);
          return FALSE;
        }
    }
  g_hash_table_iter_init (&iter, indicators);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gboolean exists;

      if (!parent_exists (db, "SELECT 1 FROM indicator WHERE id = ?1", NULL, *(gint64 *) key, &exists, error))
        return FALSE;
      if (!exists)
        {
          char digits[NTM_DIGITS_SIZE];

          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                       _("There is no indicator numbered %s: nothing was saved."),
                       ntm_number_digits (*(gint64 *) key, digits));
          return FALSE;
        }
    }
  return TRUE;
}
