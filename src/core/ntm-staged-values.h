/* ntm-staged-values.h: values a bulk write hands to SQL without a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "ntm-database.h"

G_BEGIN_DECLS

/* One indicator value of a unit and year, as a bulk write stages it,
 * and what it replaces (for the history; not a column).
 * @unit_code must outlive the statement that reads it. */
typedef struct {
  const char *unit_code;
  gint64      indicator_id;
  double      value;
  double      old_value;        /* what it replaces, with @had_value */
  int         year;
  guint       has_value : 1;
  guint       replaces : 1;     /* a value of the unit, indicator and year is on record */
  guint       had_value : 1;    /* and it was not empty: @old_value */
  guint       removes : 1;      /* the value on record (@value) is removed, not replaced */
} NtmStagedValue;

/* The pointer type an array of NtmStagedValue is bound as. */
#define NTM_STAGED_VALUES_POINTER "ntm-staged-values"

int  ntm_staged_values_register (sqlite3      *handle);
void ntm_staged_values_bind     (sqlite3_stmt *stmt,
                                 int           index,
                                 GArray       *values);
void ntm_staged_values_append_json_number (GString  *json,
                                           gboolean  has_value,
                                           double    value);
gboolean ntm_staged_values_check_parents (NtmDatabase  *db,
                                          GArray       *values,
                                          GError      **error);

G_END_DECLS
