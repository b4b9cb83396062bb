/* ntm-boundary-report.c: what importing a boundary file would do
 *
 * Matches every feature of a file to a unit and says, before anything is
 * written: which features matched and how, which did not and why, which
 * names point at several units, which outlines cannot be used, and which
 * units would be left without a boundary, and how many stored boundaries
 * the import would replace (those of the levels it brings: see
 * ntm_database_replace_boundaries()). No feature is dropped without a line
 * in the report. Committing replaces those boundaries in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ntm-boundary-report.h"
#include "ntm-clock.h"
#include "ntm-csv.h"
#include "ntm-geometry.h"
#include "ntm-output-file.h"
#include "ntm-unit.h"

struct _NtmBoundaryReport
{
  GObject             parent_instance;

  NtmDatabase        *db;
  NtmBoundaryFile    *file;
  NtmBoundaryMatcher *matcher;
  GArray             *rows;          /* of NtmBoundaryRow */
  GHashTable         *by_unit;       /* unit code → GPtrArray of NtmBoundaryFeature */
  guint               n_matched;
  guint               n_unmatched;
  guint               n_ambiguous;
  guint               n_unusable;
  guint               n_repaired;
  guint               n_units_without;
  guint               n_replaced;
};

/* A feature's name or code is shown whole up to this many characters. */
#define MAX_SHOWN_TEXT 80

G_DEFINE_FINAL_TYPE (NtmBoundaryReport, ntm_boundary_report, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
clear_row (gpointer data)
{
  NtmBoundaryRow *row = data;

  g_free (row->code);
  g_free (row->name);
  g_free (row->unit_code);
  g_free (row->unit_name);
  g_free (row->note);
}

static const char *
value_or_null (NtmBoundaryReport        *self,
               const NtmBoundaryFeature *feature,
               const char               *field)
{
  const char *value = ntm_boundary_feature_get_value (self->file, feature, field);

  return ntm_text_is_missing (value) ? NULL : value;
}

static NtmFeatureKey
feature_key (NtmBoundaryReport        *self,
             const NtmBoundaryFeature *feature,
             gboolean                  use_code)
{
  const NtmBoundaryFields *fields = ntm_boundary_file_get_fields (self->file);
  NtmFeatureKey key = { 0 };

  key.code = use_code ? value_or_null (self, feature, fields->code) : NULL;
  key.name = value_or_null (self, feature, fields->name);
  key.type = value_or_null (self, feature, fields->type);
  key.parent_code = value_or_null (self, feature, fields->parent_code);
  key.parent_name = value_or_null (self, feature, fields->parent_name);
  return key;
}

/* @text as a report shows it: a runaway field is cut short. */
static char *
shown_text (const char *text)
{
  const char *p = text;

  if (text == NULL)
    return NULL;
  for (guint n = 0; *p && n < MAX_SHOWN_TEXT; n++)
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return g_strdup (text);
  return g_strdup_printf ("%.*s…", (int) (p - text), text);
}

/* The first of the feature's fields that is too long to be read. */
static const char *
too_long_field (NtmBoundaryReport        *self,
                const NtmBoundaryFeature *feature)
{
  const NtmBoundaryFields *fields = ntm_boundary_file_get_fields (self->file);
  const char *roles[] = { fields->code, fields->name, fields->type, fields->parent_code, fields->parent_name };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i] != NULL &&
        ntm_boundary_text_too_long (ntm_boundary_feature_get_value (self->file, feature, roles[i])))
      return roles[i];
  return NULL;
}

static void
add_row (NtmBoundaryReport        *self,
         NtmBoundaryRowKind        kind,
         const NtmBoundaryFeature *feature,
         const char               *unit_code,
         char                     *note)
{
  const NtmBoundaryFields *fields = ntm_boundary_file_get_fields (self->file);
  NtmBoundaryRow row = { 0 };

  row.kind = kind;
  if (feature != NULL)
    {
      row.feature = feature->index;
      row.code = shown_text (value_or_null (self, feature, fields->code));
      row.name = shown_text (value_or_null (self, feature, fields->name));
    }
  row.unit_code = g_strdup (unit_code);
  row.unit_name = g_strdup (unit_code ? ntm_boundary_matcher_get_unit_name (self->matcher, unit_code) : NULL);
  row.note = note;
  g_array_append_val (self->rows, row);
}

