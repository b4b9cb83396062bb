/* ntm-import-sets.c: the rows of a criteria set, and the communes' groups
 *
 * A criteria set can be given in a workbook, a row per indicator: the
 * set (on record, or made from the row's columns), the criterion, the
 * indicator and a threshold for each commune group. Decision 51/2025 sets
 * those thresholds by the group a commune is in, which a workbook may
 * also give, a commune a row, from the year imported on. This file reads
 * both kinds of rows into changes for ntm-import.c; ntm-import-write.c
 * writes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ntm-criteria-edit.h"
#include "ntm-database-private.h"
#include "ntm-import-private.h"
#include "ntm-text.h"
#include "ntm-unit.h"

/* "2", "Nhóm 2", "Group 2", "II": the number written, whole. */
static gboolean
read_group (const char *text,
            double     *out)
{
  static const char * const words[] = { "nhom xa ", "xa nhom ", "nhom ", "commune group ", "group ", NULL };
  static const char * const roman[] = { "i", "ii", "iii" };
  g_autofree char *clean = ntm_import_clean_text (text);
  g_autofree char *folded = clean ? ntm_text_fold (clean) : NULL;
  const char *rest;

  if (folded == NULL)
    return FALSE;
  rest = ntm_import_skip_words (folded, words);
  for (guint i = 0; i < G_N_ELEMENTS (roman); i++)
    if (g_str_equal (rest, roman[i]))
      {
        *out = i + 1;
        return TRUE;
      }
  return ntm_import_read_number (rest, TRUE, out, NULL) && *out == floor (*out);
}

static NtmCommuneGroupSpan *
group_span_copy (const NtmCommuneGroupSpan *span)
{
  NtmCommuneGroupSpan *copy = g_new0 (NtmCommuneGroupSpan, 1);

  copy->unit_code = g_strdup (span->unit_code);
  copy->year_from = span->year_from;
  copy->year_to = span->year_to;
  copy->commune_group = span->commune_group;
  copy->source = g_strdup (span->source);
  return copy;
}

/* The spans of @unit_code's group on record, every unit's read at once. */
static GPtrArray *
group_spans_of (NtmImport   *self,
                const char  *unit_code,
                GError     **error)
{
  if (self->groups == NULL)
    {
      g_autoptr(GPtrArray) all = ntm_database_list_commune_groups (self->db, NULL, error);

      if (all == NULL)
        return NULL;
      self->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
      g_ptr_array_set_free_func (all, NULL);
      for (guint i = 0; i < all->len; i++)
        {
          NtmCommuneGroupSpan *span = g_ptr_array_index (all, i);
          GPtrArray *spans = g_hash_table_lookup (self->groups, span->unit_code);

          if (spans == NULL)
            {
              spans = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_commune_group_span_free);
              g_hash_table_insert (self->groups, g_strdup (span->unit_code), spans);
            }
          g_ptr_array_add (spans, span);
        }
    }
  return g_hash_table_lookup (self->groups, unit_code);
}

/* A commune's group (Decision 51/2025), from the year imported on. The
 * same group as the one in force that year is left as it is. */
