/* ntm-records-page.h: the OCOP and Funds views: a searchable list and forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-page.h"

G_BEGIN_DECLS

#define NTM_TYPE_RECORDS_PAGE (ntm_records_page_get_type ())
G_DECLARE_FINAL_TYPE (NtmRecordsPage, ntm_records_page, NTM, RECORDS_PAGE, NtmPage)

guint  ntm_records_page_get_n_visible    (NtmRecordsPage *self);
void   ntm_records_page_set_search_text  (NtmRecordsPage *self,
                                          const char     *text);
void   ntm_records_page_set_filter       (NtmRecordsPage *self,
                                          guint           index);
char  *ntm_records_page_dup_summary      (NtmRecordsPage *self);

G_END_DECLS
