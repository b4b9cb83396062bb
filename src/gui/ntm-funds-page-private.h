/* ntm-funds-page-private.h: what the tests read of NtmFundsPage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-funds-page.h"

G_BEGIN_DECLS

char  *ntm_funds_page_dup_summary       (NtmFundsPage *self);
guint  ntm_funds_page_get_n_visible     (NtmFundsPage *self);

G_END_DECLS
