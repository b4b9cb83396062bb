/* ntm-water-scheme.c: centralised clean-water schemes
 *
 * A scheme serves one or more communes (schemes cross commune borders) and
 * has its investment by source and year. Saving checks every rule first
 * and writes the scheme, its communes and its investment in one
 * transaction, stored by its id as every register is (ntm-record.c).
 * Deleting returns nothing to keep: the caller loads the scheme first and
 * saves it again to undo (it comes back with its id).
 *
 * The households of each commune on hygienic and clean water are a
 * subject of their own: ntm-commune-water.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ntm-database-private.h"
#include "ntm-number.h"
#include "ntm-record-private.h"
#include "ntm-text.h"
#include "ntm-water-scheme.h"

struct _NtmWaterScheme
{
  GObject               parent_instance;

  NtmWaterSchemeFields *fields;
  char                 *commune_names;
  GPtrArray            *districts;
  char                 *search_key;
};

G_DEFINE_FINAL_TYPE (NtmWaterScheme, ntm_water_scheme, G_TYPE_OBJECT)

static const char * const statuses[] = { "planned", "building", "operating", "stopped", NULL };
static const char * const sources[] = { "surface", "ground", NULL };
static const char * const managements[] = {
  "provincial_centre", "enterprise", "cooperative", "commune_committee", "community", NULL,
};
static const char * const sustainabilities[] = { "sustainable", "fairly", "poorly", "not_operating", NULL };
static const char * const investment_sources[] = {
  "central", "local", "integrated", "credit", "enterprise", "community", "other", NULL,
};

#define SCHEME_COLUMNS \
  "code, name, status, water_source, treatment, design_capacity, actual_output, pipe_length," \
  " households_design, households_actual, people_design, people_actual, new_connections," \
  " started_on, commissioned_on, progress, management, tariff, loss_rate, quality_tested_on," \
  " quality_passed, sustainability, note"

/* ---------------------------------------------------------------------- */
/* Fields                                                                 */
/* ---------------------------------------------------------------------- */

static void
investment_clear (gpointer data)
{
  NtmWaterInvestment *inv = data;

  g_clear_pointer (&inv->source, g_free);
}

/**
 * ntm_water_scheme_fields_new:
 *
 * Returns: (transfer full): an empty scheme: every number unknown, status
 *   "operating"
 */
NtmWaterSchemeFields *
ntm_water_scheme_fields_new (void)
{
  NtmWaterSchemeFields *f = g_new0 (NtmWaterSchemeFields, 1);

  f->code = g_strdup ("");
  f->name = g_strdup ("");
  f->status = g_strdup ("operating");
  f->treatment = g_strdup ("");
  f->note = g_strdup ("");
  f->design_capacity = f->actual_output = f->pipe_length = NAN;
  f->households_design = f->households_actual = NAN;
  f->people_design = f->people_actual = f->new_connections = NAN;
  f->progress = f->tariff = f->loss_rate = NAN;
  f->quality_passed = -1;
  f->communes = g_ptr_array_new_with_free_func (g_free);
  f->investments = g_array_new (FALSE, TRUE, sizeof (NtmWaterInvestment));
  g_array_set_clear_func (f->investments, investment_clear);
  return f;
}

NtmWaterSchemeFields *
ntm_water_scheme_fields_copy (const NtmWaterSchemeFields *src)
{
  NtmWaterSchemeFields *f;

  g_return_val_if_fail (src != NULL, NULL);

  f = g_new0 (NtmWaterSchemeFields, 1);
  *f = *src;
  f->code = g_strdup (src->code);
  f->name = g_strdup (src->name);
  f->status = g_strdup (src->status);
  f->water_source = g_strdup (src->water_source);
  f->treatment = g_strdup (src->treatment);
  f->started_on = g_strdup (src->started_on);
  f->commissioned_on = g_strdup (src->commissioned_on);
  f->management = g_strdup (src->management);
  f->quality_tested_on = g_strdup (src->quality_tested_on);
  f->sustainability = g_strdup (src->sustainability);
  f->note = g_strdup (src->note);
  f->communes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < src->communes->len; i++)
    g_ptr_array_add (f->communes, g_strdup (g_ptr_array_index (src->communes, i)));
  f->investments = g_array_new (FALSE, TRUE, sizeof (NtmWaterInvestment));
  g_array_set_clear_func (f->investments, investment_clear);
  for (guint i = 0; i < src->investments->len; i++)
    {
      const NtmWaterInvestment *inv = &g_array_index (src->investments, NtmWaterInvestment, i);
      ntm_water_scheme_fields_add_investment (f, inv->year, inv->source, inv->amount);
    }
  return f;
}

