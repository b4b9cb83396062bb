/* ntm-unit.c: an administrative unit
 *
 * A unit is one identity with the dates it was in force (valid_from,
 * valid_to). Its name, kind and district may change while it lives (a
 * commune renamed, become a ward, moved to another district): those spells
 * are unit_period rows, and a unit read "on a date" carries the attributes
 * of that date. A unit formed under an official code an older unit held is
 * a new identity with its own key (ntm_unit_get_code()) and the office's
 * code in ntm_unit_get_official_code(). "The units of a year" are those in
 * force on 31 December of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdlib.h>
#include <string.h>

#include "ntm-clock.h"
#include "ntm-core-enums.h"
#include "ntm-database-private.h"
#include "ntm-format.h"
#include "ntm-number.h"
#include "ntm-text.h"
#include "ntm-unit.h"

struct _NtmUnit
{
  GObject      parent_instance;

  char        *code;
  char        *official_code;
  char        *name;
  char        *parent_code;
  char        *region;
  char        *valid_from;
  char        *valid_to;
  char        *search_key;
  double       latitude;
  double       longitude;
  NtmUnitKind  kind;
  int          commune_group;
  gboolean     has_location;
};

G_DEFINE_FINAL_TYPE (NtmUnit, ntm_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_KIND,
  PROP_PARENT_CODE,
  PROP_SEARCH_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define UNIT_COLUMNS \
  "code, name, kind, parent_code, lat, lon, region, commune_group, valid_from, valid_to, search_key," \
  " coalesce(official_code, code)"

/* The units in force on ?1 (an ISO date) with the attributes of that day
 * and the commune group of the year ?2, as UNIT_COLUMNS. */
#define UNITS_ON_DATE \
  "SELECT u.code, coalesce(p.name, u.name), coalesce(p.kind, u.kind)," \
  "       CASE WHEN p.unit_code IS NULL THEN u.parent_code ELSE p.parent_code END," \
  "       u.lat, u.lon, u.region," \
  "       coalesce((SELECT g.commune_group FROM commune_group g" \
  "                  WHERE g.unit_code = u.code AND g.year_from <= ?2" \
  "                    AND (g.year_to IS NULL OR g.year_to >= ?2)" \
  "                  ORDER BY g.year_from DESC LIMIT 1), u.commune_group)," \
  "       u.valid_from, u.valid_to, coalesce(p.search_key, u.search_key)," \
  "       coalesce(u.official_code, u.code)" \
  "  FROM unit u" \
  "  LEFT JOIN unit_period p ON p.unit_code = u.code AND ntm_in_force (p.valid_from, p.valid_to, ?1)" \
  " WHERE ntm_in_force (u.valid_from, u.valid_to, ?1)"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static NtmUnit *
