/* ntm-audit.h: the history of changes to assessments, recognitions,
 * schemes and thresholds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_AUDIT_ENTRY (ntm_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (NtmAuditEntry, ntm_audit_entry, NTM, AUDIT_ENTRY, GObject)

gint64      ntm_audit_entry_get_id          (NtmAuditEntry *self);
const char *ntm_audit_entry_get_changed_at  (NtmAuditEntry *self);
const char *ntm_audit_entry_get_changed_by  (NtmAuditEntry *self);
const char *ntm_audit_entry_get_entity_key  (NtmAuditEntry *self);
const char *ntm_audit_entry_get_old_value   (NtmAuditEntry *self);
const char *ntm_audit_entry_get_new_value   (NtmAuditEntry *self);
char       *ntm_audit_entry_describe        (NtmAuditEntry *self);

GListModel *ntm_database_list_unit_history   (NtmDatabase  *db,
                                              const char   *unit_code,
                                              GError      **error);
GListModel *ntm_database_list_scheme_history (NtmDatabase  *db,
                                              gint64        scheme_id,
                                              GError      **error);

G_END_DECLS
