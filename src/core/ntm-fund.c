/* ntm-fund.c: funds mobilised for the programme
 *
 * One record is one unit's funds from one source in one year: the plan and
 * what was actually mobilised, in whole đồng, and for sponsorship the
 * sponsor's name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ntm-attainment.h"
#include "ntm-database-private.h"
#include "ntm-record-private.h"
#include "ntm-fund.h"
#include "ntm-fund-private.h"
#include "ntm-text.h"

struct _NtmFund
{
  GObject        parent_instance;

  gint64         id;
  int            year;
  char          *unit_code;
  char          *unit_name;
  char          *district_code;
  char          *district_name;
  NtmFundSource  source;
  char          *sponsor;
  gint64         planned;
  gint64         actual;
  char          *note;
  char          *search_key;
  guint          has_planned : 1;
  guint          has_actual : 1;
};

G_DEFINE_FINAL_TYPE (NtmFund, ntm_fund, G_TYPE_OBJECT)

static const char * const source_names[] = {
  "central_development", "central_recurrent", "local_budget", "integrated",
  "credit", "enterprise", "community", "sponsorship",
};

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

static gboolean
store_fund (NtmDatabase  *db,
            gpointer      user_data,
            GError      **error)
{
  NtmFund *self = user_data;
  sqlite3_stmt *stmt;
  NtmUnitKind kind;
  const char *kind_text;

  stmt = ntm_database_prepare (db, "SELECT kind FROM unit WHERE code = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, self->unit_code);
  kind_text = sqlite3_step (stmt) == SQLITE_ROW ? (const char *) sqlite3_column_text (stmt, 0) : NULL;
  if (kind_text == NULL || !ntm_unit_kind_from_string (kind_text, &kind))
    {
      sqlite3_reset (stmt);
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("There is no unit with code “%s”. Choose the province, district or commune the funds were mobilised for."),
                   self->unit_code);
      return FALSE;
    }
  sqlite3_reset (stmt);

  if (self->id == 0)
    stmt = ntm_database_prepare (db,
                                 "INSERT INTO fund (year, unit_code, source, sponsor, planned, actual, note)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                 error);
  else
    stmt = ntm_database_prepare (db,
                                 "UPDATE fund SET year = ?1, unit_code = ?2, source = ?3, sponsor = ?4,"
                                 " planned = ?5, actual = ?6, note = ?7 WHERE id = ?8",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, self->year);
  ntm_sql_bind_text (stmt, 2, self->unit_code);
  ntm_sql_bind_text (stmt, 3, source_names[self->source]);
  ntm_sql_bind_text (stmt, 4, g_strstrip (self->sponsor));
  if (self->has_planned)
    sqlite3_bind_int64 (stmt, 5, self->planned);
  else
    sqlite3_bind_null (stmt, 5);
  if (self->has_actual)
    sqlite3_bind_int64 (stmt, 6, self->actual);
  else
    sqlite3_bind_null (stmt, 6);
  ntm_sql_bind_text (stmt, 7, self->note);
  if (self->id != 0)
    sqlite3_bind_int64 (stmt, 8, self->id);

  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;

  if (!ntm_record_take_id (db, &self->id))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                   _("This funds record no longer exists; it may have been deleted."));
      return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_fund_finalize (GObject *object)
{
  NtmFund *self = NTM_FUND (object);

  g_free (self->unit_code);
  g_free (self->unit_name);
  g_free (self->district_code);
  g_free (self->district_name);
  g_free (self->sponsor);
  g_free (self->note);
  g_free (self->search_key);

  G_OBJECT_CLASS (ntm_fund_parent_class)->finalize (object);
}

static void
ntm_fund_class_init (NtmFundClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_fund_finalize;
}

static void
ntm_fund_init (NtmFund *self)
{
  self->year = 2024;
  self->unit_code = g_strdup ("");
  self->sponsor = g_strdup ("");
  self->note = g_strdup ("");
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

const char *
ntm_fund_source_to_string (NtmFundSource source)
{
  g_return_val_if_fail (source < G_N_ELEMENTS (source_names), NULL);
  return source_names[source];
}

gboolean
ntm_fund_source_from_string (const char    *text,
                             NtmFundSource *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!ntm_text_find_name (source_names, G_N_ELEMENTS (source_names), text, &i))
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
ntm_fund_source_get_label (NtmFundSource source)
{
  switch (source)
    {
    case NTM_FUND_CENTRAL_DEVELOPMENT: return _("Central budget: development investment");
    case NTM_FUND_CENTRAL_RECURRENT: return _("Central budget: recurrent");
    case NTM_FUND_LOCAL_BUDGET: return _("Local budget");
    case NTM_FUND_INTEGRATED: return _("Integrated programmes");
    case NTM_FUND_CREDIT: return _("Credit");
    case NTM_FUND_ENTERPRISE: return _("Enterprises");
    case NTM_FUND_COMMUNITY: return _("Community contributions");
    case NTM_FUND_SPONSORSHIP: return _("Sponsorship");
    default: g_return_val_if_reached (NULL);
    }
}

NtmFund *
ntm_fund_new (void)
{
  return g_object_new (NTM_TYPE_FUND, NULL);
}

/**
 * ntm_fund_copy:
 * @self: a #NtmFund
 *
 * Returns: (transfer full): an independent copy, for a form to edit
 */