unit_from_row (sqlite3_stmt *stmt)
{
  NtmUnit *self = g_object_new (NTM_TYPE_UNIT, NULL);
  double lat, lon;

  self->code = ntm_sql_dup_text (stmt, 0);
  self->name = ntm_sql_dup_text (stmt, 1);
  if (!ntm_unit_kind_from_string ((const char *) sqlite3_column_text (stmt, 2), &self->kind))
    self->kind = NTM_UNIT_KIND_COMMUNE;
  self->parent_code = ntm_sql_dup_text (stmt, 3);
  self->has_location = ntm_sql_get_double (stmt, 4, &lat) & ntm_sql_get_double (stmt, 5, &lon);
  self->latitude = lat;
  self->longitude = lon;
  self->region = ntm_sql_dup_text (stmt, 6);
  self->commune_group = sqlite3_column_int (stmt, 7);
  self->valid_from = ntm_sql_dup_text (stmt, 8);
  self->valid_to = ntm_sql_dup_text (stmt, 9);
  self->search_key = ntm_sql_dup_text (stmt, 10);
  self->official_code = ntm_sql_dup_text (stmt, 11);
  if (self->search_key == NULL || *self->search_key == '\0')
    {
      g_free (self->search_key);
      self->search_key = ntm_text_fold (self->name);
    }

  return self;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_unit_finalize (GObject *object)
{
  NtmUnit *self = NTM_UNIT (object);

  g_free (self->code);
  g_free (self->official_code);
  g_free (self->name);
  g_free (self->parent_code);
  g_free (self->region);
  g_free (self->valid_from);
  g_free (self->valid_to);
  g_free (self->search_key);

  G_OBJECT_CLASS (ntm_unit_parent_class)->finalize (object);
}

static void
ntm_unit_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  NtmUnit *self = NTM_UNIT (object);

  switch (prop_id)
    {
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_PARENT_CODE: g_value_set_string (value, self->parent_code); break;
    case PROP_SEARCH_KEY: g_value_set_string (value, self->search_key); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_unit_class_init (NtmUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ntm_unit_finalize;
  object_class->get_property = ntm_unit_get_property;

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, NTM_TYPE_UNIT_KIND, NTM_UNIT_KIND_COMMUNE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT_CODE] =
    g_param_spec_string ("parent-code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_KEY] =
    g_param_spec_string ("search-key", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ntm_unit_init (NtmUnit *self)
{
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

const char *
ntm_unit_get_code (NtmUnit *self)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), NULL);
  return self->code;
}

/**
 * ntm_unit_get_official_code:
 * @self: a #NtmUnit
 *
 * The statistics office's code, as people write it. Usually the same as
 * ntm_unit_get_code(); a unit of 1 July 2025 that reuses the code of an
 * older unit has a key of its own (for example “18223-2025”) and its
 * official code here (“18223”).
 *
 * Returns: the official code
 */
const char *
ntm_unit_get_official_code (NtmUnit *self)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), NULL);
  return self->official_code ? self->official_code : self->code;
}

const char *
ntm_unit_get_name (NtmUnit *self)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), NULL);
  return self->name;
}

NtmUnitKind
ntm_unit_get_kind (NtmUnit *self)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), NTM_UNIT_KIND_COMMUNE);
  return self->kind;
}

const char *
ntm_unit_get_parent_code (NtmUnit *self)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), NULL);
  return self->parent_code;
}

/**
 * ntm_unit_get_location:
 * @self: a #NtmUnit
 * @latitude: (out) (optional): WGS 84 latitude
 * @longitude: (out) (optional): WGS 84 longitude
 *
 * Returns: %TRUE when the unit has a point location
 */
gboolean
ntm_unit_get_location (NtmUnit *self,
                       double  *latitude,
                       double  *longitude)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), FALSE);

  if (latitude)
    *latitude = self->latitude;
  if (longitude)
    *longitude = self->longitude;
  return self->has_location;
}

const char *
ntm_unit_get_region (NtmUnit *self)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), NULL);
  return self->region;
}

/**
 * ntm_unit_get_commune_group:
 * @self: a #NtmUnit
 *
 * Returns: the commune group (1–3) of the 2026–2030 criteria, or 0 if not set
 */
int
ntm_unit_get_commune_group (NtmUnit *self)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), 0);
  return self->commune_group;
}

const char *
ntm_unit_get_valid_from (NtmUnit *self)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), NULL);
  return self->valid_from;
}

const char *
ntm_unit_get_valid_to (NtmUnit *self)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), NULL);
  return self->valid_to;
}

const char *
ntm_unit_get_search_key (NtmUnit *self)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), NULL);
  return self->search_key;
}

/**
 * ntm_unit_matches:
 * @self: a #NtmUnit
 * @query: (nullable): what a person typed
 *
 * Returns: whether the unit's name or code matches @query, ignoring case
 *   and diacritics
 */
gboolean
ntm_unit_matches (NtmUnit    *self,
                  const char *query)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (NTM_IS_UNIT (self), FALSE);

  if (query == NULL)
    return TRUE;
  trimmed = g_strstrip (g_strdup (query));
  if (g_str_equal (trimmed, self->code) || g_strcmp0 (trimmed, self->official_code) == 0)
    return TRUE;
  return ntm_text_matches (self->search_key, trimmed);
}

