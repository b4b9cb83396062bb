/* ntm-outline.c: outlines shipped with Ntm, and each unit's boundary
 *
 * A new database draws the province's outline and its districts' out of
 * the box: the geoBoundaries outlines (boundary year 2016, CC BY-SA 4.0)
 * come with Ntm as embedded GeoJSON and are stored by a migration's data
 * step, so that existing databases get them too. They are kept apart from
 * the boundaries an office imports:
 *
 * - an outline naming exactly one unit serves as that unit's boundary, as
 *   long as the unit has no imported boundary of its own;
 * - an outline naming several units (Kỳ Anh district and Kỳ Anh town, one
 *   polygon from before 2015) serves none of them: both keep their
 *   symbols, and the outline is drawn as a line while any of them lacks a
 *   boundary of its own.
 *
 * ntm_database_load_unit_boundaries() is the one place that says which
 * outline is a unit's boundary; the map, the exports and --check use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ntm-database-private.h"
#include "ntm-geometry-private.h"
#include "ntm-json-private.h"
#include "ntm-outline.h"
#include "ntm-outline-private.h"

#define DEFAULT_RESOURCE "/com/example/Ntm/seed/hatinh-outlines-geoboundaries.geojson"
#define DEFAULT_FILE_NAME "hatinh-outlines-geoboundaries.geojson"

typedef struct {
  const char *source_key;
  const char *file_name;
  const char *text;
  gsize       length;
} StoreData;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
append_u32 (GByteArray *out,
            guint32     v)
{
  v = GUINT32_TO_LE (v);
  g_byte_array_append (out, (const guint8 *) &v, 4);
}

static void
append_double (GByteArray *out,
               double      d)
{
  guint64 v;

  memcpy (&v, &d, 8);
  v = GUINT64_TO_LE (v);
  g_byte_array_append (out, (const guint8 *) &v, 8);
}

typedef struct {
  GByteArray *wkb;
  guint       n_points;
  double      min_lon, min_lat, max_lon, max_lat;
} Outline;

/* Appends one polygon's rings (a GeoJSON array of rings) to the WKB. */
static gboolean
append_polygon (Outline        *out,
                const NtmJson  *rings,
                const char    **problem)
{
  guint n_rings = ntm_json_get_length (rings);

  if (ntm_json_get_kind (rings) != NTM_JSON_ARRAY || n_rings == 0)
    {
      *problem = _("has a polygon without rings");
      return FALSE;
    }
  g_byte_array_append (out->wkb, (const guint8 *) "\001", 1);
  append_u32 (out->wkb, 3);
  append_u32 (out->wkb, n_rings);
  for (guint r = 0; r < n_rings; r++)
    {
      const NtmJson *ring = ntm_json_get_item (rings, r);
      guint n = ntm_json_get_length (ring);

      if (ntm_json_get_kind (ring) != NTM_JSON_ARRAY || n < 4)
        {
          *problem = _("has a ring of fewer than four points");
          return FALSE;
        }
      append_u32 (out->wkb, n);
      for (guint i = 0; i < n; i++)
        {
          const NtmJson *position = ntm_json_get_item (ring, i);
          double lon, lat;

          if (!ntm_json_get_number (ntm_json_get_item (position, 0), &lon) ||
              !ntm_json_get_number (ntm_json_get_item (position, 1), &lat))
            {
              *problem = _("has a point that is not two numbers");
              return FALSE;
            }
          if (!isfinite (lon) || !isfinite (lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90)
            {
              *problem = _("has a point outside the range of longitude and latitude");
              return FALSE;
            }
          append_double (out->wkb, lon);
          append_double (out->wkb, lat);
          out->min_lon = MIN (out->min_lon, lon);
          out->max_lon = MAX (out->max_lon, lon);
          out->min_lat = MIN (out->min_lat, lat);
          out->max_lat = MAX (out->max_lat, lat);
          out->n_points++;
        }
    }
  return TRUE;
}

/* A feature's geometry as little-endian WKB of one multipolygon. */
static gboolean
geometry_to_outline (const NtmJson  *geometry,
                     Outline        *out,
                     const char    **problem)
{
  const char *type = ntm_json_get_string (ntm_json_get_member (geometry, "type"));
  const NtmJson *coordinates = ntm_json_get_member (geometry, "coordinates");
  gboolean multi = g_strcmp0 (type, "MultiPolygon") == 0;
  guint n_polygons;

  if (!multi && g_strcmp0 (type, "Polygon") != 0)
    {
      *problem = _("is not a polygon");
      return FALSE;
    }
  n_polygons = multi ? ntm_json_get_length (coordinates) : 1;
  if (ntm_json_get_kind (coordinates) != NTM_JSON_ARRAY || n_polygons == 0)
    {
      *problem = _("has no coordinates");
      return FALSE;
    }

  out->min_lon = out->min_lat = G_MAXDOUBLE;
  out->max_lon = out->max_lat = -G_MAXDOUBLE;
  g_byte_array_append (out->wkb, (const guint8 *) "\001", 1);
  append_u32 (out->wkb, 6);
  append_u32 (out->wkb, n_polygons);
  for (guint i = 0; i < n_polygons; i++)
    if (!append_polygon (out, multi ? ntm_json_get_item (coordinates, i) : coordinates, problem))
      return FALSE;
  return TRUE;
}

/* Where a single unit's label goes: its own point when that lies inside
 * the outline, else the middle of the outline's extent. */
static void
label_point (NtmDatabase   *db,
             const char    *unit_code,
             const Outline *outline,
             double        *lon,
             double        *lat)
{
  sqlite3_stmt *stmt;

  *lon = (outline->min_lon + outline->max_lon) / 2;
  *lat = (outline->min_lat + outline->max_lat) / 2;
  if (unit_code == NULL)
    return;

  stmt = ntm_database_prepare (db, "SELECT lon, lat FROM unit WHERE code = ?1 AND lon IS NOT NULL", NULL);
  if (stmt == NULL)
    return;
  ntm_sql_bind_text (stmt, 1, unit_code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      double ulon = sqlite3_column_double (stmt, 0), ulat = sqlite3_column_double (stmt, 1);
      g_autoptr(NtmShape) shape = ntm_shape_new_from_wkb (outline->wkb->data, outline->wkb->len, NULL);

      if (shape != NULL && ntm_shape_contains (shape, ulon, ulat))
        {
          *lon = ulon;
          *lat = ulat;
        }
    }
  sqlite3_reset (stmt);
}

static gboolean
unit_exists (NtmDatabase *db,
             const char  *code)
{
  return ntm_database_has_row (db, "SELECT 1 FROM unit WHERE code = ?1", code);
}

static gboolean
bad_feature (GError     **error,
             const char  *file_name,
             guint        index,
             const char  *problem)
{
  g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
               /* Translators: the outlines shipped with Ntm; %u is a feature's place in the file */
               _("The outline data “%s” is damaged: feature %u %s. Reinstall Ntm to repair it."),
               file_name, index, problem);
  return FALSE;
}

