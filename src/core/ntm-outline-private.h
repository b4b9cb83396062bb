/* ntm-outline-private.h: the outlines' migration data step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-database.h"

G_BEGIN_DECLS

gboolean ntm_outline_seed_default (NtmDatabase  *db,
                                   gpointer      user_data,
                                   GError      **error);

G_END_DECLS
