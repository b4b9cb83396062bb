/* ntm-programme-page-private.h: what the tests read of NtmProgrammePage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-programme-page.h"

G_BEGIN_DECLS

NtmFundsPage *ntm_programme_page_get_funds_page (NtmProgrammePage *self);
NtmOcopPage  *ntm_programme_page_get_ocop_page  (NtmProgrammePage *self);
const char   *ntm_programme_page_get_shown      (NtmProgrammePage *self);

G_END_DECLS