static char *
candidates_text (NtmBoundaryReport *self,
                 GPtrArray         *codes)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append_printf (out, "%s (%s)", ntm_boundary_matcher_get_unit_name (self->matcher, code), code);
    }
  /* Translators: %s lists the units a name could be */
  return g_strdup_printf (_("could be %s"), out->str);
}

static const char *
method_text (NtmMatchMethod method)
{
  switch (method)
    {
    case NTM_MATCH_CODE: return _("by code");
    case NTM_MATCH_NAME: return _("by name");
    case NTM_MATCH_NAME_UNACCENTED: return _("by name without tone marks");
    case NTM_MATCH_AMBIGUOUS:
    case NTM_MATCH_NONE:
    default: return "";
    }
}

static gboolean
build (NtmBoundaryReport  *self,
       GError            **error)
{
  guint n = ntm_boundary_file_get_n_features (self->file);
  g_autoptr(GHashTable) code_count = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) matches = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_match_free);
  g_autoptr(GPtrArray) commune_codes = NULL;
  g_autoptr(GPtrArray) district_codes = NULL;
  gboolean any_district = FALSE;

  /* first pass: match, counting how often each unit is claimed by code */
  for (guint i = 0; i < n; i++)
    {
      const NtmBoundaryFeature *f = ntm_boundary_file_get_feature (self->file, i);
      NtmFeatureKey key = feature_key (self, f, TRUE);
      NtmMatch *match = ntm_boundary_matcher_match (self->matcher, &key);

      if (match->method == NTM_MATCH_CODE)
        {
          guint c = GPOINTER_TO_UINT (g_hash_table_lookup (code_count, match->unit_code));
          g_hash_table_replace (code_count, g_strdup (match->unit_code), GUINT_TO_POINTER (c + 1));
        }
      g_ptr_array_add (matches, match);
    }

  /* a code claimed by several features is not trusted: go by their names */
  for (guint i = 0; i < n; i++)
    {
      NtmMatch *match = g_ptr_array_index (matches, i);

      if (match->method == NTM_MATCH_CODE &&
          GPOINTER_TO_UINT (g_hash_table_lookup (code_count, match->unit_code)) > 1)
        {
          const NtmBoundaryFeature *f = ntm_boundary_file_get_feature (self->file, i);
          NtmFeatureKey key = feature_key (self, f, FALSE);
          NtmMatch *by_name = ntm_boundary_matcher_match (self->matcher, &key);

          g_object_set_data (G_OBJECT (self), "duplicate", GINT_TO_POINTER (1));
          if (by_name->method == NTM_MATCH_NONE)
            {
              /* the name says nothing better: keep the code */
              ntm_match_free (by_name);
              continue;
            }
          g_ptr_array_index (matches, i) = by_name;
          ntm_match_free (match);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      const NtmBoundaryFeature *f = ntm_boundary_file_get_feature (self->file, i);
      NtmMatch *match = g_ptr_array_index (matches, i);
      GPtrArray *list;

      if (f->repaired)
        self->n_repaired++;

      switch (match->method)
        {
        case NTM_MATCH_CODE:
        case NTM_MATCH_NAME:
        case NTM_MATCH_NAME_UNACCENTED:
          if (f->record == NULL)
            {
              self->n_unusable++;
              /* Translators: %s says what is wrong with the outline, e.g. "is not an area" */
              add_row (self, NTM_BOUNDARY_ROW_UNUSABLE, f, match->unit_code,
                       g_strdup_printf (_("the outline %s"), f->problem));
              break;
            }
          list = g_hash_table_lookup (self->by_unit, match->unit_code);
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (self->by_unit, g_strdup (match->unit_code), list);
            }
          g_ptr_array_add (list, (gpointer) f);
          self->n_matched++;
          add_row (self, NTM_BOUNDARY_ROW_MATCHED, f, match->unit_code,
                   f->repaired ? g_strdup_printf ("%s; %s", method_text (match->method),
                                                  _("invalid outline repaired"))
                               : g_strdup (method_text (match->method)));
          break;
        case NTM_MATCH_REFUSED:
          self->n_unmatched++;
          /* Translators: %s is a field of the file, %d the most characters a field may hold */
          add_row (self, NTM_BOUNDARY_ROW_UNMATCHED, f, NULL,
                   g_strdup_printf (_("refused: its field “%s” holds more than %d characters, which no unit’s code or name does; shorten it in the file"),
                                    too_long_field (self, f), NTM_BOUNDARY_MAX_TEXT));
          break;
        case NTM_MATCH_AMBIGUOUS:
          self->n_ambiguous++;
          add_row (self, NTM_BOUNDARY_ROW_AMBIGUOUS, f, NULL, candidates_text (self, match->candidates));
          break;
        case NTM_MATCH_NONE:
        default:
          self->n_unmatched++;
          add_row (self, NTM_BOUNDARY_ROW_UNMATCHED, f, NULL,
                   f->record == NULL ? g_strdup_printf (_("no unit has this code or name; the outline %s"), f->problem)
                                     : g_strdup (_("no unit has this code or name")));
          break;
        }
    }

  /* several features for one unit: its parts, joined */
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, self->by_unit);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        GPtrArray *list = value;

        if (list->len > 1)
          for (guint i = 0; i < self->rows->len; i++)
            {
              NtmBoundaryRow *row = &g_array_index (self->rows, NtmBoundaryRow, i);
              if (row->kind == NTM_BOUNDARY_ROW_MATCHED && g_strcmp0 (row->unit_code, key) == 0)
                {
                  char *note = g_strdup_printf (ngettext ("%s; joined with %u other feature for this unit",
                                                          "%s; joined with %u other features for this unit",
                                                          list->len - 1),
                                                row->note, list->len - 1);
                  g_free (row->note);
                  row->note = note;
                }
            }
      }
  }

  /* units left without a boundary: the commune level, and the district
   * level too when the file drew districts */
  district_codes = ntm_boundary_matcher_list_codes (self->matcher, FALSE);
  for (guint i = 0; i < district_codes->len; i++)
    if (g_hash_table_contains (self->by_unit, g_ptr_array_index (district_codes, i)))
      any_district = TRUE;

  commune_codes = ntm_boundary_matcher_list_codes (self->matcher, TRUE);
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *codes = pass == 0 ? commune_codes : district_codes;

      if (pass == 1 && !any_district)
        break;
      for (guint i = 0; i < codes->len; i++)
        {
          const char *code = g_ptr_array_index (codes, i);

          if (g_hash_table_contains (self->by_unit, code))
            continue;
          self->n_units_without++;
          add_row (self, NTM_BOUNDARY_ROW_UNIT_WITHOUT, NULL, code,
                   g_strdup (_("no feature of the file matches this unit")));
        }
    }

  /* what committing would replace, said before anything is written */
  {
    g_autoptr(GPtrArray) codes = g_ptr_array_new ();
    g_autoptr(GPtrArray) replaced = NULL;
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, self->by_unit);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (codes, key);
    replaced = ntm_database_list_replaced_boundaries (self->db, codes, error);

    if (replaced == NULL)
      return FALSE;
    self->n_replaced = replaced->len;
  }

  return TRUE;
}

