/* ntm-geometry.c: unit boundaries, stored and read back
 *
 * Boundaries are kept in WGS 84 as little-endian WKB, one row per unit and
 * zoom band. Reading them back gives NtmShape: every ring of a polygon or
 * multipolygon in one array, to be filled and hit-tested with the even-odd
 * rule, so that holes work whichever way the rings of the file turn.
 *
 * An import replaces the stored boundaries of the levels it brings (the
 * communes, wards and townships, or the districts, towns and the city),
 * never those of another level: importing the 13 district outlines leaves
 * the commune outlines where they are. Every import that writes is
 * preceded by a backup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ntm-attainment.h"
#include "ntm-backup.h"
#include "ntm-database-private.h"
#include "ntm-geometry.h"
#include "ntm-geometry-private.h"

G_DEFINE_QUARK (ntm-geometry-error-quark, ntm_geometry_error)

#define WKB_POLYGON 3
#define WKB_MULTIPOLYGON 6

/* Tolerances in degrees (about 20 m, 100 m and 400 m at Hà Tĩnh's
 * latitude), each below one pixel at the zooms its band is drawn at. */
static const double band_tolerances[NTM_GEOMETRY_N_BANDS] = { 0.0, 0.0002, 0.001, 0.004 };

/* ---------------------------------------------------------------------- */
/* WKB reading                                                            */
/* ---------------------------------------------------------------------- */

typedef struct {
  const guint8 *data;
  gsize         size;
  gsize         pos;
  gboolean      little;
  GArray       *points;
  GArray       *ring_start;
} WkbReader;

static gboolean
wkb_read_u32 (WkbReader *r,
              guint32   *out)
{
  guint32 v;

  if (r->size - r->pos < 4)
    return FALSE;
  memcpy (&v, r->data + r->pos, 4);
  r->pos += 4;
  *out = r->little ? GUINT32_FROM_LE (v) : GUINT32_FROM_BE (v);
  return TRUE;
}

static gboolean
wkb_read_double (WkbReader *r,
                 double    *out)
{
  guint64 v;

  if (r->size - r->pos < 8)
    return FALSE;
  memcpy (&v, r->data + r->pos, 8);
  r->pos += 8;
  v = r->little ? GUINT64_FROM_LE (v) : GUINT64_FROM_BE (v);
  memcpy (out, &v, 8);
  return TRUE;
}

static gboolean
wkb_read_header (WkbReader *r,
                 guint32   *type)
{
  if (r->pos >= r->size)
    return FALSE;
  r->little = r->data[r->pos++] == 1;
  return wkb_read_u32 (r, type);
}

static gboolean
wkb_read_polygon_body (WkbReader *r)
{
  guint32 n_rings;

  if (!wkb_read_u32 (r, &n_rings) || n_rings > (r->size - r->pos) / 4)
    return FALSE;

  for (guint32 i = 0; i < n_rings; i++)
    {
      guint32 n_points;
      guint start = r->points->len / 2;

      if (!wkb_read_u32 (r, &n_points) || n_points > (r->size - r->pos) / 16)
        return FALSE;
      if (n_points == 0)
        continue;

      g_array_append_val (r->ring_start, start);
      for (guint32 j = 0; j < n_points; j++)
        {
          double xy[2];

          if (!wkb_read_double (r, &xy[0]) || !wkb_read_double (r, &xy[1]))
            return FALSE;
          if (!isfinite (xy[0]) || !isfinite (xy[1]))
            return FALSE;
          g_array_append_vals (r->points, xy, 2);
        }
    }

  return TRUE;
}

static void
shape_compute_bounds (NtmShape *shape)
{
  shape->min_x = shape->min_y = G_MAXDOUBLE;
  shape->max_x = shape->max_y = -G_MAXDOUBLE;
  for (guint i = 0; i < shape->n_points; i++)
    {
      double x = shape->points[2 * i], y = shape->points[2 * i + 1];

      shape->min_x = MIN (shape->min_x, x);
      shape->max_x = MAX (shape->max_x, x);
      shape->min_y = MIN (shape->min_y, y);
      shape->max_y = MAX (shape->max_y, y);
    }
}