void
ntm_water_scheme_fields_free (NtmWaterSchemeFields *f)
{
  if (f == NULL)
    return;

  g_free (f->code);
  g_free (f->name);
  g_free (f->status);
  g_free (f->water_source);
  g_free (f->treatment);
  g_free (f->started_on);
  g_free (f->commissioned_on);
  g_free (f->management);
  g_free (f->quality_tested_on);
  g_free (f->sustainability);
  g_free (f->note);
  g_ptr_array_unref (f->communes);
  g_array_unref (f->investments);
  g_free (f);
}

void
ntm_water_scheme_fields_add_investment (NtmWaterSchemeFields *f,
                                        int                   year,
                                        const char           *source,
                                        double                amount)
{
  NtmWaterInvestment inv = { year, g_strdup (source), amount };

  g_return_if_fail (f != NULL);
  g_array_append_val (f->investments, inv);
}

double
ntm_water_scheme_fields_get_total_investment (const NtmWaterSchemeFields *f)
{
  double total = 0.0;

  g_return_val_if_fail (f != NULL, 0.0);

  for (guint i = 0; i < f->investments->len; i++)
    total += g_array_index (f->investments, NtmWaterInvestment, i).amount;
  return total;
}

void
ntm_field_problem_free (gpointer data)
{
  NtmFieldProblem *p = data;

  g_free (p->message);
  g_free (p);
}

static void
add_problem (GPtrArray  *problems,
             const char *field,
             gboolean    warning,
             const char *message)
{
  NtmFieldProblem *p = g_new0 (NtmFieldProblem, 1);

  p->field = field;
  p->warning = warning;
  p->message = g_strdup (message);
  g_ptr_array_add (problems, p);
}

static gboolean
is_choice (const char * const *choices,
           const char         *value)
{
  return value == NULL || g_strv_contains (choices, value);
}

static void
check_amount (GPtrArray  *problems,
              const char *field,
              double      value,
              gboolean    whole)
{
  if (isnan (value))
    return;
  if (!isfinite (value))
    add_problem (problems, field, FALSE, _("This value is not a number."));
  else if (value < 0.0)
    add_problem (problems, field, FALSE, _("This value cannot be negative."));
  else if (whole && floor (value) != value)
    add_problem (problems, field, FALSE, _("Enter a whole number, without decimals."));
}

static void
check_percent (GPtrArray  *problems,
               const char *field,
               double      value)
{
  if (!isnan (value) && !(value >= 0.0 && value <= 100.0))
    add_problem (problems, field, FALSE, _("A percentage must be between 0 and 100."));
}

static void
check_date (GPtrArray  *problems,
            const char *field,
            const char *iso)
{
  if (iso != NULL && !ntm_date_is_valid_iso (iso))
    add_problem (problems, field, FALSE, _("This is not a real date."));
}

/**
 * ntm_water_scheme_fields_check:
 * @fields: a scheme
 * @ok: (out): %TRUE when there is no error (warnings allowed)
 *
 * Returns: (transfer full) (element-type NtmFieldProblem): every problem
 *   found, errors and warnings, in the order of the form
 */
