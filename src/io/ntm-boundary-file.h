/* ntm-boundary-file.h: a boundary file read through GDAL/OGR
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-geometry.h"

G_BEGIN_DECLS

#define NTM_BOUNDARY_ERROR (ntm_boundary_error_quark ())

typedef enum {
  NTM_BOUNDARY_ERROR_NOT_GEODATA,
  NTM_BOUNDARY_ERROR_DAMAGED,
  NTM_BOUNDARY_ERROR_EMPTY,
  NTM_BOUNDARY_ERROR_NO_AREAS,
  NTM_BOUNDARY_ERROR_TOO_BIG,
  NTM_BOUNDARY_ERROR_NO_CRS,
  NTM_BOUNDARY_ERROR_OUT_OF_RANGE,
  NTM_BOUNDARY_ERROR_ENCODING,
  NTM_BOUNDARY_ERROR_NOTHING_MATCHED,
  NTM_BOUNDARY_ERROR_INCOMPLETE,     /* a Shapefile without its .dbf */
} NtmBoundaryError;

/* The fields that say which unit a feature is. NULL: not in the file. */
typedef struct {
  char     *code;
  char     *name;
  char     *type;
  char     *parent_code;
  char     *parent_name;
  gboolean  sure;           /* detection found a known naming scheme */
  char     *scheme;         /* "GADM", "OCHA", "plain" or "guess" */
} NtmBoundaryFields;

/* A feature as read: its attributes and its outline in every band. */
typedef struct {
  guint               index;        /* 1-based position in the file */
  GStrv               values;       /* one per field, NULL when unset */
  NtmBoundaryRecord  *record;       /* geometry; unit_code unset; NULL when unusable */
  char               *problem;      /* why the outline cannot be used, or NULL */
  gboolean            repaired;     /* the outline was invalid and was repaired */
} NtmBoundaryFeature;

/* More than this many features is not a commune boundary file. */
#define NTM_BOUNDARY_MAX_FEATURES 200000

#define NTM_TYPE_BOUNDARY_FILE (ntm_boundary_file_get_type ())
G_DECLARE_FINAL_TYPE (NtmBoundaryFile, ntm_boundary_file, NTM, BOUNDARY_FILE, GObject)

GQuark                    ntm_boundary_error_quark          (void);

NtmBoundaryFile          *ntm_boundary_file_read            (const char          *path,
                                                             GCancellable        *cancellable,
                                                             gint                *progress_permille,
                                                             GError             **error);
void                      ntm_boundary_file_read_async      (const char          *path,
                                                             GCancellable        *cancellable,
                                                             gint                *progress_permille,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
NtmBoundaryFile          *ntm_boundary_file_read_finish     (GAsyncResult        *result,
                                                             GError             **error);

const char               *ntm_boundary_file_get_path        (NtmBoundaryFile     *self);
const char               *ntm_boundary_file_get_layer_name  (NtmBoundaryFile     *self);
const char               *ntm_boundary_file_get_crs_name    (NtmBoundaryFile     *self);
gboolean                  ntm_boundary_file_get_crs_assumed (NtmBoundaryFile     *self);
const char * const       *ntm_boundary_file_get_field_names (NtmBoundaryFile     *self);
guint                     ntm_boundary_file_get_n_features  (NtmBoundaryFile     *self);
const NtmBoundaryFeature *ntm_boundary_file_get_feature     (NtmBoundaryFile     *self,
                                                             guint                index);
const NtmBoundaryFields  *ntm_boundary_file_get_fields      (NtmBoundaryFile     *self);
void                      ntm_boundary_file_set_fields      (NtmBoundaryFile     *self,
                                                             const NtmBoundaryFields *fields);
const char               *ntm_boundary_feature_get_value    (NtmBoundaryFile     *self,
                                                             const NtmBoundaryFeature *feature,
                                                             const char          *field);
NtmBoundaryRecord        *ntm_boundary_file_merge_records   (NtmBoundaryFile     *self,
                                                             GPtrArray           *features,
                                                             const char          *unit_code);

void                      ntm_boundary_fields_detect        (const char * const  *field_names,
                                                             NtmBoundaryFields   *out);
void                      ntm_boundary_fields_clear         (NtmBoundaryFields   *fields);

G_END_DECLS