/* Every unit a prepared statement gives, in its order. */
static GListModel *
units_from_statement (NtmDatabase   *db,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_UNIT);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NtmUnit) unit = unit_from_row (stmt);
      g_list_store_append (store, unit);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* The unit a prepared statement gives, or NULL: *@missing says whether
 * it gave none (for the caller to say which), @error whether it failed. */
static NtmUnit *
unit_from_statement (NtmDatabase   *db,
                     sqlite3_stmt  *stmt,
                     gboolean      *missing,
                     GError       **error)
{
  NtmUnit *unit = NULL;
  int rc = sqlite3_step (stmt);

  *missing = rc == SQLITE_DONE;
  if (rc == SQLITE_ROW)
    unit = unit_from_row (stmt);
  else if (rc != SQLITE_DONE)
    ntm_database_set_sqlite_error (db, error, NULL);
  sqlite3_reset (stmt);
  return unit;
}

static GListModel *
list_units_on (NtmDatabase  *db,
               const char   *iso_date,
               GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = ntm_database_prepare (db,
                               "WITH v (code, name, kind, parent_code, lat, lon, region, commune_group,"
                               "        valid_from, valid_to, search_key, official_code) AS (" UNITS_ON_DATE ")"
                               " SELECT * FROM v"
                               " ORDER BY CASE kind WHEN 'province' THEN 0 ELSE 1 END,"
                               "          CASE WHEN kind IN ('district', 'town', 'city')"
                               "               THEN CAST(code AS INTEGER)"
                               "               ELSE CAST(parent_code AS INTEGER) END,"
                               "          CASE WHEN kind IN ('district', 'town', 'city') THEN 0 ELSE 1 END,"
                               "          CAST(official_code AS INTEGER), code",
                               error);
  if (stmt == NULL)
    return NULL;
  ntm_sql_bind_text (stmt, 1, iso_date);
  sqlite3_bind_int (stmt, 2, atoi (iso_date));
  return units_from_statement (db, stmt, error);
}

static gboolean
check_iso_date (const char  *iso_date,
                GError     **error)
{
  if (ntm_date_is_valid_iso (iso_date))
    return TRUE;
  g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
               _("“%s” is not a date (YYYY-MM-DD)."), iso_date ? iso_date : "");
  return FALSE;
}

/**
 * ntm_database_list_units_on:
 * @db: a #NtmDatabase
 * @iso_date: a date, "YYYY-MM-DD"
 * @error: return location for a #GError
 *
 * The one rule for "the units in force": each unit in force on @iso_date,
 * with its name, kind and district of that day and its commune group of
 * that year; the province first, then each district-level unit followed
 * by its communes, wards and townships (or, with no districts, the
 * communes and wards in code order).
 *
 * Returns: (transfer full): a #GListModel of #NtmUnit, or %NULL with
 *   @error set (%NTM_DATABASE_ERROR_INVALID for a date that is not one)
 */
GListModel *
ntm_database_list_units_on (NtmDatabase  *db,
                            const char   *iso_date,
                            GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  if (!check_iso_date (iso_date, error))
    return NULL;
  return list_units_on (db, iso_date, error);
}

/**
 * ntm_database_list_units_in_year:
 * @db: a #NtmDatabase
 * @year: a year
 * @error: return location for a #GError
 *
 * The units of a year: those in force on 31 December of @year (for 2024,
 * the province, 13 district-level units and 216 communes, wards and
 * townships; from 2025, the province and the 69 communes and wards).
 *
 * Returns: (transfer full): a #GListModel of #NtmUnit
 */
GListModel *
ntm_database_list_units_in_year (NtmDatabase  *db,
                                 int           year,
                                 GError      **error)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  if (year < 1900 || year > 2100)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The year must be between 2000 and 2100."));
      return NULL;
    }
  date = g_strdup_printf ("%04d-12-31", year);
  return list_units_on (db, date, error);
}