GPtrArray *
ntm_water_scheme_fields_check (const NtmWaterSchemeFields *f,
                               gboolean                   *ok)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (ntm_field_problem_free);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (f != NULL, problems);
  g_return_val_if_fail (ok != NULL, problems);

  {
    g_autofree char *name = g_strstrip (g_strdup (f->name ? f->name : ""));
    if (*name == '\0')
      add_problem (problems, "name", FALSE, _("Give the scheme a name."));
  }

  if (!is_choice (statuses, f->status) || f->status == NULL)
    add_problem (problems, "status", FALSE, _("Choose the scheme’s status."));
  if (!is_choice (sources, f->water_source))
    add_problem (problems, "water_source", FALSE, _("Choose surface water or groundwater."));

  if (f->communes->len == 0)
    add_problem (problems, "communes", FALSE, _("Choose at least one commune the scheme serves."));

  check_amount (problems, "design_capacity", f->design_capacity, FALSE);
  check_amount (problems, "actual_output", f->actual_output, FALSE);
  check_amount (problems, "pipe_length", f->pipe_length, FALSE);
  check_amount (problems, "households_design", f->households_design, TRUE);
  check_amount (problems, "households_actual", f->households_actual, TRUE);
  check_amount (problems, "people_design", f->people_design, TRUE);
  check_amount (problems, "people_actual", f->people_actual, TRUE);
  check_amount (problems, "new_connections", f->new_connections, TRUE);

  if (!isnan (f->households_design) && !isnan (f->households_actual) &&
      f->households_actual > f->households_design)
    add_problem (problems, "households_actual", TRUE,
                 _("More households are connected than the scheme was designed for. Check the figure; it can be saved as it is."));
  if (!isnan (f->people_design) && !isnan (f->people_actual) && f->people_actual > f->people_design)
    add_problem (problems, "people_actual", TRUE,
                 _("More people are served than the scheme was designed for. Check the figure; it can be saved as it is."));
  if (!isnan (f->design_capacity) && !isnan (f->actual_output) && f->actual_output > f->design_capacity)
    add_problem (problems, "actual_output", TRUE,
                 _("The output is above the design capacity. Check the figure; it can be saved as it is."));

  check_date (problems, "started_on", f->started_on);
  check_date (problems, "commissioned_on", f->commissioned_on);
  if (ntm_date_is_valid_iso (f->started_on) && ntm_date_is_valid_iso (f->commissioned_on) &&
      strcmp (f->commissioned_on, f->started_on) < 0)
    add_problem (problems, "commissioned_on", FALSE,
                 _("A scheme cannot be commissioned before its construction started."));

  check_percent (problems, "progress", f->progress);
  if (!is_choice (managements, f->management))
    add_problem (problems, "management", FALSE, _("Choose how the scheme is managed."));
  check_amount (problems, "tariff", f->tariff, FALSE);
  check_percent (problems, "loss_rate", f->loss_rate);
  check_date (problems, "quality_tested_on", f->quality_tested_on);
  if (f->quality_passed < -1 || f->quality_passed > 1)
    add_problem (problems, "quality_passed", FALSE, _("Say whether the last quality test passed."));
  if (!is_choice (sustainabilities, f->sustainability))
    add_problem (problems, "sustainability", FALSE, _("Choose a sustainability class."));

  for (guint i = 0; i < f->investments->len; i++)
    {
      const NtmWaterInvestment *inv = &g_array_index (f->investments, NtmWaterInvestment, i);
      char *key;

      if (inv->source == NULL || !g_strv_contains (investment_sources, inv->source))
        add_problem (problems, "investments", FALSE, _("Choose where each investment comes from."));
      if (inv->year < 1950 || inv->year > 2100)
        add_problem (problems, "investments", FALSE, _("An investment’s year must be between 1950 and 2100."));
      if (!isfinite (inv->amount) || inv->amount < 0.0)
        add_problem (problems, "investments", FALSE, _("Investment amounts cannot be negative."));
      key = g_strdup_printf ("%d/%s", inv->year, inv->source ? inv->source : "");
      if (!g_hash_table_add (keys, key))
        add_problem (problems, "investments", FALSE,
                     _("The same source appears twice for one year: add the amounts together."));
    }

  *ok = TRUE;
  for (guint i = 0; i < problems->len; i++)
    if (!((NtmFieldProblem *) g_ptr_array_index (problems, i))->warning)
      *ok = FALSE;

  return problems;
}

