/* ntm-unit.c: an administrative unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ntm-core-enums.h"
#include "ntm-database-private.h"
#include "ntm-text.h"
#include "ntm-unit.h"

struct _NtmUnit
{
  GObject      parent_instance;

  char        *code;
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
  "code, name, kind, parent_code, lat, lon, region, commune_group, valid_from, valid_to, search_key"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

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
  if (g_str_equal (trimmed, self->code))
    return TRUE;
  return ntm_text_matches (self->search_key, trimmed);
}

/**
 * ntm_database_list_units:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Lists the units in force, each district-level unit followed by its
 * communes, wards and townships, in code order.
 *
 * Returns: (transfer full): a #GListModel of #NtmUnit
 */
GListModel *
ntm_database_list_units (NtmDatabase  *db,
                         GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_UNIT);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT " UNIT_COLUMNS " FROM unit"
                               " WHERE valid_to IS NULL"
                               " ORDER BY CASE kind WHEN 'province' THEN 0 ELSE 1 END,"
                               "          CASE WHEN kind IN ('district', 'town', 'city')"
                               "               THEN CAST(code AS INTEGER)"
                               "               ELSE CAST(parent_code AS INTEGER) END,"
                               "          CASE WHEN kind IN ('district', 'town', 'city') THEN 0 ELSE 1 END,"
                               "          CAST(code AS INTEGER), code",
                               error);
  if (stmt == NULL)
    return NULL;

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
  NtmUnit *unit = NULL;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  stmt = ntm_database_prepare (db, "SELECT " UNIT_COLUMNS " FROM unit WHERE code = ?1", error);
  if (stmt == NULL)
    return NULL;
  ntm_sql_bind_text (stmt, 1, code);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    unit = unit_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                 _("There is no unit with code “%s”."), code);
  else
    ntm_database_set_sqlite_error (db, error, NULL);
  sqlite3_reset (stmt);

  return unit;
}
