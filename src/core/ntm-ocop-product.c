/* ntm-ocop-product.c: an OCOP product and its rating
 *
 * Decision 148/QĐ-TTg scores a product out of 100: 50–69 is 3 stars, 70–89
 * 4 stars, 90–100 5 stars; below 50 it is not an OCOP product. A score is
 * the average of the council's marks, kept to one decimal: 69.5 is still
 * 3 stars, 70.0 is 4. A rating is valid for 36 months from its decision.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ntm-attainment.h"
#include "ntm-database-private.h"
#include "ntm-record-private.h"
#include "ntm-format.h"
#include "ntm-ocop-product.h"
#include "ntm-ocop-product-private.h"
#include "ntm-text.h"

struct _NtmOcopProduct
{
  GObject          parent_instance;

  gint64           id;
  char            *name;
  NtmOcopGroup     group;
  char            *producer;
  NtmProducerType  producer_type;
  char            *commune_code;
  char            *commune_name;
  char            *district_code;
  char            *district_name;
  double           score;      /* one decimal */
  char            *decision_number;
  char            *decision_date;
  char            *export_markets;
  char            *note;
  char            *search_key;    /* folded; NULL until needed */
};

G_DEFINE_FINAL_TYPE (NtmOcopProduct, ntm_ocop_product, G_TYPE_OBJECT)

static const char * const group_names[] = {
  "food", "drinks", "herbal", "handicrafts", "ornamental", "tourism",
};

static const char * const producer_type_names[] = {
  "cooperative", "enterprise", "household", "cooperative_group",
};

#define PRODUCT_COLUMNS \
  "p.id, p.name, p.product_group, p.producer, p.producer_type, p.commune_code, c.name," \
  " d.code, d.name, p.score, p.decision_number, p.decision_date, p.export_markets, p.note"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
replace_string (char       **field,
                const char  *value)
{
  char *copy = g_strdup (value ? value : "");

  g_free (*field);
  *field = copy;
}

static void
get_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static NtmOcopProduct *
product_from_row (sqlite3_stmt *stmt)
{
  NtmOcopProduct *self = g_object_new (NTM_TYPE_OCOP_PRODUCT, NULL);
  guint i;

  self->id = sqlite3_column_int64 (stmt, 0);
  replace_string (&self->name, (const char *) sqlite3_column_text (stmt, 1));
  if (ntm_text_find_name (group_names, G_N_ELEMENTS (group_names), (const char *) sqlite3_column_text (stmt, 2), &i))
    self->group = i;
  replace_string (&self->producer, (const char *) sqlite3_column_text (stmt, 3));
  if (ntm_text_find_name (producer_type_names, G_N_ELEMENTS (producer_type_names),
                   (const char *) sqlite3_column_text (stmt, 4), &i))
    self->producer_type = i;
  replace_string (&self->commune_code, (const char *) sqlite3_column_text (stmt, 5));
  self->commune_name = ntm_sql_dup_text (stmt, 6);
  self->district_code = ntm_sql_dup_text (stmt, 7);
  self->district_name = ntm_sql_dup_text (stmt, 8);
  self->score = sqlite3_column_double (stmt, 9);
  replace_string (&self->decision_number, (const char *) sqlite3_column_text (stmt, 10));
  replace_string (&self->decision_date, (const char *) sqlite3_column_text (stmt, 11));
  replace_string (&self->export_markets, (const char *) sqlite3_column_text (stmt, 12));
  replace_string (&self->note, (const char *) sqlite3_column_text (stmt, 13));
  return self;
}

typedef struct {
  NtmOcopProduct *product;
} SaveData;