const char * const *
ntm_water_scheme_statuses (void)
{
  return statuses;
}

const char * const *
ntm_water_scheme_sources (void)
{
  return sources;
}

const char * const *
ntm_water_scheme_managements (void)
{
  return managements;
}

const char * const *
ntm_water_scheme_sustainabilities (void)
{
  return sustainabilities;
}

const char * const *
ntm_water_investment_sources (void)
{
  return investment_sources;
}

/**
 * ntm_water_choice_get_label:
 * @choice: a status, water source, management model, sustainability class
 *   or investment source
 *
 * Returns: the choice as a person reads it, translated
 */
const char *
ntm_water_choice_get_label (const char *choice)
{
  static const struct { const char *key; const char *label; } labels[] = {
    { "planned", N_("Planned") },
    { "building", N_("Under construction") },
    { "operating", N_("Operating") },
    { "stopped", N_("Stopped") },
    { "surface", N_("Surface water") },
    { "ground", N_("Groundwater") },
    { "provincial_centre", N_("Provincial water centre") },
    { "enterprise", N_("Enterprise") },
    { "cooperative", N_("Cooperative") },
    { "commune_committee", N_("Commune People’s Committee") },
    { "community", N_("Community group") },
    { "sustainable", N_("Sustainable") },
    { "fairly", N_("Fairly sustainable") },
    { "poorly", N_("Poorly sustainable") },
    { "not_operating", N_("Not operating") },
    { "central", N_("Central budget") },
    { "local", N_("Local budget") },
    { "integrated", N_("Integrated programmes") },
    { "credit", N_("Credit") },
    { "other", N_("Other") },
  };

  if (choice == NULL)
    return _("Not known");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].key, choice))
      return _(labels[i].label);
  return choice;
}

/**
 * ntm_water_investment_source_get_label:
 * @source: an investment source
 *
 * Returns: the source as a person reads it, translated
 */
const char *
ntm_water_investment_source_get_label (const char *source)
{
  if (g_strcmp0 (source, "community") == 0)
    return _("Community contributions");
  if (g_strcmp0 (source, "enterprise") == 0)
    return _("Enterprises");
  return ntm_water_choice_get_label (source);
}

/* ---------------------------------------------------------------------- */
/* The list object                                                        */
/* ---------------------------------------------------------------------- */

static void
ntm_water_scheme_finalize (GObject *object)
{
  NtmWaterScheme *self = NTM_WATER_SCHEME (object);

  g_clear_pointer (&self->fields, ntm_water_scheme_fields_free);
  g_free (self->commune_names);
  g_clear_pointer (&self->districts, g_ptr_array_unref);
  g_free (self->search_key);
  G_OBJECT_CLASS (ntm_water_scheme_parent_class)->finalize (object);
}

static void
ntm_water_scheme_class_init (NtmWaterSchemeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_water_scheme_finalize;
}

static void
ntm_water_scheme_init (NtmWaterScheme *self)
{
  self->districts = g_ptr_array_new_with_free_func (g_free);
}

const NtmWaterSchemeFields *
ntm_water_scheme_get_fields (NtmWaterScheme *self)
{
  g_return_val_if_fail (NTM_IS_WATER_SCHEME (self), NULL);
  return self->fields;
}

gint64
ntm_water_scheme_get_id (NtmWaterScheme *self)
{
  g_return_val_if_fail (NTM_IS_WATER_SCHEME (self), 0);
  return self->fields->id;
}

/**
 * ntm_water_scheme_get_commune_names:
 * @self: a #NtmWaterScheme
 *
 * Returns: the names of the communes served, separated by commas
 */
const char *
ntm_water_scheme_get_commune_names (NtmWaterScheme *self)
{
  g_return_val_if_fail (NTM_IS_WATER_SCHEME (self), NULL);
  return self->commune_names ? self->commune_names : "";
}