/* ---------------------------------------------------------------------- */
/* Public API: pure geometry                                              */
/* ---------------------------------------------------------------------- */

/**
 * ntm_geometry_band_tolerance:
 * @band: a zoom band
 *
 * Returns: the simplification tolerance of @band, in degrees
 */
double
ntm_geometry_band_tolerance (guint band)
{
  g_return_val_if_fail (band < NTM_GEOMETRY_N_BANDS, 0.0);
  return band_tolerances[band];
}

/**
 * ntm_geometry_band_for_zoom:
 * @zoom: a web-map zoom level
 *
 * Returns: the coarsest band whose tolerance stays below about a pixel
 */
guint
ntm_geometry_band_for_zoom (double zoom)
{
  if (zoom >= 13.0)
    return 0;
  if (zoom >= 11.0)
    return 1;
  if (zoom >= 9.0)
    return 2;
  return 3;
}

/**
 * ntm_geometry_to_mercator:
 * @lon: longitude in degrees
 * @lat: latitude in degrees
 * @x: (out): 0 at 180° W to 1 at 180° E
 * @y: (out): 0 at the north edge of the web map to 1 at its south edge
 *
 * Projects to web Mercator, scaled to the unit square.
 */
void
ntm_geometry_to_mercator (double  lon,
                          double  lat,
                          double *x,
                          double *y)
{
  double phi;

  lat = CLAMP (lat, -85.05112878, 85.05112878);
  phi = lat * G_PI / 180.0;
  *x = (lon + 180.0) / 360.0;
  *y = (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0;
}

void
ntm_geometry_from_mercator (double  x,
                            double  y,
                            double *lon,
                            double *lat)
{
  *lon = x * 360.0 - 180.0;
  *lat = atan (sinh (G_PI * (1.0 - 2.0 * y))) * 180.0 / G_PI;
}

/**
 * ntm_shape_new_from_wkb:
 * @data: well-known binary
 * @size: its length
 * @error: return location for a #GError
 *
 * Reads a 2D Polygon or MultiPolygon, in either byte order.
 *
 * Returns: (transfer full): the shape, or %NULL with @error set
 */
NtmShape *
ntm_shape_new_from_wkb (const guint8  *data,
                        gsize          size,
                        GError       **error)
{
  WkbReader r = { data, size, 0, TRUE, NULL, NULL };
  NtmShape *shape;
  guint32 type;
  gboolean ok = FALSE;

  g_return_val_if_fail (data != NULL || size == 0, NULL);

  r.points = g_array_new (FALSE, FALSE, sizeof (double));
  r.ring_start = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!wkb_read_header (&r, &type))
    goto out;

  if (type == WKB_POLYGON)
    ok = wkb_read_polygon_body (&r);
  else if (type == WKB_MULTIPOLYGON)
    {
      guint32 n_parts;

      ok = wkb_read_u32 (&r, &n_parts) && n_parts <= (size - r.pos) / 9;
      for (guint32 i = 0; ok && i < n_parts; i++)
        {
          guint32 part_type;

          ok = wkb_read_header (&r, &part_type) && part_type == WKB_POLYGON &&
               wkb_read_polygon_body (&r);
        }
    }
  else
    {
      g_set_error (error, NTM_GEOMETRY_ERROR, NTM_GEOMETRY_ERROR_UNSUPPORTED,
                   _("The outline is not a polygon (WKB type %u)."), type);
      g_array_unref (r.points);
      g_array_unref (r.ring_start);
      return NULL;
    }

out:
  if (!ok || r.points->len < 2 * 3)
    {
      g_set_error_literal (error, NTM_GEOMETRY_ERROR, NTM_GEOMETRY_ERROR_INVALID,
                           _("The stored outline is damaged."));
      g_array_unref (r.points);
      g_array_unref (r.ring_start);
      return NULL;
    }

  shape = g_new0 (NtmShape, 1);
  shape->n_rings = r.ring_start->len;
  shape->n_points = r.points->len / 2;
  {
    guint end = shape->n_points;
    g_array_append_val (r.ring_start, end);
  }
  shape->ring_start = (guint *) g_array_free (r.ring_start, FALSE);
  shape->points = (double *) g_array_free (r.points, FALSE);
  shape_compute_bounds (shape);
  return shape;
}