static gboolean
store_product (NtmDatabase  *db,
               gpointer      user_data,
               GError      **error)
{
  NtmOcopProduct *self = ((SaveData *) user_data)->product;
  g_autofree char *search = NULL;
  g_autofree char *joined = NULL;
  sqlite3_stmt *stmt;
  NtmUnitKind kind;
  const char *kind_text;
  int rc;

  stmt = ntm_database_prepare (db, "SELECT kind, name FROM unit WHERE code = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, self->commune_code);
  rc = sqlite3_step (stmt);
  kind_text = rc == SQLITE_ROW ? (const char *) sqlite3_column_text (stmt, 0) : NULL;
  if (kind_text == NULL || !ntm_unit_kind_from_string (kind_text, &kind))
    {
      sqlite3_reset (stmt);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("There is no commune with code “%s”. Choose the commune the producer is in."),
                   self->commune_code);
      return FALSE;
    }
  if (!ntm_unit_kind_is_commune_level (kind))
    {
      g_autofree char *unit_name = ntm_sql_dup_text (stmt, 1);
      sqlite3_reset (stmt);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("“%s” is not a commune, ward or township. Choose the commune the producer is in."),
                   unit_name);
      return FALSE;
    }
  sqlite3_reset (stmt);

  joined = g_strjoin (" ", self->name, self->producer, self->export_markets, NULL);
  search = ntm_text_fold (joined);

  if (self->id == 0)
    stmt = ntm_database_prepare (db,
                                 "INSERT INTO ocop_product (name, product_group, producer, producer_type,"
                                 " commune_code, score, decision_number, decision_date, export_markets,"
                                 " note, search_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                                 error);
  else
    stmt = ntm_database_prepare (db,
                                 "UPDATE ocop_product SET name = ?1, product_group = ?2, producer = ?3,"
                                 " producer_type = ?4, commune_code = ?5, score = ?6, decision_number = ?7,"
                                 " decision_date = ?8, export_markets = ?9, note = ?10, search_key = ?11"
                                 " WHERE id = ?12",
                                 error);
  if (stmt == NULL)
    return FALSE;

  ntm_sql_bind_text (stmt, 1, g_strstrip (self->name));
  ntm_sql_bind_text (stmt, 2, group_names[self->group]);
  ntm_sql_bind_text (stmt, 3, g_strstrip (self->producer));
  ntm_sql_bind_text (stmt, 4, producer_type_names[self->producer_type]);
  ntm_sql_bind_text (stmt, 5, self->commune_code);
  sqlite3_bind_double (stmt, 6, ntm_ocop_round_score (self->score));
  ntm_sql_bind_text (stmt, 7, g_strstrip (self->decision_number));
  ntm_sql_bind_text (stmt, 8, self->decision_date);
  ntm_sql_bind_text (stmt, 9, g_strstrip (self->export_markets));
  ntm_sql_bind_text (stmt, 10, self->note);
  ntm_sql_bind_text (stmt, 11, search);
  if (self->id != 0)
    sqlite3_bind_int64 (stmt, 12, self->id);

  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;

  if (!ntm_record_take_id (db, &self->id))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                   _("The product “%s” no longer exists; it may have been deleted."), self->name);
      return FALSE;
    }

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_ocop_product_finalize (GObject *object)
{
  NtmOcopProduct *self = NTM_OCOP_PRODUCT (object);

  g_free (self->name);
  g_free (self->producer);
  g_free (self->commune_code);
  g_free (self->commune_name);
  g_free (self->district_code);
  g_free (self->district_name);
  g_free (self->decision_number);
  g_free (self->decision_date);
  g_free (self->export_markets);
  g_free (self->note);
  g_free (self->search_key);

  G_OBJECT_CLASS (ntm_ocop_product_parent_class)->finalize (object);
}

static void
ntm_ocop_product_class_init (NtmOcopProductClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_ocop_product_finalize;
}

static void
ntm_ocop_product_init (NtmOcopProduct *self)
{
  self->name = g_strdup ("");
  self->producer = g_strdup ("");
  self->commune_code = g_strdup ("");
  self->decision_number = g_strdup ("");
  self->decision_date = g_strdup ("");
  self->export_markets = g_strdup ("");
  self->note = g_strdup ("");
}

/* ---------------------------------------------------------------------- */
/* The rules                                                              */
/* ---------------------------------------------------------------------- */

/**
 * ntm_ocop_stars_for_score:
 * @score: a score out of 100
 *
 * Returns: 3, 4 or 5 stars; 0 when @score is below 50 (not an OCOP
 *   product) or not a score at all (above 100)
 */
double
ntm_ocop_round_score (double score)
{
  return round (score * 10.0) / 10.0;
}

/**
 * ntm_ocop_score_is_valid:
 * @score: a score
 *
 * Returns: whether @score is a possible OCOP score: 50 to 100 with at most
 *   one decimal (the average of the council's marks, as announced)
 */
gboolean
ntm_ocop_score_is_valid (double score)
{
  return !isnan (score) && score >= NTM_OCOP_MIN_SCORE && score <= NTM_OCOP_MAX_SCORE &&
         fabs (score * 10.0 - round (score * 10.0)) < 1e-6;
}

/**
 * ntm_ocop_format_score:
 * @score: a score
 *
 * Returns: (transfer full): the score as the user's language writes it,
 *   with its decimal when it has one ("69,5" in Vietnamese, "70")
 */
