/* ntm-map-page-private.h: what the tests read of the Map view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-map-page.h"

G_BEGIN_DECLS

guint         ntm_map_page_get_n_unit_reads      (NtmMapPage *self);
guint         ntm_map_page_get_n_evaluations     (NtmMapPage *self);
guint         ntm_map_page_get_n_classifications (NtmMapPage *self);
const char   *ntm_map_page_get_failure           (NtmMapPage *self);
NtmUnitLayer  ntm_map_page_get_layer             (NtmMapPage *self);
NtmMapView   *ntm_map_page_get_map_view          (NtmMapPage *self);
NtmMapView   *ntm_map_page_get_compare_view      (NtmMapPage *self);
const char   *ntm_map_page_get_panel_unit        (NtmMapPage *self);
gboolean      ntm_map_page_get_presentation      (NtmMapPage *self);
const char   *ntm_map_page_get_district          (NtmMapPage *self);
gboolean      ntm_map_page_offers_districts      (NtmMapPage *self);

G_END_DECLS
