/* ntm-import-header.c: what a sheet's columns hold
 *
 * The first step of an import (see ntm-import.c): the catalogue of the
 * criteria sets, read once; the headings Ntm knows, in Vietnamese and
 * English, folded; and the search among a sheet's first rows for the band
 * of one to three rows whose headings name the most columns, with the set
 * its criteria and indicators belong to and the year the sheet is for.
 * What is not recognised is left for the person to map, and a mapping is
 * remembered per layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ntm-criteria.h"
#include "ntm-database-private.h"
#include "ntm-import-private.h"
#include "ntm-text.h"

/* Headers are looked for in the first rows of a sheet only. */
#define HEADER_SEARCH_ROWS 40
#define MAX_HEADER_ROWS 3

/* Role names as remembered in a layout and offered for mapping. */
static const char * const role_names[N_ROLES] = {
  "", "ignore", "order", "code", "name", "district", "year", "count", "set",
  "criterion-number", "indicator-code", "value", "override", "reason", "note",
  "criterion", "indicator", "water", "set-name", "decision", "applies-to", "level",
  "year-from", "year-to", "criterion-name", "indicator-name", "measure", "kind",
  "comparison", "group", "decision-number", "decision-date", "issuer", "source", "product",
  "product-group", "producer", "producer-type", "score", "markets", "sponsor", "planned", "actual",
  "metric", "scope", "target-kind", "scheme", "commune-group",
};

/* Headings as they are written, folded (no case, no marks, đ as d). */
typedef struct {
  RoleKind    kind;
  gint64      target;
  const char *heading;
} Heading;

