/* ntm-boundary-file.c: a boundary file read through GDAL/OGR
 *
 * Reads what a provincial office holds (GeoJSON, Shapefile, GeoPackage,
 * KML, MapInfo) feature by feature, without loading a document tree:
 * reprojects every outline to WGS 84, repairs invalid ones, keeps polygons
 * and multipolygons with their holes, simplifies a copy per zoom band
 * (topology preserved) and finds a point inside for the label. Nothing is
 * written anywhere: a report is made from the result, and only what a
 * person confirms is stored.
 *
 * Runs in a worker thread: only GDAL, GLib and the file are touched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_error.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ntm-boundary-file.h"
#include "ntm-boundary-file-private.h"
#include "ntm-gdal-file-private.h"

struct _NtmBoundaryFile
{
  GObject            parent_instance;

  char              *path;
  char              *layer_name;
  char              *crs_name;
  gboolean           crs_assumed;
  GStrv              field_names;
  GPtrArray         *features;     /* of NtmBoundaryFeature */
  NtmBoundaryFields  fields;
};

G_DEFINE_FINAL_TYPE (NtmBoundaryFile, ntm_boundary_file, G_TYPE_OBJECT)
G_DEFINE_QUARK (ntm-boundary-error-quark, ntm_boundary_error)

/* Files larger than this are not commune boundaries. */
#define MAX_FILE_SIZE ((goffset) 2 * 1024 * 1024 * 1024)

static const char * const allowed_drivers[] = {
  "GeoJSON", "ESRI Shapefile", "GPKG", "KML", "LIBKML", "MapInfo File", NULL
};

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* A Shapefile's names and codes are in its .dbf: GDAL reads a .shp without
 * one as outlines with no fields, which would match nothing, silently.
 * Returns the .dbf's expected name when it is missing, or NULL. */
static char *
missing_dbf (const char *path)
{
  gsize stem;

  if (!g_str_has_suffix (path, ".shp") && !g_str_has_suffix (path, ".SHP") &&
      !g_str_has_suffix (path, ".Shp"))
    return NULL;
  stem = strlen (path) - 4;
  for (guint i = 0; i < 3; i++)
    {
      const char *endings[] = { ".dbf", ".DBF", ".Dbf" };
      g_autofree char *dbf = g_strdup_printf ("%.*s%s", (int) stem, path, endings[i]);

      if (g_file_test (dbf, G_FILE_TEST_IS_REGULAR))
        return NULL;
    }
  return g_strdup_printf ("%.*s.dbf", (int) stem, path);
}

static void
feature_free (gpointer data)
{
  NtmBoundaryFeature *feature = data;

  g_strfreev (feature->values);
  ntm_boundary_record_free (feature->record);
  g_free (feature->problem);
  g_free (feature);
}

static gboolean
is_polygonal (OGRwkbGeometryType type)
{
  type = wkbFlatten (type);
  return type == wkbPolygon || type == wkbMultiPolygon || type == wkbCurvePolygon ||
         type == wkbMultiSurface || type == wkbPolyhedralSurface || type == wkbTIN ||
         type == wkbTriangle;
}

/* Keeps the polygons of @geom (which it consumes) as a Polygon or
 * MultiPolygon in 2D; NULL when there are none. */
static OGRGeometryH
take_polygons (OGRGeometryH geom)
{
  OGRwkbGeometryType type;

  if (geom == NULL)
    return NULL;

  OGR_G_FlattenTo2D (geom);
  if (OGR_G_HasCurveGeometry (geom, FALSE))
    {
      OGRGeometryH linear = OGR_G_GetLinearGeometry (geom, 0, NULL);
      OGR_G_DestroyGeometry (geom);
      geom = linear;
      if (geom == NULL)
        return NULL;
    }

  type = wkbFlatten (OGR_G_GetGeometryType (geom));
  if (type == wkbPolygon || type == wkbMultiPolygon)
    return geom;

  if (type == wkbGeometryCollection || type == wkbMultiSurface || type == wkbPolyhedralSurface ||
      type == wkbTIN || type == wkbTriangle)
    {
      OGRGeometryH multi = OGR_G_CreateGeometry (wkbMultiPolygon);
      int n = OGR_G_GetGeometryCount (geom);

      if (type == wkbTriangle)
        {
          OGRGeometryH poly = OGR_G_ForceToPolygon (geom);
          OGR_G_AddGeometryDirectly (multi, poly);
          return multi;
        }
      for (int i = 0; i < n; i++)
        {
          OGRGeometryH part = OGR_G_GetGeometryRef (geom, i);
          OGRwkbGeometryType part_type = wkbFlatten (OGR_G_GetGeometryType (part));

          if (part_type == wkbPolygon || part_type == wkbTriangle)
            OGR_G_AddGeometryDirectly (multi, OGR_G_ForceToPolygon (OGR_G_Clone (part)));
          else if (part_type == wkbMultiPolygon)
            for (int j = 0; j < OGR_G_GetGeometryCount (part); j++)
              OGR_G_AddGeometry (multi, OGR_G_GetGeometryRef (part, j));
        }
      OGR_G_DestroyGeometry (geom);
      if (OGR_G_GetGeometryCount (multi) == 0)
        {
          OGR_G_DestroyGeometry (multi);
          return NULL;
        }
      return multi;
    }

  OGR_G_DestroyGeometry (geom);
  return NULL;
}