/**
 * ntm_database_list_units:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * The units of today's year (ntm_clock_get_year()). Views and exports
 * that show a year call ntm_database_list_units_in_year() with it.
 *
 * Returns: (transfer full): a #GListModel of #NtmUnit
 */
GListModel *
ntm_database_list_units (NtmDatabase  *db,
                         GError      **error)
{
  return ntm_database_list_units_in_year (db, ntm_clock_get_year (), error);
}

/**
 * ntm_database_get_unit_on:
 * @db: a #NtmDatabase
 * @code: the unit's key (ntm_unit_get_code())
 * @iso_date: a date, "YYYY-MM-DD"
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the unit as it was on @iso_date, or %NULL with
 *   %NTM_DATABASE_ERROR_NOT_FOUND when it was not in force that day
 */
NtmUnit *
ntm_database_get_unit_on (NtmDatabase  *db,
                          const char   *code,
                          const char   *iso_date,
                          GError      **error)
{
  sqlite3_stmt *stmt;
  NtmUnit *unit;
  gboolean missing;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  if (!check_iso_date (iso_date, error))
    return NULL;

  stmt = ntm_database_prepare (db, UNITS_ON_DATE " AND u.code = ?3", error);
  if (stmt == NULL)
    return NULL;
  ntm_sql_bind_text (stmt, 1, iso_date);
  sqlite3_bind_int (stmt, 2, atoi (iso_date));
  ntm_sql_bind_text (stmt, 3, code);

  unit = unit_from_statement (db, stmt, &missing, error);
  if (missing)
    {
      g_autofree char *date = ntm_format_date (iso_date);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                   _("There is no unit with code “%s” on %s."), code, date);
    }
  return unit;
}

/**
 * ntm_database_find_unit:
 * @db: a #NtmDatabase
 * @code: a code as a person gives it: the official code, or a unit's key
 * @year: the year it is meant in
 * @error: return location for a #GError
 *
 * The same official code can name different units in different years
 * (18100 is Xã Thạch Hạ in 2024 and Phường Trần Phú from July 2025): this
 * finds the unit in force on 31 December of @year that has @code as its
 * key or, failing that, as its official code.
 *
 * Returns: (transfer full): the unit as it was that day, or %NULL with
 *   %NTM_DATABASE_ERROR_NOT_FOUND
 */
NtmUnit *
ntm_database_find_unit (NtmDatabase  *db,
                        const char   *code,
                        int           year,
                        GError      **error)
{
  g_autofree char *date = NULL;
  sqlite3_stmt *stmt;
  NtmUnit *unit;
  gboolean missing;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  date = g_strdup_printf ("%04d-12-31", year);
  stmt = ntm_database_prepare (db,
                               UNITS_ON_DATE " AND (u.code = ?3 OR u.official_code = ?3)"
                               " ORDER BY u.code = ?3 DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return NULL;
  ntm_sql_bind_text (stmt, 1, date);
  sqlite3_bind_int (stmt, 2, year);
  ntm_sql_bind_text (stmt, 3, code);

  unit = unit_from_statement (db, stmt, &missing, error);
  if (missing)
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                 _("No unit has the code “%s” in %d."), code, year);
  return unit;
}

/**
 * ntm_database_get_unit:
 * @db: a #NtmDatabase
 * @code: the unit's code
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the unit, or %NULL with
 *   %NTM_DATABASE_ERROR_NOT_FOUND
 */
NtmUnit *
ntm_database_get_unit (NtmDatabase  *db,
                       const char   *code,
                       GError      **error)
{
  sqlite3_stmt *stmt;
  NtmUnit *unit;
  gboolean missing;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  stmt = ntm_database_prepare (db, "SELECT " UNIT_COLUMNS " FROM unit WHERE code = ?1", error);
  if (stmt == NULL)
    return NULL;
  ntm_sql_bind_text (stmt, 1, code);

  unit = unit_from_statement (db, stmt, &missing, error);
  if (missing)
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                 _("There is no unit with code “%s”."), code);
  return unit;
}