/**
 * ntm_shape_new_from_rings:
 * @points: x, y pairs of every ring, one after the other
 * @ring_sizes: the number of points of each ring
 * @n_rings: the number of rings
 *
 * Returns: (transfer full): a new shape
 */
NtmShape *
ntm_shape_new_from_rings (const double *points,
                          const guint  *ring_sizes,
                          guint         n_rings)
{
  NtmShape *shape = g_new0 (NtmShape, 1);
  guint total = 0;

  g_return_val_if_fail (points != NULL && ring_sizes != NULL, NULL);

  shape->n_rings = n_rings;
  shape->ring_start = g_new (guint, n_rings + 1);
  for (guint i = 0; i < n_rings; i++)
    {
      shape->ring_start[i] = total;
      total += ring_sizes[i];
    }
  shape->ring_start[n_rings] = total;
  shape->n_points = total;
  shape->points = g_memdup2 (points, sizeof (double) * 2 * total);
  shape_compute_bounds (shape);
  return shape;
}

NtmShape *
ntm_shape_copy (const NtmShape *shape)
{
  NtmShape *copy;

  g_return_val_if_fail (shape != NULL, NULL);

  copy = g_memdup2 (shape, sizeof *shape);
  copy->ring_start = g_memdup2 (shape->ring_start, sizeof (guint) * (shape->n_rings + 1));
  copy->points = g_memdup2 (shape->points, sizeof (double) * 2 * shape->n_points);
  return copy;
}

void
ntm_shape_free (NtmShape *shape)
{
  if (shape == NULL)
    return;
  g_free (shape->ring_start);
  g_free (shape->points);
  g_free (shape);
}

/**
 * ntm_shape_to_mercator:
 * @shape: a shape in longitude/latitude
 *
 * Projects @shape in place with ntm_geometry_to_mercator().
 */
void
ntm_shape_to_mercator (NtmShape *shape)
{
  g_return_if_fail (shape != NULL);

  for (guint i = 0; i < shape->n_points; i++)
    ntm_geometry_to_mercator (shape->points[2 * i], shape->points[2 * i + 1],
                              &shape->points[2 * i], &shape->points[2 * i + 1]);
  shape_compute_bounds (shape);
}

/* Whether (@x, @y) is inside ring @r of @shape: a ray from it crosses the
 * ring an odd number of times. */
static gboolean
ring_contains (const NtmShape *shape,
               guint           r,
               double          x,
               double          y)
{
  guint start = shape->ring_start[r], end = shape->ring_start[r + 1];
  gboolean inside = FALSE;

  for (guint i = start, j = end - 1; i < end; j = i++)
    {
      double xi = shape->points[2 * i], yi = shape->points[2 * i + 1];
      double xj = shape->points[2 * j], yj = shape->points[2 * j + 1];

      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
        inside = !inside;
    }
  return inside;
}

/* The area of ring @r, positive when it turns anticlockwise (x to the
 * right, y up). */
static double
ring_signed_area (const NtmShape *shape,
                  guint           r)
{
  guint start = shape->ring_start[r], end = shape->ring_start[r + 1];
  double area = 0;

  for (guint i = start, j = end - 1; i < end; j = i++)
    area += shape->points[2 * j] * shape->points[2 * i + 1] - shape->points[2 * i] * shape->points[2 * j + 1];
  return area / 2;
}