static GBytes *
geometry_to_wkb (OGRGeometryH geom)
{
  gsize size = OGR_G_WkbSize (geom);
  guint8 *buffer = g_malloc (size);

  if (OGR_G_ExportToWkb (geom, wkbNDR, buffer) != OGRERR_NONE)
    {
      g_free (buffer);
      return NULL;
    }
  return g_bytes_new_take (buffer, size);
}

static const char *
geometry_type_label (OGRwkbGeometryType type)
{
  switch (wkbFlatten (type))
    {
    case wkbPoint:
    case wkbMultiPoint:
      return _("points");
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
      return _("lines");
    default:
      return _("other shapes");
    }
}

static gboolean
in_range (const OGREnvelope *env)
{
  return env->MinX >= -180 && env->MaxX <= 180 && env->MinY >= -90 && env->MaxY <= 90 &&
         isfinite (env->MinX) && isfinite (env->MaxX) && isfinite (env->MinY) && isfinite (env->MaxY);
}

/* Turns one feature's geometry into a record; sets @problem otherwise. */
static NtmBoundaryRecord *
make_record (OGRGeometryH                  source,
             OGRCoordinateTransformationH  transform,
             char                        **problem,
             gboolean                     *repaired)
{
  g_autoptr(NtmBoundaryRecord) record = NULL;
  OGRGeometryH geom, label;
  OGREnvelope env;

  if (source == NULL || OGR_G_IsEmpty (source))
    {
      *problem = g_strdup (_("has no outline"));
      return NULL;
    }

  geom = take_polygons (OGR_G_Clone (source));
  if (geom == NULL)
    {
      *problem = g_strdup_printf (_("is not an area (it holds %s)"),
                                  geometry_type_label (OGR_G_GetGeometryType (source)));
      return NULL;
    }

  if (transform != NULL && OGR_G_Transform (geom, transform) != OGRERR_NONE)
    {
      OGR_G_DestroyGeometry (geom);
      *problem = g_strdup (_("could not be converted to longitude and latitude"));
      return NULL;
    }

  OGR_G_GetEnvelope (geom, &env);
  if (!in_range (&env))
    {
      OGR_G_DestroyGeometry (geom);
      *problem = g_strdup (_("has coordinates outside the range of longitude and latitude"));
      return NULL;
    }

  if (!OGR_G_IsValid (geom))
    {
      OGRGeometryH valid = take_polygons (OGR_G_MakeValid (geom));

      OGR_G_DestroyGeometry (geom);
      if (valid == NULL || OGR_G_IsEmpty (valid) || !OGR_G_IsValid (valid))
        {
          if (valid)
            OGR_G_DestroyGeometry (valid);
          *problem = g_strdup (_("is an invalid outline that could not be repaired"));
          return NULL;
        }
      geom = valid;
      *repaired = TRUE;
    }

  if (OGR_G_Area (geom) <= 0.0)
    {
      OGR_G_DestroyGeometry (geom);
      *problem = g_strdup (_("encloses no area"));
      return NULL;
    }

  record = ntm_boundary_record_new (NULL);
  OGR_G_GetEnvelope (geom, &env);
  record->min_lon = env.MinX;
  record->max_lon = env.MaxX;
  record->min_lat = env.MinY;
  record->max_lat = env.MaxY;

  label = OGR_G_PointOnSurface (geom);
  if (label != NULL && !OGR_G_IsEmpty (label))
    {
      record->label_lon = OGR_G_GetX (label, 0);
      record->label_lat = OGR_G_GetY (label, 0);
    }
  else
    {
      record->label_lon = (env.MinX + env.MaxX) / 2;
      record->label_lat = (env.MinY + env.MaxY) / 2;
    }
  if (label)
    OGR_G_DestroyGeometry (label);

  record->wkb[0] = geometry_to_wkb (geom);
  for (guint band = 1; band < NTM_GEOMETRY_N_BANDS; band++)
    {
      OGRGeometryH simple = OGR_G_SimplifyPreserveTopology (geom, ntm_geometry_band_tolerance (band));

      simple = take_polygons (simple);
      if (simple != NULL && !OGR_G_IsEmpty (simple))
        record->wkb[band] = geometry_to_wkb (simple);
      else
        record->wkb[band] = g_bytes_ref (record->wkb[band - 1]);
      if (simple)
        OGR_G_DestroyGeometry (simple);
    }

  OGR_G_DestroyGeometry (geom);
  return g_steal_pointer (&record);
}

