/* ntm-audit-private.h: what the tests read of the history of changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-audit.h"

G_BEGIN_DECLS

const char *ntm_audit_entry_get_action      (NtmAuditEntry *self);
const char *ntm_audit_entry_get_entity      (NtmAuditEntry *self);
const char *ntm_audit_entry_get_file_name   (NtmAuditEntry *self);
const char *ntm_audit_entry_get_subject     (NtmAuditEntry *self);
GListModel *ntm_database_list_threshold_history (NtmDatabase *db,
                                              GError      **error);

G_END_DECLS
