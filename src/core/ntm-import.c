/* ntm-import.c: one importer for the registers kept in spreadsheets
 *
 * The office keeps its data in workbooks: a district's "biểu tổng hợp" with
 * one row per commune and one column per criterion ("Đạt", "Chưa đạt",
 * "Cơ bản đạt"), indicator values by code ("17.1"), household water
 * figures, and the lists Ntm exports. Real files have title and letterhead
 * rows above the table, merged cells, two-row headers (criterion numbers
 * over short names), Roman-numeral district rows, subtotals and totals,
 * notes below the table, numbers stored as text and percentages written
 * 0.955 or 95,5. This file reads such a sheet, given as text cells by
 * ntm-workbook-file.c, in four steps:
 *
 *  1. the header: the band of one to three rows whose headings name the
 *     most columns Ntm knows (unit code and name, district, criteria by
 *     number or name, indicators by code, water figures, commune groups,
 *     a criteria set's columns), in Vietnamese or English; what is not
 *     recognised is left for the person to map, and a mapping is
 *     remembered per layout;
 *  2. the rows: a unit by its code, else by its name within the district
 *     (a group row gives the district), through NtmBoundaryMatcher and
 *     ntm-text's folding; group, subtotal, total, note and blank rows are
 *     skipped; an ambiguous or unknown name is reported, never guessed;
 *  3. the cells: each value read and checked, and held against what is on
 *     record, so that the preview shows old → new per unit and the counts
 *     say what would be inserted, updated or left unchanged;
 *  4. the commit: the whole file in one transaction, refused while any
 *     error remains, the history naming the file (data_import holds the
 *     range of history rows it wrote); an undo puts back what was there
 *     before.
 *
 * The first step, the catalogue of criteria sets and the search for the
 * header, is in ntm-import-header.c; the fourth, the commit and its undo,
 * in ntm-import-write.c. The registers kept as records (recognitions,
 * funds, OCOP products, targets, water schemes) are read and written in
 * ntm-import-records.c, the rows of a criteria set's definition and of
 * the communes' groups in ntm-import-sets.c, and what a single cell says
 * (a number, a status, a year) in ntm-import-cells.c. What the six files
 * share is in ntm-import-private.h.
 *
 * The units matched are the list the caller gives (the units of the year
 * being imported), so that the rule of which units are in force stays
 * with the caller.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ntm-attainment.h"
#include "ntm-boundary-match.h"
#include "ntm-clock.h"
#include "ntm-commune-water.h"
#include "ntm-criteria-edit.h"
#include "ntm-criterion-status.h"
#include "ntm-database-private.h"
#include "ntm-evaluation.h"
#include "ntm-import-private.h"
#include "ntm-number.h"
#include "ntm-text.h"
#include "ntm-unit.h"
#include "ntm-water-scheme.h"

G_DEFINE_QUARK (ntm-import-error-quark, ntm_import_error)

G_DEFINE_FINAL_TYPE (NtmImport, ntm_import, G_TYPE_OBJECT)

static gboolean analyse (NtmImport *self, GError **error);

/* ---------------------------------------------------------------------- */
/* Helpers: memory                                                        */
/* ---------------------------------------------------------------------- */


static void
part_free (gpointer data)
{
  Part *p = data;

  g_free (p->sheet_name);
  g_free (p->set_code);
  g_free (p->layout);
  g_array_unref (p->roles);
  g_ptr_array_unref (p->column_headings);
  g_array_unref (p->recognised);
  g_array_unref (p->fractions);
  g_free (p);
}

static void
problem_free (gpointer data)
{
  NtmImportProblem *p = data;

  g_free (p->where);
  g_free (p->text);
  g_free (p);
}

/* What a change holds; the change itself is freed with its block. */
static void
change_clear (gpointer data)
{
  Change *c = data;

  g_free (c->pub.old_text);
  g_free (c->pub.new_text);
  g_free (c->pub.cell);
  ntm_recorded_status_free (c->old_recorded);
  if (c->texts != NULL)
    {
      g_free (c->texts->new_override);
      g_free (c->texts->new_reason);
      g_free (c->texts->new_note);
      g_free (c->texts->old_override);
      g_free (c->texts->old_reason);
      g_free (c->texts->old_note);
      g_free (c->texts);
    }
  if (c->more != NULL)
    {
      ChangeMore *m = c->more;

      g_clear_object (&m->old_record);
      g_clear_object (&m->new_record);
      g_clear_pointer (&m->old_scheme, ntm_water_scheme_fields_free);
      g_clear_pointer (&m->new_scheme, ntm_water_scheme_fields_free);
      g_clear_pointer (&m->old_groups, g_ptr_array_unref);
      g_free (m->set_code);
      g_free (m->set_name);
      g_free (m->decision);
      g_free (m->applies_to);
      g_free (m->number);
      g_free (m->code);
      g_free (m->name);
      g_free (m->unit);
      g_free (m);
    }
}

/* The changes of an import, and the blocks they are in. */
static void
clear_changes (NtmImport *self)
{
  g_ptr_array_set_size (self->changes, 0);
  g_ptr_array_set_size (self->change_blocks, 0);
  self->block_used = 0;
}

/* ---------------------------------------------------------------------- */
/* Helpers: reading cells                                                 */
/* ---------------------------------------------------------------------- */

int
ntm_import_find_role (Part     *part,
                      RoleKind  kind)
{
  for (guint c = 0; c < part->roles->len; c++)
    if (g_array_index (part->roles, Role, c).kind == kind)
      return c;
  return -1;
}

const char *
ntm_import_text_at (NtmImport *self,
                    Part      *part,
                    guint      row,
                    RoleKind   kind)
{
  int column = ntm_import_find_role (part, kind);

  return column >= 0 ? ntm_import_cell (self, part, row, column) : NULL;
}

/* The text under the column of @kind, cleaned (ntm_import_clean_text ()); NULL when
 * there is no such column or the cell is empty. */
char *
ntm_import_clean_at (NtmImport *self,
                     Part      *part,
                     guint      row,
                     RoleKind   kind)
{
  return ntm_import_clean_text (ntm_import_text_at (self, part, row, kind));
}

/* The same for a column given by its index, -1 for none. */
static char *
clean_cell (NtmImport *self,
            Part      *part,
            guint      row,
            int        column)
{
  return column >= 0 ? ntm_import_clean_text (ntm_import_cell (self, part, row, column)) : NULL;
}

int
ntm_import_column_of (Part     *part,
                      RoleKind  kind)
{
  return MAX (0, ntm_import_find_role (part, kind));
}

/* ---------------------------------------------------------------------- */
/* Helpers: what is on record                                             */
/* ---------------------------------------------------------------------- */

typedef struct {
  gboolean has_value;
  double   value;
  char    *override;
  char    *reason;
  char    *note;
} Assessed;

static void
assessed_free (gpointer data)
{
  Assessed *a = data;

  g_free (a->override);
  g_free (a->reason);
  g_free (a->note);
  g_free (a);
}

static NtmEvaluation *
get_evaluation (NtmImport  *self,
                int         year,
                GError    **error)
{
  NtmEvaluation *ev = g_hash_table_lookup (self->evaluations, GINT_TO_POINTER (year));

  if (ev == NULL)
    {
      ev = ntm_evaluation_new (self->db, year, error);
      if (ev == NULL)
        return NULL;
      g_hash_table_insert (self->evaluations, GINT_TO_POINTER (year), ev);
    }
  return ev;
}

/* An indicator's value of a unit and year, as self->assessed is keyed:
 * looked up for every value a file holds, so with its unit code interned
 * (intern_unit()) rather than in a text. */
typedef struct {
  const char *unit_code;
  gint64      indicator_id;
  int         year;
} AssessedKey;

