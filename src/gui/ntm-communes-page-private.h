/* ntm-communes-page-private.h: what the tests read of NtmCommunesPage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-communes-page.h"

G_BEGIN_DECLS

guint       ntm_communes_page_get_n_visible      (NtmCommunesPage *self);
const char *ntm_communes_page_get_selected_code  (NtmCommunesPage *self);

G_END_DECLS
