/* ntm-map-export.h: the map as a PNG or PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-classification.h"
#include "ntm-database.h"
#include "ntm-map-renderer.h"
#include "ntm-progress.h"

G_BEGIN_DECLS

#define NTM_MAP_EXPORT_ERROR (ntm_map_export_error_quark ())

typedef enum {
  NTM_MAP_EXPORT_ERROR_FORMAT,
  NTM_MAP_EXPORT_ERROR_SIZE,
  NTM_MAP_EXPORT_ERROR_WRITE,
} NtmMapExportError;

GQuark          ntm_map_export_error_quark  (void);

gboolean        ntm_map_export_parse_size   (const char      *text,
                                             int             *width,
                                             int             *height,
                                             GError         **error);
NtmMapRenderer *ntm_map_export_new_renderer (NtmDatabase     *db,
                                             int              year,
                                             NtmMapMode       mode,
                                             const char      *indicator,
                                             GError         **error);
NtmMapRenderer *ntm_map_export_new_renderer_for_layer (NtmDatabase *db,
                                             int              year,
                                             NtmUnitLayer     layer,
                                             NtmMapMode       mode,
                                             const char      *indicator,
                                             GError         **error);
NtmMapRenderer *ntm_map_export_new_renderer_change (NtmDatabase *db,
                                             int              year,
                                             NtmUnitLayer     layer,
                                             int              since_year,
                                             GError         **error);
gboolean        ntm_map_export_locate_unit  (NtmMapRenderer  *renderer,
                                             NtmDatabase     *db,
                                             int              year,
                                             const char      *district,
                                             int              width,
                                             int              height,
                                             const char      *code,
                                             double          *x,
                                             double          *y);
gboolean        ntm_map_export_write        (NtmMapRenderer  *renderer,
                                             NtmDatabase     *db,
                                             int              year,
                                             const char      *district,
                                             const char      *path,
                                             int              width,
                                             int              height,
                                             GCancellable    *cancellable,
                                             NtmProgressFunc  progress,
                                             gpointer         progress_data,
                                             GError         **error);

G_END_DECLS