static guint
assessed_key_hash (gconstpointer key)
{
  const AssessedKey *k = key;

  return (g_direct_hash (k->unit_code) * 31u + (guint) k->indicator_id) * 65599u + (guint) k->year;
}

static gboolean
assessed_key_equal (gconstpointer a,
                    gconstpointer b)
{
  const AssessedKey *x = a, *y = b;

  return x->unit_code == y->unit_code && x->indicator_id == y->indicator_id && x->year == y->year;
}

/* A unit's code, interned: codes repeat from value to value, and the unit
 * of a row is looked up once for all its values. */
static const char *
intern_unit (NtmImport  *self,
             const char *unit_code)
{
  if (self->last_code == NULL || !g_str_equal (self->last_code, unit_code))
    {
      self->last_code = g_intern_string (unit_code);
      self->last_name = g_intern_string (g_hash_table_lookup (self->unit_names, unit_code));
    }
  return self->last_code;
}

/* The key of an indicator's value for a unit and year among the cells
 * seen: "a|18814|42|2024". */
static char *
assessed_key (const char *unit_code,
              gint64      indicator_id,
              int         year)
{
  char id_digits[NTM_DIGITS_SIZE], year_digits[NTM_DIGITS_SIZE];

  g_assert (indicator_id >= 0 && year >= 0);
  return g_strconcat ("a|", unit_code, "|", ntm_number_digits (indicator_id, id_digits), "|",
                      ntm_number_digits (year, year_digits), NULL);
}

