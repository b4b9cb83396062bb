/* ntm-seed-private.h: the embedded default data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-database.h"

G_BEGIN_DECLS

gboolean ntm_seed_load         (NtmDatabase  *self,
                                GError      **error);
gboolean ntm_seed_load_units   (NtmDatabase  *self,
                                const char   *csv,
                                gsize         length,
                                const char   *region,
                                GError      **error);
gboolean ntm_seed_load_history (NtmDatabase  *self,
                                gpointer      user_data,
                                GError      **error);
gboolean ntm_seed_translate_recognition_notes (NtmDatabase  *self,
                                               gpointer      user_data,
                                               GError      **error);

G_END_DECLS