char *
ntm_ocop_format_score (double score)
{
  return ntm_format_decimal (ntm_ocop_round_score (score), 1, ntm_language_get_default ());
}

int
ntm_ocop_stars_for_score (double score)
{
  score = ntm_ocop_round_score (score);
  if (score < NTM_OCOP_MIN_SCORE || score > NTM_OCOP_MAX_SCORE)
    return 0;
  if (score >= 90)
    return 5;
  if (score >= 70)
    return 4;
  return 3;
}

/**
 * ntm_ocop_compute_expiry:
 * @decision_date: the rating decision's date, YYYY-MM-DD
 * @expiry: (out caller-allocates): the day the rating expires
 *
 * The rating expires 36 months after the decision, on the same day of the
 * month; a decision of 29 February expires on 28 February. On the expiry
 * date the rating is no longer valid.
 *
 * Returns: %FALSE if @decision_date is not a date
 */
gboolean
ntm_ocop_compute_expiry (const char *decision_date,
                         GDate      *expiry)
{
  g_return_val_if_fail (expiry != NULL, FALSE);

  if (!ntm_parse_iso_date (decision_date, expiry))
    return FALSE;
  g_date_add_months (expiry, NTM_OCOP_VALIDITY_MONTHS);
  return TRUE;
}

/**
 * ntm_ocop_validity_on:
 * @decision_date: the rating decision's date, YYYY-MM-DD
 * @today: (nullable): the day to judge on; %NULL for today
 *
 * Returns: expired from the expiry date on; expiring when the expiry date
 *   is at most 90 days after @today; valid otherwise
 */
NtmOcopValidity
ntm_ocop_validity_on (const char  *decision_date,
                      const GDate *today)
{
  GDate expiry, now;
  int days;

  if (!ntm_ocop_compute_expiry (decision_date, &expiry))
    return NTM_OCOP_NO_DATE;

  if (today == NULL)
    {
      get_today (&now);
      today = &now;
    }

  days = g_date_days_between (today, &expiry);
  if (days <= 0)
    return NTM_OCOP_EXPIRED;
  if (days <= NTM_OCOP_EXPIRING_DAYS)
    return NTM_OCOP_EXPIRING;
  return NTM_OCOP_VALID;
}

const char *
ntm_ocop_group_to_string (NtmOcopGroup group)
{
  g_return_val_if_fail (group < G_N_ELEMENTS (group_names), NULL);
  return group_names[group];
}

gboolean
ntm_ocop_group_from_string (const char   *text,
                            NtmOcopGroup *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!ntm_text_find_name (group_names, G_N_ELEMENTS (group_names), text, &i))
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
ntm_ocop_group_get_label (NtmOcopGroup group)
{
  switch (group)
    {
    case NTM_OCOP_GROUP_FOOD: return _("Food");
    case NTM_OCOP_GROUP_DRINKS: return _("Drinks");
    case NTM_OCOP_GROUP_HERBAL: return _("Herbal products");
    case NTM_OCOP_GROUP_HANDICRAFTS: return _("Handicrafts");
    case NTM_OCOP_GROUP_ORNAMENTAL: return _("Ornamental plants and animals");
    case NTM_OCOP_GROUP_TOURISM: return _("Community and eco-tourism services");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
ntm_producer_type_to_string (NtmProducerType type)
{
  g_return_val_if_fail (type < G_N_ELEMENTS (producer_type_names), NULL);
  return producer_type_names[type];
}

gboolean
ntm_producer_type_from_string (const char      *text,
                               NtmProducerType *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!ntm_text_find_name (producer_type_names, G_N_ELEMENTS (producer_type_names), text, &i))
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
ntm_producer_type_get_label (NtmProducerType type)
{
  switch (type)
    {
    case NTM_PRODUCER_COOPERATIVE: return _("Cooperative");
    case NTM_PRODUCER_ENTERPRISE: return _("Enterprise");
    case NTM_PRODUCER_HOUSEHOLD: return _("Household business");
    case NTM_PRODUCER_COOPERATIVE_GROUP: return _("Cooperative group");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
ntm_ocop_validity_get_label (NtmOcopValidity validity)
{
  switch (validity)
    {
    case NTM_OCOP_VALID: return _("Valid");
    case NTM_OCOP_EXPIRING: return _("Expiring soon");
    case NTM_OCOP_EXPIRED: return _("Expired");
    case NTM_OCOP_NO_DATE:
    default: return _("No decision date");
    }
}

/* ---------------------------------------------------------------------- */
/* The record                                                             */
/* ---------------------------------------------------------------------- */

NtmOcopProduct *
ntm_ocop_product_new (void)
{
  return g_object_new (NTM_TYPE_OCOP_PRODUCT, NULL);
}

/**
 * ntm_ocop_product_copy:
 * @self: a #NtmOcopProduct
 *
 * Returns: (transfer full): an independent copy, for a form to edit
 */
NtmOcopProduct *
ntm_ocop_product_copy (NtmOcopProduct *self)
{
  NtmOcopProduct *copy;

  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);

  copy = ntm_ocop_product_new ();
  copy->id = self->id;
  replace_string (&copy->name, self->name);
  copy->group = self->group;
  replace_string (&copy->producer, self->producer);
  copy->producer_type = self->producer_type;
  replace_string (&copy->commune_code, self->commune_code);
  copy->commune_name = g_strdup (self->commune_name);
  copy->district_code = g_strdup (self->district_code);
  copy->district_name = g_strdup (self->district_name);
  copy->score = self->score;
  replace_string (&copy->decision_number, self->decision_number);
  replace_string (&copy->decision_date, self->decision_date);
  replace_string (&copy->export_markets, self->export_markets);
  replace_string (&copy->note, self->note);
  return copy;
}

gint64
ntm_ocop_product_get_id (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), 0);
  return self->id;
}

const char *
ntm_ocop_product_get_name (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);
  return self->name;
}