gboolean
ntm_water_scheme_in_district (NtmWaterScheme *self,
                              const char     *district_code)
{
  g_return_val_if_fail (NTM_IS_WATER_SCHEME (self), FALSE);

  for (guint i = 0; i < self->districts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->districts, i), district_code) == 0)
      return TRUE;
  return FALSE;
}

/**
 * ntm_water_scheme_matches:
 * @self: a #NtmWaterScheme
 * @query: what a person typed (accents and case do not matter)
 *
 * Returns: whether the scheme's code, name or communes match
 */
gboolean
ntm_water_scheme_matches (NtmWaterScheme *self,
                          const char     *query)
{
  g_return_val_if_fail (NTM_IS_WATER_SCHEME (self), FALSE);

  if (query == NULL || *query == '\0')
    return TRUE;
  return ntm_text_matches (self->search_key, query);
}

/* ---------------------------------------------------------------------- */
/* Reading and writing                                                    */
/* ---------------------------------------------------------------------- */

static double
column_number (sqlite3_stmt *stmt,
               int           column)
{
  double value;

  return ntm_sql_get_double (stmt, column, &value) ? value : NAN;
}

static NtmWaterSchemeFields *
fields_from_row (sqlite3_stmt *stmt)
{
  NtmWaterSchemeFields *f = ntm_water_scheme_fields_new ();

  f->id = sqlite3_column_int64 (stmt, 0);
  g_free (f->code);
  f->code = ntm_sql_dup_text (stmt, 1);
  g_free (f->name);
  f->name = ntm_sql_dup_text (stmt, 2);
  g_free (f->status);
  f->status = ntm_sql_dup_text (stmt, 3);
  f->water_source = ntm_sql_dup_text (stmt, 4);
  g_free (f->treatment);
  f->treatment = ntm_sql_dup_text (stmt, 5);
  f->design_capacity = column_number (stmt, 6);
  f->actual_output = column_number (stmt, 7);
  f->pipe_length = column_number (stmt, 8);
  f->households_design = column_number (stmt, 9);
  f->households_actual = column_number (stmt, 10);
  f->people_design = column_number (stmt, 11);
  f->people_actual = column_number (stmt, 12);
  f->new_connections = column_number (stmt, 13);
  f->started_on = ntm_sql_dup_text (stmt, 14);
  f->commissioned_on = ntm_sql_dup_text (stmt, 15);
  f->progress = column_number (stmt, 16);
  f->management = ntm_sql_dup_text (stmt, 17);
  f->tariff = column_number (stmt, 18);
  f->loss_rate = column_number (stmt, 19);
  f->quality_tested_on = ntm_sql_dup_text (stmt, 20);
  f->quality_passed = sqlite3_column_type (stmt, 21) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 21);
  f->sustainability = ntm_sql_dup_text (stmt, 22);
  g_free (f->note);
  f->note = ntm_sql_dup_text (stmt, 23);
  return f;
}

static void
bind_number (sqlite3_stmt *stmt,
             int           index,
             double        value,
             gboolean      whole)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else if (whole)
    sqlite3_bind_int64 (stmt, index, (sqlite3_int64) value);
  else
    sqlite3_bind_double (stmt, index, value);
}