/**
 * ntm_shape_contains:
 * @shape: a shape
 * @x: a point's x
 * @y: a point's y
 *
 * Even-odd point-in-polygon test over all rings: a point in a hole is
 * outside, whichever way the rings turn.
 *
 * Returns: whether the point is inside
 */
gboolean
ntm_shape_contains (const NtmShape *shape,
                    double          x,
                    double          y)
{
  gboolean inside = FALSE;

  g_return_val_if_fail (shape != NULL, FALSE);

  if (x < shape->min_x || x > shape->max_x || y < shape->min_y || y > shape->max_y)
    return FALSE;

  for (guint r = 0; r < shape->n_rings; r++)
    if (ring_contains (shape, r, x, y))
      inside = !inside;
  return inside;
}

/**
 * ntm_shape_orient_rings:
 * @shape: a shape
 *
 * Turns every ring of @shape so that filling it with the non-zero rule
 * gives what the even-odd rule gives: a ring inside an even number of
 * others (an outer ring, an island in a hole) turns anticlockwise, a ring
 * inside an odd number (a hole) clockwise, whichever way the file turned
 * them. The map fills several units in one path: with the even-odd rule,
 * two units that overlap (the province and a district, or a district
 * drawn twice) would cancel each other out where both are; with the
 * non-zero rule on rings turned this way they add up.
 */
void
ntm_shape_orient_rings (NtmShape *shape)
{
  g_return_if_fail (shape != NULL);

  for (guint r = 0; r < shape->n_rings; r++)
    {
      guint start = shape->ring_start[r], end = shape->ring_start[r + 1];
      guint depth = 0;
      double area;

      if (end - start < 3)
        continue;
      for (guint q = 0; q < shape->n_rings; q++)
        if (q != r && shape->ring_start[q + 1] - shape->ring_start[q] >= 3 &&
            ring_contains (shape, q, shape->points[2 * start], shape->points[2 * start + 1]))
          depth++;
      area = ring_signed_area (shape, r);
      if ((area < 0) == (depth % 2 == 0))
        for (guint i = start, j = end - 1; i < j; i++, j--)
          {
            double tx = shape->points[2 * i], ty = shape->points[2 * i + 1];

            shape->points[2 * i] = shape->points[2 * j];
            shape->points[2 * i + 1] = shape->points[2 * j + 1];
            shape->points[2 * j] = tx;
            shape->points[2 * j + 1] = ty;
          }
    }
}

/**
 * ntm_shape_to_wkb:
 * @shape: a shape whose first ring is the outer ring and the others holes
 *
 * Returns: (transfer full): little-endian WKB of one polygon
 */
GBytes *
ntm_shape_to_wkb (const NtmShape *shape)
{
  GByteArray *out;
  guint32 v;

  g_return_val_if_fail (shape != NULL, NULL);

  out = g_byte_array_sized_new (9 + shape->n_rings * 4 + shape->n_points * 16);
  g_byte_array_append (out, (const guint8 *) "\001", 1);
  v = GUINT32_TO_LE (WKB_POLYGON);
  g_byte_array_append (out, (const guint8 *) &v, 4);
  v = GUINT32_TO_LE (shape->n_rings);
  g_byte_array_append (out, (const guint8 *) &v, 4);
  for (guint r = 0; r < shape->n_rings; r++)
    {
      guint start = shape->ring_start[r], end = shape->ring_start[r + 1];

      v = GUINT32_TO_LE (end - start);
      g_byte_array_append (out, (const guint8 *) &v, 4);
      for (guint i = start; i < end; i++)
        for (guint k = 0; k < 2; k++)
          {
            guint64 d;
            memcpy (&d, &shape->points[2 * i + k], 8);
            d = GUINT64_TO_LE (d);
            g_byte_array_append (out, (const guint8 *) &d, 8);
          }
    }

  return g_byte_array_free_to_bytes (out);
}

