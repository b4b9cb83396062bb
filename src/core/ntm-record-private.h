/* ntm-record-private.h: storing and deleting a record kept by its id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-database-private.h"

G_BEGIN_DECLS

gboolean ntm_record_store   (NtmDatabase         *db,
                             NtmArea              area,
                             gint64              *id,
                             NtmTransactionFunc   store,
                             gpointer             user_data,
                             GError             **error);
gboolean ntm_record_take_id (NtmDatabase         *db,
                             gint64              *id);
gboolean ntm_record_delete  (NtmDatabase         *db,
                             NtmArea              area,
                             const char          *sql,
                             gint64               id,
                             GError             **error);

G_END_DECLS