/* ---------------------------------------------------------------------- */
/* Commune groups (Decision 51/2025)                                      */
/* ---------------------------------------------------------------------- */

/**
 * ntm_database_get_commune_group:
 * @db: a #NtmDatabase
 * @code: a unit's key
 * @year: a year
 * @error: return location for a #GError
 *
 * Returns: the unit's commune group (1, 2 or 3) in @year, or 0 when none
 *   is recorded (or on error, with @error set)
 */
int
ntm_database_get_commune_group (NtmDatabase  *db,
                                const char   *code,
                                int           year,
                                GError      **error)
{
  sqlite3_stmt *stmt;
  int group = 0;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), 0);
  g_return_val_if_fail (code != NULL, 0);

  stmt = ntm_database_prepare (db,
                               "SELECT commune_group FROM commune_group"
                               " WHERE unit_code = ?1 AND year_from <= ?2"
                               "   AND (year_to IS NULL OR year_to >= ?2)"
                               " ORDER BY year_from DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return 0;
  ntm_sql_bind_text (stmt, 1, code);
  sqlite3_bind_int (stmt, 2, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    group = sqlite3_column_int (stmt, 0);
  else if (rc != SQLITE_DONE)
    ntm_database_set_sqlite_error (db, error, NULL);
  sqlite3_reset (stmt);
  return group;
}

typedef struct {
  const char *code;
  int         year_from;
  int         year_to;     /* 0: open ended */
  int         group;       /* 0: clear */
  const char *source;
} GroupSpan;

#define OPEN_END 10000

/* Makes room for the span: rows it covers go, rows it cuts are trimmed
 * (one it falls inside is split in two). */
static gboolean
write_commune_group (NtmDatabase  *db,
                     gpointer      user_data,
                     GError      **error)
{
  GroupSpan *span = user_data;
  int to = span->year_to ? span->year_to : OPEN_END;
  g_autoptr(GArray) froms = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) tos = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (db,
                               "SELECT year_from, coalesce(year_to, 10000), commune_group, source"
                               " FROM commune_group WHERE unit_code = ?1"
                               "   AND year_from <= ?3 AND coalesce(year_to, 10000) >= ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, span->code);
  sqlite3_bind_int (stmt, 2, span->year_from);
  sqlite3_bind_int (stmt, 3, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int from = sqlite3_column_int (stmt, 0), upto = sqlite3_column_int (stmt, 1);
      int group = sqlite3_column_int (stmt, 2);

      g_array_append_val (froms, from);
      g_array_append_val (tos, upto);
      g_array_append_val (groups, group);
      g_ptr_array_add (sources, ntm_sql_dup_text (stmt, 3));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }

  for (guint i = 0; i < froms->len; i++)
    {
      int from = g_array_index (froms, int, i), upto = g_array_index (tos, int, i);

      stmt = ntm_database_prepare (db, "DELETE FROM commune_group WHERE unit_code = ?1 AND year_from = ?2", error);
      if (stmt == NULL)
        return FALSE;
      ntm_sql_bind_text (stmt, 1, span->code);
      sqlite3_bind_int (stmt, 2, from);
      if (!ntm_database_step_done (db, stmt, error))
        return FALSE;

      /* What lies before and after the span keeps its group. */
      for (int part = 0; part < 2; part++)
        {
          int a = part == 0 ? from : to + 1;
          int b = part == 0 ? span->year_from - 1 : upto;

          if (a > b || (part == 1 && to == OPEN_END))
            continue;
          stmt = ntm_database_prepare (db,
                                       "INSERT INTO commune_group (unit_code, year_from, year_to,"
                                       "                           commune_group, source)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5)",
                                       error);
          if (stmt == NULL)
            return FALSE;
          ntm_sql_bind_text (stmt, 1, span->code);
          sqlite3_bind_int (stmt, 2, a);
          if (b >= OPEN_END)
            sqlite3_bind_null (stmt, 3);
          else
            sqlite3_bind_int (stmt, 3, b);
          sqlite3_bind_int (stmt, 4, g_array_index (groups, int, i));
          ntm_sql_bind_text (stmt, 5, g_ptr_array_index (sources, i));
          if (!ntm_database_step_done (db, stmt, error))
            return FALSE;
        }
    }

  if (span->group == 0)
    return TRUE;

  stmt = ntm_database_prepare (db,
                               "INSERT INTO commune_group (unit_code, year_from, year_to, commune_group, source)"
                               " VALUES (?1, ?2, ?3, ?4, ?5)",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, span->code);
  sqlite3_bind_int (stmt, 2, span->year_from);
  if (span->year_to)
    sqlite3_bind_int (stmt, 3, span->year_to);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_int (stmt, 4, span->group);
  ntm_sql_bind_text (stmt, 5, span->source ? span->source : "");
  return ntm_database_step_done (db, stmt, error);
}

/**
 * ntm_database_set_commune_group:
 * @db: a #NtmDatabase
 * @code: a commune's key
 * @year_from: the first year of the span
 * @year_to: the last year, or 0 for "from @year_from on"
 * @commune_group: 1, 2 or 3; 0 clears the span
 * @source: (nullable): the decision or list that set it
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID,
 *   %NTM_DATABASE_ERROR_NOT_FOUND)
 *
 * Records a commune's group under Decision 51/2025 for a span of years, in
 * one transaction: other spans keep their groups outside it. Only a
 * commune (xã) in force in @year_from has a group.
 *
 * Returns: %TRUE if recorded
 */
gboolean
ntm_database_set_commune_group (NtmDatabase  *db,
                                const char   *code,
                                int           year_from,
                                int           year_to,
                                int           commune_group,
                                const char   *source,
                                GError      **error)
{
  g_autoptr(NtmUnit) unit = NULL;
  g_autofree char *date = NULL;
  GroupSpan span = { code, year_from, year_to, commune_group, source };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (commune_group < 0 || commune_group > 3)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("A commune group is 1, 2 or 3 (not %d)."), commune_group);
      return FALSE;
    }
  if (year_from < 2000 || year_from > 2100 || (year_to != 0 && (year_to < year_from || year_to > 2100)))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Give the years of the group between 2000 and 2100, the first not after the last."));
      return FALSE;
    }

  date = g_strdup_printf ("%04d-12-31", year_from);
  unit = ntm_database_get_unit_on (db, code, date, error);
  if (unit == NULL)
    return FALSE;
  if (ntm_unit_get_kind (unit) != NTM_UNIT_KIND_COMMUNE)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("%s is not a commune (xã): only communes have a commune group."),
                   ntm_unit_get_name (unit));
      return FALSE;
    }

  return ntm_database_run_transaction (db, NTM_AREA_UNITS, write_commune_group, &span, error);
}