NtmBoundaryRecord *
ntm_boundary_record_new (const char *unit_code)
{
  NtmBoundaryRecord *record = g_new0 (NtmBoundaryRecord, 1);

  record->unit_code = g_strdup (unit_code);
  return record;
}

void
ntm_boundary_record_free (NtmBoundaryRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->unit_code);
  g_free (record->feature);
  for (guint i = 0; i < NTM_GEOMETRY_N_BANDS; i++)
    g_clear_pointer (&record->wkb[i], g_bytes_unref);
  g_free (record);
}

void
ntm_unit_boundary_free (NtmUnitBoundary *boundary)
{
  if (boundary == NULL)
    return;
  g_free (boundary->unit_code);
  ntm_shape_free (boundary->shape);
  g_free (boundary);
}

/* ---------------------------------------------------------------------- */
/* Public API: storage                                                    */
/* ---------------------------------------------------------------------- */

typedef struct {
  const char *file_name;
  const char *layer_name;
  guint       n_features;
  GPtrArray  *records;
} ReplaceData;

static gboolean
in_range (double lon, double lat)
{
  return isfinite (lon) && isfinite (lat) && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

/* The levels boundaries are replaced by: each unit's level, by the one
 * rule of ntm_unit_kind_is_*_level(). */
enum {
  LEVEL_COMMUNE  = 1 << 0,
  LEVEL_DISTRICT = 1 << 1,
  LEVEL_OTHER    = 1 << 2,
};

static guint
level_of_kind (const char *kind_text)
{
  NtmUnitKind kind;

  if (kind_text == NULL || !ntm_unit_kind_from_string (kind_text, &kind))
    return 0;
  if (ntm_unit_kind_is_commune_level (kind))
    return LEVEL_COMMUNE;
  if (ntm_unit_kind_is_district_level (kind))
    return LEVEL_DISTRICT;
  return LEVEL_OTHER;
}

static GPtrArray *
list_replaced (NtmDatabase  *db,
               GPtrArray    *unit_codes,
               GError      **error)
{
  g_autoptr(GPtrArray) replaced = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) incoming = g_hash_table_new (g_str_hash, g_str_equal);
  guint levels = 0;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (db, "SELECT kind FROM unit WHERE code = ?1", error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < unit_codes->len; i++)
    {
      const char *code = g_ptr_array_index (unit_codes, i);

      g_hash_table_add (incoming, (gpointer) code);
      sqlite3_reset (stmt);
      ntm_sql_bind_text (stmt, 1, code);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        levels |= level_of_kind ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);

  stmt = ntm_database_prepare (db,
                               "SELECT b.unit_code, u.kind FROM unit_boundary b"
                               " JOIN unit u ON u.code = b.unit_code ORDER BY b.unit_code",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);

      if ((level_of_kind ((const char *) sqlite3_column_text (stmt, 1)) & levels) != 0 ||
          g_hash_table_contains (incoming, code))
        g_ptr_array_add (replaced, g_strdup (code));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }
  return g_steal_pointer (&replaced);
}

