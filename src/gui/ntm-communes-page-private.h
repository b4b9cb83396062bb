/* ntm-communes-page-private.h: what the tests read of NtmCommunesPage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-communes-page.h"
#include "ntm-unit.h"

G_BEGIN_DECLS

guint       ntm_communes_page_get_n_visible      (NtmCommunesPage *self);
const char *ntm_communes_page_get_selected_code  (NtmCommunesPage *self);
gboolean    ntm_communes_page_offers_grouping    (NtmCommunesPage *self);
void        ntm_communes_page_set_grouped        (NtmCommunesPage *self,
                                                  gboolean         grouped);
NtmUnit    *ntm_communes_page_get_row_group      (NtmCommunesPage *self,
                                                  const char      *code);
const char *ntm_communes_page_get_first_code     (NtmCommunesPage *self);

G_END_DECLS