static gboolean
load_year (NtmImport  *self,
           int         year,
           GError    **error)
{
  g_autoptr(GPtrArray) recorded = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (g_hash_table_contains (self->loaded_years, GINT_TO_POINTER (year)))
    return TRUE;

  recorded = ntm_database_list_recorded_statuses (self->db, NULL, year, error);
  if (recorded == NULL)
    return FALSE;
  for (guint i = 0; i < recorded->len; i++)
    {
      NtmRecordedStatus *s = g_ptr_array_index (recorded, i);
      char *key = g_strdup_printf ("s|%s|%" G_GINT64_FORMAT "|%d", s->unit_code, s->criterion_id, year);
      g_hash_table_insert (self->recorded, key, ntm_recorded_status_copy (s));
    }

  stmt = ntm_database_prepare (self->db,
                               "SELECT unit_code, indicator_id, value, status_override, override_reason, note"
                               " FROM assessment WHERE year = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Assessed *a = g_new0 (Assessed, 1);
      AssessedKey *key = g_new (AssessedKey, 1);

      key->unit_code = g_intern_string ((const char *) sqlite3_column_text (stmt, 0));
      key->indicator_id = sqlite3_column_int64 (stmt, 1);
      key->year = year;

      a->has_value = ntm_sql_get_double (stmt, 2, &a->value);
      a->override = ntm_sql_dup_text (stmt, 3);
      a->reason = ntm_sql_dup_text (stmt, 4);
      a->note = ntm_sql_dup_text (stmt, 5);
      g_hash_table_insert (self->assessed, key, a);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (self->db, error, NULL);
      return FALSE;
    }

  g_hash_table_add (self->loaded_years, GINT_TO_POINTER (year));
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Helpers: reporting                                                     */
/* ---------------------------------------------------------------------- */

/* A row as the problems name it: "Sheet!12". */
static char *
row_ref (NtmImport *self,
         Part      *part,
         guint      row)
{
  return g_strdup_printf ("%s!%u", part->sheet_name, ntm_workbook_get_row_number (self->workbook, part->sheet, row));
}

char *
ntm_import_cell_ref (NtmImport *self,
                     Part      *part,
                     guint      row,
                     guint      column)
{
  return ntm_cell_reference (part->sheet_name, ntm_workbook_get_row_number (self->workbook, part->sheet, row), column);
}

static void
add_problem (NtmImport            *self,
             NtmImportProblemKind  kind,
             char                 *where,
             char                 *text)
{
  NtmImportProblem *p = g_new0 (NtmImportProblem, 1);

  p->kind = kind;
  p->where = where;
  p->text = text;
  g_ptr_array_add (self->problems, p);
  switch (kind)
    {
    case NTM_IMPORT_PROBLEM_UNMATCHED: self->counts.unmatched++; break;
    case NTM_IMPORT_PROBLEM_AMBIGUOUS: self->counts.ambiguous++; break;
    case NTM_IMPORT_PROBLEM_ERROR: default: self->counts.errors++; break;
    }
}

G_GNUC_PRINTF (5, 6)
void
ntm_import_add_error (NtmImport  *self,
                      Part       *part,
                      guint       row,
                      guint       column,
                      const char *format,
                      ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  add_problem (self, NTM_IMPORT_PROBLEM_ERROR, ntm_import_cell_ref (self, part, row, column), text);
}

/* A change, its @what interned already; @cell_ref is taken, or NULL for
 * a cell set by set_change_cell(). */
static Change *
add_change_interned (NtmImport   *self,
                     NtmRegister  reg,
                     const char  *unit_code,
                     int          year,
                     const char  *what,
                     char        *cell_ref)
{
  Change *c;

  /* a large file's changes are many: handed out from blocks rather
   * than allocated one by one (the blocks come zeroed) */
  if (self->change_blocks->len == 0 || self->block_used == CHANGE_BLOCK_SIZE)
    {
      g_ptr_array_add (self->change_blocks, g_new0 (Change, CHANGE_BLOCK_SIZE));
      self->block_used = 0;
    }
  c = (Change *) g_ptr_array_index (self->change_blocks, self->change_blocks->len - 1) + self->block_used++;
  if (reg != NTM_REGISTER_CRITERIA_STATUSES && reg != NTM_REGISTER_INDICATOR_VALUES)
    c->more = g_new0 (ChangeMore, 1);
  /* codes, names and labels repeat from row to row: one copy each */
  if (unit_code != NULL)
    intern_unit (self, unit_code);
  c->reg = reg;
  c->pub.unit_code = unit_code ? (char *) self->last_code : NULL;
  c->pub.unit_name = unit_code ? (char *) self->last_name : NULL;
  c->pub.year = year;
  c->pub.what = (char *) what;
  c->pub.cell = cell_ref;
  g_ptr_array_add (self->changes, c);
  return c;
}

/* The cell of a change, written out when it is first asked for: a large
 * file has many, and few are ever shown. */
static void
set_change_cell (NtmImport *self,
                 Change    *c,
                 Part      *part,
                 guint      row,
                 guint      column)
{
  c->cell_sheet = part->sheet_name;
  c->cell_row = ntm_workbook_get_row_number (self->workbook, part->sheet, row);
  c->cell_column = column;
}

const char *
ntm_import_change_cell (Change *c)
{
  if (c->pub.cell == NULL && c->cell_sheet != NULL)
    c->pub.cell = ntm_cell_reference (c->cell_sheet, c->cell_row, c->cell_column);
  return c->pub.cell;
}

Change *
ntm_import_add_change (NtmImport   *self,
                       NtmRegister  reg,
                       const char  *unit_code,
                       int          year,
                       char        *what,
                       char        *cell_ref)
{
  Change *c = add_change_interned (self, reg, unit_code, year, g_intern_string (what), cell_ref);

  g_free (what);
  return c;
}

void
ntm_import_count_change (NtmImport *self,
                         Change    *c)
{
  switch (c->pub.action)
    {
    case NTM_IMPORT_INSERT: self->counts.inserted++; break;
    case NTM_IMPORT_UPDATE: self->counts.updated++; break;
    case NTM_IMPORT_UNCHANGED: default: self->counts.unchanged++; break;
    }
}

/* Remembers a key per row; a second row for it is an error. */
gboolean
ntm_import_check_duplicate (NtmImport  *self,
                            Part       *part,
                            guint       row,
                            guint       column,
                            const char *key,
                            const char *label)
{
  const char *first = g_hash_table_lookup (self->seen, key);

  if (first != NULL)
    {
      ntm_import_add_error (self, part, row, column,
                            _("%s is on row %s already: keep one row for it and remove the other."), label, first);
      return FALSE;
    }
  g_hash_table_insert (self->seen, g_strdup (key), row_ref (self, part, row));
  return TRUE;
}

/* A register of one row per unit and year: a second row for the unit is
 * an error, shown in the column that names it. */
static gboolean
check_unit_once (NtmImport  *self,
                 Part       *part,
                 guint       row,
                 char        reg,
                 const char *unit_code,
                 int         year)
{
  g_autofree char *key = g_strdup_printf ("%c|%s|%d", reg, unit_code, year);
  RoleKind named_by = ntm_import_find_role (part, ROLE_NAME) >= 0 ? ROLE_NAME : ROLE_CODE;

  return ntm_import_check_duplicate (self, part, row, ntm_import_column_of (part, named_by), key,
                                     g_hash_table_lookup (self->unit_names, unit_code));
}

/* ---------------------------------------------------------------------- */
/* Helpers: the cells of each register                                   */
/* ---------------------------------------------------------------------- */

static char *
criterion_label (CatCriterion *c)
{
  /* Translators: criterion number and name, e.g. "17. Môi trường" */
  return g_strdup_printf (_("%s. %s"), c->number, c->name);
}

static void
read_status_cell (NtmImport  *self,
                  Part       *part,
                  guint       row,
                  guint       column,
                  const char *unit_code,
                  int         year,
                  gint64      criterion_id,
                  const char *text)
{
  g_autoptr(GError) error = NULL;
  CatCriterion *crit = ntm_import_criterion_by_id (self, criterion_id);
  NtmEvaluation *ev;
  const NtmCriterionResult *results;
  NtmStatus status, in_force = NTM_STATUS_NO_DATA;
  g_autofree char *key = NULL;
  NtmRecordedStatus *recorded;
  double number;
  guint n;
  Change *c;

  if (!ntm_import_read_status (text, &status))
    {
      if (ntm_import_read_number (text, FALSE, &number, NULL))
        ntm_import_add_error (self, part, row, column,
                              _("“%s” is a number, not a status: write Đạt, Chưa đạt or Cơ bản đạt."), text);
      else
        ntm_import_add_error (self, part, row, column,
                              _("“%s” is not a status: write Đạt, Chưa đạt or Cơ bản đạt (or Met, Not met, Basically met)."), text);
      return;
    }
  self->counts.values++;

  ev = get_evaluation (self, year, &error);
  results = ev ? ntm_evaluation_get_criteria (ev, unit_code, &n) : NULL;
  for (guint i = 0; results && i < n; i++)
    if (results[i].criterion_id == criterion_id)
      in_force = results[i].status;

  key = g_strdup_printf ("s|%s|%" G_GINT64_FORMAT "|%d", unit_code, criterion_id, year);
  recorded = g_hash_table_lookup (self->recorded, key);

  c = ntm_import_add_change (self, NTM_REGISTER_CRITERIA_STATUSES, unit_code, year,
                             crit ? criterion_label (crit) : NULL, ntm_import_cell_ref (self, part, row, column));
  c->target = criterion_id;
  c->new_status = status;
  c->old_recorded = recorded ? ntm_recorded_status_copy (recorded) : NULL;
  c->pub.old_text = in_force != NTM_STATUS_NO_DATA ? g_strdup (ntm_status_get_label (in_force)) : NULL;
  c->pub.new_text = g_strdup (ntm_status_get_label (status));
  /* the same as in force, recorded or computed: nothing to write */
  if (status == in_force)
    c->pub.action = NTM_IMPORT_UNCHANGED;
  else
    c->pub.action = recorded ? NTM_IMPORT_UPDATE : NTM_IMPORT_INSERT;
  ntm_import_count_change (self, c);
}

static char *
value_text (NtmIndicatorKind kind,
            double           value)
{
  if (kind == NTM_INDICATOR_BOOLEAN)
    return g_strdup (value != 0 ? _("Yes") : _("No"));
  if (kind == NTM_INDICATOR_PERCENT)
    {
      g_autofree char *number = ntm_import_format_value (value);
      return g_strdup_printf ("%s %%", number);
    }
  return ntm_import_format_value (value);
}

/* An indicator's value (and, from a list Ntm exported, its status set by
 * hand, the reason and the note). */
static void
read_value_cell (NtmImport    *self,
                 Part         *part,
                 guint         row,
                 guint         column,
                 const char   *unit_code,
                 int           year,
                 CatIndicator *ind,
                 const char   *text,
                 gboolean      fraction,
                 gboolean      with_extras,
                 const char   *override_text,
                 const char   *reason,
                 const char   *note)
{
  Assessed *old;
  gboolean has_value = FALSE, percent_sign = FALSE;
  double value = 0;
  NtmStatus override = NTM_STATUS_NO_DATA;
  Change *c;
  gboolean same;

  if (text != NULL)
    {
      if (ind->kind == NTM_INDICATOR_BOOLEAN)
        {
          if (!ntm_import_read_yes_no (text, &value))
            {
              ntm_import_add_error (self, part, row, column,
                                    _("“%s” is not a yes/no answer for indicator %s: write Có or Không (or Đạt, Chưa đạt, x)."),
                                    text, ind->code);
              return;
            }
        }
      else if (!ntm_import_read_number (text, FALSE, &value, &percent_sign))
        {
          ntm_import_add_error (self, part, row, column, _("“%s” is not a number (indicator %s)."), text, ind->code);
          return;
        }
      else if (ind->kind == NTM_INDICATOR_PERCENT)
        {
          if (fraction && !percent_sign)
            value *= 100;
          if (value < 0 || value > 100)
            {
              ntm_import_add_error (self, part, row, column,
                                    _("“%s” is not a share between 0 and 100 %% (indicator %s)."), text, ind->code);
              return;
            }
        }
      has_value = TRUE;
    }
  if (override_text != NULL)
    {
      if (!ntm_import_read_status (override_text, &override))
        {
          ntm_import_add_error (self, part, row, column + 1,
                                _("“%s” is not a status: write Đạt, Chưa đạt or Cơ bản đạt (or Met, Not met, Basically met)."),
                                override_text);
          return;
        }
      if (reason == NULL)
        {
          ntm_import_add_error (self, part, row, column,
                                _("A status set by hand needs its reason (indicator %s)."), ind->code);
          return;
        }
    }
  if (!has_value && override_text == NULL)
    return;
  self->counts.values++;

  old = g_hash_table_lookup (self->assessed, &(AssessedKey) { intern_unit (self, unit_code), ind->id, year });

  c = add_change_interned (self, NTM_REGISTER_INDICATOR_VALUES, unit_code, year, ind->label, NULL);
  set_change_cell (self, c, part, row, column);
  c->target = ind->id;
  c->has_new_value = has_value;
  c->new_value = value;
  c->old_row = old != NULL;
  if (old != NULL)
    {
      c->old_has_value = old->has_value;
      c->old_value = old->value;
    }
  if (with_extras)
    {
      c->texts = g_new0 (ChangeTexts, 1);
      c->texts->new_override = override != NTM_STATUS_NO_DATA ? g_strdup (ntm_status_to_string (override)) : NULL;
      c->texts->new_reason = override != NTM_STATUS_NO_DATA ? g_strdup (reason) : NULL;
      c->texts->new_note = g_strdup (note);
      if (old != NULL)
        {
          c->texts->old_override = g_strdup (old->override);
          c->texts->old_reason = g_strdup (old->reason);
          c->texts->old_note = g_strdup (old->note);
        }
    }
  /* a large file's values are many and few are looked at: their texts
   * wait for ntm_import_get_change() */
  c->value_kind = ind->kind;
  c->texts_pending = TRUE;
  if (!has_value)
    c->pub.new_text = g_strdup (ntm_status_get_label (override));

  same = old != NULL && old->has_value == has_value && (!has_value || ntm_import_same_number (old->value, value));
  if (same && with_extras)
    same = ntm_import_same_text (old->override, c->texts->new_override) &&
           ntm_import_same_text (old->reason, c->texts->new_reason) &&
           ntm_import_same_text (old->note, note);
  c->pub.action = same ? NTM_IMPORT_UNCHANGED : old != NULL ? NTM_IMPORT_UPDATE : NTM_IMPORT_INSERT;
  ntm_import_count_change (self, c);
}

static const char *
water_label (int figure)
{
  switch (figure)
    {
    case 0: return _("Households in total");
    case 1: return _("On hygienic water");
    case 2: default: return _("On clean water meeting the standard");
    }
}

static void
read_water_row (NtmImport  *self,
                Part       *part,
                guint       row,
                const char *unit_code,
                int         year)
{
  g_autoptr(GError) error = NULL;
  int columns[3] = { -1, -1, -1 };
  int values[3] = { 0 };
  int old[3] = { 0 };
  gboolean any = FALSE, missing = FALSE, bad = FALSE, known;
  Change *c;

  for (guint col = 0; col < part->roles->len; col++)
    {
      Role *r = &g_array_index (part->roles, Role, col);
      if (r->kind == ROLE_WATER && r->target >= 0 && r->target < 3 && columns[r->target] < 0)
        columns[r->target] = col;
    }

  for (int f = 0; f < 3; f++)
    {
      const char *text = columns[f] >= 0 ? ntm_import_cell (self, part, row, columns[f]) : NULL;
      double number;

      if (text == NULL || ntm_import_is_dash (text))
        {
          missing = TRUE;
          continue;
        }
      any = TRUE;
      if (!ntm_import_read_number (text, TRUE, &number, NULL) || number != floor (number) || number < 0 ||
          number > 10000000)
        {
          ntm_import_add_error (self, part, row, columns[f], _("“%s” is not a number of households."), text);
          bad = TRUE;
          continue;
        }
      values[f] = (int) number;
    }
  if (!any || bad)
    return;
  if (missing)
    {
      for (int f = 0; f < 3; f++)
        if (columns[f] < 0 || ntm_import_cell (self, part, row, columns[f]) == NULL)
          {
            if (columns[f] < 0)
              ntm_import_add_error (self, part, row, 0,
                                    _("The sheet has no column for “%s”: the household figures go in three columns."),
                                    water_label (f));
            else
              ntm_import_add_error (self, part, row, columns[f],
                                    _("“%s” is missing: give all three household figures or none."), water_label (f));
            break;
          }
      return;
    }
  if (!ntm_commune_water_check (values[0], values[1], values[2], &error))
    {
      ntm_import_add_error (self, part, row, columns[0], "%s", error->message);
      return;
    }
  self->counts.values += 3;

  known = ntm_database_get_commune_water (self->db, unit_code, year, &old[0], &old[1], &old[2], NULL);
  c = ntm_import_add_change (self, NTM_REGISTER_WATER_FIGURES, unit_code, year, g_strdup (_("Household water figures")),
                             ntm_import_cell_ref (self, part, row, columns[0]));
  memcpy (c->more->new_water, values, sizeof values);
  c->more->old_water_known = known;
  memcpy (c->more->old_water, old, sizeof old);
  if (known)
    c->pub.old_text = g_strdup_printf ("%d / %d / %d", old[0], old[1], old[2]);
  c->pub.new_text = g_strdup_printf ("%d / %d / %d", values[0], values[1], values[2]);
  c->pub.action = !known ? NTM_IMPORT_INSERT
                  : memcmp (old, values, sizeof old) == 0 ? NTM_IMPORT_UNCHANGED : NTM_IMPORT_UPDATE;
  ntm_import_count_change (self, c);
}

/* ---------------------------------------------------------------------- */
/* Helpers: the rows                                                      */
/* ---------------------------------------------------------------------- */

/* Whether each percent indicator column is written as 0–1 (Excel's 95,5 %
 * is 0.955 in the cell): every number in it at most 1, one of them with
 * decimals. */
static void
detect_fractions (NtmImport *self,
                  Part      *part)
{
  guint n_rows = ntm_workbook_get_n_rows (self->workbook, part->sheet);

  g_array_set_size (part->fractions, part->roles->len);
  for (guint col = 0; col < part->roles->len; col++)
    {
      Role *r = &g_array_index (part->roles, Role, col);
      CatIndicator *ind;
      gboolean all_small = TRUE, some_decimal = FALSE;

      g_array_index (part->fractions, gboolean, col) = FALSE;
      if (r->kind != ROLE_INDICATOR || (ind = ntm_import_indicator_by_id (self, r->target)) == NULL ||
          ind->kind != NTM_INDICATOR_PERCENT)
        continue;
      for (guint row = part->first_data_row; row < n_rows && all_small; row++)
        {
          const char *text = ntm_import_cell (self, part, row, col);
          gboolean sign;
          double value;

          if (text == NULL || !ntm_import_read_number (text, FALSE, &value, &sign) || sign)
            continue;
          if (value > 1)
            all_small = FALSE;
          else if (value != floor (value))
            some_decimal = TRUE;
        }
      g_array_index (part->fractions, gboolean, col) = all_small && some_decimal;
    }
}

static gboolean
row_has_values (NtmImport *self,
                Part      *part,
                guint      row)
{
  for (guint col = 0; col < part->roles->len; col++)
    {
      RoleKind kind = g_array_index (part->roles, Role, col).kind;
      const char *text;

      if (!ntm_import_is_value_role (kind) && kind != ROLE_VALUE && kind != ROLE_OVERRIDE && kind != ROLE_LEVEL &&
          kind != ROLE_PRODUCT && kind != ROLE_SOURCE && kind != ROLE_PLANNED && kind != ROLE_ACTUAL &&
          kind != ROLE_COMMUNE_GROUP)
        continue;
      text = ntm_import_cell (self, part, row, col);
      if (text != NULL && !ntm_import_is_dash (text))
        return TRUE;
    }
  return FALSE;
}

int
ntm_import_row_year (NtmImport *self,
                     Part      *part,
                     guint      row)
{
  const char *text = ntm_import_text_at (self, part, row, ROLE_YEAR);
  double year;

  if (text != NULL && ntm_import_read_number (text, TRUE, &year, NULL) && year >= 2000 && year <= 2100 &&
      year == floor (year))
    return (int) year;
  if (text != NULL)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_YEAR), _("“%s” is not a year."), text);
      return -1;
    }
  return part->year;
}

