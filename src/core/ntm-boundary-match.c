/* ntm-boundary-match.c: which unit a boundary feature belongs to
 *
 * Public boundary sets name communes in many ways: "Xã Kỳ Tân", "Ky Tan",
 * "KỳTân", with codes or without. A feature is matched by its statistics
 * code first; then by its name within its district, ignoring case, spaces
 * and the type words (Xã, Phường, Thị trấn, Huyện, Thị xã, Thành phố);
 * with the tone marks first, and without them only when that still points
 * at one unit. Whatever is not sure is left to a person: ambiguous names
 * come back with their candidates, never with a guess.
 *
 * Folding text (case, Unicode normalisation) is the costly part, and its
 * cost grows faster than the text is long, so each of a feature's names is
 * folded once, before any comparison, and a field longer than
 * NTM_BOUNDARY_MAX_TEXT characters is refused without being folded at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ntm-attainment.h"
#include "ntm-boundary-match.h"
#include "ntm-boundary-match-private.h"
#include "ntm-text.h"
#include "ntm-unit.h"

#define PROVINCE_CODE "42"

typedef struct {
  char        *code;
  char        *name;
  char        *parent_code;
  NtmUnitKind  kind;
} Unit;

struct _NtmBoundaryMatcher
{
  GObject     parent_instance;

  GHashTable *by_code;        /* code without leading zeros → Unit */
  GHashTable *by_name;        /* name key with marks → GPtrArray of Unit */
  GHashTable *by_bare_name;   /* name key without marks → GPtrArray of Unit */
  GHashTable *by_full_name;   /* name with its type word, marks kept → GPtrArray */
  GPtrArray  *units;          /* of Unit, owned */
};

G_DEFINE_FINAL_TYPE (NtmBoundaryMatcher, ntm_boundary_matcher, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
unit_free (gpointer data)
{
  Unit *unit = data;

  g_free (unit->code);
  g_free (unit->name);
  g_free (unit->parent_code);
  g_free (unit);
}

static char *
remove_spaces (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p++)
    if (*p != ' ' && *p != '-' && *p != '.' && *p != '_')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* Digits only, without leading zeros, so that "00436", "436" and "VN436"
 * are one code. */
static char *
code_key (const char *code)
{
  GString *out;
  const char *p;

  if (ntm_text_is_missing (code))
    return NULL;

  out = g_string_new (NULL);
  for (p = code; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (out->len == 0 && *p == '0')
            continue;
          g_string_append_c (out, *p);
        }
      else if (g_ascii_isalpha (*p) && out->len > 0)
        {
          /* letters after digits: not a statistics code (GADM "VNM.25.3_1" has dots) */
          g_string_free (out, TRUE);
          return NULL;
        }
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static void
index_add (GHashTable *table,
           char       *key,
           Unit       *unit)
{
  GPtrArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, key, list);
    }
  else
    g_free (key);
  g_ptr_array_add (list, unit);
}

/* A name folded every way the matching needs, once. */
typedef struct {
  char *with_marks;   /* without its type word, case and spaces */
  char *bare;         /* the same without tone marks */
  char *full;         /* with its type word (the file's type field, or its own) */
} NameKeys;

static void
name_keys_init (NameKeys   *keys,
                const char *type,
                const char *name)
{
  g_autofree char *stripped = ntm_text_strip_unit_type (name);
  g_autofree char *folded = ntm_text_fold (stripped);
  g_autofree char *full = NULL;

  keys->with_marks = remove_spaces (stripped);
  keys->bare = remove_spaces (folded);
  if (ntm_text_is_missing (type))
    full = ntm_text_fold_keep_marks (name);
  else
    {
      g_autofree char *joined = g_strconcat (type, " ", stripped, NULL);
      full = ntm_text_fold_keep_marks (joined);
    }
  keys->full = remove_spaces (full);
}

