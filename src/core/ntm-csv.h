/* ntm-csv.h: RFC 4180 comma-separated values, read and written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NTM_CSV_ERROR (ntm_csv_error_quark ())

typedef enum {
  NTM_CSV_ERROR_ENCODING,
  NTM_CSV_ERROR_SYNTAX,
  NTM_CSV_ERROR_COLUMNS,
} NtmCsvError;

GQuark     ntm_csv_error_quark  (void);

GPtrArray *ntm_csv_parse        (const char  *text,
                                 gssize       length,
                                 GError     **error);
void       ntm_csv_append_field (GString     *out,
                                 const char  *field);
void       ntm_csv_append_row   (GString     *out,
                                 const char * const *fields,
                                 gsize        n_fields);

G_END_DECLS
