/* ntm-ocop-page-private.h: what the tests read of NtmOcopPage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-ocop-page.h"

G_BEGIN_DECLS

char  *ntm_ocop_page_dup_summary         (NtmOcopPage     *self);
guint  ntm_ocop_page_get_n_visible       (NtmOcopPage     *self);

G_END_DECLS