static void
name_keys_clear (NameKeys *keys)
{
  g_clear_pointer (&keys->with_marks, g_free);
  g_clear_pointer (&keys->bare, g_free);
  g_clear_pointer (&keys->full, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NameKeys, name_keys_clear)

static Unit *
find_unit (NtmBoundaryMatcher *self,
           const char         *code)
{
  g_autofree char *key = code_key (code);

  if (key == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_code, key);
}

/* The unit a statistics code names. The province is found only when
 * @province is set: a parent code of "42" says nothing about a district. */
static Unit *
find_by_code (NtmBoundaryMatcher *self,
              const char         *code,
              gboolean            province)
{
  g_autofree char *key = code_key (code);
  Unit *unit;

  if (key == NULL)
    return NULL;
  unit = g_hash_table_lookup (self->by_code, key);
  /* OCHA-style codes may carry the province code in front */
  if (unit == NULL && g_str_has_prefix (key, PROVINCE_CODE) && strlen (key) > 4)
    unit = g_hash_table_lookup (self->by_code, key + strlen (PROVINCE_CODE));
  if (unit != NULL && unit->kind == NTM_UNIT_KIND_PROVINCE && !province)
    return NULL;
  return unit;
}

/* "Tỉnh Hà Tĩnh", or a type field saying "Tỉnh" or "Province". */
static gboolean
is_province_type (const char *type,
                  const char *name)
{
  g_autofree char *t = ntm_text_fold (ntm_text_is_missing (type) ? name : type);

  return t != NULL && (g_str_has_prefix (t, "tinh ") || g_str_equal (t, "tinh") ||
                       g_str_has_prefix (t, "province"));
}

/* A feature that says it is a province is the province or nothing: its
 * bare name ("Hà Tĩnh") must never be taken for the city of that name. */
static Unit *
find_province_by_name (NtmBoundaryMatcher *self,
                       const char         *name,
                       NtmMatchMethod     *method)
{
  for (guint pass = 0; pass < 2; pass++)
    {
      g_autofree char *name_key = ntm_boundary_name_key (name, pass == 0);
      GPtrArray *list = g_hash_table_lookup (pass == 0 ? self->by_name : self->by_bare_name, name_key);

      for (guint i = 0; list != NULL && i < list->len; i++)
        {
          Unit *unit = g_ptr_array_index (list, i);
          if (unit->kind == NTM_UNIT_KIND_PROVINCE)
            {
              *method = pass == 0 ? NTM_MATCH_NAME : NTM_MATCH_NAME_UNACCENTED;
              return unit;
            }
        }
    }
  return NULL;
}

static gboolean
is_district_type (const char *type,
                  const char *name)
{
  g_autofree char *t = ntm_text_fold (ntm_text_is_missing (type) ? name : type);

  return t != NULL && (g_str_has_prefix (t, "huyen") || g_str_has_prefix (t, "thi xa") ||
                       g_str_has_prefix (t, "thanh pho") || g_str_has_prefix (t, "district") ||
                       g_str_has_prefix (t, "town") || g_str_has_prefix (t, "city"));
}

/* Keeps the units of @list that fit the feature's district and level. */
static GPtrArray *
filter_candidates (GPtrArray  *list,
                   Unit       *parent,
                   gboolean    want_district)
{
  GPtrArray *out = g_ptr_array_new ();

  if (list == NULL)
    return out;

  for (guint i = 0; i < list->len; i++)
    {
      Unit *unit = g_ptr_array_index (list, i);

      if (unit->kind == NTM_UNIT_KIND_PROVINCE)
        continue;
      if (ntm_unit_kind_is_district_level (unit->kind) != want_district)
        continue;
      if (parent != NULL && g_strcmp0 (unit->parent_code, parent->code) != 0)
        continue;
      g_ptr_array_add (out, unit);
    }
  return out;
}

static Unit *
find_parent (NtmBoundaryMatcher  *self,
             const NtmFeatureKey *key)
{
  Unit *parent = NULL;

  if (!ntm_text_is_missing (key->parent_code))
    {
      parent = find_by_code (self, key->parent_code, FALSE);
      if (parent != NULL && ntm_unit_kind_is_district_level (parent->kind))
        return parent;
    }

  if (!ntm_text_is_missing (key->parent_name))
    {
      g_auto(NameKeys) keys = { NULL };

      name_keys_init (&keys, NULL, key->parent_name);
      for (guint pass = 0; pass < 2; pass++)
        {
          g_autoptr(GPtrArray) found = filter_candidates (g_hash_table_lookup (pass == 0 ? self->by_name
                                                                                            : self->by_bare_name,
                                                                               pass == 0 ? keys.with_marks : keys.bare),
                                                          NULL, TRUE);
          if (found->len == 1)
            return g_ptr_array_index (found, 0);
          if (found->len > 1)
            {
              /* "Huyện Kỳ Anh" or "Thị xã Kỳ Anh": the type word decides */
              g_autoptr(GPtrArray) narrowed = filter_candidates (g_hash_table_lookup (self->by_full_name, keys.full),
                                                                 NULL, TRUE);
              return narrowed->len == 1 ? g_ptr_array_index (narrowed, 0) : NULL;
            }
        }
    }

  return NULL;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_boundary_matcher_finalize (GObject *object)
{
  NtmBoundaryMatcher *self = NTM_BOUNDARY_MATCHER (object);

  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_pointer (&self->by_name, g_hash_table_unref);
  g_clear_pointer (&self->by_bare_name, g_hash_table_unref);
  g_clear_pointer (&self->by_full_name, g_hash_table_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);

  G_OBJECT_CLASS (ntm_boundary_matcher_parent_class)->finalize (object);
}

static void
ntm_boundary_matcher_class_init (NtmBoundaryMatcherClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_boundary_matcher_finalize;
}

static void
ntm_boundary_matcher_init (NtmBoundaryMatcher *self)
{
  self->by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->by_bare_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->by_full_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->units = g_ptr_array_new_with_free_func (unit_free);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_text_is_missing:
 * @text: (nullable): a field's text
 *
 * Returns: whether @text says nothing: %NULL, blank, "NA" or "N/A"
 */
gboolean
ntm_text_is_missing (const char *text)
{
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    return TRUE;
  trimmed = g_strstrip (g_strdup (text));
  /* "Na" may be a name; "NA" in capitals is how tables say "not available" */
  return *trimmed == '\0' || g_str_equal (trimmed, "NA") || g_str_equal (trimmed, "N/A") ||
         g_str_equal (trimmed, "NULL") || g_str_equal (trimmed, "null");
}

/**
 * ntm_boundary_text_too_long:
 * @text: (nullable): a field's text
 *
 * Returns: whether @text holds more than %NTM_BOUNDARY_MAX_TEXT characters
 *   (counted without reading further than that)
 */
gboolean
ntm_boundary_text_too_long (const char *text)
{
  guint n = 0;

  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (++n > NTM_BOUNDARY_MAX_TEXT)
      return TRUE;
  return FALSE;
}

/**
 * ntm_boundary_name_key:
 * @name: a unit's name as written anywhere
 * @keep_marks: whether the tone and vowel marks count
 *
 * Returns: (transfer full): @name without its type word, case, spaces
 *   (and marks unless @keep_marks), e.g. "kỳtân" for "Xã  Kỳ Tân"
 */
char *
ntm_boundary_name_key (const char *name,
                       gboolean    keep_marks)
{
  g_autofree char *bare = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  bare = ntm_text_strip_unit_type (name);
  if (!keep_marks)
    {
      g_autofree char *folded = ntm_text_fold (bare);
      return remove_spaces (folded);
    }
  return remove_spaces (bare);
}

/**
 * ntm_boundary_matcher_new:
 * @units: a #GListModel of #NtmUnit
 *
 * Returns: (transfer full): a matcher for the units
 */
NtmBoundaryMatcher *
ntm_boundary_matcher_new (GListModel *units)
{
  NtmBoundaryMatcher *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (units), NULL);

  self = g_object_new (NTM_TYPE_BOUNDARY_MATCHER, NULL);
  n = g_list_model_get_n_items (units);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NtmUnit) u = g_list_model_get_item (units, i);
      Unit *unit = g_new0 (Unit, 1);
      g_autofree char *folded = NULL;

      unit->code = g_strdup (ntm_unit_get_code (u));
      unit->name = g_strdup (ntm_unit_get_name (u));
      unit->parent_code = g_strdup (ntm_unit_get_parent_code (u));
      unit->kind = ntm_unit_get_kind (u);
      g_ptr_array_add (self->units, unit);

      {
        /* by the code people write (a unit of July 2025 has a key of its own) */
        char *key = code_key (ntm_unit_get_official_code (u));
        if (key != NULL)
          g_hash_table_insert (self->by_code, key, unit);
      }
      index_add (self->by_name, ntm_boundary_name_key (unit->name, TRUE), unit);
      index_add (self->by_bare_name, ntm_boundary_name_key (unit->name, FALSE), unit);
      folded = ntm_text_fold_keep_marks (unit->name);
      index_add (self->by_full_name, remove_spaces (folded), unit);
    }

  return self;
}

