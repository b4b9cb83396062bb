/* ntm-fund.h: funds mobilised for the programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

typedef enum {
  NTM_FUND_CENTRAL_DEVELOPMENT,
  NTM_FUND_CENTRAL_RECURRENT,
  NTM_FUND_LOCAL_BUDGET,
  NTM_FUND_INTEGRATED,
  NTM_FUND_CREDIT,
  NTM_FUND_ENTERPRISE,
  NTM_FUND_COMMUNITY,
  NTM_FUND_SPONSORSHIP,
} NtmFundSource;
#define NTM_FUND_N_SOURCES 8
#define NTM_FUND_ANY_SOURCE (-1)

typedef struct {
  gint64 planned;
  gint64 actual;
  guint  n_records;
} NtmFundSum;

#define NTM_TYPE_FUND (ntm_fund_get_type ())
G_DECLARE_FINAL_TYPE (NtmFund, ntm_fund, NTM, FUND, GObject)

const char    *ntm_fund_source_to_string   (NtmFundSource  source);
gboolean       ntm_fund_source_from_string (const char    *text,
                                            NtmFundSource *out);
const char    *ntm_fund_source_get_label   (NtmFundSource  source);

NtmFund       *ntm_fund_new                (void);
NtmFund       *ntm_fund_copy               (NtmFund       *self);
gint64         ntm_fund_get_id             (NtmFund       *self);
int            ntm_fund_get_year           (NtmFund       *self);
void           ntm_fund_set_year           (NtmFund       *self,
                                            int            year);
const char    *ntm_fund_get_unit_code      (NtmFund       *self);
void           ntm_fund_set_unit_code      (NtmFund       *self,
                                            const char    *code);
const char    *ntm_fund_get_unit_name      (NtmFund       *self);
const char    *ntm_fund_get_district_name  (NtmFund       *self);
NtmFundSource  ntm_fund_get_source         (NtmFund       *self);
void           ntm_fund_set_source         (NtmFund       *self,
                                            NtmFundSource  source);
const char    *ntm_fund_get_sponsor        (NtmFund       *self);
void           ntm_fund_set_sponsor        (NtmFund       *self,
                                            const char    *sponsor);
gboolean       ntm_fund_get_planned        (NtmFund       *self,
                                            gint64        *dong);
void           ntm_fund_set_planned        (NtmFund       *self,
                                            gboolean       known,
                                            gint64         dong);
gboolean       ntm_fund_get_actual         (NtmFund       *self,
                                            gint64        *dong);
void           ntm_fund_set_actual         (NtmFund       *self,
                                            gboolean       known,
                                            gint64         dong);
const char    *ntm_fund_get_note           (NtmFund       *self);
void           ntm_fund_set_note           (NtmFund       *self,
                                            const char    *note);
gboolean       ntm_fund_matches            (NtmFund       *self,
                                            const char    *query);
gboolean       ntm_fund_validate           (NtmFund       *self,
                                            GError       **error);

GListModel    *ntm_database_list_funds     (NtmDatabase   *db,
                                            int            year,
                                            GError       **error);
gboolean       ntm_database_save_fund      (NtmDatabase   *db,
                                            NtmFund       *fund,
                                            GError       **error);
gboolean       ntm_database_delete_fund    (NtmDatabase   *db,
                                            gint64         id,
                                            GError       **error);
gboolean       ntm_database_sum_funds      (NtmDatabase   *db,
                                            int            year,
                                            const char    *area_code,
                                            int            source,
                                            NtmFundSum    *out,
                                            GError       **error);

G_END_DECLS
