/* ntm-communes-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-page.h"

G_BEGIN_DECLS

#define NTM_TYPE_COMMUNES_PAGE (ntm_communes_page_get_type ())
G_DECLARE_FINAL_TYPE (NtmCommunesPage, ntm_communes_page, NTM, COMMUNES_PAGE, NtmPage)

gboolean    ntm_communes_page_select_unit        (NtmCommunesPage *self,
                                                  const char      *code);
void        ntm_communes_page_set_search_text    (NtmCommunesPage *self,
                                                  const char      *text);
void        ntm_communes_page_focus_selected     (NtmCommunesPage *self);

G_END_DECLS