void
ntm_ocop_product_set_name (NtmOcopProduct *self,
                           const char     *name)
{
  g_return_if_fail (NTM_IS_OCOP_PRODUCT (self));
  replace_string (&self->name, name);
  g_clear_pointer (&self->search_key, g_free);
}

NtmOcopGroup
ntm_ocop_product_get_group (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NTM_OCOP_GROUP_FOOD);
  return self->group;
}

void
ntm_ocop_product_set_group (NtmOcopProduct *self,
                            NtmOcopGroup    group)
{
  g_return_if_fail (NTM_IS_OCOP_PRODUCT (self));
  g_return_if_fail (group < NTM_OCOP_N_GROUPS);
  self->group = group;
}

const char *
ntm_ocop_product_get_producer (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);
  return self->producer;
}

void
ntm_ocop_product_set_producer (NtmOcopProduct *self,
                               const char     *producer)
{
  g_return_if_fail (NTM_IS_OCOP_PRODUCT (self));
  replace_string (&self->producer, producer);
  g_clear_pointer (&self->search_key, g_free);
}

NtmProducerType
ntm_ocop_product_get_producer_type (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NTM_PRODUCER_COOPERATIVE);
  return self->producer_type;
}

void
ntm_ocop_product_set_producer_type (NtmOcopProduct  *self,
                                    NtmProducerType  type)
{
  g_return_if_fail (NTM_IS_OCOP_PRODUCT (self));
  g_return_if_fail (type < NTM_N_PRODUCER_TYPES);
  self->producer_type = type;
}

const char *
ntm_ocop_product_get_commune_code (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);
  return self->commune_code;
}

void
ntm_ocop_product_set_commune_code (NtmOcopProduct *self,
                                   const char     *code)
{
  g_return_if_fail (NTM_IS_OCOP_PRODUCT (self));
  if (g_strcmp0 (self->commune_code, code) == 0)
    return;
  replace_string (&self->commune_code, code);
  g_clear_pointer (&self->commune_name, g_free);
  g_clear_pointer (&self->district_code, g_free);
  g_clear_pointer (&self->district_name, g_free);
}

/**
 * ntm_ocop_product_get_commune_name:
 * @self: a #NtmOcopProduct
 *
 * Returns: (nullable): the commune's name, for a product read from the
 *   database
 */
const char *
ntm_ocop_product_get_commune_name (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);
  return self->commune_name;
}

const char *
ntm_ocop_product_get_district_code (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);
  return self->district_code;
}

const char *
ntm_ocop_product_get_district_name (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);
  return self->district_name;
}

double
ntm_ocop_product_get_score (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), 0);
  return self->score;
}

void
ntm_ocop_product_set_score (NtmOcopProduct *self,
                            double          score)
{
  g_return_if_fail (NTM_IS_OCOP_PRODUCT (self));
  self->score = score;
}

/**
 * ntm_ocop_product_get_stars:
 * @self: a #NtmOcopProduct
 *
 * Returns: the stars the score earns (see ntm_ocop_stars_for_score())
 */
