/* ntm-water-page-private.h: what the tests read of NtmWaterPage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-water-page.h"

G_BEGIN_DECLS

GtkColumnView *ntm_water_page_get_column_view (NtmWaterPage *self);
guint      ntm_water_page_get_n_visible    (NtmWaterPage *self);

G_END_DECLS