static void
bind_fields (sqlite3_stmt               *stmt,
             const NtmWaterSchemeFields *f)
{
  g_autofree char *name = g_strstrip (g_strdup (f->name));
  g_autofree char *code = g_strstrip (g_strdup (f->code ? f->code : ""));

  ntm_sql_bind_text (stmt, 1, code);
  ntm_sql_bind_text (stmt, 2, name);
  ntm_sql_bind_text (stmt, 3, f->status);
  ntm_sql_bind_text (stmt, 4, f->water_source);
  ntm_sql_bind_text (stmt, 5, f->treatment ? f->treatment : "");
  bind_number (stmt, 6, f->design_capacity, FALSE);
  bind_number (stmt, 7, f->actual_output, FALSE);
  bind_number (stmt, 8, f->pipe_length, FALSE);
  bind_number (stmt, 9, f->households_design, TRUE);
  bind_number (stmt, 10, f->households_actual, TRUE);
  bind_number (stmt, 11, f->people_design, TRUE);
  bind_number (stmt, 12, f->people_actual, TRUE);
  bind_number (stmt, 13, f->new_connections, TRUE);
  ntm_sql_bind_text (stmt, 14, f->started_on);
  ntm_sql_bind_text (stmt, 15, f->commissioned_on);
  bind_number (stmt, 16, f->progress, FALSE);
  ntm_sql_bind_text (stmt, 17, f->management);
  bind_number (stmt, 18, f->tariff, FALSE);
  bind_number (stmt, 19, f->loss_rate, FALSE);
  ntm_sql_bind_text (stmt, 20, f->quality_tested_on);
  if (f->quality_passed < 0)
    sqlite3_bind_null (stmt, 21);
  else
    sqlite3_bind_int (stmt, 21, f->quality_passed);
  ntm_sql_bind_text (stmt, 22, f->sustainability);
  ntm_sql_bind_text (stmt, 23, f->note ? f->note : "");
}