static void
read_unit_row (NtmImport  *self,
               Part       *part,
               guint       row,
               const char *unit_code)
{
  int year;
  g_autoptr(GError) error = NULL;

  if (part->reg == NTM_REGISTER_OCOP)
    {
      ntm_import_read_ocop_row (self, part, row, unit_code);
      return;
    }
  year = ntm_import_row_year (self, part, row);
  if (year < 0)
    return;
  if (year == 0)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_YEAR),
                            _("The year is not known: give it in a “Year” column, in the title or with the year to import into."));
      return;
    }
  if (!load_year (self, year, &error))
    {
      ntm_import_add_error (self, part, row, 0, "%s", error->message);
      return;
    }

  switch (part->reg)
    {
    case NTM_REGISTER_CRITERIA_STATUSES:
      if (!check_unit_once (self, part, row, 's', unit_code, year))
        return;
      for (guint col = 0; col < part->roles->len; col++)
        {
          Role *r = &g_array_index (part->roles, Role, col);
          const char *text = ntm_import_cell (self, part, row, col);

          if (r->kind == ROLE_CRITERION && text != NULL && !ntm_import_is_dash (text))
            read_status_cell (self, part, row, col, unit_code, year, r->target, text);
        }
      break;

    case NTM_REGISTER_INDICATOR_VALUES:
      {
        int value_column = ntm_import_find_role (part, ROLE_VALUE);

        if (value_column >= 0)
          {
            /* one row per value, as the "Indicator values" list */
            g_autofree char *set_code = ntm_import_clean_at (self, part, row, ROLE_SET);
            g_autofree char *code = ntm_import_clean_at (self, part, row, ROLE_INDICATOR_CODE);
            g_autofree char *key = NULL;
            CatSet *main = ntm_import_main_set (self, year);
            CatIndicator *ind;
            const char *value = ntm_import_cell (self, part, row, value_column);
            const char *override = ntm_import_text_at (self, part, row, ROLE_OVERRIDE);

            if (value != NULL && ntm_import_is_dash (value))
              value = NULL;
            if (code == NULL)
              {
                if (value != NULL)
                  ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_INDICATOR_CODE), _("The indicator’s code is missing."));
                return;
              }
            if (set_code == NULL)
              set_code = g_strdup (part->set_code ? part->set_code : main ? main->code : "");
            ind = ntm_import_find_indicator (self, set_code, code);
            if (ind == NULL)
              {
                ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_INDICATOR_CODE),
                                      _("There is no indicator %s in the criteria set “%s”."), code, set_code);
                return;
              }
            key = assessed_key (unit_code, ind->id, year);
            if (!ntm_import_check_duplicate (self, part, row, value_column, key, ind->code))
              return;
            read_value_cell (self, part, row, value_column, unit_code, year, ind, value, FALSE,
                             ntm_import_find_role (part, ROLE_OVERRIDE) >= 0 ||
                             ntm_import_find_role (part, ROLE_NOTE) >= 0,
                             override, ntm_import_text_at (self, part, row, ROLE_REASON),
                             ntm_import_text_at (self, part, row, ROLE_NOTE));
          }
        else
          {
            if (!check_unit_once (self, part, row, 'v', unit_code, year))
              return;
            for (guint col = 0; col < part->roles->len; col++)
              {
                Role *r = &g_array_index (part->roles, Role, col);
                const char *text = ntm_import_cell (self, part, row, col);
                CatIndicator *ind;

                if (r->kind != ROLE_INDICATOR || text == NULL || ntm_import_is_dash (text) ||
                    (ind = ntm_import_indicator_by_id (self, r->target)) == NULL)
                  continue;
                read_value_cell (self, part, row, col, unit_code, year, ind, text,
                                 g_array_index (part->fractions, gboolean, col), FALSE, NULL, NULL, NULL);
              }
          }
      }
      break;

    case NTM_REGISTER_WATER_FIGURES:
      if (check_unit_once (self, part, row, 'w', unit_code, year))
        read_water_row (self, part, row, unit_code, year);
      break;

    case NTM_REGISTER_RECOGNITIONS:
      ntm_import_read_recognition_row (self, part, row, unit_code, year);
      break;

    case NTM_REGISTER_FUNDS:
      ntm_import_read_fund_row (self, part, row, unit_code, year);
      break;

    case NTM_REGISTER_COMMUNE_GROUPS:
      ntm_import_read_group_row (self, part, row, unit_code, year);
      break;

    case NTM_REGISTER_OCOP:
    case NTM_REGISTER_TARGETS:
    case NTM_REGISTER_CRITERIA_SET:
    case NTM_REGISTER_NONE:
    default:
      break;
    }
}

