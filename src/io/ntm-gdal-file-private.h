/* ntm-gdal-file-private.h: opening a file through GDAL, what went wrong in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gdal.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  GDALDatasetH  dataset;   /* NULL until opened, or when it could not be */
  GString      *messages;  /* the failures GDAL reported, joined by "; " */
  guint         failures;
} NtmGdalFile;

/* Reads the file at @path in the calling thread: ntm_workbook_read(),
 * ntm_boundary_file_read(). */
typedef gpointer (*NtmFileReader) (const char    *path,
                                   GCancellable  *cancellable,
                                   gint          *progress_permille,
                                   GError       **error);

void     ntm_gdal_file_begin     (NtmGdalFile          *file);
gboolean ntm_gdal_file_open      (NtmGdalFile          *file,
                                  const char           *path,
                                  const char * const   *drivers,
                                  const char * const   *options);
void     ntm_gdal_file_end       (NtmGdalFile          *file);

void     ntm_file_read_in_thread (const char           *path,
                                  NtmFileReader         reader,
                                  gpointer              source_tag,
                                  gint                 *progress_permille,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data);

G_END_DECLS