static const Heading headings[] = {
  { ROLE_ORDER, 0, "tt" }, { ROLE_ORDER, 0, "stt" }, { ROLE_ORDER, 0, "so tt" },
  { ROLE_ORDER, 0, "so thu tu" }, { ROLE_ORDER, 0, "no." }, { ROLE_ORDER, 0, "no" }, { ROLE_ORDER, 0, "#" },
  { ROLE_CODE, 0, "ma" }, { ROLE_CODE, 0, "ma xa" }, { ROLE_CODE, 0, "ma don vi" }, { ROLE_CODE, 0, "ma dvhc" },
  { ROLE_CODE, 0, "ma hanh chinh" }, { ROLE_CODE, 0, "ma so" }, { ROLE_CODE, 0, "code" },
  { ROLE_CODE, 0, "unit code" }, { ROLE_CODE, 0, "commune code" }, { ROLE_CODE, 0, "ma xa, phuong, thi tran" },
  { ROLE_NAME, 0, "ten xa" }, { ROLE_NAME, 0, "xa" }, { ROLE_NAME, 0, "ten don vi" }, { ROLE_NAME, 0, "don vi" },
  { ROLE_NAME, 0, "unit" }, { ROLE_NAME, 0, "commune" }, { ROLE_NAME, 0, "name" }, { ROLE_NAME, 0, "ten" },
  { ROLE_NAME, 0, "xa, phuong, thi tran" }, { ROLE_NAME, 0, "xa/phuong/thi tran" },
  { ROLE_NAME, 0, "ten xa, phuong, thi tran" }, { ROLE_NAME, 0, "ten xa/phuong/thi tran" },
  { ROLE_NAME, 0, "don vi hanh chinh" }, { ROLE_NAME, 0, "ten don vi hanh chinh" }, { ROLE_NAME, 0, "dia phuong" },
  { ROLE_NAME, 0, "ten dia phuong" }, { ROLE_NAME, 0, "commune, ward or township" },
  { ROLE_DISTRICT, 0, "huyen" }, { ROLE_DISTRICT, 0, "district" }, { ROLE_DISTRICT, 0, "ten huyen" },
  { ROLE_DISTRICT, 0, "huyen, thi xa, thanh pho" }, { ROLE_DISTRICT, 0, "huyen/thi xa/thanh pho" },
  { ROLE_DISTRICT, 0, "thuoc huyen" }, { ROLE_DISTRICT, 0, "don vi cap huyen" },
  { ROLE_YEAR, 0, "nam" }, { ROLE_YEAR, 0, "year" },
  { ROLE_COUNT, 0, "criteria met" }, { ROLE_COUNT, 0, "so tieu chi dat" }, { ROLE_COUNT, 0, "so tc dat" },
  { ROLE_COUNT, 0, "tong so tieu chi dat" }, { ROLE_COUNT, 0, "tong so tc dat" }, { ROLE_COUNT, 0, "so tieu chi da dat" },
  { ROLE_SET, 0, "criteria set" }, { ROLE_SET, 0, "bo tieu chi" }, { ROLE_SET, 0, "ma bo tieu chi" },
  { ROLE_CRITERION_NUMBER, 0, "criterion" }, { ROLE_CRITERION_NUMBER, 0, "tieu chi" },
  { ROLE_CRITERION_NUMBER, 0, "so tieu chi" },
  { ROLE_INDICATOR_CODE, 0, "indicator" }, { ROLE_INDICATOR_CODE, 0, "chi tieu" },
  { ROLE_INDICATOR_CODE, 0, "ma chi tieu" }, { ROLE_INDICATOR_CODE, 0, "indicator code" },
  { ROLE_VALUE, 0, "value" }, { ROLE_VALUE, 0, "gia tri" }, { ROLE_VALUE, 0, "ket qua" },
  { ROLE_OVERRIDE, 0, "status set by hand" }, { ROLE_OVERRIDE, 0, "ket qua danh gia thu cong" },
  { ROLE_REASON, 0, "reason" }, { ROLE_REASON, 0, "ly do" },
  { ROLE_NOTE, 0, "note" }, { ROLE_NOTE, 0, "ghi chu" },
  { ROLE_IGNORE, 0, "entered by" }, { ROLE_IGNORE, 0, "nguoi nhap" },
  { ROLE_SET_NAME, 0, "set name" }, { ROLE_SET_NAME, 0, "ten bo tieu chi" },
  { ROLE_DECISION, 0, "decision" }, { ROLE_DECISION, 0, "quyet dinh" },
  { ROLE_APPLIES_TO, 0, "applies to" }, { ROLE_APPLIES_TO, 0, "ap dung cho" },
  { ROLE_LEVEL, 0, "level" }, { ROLE_LEVEL, 0, "muc" }, { ROLE_LEVEL, 0, "muc dat chuan" },
  { ROLE_YEAR_FROM, 0, "first year" }, { ROLE_YEAR_FROM, 0, "tu nam" },
  { ROLE_YEAR_TO, 0, "last year" }, { ROLE_YEAR_TO, 0, "den nam" },
  { ROLE_CRITERION_NAME, 0, "criterion name" }, { ROLE_CRITERION_NAME, 0, "ten tieu chi" },
  { ROLE_INDICATOR_NAME, 0, "indicator name" }, { ROLE_INDICATOR_NAME, 0, "ten chi tieu" },
  { ROLE_INDICATOR_NAME, 0, "noi dung chi tieu" }, { ROLE_INDICATOR_NAME, 0, "noi dung" },
  { ROLE_MEASURE, 0, "unit of measure" }, { ROLE_MEASURE, 0, "don vi tinh" }, { ROLE_MEASURE, 0, "dvt" },
  { ROLE_KIND, 0, "kind" }, { ROLE_KIND, 0, "loai" }, { ROLE_KIND, 0, "kieu" },
  { ROLE_COMPARISON, 0, "comparison" }, { ROLE_COMPARISON, 0, "so sanh" },
  { ROLE_GROUP, 1, "group 1" }, { ROLE_GROUP, 2, "group 2" }, { ROLE_GROUP, 3, "group 3" },
  { ROLE_GROUP, 1, "nhom 1" }, { ROLE_GROUP, 2, "nhom 2" }, { ROLE_GROUP, 3, "nhom 3" },
  { ROLE_GROUP, 1, "xa nhom 1" }, { ROLE_GROUP, 2, "xa nhom 2" }, { ROLE_GROUP, 3, "xa nhom 3" },
  { ROLE_COMMUNE_GROUP, 0, "nhom xa" }, { ROLE_COMMUNE_GROUP, 0, "nhom" },
  { ROLE_COMMUNE_GROUP, 0, "commune group" }, { ROLE_COMMUNE_GROUP, 0, "group" },
  { ROLE_WATER, 0, "households in total" }, { ROLE_WATER, 0, "tong so ho" }, { ROLE_WATER, 0, "tong so ho dan" },
  { ROLE_WATER, 0, "so ho" },
  { ROLE_DECISION_NUMBER, 0, "decision number" }, { ROLE_DECISION_NUMBER, 0, "so quyet dinh" },
  { ROLE_DECISION_NUMBER, 0, "so qd" },
  { ROLE_DECISION_DATE, 0, "decision date" }, { ROLE_DECISION_DATE, 0, "ngay quyet dinh" },
  { ROLE_DECISION_DATE, 0, "ngay qd" }, { ROLE_DECISION_DATE, 0, "ngay ban hanh" },
  { ROLE_ISSUER, 0, "issued by" }, { ROLE_ISSUER, 0, "co quan ban hanh" }, { ROLE_ISSUER, 0, "noi ban hanh" },
  { ROLE_SOURCE, 0, "source" }, { ROLE_SOURCE, 0, "nguon" }, { ROLE_SOURCE, 0, "nguon von" },
  { ROLE_IGNORE, 0, "revoked on" }, { ROLE_IGNORE, 0, "ngay thu hoi" },
  { ROLE_PRODUCT, 0, "product" }, { ROLE_PRODUCT, 0, "san pham" }, { ROLE_PRODUCT, 0, "ten san pham" },
  { ROLE_PRODUCT_GROUP, 0, "product group" }, { ROLE_PRODUCT_GROUP, 0, "nhom san pham" },
  { ROLE_PRODUCER, 0, "producer" }, { ROLE_PRODUCER, 0, "chu the san xuat" }, { ROLE_PRODUCER, 0, "chu the" },
  { ROLE_PRODUCER_TYPE, 0, "type of producer" }, { ROLE_PRODUCER_TYPE, 0, "loai hinh chu the" },
  { ROLE_SCORE, 0, "score" }, { ROLE_SCORE, 0, "diem" }, { ROLE_SCORE, 0, "diem danh gia" },
  { ROLE_IGNORE, 0, "stars" }, { ROLE_IGNORE, 0, "so sao" },
  { ROLE_IGNORE, 0, "expiry date" }, { ROLE_IGNORE, 0, "ngay het han" },
  { ROLE_MARKETS, 0, "export markets" }, { ROLE_MARKETS, 0, "thi truong xuat khau" },
  { ROLE_SPONSOR, 0, "sponsor" }, { ROLE_SPONSOR, 0, "nha tai tro" },
  { ROLE_PLANNED, 0, "planned (dong)" }, { ROLE_PLANNED, 0, "ke hoach (dong)" }, { ROLE_PLANNED, 0, "ke hoach" },
  { ROLE_ACTUAL, 0, "mobilised (dong)" }, { ROLE_ACTUAL, 0, "thuc huy dong (dong)" },
  { ROLE_ACTUAL, 0, "thuc huy dong" }, { ROLE_ACTUAL, 0, "da huy dong" },
  { ROLE_METRIC, 0, "target" }, { ROLE_METRIC, 0, "chi tieu ke hoach" },
  { ROLE_SCOPE, 0, "scope" }, { ROLE_SCOPE, 0, "pham vi" },
  { ROLE_TARGET_KIND, 0, "kind of target" }, { ROLE_TARGET_KIND, 0, "loai chi tieu" },
};

