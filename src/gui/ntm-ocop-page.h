/* ntm-ocop-page.h: the OCOP register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-ocop-product.h"
#include "ntm-page.h"

G_BEGIN_DECLS

#define NTM_TYPE_OCOP_PAGE (ntm_ocop_page_get_type ())
G_DECLARE_FINAL_TYPE (NtmOcopPage, ntm_ocop_page, NTM, OCOP_PAGE, NtmPage)

void   ntm_ocop_page_set_search_text     (NtmOcopPage     *self,
                                          const char      *text);
void   ntm_ocop_page_set_validity_filter (NtmOcopPage     *self,
                                          int              validity);
void   ntm_ocop_page_set_stars_filter    (NtmOcopPage     *self,
                                          int              stars);

G_END_DECLS