int
ntm_ocop_product_get_stars (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), 0);
  return ntm_ocop_stars_for_score (self->score);
}

const char *
ntm_ocop_product_get_decision_number (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);
  return self->decision_number;
}

void
ntm_ocop_product_set_decision_number (NtmOcopProduct *self,
                                      const char     *number)
{
  g_return_if_fail (NTM_IS_OCOP_PRODUCT (self));
  replace_string (&self->decision_number, number);
}

const char *
ntm_ocop_product_get_decision_date (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);
  return self->decision_date;
}

void
ntm_ocop_product_set_decision_date (NtmOcopProduct *self,
                                    const char     *iso_date)
{
  g_return_if_fail (NTM_IS_OCOP_PRODUCT (self));
  replace_string (&self->decision_date, iso_date);
}

/**
 * ntm_ocop_product_dup_expiry_date:
 * @self: a #NtmOcopProduct
 *
 * Returns: (transfer full) (nullable): the expiry date, YYYY-MM-DD
 */
char *
ntm_ocop_product_dup_expiry_date (NtmOcopProduct *self)
{
  GDate expiry;

  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);

  if (!ntm_ocop_compute_expiry (self->decision_date, &expiry))
    return NULL;
  return ntm_date_to_iso (&expiry);
}

NtmOcopValidity
ntm_ocop_product_get_validity (NtmOcopProduct *self,
                               const GDate    *today)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NTM_OCOP_NO_DATE);
  return ntm_ocop_validity_on (self->decision_date, today);
}

const char *
ntm_ocop_product_get_export_markets (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);
  return self->export_markets;
}

void
ntm_ocop_product_set_export_markets (NtmOcopProduct *self,
                                     const char     *markets)
{
  g_return_if_fail (NTM_IS_OCOP_PRODUCT (self));
  replace_string (&self->export_markets, markets);
  g_clear_pointer (&self->search_key, g_free);
}

const char *
ntm_ocop_product_get_note (NtmOcopProduct *self)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), NULL);
  return self->note;
}

void
ntm_ocop_product_set_note (NtmOcopProduct *self,
                           const char     *note)
{
  g_return_if_fail (NTM_IS_OCOP_PRODUCT (self));
  replace_string (&self->note, note);
}

/**
 * ntm_ocop_product_matches:
 * @self: a #NtmOcopProduct
 * @query: (nullable): what a person typed
 *
 * Returns: whether the product's name, producer, commune, district or
 *   export markets match @query, ignoring case and diacritics
 */
gboolean
ntm_ocop_product_matches (NtmOcopProduct *self,
                          const char     *query)
{
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), FALSE);

  if (query == NULL || is_blank (query))
    return TRUE;

  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", self->name, self->producer,
                                           self->commune_name ? self->commune_name : "",
                                           self->district_name ? self->district_name : "",
                                           self->export_markets, self->decision_number, NULL);
      self->search_key = ntm_text_fold (joined);
    }
  return ntm_text_matches (self->search_key, query);
}

/**
 * ntm_ocop_product_validate:
 * @self: a #NtmOcopProduct
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID)
 *
 * Checks what can be checked without the database: a name, a producer, a
 * commune, a score that earns stars and a real decision date that is not in
 * the future.
 *
 * Returns: %TRUE if the product can be saved
 */
gboolean
ntm_ocop_product_validate (NtmOcopProduct  *self,
                           GError         **error)
{
  GDate date, today;

  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (self), FALSE);

  if (is_blank (self->name))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Enter the product’s name."));
      return FALSE;
    }
  if (is_blank (self->producer))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Enter the producer’s name."));
      return FALSE;
    }
  if (is_blank (self->commune_code))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Choose the commune the producer is in."));
      return FALSE;
    }
  if (isnan (self->score) || self->score < NTM_OCOP_MIN_SCORE)
    {
      g_autofree char *shown = ntm_ocop_format_score (isnan (self->score) ? 0 : self->score);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("A score of %s is below 50: the product is not rated OCOP and cannot be registered (3 stars needs 50 to 69 points)."),
                   shown);
      return FALSE;
    }
  if (self->score > NTM_OCOP_MAX_SCORE)
    {
      g_autofree char *shown = ntm_ocop_format_score (self->score);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("A score of %s is not possible: products are scored out of 100."),
                   shown);
      return FALSE;
    }
  if (!ntm_ocop_score_is_valid (self->score))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Give the score with at most one decimal (the council’s average, e.g. 69.5)."));
      return FALSE;
    }
  if (is_blank (self->decision_date))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Enter the date of the rating decision: the rating’s expiry is counted from it."));
      return FALSE;
    }
  if (!ntm_parse_iso_date (self->decision_date, &date))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("“%s” is not a date. Write the decision date as YYYY-MM-DD, for example 2024-03-15."),
                   self->decision_date);
      return FALSE;
    }
  get_today (&today);
  if (g_date_compare (&date, &today) > 0)
    {
      g_autofree char *shown = ntm_format_date (self->decision_date);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The decision date %s is in the future. Check the date on the decision."), shown);
      return FALSE;
    }
  if (g_date_get_year (&date) < 2000)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The decision date must be in 2000 or later."));
      return FALSE;
    }

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* The registry                                                           */
/* ---------------------------------------------------------------------- */