typedef struct {
  NtmBoundaryReport *self;
  GPtrArray         *records;
} CommitData;

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_boundary_report_finalize (GObject *object)
{
  NtmBoundaryReport *self = NTM_BOUNDARY_REPORT (object);

  g_clear_object (&self->db);
  g_clear_object (&self->file);
  g_clear_object (&self->matcher);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->by_unit, g_hash_table_unref);

  G_OBJECT_CLASS (ntm_boundary_report_parent_class)->finalize (object);
}

static void
ntm_boundary_report_class_init (NtmBoundaryReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_boundary_report_finalize;
}

static void
ntm_boundary_report_init (NtmBoundaryReport *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (NtmBoundaryRow));
  g_array_set_clear_func (self->rows, clear_row);
  self->by_unit = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_boundary_report_new:
 * @file: a file read with ntm_boundary_file_read()
 * @db: the database whose units the features are matched to
 * @error: return location for a #GError
 *
 * Matches the features with the file's current fields (see
 * ntm_boundary_file_set_fields()) to the units of today's year
 * (ntm_clock_get_year()). Writes nothing.
 *
 * Returns: (transfer full): the report
 */
NtmBoundaryReport *
ntm_boundary_report_new (NtmBoundaryFile  *file,
                         NtmDatabase      *db,
                         GError          **error)
{
  return ntm_boundary_report_new_for_year (file, db, ntm_clock_get_year (), error);
}

/**
 * ntm_boundary_report_new_for_year:
 * @file: an open boundary file
 * @db: the database
 * @year: the year whose units the features are matched to (those in force
 *   on 31 December: from 2025, the 69 communes and wards by their codes
 *   and names)
 * @error: return location for a #GError
 *
 * As ntm_boundary_report_new(), for the units of @year.
 *
 * Returns: (transfer full): the report
 */
