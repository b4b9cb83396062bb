/* ntm-ocop-product.h: an OCOP product and its rating
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

/* The six product groups of Decision 148/QĐ-TTg. */
typedef enum {
  NTM_OCOP_GROUP_FOOD,
  NTM_OCOP_GROUP_DRINKS,
  NTM_OCOP_GROUP_HERBAL,
  NTM_OCOP_GROUP_HANDICRAFTS,
  NTM_OCOP_GROUP_ORNAMENTAL,
  NTM_OCOP_GROUP_TOURISM,
} NtmOcopGroup;
#define NTM_OCOP_N_GROUPS 6

typedef enum {
  NTM_PRODUCER_COOPERATIVE,
  NTM_PRODUCER_ENTERPRISE,
  NTM_PRODUCER_HOUSEHOLD,
  NTM_PRODUCER_COOPERATIVE_GROUP,
} NtmProducerType;
#define NTM_N_PRODUCER_TYPES 4

typedef enum {
  NTM_OCOP_VALID,
  NTM_OCOP_EXPIRING,     /* expires within NTM_OCOP_EXPIRING_DAYS */
  NTM_OCOP_EXPIRED,
  NTM_OCOP_NO_DATE,
} NtmOcopValidity;

#define NTM_OCOP_MIN_SCORE 50
#define NTM_OCOP_MAX_SCORE 100
#define NTM_OCOP_VALIDITY_MONTHS 36
#define NTM_OCOP_EXPIRING_DAYS 90

#define NTM_TYPE_OCOP_PRODUCT (ntm_ocop_product_get_type ())
G_DECLARE_FINAL_TYPE (NtmOcopProduct, ntm_ocop_product, NTM, OCOP_PRODUCT, GObject)

/* The rules, as pure functions */
int              ntm_ocop_stars_for_score          (double           score);
double           ntm_ocop_round_score              (double           score);
gboolean         ntm_ocop_score_is_valid           (double           score);
char            *ntm_ocop_format_score             (double           score);
gboolean         ntm_ocop_compute_expiry           (const char      *decision_date,
                                                    GDate           *expiry);
NtmOcopValidity  ntm_ocop_validity_on              (const char      *decision_date,
                                                    const GDate     *today);

const char      *ntm_ocop_group_to_string          (NtmOcopGroup     group);
gboolean         ntm_ocop_group_from_string        (const char      *text,
                                                    NtmOcopGroup    *out);
const char      *ntm_ocop_group_get_label          (NtmOcopGroup     group);
const char      *ntm_producer_type_to_string       (NtmProducerType  type);
gboolean         ntm_producer_type_from_string     (const char      *text,
                                                    NtmProducerType *out);
const char      *ntm_producer_type_get_label       (NtmProducerType  type);
const char      *ntm_ocop_validity_get_label       (NtmOcopValidity  validity);

/* The record */
NtmOcopProduct  *ntm_ocop_product_new              (void);
NtmOcopProduct  *ntm_ocop_product_copy             (NtmOcopProduct  *self);
gint64           ntm_ocop_product_get_id           (NtmOcopProduct  *self);
const char      *ntm_ocop_product_get_name         (NtmOcopProduct  *self);
void             ntm_ocop_product_set_name         (NtmOcopProduct  *self,
                                                    const char      *name);
NtmOcopGroup     ntm_ocop_product_get_group        (NtmOcopProduct  *self);
void             ntm_ocop_product_set_group        (NtmOcopProduct  *self,
                                                    NtmOcopGroup     group);
const char      *ntm_ocop_product_get_producer     (NtmOcopProduct  *self);
void             ntm_ocop_product_set_producer     (NtmOcopProduct  *self,
                                                    const char      *producer);
NtmProducerType  ntm_ocop_product_get_producer_type (NtmOcopProduct *self);
void             ntm_ocop_product_set_producer_type (NtmOcopProduct *self,
                                                    NtmProducerType  type);
const char      *ntm_ocop_product_get_commune_code (NtmOcopProduct  *self);
void             ntm_ocop_product_set_commune_code (NtmOcopProduct  *self,
                                                    const char      *code);
const char      *ntm_ocop_product_get_commune_name (NtmOcopProduct  *self);
const char      *ntm_ocop_product_get_district_code (NtmOcopProduct *self);
const char      *ntm_ocop_product_get_district_name (NtmOcopProduct *self);
double           ntm_ocop_product_get_score        (NtmOcopProduct  *self);
void             ntm_ocop_product_set_score        (NtmOcopProduct  *self,
                                                    double           score);
int              ntm_ocop_product_get_stars        (NtmOcopProduct  *self);
const char      *ntm_ocop_product_get_decision_number (NtmOcopProduct *self);
void             ntm_ocop_product_set_decision_number (NtmOcopProduct *self,
                                                    const char      *number);
const char      *ntm_ocop_product_get_decision_date (NtmOcopProduct *self);
void             ntm_ocop_product_set_decision_date (NtmOcopProduct *self,
                                                    const char      *iso_date);
char            *ntm_ocop_product_dup_expiry_date  (NtmOcopProduct  *self);
NtmOcopValidity  ntm_ocop_product_get_validity     (NtmOcopProduct  *self,
                                                    const GDate     *today);
const char      *ntm_ocop_product_get_export_markets (NtmOcopProduct *self);
void             ntm_ocop_product_set_export_markets (NtmOcopProduct *self,
                                                    const char      *markets);
const char      *ntm_ocop_product_get_note         (NtmOcopProduct  *self);
void             ntm_ocop_product_set_note         (NtmOcopProduct  *self,
                                                    const char      *note);
gboolean         ntm_ocop_product_matches          (NtmOcopProduct  *self,
                                                    const char      *query);
gboolean         ntm_ocop_product_validate         (NtmOcopProduct  *self,
                                                    GError         **error);

/* The registry */
GListModel      *ntm_database_list_ocop_products   (NtmDatabase     *db,
                                                    GError         **error);
gboolean         ntm_database_save_ocop_product    (NtmDatabase     *db,
                                                    NtmOcopProduct  *product,
                                                    GError         **error);
gboolean         ntm_database_delete_ocop_product  (NtmDatabase     *db,
                                                    gint64           id,
                                                    GError         **error);
GHashTable      *ntm_database_count_ocop_by_commune (NtmDatabase    *db,
                                                    const GDate     *valid_on,
                                                    GError         **error);

G_END_DECLS
