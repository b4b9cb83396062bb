/* ntm-page-private.h: what the tests read of a view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-page.h"

G_BEGIN_DECLS

guint ntm_page_get_n_updates (NtmPage *self);

G_END_DECLS
