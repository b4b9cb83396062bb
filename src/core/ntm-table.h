/* ntm-table.h: a list as a table of typed columns, for export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

typedef enum {
  NTM_COLUMN_TEXT,
  NTM_COLUMN_INTEGER,   /* whole numbers, amounts in đồng included */
  NTM_COLUMN_NUMBER,    /* decimals */
  NTM_COLUMN_DATE,      /* YYYY-MM-DD */
} NtmColumnType;

#define NTM_TYPE_TABLE (ntm_table_get_type ())
G_DECLARE_FINAL_TYPE (NtmTable, ntm_table, NTM, TABLE, GObject)

NtmTable           *ntm_table_new               (const char     *name,
                                                 const char     *title);
const char         *ntm_table_get_title         (NtmTable       *self);
void                ntm_table_add_column        (NtmTable       *self,
                                                 const char     *heading,
                                                 NtmColumnType   type);
void                ntm_table_add_row           (NtmTable       *self,
                                                 const char * const *cells);
void                ntm_table_set_column_choices (NtmTable      *self,
                                                 guint           column,
                                                 const char * const *choices);
const char * const *ntm_table_get_column_choices (NtmTable      *self,
                                                 guint           column);
void                ntm_table_set_n_key_columns (NtmTable       *self,
                                                 guint           n);
guint               ntm_table_get_n_key_columns (NtmTable       *self);
guint               ntm_table_get_n_columns     (NtmTable       *self);
guint               ntm_table_get_n_rows        (NtmTable       *self);
const char         *ntm_table_get_heading       (NtmTable       *self,
                                                 guint           column);
NtmColumnType       ntm_table_get_column_type   (NtmTable       *self,
                                                 guint           column);
const char         *ntm_table_get_cell          (NtmTable       *self,
                                                 guint           row,
                                                 guint           column);

const char * const *ntm_table_list_names        (void);
NtmTable           *ntm_database_export_list    (NtmDatabase    *db,
                                                 const char     *name,
                                                 int             year,
                                                 GError        **error);
NtmTable           *ntm_database_export_list_for_set (NtmDatabase *db,
                                                 const char     *name,
                                                 int             year,
                                                 const char     *set_code,
                                                 GError        **error);

G_END_DECLS
