/* ntm-geometry.h: unit boundaries, stored and read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_GEOMETRY_ERROR (ntm_geometry_error_quark ())

typedef enum {
  NTM_GEOMETRY_ERROR_INVALID,
  NTM_GEOMETRY_ERROR_UNSUPPORTED,
} NtmGeometryError;

/* Band 0 is the full outline; each further band is simplified for a
 * smaller scale (see ntm_geometry_band_for_zoom()). */
#define NTM_GEOMETRY_N_BANDS 4

/* All rings of a polygon or multipolygon, filled with the even-odd rule:
 * so holes and ring orientation need no special care. */
typedef struct {
  guint   n_rings;
  guint   n_points;
  guint  *ring_start;  /* n_rings + 1 offsets into points, in points */
  double *points;      /* x, y pairs */
  double  min_x, min_y, max_x, max_y;
} NtmShape;

/* What is stored for one unit. */
typedef struct {
  char   *unit_code;
  char   *feature;            /* the feature's name in the file, for reference */
  double  min_lon, min_lat, max_lon, max_lat;
  double  label_lon, label_lat;
  GBytes *wkb[NTM_GEOMETRY_N_BANDS];
} NtmBoundaryRecord;

/* What is read back for one unit. */
typedef struct {
  char     *unit_code;
  double    label_lon, label_lat;
  NtmShape *shape;
} NtmUnitBoundary;

GQuark             ntm_geometry_error_quark        (void);

double             ntm_geometry_band_tolerance     (guint          band);
guint              ntm_geometry_band_for_zoom      (double         zoom);
void               ntm_geometry_to_mercator        (double         lon,
                                                    double         lat,
                                                    double        *x,
                                                    double        *y);
void               ntm_geometry_from_mercator      (double         x,
                                                    double         y,
                                                    double        *lon,
                                                    double        *lat);

NtmShape          *ntm_shape_new_from_wkb          (const guint8  *data,
                                                    gsize          size,
                                                    GError       **error);
NtmShape          *ntm_shape_copy                  (const NtmShape *shape);
void               ntm_shape_free                  (NtmShape      *shape);
void               ntm_shape_to_mercator           (NtmShape      *shape);
gboolean           ntm_shape_contains              (const NtmShape *shape,
                                                    double         x,
                                                    double         y);
void               ntm_shape_orient_rings          (NtmShape      *shape);

NtmBoundaryRecord *ntm_boundary_record_new         (const char    *unit_code);
void               ntm_boundary_record_free        (NtmBoundaryRecord *record);
void               ntm_unit_boundary_free          (NtmUnitBoundary *boundary);

gboolean           ntm_database_replace_boundaries (NtmDatabase   *db,
                                                    const char    *file_name,
                                                    const char    *layer_name,
                                                    guint          n_features,
                                                    GPtrArray     *records,
                                                    GError       **error);
GPtrArray         *ntm_database_list_replaced_boundaries (NtmDatabase *db,
                                                    GPtrArray     *unit_codes,
                                                    GError       **error);
GPtrArray         *ntm_database_load_boundary_records (NtmDatabase *db,
                                                    GError      **error);
gboolean           ntm_database_get_boundary_source (NtmDatabase  *db,
                                                    char         **file_name,
                                                    char         **imported_at,
                                                    GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NtmShape, ntm_shape_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NtmBoundaryRecord, ntm_boundary_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NtmUnitBoundary, ntm_unit_boundary_free)

G_END_DECLS