void
ntm_import_read_group_row (NtmImport  *self,
                           Part       *part,
                           guint       row,
                           const char *unit_code,
                           int         year)
{
  int column = ntm_import_find_role (part, ROLE_COMMUNE_GROUP);
  const char *text = column >= 0 ? ntm_import_cell (self, part, row, column) : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmUnit) unit = NULL;
  g_autofree char *date = NULL;
  g_autofree char *key = NULL;
  GPtrArray *spans;
  double number;
  int group, old = 0, old_from = 0;
  Change *c;

  if (text == NULL || ntm_import_is_dash (text))
    return;
  key = g_strdup_printf ("g|%s|%d", unit_code, year);
  if (!ntm_import_check_duplicate (self, part, row, column, key, g_hash_table_lookup (self->unit_names, unit_code)))
    return;
  if (!read_group (text, &number))
    {
      ntm_import_add_error (self, part, row, column, _("“%s” is not a commune group: write 1, 2 or 3."), text);
      return;
    }
  if (number < 1 || number > 3)
    {
      ntm_import_add_error (self, part, row, column,
                            _("There is no commune group %s: a commune is in group 1, 2 or 3 (Decision 51/2025)."), text);
      return;
    }
  group = (int) number;

  /* the unit as it was that year: only a commune (xã) has a group */
  date = g_strdup_printf ("%04d-12-31", year);
  unit = ntm_database_get_unit_on (self->db, unit_code, date, &error);
  if (unit == NULL)
    {
      ntm_import_add_error (self, part, row, column, "%s", error->message);
      return;
    }
  if (ntm_unit_get_kind (unit) != NTM_UNIT_KIND_COMMUNE)
    {
      ntm_import_add_error (self, part, row, column, _("%s is not a commune (xã): only communes have a commune group."),
                            ntm_unit_get_name (unit));
      return;
    }
  spans = group_spans_of (self, unit_code, &error);
  if (spans == NULL && error != NULL)
    {
      ntm_import_add_error (self, part, row, column, "%s", error->message);
      return;
    }
  self->counts.values++;

  c = ntm_import_add_change (self, NTM_REGISTER_COMMUNE_GROUPS, unit_code, year, g_strdup (_("Commune group")),
                             ntm_import_cell_ref (self, part, row, column));
  c->more->new_group = group;
  c->more->old_groups = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_commune_group_span_free);
  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const NtmCommuneGroupSpan *span = g_ptr_array_index (spans, i);

      if (span->year_to != 0 && span->year_to < year)
        continue;
      g_ptr_array_add (c->more->old_groups, group_span_copy (span));
      /* the one in force that year: the latest begun by then */
      if (span->year_from <= year && span->year_from >= old_from)
        {
          old = span->commune_group;
          old_from = span->year_from;
        }
    }
  if (old != 0)
    c->pub.old_text = g_strdup_printf ("%d", old);
  c->pub.new_text = g_strdup_printf ("%d", group);
  c->pub.action = old == group ? NTM_IMPORT_UNCHANGED
                  : c->more->old_groups->len > 0 ? NTM_IMPORT_UPDATE : NTM_IMPORT_INSERT;
  ntm_import_count_change (self, c);
}

static gboolean
read_kind (const char       *text,
           NtmIndicatorKind *out)
{
  static const struct { const char *word; NtmIndicatorKind kind; } words[] = {
    { "number", NTM_INDICATOR_NUMBER }, { "so", NTM_INDICATOR_NUMBER }, { "con so", NTM_INDICATOR_NUMBER },
    { "gia tri", NTM_INDICATOR_NUMBER },
    { "percentage", NTM_INDICATOR_PERCENT }, { "percent", NTM_INDICATOR_PERCENT }, { "%", NTM_INDICATOR_PERCENT },
    { "ty le", NTM_INDICATOR_PERCENT }, { "ty le %", NTM_INDICATOR_PERCENT }, { "phan tram", NTM_INDICATOR_PERCENT },
    { "ty le phan tram", NTM_INDICATOR_PERCENT },
    { "yes/no", NTM_INDICATOR_BOOLEAN }, { "co/khong", NTM_INDICATOR_BOOLEAN }, { "boolean", NTM_INDICATOR_BOOLEAN },
    { "dat/khong dat", NTM_INDICATOR_BOOLEAN }, { "dat/chua dat", NTM_INDICATOR_BOOLEAN },
  };
  g_autofree char *folded = ntm_text_fold (text);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (folded, words[i].word))
      {
        *out = words[i].kind;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_comparison (const char    *text,
                 NtmComparison *out)
{
  if (text == NULL)
    {
      *out = NTM_COMPARISON_GE;
      return TRUE;
    }
  if (g_str_equal (text, "≥"))
    text = ">=";
  else if (g_str_equal (text, "≤"))
    text = "<=";
  return ntm_comparison_from_string (text, out);
}

static gboolean
read_applies_to (const char  *text,
                 const char **out)
{
  static const struct { const char *word; const char *value; } words[] = {
    { "commune", "commune" }, { "xa", "commune" }, { "urban", "urban" }, { "phuong, thi tran", "urban" },
    { "phuong/thi tran", "urban" }, { "district", "district" }, { "huyen", "district" },
    { "cap huyen", "district" }, { "province", "province" }, { "tinh", "province" },
  };
  g_autofree char *folded = ntm_text_fold (text);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (folded, words[i].word))
      {
        *out = words[i].value;
        return TRUE;
      }
  return FALSE;
}