/* ---------------------------------------------------------------------- */
/* Helpers: the catalogue                                                 */
/* ---------------------------------------------------------------------- */

void
ntm_import_cat_criterion_free (gpointer data)
{
  CatCriterion *c = data;

  g_free (c->set_code);
  g_free (c->number);
  g_free (c->number_key);
  g_free (c->name);
  g_free (c->name_key);
  g_free (c);
}

void
ntm_import_cat_indicator_free (gpointer data)
{
  CatIndicator *i = data;

  g_free (i->set_code);
  g_free (i->code);
  g_free (i->code_key);
  g_free (i->name);
  g_free (i);
}

void
ntm_import_cat_set_free (gpointer data)
{
  CatSet *s = data;

  g_free (s->code);
  g_free (s->code_key);
  g_free (s->name);
  g_free (s->applies_to);
  g_free (s);
}

/* The key of a criterion ('c') or an indicator ('i') of a set in the
 * catalogue's index, by its folded number or code. */
static char *
catalogue_key (char        what,
               const char *set_code,
               const char *folded)
{
  return g_strdup_printf ("%c|%s|%s", what, set_code, folded);
}

/* The first of each number or code wins, as the catalogue is ordered. */
static void
index_catalogue_item (NtmImport  *self,
                      char        what,
                      const char *set_code,
                      const char *folded,
                      gpointer    item)
{
  char *key = catalogue_key (what, set_code, folded);

  if (g_hash_table_contains (self->catalogue_index, key))
    g_free (key);
  else
    g_hash_table_insert (self->catalogue_index, key, item);
}

gboolean
ntm_import_load_catalogue (NtmImport  *self,
                           GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (self->db,
                               "SELECT code, name, applies_to, level, year_from, coalesce (year_to, 0)"
                               " FROM criteria_set ORDER BY position, code",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CatSet *s = g_new0 (CatSet, 1);

      s->code = ntm_sql_dup_text (stmt, 0);
      s->code_key = ntm_text_fold (s->code);
      s->name = ntm_sql_dup_text (stmt, 1);
      s->applies_to = ntm_sql_dup_text (stmt, 2);
      if (!ntm_level_from_string ((const char *) sqlite3_column_text (stmt, 3), &s->level))
        s->level = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3), "province") == 0
                   ? NTM_LEVEL_TASK_COMPLETED : NTM_LEVEL_NO_DATA;
      s->year_from = sqlite3_column_int (stmt, 4);
      s->year_to = sqlite3_column_int (stmt, 5);
      g_ptr_array_add (self->sets, s);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto sql_error;

  stmt = ntm_database_prepare (self->db,
                               "SELECT id, set_code, number, name FROM criterion ORDER BY set_code, position, id",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CatCriterion *c = g_new0 (CatCriterion, 1);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->set_code = ntm_sql_dup_text (stmt, 1);
      c->number = ntm_sql_dup_text (stmt, 2);
      c->number_key = ntm_text_fold (c->number);
      c->name = ntm_sql_dup_text (stmt, 3);
      c->name_key = ntm_text_fold (c->name);
      g_ptr_array_add (self->criteria, c);
      index_catalogue_item (self, 'c', c->set_code, c->number_key, c);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto sql_error;

  stmt = ntm_database_prepare (self->db,
                               "SELECT i.id, i.criterion_id, c.set_code, i.code, i.name, i.kind"
                               " FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                               " ORDER BY c.set_code, c.position, i.position, i.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CatIndicator *i = g_new0 (CatIndicator, 1);

      i->id = sqlite3_column_int64 (stmt, 0);
      i->criterion_id = sqlite3_column_int64 (stmt, 1);
      i->set_code = ntm_sql_dup_text (stmt, 2);
      i->code = ntm_sql_dup_text (stmt, 3);
      i->code_key = ntm_text_fold (i->code);
      {
        g_autofree char *label = g_strconcat (i->set_code, " ", i->code, NULL);
        i->label = g_intern_string (label);
      }
      i->name = ntm_sql_dup_text (stmt, 4);
      if (!ntm_indicator_kind_from_string ((const char *) sqlite3_column_text (stmt, 5), &i->kind))
        i->kind = NTM_INDICATOR_NUMBER;
      g_ptr_array_add (self->indicators, i);
      g_hash_table_insert (self->indicator_ids, &i->id, i);
      index_catalogue_item (self, 'i', i->set_code, i->code_key, i);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto sql_error;
  return TRUE;

sql_error:
  ntm_database_set_sqlite_error (self->db, error, NULL);
  return FALSE;
}

CatSet *
ntm_import_find_set (NtmImport  *self,
                     const char *code)
{
  g_autofree char *key = ntm_text_fold (code);

  for (guint i = 0; i < self->sets->len; i++)
    {
      CatSet *s = g_ptr_array_index (self->sets, i);
      if (g_str_equal (s->code_key, key))
        return s;
    }
  return NULL;
}

/* The commune set for the NTM level in force in @year: what a commune's
 * "biểu tổng hợp" lists. */
CatSet *
ntm_import_main_set (NtmImport *self,
                     int        year)
{
  for (guint i = 0; i < self->sets->len; i++)
    {
      CatSet *s = g_ptr_array_index (self->sets, i);

      if (g_str_equal (s->applies_to, "commune") && s->level == NTM_LEVEL_NTM &&
          s->year_from <= year && (s->year_to == 0 || s->year_to >= year))
        return s;
    }
  return NULL;
}

/* The set whose code @folded holds, or @best if that one's code is
 * longer: "318-advanced" wins over "318-a…". */
static CatSet *
set_in_folded (NtmImport  *self,
               const char *folded,
               CatSet     *best)
{
  for (guint i = 0; i < self->sets->len; i++)
    {
      CatSet *s = g_ptr_array_index (self->sets, i);

      if (strstr (folded, s->code_key) != NULL &&
          (best == NULL || strlen (s->code_key) > strlen (best->code_key)))
        best = s;
    }
  return best;
}

/* A set whose code is written in @text (a sheet name, a file name). */
static CatSet *
set_mentioned (NtmImport  *self,
               const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return NULL;
  folded = ntm_text_fold (text);
  return set_in_folded (self, folded, NULL);
}

/* @text folded, once: the title rows of a workbook's sheets repeat. */
static const char *
fold_remembered (NtmImport  *self,
                 const char *text)
{
  char *found = g_hash_table_lookup (self->folded_texts, text);

  if (found == NULL)
    {
      found = ntm_text_fold (text);
      g_hash_table_insert (self->folded_texts, g_strdup (text), found);
    }
  return found;
}

CatCriterion *
ntm_import_find_criterion (NtmImport  *self,
                           const char *set_code,
                           const char *number)
{
  g_autofree char *folded = ntm_text_fold (number);
  g_autofree char *key = catalogue_key ('c', set_code, folded);

  return g_hash_table_lookup (self->catalogue_index, key);
}

CatCriterion *
ntm_import_criterion_by_id (NtmImport *self,
                            gint64     id)
{
  for (guint i = 0; i < self->criteria->len; i++)
    {
      CatCriterion *c = g_ptr_array_index (self->criteria, i);
      if (c->id == id)
        return c;
    }
  return NULL;
}

CatIndicator *
ntm_import_find_indicator (NtmImport  *self,
                           const char *set_code,
                           const char *code)
{
  g_autofree char *folded = ntm_text_fold (code);
  g_autofree char *key = catalogue_key ('i', set_code, folded);

  return g_hash_table_lookup (self->catalogue_index, key);
}

CatIndicator *
ntm_import_indicator_by_id (NtmImport *self,
                            gint64     id)
{
  return g_hash_table_lookup (self->indicator_ids, &id);
}

/* ---------------------------------------------------------------------- */
/* Helpers: headings                                                      */
/* ---------------------------------------------------------------------- */

const char *
ntm_import_skip_words (const char         *text,
                       const char * const *prefixes)
{
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (text, prefixes[i]))
      return text + strlen (prefixes[i]);
  return text;
}

