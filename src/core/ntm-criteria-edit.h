/* ntm-criteria-edit.h: making criteria sets, criteria, indicators and
 * their thresholds per commune group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-attainment.h"
#include "ntm-database.h"

G_BEGIN_DECLS

const char *ntm_indicator_kind_get_label  (NtmIndicatorKind   kind);
const char *ntm_criteria_set_kind_get_label (const char      *applies_to);
NtmLevel    ntm_criteria_set_kind_get_level (const char      *applies_to);
gboolean  ntm_database_create_criteria_set  (NtmDatabase       *db,
                                             const char        *code,
                                             const char        *name,
                                             const char        *decision,
                                             const char        *applies_to,
                                             NtmLevel           level,
                                             int                year_from,
                                             int                year_to,
                                             GError           **error);
gboolean  ntm_database_has_criteria_set     (NtmDatabase       *db,
                                             const char        *code);
gint64    ntm_database_find_criterion       (NtmDatabase       *db,
                                             const char        *set_code,
                                             const char        *number);
gint64    ntm_database_add_criterion        (NtmDatabase       *db,
                                             const char        *set_code,
                                             const char        *number,
                                             const char        *name,
                                             GError           **error);
gint64    ntm_database_find_indicator       (NtmDatabase       *db,
                                             const char        *set_code,
                                             const char        *code);
gint64    ntm_database_add_indicator        (NtmDatabase       *db,
                                             gint64             criterion_id,
                                             const char        *code,
                                             const char        *name,
                                             const char        *unit,
                                             NtmIndicatorKind   kind,
                                             NtmComparison      comparison,
                                             GError           **error);
gboolean  ntm_database_set_group_threshold  (NtmDatabase       *db,
                                             gint64             indicator_id,
                                             int                commune_group,
                                             int                year_from,
                                             int                year_to,
                                             gboolean           has_value,
                                             double             value,
                                             GError           **error);
gboolean  ntm_database_get_group_threshold  (NtmDatabase       *db,
                                             gint64             indicator_id,
                                             int                commune_group,
                                             int                year,
                                             gboolean          *known,
                                             double            *value);

G_END_DECLS