/* Picks the layer with the most polygon features. */
static OGRLayerH
choose_layer (GDALDatasetH   dataset,
              GString       *other_types)
{
  OGRLayerH best = NULL;
  GIntBig best_count = -1;
  int n = GDALDatasetGetLayerCount (dataset);

  for (int i = 0; i < n; i++)
    {
      OGRLayerH layer = GDALDatasetGetLayer (dataset, i);
      OGRwkbGeometryType type = OGR_L_GetGeomType (layer);
      GIntBig count = OGR_L_GetFeatureCount (layer, TRUE);

      if (type != wkbUnknown && !is_polygonal (type))
        {
          if (other_types->len == 0)
            g_string_append (other_types, geometry_type_label (type));
          continue;
        }
      if (count > best_count)
        {
          best = layer;
          best_count = count;
        }
    }
  return best;
}

static OGRSpatialReferenceH
new_wgs84 (void)
{
  OGRSpatialReferenceH wgs84 = OSRNewSpatialReference (NULL);

  OSRSetWellKnownGeogCS (wgs84, "WGS84");
  OSRSetAxisMappingStrategy (wgs84, OAMS_TRADITIONAL_GIS_ORDER);
  return wgs84;
}

static NtmBoundaryFile *
read_file (const char    *path,
           GCancellable  *cancellable,
           gint          *progress,
           GError       **error)
{
  g_autoptr(NtmBoundaryFile) self = NULL;
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GString) other_types = g_string_new (NULL);
  NtmGdalFile gdal;
  OGRLayerH layer;
  OGRFeatureDefnH defn;
  OGRSpatialReferenceH source_srs, wgs84 = NULL;
  OGRCoordinateTransformationH transform = NULL;
  OGRFeatureH feature;
  GIntBig total;
  GStatBuf st;
  guint n_fields, n_usable = 0, n_out_of_range = 0;
  gboolean ok = FALSE;

  if (g_stat (path, &st) != 0)
    {
      g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_NOT_GEODATA,
                   _("“%s” cannot be read: %s"), display, g_strerror (errno));
      return NULL;
    }
  if (S_ISREG (st.st_mode) && st.st_size > MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (st.st_size);

      g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_TOO_BIG,
                   _("“%s” is too large (%s) to be a boundary file of the province’s units."),
                   display, size);
      return NULL;
    }

  {
    g_autofree char *dbf = missing_dbf (path);

    if (dbf != NULL)
      {
        g_autofree char *dbf_display = g_filename_display_name (dbf);
        g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_INCOMPLETE,
                     _("“%s” has no .dbf file beside it, so its features have no codes or names to match. Put “%s” (it comes with the .shp) in the same folder and import again."),
                     display, dbf_display);
          return NULL;
      }
  }

  ntm_gdal_file_begin (&gdal);
  if (!ntm_gdal_file_open (&gdal, path, allowed_drivers, NULL) &&
      GDALIdentifyDriverEx (path, GDAL_OF_VECTOR, allowed_drivers, NULL) != NULL)
    {
      g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_DAMAGED,
                   _("“%s” looks like a boundary file but is damaged or incomplete, so it cannot be read. Copy it again from its source."),
                   display);
      goto out;
    }
  if (gdal.dataset == NULL)
    {
      g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_NOT_GEODATA,
                   _("“%s” is not a boundary file that Ntm can read. Choose a GeoJSON, Shapefile (.shp with its .shx, .dbf and .prj), GeoPackage, KML or MapInfo file."),
                   display);
      goto out;
    }

  if (GDALDatasetGetLayerCount (gdal.dataset) == 0)
    {
      g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_EMPTY,
                   _("“%s” contains no layers: there is nothing to import."), display);
      goto out;
    }

  layer = choose_layer (gdal.dataset, other_types);
  if (layer == NULL)
    {
      g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_NO_AREAS,
                   _("“%s” holds %s, not areas. Boundaries must be polygons."),
                   display, other_types->len ? other_types->str : _("no shapes"));
      goto out;
    }

  total = OGR_L_GetFeatureCount (layer, TRUE);
  if (total == 0)
    {
      g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_EMPTY,
                   _("“%s” contains no features: there is nothing to import."), display);
      goto out;
    }
  if (total > NTM_BOUNDARY_MAX_FEATURES)
    {
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) total);
      g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_TOO_BIG,
                   _("“%s” holds %s features, more than a boundary file of the province’s units can have (at most %d)."),
                   display, count, NTM_BOUNDARY_MAX_FEATURES);
      goto out;
    }

  self = g_object_new (NTM_TYPE_BOUNDARY_FILE, NULL);
  self->path = g_strdup (path);
  self->layer_name = g_strdup (OGR_L_GetName (layer));

  defn = OGR_L_GetLayerDefn (layer);
  n_fields = OGR_FD_GetFieldCount (defn);
  self->field_names = g_new0 (char *, n_fields + 1);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *name = OGR_Fld_GetNameRef (OGR_FD_GetFieldDefn (defn, i));
      self->field_names[i] = g_utf8_validate (name, -1, NULL) ? g_strdup (name)
                                                                : g_strdup_printf ("field%u", i + 1);
    }

  wgs84 = new_wgs84 ();
  source_srs = OGR_L_GetSpatialRef (layer);
  if (source_srs != NULL)
    {
      self->crs_name = g_strdup (OSRGetName (source_srs));
      if (!OSRIsSame (source_srs, wgs84))
        {
          OGRSpatialReferenceH src = OSRClone (source_srs);

          OSRSetAxisMappingStrategy (src, OAMS_TRADITIONAL_GIS_ORDER);
          transform = OCTNewCoordinateTransformation (src, wgs84);
          OSRDestroySpatialReference (src);
          if (transform == NULL)
            {
              g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_NO_CRS,
                           _("The coordinates of “%s” are in “%s”, which cannot be converted to longitude and latitude."),
                           display, self->crs_name ? self->crs_name : "?");
              goto out;
            }
        }
    }
  else
    {
      OGREnvelope extent;

      if (OGR_L_GetExtent (layer, &extent, TRUE) != OGRERR_NONE || !in_range (&extent))
        {
          g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_NO_CRS,
                       _("“%s” does not say which coordinate system it uses, and its coordinates are not longitude and latitude (they may be VN-2000 metres). For a Shapefile, put its .prj file beside it; otherwise export the file again with its coordinate system."),
                       display);
          goto out;
        }
      self->crs_assumed = TRUE;
      self->crs_name = g_strdup ("WGS 84");
    }

  OGR_L_ResetReading (layer);
  while ((feature = OGR_L_GetNextFeature (layer)) != NULL)
    {
      NtmBoundaryFeature *f = g_new0 (NtmBoundaryFeature, 1);

      f->index = self->features->len + 1;
      f->values = g_new0 (char *, n_fields + 1);
      for (guint i = 0; i < n_fields; i++)
        {
          const char *value;

          if (!OGR_F_IsFieldSetAndNotNull (feature, i))
            continue;
          value = OGR_F_GetFieldAsString (feature, i);
          if (!g_utf8_validate (value, -1, NULL))
            {
              g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_ENCODING,
                           _("The text in “%s” is not in UTF-8 (field “%s” of feature %u), so Vietnamese names would come out garbled. Save the file again as UTF-8; for a Shapefile, a .cpg file naming its encoding also helps."),
                           display, self->field_names[i], f->index);
              OGR_F_Destroy (feature);
              feature_free (f);
              goto out;
            }
          /* the shared vector of values is NULL-terminated: keep unset as "" */
          f->values[i] = g_strdup (value);
        }
      for (guint i = 0; i < n_fields; i++)
        if (f->values[i] == NULL)
          f->values[i] = g_strdup ("");

      f->record = make_record (OGR_F_GetGeometryRef (feature), transform, &f->problem, &f->repaired);
      if (f->record != NULL)
        n_usable++;
      else if (f->problem != NULL && strstr (f->problem, "range") != NULL)
        n_out_of_range++;
      g_ptr_array_add (self->features, f);
      OGR_F_Destroy (feature);

      if (progress != NULL)
        g_atomic_int_set (progress, (gint) (1000.0 * self->features->len / MAX (total, 1)));

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
    }

  if (gdal.failures > 0)
    {
      g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_DAMAGED,
                   _("“%s” is damaged or incomplete and cannot be imported (%s)."),
                   display, gdal.messages->str);
      goto out;
    }

  if (self->features->len == 0)
    {
      g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_EMPTY,
                   _("“%s” contains no features: there is nothing to import."), display);
      goto out;
    }

  if (n_usable == 0)
    {
      if (n_out_of_range > 0)
        g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_OUT_OF_RANGE,
                     _("The coordinates in “%s” are outside the range of longitude and latitude. The file may say the wrong coordinate system."),
                     display);
      else
        g_set_error (error, NTM_BOUNDARY_ERROR, NTM_BOUNDARY_ERROR_NO_AREAS,
                     _("None of the %u features in “%s” is a usable area (the first %s)."),
                     self->features->len, display,
                     ((NtmBoundaryFeature *) g_ptr_array_index (self->features, 0))->problem);
      goto out;
    }

  ntm_boundary_fields_detect ((const char * const *) self->field_names, &self->fields);
  ok = TRUE;