static gboolean
store_feature (NtmDatabase    *db,
               const char     *file_name,
               gint64          source_id,
               guint           index,
               const NtmJson  *feature,
               GError        **error)
{
  const NtmJson *properties = ntm_json_get_member (feature, "properties");
  const NtmJson *codes = ntm_json_get_member (properties, "codes");
  const char *code = ntm_json_get_string (ntm_json_get_member (properties, "code"));
  const char *name = ntm_json_get_string (ntm_json_get_member (properties, "name"));
  const char *level = ntm_json_get_string (ntm_json_get_member (properties, "level"));
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  g_autoptr(GByteArray) wkb = g_byte_array_new ();
  Outline outline = { wkb, 0, 0, 0, 0, 0 };
  const char *problem = NULL;
  sqlite3_stmt *stmt;
  double label_lon, label_lat;
  gint64 outline_id;

  if (code == NULL || *code == '\0' || name == NULL)
    return bad_feature (error, file_name, index, _("has no code or no name"));
  if (g_strcmp0 (level, "province") != 0 && g_strcmp0 (level, "district") != 0 &&
      g_strcmp0 (level, "commune") != 0)
    return bad_feature (error, file_name, index, _("has no level (province, district or commune)"));
  if (!geometry_to_outline (ntm_json_get_member (feature, "geometry"), &outline, &problem))
    return bad_feature (error, file_name, index, problem);

  /* the units it names: "codes" when it names several, else "code" */
  if (codes != NULL)
    for (guint i = 0; i < ntm_json_get_length (codes); i++)
      {
        const char *c = ntm_json_get_string (ntm_json_get_item (codes, i));
        if (c == NULL)
          return bad_feature (error, file_name, index, _("has a unit code that is not text"));
        if (unit_exists (db, c))
          g_ptr_array_add (units, (gpointer) c);
      }
  else if (unit_exists (db, code))
    g_ptr_array_add (units, (gpointer) code);

  label_point (db, units->len == 1 ? g_ptr_array_index (units, 0) : NULL, &outline, &label_lon, &label_lat);

  stmt = ntm_database_prepare (db,
                               "INSERT INTO outline (source_id, feature_code, name, level, min_lon, min_lat,"
                               " max_lon, max_lat, label_lon, label_lat, n_points, wkb)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, source_id);
  ntm_sql_bind_text (stmt, 2, code);
  ntm_sql_bind_text (stmt, 3, name);
  ntm_sql_bind_text (stmt, 4, level);
  sqlite3_bind_double (stmt, 5, outline.min_lon);
  sqlite3_bind_double (stmt, 6, outline.min_lat);
  sqlite3_bind_double (stmt, 7, outline.max_lon);
  sqlite3_bind_double (stmt, 8, outline.max_lat);
  sqlite3_bind_double (stmt, 9, label_lon);
  sqlite3_bind_double (stmt, 10, label_lat);
  sqlite3_bind_int (stmt, 11, outline.n_points);
  sqlite3_bind_blob (stmt, 12, wkb->data, wkb->len, SQLITE_STATIC);
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;
  outline_id = sqlite3_last_insert_rowid (ntm_database_get_handle (db));

  for (guint i = 0; i < units->len; i++)
    {
      stmt = ntm_database_prepare (db,
                                   "INSERT OR IGNORE INTO outline_unit (outline_id, unit_code) VALUES (?1, ?2)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, outline_id);
      ntm_sql_bind_text (stmt, 2, g_ptr_array_index (units, i));
      if (!ntm_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
store_outlines_cb (NtmDatabase  *db,
                   gpointer      user_data,
                   GError      **error)
{
  StoreData *data = user_data;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(NtmJson) root = ntm_json_parse (data->text, data->length, &local_error);
  const NtmJson *features;
  const char *licence;
  sqlite3_stmt *stmt;
  gint64 source_id;

  if (root == NULL)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The outline data “%s” cannot be read: %s"), data->file_name, local_error->message);
      return FALSE;
    }
  features = ntm_json_get_member (root, "features");
  if (g_strcmp0 (ntm_json_get_string (ntm_json_get_member (root, "type")), "FeatureCollection") != 0 ||
      ntm_json_get_kind (features) != NTM_JSON_ARRAY)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The outline data “%s” is not a GeoJSON feature collection."), data->file_name);
      return FALSE;
    }

  /* a source is stored whole, replacing what it stored before */
  stmt = ntm_database_prepare (db, "DELETE FROM outline_source WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, data->source_key);
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;
  stmt = ntm_database_prepare (db,
                               "INSERT INTO outline_source (key, file_name, licence) VALUES (?1, ?2, ?3)",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, data->source_key);
  ntm_sql_bind_text (stmt, 2, data->file_name);
  licence = ntm_json_get_string (ntm_json_get_member (root, "license"));
  ntm_sql_bind_text (stmt, 3, licence ? licence : "");
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;
  source_id = sqlite3_last_insert_rowid (ntm_database_get_handle (db));

  for (guint i = 0; i < ntm_json_get_length (features); i++)
    if (!store_feature (db, data->file_name, source_id, i + 1, ntm_json_get_item (features, i), error))
      return FALSE;
  return TRUE;
}

/* Every unit's boundary: the imported one, else a shipped outline that
 * names it alone. The shipped outlines are kept at full detail only: a
 * few thousand points, which the renderer thins per zoom as it draws. */
#define UNIT_BOUNDARIES_SQL \
  "SELECT b.unit_code, b.label_lon, b.label_lat, s.wkb" \
  " FROM unit_boundary b JOIN unit_boundary_shape s ON s.unit_code = b.unit_code" \
  " WHERE s.band = ?1" \
  " UNION ALL" \
  " SELECT u.unit_code, o.label_lon, o.label_lat, o.wkb" \
  " FROM outline o JOIN outline_unit u ON u.outline_id = o.id" \
  " WHERE (SELECT count(*) FROM outline_unit x WHERE x.outline_id = o.id) = 1" \
  "   AND NOT EXISTS (SELECT 1 FROM unit_boundary b WHERE b.unit_code = u.unit_code)" \
  " ORDER BY 1"

/* ---------------------------------------------------------------------- */
/* Internal API                                                           */
/* ---------------------------------------------------------------------- */

/**
 * ntm_outline_seed_default:
 * @db: a database being migrated
 * @user_data: unused
 * @error: return location for a #GError
 *
 * The data step of the outlines' migration: stores the outlines shipped
 * with Ntm. Runs inside the migration's transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_outline_seed_default (NtmDatabase  *db,
                          gpointer      user_data,
                          GError      **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (DEFAULT_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  StoreData data = { NTM_OUTLINE_SOURCE_GEOBOUNDARIES, DEFAULT_FILE_NAME, NULL, 0 };

  if (bytes == NULL)
    return FALSE;
  data.text = g_bytes_get_data (bytes, &data.length);
  return store_outlines_cb (db, &data, error);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_database_store_outlines:
 * @db: a #NtmDatabase
 * @source_key: the source, e.g. %NTM_OUTLINE_SOURCE_GEOBOUNDARIES
 * @file_name: the file's name, for messages
 * @geojson: a GeoJSON feature collection whose features carry "code",
 *   "name", "level" and, for an outline of several units, "codes"
 * @length: its length in bytes
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID)
 *
 * Stores a set of reference outlines in one transaction, replacing the
 * ones @source_key stored before. Damaged data changes nothing.
 *
 * Returns: %TRUE if committed
 */
gboolean
ntm_database_store_outlines (NtmDatabase  *db,
                             const char   *source_key,
                             const char   *file_name,
                             const char   *geojson,
                             gsize         length,
                             GError      **error)
{
  StoreData data = { source_key, file_name, geojson, length };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (source_key != NULL && file_name != NULL, FALSE);
  g_return_val_if_fail (geojson != NULL || length == 0, FALSE);

  return ntm_database_run_transaction (db, NTM_AREA_BOUNDARIES, store_outlines_cb, &data, error);
}

/**
 * ntm_database_load_unit_boundaries:
 * @db: a #NtmDatabase
 * @band: the zoom band
 * @error: return location for a #GError
 *
 * The one rule for a unit's boundary: the boundary imported for it, or
 * else a shipped outline that names it and no other unit.
 *
 * Returns: (transfer full) (element-type NtmUnitBoundary): one boundary
 *   per unit that has one, in longitude/latitude, ordered by unit code
 */
GPtrArray *
ntm_database_load_unit_boundaries (NtmDatabase  *db,
                                   guint         band,
                                   GError      **error)
{
  return ntm_database_read_boundaries (db, UNIT_BOUNDARIES_SQL, band, error);
}

/**
 * ntm_database_load_loose_outlines:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type NtmOutline): the shipped outlines
 *   that serve no unit on their own (they name none, or several) and are
 *   still needed: at least one of the units they name has no imported
 *   boundary
 */
GPtrArray *
ntm_database_load_loose_outlines (NtmDatabase  *db,
                                  GError      **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_outline_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT o.name, o.level, o.wkb,"
                               " (SELECT group_concat (unit_code, ' ') FROM outline_unit u WHERE u.outline_id = o.id)"
                               " FROM outline o"
                               " WHERE (SELECT count(*) FROM outline_unit u WHERE u.outline_id = o.id) != 1"
                               "   AND (NOT EXISTS (SELECT 1 FROM outline_unit u WHERE u.outline_id = o.id)"
                               "        OR EXISTS (SELECT 1 FROM outline_unit u WHERE u.outline_id = o.id"
                               "                   AND NOT EXISTS (SELECT 1 FROM unit_boundary b"
                               "                                   WHERE b.unit_code = u.unit_code)))"
                               " ORDER BY o.id",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NtmShape *shape = ntm_shape_new_from_wkb (sqlite3_column_blob (stmt, 2), sqlite3_column_bytes (stmt, 2), NULL);
      const char *codes = (const char *) sqlite3_column_text (stmt, 3);
      NtmOutline *outline;

      if (shape == NULL)
        continue;
      outline = g_new0 (NtmOutline, 1);
      outline->name = ntm_sql_dup_text (stmt, 0);
      outline->level = ntm_sql_dup_text (stmt, 1);
      outline->unit_codes = codes ? g_strsplit (codes, " ", -1) : g_new0 (char *, 1);
      outline->shape = shape;
      g_ptr_array_add (result, outline);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }
  return g_steal_pointer (&result);
}

/**
 * ntm_database_count_unit_boundaries:
 * @db: a #NtmDatabase
 * @province: (out): the province, if it has a boundary (0 or 1)
 * @district: (out): district-level units with a boundary
 * @commune: (out): commune-level units with a boundary
 * @error: return location for a #GError
 *
 * Counts the units with a boundary, imported or shipped, as
 * ntm_database_load_unit_boundaries() finds them.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_database_count_unit_boundaries (NtmDatabase  *db,
                                    guint        *province,
                                    guint        *district,
                                    guint        *commune,
                                    GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  *province = *district = *commune = 0;
  stmt = ntm_database_prepare (db,
                               "SELECT kind, count(*) FROM unit WHERE code IN"
                               " (SELECT unit_code FROM unit_boundary"
                               "  UNION SELECT u.unit_code FROM outline_unit u"
                               "  WHERE (SELECT count(*) FROM outline_unit x WHERE x.outline_id = u.outline_id) = 1)"
                               " GROUP BY kind",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 0);
      guint n = sqlite3_column_int (stmt, 1);

      if (g_strcmp0 (kind, "province") == 0)
        *province += n;
      else if (g_strcmp0 (kind, "district") == 0 || g_strcmp0 (kind, "town") == 0 || g_strcmp0 (kind, "city") == 0)
        *district += n;
      else
        *commune += n;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }
  return TRUE;
}

/**
 * ntm_outline_get_attribution:
 * @source_key: a source of shipped outlines
 *
 * Returns: (nullable): the attribution its licence asks for, translated
 */
const char *
ntm_outline_get_attribution (const char *source_key)
{
  if (g_strcmp0 (source_key, NTM_OUTLINE_SOURCE_GEOBOUNDARIES) == 0)
    return _("Boundaries © geoBoundaries (Runfola et al. 2020, www.geoboundaries.org), data: Open Development Mekong / "
             "Department of Survey and Mapping (boundary year 2016), CC BY-SA 4.0. Extracted and converted.");
  return NULL;
}

/**
 * ntm_database_dup_outline_attribution:
 * @db: a #NtmDatabase
 *
 * Returns: (transfer full) (nullable): the attribution of the shipped
 *   outlines the map draws (as a boundary or as a line), or %NULL when
 *   imported boundaries have replaced them all
 */
char *
ntm_database_dup_outline_attribution (NtmDatabase *db)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT DISTINCT s.key FROM outline_source s JOIN outline o ON o.source_id = s.id"
                               " WHERE NOT EXISTS (SELECT 1 FROM outline_unit u WHERE u.outline_id = o.id)"
                               "    OR EXISTS (SELECT 1 FROM outline_unit u WHERE u.outline_id = o.id"
                               "               AND NOT EXISTS (SELECT 1 FROM unit_boundary b"
                               "                               WHERE b.unit_code = u.unit_code))"
                               " ORDER BY s.key",
                               NULL);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *text = ntm_outline_get_attribution ((const char *) sqlite3_column_text (stmt, 0));
      if (text == NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, text);
    }
  sqlite3_reset (stmt);
  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

void
ntm_outline_free (NtmOutline *outline)
{
  if (outline == NULL)
    return;
  g_free (outline->name);
  g_free (outline->level);
  g_strfreev (outline->unit_codes);
  ntm_shape_free (outline->shape);
  g_free (outline);
}
