/* ntm-funds-page.h: the funds mobilised in the year shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-fund.h"
#include "ntm-page.h"

G_BEGIN_DECLS

#define NTM_TYPE_FUNDS_PAGE (ntm_funds_page_get_type ())
G_DECLARE_FINAL_TYPE (NtmFundsPage, ntm_funds_page, NTM, FUNDS_PAGE, NtmPage)

void   ntm_funds_page_set_search_text   (NtmFundsPage *self,
                                         const char   *text);
void   ntm_funds_page_set_source_filter (NtmFundsPage *self,
                                         int           source);

G_END_DECLS