out:
  if (transform)
    OCTDestroyCoordinateTransformation (transform);
  if (wgs84)
    OSRDestroySpatialReference (wgs84);
  ntm_gdal_file_end (&gdal);

  return ok ? g_steal_pointer (&self) : NULL;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_boundary_file_finalize (GObject *object)
{
  NtmBoundaryFile *self = NTM_BOUNDARY_FILE (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->layer_name, g_free);
  g_clear_pointer (&self->crs_name, g_free);
  g_clear_pointer (&self->field_names, g_strfreev);
  g_clear_pointer (&self->features, g_ptr_array_unref);
  ntm_boundary_fields_clear (&self->fields);

  G_OBJECT_CLASS (ntm_boundary_file_parent_class)->finalize (object);
}

static void
ntm_boundary_file_class_init (NtmBoundaryFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_boundary_file_finalize;
}

static void
ntm_boundary_file_init (NtmBoundaryFile *self)
{
  self->features = g_ptr_array_new_with_free_func (feature_free);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_boundary_file_read:
 * @path: the file
 * @cancellable: (nullable): a #GCancellable
 * @progress_permille: (nullable): set to 0–1000 as features are read
 *   (atomically, so another thread may watch it)
 * @error: return location for a #GError in %NTM_BOUNDARY_ERROR
 *
 * Reads every feature of the file's polygon layer. Features whose outline
 * cannot be used are kept, with the reason, so that none goes unreported.
 *
 * Returns: (transfer full): the file's contents, or %NULL with @error set
 */
NtmBoundaryFile *
ntm_boundary_file_read (const char    *path,
                        GCancellable  *cancellable,
                        gint          *progress_permille,
                        GError       **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  return read_file (path, cancellable, progress_permille, error);
}

/**
 * ntm_boundary_file_read_async:
 * @path: the file
 * @cancellable: (nullable): a #GCancellable
 * @progress_permille: (nullable): updated from the worker thread; must
 *   stay valid until @callback runs
 * @callback: called in the caller's main context when done
 * @user_data: for @callback
 *
 * Reads the file in a worker thread.
 */
void
ntm_boundary_file_read_async (const char          *path,
                              GCancellable        *cancellable,
                              gint                *progress_permille,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (path != NULL);

  ntm_file_read_in_thread (path, (NtmFileReader) ntm_boundary_file_read, ntm_boundary_file_read_async,
                           progress_permille, cancellable, callback, user_data);
}

NtmBoundaryFile *
ntm_boundary_file_read_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
ntm_boundary_file_get_path (NtmBoundaryFile *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_FILE (self), NULL);
  return self->path;
}