static void
read_rows (NtmImport *self,
           Part      *part)
{
  guint n_rows = ntm_workbook_get_n_rows (self->workbook, part->sheet);
  int code_col = ntm_import_find_role (part, ROLE_CODE);
  int name_col = ntm_import_find_role (part, ROLE_NAME);
  int district_col = ntm_import_find_role (part, ROLE_DISTRICT);
  int order_col = ntm_import_find_role (part, ROLE_ORDER);
  g_autofree char *district = NULL;

  detect_fractions (self, part);

  for (guint row = part->first_data_row; row < n_rows; row++)
    {
      g_autofree char *code = clean_cell (self, part, row, code_col);
      g_autofree char *name = clean_cell (self, part, row, name_col);
      g_autofree char *order = clean_cell (self, part, row, order_col);
      g_autofree char *row_district = clean_cell (self, part, row, district_col);
      const char *label = NULL;
      g_autoptr(NtmMatch) match = NULL;
      NtmFeatureKey key = { 0 };
      gboolean has_values;

      self->counts.rows++;
      if (ntm_workbook_row_is_blank (self->workbook, part->sheet, row))
        {
          self->counts.skipped++;
          continue;
        }

      if (part->reg == NTM_REGISTER_TARGETS)
        {
          ntm_import_read_target_row (self, part, row);
          continue;
        }
      if (part->reg == NTM_REGISTER_SCHEMES)
        {
          ntm_import_read_scheme_row (self, part, row);
          continue;
        }
      if (part->reg == NTM_REGISTER_CRITERIA_SET)
        {
          if (ntm_import_text_at (self, part, row, ROLE_INDICATOR_CODE) == NULL)
            self->counts.skipped++;
          else
            ntm_import_read_set_row (self, part, row);
          continue;
        }

      /* the row's label: its name, else its number column, else its first text */
      label = name ? name : order;
      for (guint col = 0; label == NULL && col < part->roles->len; col++)
        label = ntm_import_cell (self, part, row, col);

      has_values = row_has_values (self, part, row);
      if (label != NULL && ntm_import_is_total_text (label) && code == NULL)
        {
          self->counts.skipped++;
          continue;
        }
      if (code == NULL &&
          ((order != NULL && ntm_import_is_roman (order)) || (name != NULL && ntm_import_is_district_text (name))))
        {
          /* a district's group row: the communes below are its own */
          g_clear_pointer (&district, g_free);
          district = g_strdup (name ? name : label);
          self->counts.skipped++;
          continue;
        }
      if (code == NULL && name == NULL)
        {
          /* notes below the table, a heading repeated on a new page */
          self->counts.skipped++;
          continue;
        }

      key.code = code;
      key.name = name;
      key.parent_name = row_district ? row_district : district;
      match = ntm_boundary_matcher_match (self->matcher, &key);
      if (match->method == NTM_MATCH_AMBIGUOUS)
        {
          add_problem (self, NTM_IMPORT_PROBLEM_AMBIGUOUS,
                       row_ref (self, part, row),
                       g_strdup (name ? name : code));
          continue;
        }
      if (match->method == NTM_MATCH_NONE)
        {
          if (!has_values)
            self->counts.skipped++;
          else
            add_problem (self, NTM_IMPORT_PROBLEM_UNMATCHED,
                         row_ref (self, part, row),
                         g_strdup (name ? name : code));
          continue;
        }

      g_hash_table_add (self->matched, g_strdup (match->unit_code));
      read_unit_row (self, part, row, match->unit_code);
    }
}

/* ---------------------------------------------------------------------- */
/* Helpers: analysing                                                     */
/* ---------------------------------------------------------------------- */

static void
reset_results (NtmImport *self)
{
  g_ptr_array_set_size (self->parts, 0);
  g_ptr_array_set_size (self->problems, 0);
  clear_changes (self);
  g_hash_table_remove_all (self->seen);
  g_hash_table_remove_all (self->matched);
  memset (&self->counts, 0, sizeof self->counts);
}

/* Two columns read as the same criterion, indicator or water figure would
 * have one overwrite the other unseen: an error on the second's heading. */
