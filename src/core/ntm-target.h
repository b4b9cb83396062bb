/* ntm-target.h: a yearly target of the programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

typedef enum {
  NTM_TARGET_TOTAL,     /* a total to reach by the end of the year */
  NTM_TARGET_NEW,       /* an increase within the year */
  NTM_TARGET_PERCENT,   /* a share of the units (or residents) in scope */
} NtmTargetKind;

#define NTM_TYPE_TARGET (ntm_target_get_type ())
G_DECLARE_FINAL_TYPE (NtmTarget, ntm_target, NTM, TARGET, GObject)

const char     *ntm_target_kind_to_string   (NtmTargetKind  kind);
gboolean        ntm_target_kind_from_string (const char    *text,
                                             NtmTargetKind *out);
const char     *ntm_target_kind_get_label   (NtmTargetKind  kind);
const char * const *ntm_target_list_metrics (void);
gboolean        ntm_target_metric_is_known  (const char    *metric);
const char     *ntm_target_metric_get_label (const char    *metric);
const char     *ntm_metric_get_label        (const char    *metric);

NtmTarget      *ntm_target_new              (void);
NtmTarget      *ntm_target_copy             (NtmTarget     *self);
gint64          ntm_target_get_id           (NtmTarget     *self);
int             ntm_target_get_year         (NtmTarget     *self);
void            ntm_target_set_year         (NtmTarget     *self,
                                             int            year);
const char     *ntm_target_get_metric       (NtmTarget     *self);
void            ntm_target_set_metric       (NtmTarget     *self,
                                             const char    *metric);
const char     *ntm_target_get_scope_code   (NtmTarget     *self);
void            ntm_target_set_scope_code   (NtmTarget     *self,
                                             const char    *code);
const char     *ntm_target_get_scope_name   (NtmTarget     *self);
NtmTargetKind   ntm_target_get_kind         (NtmTarget     *self);
void            ntm_target_set_kind         (NtmTarget     *self,
                                             NtmTargetKind  kind);
double          ntm_target_get_value        (NtmTarget     *self);
void            ntm_target_set_value        (NtmTarget     *self,
                                             double         value);
const char     *ntm_target_get_source       (NtmTarget     *self);
void            ntm_target_set_source       (NtmTarget     *self,
                                             const char    *source);
const char     *ntm_target_get_note         (NtmTarget     *self);
void            ntm_target_set_note         (NtmTarget     *self,
                                             const char    *note);
char           *ntm_target_dup_description  (NtmTarget     *self);
gboolean        ntm_target_validate         (NtmTarget     *self,
                                             GError       **error);

GListModel     *ntm_database_list_targets   (NtmDatabase   *db,
                                             int            year,
                                             GError       **error);
gboolean        ntm_database_save_target    (NtmDatabase   *db,
                                             NtmTarget     *target,
                                             GError       **error);
gboolean        ntm_database_delete_target  (NtmDatabase   *db,
                                             gint64         id,
                                             GError       **error);

G_END_DECLS