const char *
ntm_boundary_file_get_layer_name (NtmBoundaryFile *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_FILE (self), NULL);
  return self->layer_name;
}

const char *
ntm_boundary_file_get_crs_name (NtmBoundaryFile *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_FILE (self), NULL);
  return self->crs_name;
}

/**
 * ntm_boundary_file_get_crs_assumed:
 * @self: a #NtmBoundaryFile
 *
 * Returns: %TRUE when the file declared no coordinate system and its
 *   coordinates were read as WGS 84 longitude/latitude
 */
gboolean
ntm_boundary_file_get_crs_assumed (NtmBoundaryFile *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_FILE (self), FALSE);
  return self->crs_assumed;
}

const char * const *
ntm_boundary_file_get_field_names (NtmBoundaryFile *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_FILE (self), NULL);
  return (const char * const *) self->field_names;
}

guint
ntm_boundary_file_get_n_features (NtmBoundaryFile *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_FILE (self), 0);
  return self->features->len;
}

const NtmBoundaryFeature *
ntm_boundary_file_get_feature (NtmBoundaryFile *self,
                               guint            index)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_FILE (self), NULL);
  g_return_val_if_fail (index < self->features->len, NULL);
  return g_ptr_array_index (self->features, index);
}

const NtmBoundaryFields *
ntm_boundary_file_get_fields (NtmBoundaryFile *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_FILE (self), NULL);
  return &self->fields;
}

