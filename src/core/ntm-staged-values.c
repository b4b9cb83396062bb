/* ntm-staged-values.c: values a bulk write hands to SQL without a table
 *
 * An import writes tens of thousands of indicator values, and their
 * history, in two INSERT … SELECT statements (ntm-import.c). Those
 * statements read the values from the table-valued function
 *
 *   ntm_staged_values (?1)
 *
 * where ?1 is an array of NtmStagedValue bound as a pointer: one row per
 * value, in the array's order (its rowid), with the columns unit_code,
 * indicator_id, year and value. Staging the values in a temporary table
 * instead wrote every value once more before it was stored.
 *
 * Two more columns give what the history's triggers (data/sql/
 * 003-forms.sql) work out in SQL, written here at a fraction of the cost:
 * new_json, the record of the value as a new row, in the text
 * json_object () gives, with SQLite's own format for the number; and
 * entity_key, the value's name in the history ("indicator_id/year").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ntm-number.h"
#include "ntm-staged-values.h"

enum {
  COLUMN_UNIT_CODE,
  COLUMN_INDICATOR_ID,
  COLUMN_YEAR,
  COLUMN_VALUE,
  COLUMN_NEW_JSON,
  COLUMN_ENTITY_KEY,
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
                                     " value REAL, new_json TEXT, entity_key TEXT, staged_values HIDDEN)");

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

static char *
put_text (char       *p,
          const char *text)
{
  size_t n = strlen (text);

  memcpy (p, text, n);
  return p + n;
}

static char *
put_int (char   *p,
         gint64  n)
{
  char digits[NTM_DIGITS_SIZE];

  if (n < 0)
    *p++ = '-';
  return put_text (p, ntm_number_digits (n < 0 ? -(guint64) n : (guint64) n, digits));
}

/* Writes at @json (256 bytes) what
 *   json_object ('indicator_id', …, 'year', …, 'value', …,
 *                'status_override', NULL, 'override_reason', NULL, 'note', '')
 * gives for @v, and returns its length. SQLite writes a number as
 * "%!0.15g": a whole number under 10^15 as its digits and ".0", which is
 * written here directly; any other through SQLite's own printf. */
static int
write_new_json (char                 *json,
                const NtmStagedValue *v)
{
  char *p = json;

  p = put_text (p, "{\"indicator_id\":");
  p = put_int (p, v->indicator_id);
  p = put_text (p, ",\"year\":");
  p = put_int (p, v->year);
  p = put_text (p, ",\"value\":");
  if (!v->has_value)
    p = put_text (p, "null");
  else if (v->value == floor (v->value) && fabs (v->value) < 1e15)
    p = put_text (put_int (p, (gint64) v->value), ".0");
  else
    {
      sqlite3_snprintf (64, p, "%!0.15g", v->value);
      p += strlen (p);
    }
  p = put_text (p, ",\"status_override\":null,\"override_reason\":null,\"note\":\"\"}");
  return p - json;
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
    case COLUMN_NEW_JSON:
      {
        char json[256];

        sqlite3_result_text (context, json, write_new_json (json, v), SQLITE_TRANSIENT);
      }
      break;
    case COLUMN_ENTITY_KEY:
      {
        /* as the history names an assessment: indicator_id || '/' || year */
        char key[48];
        char *end = put_int (key, v->indicator_id);

        *end++ = '/';
        end = put_int (end, v->year);
        sqlite3_result_text (context, key, end - key, SQLITE_TRANSIENT);
      }
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

/* Binds @values (an array of NtmStagedValue, which must outlive the
 * statement's run) as parameter @index of @stmt. */
void
ntm_staged_values_bind (sqlite3_stmt *stmt,
                        int           index,
                        GArray       *values)
{
  sqlite3_bind_pointer (stmt, index, values, NTM_STAGED_VALUES_POINTER, NULL);
}