/* The leading token of a heading: "17", "17.1", "đk" (folded). */
static char *
leading_token (const char *text)
{
  const char *end = text;

  while (*end && (g_ascii_isalnum (*end) || (*end == '.' && g_ascii_isdigit (end[1]))))
    end++;
  return g_strndup (text, end - text);
}

/* The leading code of a heading, with the parts an indicator's code may
 * join by a dash: "17.1-qcvn" (folded). */
static char *
leading_code (const char *text)
{
  const char *end = text;

  while (*end && (g_ascii_isalnum (*end) ||
                  ((*end == '.' || *end == '-') && end > text && g_ascii_isalnum (end[1]))))
    end++;
  return g_strndup (text, end - text);
}

/* Digits, with the points, commas and spaces between them, and nothing
 * else: a number, or several joined. As a heading it can only be a
 * criterion's number or an indicator's code; most such texts a header
 * search meets are the values under the header. */
static gboolean
is_numeric_text (const char *text)
{
  return g_ascii_isdigit (*text) && text[strspn (text, "0123456789., ")] == '\0';
}

/* A criterion or indicator of @set named by @folded: "1", "TC 1",
 * "Tiêu chí 1", "1. Quy hoạch", "Quy hoạch", "17.1", "Chỉ tiêu 17.1". */