static gboolean
load_children (NtmDatabase  *db,
               GHashTable   *by_id,        /* id → NtmWaterScheme or NtmWaterSchemeFields */
               gboolean      objects,
               gint64        only_id,
               GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (db,
                               "SELECT wc.scheme_id, u.code, u.name, u.parent_code"
                               " FROM water_scheme_commune wc JOIN unit u ON u.code = wc.unit_code"
                               " WHERE ?1 = 0 OR wc.scheme_id = ?1"
                               " ORDER BY wc.scheme_id, u.name",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, only_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gpointer item = g_hash_table_lookup (by_id, &id);
      NtmWaterSchemeFields *f;

      if (item == NULL)
        continue;
      f = objects ? NTM_WATER_SCHEME (item)->fields : item;
      g_ptr_array_add (f->communes, ntm_sql_dup_text (stmt, 1));
      if (objects)
        {
          NtmWaterScheme *scheme = item;
          const char *name = (const char *) sqlite3_column_text (stmt, 2);
          const char *parent = (const char *) sqlite3_column_text (stmt, 3);
          char *joined;

          joined = scheme->commune_names ? g_strconcat (scheme->commune_names, ", ", name, NULL)
                                         : g_strdup (name);
          g_free (scheme->commune_names);
          scheme->commune_names = joined;
          if (parent != NULL && !ntm_water_scheme_in_district (scheme, parent))
            g_ptr_array_add (scheme->districts, g_strdup (parent));
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto fail;

  stmt = ntm_database_prepare (db,
                               "SELECT scheme_id, year, source, amount FROM water_scheme_investment"
                               " WHERE ?1 = 0 OR scheme_id = ?1 ORDER BY scheme_id, year, source",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, only_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gpointer item = g_hash_table_lookup (by_id, &id);
      NtmWaterSchemeFields *f;

      if (item == NULL)
        continue;
      f = objects ? NTM_WATER_SCHEME (item)->fields : item;
      ntm_water_scheme_fields_add_investment (f, sqlite3_column_int (stmt, 1),
                                              (const char *) sqlite3_column_text (stmt, 2),
                                              sqlite3_column_double (stmt, 3));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    goto fail;

  return TRUE;

fail:
  ntm_database_set_sqlite_error (db, error, NULL);
  return FALSE;
}

/**
 * ntm_database_list_water_schemes:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full): every scheme, by name, as a #GListModel of
 *   #NtmWaterScheme
 */
GListModel *
ntm_database_list_water_schemes (NtmDatabase  *db,
                                 GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_WATER_SCHEME);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db, "SELECT id, " SCHEME_COLUMNS " FROM water_scheme ORDER BY name, id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NtmWaterScheme) scheme = g_object_new (NTM_TYPE_WATER_SCHEME, NULL);

      scheme->fields = fields_from_row (stmt);
      g_hash_table_insert (by_id, &scheme->fields->id, scheme);
      g_list_store_append (store, scheme);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  if (!load_children (db, by_id, TRUE, 0, error))
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(NtmWaterScheme) scheme = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autofree char *text = g_strjoin (" ", scheme->fields->code, scheme->fields->name,
                                         scheme->commune_names ? scheme->commune_names : "", NULL);
      scheme->search_key = ntm_text_fold (text);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * ntm_database_load_water_scheme:
 * @db: a #NtmDatabase
 * @id: a scheme
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the scheme with its communes and investment
 */
NtmWaterSchemeFields *
ntm_database_load_water_scheme (NtmDatabase  *db,
                                gint64        id,
                                GError      **error)
{
  g_autoptr(NtmWaterSchemeFields) f = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  stmt = ntm_database_prepare (db, "SELECT id, " SCHEME_COLUMNS " FROM water_scheme WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    f = fields_from_row (stmt);
  sqlite3_reset (stmt);

  if (f == NULL)
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                           _("This scheme is no longer on record."));
      return NULL;
    }

  g_hash_table_insert (by_id, &f->id, f);
  if (!load_children (db, by_id, FALSE, id, error))
    return NULL;

  return g_steal_pointer (&f);
}

static gboolean
write_scheme (NtmDatabase  *db,
              gpointer      user_data,
              GError      **error)
{
  NtmWaterSchemeFields *f = user_data;
  g_autoptr(NtmWaterSchemeFields) before = NULL;
  sqlite3_stmt *stmt;
  gboolean exists = FALSE;

  if (f->id != 0)
    {
      stmt = ntm_database_prepare (db, "SELECT 1 FROM water_scheme WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, f->id);
      exists = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
    }

  if (exists)
    {
      before = ntm_database_load_water_scheme (db, f->id, error);
      if (before == NULL)
        return FALSE;
      stmt = ntm_database_prepare (db,
                                   "UPDATE water_scheme SET (" SCHEME_COLUMNS ") ="
                                   " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                                   "  ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23) WHERE id = ?24",
                                   error);
    }
  else
    /* A new scheme, or one put back by undo with its own id. */
    stmt = ntm_database_prepare (db,
                                 "INSERT INTO water_scheme (" SCHEME_COLUMNS ", id) VALUES"
                                 " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                                 "  ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
                                 error);
  if (stmt == NULL)
    return FALSE;
  bind_fields (stmt, f);
  if (f->id != 0)
    sqlite3_bind_int64 (stmt, 24, f->id);
  else
    sqlite3_bind_null (stmt, 24);
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;
  if (!ntm_record_take_id (db, &f->id))
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                           _("This scheme is no longer on record."));
      return FALSE;
    }

  /* Communes: remove those no longer served, add the new ones. */
  for (guint i = 0; before != NULL && i < before->communes->len; i++)
    {
      const char *code = g_ptr_array_index (before->communes, i);
      gboolean kept = FALSE;

      for (guint j = 0; j < f->communes->len && !kept; j++)
        kept = g_str_equal (code, g_ptr_array_index (f->communes, j));
      if (kept)
        continue;
      stmt = ntm_database_prepare (db, "DELETE FROM water_scheme_commune WHERE scheme_id = ?1 AND unit_code = ?2",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, f->id);
      ntm_sql_bind_text (stmt, 2, code);
      if (!ntm_database_step_done (db, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < f->communes->len; i++)
    {
      stmt = ntm_database_prepare (db,
                                   "INSERT INTO water_scheme_commune (scheme_id, unit_code) VALUES (?1, ?2)"
                                   " ON CONFLICT DO NOTHING",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, f->id);
      ntm_sql_bind_text (stmt, 2, g_ptr_array_index (f->communes, i));
      if (!ntm_database_step_done (db, stmt, error))
        {
          g_prefix_error (error, _("Commune %s: "), (const char *) g_ptr_array_index (f->communes, i));
          return FALSE;
        }
    }

  /* Investment: remove what is gone, then write each amount. */
  for (guint i = 0; before != NULL && i < before->investments->len; i++)
    {
      const NtmWaterInvestment *old = &g_array_index (before->investments, NtmWaterInvestment, i);
      gboolean kept = FALSE;

      for (guint j = 0; j < f->investments->len && !kept; j++)
        {
          const NtmWaterInvestment *inv = &g_array_index (f->investments, NtmWaterInvestment, j);
          kept = inv->year == old->year && g_strcmp0 (inv->source, old->source) == 0;
        }
      if (kept)
        continue;
      stmt = ntm_database_prepare (db,
                                   "DELETE FROM water_scheme_investment"
                                   " WHERE scheme_id = ?1 AND year = ?2 AND source = ?3",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, f->id);
      sqlite3_bind_int (stmt, 2, old->year);
      ntm_sql_bind_text (stmt, 3, old->source);
      if (!ntm_database_step_done (db, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < f->investments->len; i++)
    {
      const NtmWaterInvestment *inv = &g_array_index (f->investments, NtmWaterInvestment, i);

      stmt = ntm_database_prepare (db,
                                   "INSERT INTO water_scheme_investment (scheme_id, year, source, amount)"
                                   " VALUES (?1, ?2, ?3, ?4)"
                                   " ON CONFLICT DO UPDATE SET amount = excluded.amount"
                                   " WHERE amount IS NOT excluded.amount",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, f->id);
      sqlite3_bind_int (stmt, 2, inv->year);
      ntm_sql_bind_text (stmt, 3, inv->source);
      sqlite3_bind_double (stmt, 4, inv->amount);
      if (!ntm_database_step_done (db, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * ntm_database_save_water_scheme:
 * @db: a #NtmDatabase
 * @fields: the scheme; a new one (id 0) gets its id
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID
 *   with the first problem when a rule is broken)
 *
 * Saves the scheme, its communes and its investment in one transaction.
 * Warnings do not stop saving. A scheme with an id that is not on record
 * (one just deleted) is put back with that id.
 *
 * Returns: %TRUE if saved
 */
gboolean
ntm_database_save_water_scheme (NtmDatabase           *db,
                                NtmWaterSchemeFields  *fields,
                                GError               **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  gboolean ok;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  problems = ntm_water_scheme_fields_check (fields, &ok);
  if (!ok)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          NtmFieldProblem *p = g_ptr_array_index (problems, i);
          if (!p->warning)
            {
              g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID, p->message);
              break;
            }
        }
      return FALSE;
    }

  return ntm_record_store (db, NTM_AREA_WATER_SCHEMES, &fields->id, write_scheme, fields, error);
}

/* Not ntm_record_delete(): a scheme's communes and investment go first,
 * each row of them into the history, and a scheme no longer on record is
 * said, not passed over. */
static gboolean
delete_scheme (NtmDatabase  *db,
               gpointer      user_data,
               GError      **error)
{
  gint64 *id = user_data;
  sqlite3_stmt *stmt;

  /* Children first, so that the history records each of them. */
  stmt = ntm_database_prepare (db, "DELETE FROM water_scheme_commune WHERE scheme_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *id);
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;

  stmt = ntm_database_prepare (db, "DELETE FROM water_scheme_investment WHERE scheme_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *id);
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;

  stmt = ntm_database_prepare (db, "DELETE FROM water_scheme WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *id);
  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;

  if (sqlite3_changes (ntm_database_get_handle (db)) == 0)
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                           _("This scheme is no longer on record."));
      return FALSE;
    }
  return TRUE;
}

/**
 * ntm_database_delete_water_scheme:
 * @db: a #NtmDatabase
 * @id: a scheme
 * @error: return location for a #GError
 *
 * To be able to undo, load the scheme first with
 * ntm_database_load_water_scheme() and save it again.
 *
 * Returns: %TRUE if deleted
 */
gboolean
ntm_database_delete_water_scheme (NtmDatabase  *db,
                                  gint64        id,
                                  GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  return ntm_database_run_transaction (db, NTM_AREA_WATER_SCHEMES, delete_scheme, &id, error);
}