NtmBoundaryReport *
ntm_boundary_report_new_for_year (NtmBoundaryFile  *file,
                                  NtmDatabase      *db,
                                  int               year,
                                  GError          **error)
{
  g_autoptr(NtmBoundaryReport) self = NULL;
  g_autoptr(GListModel) units = NULL;

  g_return_val_if_fail (NTM_IS_BOUNDARY_FILE (file), NULL);
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  units = ntm_database_list_units_in_year (db, year, error);
  if (units == NULL)
    return NULL;

  self = g_object_new (NTM_TYPE_BOUNDARY_REPORT, NULL);
  self->db = g_object_ref (db);
  self->file = g_object_ref (file);
  self->matcher = ntm_boundary_matcher_new (units);
  if (!build (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

NtmBoundaryFile *
ntm_boundary_report_get_file (NtmBoundaryReport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), NULL);
  return self->file;
}

guint
ntm_boundary_report_get_n_features (NtmBoundaryReport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), 0);
  return ntm_boundary_file_get_n_features (self->file);
}

/**
 * ntm_boundary_report_get_n_matched:
 * @self: a #NtmBoundaryReport
 *
 * Returns: how many features matched a unit and have a usable outline
 */
guint
ntm_boundary_report_get_n_matched (NtmBoundaryReport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), 0);
  return self->n_matched;
}

guint
ntm_boundary_report_get_n_unmatched (NtmBoundaryReport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), 0);
  return self->n_unmatched;
}

guint
ntm_boundary_report_get_n_ambiguous (NtmBoundaryReport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), 0);
  return self->n_ambiguous;
}

guint
ntm_boundary_report_get_n_unusable (NtmBoundaryReport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), 0);
  return self->n_unusable;
}

guint
ntm_boundary_report_get_n_repaired (NtmBoundaryReport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), 0);
  return self->n_repaired;
}

guint
ntm_boundary_report_get_n_units_without (NtmBoundaryReport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), 0);
  return self->n_units_without;
}

/**
 * ntm_boundary_report_get_n_replaced:
 * @self: a #NtmBoundaryReport
 *
 * Returns: how many stored boundaries committing would replace or remove
 *   (those of the levels the file brings; other levels are kept)
 */
guint
ntm_boundary_report_get_n_replaced (NtmBoundaryReport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), 0);
  return self->n_replaced;
}

/**
 * ntm_boundary_report_get_n_units_matched:
 * @self: a #NtmBoundaryReport
 *
 * Returns: how many units would get a boundary
 */
guint
ntm_boundary_report_get_n_units_matched (NtmBoundaryReport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), 0);
  return g_hash_table_size (self->by_unit);
}

guint
ntm_boundary_report_get_n_rows (NtmBoundaryReport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), 0);
  return self->rows->len;
}

const NtmBoundaryRow *
ntm_boundary_report_get_row (NtmBoundaryReport *self,
                             guint              index)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return &g_array_index (self->rows, NtmBoundaryRow, index);
}

static const char *
row_kind_key (NtmBoundaryRowKind kind)
{
  switch (kind)
    {
    case NTM_BOUNDARY_ROW_MATCHED: return "matched";
    case NTM_BOUNDARY_ROW_UNMATCHED: return "unmatched";
    case NTM_BOUNDARY_ROW_AMBIGUOUS: return "ambiguous";
    case NTM_BOUNDARY_ROW_UNUSABLE: return "unusable";
    case NTM_BOUNDARY_ROW_UNIT_WITHOUT:
    default: return "unit-without-boundary";
    }
}

static char *
feature_label (const NtmBoundaryRow *row)
{
  if (row->name && row->code)
    return g_strdup_printf ("%s (%s)", row->name, row->code);
  if (row->name)
    return g_strdup (row->name);
  if (row->code)
    return g_strdup (row->code);
  return g_strdup_printf ("#%u", row->feature);
}

/**
 * ntm_boundary_report_to_text:
 * @self: a #NtmBoundaryReport
 *
 * Returns: (transfer full): stable "key: value" lines for scripts: the
 *   counts, then one line per unmatched, ambiguous and unusable feature
 */