/**
 * ntm_commune_group_get_label:
 * @commune_group: 1, 2 or 3, or 0 for none
 *
 * Returns: the group's name as people read it ("Group 2"), translated;
 *   for 0, that none is on record
 */
const char *
ntm_commune_group_get_label (int commune_group)
{
  switch (commune_group)
    {
    case 1: return _("Group 1");
    case 2: return _("Group 2");
    case 3: return _("Group 3");
    default: return _("No group on record");
    }
}

/**
 * ntm_commune_group_span_free:
 * @span: (nullable): a span from ntm_database_list_commune_groups()
 */
void
ntm_commune_group_span_free (NtmCommuneGroupSpan *span)
{
  if (span == NULL)
    return;
  g_free (span->unit_code);
  g_free (span->source);
  g_free (span);
}

/**
 * ntm_database_list_commune_groups:
 * @db: a #NtmDatabase
 * @code: (nullable): a unit's key, or %NULL for every unit
 * @error: return location for a #GError
 *
 * The spans of years over which communes were in each group, as recorded
 * (what ntm_database_set_commune_group() wrote), by unit and first year.
 *
 * Returns: (transfer full) (element-type NtmCommuneGroupSpan): the spans,
 *   or %NULL with @error set
 */
GPtrArray *
ntm_database_list_commune_groups (NtmDatabase  *db,
                                  const char   *code,
                                  GError      **error)
{
  g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_commune_group_span_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT unit_code, year_from, coalesce(year_to, 0), commune_group, source"
                               " FROM commune_group WHERE ?1 IS NULL OR unit_code = ?1"
                               " ORDER BY unit_code, year_from",
                               error);
  if (stmt == NULL)
    return NULL;
  ntm_sql_bind_text (stmt, 1, code);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NtmCommuneGroupSpan *span = g_new0 (NtmCommuneGroupSpan, 1);

      span->unit_code = ntm_sql_dup_text (stmt, 0);
      span->year_from = sqlite3_column_int (stmt, 1);
      span->year_to = sqlite3_column_int (stmt, 2);
      span->commune_group = sqlite3_column_int (stmt, 3);
      span->source = ntm_sql_dup_text (stmt, 4);
      g_ptr_array_add (spans, span);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }
  return g_steal_pointer (&spans);
}