static gboolean
recognise_catalogue_heading (NtmImport  *self,
                             CatSet     *set,
                             const char *folded,
                             Role       *role)
{
  static const char * const criterion_words[] = {
    "tieu chi so ", "tieu chi ", "tc so ", "tc. ", "tc ", "criterion ", NULL
  };
  static const char * const indicator_words[] = {
    "chi tieu so ", "chi tieu ", "ct. ", "ct ", "indicator ", NULL
  };
  const char *text = folded;
  g_autofree char *token = NULL;
  CatSet *other;

  if (set == NULL)
    return FALSE;

  /* a heading may name its set: "318-advanced 17.1" */
  other = NULL;
  for (guint i = 0; i < self->sets->len; i++)
    {
      CatSet *s = g_ptr_array_index (self->sets, i);
      if (g_str_has_prefix (text, s->code_key) && text[strlen (s->code_key)] == ' ' &&
          (other == NULL || strlen (s->code_key) > strlen (other->code_key)))
        other = s;
    }
  if (other != NULL)
    {
      set = other;
      text += strlen (other->code_key) + 1;
    }

  /* an indicator code: "17.1", or any code after "Chỉ tiêu" ("CT 1");
   * the whole of a code with a dash first ("17.1-QCVN" is not "17.1") */
  {
    const char *rest = ntm_import_skip_words (text, indicator_words);
    g_autofree char *whole = leading_code (rest);
    g_autofree char *code = leading_token (rest);
    CatIndicator *exact = strchr (whole, '-') != NULL ? ntm_import_find_indicator (self, set->code, whole) : NULL;

    if (exact != NULL)
      {
        role->kind = ROLE_INDICATOR;
        role->target = exact->id;
        return TRUE;
      }

    if (strchr (code, '.') != NULL || (rest != text && *code != '\0'))
      {
        CatIndicator *ind = ntm_import_find_indicator (self, set->code, code);
        if (ind != NULL)
          {
            role->kind = ROLE_INDICATOR;
            role->target = ind->id;
            return TRUE;
          }
      }
  }

  /* a criterion by number, then by name */
  {
    const char *rest = ntm_import_skip_words (text, criterion_words);
    CatCriterion *c;

    if (rest == text && g_str_has_prefix (text, "tc") && g_ascii_isdigit (text[2]))
      rest = text + 2;
    token = leading_token (rest);
    if (*token != '\0' && strchr (token, '.') == NULL &&
        (g_ascii_isdigit (token[0]) || rest != text) &&
        (c = ntm_import_find_criterion (self, set->code, token)) != NULL)
      {
        role->kind = ROLE_CRITERION;
        role->target = c->id;
        return TRUE;
      }
    for (guint i = 0; i < self->criteria->len && !is_numeric_text (text); i++)
      {
        c = g_ptr_array_index (self->criteria, i);
        if (g_str_equal (c->set_code, set->code) && g_str_equal (c->name_key, text))
          {
            role->kind = ROLE_CRITERION;
            role->target = c->id;
            return TRUE;
          }
      }
  }
  return FALSE;
}

static gboolean recognise_heading_uncached (NtmImport *self, CatSet *set, const char *text, Role *role);

/* What a column's heading says it holds. The header is looked for among
 * the first rows, where the same texts come again and again: each is
 * worked out once. */
static gboolean
recognise_heading (NtmImport  *self,
                   CatSet     *set,
                   const char *text,
                   Role       *role)
{
  const char *set_code = set ? set->code : "";
  GHashTable *known;
  Role *cached;

  if (text == NULL)
    {
      role->kind = ROLE_NONE;
      role->target = 0;
      return FALSE;
    }
  /* looked up without a copy: most texts have been seen */
  known = g_hash_table_lookup (self->heading_cache, set_code);
  if (known == NULL)
    {
      known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (self->heading_cache, g_strdup (set_code), known);
    }
  cached = g_hash_table_lookup (known, text);
  if (cached == NULL)
    {
      cached = g_new (Role, 1);
      recognise_heading_uncached (self, set, text, cached);
      g_hash_table_insert (known, g_strdup (text), cached);
    }
  *role = *cached;
  return role->kind != ROLE_NONE;
}

static gboolean
recognise_heading_uncached (NtmImport  *self,
                            CatSet     *set,
                            const char *text,
                            Role       *role)
{
  g_autofree char *folded = NULL;
  g_autofree char *trimmed = NULL;

  role->kind = ROLE_NONE;
  role->target = 0;
  if (text == NULL)
    return FALSE;
  folded = ntm_text_fold (text);
  /* "Tên xã (1)", "Mã:" */
  trimmed = g_strdup (folded);
  g_strchomp (trimmed);
  while (*trimmed && (g_str_has_suffix (trimmed, ":") || g_str_has_suffix (trimmed, "*")))
    trimmed[strlen (trimmed) - 1] = '\0';
  if (*trimmed == '\0')
    return FALSE;
  if (is_numeric_text (trimmed))
    return recognise_catalogue_heading (self, set, trimmed, role);

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    if (g_str_equal (trimmed, headings[i].heading))
      {
        role->kind = headings[i].kind;
        role->target = headings[i].target;
        return TRUE;
      }

  /* an indicator's code with a dash before the words of the water
   * figures: "17.1-QCVN" is an indicator, not households on clean water */
  if (strchr (trimmed, '-') != NULL && recognise_catalogue_heading (self, set, trimmed, role) &&
      role->kind == ROLE_INDICATOR)
    return TRUE;
  role->kind = ROLE_NONE;
  role->target = 0;

  /* water figures by their words; shares are worked out, not imported */
  if (strstr (trimmed, "ty le") == NULL && strstr (trimmed, "share") == NULL && strchr (trimmed, '%') == NULL)
    {
      if (strstr (trimmed, "hop ve sinh") != NULL || strstr (trimmed, "hygienic") != NULL)
        {
          role->kind = ROLE_WATER;
          role->target = 1;
          return TRUE;
        }
      if (strstr (trimmed, "nuoc sach") != NULL || strstr (trimmed, "qcvn") != NULL ||
          strstr (trimmed, "clean water") != NULL)
        {
          role->kind = ROLE_WATER;
          role->target = 2;
          return TRUE;
        }
      if (g_str_has_prefix (trimmed, "tong so ho") || g_str_has_prefix (trimmed, "households in total"))
        {
          role->kind = ROLE_WATER;
          role->target = 0;
          return TRUE;
        }
    }

  if (ntm_import_recognise_scheme_heading (trimmed, role))
    return TRUE;

  if (g_str_has_prefix (trimmed, "so tieu chi dat") || g_str_has_prefix (trimmed, "criteria met"))
    {
      role->kind = ROLE_COUNT;
      return TRUE;
    }

  return recognise_catalogue_heading (self, set, trimmed, role);
}