NtmFund *
ntm_fund_copy (NtmFund *self)
{
  NtmFund *copy;

  g_return_val_if_fail (NTM_IS_FUND (self), NULL);

  copy = ntm_fund_new ();
  copy->id = self->id;
  copy->year = self->year;
  replace_string (&copy->unit_code, self->unit_code);
  copy->unit_name = g_strdup (self->unit_name);
  copy->district_code = g_strdup (self->district_code);
  copy->district_name = g_strdup (self->district_name);
  copy->source = self->source;
  replace_string (&copy->sponsor, self->sponsor);
  copy->planned = self->planned;
  copy->actual = self->actual;
  copy->has_planned = self->has_planned;
  copy->has_actual = self->has_actual;
  replace_string (&copy->note, self->note);
  return copy;
}

gint64
ntm_fund_get_id (NtmFund *self)
{
  g_return_val_if_fail (NTM_IS_FUND (self), 0);
  return self->id;
}

int
ntm_fund_get_year (NtmFund *self)
{
  g_return_val_if_fail (NTM_IS_FUND (self), 0);
  return self->year;
}

void
ntm_fund_set_year (NtmFund *self,
                   int      year)
{
  g_return_if_fail (NTM_IS_FUND (self));
  self->year = year;
}

const char *
ntm_fund_get_unit_code (NtmFund *self)
{
  g_return_val_if_fail (NTM_IS_FUND (self), NULL);
  return self->unit_code;
}

void
ntm_fund_set_unit_code (NtmFund    *self,
                        const char *code)
{
  g_return_if_fail (NTM_IS_FUND (self));
  if (g_strcmp0 (self->unit_code, code) == 0)
    return;
  replace_string (&self->unit_code, code);
  g_clear_pointer (&self->unit_name, g_free);
  g_clear_pointer (&self->district_code, g_free);
  g_clear_pointer (&self->district_name, g_free);
  g_clear_pointer (&self->search_key, g_free);
}

const char *
ntm_fund_get_unit_name (NtmFund *self)
{
  g_return_val_if_fail (NTM_IS_FUND (self), NULL);
  return self->unit_name;
}

/**
 * ntm_fund_get_district_code:
 * @self: a #NtmFund
 *
 * Returns: (nullable): the district the unit belongs to, the unit itself
 *   for a district, %NULL for the province
 */
const char *
ntm_fund_get_district_code (NtmFund *self)
{
  g_return_val_if_fail (NTM_IS_FUND (self), NULL);
  return self->district_code;
}

const char *
ntm_fund_get_district_name (NtmFund *self)
{
  g_return_val_if_fail (NTM_IS_FUND (self), NULL);
  return self->district_name;
}

NtmFundSource
ntm_fund_get_source (NtmFund *self)
{
  g_return_val_if_fail (NTM_IS_FUND (self), NTM_FUND_LOCAL_BUDGET);
  return self->source;
}

void
ntm_fund_set_source (NtmFund       *self,
                     NtmFundSource  source)
{
  g_return_if_fail (NTM_IS_FUND (self));
  g_return_if_fail (source < NTM_FUND_N_SOURCES);
  self->source = source;
}

const char *
ntm_fund_get_sponsor (NtmFund *self)
{
  g_return_val_if_fail (NTM_IS_FUND (self), NULL);
  return self->sponsor;
}

void
ntm_fund_set_sponsor (NtmFund    *self,
                      const char *sponsor)
{
  g_return_if_fail (NTM_IS_FUND (self));
  replace_string (&self->sponsor, sponsor);
  g_clear_pointer (&self->search_key, g_free);
}

