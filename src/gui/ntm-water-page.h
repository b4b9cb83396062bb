/* ntm-water-page.h: the Water view: clean-water schemes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"
#include "ntm-job.h"
#include "ntm-page.h"
#include "ntm-water-figures-window.h"

G_BEGIN_DECLS

#define NTM_TYPE_WATER_PAGE (ntm_water_page_get_type ())
G_DECLARE_FINAL_TYPE (NtmWaterPage, ntm_water_page, NTM, WATER_PAGE, NtmPage)

void       ntm_water_page_set_search_text  (NtmWaterPage *self,
                                            const char   *text);
void       ntm_water_page_set_filters      (NtmWaterPage *self,
                                            const char   *status,
                                            const char   *district_code,
                                            const char   *sustainability);
gboolean   ntm_water_page_select_scheme    (NtmWaterPage *self,
                                            gint64        id);
void       ntm_water_page_delete_selected  (NtmWaterPage *self,
                                            gboolean      confirmed);
gboolean   ntm_water_page_undo_delete      (NtmWaterPage *self);
NtmWaterFiguresWindow *ntm_water_page_open_household_figures (NtmWaterPage *self);
NtmJob    *ntm_water_page_export_to_path   (NtmWaterPage *self,
                                            const char   *path);

G_END_DECLS