/**
 * ntm_boundary_file_set_fields:
 * @self: a #NtmBoundaryFile
 * @fields: the fields a person chose
 *
 * Overrides the detected fields (a chosen set is "sure").
 */
void
ntm_boundary_file_set_fields (NtmBoundaryFile         *self,
                              const NtmBoundaryFields *fields)
{
  NtmBoundaryFields copy = { 0 };

  g_return_if_fail (NTM_IS_BOUNDARY_FILE (self));
  g_return_if_fail (fields != NULL);

  copy.code = g_strdup (fields->code);
  copy.name = g_strdup (fields->name);
  copy.type = g_strdup (fields->type);
  copy.parent_code = g_strdup (fields->parent_code);
  copy.parent_name = g_strdup (fields->parent_name);
  copy.scheme = g_strdup ("chosen");
  copy.sure = TRUE;
  ntm_boundary_fields_clear (&self->fields);
  self->fields = copy;
}

/**
 * ntm_boundary_feature_get_value:
 * @self: a #NtmBoundaryFile
 * @feature: one of its features
 * @field: (nullable): a field name
 *
 * Returns: (nullable): the feature's value of @field
 */
const char *
ntm_boundary_feature_get_value (NtmBoundaryFile          *self,
                                const NtmBoundaryFeature *feature,
                                const char               *field)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_FILE (self), NULL);

  if (field == NULL)
    return NULL;
  for (guint i = 0; self->field_names[i] != NULL; i++)
    if (g_ascii_strcasecmp (self->field_names[i], field) == 0)
      return feature->values[i];
  return NULL;
}

/**
 * ntm_boundary_file_merge_records:
 * @self: a #NtmBoundaryFile
 * @features: (element-type NtmBoundaryFeature): the features of one unit
 * @unit_code: the unit
 *
 * Joins the outlines of several features that belong to one unit (a
 * commune drawn in parts) into one multipolygon per band.
 *
 * Returns: (transfer full): the record for the unit
 */