/* A role's name, as remembered in a layout. */
const char *
ntm_import_role_name (RoleKind kind)
{
  g_return_val_if_fail (kind < N_ROLES, NULL);
  return role_names[kind];
}

char *
ntm_import_role_to_string (Role role)
{
  switch (role.kind)
    {
    case ROLE_CRITERION:
    case ROLE_INDICATOR:
    case ROLE_WATER:
    case ROLE_GROUP:
      return g_strdup_printf ("%s:%" G_GINT64_FORMAT, role_names[role.kind], role.target);
    default:
      return g_strdup (role_names[role.kind]);
    }
}

gboolean
ntm_import_role_from_string (const char *text,
                             Role       *role)
{
  const char *colon;

  role->kind = ROLE_NONE;
  role->target = 0;
  if (text == NULL)
    return FALSE;
  colon = strchr (text, ':');
  for (guint i = 0; i < N_ROLES; i++)
    {
      gsize n = colon ? (gsize) (colon - text) : strlen (text);
      if (strlen (role_names[i]) == n && strncmp (role_names[i], text, n) == 0)
        {
          role->kind = i;
          if (colon != NULL)
            role->target = g_ascii_strtoll (colon + 1, NULL, 10);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
ntm_import_is_value_role (RoleKind kind)
{
  return kind == ROLE_CRITERION || kind == ROLE_INDICATOR || kind == ROLE_WATER;
}

/* ---------------------------------------------------------------------- */
/* Helpers: finding the table                                             */
/* ---------------------------------------------------------------------- */

const char *
ntm_import_cell (NtmImport *self,
                 Part      *part,
                 guint      row,
                 guint      column)
{
  return ntm_workbook_get_cell (self->workbook, part->sheet, row, column);
}

/* The register a set of roles describes, or NONE. */
static NtmRegister
register_for_roles (GArray *roles)
{
  gboolean key = FALSE, criterion = FALSE, indicator = FALSE, water = FALSE;
  gboolean ind_code = FALSE, value = FALSE, set_columns = FALSE;
  gboolean level = FALSE, decision = FALSE, product = FALSE, score = FALSE, source = FALSE;
  gboolean money = FALSE, metric = FALSE, communes_served = FALSE, commune_group = FALSE;

  for (guint c = 0; c < roles->len; c++)
    {
      Role *r = &g_array_index (roles, Role, c);

      switch (r->kind)
        {
        case ROLE_CODE: case ROLE_NAME: key = TRUE; break;
        case ROLE_CRITERION: criterion = TRUE; break;
        case ROLE_INDICATOR: indicator = TRUE; break;
        case ROLE_WATER: water = TRUE; break;
        case ROLE_INDICATOR_CODE: ind_code = TRUE; break;
        case ROLE_VALUE: value = TRUE; break;
        case ROLE_KIND: case ROLE_GROUP: case ROLE_MEASURE: set_columns = TRUE; break;
        case ROLE_LEVEL: level = TRUE; break;
        case ROLE_DECISION_NUMBER: case ROLE_DECISION_DATE: case ROLE_ISSUER: decision = TRUE; break;
        case ROLE_PRODUCT: product = TRUE; break;
        case ROLE_SCORE: score = TRUE; break;
        case ROLE_SOURCE: source = TRUE; break;
        case ROLE_PLANNED: case ROLE_ACTUAL: money = TRUE; break;
        case ROLE_METRIC: metric = TRUE; break;
        case ROLE_SCHEME: if (r->target == 0) communes_served = TRUE; break;
        case ROLE_COMMUNE_GROUP: commune_group = TRUE; break;
        default: break;
        }
    }

  if (metric)
    return NTM_REGISTER_TARGETS;
  if (communes_served && key)
    return NTM_REGISTER_SCHEMES;
  if (key && product && score)
    return NTM_REGISTER_OCOP;
  if (key && level && decision && !ind_code)
    return NTM_REGISTER_RECOGNITIONS;
  if (key && source && money)
    return NTM_REGISTER_FUNDS;

  if (ind_code && set_columns && !value)
    return NTM_REGISTER_CRITERIA_SET;
  if (!key)
    return NTM_REGISTER_NONE;
  if (ind_code && value)
    return NTM_REGISTER_INDICATOR_VALUES;
  if (indicator)
    return NTM_REGISTER_INDICATOR_VALUES;
  if (criterion)
    return NTM_REGISTER_CRITERIA_STATUSES;
  if (water)
    return NTM_REGISTER_WATER_FIGURES;
  /* a list of units with their groups (the units list Ntm exports is one):
   * a sheet with criteria or figures beside a group column is read for
   * those */
  if (commune_group)
    return NTM_REGISTER_COMMUNE_GROUPS;
  return NTM_REGISTER_NONE;
}

/* Roles of the columns of the band [row, row + n_rows): each column's
 * lowest heading first, then the ones above it, then all of them joined.
 * @cells holds the role of each cell of the rows searched (@width a row),
 * worked out once for all the bands that take it in. */
static guint
recognise_band (NtmImport  *self,
                Part       *part,
                CatSet     *set,
                guint       row,
                guint       n_rows,
                GArray     *roles,
                GPtrArray  *texts,
                const Role *cells,
                guint       width)
{
  guint n_columns = ntm_workbook_get_n_columns (self->workbook, part->sheet);
  g_autoptr(GString) joined = g_string_new (NULL);
  guint score = 0;

  g_array_set_size (roles, 0);
  if (texts != NULL)
    g_ptr_array_set_size (texts, 0);
  for (guint c = 0; c < n_columns; c++)
    {
      Role role = { ROLE_NONE, 0 };
      gboolean all_numbers = TRUE;

      for (guint k = n_rows; k > 0 && role.kind == ROLE_NONE; k--)
        {
          const char *t = ntm_import_cell (self, part, row + k - 1, c);

          role = cells[(row + k - 1) * width + c];
          all_numbers = all_numbers && (t == NULL || is_numeric_text (t));
        }
      /* The headings joined, when they are wanted: most bands tried are
       * not. Numbers none of which names a criterion or an indicator do
       * not name one joined either. */
      g_string_truncate (joined, 0);
      if ((role.kind == ROLE_NONE && n_rows > 1 && !all_numbers) || texts != NULL)
        {
          for (guint k = 0; k < n_rows; k++)
            {
              const char *t = ntm_import_cell (self, part, row + k, c);
              if (t != NULL)
                {
                  if (joined->len > 0)
                    g_string_append_c (joined, ' ');
                  g_string_append (joined, t);
                }
            }
        }
      if (role.kind == ROLE_NONE && n_rows > 1 && !all_numbers)
        recognise_heading (self, set, joined->str, &role);
      if (role.kind != ROLE_NONE)
        score++;
      g_array_append_val (roles, role);
      if (texts != NULL)
        g_ptr_array_add (texts, ntm_import_clean_text (joined->str));
    }
  return score;
}

/* A row under the header that only numbers the columns: "(1) (2) (3)". */
static gboolean
is_column_number_row (NtmImport *self,
                      Part      *part,
                      guint      row)
{
  guint n = 0, numbered = 0;

  for (guint c = 0; c < ntm_workbook_get_n_columns (self->workbook, part->sheet); c++)
    {
      const char *t = ntm_import_cell (self, part, row, c);
      g_autofree char *bare = NULL;

      if (t == NULL)
        continue;
      n++;
      bare = g_strdup (t);
      g_strstrip (bare);
      if (bare[0] == '(' && g_str_has_suffix (bare, ")"))
        {
          bare[strlen (bare) - 1] = '\0';
          memmove (bare, bare + 1, strlen (bare));
        }
      if (*bare != '\0' && strspn (bare, "0123456789=+-*/") == strlen (bare))
        numbered++;
    }
  return n >= 3 && numbered == n;
}

/* A row under the header that goes on naming columns (short names under
 * criterion numbers): no unit in it, and nothing in a value column that
 * reads as a value. */
static gboolean
is_header_continuation (NtmImport *self,
                        Part      *part,
                        guint      row)
{
  gboolean any = FALSE;

  if (ntm_workbook_row_is_blank (self->workbook, part->sheet, row))
    return FALSE;
  for (guint c = 0; c < part->roles->len; c++)
    {
      Role *r = &g_array_index (part->roles, Role, c);
      const char *t = ntm_import_cell (self, part, row, c);
      NtmStatus status;
      double number;

      if (t == NULL)
        continue;
      if (r->kind == ROLE_CODE || r->kind == ROLE_NAME || r->kind == ROLE_ORDER || r->kind == ROLE_DISTRICT)
        return FALSE;
      if (r->kind == ROLE_CRITERION && ntm_import_read_status (t, &status))
        return FALSE;
      if ((r->kind == ROLE_INDICATOR || r->kind == ROLE_WATER) && ntm_import_read_number (t, TRUE, &number, NULL))
        return FALSE;
      if (ntm_import_is_value_role (r->kind))
        any = TRUE;
    }
  return any;
}

/* Finds the header of a sheet, with the set its criteria and indicator
 * columns belong to and the year. Returns FALSE when nothing fits. */
gboolean
ntm_import_find_header (NtmImport *self,
                        Part      *part)
{
  guint n_rows = ntm_workbook_get_n_rows (self->workbook, part->sheet);
  g_autoptr(GArray) roles = g_array_new (FALSE, TRUE, sizeof (Role));
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autoptr(GPtrArray) title_cells = g_ptr_array_new ();   /* borrowed from the workbook */
  guint best_score = 0, best_row = 0, best_len = 0;
  g_autofree Role *cells = NULL;
  guint width, searched, recognised_rows = 0;
  CatSet *set = NULL;
  int year;

  /* the year and the set: said on the command line, else in the sheet's
   * name, else in the title rows, else in the file name */
  for (guint r = 0; r < MIN (n_rows, HEADER_SEARCH_ROWS); r++)
    for (guint c = 0; c < ntm_workbook_get_n_columns (self->workbook, part->sheet); c++)
      {
        const char *t = ntm_import_cell (self, part, r, c);

        /* the values under a header say neither; a year alone may */
        if (t == NULL || (is_numeric_text (t) && strlen (t) != 4))
          continue;
        g_string_append (titles, t);
        g_string_append_c (titles, '\n');
        g_ptr_array_add (title_cells, (gpointer) t);
      }

  year = self->year_given;
  if (year == 0)
    year = MAX (0, ntm_import_find_year (part->sheet_name));
  if (year == 0)
    {
      /* "năm 2024" first: a title may also name the 2021–2025 period */
      g_autofree char *folded = ntm_text_fold (titles->str);
      const char *at = strstr (folded, "nam 20");
      if (at == NULL)
        at = strstr (folded, "year 20");
      if (at != NULL)
        year = MAX (0, ntm_import_find_year (strchr (at, ' ') + 1));
      if (year == 0)
        year = MAX (0, ntm_import_find_year (titles->str));
    }
  if (year == 0)
    year = MAX (0, ntm_import_find_year (ntm_workbook_get_file_name (self->workbook)));
  part->year = year;

  set = set_mentioned (self, part->sheet_name);
  if (set == NULL)
    {
      CatSet *best = NULL;

      for (guint i = 0; i < title_cells->len; i++)
        best = set_in_folded (self, fold_remembered (self, g_ptr_array_index (title_cells, i)), best);
      set = best;
    }
  if (set == NULL)
    set = set_mentioned (self, ntm_workbook_get_file_name (self->workbook));
  if (set == NULL && year != 0)
    set = ntm_import_main_set (self, year);
  if (set == NULL)
    {
      /* no year: recognise the table by the latest commune set, so that
       * the person is asked for the year rather than told nothing fits */
      for (guint i = 0; i < self->sets->len; i++)
        {
          CatSet *s = g_ptr_array_index (self->sets, i);
          if (g_str_equal (s->applies_to, "commune") && s->level == NTM_LEVEL_NTM &&
              (set == NULL || s->year_from > set->year_from))
            set = s;
        }
    }
  part->set_code = set ? g_strdup (set->code) : NULL;

  /* each cell of the rows searched is recognised once, for every band,
   * when a band first takes its row in */
  width = ntm_workbook_get_n_columns (self->workbook, part->sheet);
  searched = MIN (n_rows, HEADER_SEARCH_ROWS + MAX_HEADER_ROWS - 1);
  cells = g_new0 (Role, (gsize) searched * width);

  /* a band that names every column cannot be bettered (a later band
   * must score more to win): the search ends there */
  for (guint r = 0; r < MIN (n_rows, HEADER_SEARCH_ROWS) && (best_score < width || width == 0); r++)
    for (guint len = 1; len <= MAX_HEADER_ROWS && r + len <= n_rows; len++)
      {
        guint score;

        for (; recognised_rows < r + len; recognised_rows++)
          for (guint c = 0; c < width; c++)
            recognise_heading (self, set, ntm_import_cell (self, part, recognised_rows, c),
                               &cells[recognised_rows * width + c]);
        score = recognise_band (self, part, set, r, len, roles, NULL, cells, width);

        if (register_for_roles (roles) == NTM_REGISTER_NONE)
          continue;
        if (score > best_score)
          {
            best_score = score;
            best_row = r;
            best_len = len;
          }
      }
  if (best_score == 0)
    return FALSE;

  part->header_row = best_row;
  part->header_rows = best_len;
  recognise_band (self, part, set, best_row, best_len, part->roles, part->column_headings, cells, width);
  part->first_data_row = best_row + best_len;
  for (guint k = 0; k < MAX_HEADER_ROWS && part->first_data_row < n_rows; k++)
    {
      if (!is_column_number_row (self, part, part->first_data_row) &&
          !is_header_continuation (self, part, part->first_data_row))
        break;
      part->first_data_row++;
    }

  /* the layout: its headings, for a remembered mapping */
  {
    g_autoptr(GString) text = g_string_new (NULL);
    for (guint c = 0; c < part->column_headings->len; c++)
      g_string_append_printf (text, "%s\t", part->column_headings->pdata[c] ? (char *) part->column_headings->pdata[c] : "");
    part->layout = g_compute_checksum_for_string (G_CHECKSUM_SHA1, text->str, -1);
  }

  g_array_set_size (part->recognised, part->roles->len);
  for (guint c = 0; c < part->roles->len; c++)
    g_array_index (part->recognised, gboolean, c) = g_array_index (part->roles, Role, c).kind != ROLE_NONE;

  /* what the person mapped, now or for this layout before */
  {
    g_autofree char *key = g_strdup_printf ("import-layout:%s", part->layout);
    g_autofree char *remembered = ntm_database_get_setting (self->db, key);
    g_auto(GStrv) pairs = remembered ? g_strsplit (remembered, ";", -1) : NULL;

    for (guint i = 0; pairs && pairs[i]; i++)
      {
        g_auto(GStrv) kv = g_strsplit (pairs[i], "=", 2);
        Role role;
        guint64 column;

        if (kv[0] && kv[1] && g_ascii_string_to_unsigned (kv[0], 10, 0, G_MAXUINT, &column, NULL) &&
            column < part->roles->len && ntm_import_role_from_string (kv[1], &role))
          g_array_index (part->roles, Role, column) = role;
      }
  }
  for (guint c = 0; c < part->roles->len; c++)
    {
      g_autofree char *key = g_strdup_printf ("%u|%u", part->sheet, c);
      const char *mapped = g_hash_table_lookup (self->mapping, key);
      Role role;

      if (mapped != NULL && ntm_import_role_from_string (mapped, &role))
        g_array_index (part->roles, Role, c) = role;
    }

  part->reg = register_for_roles (part->roles);
  if (part->reg == NTM_REGISTER_CRITERIA_SET)
    {
      /* "Mã" and "Tên" of a set's table are the indicator's */
      for (guint c = 0; c < part->roles->len; c++)
        {
          Role *role = &g_array_index (part->roles, Role, c);
          if (role->kind == ROLE_CODE)
            role->kind = ROLE_INDICATOR_CODE;
          else if (role->kind == ROLE_NAME)
            role->kind = ROLE_INDICATOR_NAME;
        }
    }
  return part->reg != NTM_REGISTER_NONE;
}