/**
 * ntm_database_list_ocop_products:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full): every product, the latest decision first, as a
 *   #GListModel of #NtmOcopProduct
 */
GListModel *
ntm_database_list_ocop_products (NtmDatabase  *db,
                                 GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_OCOP_PRODUCT);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT " PRODUCT_COLUMNS " FROM ocop_product p"
                               " JOIN unit c ON c.code = p.commune_code"
                               " LEFT JOIN unit d ON d.code = c.parent_code"
                               " ORDER BY p.decision_date DESC, p.name, p.id",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NtmOcopProduct) product = product_from_row (stmt);
      g_list_store_append (store, product);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * ntm_database_save_ocop_product:
 * @db: a #NtmDatabase
 * @product: the product; a new one (id 0) is added and gets its id
 * @error: return location for a #GError
 *
 * Validates and stores the product in one transaction (area "ocop").
 * Nothing is written when the product is refused.
 *
 * Returns: %TRUE if saved
 */
gboolean
ntm_database_save_ocop_product (NtmDatabase     *db,
                                NtmOcopProduct  *product,
                                GError         **error)
{
  SaveData data = { product };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (NTM_IS_OCOP_PRODUCT (product), FALSE);

  if (!ntm_ocop_product_validate (product, error))
    return FALSE;
  return ntm_record_store (db, NTM_AREA_OCOP, &product->id, store_product, &data, error);
}

gboolean
ntm_database_delete_ocop_product (NtmDatabase  *db,
                                  gint64        id,
                                  GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  return ntm_record_delete (db, NTM_AREA_OCOP, "DELETE FROM ocop_product WHERE id = ?1", id, error);
}

/**
 * ntm_database_count_ocop_by_commune:
 * @db: a #NtmDatabase
 * @valid_on: (nullable): count only ratings valid on this day; %NULL
 *   counts every product
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type utf8 guint): commune code → number
 *   of products (as GUINT_TO_POINTER); communes without products are absent
 */
GHashTable *
ntm_database_count_ocop_by_commune (NtmDatabase  *db,
                                    const GDate  *valid_on,
                                    GError      **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db, "SELECT commune_code, decision_date FROM ocop_product", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      const char *date = (const char *) sqlite3_column_text (stmt, 1);
      guint n;

      if (valid_on != NULL)
        {
          GDate decided;
          NtmOcopValidity validity = ntm_ocop_validity_on (date, valid_on);

          if (validity == NTM_OCOP_EXPIRED || validity == NTM_OCOP_NO_DATE ||
              !ntm_parse_iso_date (date, &decided) || g_date_compare (&decided, valid_on) > 0)
            continue;
        }
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, code));
      g_hash_table_insert (counts, g_strdup (code), GUINT_TO_POINTER (n + 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  return g_steal_pointer (&counts);
}

/**
 * ntm_database_count_ocop_products:
 * @db: a #NtmDatabase
 * @commune_code: a commune's code
 * @valid_on: (nullable): count only ratings valid on this day; %NULL
 *   counts every product
 * @error: return location for a #GError
 *
 * For the map's side panel: how many OCOP products a commune has.
 *
 * Returns: the number of products (0 also on error, with @error set)
 */
guint
ntm_database_count_ocop_products (NtmDatabase  *db,
                                  const char   *commune_code,
                                  const GDate  *valid_on,
                                  GError      **error)
{
  g_autoptr(GHashTable) counts = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), 0);
  g_return_val_if_fail (commune_code != NULL, 0);

  counts = ntm_database_count_ocop_by_commune (db, valid_on, error);
  if (counts == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, commune_code));
}