NtmBoundaryRecord *
ntm_boundary_file_merge_records (NtmBoundaryFile *self,
                                 GPtrArray       *features,
                                 const char      *unit_code)
{
  NtmBoundaryRecord *out;
  const NtmBoundaryFeature *first;
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (NTM_IS_BOUNDARY_FILE (self), NULL);
  g_return_val_if_fail (features != NULL && features->len > 0, NULL);

  first = g_ptr_array_index (features, 0);
  out = ntm_boundary_record_new (unit_code);
  out->min_lon = first->record->min_lon;
  out->max_lon = first->record->max_lon;
  out->min_lat = first->record->min_lat;
  out->max_lat = first->record->max_lat;
  /* the label goes on the largest part, wherever it comes in the file */
  {
    const NtmBoundaryFeature *largest = first;

    for (guint i = 1; i < features->len; i++)
      {
        const NtmBoundaryFeature *f = g_ptr_array_index (features, i);
        double area = (f->record->max_lon - f->record->min_lon) * (f->record->max_lat - f->record->min_lat);
        double best = (largest->record->max_lon - largest->record->min_lon) *
                      (largest->record->max_lat - largest->record->min_lat);

        if (area > best)
          largest = f;
      }
    out->label_lon = largest->record->label_lon;
    out->label_lat = largest->record->label_lat;
  }

  for (guint band = 0; band < NTM_GEOMETRY_N_BANDS; band++)
    {
      OGRGeometryH multi;

      if (features->len == 1)
        {
          out->wkb[band] = g_bytes_ref (first->record->wkb[band]);
          continue;
        }

      multi = OGR_G_CreateGeometry (wkbMultiPolygon);
      for (guint i = 0; i < features->len; i++)
        {
          const NtmBoundaryFeature *f = g_ptr_array_index (features, i);
          OGRGeometryH part = NULL;
          gsize size;
          const guint8 *data = g_bytes_get_data (f->record->wkb[band], &size);

          if (OGR_G_CreateFromWkb (data, NULL, &part, size) != OGRERR_NONE)
            continue;
          if (wkbFlatten (OGR_G_GetGeometryType (part)) == wkbPolygon)
            OGR_G_AddGeometryDirectly (multi, part);
          else
            {
              for (int j = 0; j < OGR_G_GetGeometryCount (part); j++)
                OGR_G_AddGeometry (multi, OGR_G_GetGeometryRef (part, j));
              OGR_G_DestroyGeometry (part);
            }
          if (band == 0)
            {
              out->min_lon = MIN (out->min_lon, f->record->min_lon);
              out->max_lon = MAX (out->max_lon, f->record->max_lon);
              out->min_lat = MIN (out->min_lat, f->record->min_lat);
              out->max_lat = MAX (out->max_lat, f->record->max_lat);
            }
        }
      out->wkb[band] = geometry_to_wkb (multi);
      OGR_G_DestroyGeometry (multi);
    }

  for (guint i = 0; i < features->len; i++)
    {
      const NtmBoundaryFeature *f = g_ptr_array_index (features, i);
      if (i > 0)
        g_string_append (names, " + ");
      g_string_append_printf (names, "#%u", f->index);
    }
  out->feature = g_string_free (g_steal_pointer (&names), FALSE);
  return out;
}

static const char *
find_field (const char * const *names,
            const char * const *candidates)
{
  for (guint c = 0; candidates[c] != NULL; c++)
    for (guint i = 0; names[i] != NULL; i++)
      if (g_ascii_strcasecmp (names[i], candidates[c]) == 0)
        return names[i];
  return NULL;
}

/**
 * ntm_boundary_fields_detect:
 * @field_names: the file's fields
 * @out: (out caller-allocates): the fields found
 *
 * Recognises GADM (GID_n/NAME_n/VARNAME_n/TYPE_n), OCHA (ADMn_PCODE,
 * ADMn_VI, ADMn_EN) and plain code/name/ma/ten fields. When none fits,
 * guesses and says so (@out->sure is %FALSE).
 */