/**
 * ntm_boundary_matcher_match:
 * @self: a #NtmBoundaryMatcher
 * @key: what the feature says
 *
 * Returns: (transfer full): the match; NTM_MATCH_NONE when nothing fits
 */
NtmMatch *
ntm_boundary_matcher_match (NtmBoundaryMatcher  *self,
                            const NtmFeatureKey *key)
{
  g_auto(NameKeys) keys = { NULL };
  NtmMatch *match;
  Unit *unit, *parent;
  gboolean want_district;

  g_return_val_if_fail (NTM_IS_BOUNDARY_MATCHER (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  match = g_new0 (NtmMatch, 1);
  match->method = NTM_MATCH_NONE;

  if (ntm_boundary_text_too_long (key->code) || ntm_boundary_text_too_long (key->name) ||
      ntm_boundary_text_too_long (key->type) || ntm_boundary_text_too_long (key->parent_code) ||
      ntm_boundary_text_too_long (key->parent_name))
    {
      match->method = NTM_MATCH_REFUSED;
      return match;
    }

  /* 1. the statistics code (the province's own outline included) */
  unit = find_by_code (self, key->code, TRUE);
  if (unit != NULL)
    {
      match->method = NTM_MATCH_CODE;
      match->unit_code = g_strdup (unit->code);
      return match;
    }

  if (ntm_text_is_missing (key->name))
    return match;

  /* a province's outline is the province's, never a district's */
  if (is_province_type (key->type, key->name))
    {
      NtmMatchMethod method = NTM_MATCH_NONE;

      unit = find_province_by_name (self, key->name, &method);
      if (unit != NULL)
        {
          match->method = method;
          match->unit_code = g_strdup (unit->code);
        }
      return match;
    }

  /* 2. the name within the district, with marks, then without */
  parent = find_parent (self, key);
  want_district = is_district_type (key->type, key->name);
  name_keys_init (&keys, key->type, key->name);

  for (guint level = 0; level < 2; level++)
    {
      gboolean district = level == 0 ? want_district : !want_district;

      /* a feature placed in a district is never taken for a district */
      if (level == 1 && district &&
          (!ntm_text_is_missing (key->parent_code) || !ntm_text_is_missing (key->parent_name)))
        break;

      for (guint pass = 0; pass < 2; pass++)
        {
          g_autoptr(GPtrArray) found = NULL;

          found = filter_candidates (g_hash_table_lookup (pass == 0 ? self->by_name : self->by_bare_name,
                                                          pass == 0 ? keys.with_marks : keys.bare),
                                     district ? NULL : parent, district);

          /* the type word may tell a commune from a township of one name */
          if (found->len > 1)
            {
              g_autoptr(GPtrArray) narrowed = filter_candidates (g_hash_table_lookup (self->by_full_name, keys.full),
                                                                 district ? NULL : parent, district);
              if (narrowed->len == 1)
                g_ptr_array_set_size (found, 0), g_ptr_array_add (found, g_ptr_array_index (narrowed, 0));
            }

          if (found->len == 1)
            {
              unit = g_ptr_array_index (found, 0);
              match->method = pass == 0 ? NTM_MATCH_NAME : NTM_MATCH_NAME_UNACCENTED;
              match->unit_code = g_strdup (unit->code);
              return match;
            }
          if (found->len > 1)
            {
              match->method = NTM_MATCH_AMBIGUOUS;
              match->candidates = g_ptr_array_new_with_free_func (g_free);
              for (guint i = 0; i < found->len; i++)
                g_ptr_array_add (match->candidates, g_strdup (((Unit *) g_ptr_array_index (found, i))->code));
              return match;
            }
        }
    }

  return match;
}

/**
 * ntm_boundary_matcher_get_unit_name:
 * @self: a #NtmBoundaryMatcher
 * @code: a unit code
 *
 * Returns: (nullable): the unit's name
 */
const char *
ntm_boundary_matcher_get_unit_name (NtmBoundaryMatcher *self,
                                    const char         *code)
{
  Unit *unit;

  g_return_val_if_fail (NTM_IS_BOUNDARY_MATCHER (self), NULL);

  unit = find_unit (self, code);
  return unit ? unit->name : NULL;
}

/**
 * ntm_boundary_matcher_list_codes:
 * @self: a #NtmBoundaryMatcher
 * @commune_level: %TRUE for communes, wards and townships; %FALSE for
 *   district-level units
 *
 * Returns: (transfer full) (element-type utf8): unit codes, borrowed
 */
GPtrArray *
ntm_boundary_matcher_list_codes (NtmBoundaryMatcher *self,
                                 gboolean            commune_level)
{
  GPtrArray *out = g_ptr_array_new ();

  g_return_val_if_fail (NTM_IS_BOUNDARY_MATCHER (self), out);

  for (guint i = 0; i < self->units->len; i++)
    {
      Unit *unit = g_ptr_array_index (self->units, i);

      if (commune_level ? ntm_unit_kind_is_commune_level (unit->kind)
                        : ntm_unit_kind_is_district_level (unit->kind))
        g_ptr_array_add (out, unit->code);
    }
  return out;
}

void
ntm_match_free (NtmMatch *match)
{
  if (match == NULL)
    return;
  g_free (match->unit_code);
  g_clear_pointer (&match->candidates, g_ptr_array_unref);
  g_free (match);
}

const char *
ntm_match_method_to_string (NtmMatchMethod method)
{
  switch (method)
    {
    case NTM_MATCH_CODE: return "code";
    case NTM_MATCH_NAME: return "name";
    case NTM_MATCH_NAME_UNACCENTED: return "name-unaccented";
    case NTM_MATCH_AMBIGUOUS: return "ambiguous";
    case NTM_MATCH_REFUSED: return "refused";
    case NTM_MATCH_NONE:
    default: return "none";
    }
}