char *
ntm_boundary_report_to_text (NtmBoundaryReport *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), NULL);

  g_string_append_printf (out, "features: %u\n", ntm_boundary_report_get_n_features (self));
  g_string_append_printf (out, "matched: %u\n", self->n_matched);
  g_string_append_printf (out, "unmatched: %u\n", self->n_unmatched);
  g_string_append_printf (out, "ambiguous: %u\n", self->n_ambiguous);
  g_string_append_printf (out, "units-without-boundary: %u\n", self->n_units_without);
  g_string_append_printf (out, "unusable: %u\n", self->n_unusable);
  g_string_append_printf (out, "repaired: %u\n", self->n_repaired);
  g_string_append_printf (out, "replaced: %u\n", self->n_replaced);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const NtmBoundaryRow *row = &g_array_index (self->rows, NtmBoundaryRow, i);
      g_autofree char *label = NULL;

      if (row->kind != NTM_BOUNDARY_ROW_UNMATCHED && row->kind != NTM_BOUNDARY_ROW_AMBIGUOUS &&
          row->kind != NTM_BOUNDARY_ROW_UNUSABLE)
        continue;
      label = feature_label (row);
      g_string_append_printf (out, "%s-name: %s\n", row_kind_key (row->kind), label);
    }

  return g_string_free (out, FALSE);
}

/**
 * ntm_boundary_report_to_csv:
 * @self: a #NtmBoundaryReport
 *
 * Returns: (transfer full): every row of the report as CSV, with a header
 */
char *
ntm_boundary_report_to_csv (NtmBoundaryReport *self)
{
  GString *out = g_string_new (NULL);
  const char *header[] = { "status", "feature", "feature_code", "feature_name", "unit_code", "unit_name", "note" };

  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), NULL);

  ntm_csv_append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < self->rows->len; i++)
    {
      const NtmBoundaryRow *row = &g_array_index (self->rows, NtmBoundaryRow, i);
      g_autofree char *index = row->feature ? g_strdup_printf ("%u", row->feature) : g_strdup ("");
      const char *fields[] = {
        row_kind_key (row->kind), index, row->code ? row->code : "", row->name ? row->name : "",
        row->unit_code ? row->unit_code : "", row->unit_name ? row->unit_name : "",
        row->note ? row->note : "",
      };

      ntm_csv_append_row (out, fields, G_N_ELEMENTS (fields));
    }
  return g_string_free (out, FALSE);
}

/**
 * ntm_boundary_report_write_csv:
 * @self: a #NtmBoundaryReport
 * @path: the file to write
 * @error: return location for a #GError
 *
 * Writes ntm_boundary_report_to_csv() to @path, whole or not at all, and
 * never over the database (see ntm_output_file_new()).
 *
 * Returns: %TRUE if written
 */
gboolean
ntm_boundary_report_write_csv (NtmBoundaryReport  *self,
                               const char         *path,
                               GError            **error)
{
  g_autoptr(NtmOutputFile) output = NULL;
  g_autofree char *csv = NULL;

  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  output = ntm_output_file_new (path, error);
  if (output == NULL)
    return FALSE;
  csv = ntm_boundary_report_to_csv (self);
  return ntm_output_file_write (output, csv, strlen (csv), error) &&
         ntm_output_file_commit (output, error);
}

/**
 * ntm_boundary_report_commit:
 * @self: a #NtmBoundaryReport
 * @error: return location for a #GError
 *
 * Stores the matched outlines in one transaction, replacing the stored
 * boundaries of the levels they bring (see
 * ntm_boundary_report_get_n_replaced()). With nothing matched, nothing is
 * changed and an error says so.
 *
 * Returns: %TRUE if committed
 */
gboolean
ntm_boundary_report_commit (NtmBoundaryReport  *self,
                            GError            **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_boundary_record_free);
  g_autofree char *base = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (self), FALSE);

  if (g_hash_table_size (self->by_unit) == 0)
    {
      g_set_error_literal (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_NOTHING_MATCHED,
                           _("No feature of the file matches a unit of the province, so nothing was imported. Check that the file is for Hà Tĩnh and choose the fields that hold the code or the name."));
      return FALSE;
    }

  g_hash_table_iter_init (&iter, self->by_unit);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_ptr_array_add (records, ntm_boundary_file_merge_records (self->file, value, key));

  base = g_path_get_basename (ntm_boundary_file_get_path (self->file));
  return ntm_database_replace_boundaries (self->db, base, ntm_boundary_file_get_layer_name (self->file),
                                          ntm_boundary_file_get_n_features (self->file), records, error);
}