/* One row of a criteria set's definition: its indicator, the criterion
 * it belongs to, and a threshold for each commune group. */
void
ntm_import_read_set_row (NtmImport *self,
                         Part      *part,
                         guint      row)
{
  g_autofree char *set_code = ntm_import_clean_at (self, part, row, ROLE_SET);
  g_autofree char *number = ntm_import_clean_at (self, part, row, ROLE_CRITERION_NUMBER);
  g_autofree char *criterion_name = ntm_import_clean_at (self, part, row, ROLE_CRITERION_NAME);
  g_autofree char *code = ntm_import_clean_at (self, part, row, ROLE_INDICATOR_CODE);
  g_autofree char *name = ntm_import_clean_at (self, part, row, ROLE_INDICATOR_NAME);
  g_autofree char *measure = ntm_import_clean_at (self, part, row, ROLE_MEASURE);
  const char *kind_text = ntm_import_text_at (self, part, row, ROLE_KIND);
  const char *comparison_text = ntm_import_text_at (self, part, row, ROLE_COMPARISON);
  g_autofree char *key = NULL;
  CatSet *set;
  NtmIndicatorKind kind = NTM_INDICATOR_NUMBER;
  NtmComparison comparison;
  int year_from = 0, year_to = 0;
  gint64 indicator_id, criterion_id;
  Change *c;

  if (set_code == NULL)
    set_code = g_strdup (part->set_code);
  if (set_code == NULL)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_SET),
                            _("Say which criteria set this row belongs to (a “Criteria set” column with the set’s code)."));
      return;
    }
  if (number == NULL)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_CRITERION_NUMBER), _("The criterion’s number is missing."));
      return;
    }
  if (name == NULL)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_INDICATOR_NAME), _("The indicator’s name is missing."));
      return;
    }
  if (kind_text == NULL || !read_kind (kind_text, &kind))
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_KIND),
                            _("“%s” is not a kind of indicator: write Number, Percentage or Yes/no (Số, Tỷ lệ, Có/không)."),
                            kind_text ? kind_text : "");
      return;
    }
  if (!read_comparison (comparison_text, &comparison))
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_COMPARISON),
                            _("“%s” is not a comparison: write >=, >, <=, < or =."), comparison_text);
      return;
    }
  key = g_strdup_printf ("i|%s|%s", set_code, code);
  if (!ntm_import_check_duplicate (self, part, row, ntm_import_column_of (part, ROLE_INDICATOR_CODE), key, code))
    return;

  /* the set: on record, or made from the row's columns */
  set = ntm_import_find_set (self, set_code);
  if (set != NULL)
    {
      year_from = set->year_from;
      year_to = set->year_to;
    }
  else
    {
      g_autofree char *set_key = g_strdup_printf ("set|%s", set_code);
      const char *applies_text = ntm_import_text_at (self, part, row, ROLE_APPLIES_TO);
      const char *level_text = ntm_import_text_at (self, part, row, ROLE_LEVEL);
      const char *from_text = ntm_import_text_at (self, part, row, ROLE_YEAR_FROM);
      const char *to_text = ntm_import_text_at (self, part, row, ROLE_YEAR_TO);
      const char *applies = NULL;
      NtmLevel level;
      double from = 0, to = 0;
      g_autofree char *set_name = ntm_import_clean_at (self, part, row, ROLE_SET_NAME);

      if (set_name == NULL || applies_text == NULL || !read_applies_to (applies_text, &applies) ||
          level_text == NULL || !ntm_import_read_level (level_text, &level) ||
          from_text == NULL || !ntm_import_read_number (from_text, TRUE, &from, NULL) || from < 2000 || from > 2100 ||
          (to_text != NULL && (!ntm_import_read_number (to_text, TRUE, &to, NULL) || to < from || to > 2100)))
        {
          ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_SET),
                                _("There is no criteria set “%s” yet: give its name, what it applies to (commune, urban, district), its level (ntm, advanced, model, civilised) and its first year in the row’s columns."),
                                set_code);
          return;
        }
      year_from = (int) from;
      year_to = (int) to;
      if (!g_hash_table_contains (self->seen, set_key))
        {
          g_hash_table_insert (self->seen, g_strdup (set_key), g_strdup (""));
          c = ntm_import_add_change (self, NTM_REGISTER_CRITERIA_SET, NULL, year_from, g_strdup (set_code),
                                     ntm_import_cell_ref (self, part, row, ntm_import_column_of (part, ROLE_SET)));
          c->more->item = SET_ITEM_SET;
          c->more->set_code = g_strdup (set_code);
          c->more->set_name = g_strdup (set_name);
          c->more->decision = ntm_import_clean_at (self, part, row, ROLE_DECISION);
          c->more->applies_to = g_strdup (applies);
          c->more->level = level;
          c->more->year_from = year_from;
          c->more->year_to = year_to;
          c->pub.new_text = g_strdup (set_name);
          c->pub.action = NTM_IMPORT_INSERT;
          ntm_import_count_change (self, c);
        }
    }

  /* the criterion, once */
  {
    g_autofree char *crit_key = g_strdup_printf ("c|%s|%s", set_code, number);
    CatCriterion *crit = set ? ntm_import_find_criterion (self, set_code, number) : NULL;

    criterion_id = crit ? crit->id : 0;
    if (!g_hash_table_contains (self->seen, crit_key))
      {
        g_hash_table_insert (self->seen, g_strdup (crit_key), g_strdup (""));
        if (crit == NULL && criterion_name == NULL)
          {
            ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_CRITERION_NAME),
                                  _("Criterion %s is new: give its name."), number);
            return;
          }
        c = ntm_import_add_change (self, NTM_REGISTER_CRITERIA_SET, NULL, year_from,
                                   g_strdup_printf ("%s %s", set_code, number),
                                   ntm_import_cell_ref (self, part, row,
                                                        ntm_import_column_of (part, ROLE_CRITERION_NUMBER)));
        c->more->item = SET_ITEM_CRITERION;
        c->more->set_code = g_strdup (set_code);
        c->more->number = g_strdup (number);
        c->more->name = g_strdup (criterion_name ? criterion_name : crit->name);
        c->pub.old_text = crit ? g_strdup (crit->name) : NULL;
        c->pub.new_text = g_strdup (c->more->name);
        c->pub.action = crit == NULL ? NTM_IMPORT_INSERT
                        : g_strcmp0 (crit->name, c->more->name) == 0 ? NTM_IMPORT_UNCHANGED : NTM_IMPORT_UPDATE;
        ntm_import_count_change (self, c);
      }
  }

  /* the indicator */
  {
    CatIndicator *ind = set ? ntm_import_find_indicator (self, set_code, code) : NULL;
    g_autofree char *old_unit = NULL;
    NtmComparison old_comparison = NTM_COMPARISON_GE;
    gboolean same;

    if (ind != NULL && criterion_id != 0 && ind->criterion_id != criterion_id)
      {
        CatCriterion *owner = ntm_import_criterion_by_id (self, ind->criterion_id);
        ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_CRITERION_NUMBER),
                              _("Indicator %s belongs to criterion %s, not %s."), code, owner ? owner->number : "?", number);
        return;
      }
    if (ind != NULL)
      {
        /* what is on record besides the name and kind */
        g_autoptr(GError) ignored = NULL;
        sqlite3_stmt *stmt = ntm_database_prepare (self->db, "SELECT unit, comparison FROM indicator WHERE id = ?1",
                                                   &ignored);
        if (stmt != NULL)
          {
            sqlite3_bind_int64 (stmt, 1, ind->id);
            if (sqlite3_step (stmt) == SQLITE_ROW)
              {
                old_unit = ntm_sql_dup_text (stmt, 0);
                ntm_comparison_from_string ((const char *) sqlite3_column_text (stmt, 1), &old_comparison);
              }
            sqlite3_reset (stmt);
          }
      }
    indicator_id = ind ? ind->id : 0;
    self->counts.values++;
    c = ntm_import_add_change (self, NTM_REGISTER_CRITERIA_SET, NULL, year_from,
                               g_strdup_printf ("%s %s", set_code, code),
                               ntm_import_cell_ref (self, part, row, ntm_import_column_of (part, ROLE_INDICATOR_CODE)));
    c->more->item = SET_ITEM_INDICATOR;
    c->more->set_code = g_strdup (set_code);
    c->more->number = g_strdup (number);
    c->more->name = g_strdup (name);
    c->more->unit = g_strdup (measure ? measure : kind == NTM_INDICATOR_PERCENT ? "%" : "");
    c->more->kind = kind;
    c->more->comparison = comparison;
    c->target = indicator_id;
    c->more->code = g_strdup (code);
    if (ind != NULL)
      c->pub.old_text = g_strdup_printf ("%s (%s)", ind->name, ntm_indicator_kind_get_label (ind->kind));
    c->pub.new_text = g_strdup_printf ("%s (%s)", name, ntm_indicator_kind_get_label (kind));
    same = ind != NULL && g_strcmp0 (ind->name, name) == 0 && ind->kind == kind &&
           g_strcmp0 (old_unit, c->more->unit) == 0 && old_comparison == comparison;
    c->pub.action = ind == NULL ? NTM_IMPORT_INSERT : same ? NTM_IMPORT_UNCHANGED : NTM_IMPORT_UPDATE;
    ntm_import_count_change (self, c);
  }

  /* a threshold per commune group */
  for (guint col = 0; col < part->roles->len; col++)
    {
      Role *r = &g_array_index (part->roles, Role, col);
      const char *text = ntm_import_cell (self, part, row, col);
      gboolean known = FALSE, found = FALSE, percent_sign;
      double value, old = 0;

      if (r->kind != ROLE_GROUP || text == NULL || ntm_import_is_dash (text))
        continue;
      if (kind == NTM_INDICATOR_BOOLEAN)
        {
          /* a yes/no indicator is met by "yes": no threshold to give */
          if (!ntm_import_read_yes_no (text, &value) || value != 1)
            ntm_import_add_error (self, part, row, col,
                                  _("Indicator %s is yes/no: its threshold is “yes” (Có), not “%s”."), code, text);
          continue;
        }
      if (!ntm_import_read_number (text, FALSE, &value, &percent_sign) || value < 0 ||
          (kind == NTM_INDICATOR_PERCENT && value > 100))
        {
          ntm_import_add_error (self, part, row, col, _("“%s” is not a threshold for indicator %s."), text, code);
          continue;
        }
      self->counts.values++;
      if (indicator_id != 0)
        found = ntm_database_get_group_threshold (self->db, indicator_id, (int) r->target, year_from, &known, &old);
      c = ntm_import_add_change (self, NTM_REGISTER_CRITERIA_SET, NULL, year_from,
                                 /* Translators: an indicator's code and a commune group, e.g. "1.1, group 2" */
                                 g_strdup_printf (_("%s, group %d"), code, (int) r->target), ntm_import_cell_ref (self, part, row, col));
      c->more->item = SET_ITEM_THRESHOLD;
      c->more->set_code = g_strdup (set_code);
      c->more->code = g_strdup (code);
      c->more->group = (int) r->target;
      c->more->year_from = year_from;
      c->more->year_to = year_to;
      c->more->has_threshold = TRUE;
      c->more->threshold = value;
      c->pub.old_text = found && known ? ntm_import_format_value (old) : NULL;
      c->pub.new_text = ntm_import_format_value (value);
      c->pub.action = !found ? NTM_IMPORT_INSERT
                      : known && ntm_import_same_number (old, value) ? NTM_IMPORT_UNCHANGED : NTM_IMPORT_UPDATE;
      ntm_import_count_change (self, c);
    }
}
