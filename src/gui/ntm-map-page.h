/* ntm-map-page.h: the Map view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-boundary-import.h"
#include "ntm-database.h"
#include "ntm-job.h"
#include "ntm-map-view.h"
#include "ntm-page.h"

G_BEGIN_DECLS

#define NTM_TYPE_MAP_PAGE (ntm_map_page_get_type ())
G_DECLARE_FINAL_TYPE (NtmMapPage, ntm_map_page, NTM, MAP_PAGE, NtmPage)

gboolean    ntm_map_page_set_mode           (NtmMapPage *self,
                                             const char *mode);
void        ntm_map_page_search             (NtmMapPage *self,
                                             const char *query);
void        ntm_map_page_show_unit          (NtmMapPage *self,
                                             const char *code);
void        ntm_map_page_set_district       (NtmMapPage *self,
                                             const char *district);
void        ntm_map_page_set_layer          (NtmMapPage *self,
                                             NtmUnitLayer layer);
void        ntm_map_page_set_presentation   (NtmMapPage *self,
                                             gboolean    presentation);
void        ntm_map_page_import_boundaries  (NtmMapPage *self);
NtmBoundaryImport *ntm_map_page_import_file (NtmMapPage *self,
                                             GFile      *file);
void        ntm_map_page_export             (NtmMapPage *self);
NtmJob     *ntm_map_page_export_to_file     (NtmMapPage *self,
                                             GFile      *file);

G_END_DECLS