static void
check_duplicate_columns (NtmImport *self,
                         Part      *part)
{
  guint heading_row = part->header_row + part->header_rows - 1;

  for (guint c = 0; c < part->roles->len; c++)
    {
      Role *r = &g_array_index (part->roles, Role, c);

      if (!ntm_import_is_value_role (r->kind))
        continue;
      for (guint earlier = 0; earlier < c; earlier++)
        {
          Role *e = &g_array_index (part->roles, Role, earlier);

          if (e->kind == r->kind && e->target == r->target)
            {
              g_autofree char *role_text = ntm_import_role_to_string (*r);
              g_autofree char *what = ntm_import_describe_role (self, role_text);
              g_autofree char *first = ntm_import_cell_ref (self, part, heading_row, earlier);

              ntm_import_add_error (self, part, heading_row, c,
                                    _("This column and the one headed at %s both hold %s. Map one of them to what it holds, or to “Not used”."),
                                    first, what);
              break;
            }
        }
    }
}

/* The rows of every table found, matched against the units. */
static void
read_all_rows (NtmImport *self)
{
  for (guint i = 0; i < self->parts->len; i++)
    read_rows (self, g_ptr_array_index (self->parts, i));
  self->counts.matched_units = g_hash_table_size (self->matched);
}

static gboolean
analyse (NtmImport  *self,
         GError    **error)
{
  const char *display = ntm_workbook_get_file_name (self->workbook);
  gboolean wide_without_year = FALSE;

  reset_results (self);

  for (guint s = 0; s < ntm_workbook_get_n_sheets (self->workbook); s++)
    {
      Part *part = g_new0 (Part, 1);

      part->sheet = s;
      part->sheet_name = g_strdup (ntm_workbook_get_sheet_name (self->workbook, s));
      part->roles = g_array_new (FALSE, TRUE, sizeof (Role));
      part->column_headings = g_ptr_array_new_with_free_func (g_free);
      part->recognised = g_array_new (FALSE, TRUE, sizeof (gboolean));
      part->fractions = g_array_new (FALSE, TRUE, sizeof (gboolean));
      if (ntm_workbook_get_n_rows (self->workbook, s) == 0 || !ntm_import_find_header (self, part))
        {
          part_free (part);
          continue;
        }
      check_duplicate_columns (self, part);
      /* a table with one column per criterion or indicator is for one year */
      if (part->year == 0 && part->reg != NTM_REGISTER_CRITERIA_SET && part->reg != NTM_REGISTER_OCOP &&
          part->reg != NTM_REGISTER_SCHEMES &&
          part->reg != NTM_REGISTER_RECOGNITIONS && ntm_import_find_role (part, ROLE_YEAR) < 0)
        wide_without_year = TRUE;
      g_ptr_array_add (self->parts, part);
    }

  if (self->parts->len == 0)
    {
      g_set_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_NO_HEADER,
                   _("No sheet of “%s” has a table Ntm recognises: a header row naming the communes (“Mã”, “Tên xã”) and criteria (“1”, “Tiêu chí 1”, “Quy hoạch”), indicators (“17.1”) or household water figures (“Tổng số hộ”)."),
                   display);
      return FALSE;
    }
  if (wide_without_year)
    {
      g_set_error (error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_NO_YEAR,
                   _("“%s” does not say which year it is for. Give the year to import into (for example --year 2024)."),
                   display);
      return FALSE;
    }

  if (!self->headers_only)
    read_all_rows (self);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_import_finalize (GObject *object)
{
  NtmImport *self = NTM_IMPORT (object);

  g_clear_object (&self->db);
  g_clear_object (&self->workbook);
  g_clear_object (&self->units);
  g_clear_object (&self->matcher);
  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  g_clear_pointer (&self->unit_kinds, g_hash_table_unref);
  g_clear_pointer (&self->sets, g_ptr_array_unref);
  g_clear_pointer (&self->catalogue_index, g_hash_table_unref);
  g_clear_pointer (&self->indicator_ids, g_hash_table_unref);
  g_clear_pointer (&self->criteria, g_ptr_array_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->evaluations, g_hash_table_unref);
  g_clear_pointer (&self->recorded, g_hash_table_unref);
  g_clear_pointer (&self->assessed, g_hash_table_unref);
  g_clear_pointer (&self->loaded_years, g_hash_table_unref);
  g_clear_pointer (&self->mapping, g_hash_table_unref);
  g_clear_pointer (&self->heading_cache, g_hash_table_unref);
  g_clear_pointer (&self->folded_texts, g_hash_table_unref);
  g_clear_pointer (&self->records, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_hash_table_unref);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  /* the changes before the blocks they are in */
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->change_blocks, g_ptr_array_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->matched, g_hash_table_unref);

  G_OBJECT_CLASS (ntm_import_parent_class)->finalize (object);
}

static void
ntm_import_class_init (NtmImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_import_finalize;
}

static void
ntm_import_init (NtmImport *self)
{
  self->sets = g_ptr_array_new_with_free_func (ntm_import_cat_set_free);
  self->criteria = g_ptr_array_new_with_free_func (ntm_import_cat_criterion_free);
  self->indicators = g_ptr_array_new_with_free_func (ntm_import_cat_indicator_free);
  self->catalogue_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->indicator_ids = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->evaluations = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->recorded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, ntm_recorded_status_free);
  self->assessed = g_hash_table_new_full (assessed_key_hash, assessed_key_equal, g_free, assessed_free);
  self->loaded_years = g_hash_table_new (NULL, NULL);
  self->mapping = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->heading_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) g_hash_table_unref);
  self->folded_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  self->parts = g_ptr_array_new_with_free_func (part_free);
  self->problems = g_ptr_array_new_with_free_func (problem_free);
  self->changes = g_ptr_array_new_with_free_func (change_clear);
  self->change_blocks = g_ptr_array_new_with_free_func (g_free);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->matched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->unit_names = g_hash_table_new (g_str_hash, g_str_equal);
  self->unit_kinds = g_hash_table_new (g_str_hash, g_str_equal);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_register_get_label:
 * @reg: a register
 *
 * Returns: what the register holds, translated
 */
const char *
ntm_register_get_label (NtmRegister reg)
{
  switch (reg)
    {
    case NTM_REGISTER_CRITERIA_STATUSES: return _("Criteria statuses");
    case NTM_REGISTER_INDICATOR_VALUES: return _("Indicator values");
    case NTM_REGISTER_WATER_FIGURES: return _("Household water figures");
    case NTM_REGISTER_CRITERIA_SET: return _("Criteria set");
    case NTM_REGISTER_RECOGNITIONS: return _("Recognitions");
    case NTM_REGISTER_OCOP: return _("OCOP products");
    case NTM_REGISTER_FUNDS: return _("Mobilised funds");
    case NTM_REGISTER_TARGETS: return _("Targets");
    case NTM_REGISTER_SCHEMES: return _("Water supply schemes");
    case NTM_REGISTER_COMMUNE_GROUPS: return _("Commune groups");
    case NTM_REGISTER_NONE:
    default: return _("Nothing recognised");
    }
}

/* The units the rows are matched against. */
static void
use_units (NtmImport  *self,
           GListModel *units)
{
  /* the tables borrow their strings from the units they replace */
  g_hash_table_remove_all (self->unit_names);
  g_hash_table_remove_all (self->unit_kinds);
  g_clear_object (&self->matcher);
  g_set_object (&self->units, units);
  self->matcher = ntm_boundary_matcher_new (units);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);

      /* the strings live as long as the model, which we keep */
      g_hash_table_insert (self->unit_names, (gpointer) ntm_unit_get_code (unit), (gpointer) ntm_unit_get_name (unit));
      g_hash_table_insert (self->unit_kinds, (gpointer) ntm_unit_get_code (unit),
                           GINT_TO_POINTER (ntm_unit_get_kind (unit) + 1));
    }
}