void
ntm_boundary_fields_detect (const char * const *field_names,
                            NtmBoundaryFields  *out)
{
  static const char * const plain_codes[] = {
    "ma_xa", "maxa", "ma_dvhc", "madvhc", "ma_dv", "commune_code", "code", "ma", "ma_hc", "id_xa", NULL
  };
  static const char * const plain_names[] = {
    "ten_xa", "tenxa", "ten_dvhc", "tendvhc", "ten", "name", "name_vi", "commune", "xa", "ten_hc", NULL
  };
  static const char * const plain_types[] = { "loai", "type", "cap", "loai_dvhc", NULL };
  static const char * const plain_parent_codes[] = {
    "ma_huyen", "mahuyen", "district_code", "parent_code", "ma_dvhc_cha", NULL
  };
  static const char * const plain_parent_names[] = {
    "ten_huyen", "tenhuyen", "huyen", "district", "district_name", NULL
  };

  g_return_if_fail (field_names != NULL && out != NULL);

  memset (out, 0, sizeof *out);

  /* GADM: the deepest NAME_n, with the level above as parent */
  for (int level = 4; level >= 1; level--)
    {
      g_autofree char *name = g_strdup_printf ("NAME_%d", level);
      g_autofree char *type = g_strdup_printf ("TYPE_%d", level);
      g_autofree char *parent = g_strdup_printf ("NAME_%d", level - 1);
      g_autofree char *gid = g_strdup_printf ("GID_%d", level);
      const char *names[] = { name, NULL }, *types[] = { type, NULL }, *parents[] = { parent, NULL };
      const char *gids[] = { gid, NULL };

      if (find_field (field_names, names) && find_field (field_names, gids))
        {
          out->name = g_strdup (find_field (field_names, names));
          out->type = g_strdup (find_field (field_names, types));
          if (level >= 3)
            out->parent_name = g_strdup (find_field (field_names, parents));
          out->scheme = g_strdup ("GADM");
          out->sure = TRUE;
          return;
        }
    }

  /* OCHA: ADMn_PCODE with ADMn_VI or ADMn_EN */
  for (int level = 4; level >= 1; level--)
    {
      g_autofree char *pcode = g_strdup_printf ("ADM%d_PCODE", level);
      g_autofree char *vi = g_strdup_printf ("ADM%d_VI", level);
      g_autofree char *en = g_strdup_printf ("ADM%d_EN", level);
      g_autofree char *ppcode = g_strdup_printf ("ADM%d_PCODE", level - 1);
      g_autofree char *pvi = g_strdup_printf ("ADM%d_VI", level - 1);
      g_autofree char *pen = g_strdup_printf ("ADM%d_EN", level - 1);
      const char *codes[] = { pcode, NULL }, *names[] = { vi, en, NULL };
      const char *pcodes[] = { ppcode, NULL }, *pnames[] = { pvi, pen, NULL };

      if (find_field (field_names, codes))
        {
          out->code = g_strdup (find_field (field_names, codes));
          out->name = g_strdup (find_field (field_names, names));
          if (level >= 3)
            {
              out->parent_code = g_strdup (find_field (field_names, pcodes));
              out->parent_name = g_strdup (find_field (field_names, pnames));
            }
          out->scheme = g_strdup ("OCHA");
          out->sure = TRUE;
          return;
        }
    }

  out->code = g_strdup (find_field (field_names, plain_codes));
  out->name = g_strdup (find_field (field_names, plain_names));
  out->type = g_strdup (find_field (field_names, plain_types));
  out->parent_code = g_strdup (find_field (field_names, plain_parent_codes));
  out->parent_name = g_strdup (find_field (field_names, plain_parent_names));
  if (out->code != NULL || out->name != NULL)
    {
      out->scheme = g_strdup ("plain");
      out->sure = TRUE;
      return;
    }

  /* a guess: the first field, for a person to confirm or change */
  out->name = g_strdup (field_names[0]);
  out->scheme = g_strdup ("guess");
  out->sure = FALSE;
}

void
ntm_boundary_fields_clear (NtmBoundaryFields *fields)
{
  g_return_if_fail (fields != NULL);

  g_clear_pointer (&fields->code, g_free);
  g_clear_pointer (&fields->name, g_free);
  g_clear_pointer (&fields->type, g_free);
  g_clear_pointer (&fields->parent_code, g_free);
  g_clear_pointer (&fields->parent_name, g_free);
  g_clear_pointer (&fields->scheme, g_free);
  fields->sure = FALSE;
}

/**
 * ntm_boundary_record_from_geometry:
 * @geometry: a polygonal geometry in longitude/latitude (not taken)
 * @problem: (out) (optional): what is wrong with it, when it is refused
 *
 * The same repair, simplification and label point as an imported
 * feature's: for outlines Ntm makes itself (a dissolve of predecessors).
 *
 * Returns: (transfer full) (nullable): the record, without its unit code
 */
NtmBoundaryRecord *
ntm_boundary_record_from_geometry (OGRGeometryH   geometry,
                                   char         **problem)
{
  g_autofree char *why = NULL;
  gboolean repaired = FALSE;
  NtmBoundaryRecord *record = make_record (geometry, NULL, &why, &repaired);

  if (problem)
    *problem = g_steal_pointer (&why);
  return record;
}
