/* ntm-programme-page.h: the Programme view: OCOP products and funds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-funds-page.h"
#include "ntm-ocop-page.h"
#include "ntm-page.h"

G_BEGIN_DECLS

#define NTM_TYPE_PROGRAMME_PAGE (ntm_programme_page_get_type ())
G_DECLARE_FINAL_TYPE (NtmProgrammePage, ntm_programme_page, NTM, PROGRAMME_PAGE, NtmPage)

gboolean      ntm_programme_page_show           (NtmProgrammePage *self,
                                                 const char       *name);

G_END_DECLS