/* @headers_only: find the tables, without reading their rows */
static NtmImport *
import_new (NtmDatabase  *db,
            NtmWorkbook  *workbook,
            GListModel   *units,
            int           year,
            gboolean      headers_only,
            GError      **error)
{
  g_autoptr(NtmImport) self = g_object_new (NTM_TYPE_IMPORT, NULL);

  self->db = g_object_ref (db);
  self->workbook = g_object_ref (workbook);
  /* what is on record is read from here on */
  ntm_database_get_data_stamp (db, &self->read_stamp);
  self->year_given = year;
  self->headers_only = headers_only;
  /* the rows are matched to units only when they are read */
  if (headers_only)
    self->units = g_object_ref (units);
  else
    use_units (self, units);

  if (!ntm_import_load_catalogue (self, error) || !analyse (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * ntm_import_new:
 * @db: the database the data goes into
 * @workbook: the file's cells
 * @units: a #GListModel of the #NtmUnit rows may name (the units of the
 *   year imported)
 * @year: the year the data is for, or 0 to take it from the file (a
 *   "Year" column, the sheet's name, the title, the file's name)
 * @error: return location for a #GError
 *
 * Reads the workbook and works out what importing it would change, without
 * writing anything.
 *
 * Returns: (transfer full): the import, or %NULL when no sheet has a table
 *   Ntm recognises (%NTM_IMPORT_ERROR_NO_HEADER) or the year is unknown
 *   (%NTM_IMPORT_ERROR_NO_YEAR)
 */
NtmImport *
ntm_import_new (NtmDatabase  *db,
                NtmWorkbook  *workbook,
                GListModel   *units,
                int           year,
                GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (NTM_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (units), NULL);
  g_return_val_if_fail (year == 0 || (year >= 2000 && year <= 2100), NULL);

  return import_new (db, workbook, units, year, FALSE, error);
}

/**
 * ntm_import_new_for_year:
 * @db: a #NtmDatabase
 * @workbook: the file read
 * @year: the year the user gives, or 0 for the one the file says
 * @fallback_year: the year to use when neither @year nor the file gives
 *   one (0: none, and the import fails with %NTM_IMPORT_ERROR_NO_YEAR)
 * @error: return location for a #GError
 *
 * As ntm_import_new(), matching the rows against the units in force in
 * the year the data is for: the one given, else the one the file says
 * (its first recognised sheet), else @fallback_year.
 *
 * Returns: (transfer full): the import, or %NULL with @error set
 */
NtmImport *
ntm_import_new_for_year (NtmDatabase  *db,
                         NtmWorkbook  *workbook,
                         int           year,
                         int           fallback_year,
                         GError      **error)
{
  g_autoptr(GListModel) units = NULL;
  g_autoptr(NtmImport) probe = NULL;
  g_autoptr(GError) local_error = NULL;
  int units_year = year != 0 ? year : (fallback_year != 0 ? fallback_year : ntm_clock_get_year ());
  int found;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (NTM_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (year == 0 || (year >= 2000 && year <= 2100), NULL);

  units = ntm_database_list_units_in_year (db, units_year, error);
  if (units == NULL)
    return NULL;
  if (year != 0)
    return import_new (db, workbook, units, year, FALSE, error);

  /* The year the file is for, from its headers alone (reading every row
   * twice would double the time a large file takes). */
  probe = import_new (db, workbook, units, 0, TRUE, &local_error);
  if (probe == NULL && fallback_year != 0 &&
      g_error_matches (local_error, NTM_IMPORT_ERROR, NTM_IMPORT_ERROR_NO_YEAR))
    return import_new (db, workbook, units, fallback_year, FALSE, error);
  if (probe == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* A file for another year is matched against that year's units. */
  found = ntm_import_get_year (probe);
  if (found != 0 && found != units_year)
    {
      g_clear_object (&units);
      units = ntm_database_list_units_in_year (db, found, error);
      if (units == NULL)
        return NULL;
    }

  /* The probe found the tables already: only their rows are left to read. */
  probe->headers_only = FALSE;
  use_units (probe, units);
  read_all_rows (probe);
  return g_steal_pointer (&probe);
}

NtmWorkbook *
ntm_import_get_workbook (NtmImport *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT (self), NULL);
  return self->workbook;
}

/**
 * ntm_import_get_register:
 * @self: a #NtmImport
 *
 * Returns: what the first recognised sheet holds
 */
NtmRegister
ntm_import_get_register (NtmImport *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT (self), NTM_REGISTER_NONE);
  return self->parts->len > 0 ? ((Part *) g_ptr_array_index (self->parts, 0))->reg : NTM_REGISTER_NONE;
}

/**
 * ntm_import_get_year:
 * @self: a #NtmImport
 *
 * Returns: the year of the first recognised sheet, or 0 when its rows give
 *   their own
 */
int
ntm_import_get_year (NtmImport *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT (self), 0);
  return self->parts->len > 0 ? ((Part *) g_ptr_array_index (self->parts, 0))->year : 0;
}

/**
 * ntm_import_file_gives_year:
 * @self: a #NtmImport
 *
 * Returns: %TRUE when the year comes from the file itself, %FALSE when it
 *   was given (by the user, or as the year shown)
 */
gboolean
ntm_import_file_gives_year (NtmImport *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT (self), FALSE);
  return self->year_given == 0;
}

const NtmImportCounts *
ntm_import_get_counts (NtmImport *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT (self), NULL);
  return &self->counts;
}

guint
ntm_import_get_n_problems (NtmImport *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT (self), 0);
  return self->problems->len;
}

const NtmImportProblem *
ntm_import_get_problem (NtmImport *self,
                        guint      index)
{
  g_return_val_if_fail (NTM_IS_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->problems->len, NULL);
  return g_ptr_array_index (self->problems, index);
}

guint
ntm_import_get_n_changes (NtmImport *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT (self), 0);
  return self->changes->len;
}

/**
 * ntm_import_get_change:
 * @self: a #NtmImport
 * @index: which
 *
 * Returns: (transfer none): a value as it is and as the file has it, in
 *   the file's order
 */
const NtmImportChange *
ntm_import_get_change (NtmImport *self,
                       guint      index)
{
  Change *c;

  g_return_val_if_fail (NTM_IS_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);

  c = g_ptr_array_index (self->changes, index);
  ntm_import_change_cell (c);
  if (c->texts_pending)
    {
      c->pub.old_text = c->old_row && c->old_has_value ? value_text (c->value_kind, c->old_value) : NULL;
      if (c->has_new_value)
        c->pub.new_text = value_text (c->value_kind, c->new_value);
      c->texts_pending = FALSE;
    }
  return &c->pub;
}

/**
 * ntm_import_to_text:
 * @self: a #NtmImport
 *
 * Returns: (transfer full): the report as stable "key: value" lines, then
 *   one "unmatched-row:", "ambiguous-row:" or "error:" line per problem
 */