static gboolean
replace_boundaries_cb (NtmDatabase  *db,
                       gpointer      user_data,
                       GError      **error)
{
  ReplaceData *data = user_data;
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GPtrArray) replaced = NULL;
  sqlite3_stmt *stmt;
  gint64 import_id;

  for (guint i = 0; i < data->records->len; i++)
    g_ptr_array_add (codes, ((NtmBoundaryRecord *) g_ptr_array_index (data->records, i))->unit_code);
  replaced = list_replaced (db, codes, error);
  if (replaced == NULL)
    return FALSE;

  for (guint i = 0; i < replaced->len; i++)
    for (guint table = 0; table < 2; table++)
      {
        stmt = ntm_database_prepare (db,
                                     table == 0 ? "DELETE FROM unit_boundary_shape WHERE unit_code = ?1"
                                                : "DELETE FROM unit_boundary WHERE unit_code = ?1",
                                     error);
        if (stmt == NULL)
          return FALSE;
        ntm_sql_bind_text (stmt, 1, g_ptr_array_index (replaced, i));
        if (!ntm_database_step_done (db, stmt, error))
          return FALSE;
      }

  stmt = ntm_database_prepare (db,
                               "INSERT INTO boundary_import (file_name, layer_name, features, matched, author)"
                               " VALUES (?1, ?2, ?3, ?4, ntm_user())",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, data->file_name);
  ntm_sql_bind_text (stmt, 2, data->layer_name ? data->layer_name : "");
  sqlite3_bind_int (stmt, 3, data->n_features);
  sqlite3_bind_int (stmt, 4, data->records->len);
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;
  import_id = sqlite3_last_insert_rowid (ntm_database_get_handle (db));

  for (guint i = 0; i < data->records->len; i++)
    {
      NtmBoundaryRecord *rec = g_ptr_array_index (data->records, i);

      if (!in_range (rec->min_lon, rec->min_lat) || !in_range (rec->max_lon, rec->max_lat) ||
          !in_range (rec->label_lon, rec->label_lat))
        {
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                       _("The boundary of unit %s lies outside the range of longitude and latitude."),
                       rec->unit_code);
          return FALSE;
        }

      stmt = ntm_database_prepare (db,
                                   "INSERT INTO unit_boundary (unit_code, min_lon, min_lat, max_lon, max_lat,"
                                   " label_lon, label_lat, import_id, feature)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      ntm_sql_bind_text (stmt, 1, rec->unit_code);
      sqlite3_bind_double (stmt, 2, rec->min_lon);
      sqlite3_bind_double (stmt, 3, rec->min_lat);
      sqlite3_bind_double (stmt, 4, rec->max_lon);
      sqlite3_bind_double (stmt, 5, rec->max_lat);
      sqlite3_bind_double (stmt, 6, rec->label_lon);
      sqlite3_bind_double (stmt, 7, rec->label_lat);
      sqlite3_bind_int64 (stmt, 8, import_id);
      ntm_sql_bind_text (stmt, 9, rec->feature ? rec->feature : "");
      if (!ntm_database_step_done (db, stmt, error))
        return FALSE;

      for (guint band = 0; band < NTM_GEOMETRY_N_BANDS; band++)
        {
          g_autoptr(NtmShape) shape = NULL;
          gsize size;
          const guint8 *bytes;

          if (rec->wkb[band] == NULL)
            continue;
          bytes = g_bytes_get_data (rec->wkb[band], &size);
          shape = ntm_shape_new_from_wkb (bytes, size, error);
          if (shape == NULL)
            return FALSE;

          stmt = ntm_database_prepare (db,
                                       "INSERT INTO unit_boundary_shape (unit_code, band, n_points, wkb)"
                                       " VALUES (?1, ?2, ?3, ?4)",
                                       error);
          if (stmt == NULL)
            return FALSE;
          ntm_sql_bind_text (stmt, 1, rec->unit_code);
          sqlite3_bind_int (stmt, 2, band);
          sqlite3_bind_int (stmt, 3, shape->n_points);
          sqlite3_bind_blob (stmt, 4, bytes, size, SQLITE_STATIC);
          if (!ntm_database_step_done (db, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * ntm_database_replace_boundaries:
 * @db: a #NtmDatabase
 * @file_name: the file the boundaries come from (its base name)
 * @layer_name: (nullable): the layer within the file
 * @n_features: how many features the file held
 * @records: (element-type NtmBoundaryRecord): one record per unit
 * @error: return location for a #GError
 *
 * Stores @records, replacing the stored boundaries of their units' levels
 * (see ntm_database_list_replaced_boundaries()) and no other, in one
 * transaction: either all of them are stored, or nothing changes. The
 * database is backed up first; if that fails, nothing is imported.
 * Emits #NtmDatabase::changed with %NTM_AREA_BOUNDARIES.
 *
 * Returns: %TRUE if committed
 */
gboolean
ntm_database_replace_boundaries (NtmDatabase  *db,
                                 const char   *file_name,
                                 const char   *layer_name,
                                 guint         n_features,
                                 GPtrArray    *records,
                                 GError      **error)
{
  ReplaceData data = { file_name, layer_name, n_features, records };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (file_name != NULL, FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  if (!ntm_database_is_read_only (db))
    {
      g_autoptr(GError) backup_error = NULL;
      g_autoptr(NtmBackup) backup = ntm_backup_make (db, NTM_BACKUP_REASON_IMPORT, &backup_error);

      if (backup == NULL)
        {
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_FAILED,
                       _("The database could not be backed up before the import (%s), so nothing was imported."),
                       backup_error->message);
          return FALSE;
        }
    }

  return ntm_database_run_transaction (db, NTM_AREA_BOUNDARIES, replace_boundaries_cb, &data, error);
}

/**
 * ntm_database_list_replaced_boundaries:
 * @db: a #NtmDatabase
 * @unit_codes: (element-type utf8): the units an import would give a
 *   boundary
 * @error: return location for a #GError
 *
 * Says, before anything is written, which stored boundaries importing
 * boundaries for @unit_codes would replace: those of every unit at the
 * levels of @unit_codes (commune level, district level), and of those units
 * themselves. Boundaries of other levels are kept.
 *
 * Returns: (transfer full) (element-type utf8): the unit codes whose
 *   stored boundary would be replaced or removed
 */
GPtrArray *
ntm_database_list_replaced_boundaries (NtmDatabase  *db,
                                       GPtrArray    *unit_codes,
                                       GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (unit_codes != NULL, NULL);

  return list_replaced (db, unit_codes, error);
}

/**
 * ntm_database_read_boundaries:
 * @db: a #NtmDatabase
 * @sql: a query with the band as ?1 giving, for each unit, its code, the
 *   longitude and latitude of its label and the WKB of its boundary
 * @band: the zoom band
 * @error: return location for a #GError
 *
 * What every reader of boundaries does with its query's rows. A boundary
 * whose WKB cannot be read is left out with a warning.
 *
 * Returns: (transfer full) (element-type NtmUnitBoundary): the boundaries,
 *   in the query's order
 */
GPtrArray *
ntm_database_read_boundaries (NtmDatabase  *db,
                              const char   *sql,
                              guint         band,
                              GError      **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_unit_boundary_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (band < NTM_GEOMETRY_N_BANDS, NULL);

  stmt = ntm_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, band);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GError) local_error = NULL;
      NtmShape *shape = ntm_shape_new_from_wkb (sqlite3_column_blob (stmt, 3),
                                                sqlite3_column_bytes (stmt, 3),
                                                &local_error);
      NtmUnitBoundary *boundary;

      if (shape == NULL)
        {
          g_warning ("Boundary of %s: %s", sqlite3_column_text (stmt, 0), local_error->message);
          continue;
        }
      boundary = g_new0 (NtmUnitBoundary, 1);
      boundary->unit_code = ntm_sql_dup_text (stmt, 0);
      boundary->label_lon = sqlite3_column_double (stmt, 1);
      boundary->label_lat = sqlite3_column_double (stmt, 2);
      boundary->shape = shape;
      g_ptr_array_add (result, boundary);
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
 * ntm_database_load_boundaries:
 * @db: a #NtmDatabase
 * @band: the zoom band
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type NtmUnitBoundary): the boundaries
 *   imported and stored for @band, in longitude/latitude (for a unit's
 *   boundary, imported or shipped, see ntm_database_load_unit_boundaries())
 */
GPtrArray *
ntm_database_load_boundaries (NtmDatabase  *db,
                              guint         band,
                              GError      **error)
{
  return ntm_database_read_boundaries (db,
                                       "SELECT b.unit_code, b.label_lon, b.label_lat, s.wkb"
                                       " FROM unit_boundary b JOIN unit_boundary_shape s ON s.unit_code = b.unit_code"
                                       " WHERE s.band = ?1 ORDER BY b.unit_code",
                                       band, error);
}

/**
 * ntm_database_count_boundaries:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Returns: how many units have a stored boundary
 */
guint
ntm_database_count_boundaries (NtmDatabase  *db,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (NTM_IS_DATABASE (db), 0);

  stmt = ntm_database_prepare (db, "SELECT count(*) FROM unit_boundary", error);
  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

/**
 * ntm_database_get_boundary_source:
 * @db: a #NtmDatabase
 * @file_name: (out) (optional): the file of the last import
 * @imported_at: (out) (optional): when it was imported (ISO 8601)
 * @error: return location for a #GError
 *
 * Returns: %TRUE when boundaries have been imported
 */
gboolean
ntm_database_get_boundary_source (NtmDatabase  *db,
                                  char        **file_name,
                                  char        **imported_at,
                                  GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  stmt = ntm_database_prepare (db,
                               "SELECT file_name, imported_at FROM boundary_import"
                               " WHERE id = (SELECT max(import_id) FROM unit_boundary)",
                               error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      found = TRUE;
      if (file_name)
        *file_name = ntm_sql_dup_text (stmt, 0);
      if (imported_at)
        *imported_at = ntm_sql_dup_text (stmt, 1);
    }
  else if (rc != SQLITE_DONE)
    ntm_database_set_sqlite_error (db, error, NULL);
  sqlite3_reset (stmt);
  return found;
}

/**
 * ntm_database_load_boundary_records:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Every stored boundary as it was stored: bounds, label point, the
 * feature's name and the WKB of each band. What ntm_database_replace_boundaries()
 * takes, so that a step that adds outlines (the dissolve of predecessors)
 * can hand back the others unchanged.
 *
 * Returns: (transfer full) (element-type NtmBoundaryRecord): the records,
 *   by unit
 */
GPtrArray *
ntm_database_load_boundary_records (NtmDatabase  *db,
                                    GError      **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_boundary_record_free);
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT unit_code, min_lon, min_lat, max_lon, max_lat, label_lon, label_lat, feature"
                               " FROM unit_boundary ORDER BY unit_code",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NtmBoundaryRecord *record = ntm_boundary_record_new ((const char *) sqlite3_column_text (stmt, 0));

      record->min_lon = sqlite3_column_double (stmt, 1);
      record->min_lat = sqlite3_column_double (stmt, 2);
      record->max_lon = sqlite3_column_double (stmt, 3);
      record->max_lat = sqlite3_column_double (stmt, 4);
      record->label_lon = sqlite3_column_double (stmt, 5);
      record->label_lat = sqlite3_column_double (stmt, 6);
      g_free (record->feature);
      record->feature = ntm_sql_dup_text (stmt, 7);
      g_ptr_array_add (records, record);
      g_hash_table_insert (by_code, record->unit_code, record);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto sql_error;

  stmt = ntm_database_prepare (db, "SELECT unit_code, band, wkb FROM unit_boundary_shape", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NtmBoundaryRecord *record = g_hash_table_lookup (by_code, sqlite3_column_text (stmt, 0));
      int band = sqlite3_column_int (stmt, 1);

      if (record == NULL || band < 0 || band >= NTM_GEOMETRY_N_BANDS)
        continue;
      g_clear_pointer (&record->wkb[band], g_bytes_unref);
      record->wkb[band] = g_bytes_new (sqlite3_column_blob (stmt, 2), sqlite3_column_bytes (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto sql_error;

  return g_steal_pointer (&records);

sql_error:
  ntm_database_set_sqlite_error (db, error, NULL);
  return NULL;
}