/**
 * ntm_fund_get_planned:
 * @self: a #NtmFund
 * @dong: (out) (optional): the planned amount, 0 when unknown
 *
 * Returns: whether a plan is recorded
 */
gboolean
ntm_fund_get_planned (NtmFund *self,
                      gint64  *dong)
{
  g_return_val_if_fail (NTM_IS_FUND (self), FALSE);
  if (dong)
    *dong = self->has_planned ? self->planned : 0;
  return self->has_planned;
}

void
ntm_fund_set_planned (NtmFund  *self,
                      gboolean  known,
                      gint64    dong)
{
  g_return_if_fail (NTM_IS_FUND (self));
  self->has_planned = known;
  self->planned = known ? dong : 0;
}

/**
 * ntm_fund_get_actual:
 * @self: a #NtmFund
 * @dong: (out) (optional): the amount actually mobilised, 0 when unknown
 *
 * Returns: whether an actual amount is recorded
 */
gboolean
ntm_fund_get_actual (NtmFund *self,
                     gint64  *dong)
{
  g_return_val_if_fail (NTM_IS_FUND (self), FALSE);
  if (dong)
    *dong = self->has_actual ? self->actual : 0;
  return self->has_actual;
}

void
ntm_fund_set_actual (NtmFund  *self,
                     gboolean  known,
                     gint64    dong)
{
  g_return_if_fail (NTM_IS_FUND (self));
  self->has_actual = known;
  self->actual = known ? dong : 0;
}

const char *
ntm_fund_get_note (NtmFund *self)
{
  g_return_val_if_fail (NTM_IS_FUND (self), NULL);
  return self->note;
}

void
ntm_fund_set_note (NtmFund    *self,
                   const char *note)
{
  g_return_if_fail (NTM_IS_FUND (self));
  replace_string (&self->note, note);
}

gboolean
ntm_fund_matches (NtmFund    *self,
                  const char *query)
{
  g_return_val_if_fail (NTM_IS_FUND (self), FALSE);

  if (query == NULL || is_blank (query))
    return TRUE;
  if (self->search_key == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", self->unit_name ? self->unit_name : "",
                                           self->district_name ? self->district_name : "",
                                           self->sponsor, self->note,
                                           ntm_fund_source_get_label (self->source), NULL);
      self->search_key = ntm_text_fold (joined);
    }
  return ntm_text_matches (self->search_key, query);
}

/**
 * ntm_fund_validate:
 * @self: a #NtmFund
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID)
 *
 * A record needs a year, a unit, a planned or an actual amount (neither
 * negative) and, for sponsorship, the sponsor's name.
 *
 * Returns: %TRUE if the record can be saved
 */
gboolean
ntm_fund_validate (NtmFund  *self,
                   GError  **error)
{
  g_return_val_if_fail (NTM_IS_FUND (self), FALSE);

  if (self->year < 2000 || self->year > 2100)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The year must be between 2000 and 2100."));
      return FALSE;
    }
  if (is_blank (self->unit_code))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Choose the province, district or commune the funds were mobilised for."));
      return FALSE;
    }
  if (!self->has_planned && !self->has_actual)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Enter the planned amount, the amount actually mobilised, or both."));
      return FALSE;
    }
  if ((self->has_planned && self->planned < 0) || (self->has_actual && self->actual < 0))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Amounts cannot be negative."));
      return FALSE;
    }
  if (self->source == NTM_FUND_SPONSORSHIP && is_blank (self->sponsor))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Enter the sponsor’s name: sponsorship is reported by sponsor."));
      return FALSE;
    }
  return TRUE;
}

/**
 * ntm_database_list_funds:
 * @db: a #NtmDatabase
 * @year: a year, or 0 for every year
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the records by year, district, unit and source,
 *   as a #GListModel of #NtmFund
 */