char *
ntm_import_to_text (NtmImport *self)
{
  GString *out;
  const NtmImportCounts *n;

  g_return_val_if_fail (NTM_IS_IMPORT (self), NULL);

  n = &self->counts;
  out = g_string_new (NULL);
  g_string_append_printf (out, "rows: %u\nmatched-units: %u\nunmatched: %u\nambiguous: %u\nskipped: %u\n"
                          "values: %u\ninserted: %u\nupdated: %u\nunchanged: %u\nerrors: %u\n",
                          n->rows, n->matched_units, n->unmatched, n->ambiguous, n->skipped,
                          n->values, n->inserted, n->updated, n->unchanged, n->errors);
  for (guint i = 0; i < self->problems->len; i++)
    {
      NtmImportProblem *p = g_ptr_array_index (self->problems, i);

      switch (p->kind)
        {
        case NTM_IMPORT_PROBLEM_UNMATCHED:
          g_string_append_printf (out, "unmatched-row: %s %s\n", p->where, p->text);
          break;
        case NTM_IMPORT_PROBLEM_AMBIGUOUS:
          g_string_append_printf (out, "ambiguous-row: %s %s\n", p->where, p->text);
          break;
        case NTM_IMPORT_PROBLEM_ERROR:
        default:
          g_string_append_printf (out, "error: %s: %s\n", p->where, p->text);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

static Part *
part_for_column (NtmImport *self,
                 guint      column,
                 guint     *in_part)
{
  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);

      if (column < part->roles->len)
        {
          *in_part = column;
          return part;
        }
      column -= part->roles->len;
    }
  return NULL;
}

/**
 * ntm_import_get_n_columns:
 * @self: a #NtmImport
 *
 * Returns: the columns of every recognised sheet, one after the other
 */
guint
ntm_import_get_n_columns (NtmImport *self)
{
  guint n = 0;

  g_return_val_if_fail (NTM_IS_IMPORT (self), 0);
  for (guint i = 0; i < self->parts->len; i++)
    n += ((Part *) g_ptr_array_index (self->parts, i))->roles->len;
  return n;
}

const char *
ntm_import_get_column_sheet (NtmImport *self,
                             guint      column)
{
  guint c;
  Part *part;

  g_return_val_if_fail (NTM_IS_IMPORT (self), NULL);
  part = part_for_column (self, column, &c);
  return part ? part->sheet_name : NULL;
}

/**
 * ntm_import_get_column_heading:
 * @self: a #NtmImport
 * @column: a column (see ntm_import_get_n_columns())
 *
 * Returns: (nullable): the column's heading, the header rows joined
 */
const char *
ntm_import_get_column_heading (NtmImport *self,
                               guint      column)
{
  guint c;
  Part *part;

  g_return_val_if_fail (NTM_IS_IMPORT (self), NULL);
  part = part_for_column (self, column, &c);
  return part ? g_ptr_array_index (part->column_headings, c) : NULL;
}

/**
 * ntm_import_get_column_role:
 * @self: a #NtmImport
 * @column: a column
 *
 * Returns: what the column is read as: "" (not used), "code", "name",
 *   "criterion:ID", "indicator:ID", "water:N", …
 */
const char *
ntm_import_get_column_role (NtmImport *self,
                            guint      column)
{
  static char buffer[64];
  guint c;
  Part *part;
  g_autofree char *text = NULL;

  g_return_val_if_fail (NTM_IS_IMPORT (self), NULL);
  part = part_for_column (self, column, &c);
  if (part == NULL)
    return "";
  text = ntm_import_role_to_string (g_array_index (part->roles, Role, c));
  g_strlcpy (buffer, text, sizeof buffer);
  return g_intern_string (buffer);
}

gboolean
ntm_import_column_is_recognised (NtmImport *self,
                                 guint      column)
{
  guint c;
  Part *part;

  g_return_val_if_fail (NTM_IS_IMPORT (self), FALSE);
  part = part_for_column (self, column, &c);
  return part != NULL && g_array_index (part->recognised, gboolean, c);
}

/**
 * ntm_import_list_roles:
 * @self: a #NtmImport
 * @column: a column
 *
 * Returns: (transfer full) (element-type utf8): what the column may be
 *   read as, for the person to choose from ("" first: not used)
 */
GPtrArray *
ntm_import_list_roles (NtmImport *self,
                       guint      column)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  guint c;
  Part *part;

  g_return_val_if_fail (NTM_IS_IMPORT (self), out);
  part = part_for_column (self, column, &c);
  g_ptr_array_add (out, g_strdup (""));
  g_ptr_array_add (out, g_strdup ("code"));
  g_ptr_array_add (out, g_strdup ("name"));
  g_ptr_array_add (out, g_strdup ("district"));
  if (part == NULL)
    return out;
  switch (part->reg)
    {
    case NTM_REGISTER_CRITERIA_STATUSES:
      for (guint i = 0; i < self->criteria->len; i++)
        {
          CatCriterion *crit = g_ptr_array_index (self->criteria, i);
          if (g_strcmp0 (crit->set_code, part->set_code) == 0)
            g_ptr_array_add (out, g_strdup_printf ("criterion:%" G_GINT64_FORMAT, crit->id));
        }
      break;
    case NTM_REGISTER_INDICATOR_VALUES:
      for (guint i = 0; i < self->indicators->len; i++)
        {
          CatIndicator *ind = g_ptr_array_index (self->indicators, i);
          if (g_strcmp0 (ind->set_code, part->set_code) == 0)
            g_ptr_array_add (out, g_strdup_printf ("indicator:%" G_GINT64_FORMAT, ind->id));
        }
      break;
    case NTM_REGISTER_WATER_FIGURES:
      for (int f = 0; f < 3; f++)
        g_ptr_array_add (out, g_strdup_printf ("water:%d", f));
      break;
    case NTM_REGISTER_COMMUNE_GROUPS:
      g_ptr_array_add (out, g_strdup ("commune-group"));
      break;
    case NTM_REGISTER_CRITERIA_SET:
    case NTM_REGISTER_NONE:
    default:
      break;
    }
  return out;
}

/**
 * ntm_import_describe_role:
 * @self: a #NtmImport
 * @role: a role (see ntm_import_list_roles())
 *
 * Returns: (transfer full): the role as a person reads it
 */
char *
ntm_import_describe_role (NtmImport  *self,
                          const char *role_text)
{
  Role role;

  g_return_val_if_fail (NTM_IS_IMPORT (self), NULL);

  if (!ntm_import_role_from_string (role_text, &role))
    return g_strdup (_("Not used"));
  switch (role.kind)
    {
    case ROLE_CODE: return g_strdup (_("Unit code"));
    case ROLE_NAME: return g_strdup (_("Unit name"));
    case ROLE_DISTRICT: return g_strdup (_("District"));
    case ROLE_YEAR: return g_strdup (_("Year"));
    case ROLE_CRITERION:
      {
        CatCriterion *c = ntm_import_criterion_by_id (self, role.target);
        return c ? criterion_label (c) : g_strdup (_("Not used"));
      }
    case ROLE_INDICATOR:
      {
        CatIndicator *ind = ntm_import_indicator_by_id (self, role.target);
        return ind ? g_strdup_printf ("%s %s", ind->code, ind->name) : g_strdup (_("Not used"));
      }
    case ROLE_WATER:
      return g_strdup (water_label ((int) role.target));
    case ROLE_COMMUNE_GROUP:
      return g_strdup (_("Commune group"));
    case ROLE_NONE:
    case ROLE_IGNORE:
      return g_strdup (_("Not used"));
    default:
      return g_strdup (ntm_import_role_name (role.kind));
    }
}

/**
 * ntm_import_set_column_role:
 * @self: a #NtmImport
 * @column: a column
 * @role: what to read it as (see ntm_import_list_roles())
 * @error: return location for a #GError
 *
 * Maps a column the headings did not tell, and works the import out
 * again. The mapping is remembered for files of the same layout when the
 * import is committed.
 *
 * Returns: %TRUE if the import could be worked out again
 */
gboolean
ntm_import_set_column_role (NtmImport   *self,
                            guint        column,
                            const char  *role_text,
                            GError     **error)
{
  guint c;
  Part *part;
  Role role;

  g_return_val_if_fail (NTM_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  part = part_for_column (self, column, &c);
  g_return_val_if_fail (part != NULL, FALSE);
  if (!ntm_import_role_from_string (role_text, &role))
    role.kind = ROLE_IGNORE;
  g_hash_table_insert (self->mapping, g_strdup_printf ("%u|%u", part->sheet, c),
                       role.kind == ROLE_NONE ? g_strdup ("ignore") : ntm_import_role_to_string (role));
  return analyse (self, error);
}