/**
 * ntm_unit_dates_in_force_on:
 * @valid_from: (nullable): the first day in force (ISO), or %NULL for ever
 * @valid_to: (nullable): the last day in force (ISO), or %NULL for still
 * @iso_date: the day asked about
 *
 * The one rule for "in force on a day", both ends included: a unit (or a
 * spell of its attributes) whose last day is 30 June 2025 is in force on
 * that day and not on the next. The statements listing units call it too
 * (as the SQL function ntm_in_force()).
 *
 * Returns: %TRUE when in force on @iso_date
 */
gboolean
ntm_unit_dates_in_force_on (const char *valid_from,
                            const char *valid_to,
                            const char *iso_date)
{
  if (iso_date == NULL)
    return FALSE;
  if (is_set (valid_from) && strcmp (valid_from, iso_date) > 0)
    return FALSE;
  if (is_set (valid_to) && strcmp (valid_to, iso_date) < 0)
    return FALSE;
  return TRUE;
}

/**
 * ntm_unit_dates_in_force_in_year:
 * @valid_from: (nullable): the first day in force (ISO)
 * @valid_to: (nullable): the last day in force (ISO)
 * @year: a year
 *
 * Returns: %TRUE when in force on 31 December of @year, the day "the year
 *   shown" stands for
 */
gboolean
ntm_unit_dates_in_force_in_year (const char *valid_from,
                                 const char *valid_to,
                                 int         year)
{
  char date[16];

  g_snprintf (date, sizeof date, "%04d-12-31", year);
  return ntm_unit_dates_in_force_on (valid_from, valid_to, date);
}

/**
 * ntm_unit_is_in_force_in_year:
 * @self: a #NtmUnit
 * @year: a year
 *
 * Returns: %TRUE when @self is in force on 31 December of @year
 */
gboolean
ntm_unit_is_in_force_in_year (NtmUnit *self,
                              int      year)
{
  g_return_val_if_fail (NTM_IS_UNIT (self), FALSE);

  return ntm_unit_dates_in_force_in_year (self->valid_from, self->valid_to, year);
}

/**
 * ntm_database_list_units_on_record:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Every unit on record, whatever its dates, with its own attributes (not
 * those of a spell): for a map that shows several years.
 *
 * Returns: (transfer full): a #GListModel of #NtmUnit
 */
GListModel *
ntm_database_list_units_on_record (NtmDatabase  *db,
                                   GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT " UNIT_COLUMNS " FROM unit"
                               " ORDER BY CASE kind WHEN 'province' THEN 0 ELSE 1 END,"
                               "          CASE WHEN kind IN ('district', 'town', 'city')"
                               "               THEN CAST(code AS INTEGER)"
                               "               ELSE CAST(parent_code AS INTEGER) END,"
                               "          CASE WHEN kind IN ('district', 'town', 'city') THEN 0 ELSE 1 END,"
                               "          CAST(coalesce(official_code, code) AS INTEGER), code",
                               error);
  if (stmt == NULL)
    return NULL;
  return units_from_statement (db, stmt, error);
}