GListModel *
ntm_database_list_funds (NtmDatabase  *db,
                         int           year,
                         GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_FUND);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT f.id, f.year, f.unit_code, u.name,"
                               "       CASE WHEN u.kind IN ('district', 'town', 'city') THEN u.code"
                               "            WHEN u.kind = 'province' THEN NULL ELSE d.code END,"
                               "       CASE WHEN u.kind IN ('district', 'town', 'city') THEN u.name"
                               "            WHEN u.kind = 'province' THEN NULL ELSE d.name END,"
                               "       f.source, f.sponsor, f.planned, f.actual, f.note"
                               " FROM fund f JOIN unit u ON u.code = f.unit_code"
                               " LEFT JOIN unit d ON d.code = u.parent_code"
                               " WHERE ?1 = 0 OR f.year = ?1"
                               " ORDER BY f.year DESC, u.kind <> 'province',"
                               "          CAST(coalesce(CASE WHEN u.kind IN ('district', 'town', 'city') THEN u.code ELSE d.code END, '0') AS INTEGER),"
                               "          u.kind NOT IN ('district', 'town', 'city'), CAST(u.code AS INTEGER), f.source, f.id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NtmFund) fund = ntm_fund_new ();
      double value;

      fund->id = sqlite3_column_int64 (stmt, 0);
      fund->year = sqlite3_column_int (stmt, 1);
      replace_string (&fund->unit_code, (const char *) sqlite3_column_text (stmt, 2));
      fund->unit_name = ntm_sql_dup_text (stmt, 3);
      fund->district_code = ntm_sql_dup_text (stmt, 4);
      fund->district_name = ntm_sql_dup_text (stmt, 5);
      if (!ntm_fund_source_from_string ((const char *) sqlite3_column_text (stmt, 6), &fund->source))
        fund->source = NTM_FUND_LOCAL_BUDGET;
      replace_string (&fund->sponsor, (const char *) sqlite3_column_text (stmt, 7));
      fund->has_planned = ntm_sql_get_double (stmt, 8, &value);
      fund->planned = fund->has_planned ? sqlite3_column_int64 (stmt, 8) : 0;
      fund->has_actual = ntm_sql_get_double (stmt, 9, &value);
      fund->actual = fund->has_actual ? sqlite3_column_int64 (stmt, 9) : 0;
      replace_string (&fund->note, (const char *) sqlite3_column_text (stmt, 10));
      g_list_store_append (store, fund);
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
 * ntm_database_save_fund:
 * @db: a #NtmDatabase
 * @fund: the record; a new one (id 0) is added and gets its id
 * @error: return location for a #GError
 *
 * Validates and stores the record in one transaction (area "funds").
 *
 * Returns: %TRUE if saved; nothing is written otherwise
 */
gboolean
ntm_database_save_fund (NtmDatabase  *db,
                        NtmFund      *fund,
                        GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (NTM_IS_FUND (fund), FALSE);

  if (!ntm_fund_validate (fund, error))
    return FALSE;
  return ntm_record_store (db, NTM_AREA_FUNDS, &fund->id, store_fund, fund, error);
}

gboolean
ntm_database_delete_fund (NtmDatabase  *db,
                          gint64        id,
                          GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  return ntm_record_delete (db, NTM_AREA_FUNDS, "DELETE FROM fund WHERE id = ?1", id, error);
}

/**
 * ntm_database_sum_funds:
 * @db: a #NtmDatabase
 * @year: a year, or 0 for every year
 * @area_code: (nullable): a district (its own records and its communes'),
 *   a commune, or %NULL (or the province's code) for the whole province
 * @source: a #NtmFundSource, or %NTM_FUND_ANY_SOURCE
 * @out: (out caller-allocates): the totals
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_database_sum_funds (NtmDatabase  *db,
                        int           year,
                        const char   *area_code,
                        int           source,
                        NtmFundSum   *out,
                        GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (source >= NTM_FUND_ANY_SOURCE && source < NTM_FUND_N_SOURCES, FALSE);

  *out = (NtmFundSum) { 0 };

  stmt = ntm_database_prepare (db,
                               "SELECT coalesce(sum(f.planned), 0), coalesce(sum(f.actual), 0), count(*)"
                               " FROM fund f JOIN unit u ON u.code = f.unit_code"
                               " WHERE (?1 = 0 OR f.year = ?1)"
                               "   AND (?2 IS NULL OR f.unit_code = ?2 OR u.parent_code = ?2"
                               "        OR ?2 = (SELECT code FROM unit WHERE kind = 'province' LIMIT 1))"
                               "   AND (?3 IS NULL OR f.source = ?3)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  ntm_sql_bind_text (stmt, 2, area_code);
  ntm_sql_bind_text (stmt, 3, source == NTM_FUND_ANY_SOURCE ? NULL : source_names[source]);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      out->planned = sqlite3_column_int64 (stmt, 0);
      out->actual = sqlite3_column_int64 (stmt, 1);
      out->n_records = sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }
  return TRUE;
}

/**
 * ntm_database_list_fund_years:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type int): the years with records, oldest first
 */
GArray *
ntm_database_list_fund_years (NtmDatabase  *db,
                              GError      **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db, "SELECT DISTINCT year FROM fund ORDER BY year", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }
  return g_steal_pointer (&years);
}
