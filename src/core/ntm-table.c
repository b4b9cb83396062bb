/* ntm-table.c: a list as a table of typed columns, for export
 *
 * Each exportable list is one entry of `lists` below: a name, a title, its
 * columns (headings, shown in the user's language, with their types) and a
 * function that adds the rows. Another list is one more entry. Cells are
 * kept as text in a neutral form (numbers with a dot, dates as
 * YYYY-MM-DD); writers turn them into numbers and dates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ntm-attainment.h"
#include "ntm-criteria.h"
#include "ntm-criteria-edit.h"
#include "ntm-database-private.h"
#include "ntm-clock.h"
#include "ntm-evaluation.h"
#include "ntm-fund.h"
#include "ntm-lineage.h"
#include "ntm-recognition.h"
#include "ntm-ocop-product.h"
#include "ntm-table.h"
#include "ntm-table-private.h"
#include "ntm-target.h"
#include "ntm-unit.h"
#include "ntm-water-scheme.h"

typedef struct {
  char          *heading;
  NtmColumnType  type;
  char         **choices;   /* a cell holds one of these, or nothing */
} Column;

struct _NtmTable
{
  GObject    parent_instance;

  char      *name;
  char      *title;
  GArray    *columns;   /* of Column */
  GPtrArray *rows;      /* of GStrv (NULL entries allowed), n_columns long */
  guint      n_key_columns;  /* the first columns say which row is which */
};

G_DEFINE_FINAL_TYPE (NtmTable, ntm_table, G_TYPE_OBJECT)

typedef struct {
  const char    *heading;    /* untranslated */
  NtmColumnType  type;
} ColumnSpec;

typedef gboolean (*FillFunc) (NtmTable     *table,
                              NtmDatabase  *db,
                              int           year,
                              const char   *set_code,
                              GError      **error);

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
column_clear (gpointer data)
{
  g_free (((Column *) data)->heading);
  g_strfreev (((Column *) data)->choices);
}

static void
row_free (gpointer data)
{
  char **cells = data;
  guint n = GPOINTER_TO_UINT (cells[-1]);

  for (guint i = 0; i < n; i++)
    g_free (cells[i]);
  g_free (cells - 1);
}

static char *
int_text (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static char *
double_text (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.10g", value));
}

/* Adds a row of owned cells. */
static void
add_row_owned (NtmTable *self,
               char    **cells)
{
  ntm_table_add_row (self, (const char * const *) cells);
  for (guint i = 0; i < self->columns->len; i++)
    g_free (cells[i]);
}

static const ColumnSpec units_columns[] = {
  { N_("Code"),           NTM_COLUMN_TEXT },
  { N_("Name"),           NTM_COLUMN_TEXT },
  { N_("Kind"),           NTM_COLUMN_TEXT },
  { N_("Belongs to"),     NTM_COLUMN_TEXT },
  { N_("Latitude"),       NTM_COLUMN_NUMBER },
  { N_("Longitude"),      NTM_COLUMN_NUMBER },
  { N_("Commune group"),  NTM_COLUMN_INTEGER },
  { N_("In force from"),  NTM_COLUMN_DATE },
  { N_("In force until"), NTM_COLUMN_DATE },
  { N_("Level in force"), NTM_COLUMN_TEXT },
};

/* The units of a year (today's when @year is 0): those in force on 31
 * December, with their state that day and the level each holds then by
 * decision (the one rule: ntm_database_get_levels_in_force()). */
static gboolean
fill_units (NtmTable     *table,
            NtmDatabase  *db,
            int           year,
            const char   *set_code,
            GError      **error)
{
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GHashTable) levels = NULL;
  g_autoptr(GHashTable) official = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *year_end = NULL;

  if (year == 0)
    year = ntm_clock_get_year ();
  year_end = g_strdup_printf ("%04d-12-31", year);
  units = ntm_database_list_units_in_year (db, year, error);
  if (units == NULL)
    return FALSE;

  /* the sheet's name says the year, for the way back in: the commune
   * groups it lists are those of that year */
  g_free (table->title);
  /* Translators: a sheet's name, e.g. "Đơn vị hành chính 2026"; at most 31 characters */
  table->title = g_strdup_printf (_("Administrative units %d"), year);

  levels = ntm_database_get_levels_in_force (db, year_end, error);
  if (levels == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      g_hash_table_insert (official, (gpointer) ntm_unit_get_code (unit),
                           (gpointer) ntm_unit_get_official_code (unit));
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      char *cells[G_N_ELEMENTS (units_columns)] = { 0 };
      const NtmLevelInForce *held = g_hash_table_lookup (levels, ntm_unit_get_code (unit));
      const char *parent = ntm_unit_get_parent_code (unit);
      double lat, lon;

      cells[0] = g_strdup (ntm_unit_get_official_code (unit));
      cells[1] = g_strdup (ntm_unit_get_name (unit));
      cells[2] = g_strdup (ntm_unit_kind_get_label (ntm_unit_get_kind (unit)));
      if (parent != NULL)
        cells[3] = g_strdup (g_hash_table_contains (official, parent) ? g_hash_table_lookup (official, parent)
                                                                      : parent);
      if (ntm_unit_get_location (unit, &lat, &lon))
        {
          cells[4] = double_text (lat);
          cells[5] = double_text (lon);
        }
      if (ntm_unit_get_commune_group (unit) > 0)
        cells[6] = int_text (ntm_unit_get_commune_group (unit));
      cells[7] = g_strdup (ntm_unit_get_valid_from (unit));
      cells[8] = g_strdup (ntm_unit_get_valid_to (unit));
      cells[9] = g_strdup (ntm_level_get_label (held ? held->level : NTM_LEVEL_NO_DATA));
      add_row_owned (table, cells);
    }
  return TRUE;
}

static const ColumnSpec assessments_columns[] = {
  { N_("Unit code"),          NTM_COLUMN_TEXT },
  { N_("Unit"),               NTM_COLUMN_TEXT },
  { N_("Year"),               NTM_COLUMN_INTEGER },
  { N_("Criteria set"),       NTM_COLUMN_TEXT },
  { N_("Criterion"),          NTM_COLUMN_TEXT },
  { N_("Indicator"),          NTM_COLUMN_TEXT },
  { N_("Indicator name"),     NTM_COLUMN_TEXT },
  { N_("Value"),              NTM_COLUMN_NUMBER },
  { N_("Unit of measure"),    NTM_COLUMN_TEXT },
  { N_("Status set by hand"), NTM_COLUMN_TEXT },
  { N_("Reason"),             NTM_COLUMN_TEXT },
  { N_("Note"),               NTM_COLUMN_TEXT },
  { N_("Entered by"),         NTM_COLUMN_TEXT },
};

static gboolean
fill_assessments (NtmTable     *table,
                  NtmDatabase  *db,
                  int           year,
                  const char   *set_code,
                  GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (db,
                               "SELECT coalesce(u.official_code, u.code), u.name, a.year, c.set_code, c.number, i.code, i.name,"
                               "       a.value, i.unit, a.status_override, a.override_reason, a.note, a.author"
                               " FROM assessment a JOIN unit u ON u.code = a.unit_code"
                               " JOIN indicator i ON i.id = a.indicator_id"
                               " JOIN criterion c ON c.id = i.criterion_id"
                               " WHERE ?1 = 0 OR a.year = ?1"
                               " ORDER BY a.year, CAST(a.unit_code AS INTEGER), c.set_code, c.position, i.position",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *cells[G_N_ELEMENTS (assessments_columns)] = { 0 };
      NtmStatus status;
      double value;

      for (int i = 0; i < 7; i++)
        cells[i] = ntm_sql_dup_text (stmt, i);
      if (ntm_sql_get_double (stmt, 7, &value))
        cells[7] = double_text (value);
      cells[8] = ntm_sql_dup_text (stmt, 8);
      if (ntm_status_from_string ((const char *) sqlite3_column_text (stmt, 9), &status))
        cells[9] = g_strdup (ntm_status_get_label (status));
      cells[10] = ntm_sql_dup_text (stmt, 10);
      cells[11] = ntm_sql_dup_text (stmt, 11);
      cells[12] = ntm_sql_dup_text (stmt, 12);
      add_row_owned (table, cells);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }
  return TRUE;
}

static const ColumnSpec recognitions_columns[] = {
  { N_("Unit code"),       NTM_COLUMN_TEXT },
  { N_("Unit"),            NTM_COLUMN_TEXT },
  { N_("Level"),           NTM_COLUMN_TEXT },
  { N_("Year"),            NTM_COLUMN_INTEGER },
  { N_("Decision number"), NTM_COLUMN_TEXT },
  { N_("Decision date"),   NTM_COLUMN_DATE },
  { N_("Issued by"),       NTM_COLUMN_TEXT },
  { N_("Source"),          NTM_COLUMN_TEXT },
  { N_("Revoked on"),      NTM_COLUMN_DATE },
  { N_("Note"),            NTM_COLUMN_TEXT },
};

static gboolean
fill_recognitions (NtmTable     *table,
                   NtmDatabase  *db,
                   int           year,
                   const char   *set_code,
                   GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ntm_database_prepare (db,
                               "SELECT coalesce(u.official_code, u.code), u.name, r.level, r.year,"
                               "       r.decision_number, r.decision_date, r.issuer, r.source, r.revoked_on,"
                               "       r.note"
                               " FROM recognition r JOIN unit u ON u.code = r.unit_code"
                               " WHERE ?1 = 0 OR r.year = ?1"
                               " ORDER BY r.year, CAST(coalesce(u.official_code, u.code) AS INTEGER), r.id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char *cells[G_N_ELEMENTS (recognitions_columns)] = { 0 };
      NtmLevel level;

      cells[0] = ntm_sql_dup_text (stmt, 0);
      cells[1] = ntm_sql_dup_text (stmt, 1);
      if (ntm_level_from_string ((const char *) sqlite3_column_text (stmt, 2), &level))
        cells[2] = g_strdup (ntm_level_get_label (level));
      cells[3] = int_text (sqlite3_column_int (stmt, 3));
      for (int i = 4; i < 10; i++)
        cells[i] = ntm_sql_dup_text (stmt, i);
      add_row_owned (table, cells);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }
  return TRUE;
}

static const ColumnSpec ocop_columns[] = {
  { N_("Product"),          NTM_COLUMN_TEXT },
  { N_("Product group"),    NTM_COLUMN_TEXT },
  { N_("Producer"),         NTM_COLUMN_TEXT },
  { N_("Type of producer"), NTM_COLUMN_TEXT },
  { N_("Commune code"),     NTM_COLUMN_TEXT },
  { N_("Commune"),          NTM_COLUMN_TEXT },
  { N_("District"),         NTM_COLUMN_TEXT },
  { N_("Score"),            NTM_COLUMN_NUMBER },
  { N_("Stars"),            NTM_COLUMN_INTEGER },
  { N_("Decision number"),  NTM_COLUMN_TEXT },
  { N_("Decision date"),    NTM_COLUMN_DATE },
  { N_("Expiry date"),      NTM_COLUMN_DATE },
  { N_("Export markets"),   NTM_COLUMN_TEXT },
  { N_("Note"),             NTM_COLUMN_TEXT },
};

static gboolean
fill_ocop (NtmTable     *table,
           NtmDatabase  *db,
           int           year,
           const char   *set_code,
           GError      **error)
{
  g_autoptr(GListModel) products = ntm_database_list_ocop_products (db, error);

  if (products == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (products); i++)
    {
      g_autoptr(NtmOcopProduct) p = g_list_model_get_item (products, i);
      char *cells[G_N_ELEMENTS (ocop_columns)];

      cells[0] = g_strdup (ntm_ocop_product_get_name (p));
      cells[1] = g_strdup (ntm_ocop_group_get_label (ntm_ocop_product_get_group (p)));
      cells[2] = g_strdup (ntm_ocop_product_get_producer (p));
      cells[3] = g_strdup (ntm_producer_type_get_label (ntm_ocop_product_get_producer_type (p)));
      cells[4] = g_strdup (ntm_ocop_product_get_commune_code (p));
      cells[5] = g_strdup (ntm_ocop_product_get_commune_name (p));
      cells[6] = g_strdup (ntm_ocop_product_get_district_name (p));
      cells[7] = double_text (ntm_ocop_product_get_score (p));
      cells[8] = int_text (ntm_ocop_product_get_stars (p));
      cells[9] = g_strdup (ntm_ocop_product_get_decision_number (p));
      cells[10] = g_strdup (ntm_ocop_product_get_decision_date (p));
      cells[11] = ntm_ocop_product_dup_expiry_date (p);
      cells[12] = g_strdup (ntm_ocop_product_get_export_markets (p));
      cells[13] = g_strdup (ntm_ocop_product_get_note (p));
      add_row_owned (table, cells);
    }
  return TRUE;
}

static const ColumnSpec funds_columns[] = {
  { N_("Year"),             NTM_COLUMN_INTEGER },
  { N_("Unit code"),        NTM_COLUMN_TEXT },
  { N_("Unit"),             NTM_COLUMN_TEXT },
  { N_("District"),         NTM_COLUMN_TEXT },
  { N_("Source"),           NTM_COLUMN_TEXT },
  { N_("Sponsor"),          NTM_COLUMN_TEXT },
  { N_("Planned (đồng)"),   NTM_COLUMN_INTEGER },
  { N_("Mobilised (đồng)"), NTM_COLUMN_INTEGER },
  { N_("Note"),             NTM_COLUMN_TEXT },
};

static gboolean
fill_funds (NtmTable     *table,
            NtmDatabase  *db,
            int           year,
            const char   *set_code,
            GError      **error)
{
  g_autoptr(GListModel) funds = ntm_database_list_funds (db, year, error);

  if (funds == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (funds); i++)
    {
      g_autoptr(NtmFund) f = g_list_model_get_item (funds, i);
      char *cells[G_N_ELEMENTS (funds_columns)] = { 0 };
      gint64 amount;

      cells[0] = int_text (ntm_fund_get_year (f));
      cells[1] = g_strdup (ntm_fund_get_unit_code (f));
      cells[2] = g_strdup (ntm_fund_get_unit_name (f));
      cells[3] = g_strdup (ntm_fund_get_district_name (f));
      cells[4] = g_strdup (ntm_fund_source_get_label (ntm_fund_get_source (f)));
      cells[5] = g_strdup (ntm_fund_get_sponsor (f));
      if (ntm_fund_get_planned (f, &amount))
        cells[6] = int_text (amount);
      if (ntm_fund_get_actual (f, &amount))
        cells[7] = int_text (amount);
      cells[8] = g_strdup (ntm_fund_get_note (f));
      add_row_owned (table, cells);
    }
  return TRUE;
}

static const ColumnSpec targets_columns[] = {
  { N_("Year"),           NTM_COLUMN_INTEGER },
  { N_("Target"),         NTM_COLUMN_TEXT },
  { N_("Scope"),          NTM_COLUMN_TEXT },
  { N_("Kind of target"), NTM_COLUMN_TEXT },
  { N_("Value"),          NTM_COLUMN_NUMBER },
  { N_("Note"),           NTM_COLUMN_TEXT },
  { N_("Source"),         NTM_COLUMN_TEXT },
};

static gboolean
fill_targets (NtmTable     *table,
              NtmDatabase  *db,
              int           year,
              const char   *set_code,
              GError      **error)
{
  g_autoptr(GListModel) targets = ntm_database_list_targets (db, year, error);

  if (targets == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(NtmTarget) t = g_list_model_get_item (targets, i);
      char *cells[G_N_ELEMENTS (targets_columns)];

      cells[0] = int_text (ntm_target_get_year (t));
      cells[1] = g_strdup (ntm_target_metric_get_label (ntm_target_get_metric (t)));
      cells[2] = g_strdup (ntm_target_get_scope_name (t) ? ntm_target_get_scope_name (t)
                                                        : ntm_target_get_scope_code (t));
      cells[3] = g_strdup (ntm_target_kind_get_label (ntm_target_get_kind (t)));
      cells[4] = double_text (ntm_target_get_value (t));
      cells[5] = g_strdup (ntm_target_get_note (t));
      cells[6] = g_strdup (ntm_target_get_source (t));
      add_row_owned (table, cells);
    }
  return TRUE;
}

/* Text of the scheme, or an empty cell. */
static char *
known_text (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

static char *
choice_text (const char *choice)
{
  return choice != NULL && *choice != '\0' ? g_strdup (ntm_water_choice_get_label (choice)) : NULL;
}

/* A number of the scheme, or an empty cell when it is not known. */
static char *
known_number (double value)
{
  return isnan (value) ? NULL : double_text (value);
}

static char *
known_whole (double value)
{
  return isnan (value) ? NULL : int_text ((gint64) llround (value));
}

static const ColumnSpec schemes_columns[] = {
  { N_("Code"),                      NTM_COLUMN_TEXT },
  { N_("Name"),                      NTM_COLUMN_TEXT },
  { N_("Communes served"),           NTM_COLUMN_TEXT },
  { N_("Status"),                    NTM_COLUMN_TEXT },
  { N_("Water source"),              NTM_COLUMN_TEXT },
  { N_("Treatment"),                 NTM_COLUMN_TEXT },
  { N_("Design capacity (m³/day)"),  NTM_COLUMN_NUMBER },
  { N_("Actual output (m³/day)"),    NTM_COLUMN_NUMBER },
  { N_("Pipe length (km)"),          NTM_COLUMN_NUMBER },
  { N_("Households, design"),        NTM_COLUMN_INTEGER },
  { N_("Households, actual"),        NTM_COLUMN_INTEGER },
  { N_("People, design"),            NTM_COLUMN_INTEGER },
  { N_("People, actual"),            NTM_COLUMN_INTEGER },
  { N_("New connections this year"), NTM_COLUMN_INTEGER },
  { N_("Started on"),                NTM_COLUMN_DATE },
  { N_("Commissioned on"),           NTM_COLUMN_DATE },
  { N_("Construction progress (%)"), NTM_COLUMN_NUMBER },
  { N_("Management"),                NTM_COLUMN_TEXT },
  { N_("Tariff (đồng/m³)"),          NTM_COLUMN_NUMBER },
  { N_("Loss rate (%)"),             NTM_COLUMN_NUMBER },
  { N_("Last quality test"),         NTM_COLUMN_DATE },
  { N_("Quality test result"),       NTM_COLUMN_TEXT },
  { N_("Sustainability"),            NTM_COLUMN_TEXT },
  { N_("Total investment (đồng)"),   NTM_COLUMN_INTEGER },
  { N_("Note"),                      NTM_COLUMN_TEXT },
};

static gboolean
fill_schemes (NtmTable     *table,
              NtmDatabase  *db,
              int           year,
              const char   *set_code,
              GError      **error)
{
  g_autoptr(GListModel) schemes = ntm_database_list_water_schemes (db, error);

  if (schemes == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (schemes); i++)
    {
      g_autoptr(NtmWaterScheme) scheme = g_list_model_get_item (schemes, i);
      const NtmWaterSchemeFields *f = ntm_water_scheme_get_fields (scheme);
      char *cells[G_N_ELEMENTS (schemes_columns)] = { 0 };

      cells[0] = known_text (f->code);
      cells[1] = known_text (f->name);
      cells[2] = g_strdup (ntm_water_scheme_get_commune_names (scheme));
      cells[3] = choice_text (f->status);
      cells[4] = choice_text (f->water_source);
      cells[5] = known_text (f->treatment);
      cells[6] = known_number (f->design_capacity);
      cells[7] = known_number (f->actual_output);
      cells[8] = known_number (f->pipe_length);
      cells[9] = known_whole (f->households_design);
      cells[10] = known_whole (f->households_actual);
      cells[11] = known_whole (f->people_design);
      cells[12] = known_whole (f->people_actual);
      cells[13] = known_whole (f->new_connections);
      cells[14] = known_text (f->started_on);
      cells[15] = known_text (f->commissioned_on);
      cells[16] = known_number (f->progress);
      cells[17] = choice_text (f->management);
      cells[18] = known_number (f->tariff);
      cells[19] = known_number (f->loss_rate);
      cells[20] = known_text (f->quality_tested_on);
      if (f->quality_passed >= 0)
        cells[21] = g_strdup (f->quality_passed ? _("Passed") : _("Failed"));
      cells[22] = choice_text (f->sustainability);
      if (f->investments != NULL && f->investments->len > 0)
        cells[23] = int_text ((gint64) llround (ntm_water_scheme_fields_get_total_investment (f)));
      cells[24] = known_text (f->note);
      add_row_owned (table, cells);
    }
  return TRUE;
}

static const ColumnSpec water_figures_columns[] = {
  { N_("Year"),                                NTM_COLUMN_INTEGER },
  { N_("Unit code"),                           NTM_COLUMN_TEXT },
  { N_("Unit"),                                NTM_COLUMN_TEXT },
  { N_("District"),                            NTM_COLUMN_TEXT },
  { N_("Households in total"),                 NTM_COLUMN_INTEGER },
  { N_("On hygienic water"),                   NTM_COLUMN_INTEGER },
  { N_("On clean water meeting the standard"), NTM_COLUMN_INTEGER },
};

/* Every commune of the year with its household water figures (empty where
 * none are on record): the list and the template to fill in at once. */
static gboolean
fill_water_figures (NtmTable     *table,
                    NtmDatabase  *db,
                    int           year,
                    const char   *set_code,
                    GError      **error)
{
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) communes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  if (year == 0)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The figures of which year? Give one with --year YEAR."));
      return FALSE;
    }

  /* The communes in force that year, in their districts' order (when the
   * year has districts). */
  units = ntm_database_list_units_in_year (db, year, error);
  if (units == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);

      g_hash_table_insert (names, (gpointer) ntm_unit_get_code (unit), (gpointer) ntm_unit_get_name (unit));
      if (ntm_unit_get_kind (unit) == NTM_UNIT_KIND_COMMUNE)
        g_ptr_array_add (communes, g_steal_pointer (&unit));
    }

  stmt = ntm_database_prepare (db,
                               "SELECT unit_code, households_total, households_hygienic, households_clean"
                               " FROM commune_water WHERE year = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *values = g_new (gint64, 3);

      for (int k = 0; k < 3; k++)
        values[k] = sqlite3_column_int64 (stmt, 1 + k);
      g_hash_table_insert (figures, ntm_sql_dup_text (stmt, 0), values);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }

  for (guint i = 0; i < communes->len; i++)
    {
      NtmUnit *unit = g_ptr_array_index (communes, i);
      const char *parent = ntm_unit_get_parent_code (unit);
      const gint64 *values = g_hash_table_lookup (figures, ntm_unit_get_code (unit));
      char *cells[G_N_ELEMENTS (water_figures_columns)] = { 0 };

      cells[0] = int_text (year);
      cells[1] = g_strdup (ntm_unit_get_official_code (unit));
      cells[2] = g_strdup (ntm_unit_get_name (unit));
      if (parent != NULL && g_hash_table_contains (names, parent))
        cells[3] = g_strdup (g_hash_table_lookup (names, parent));
      if (values != NULL)
        for (int k = 0; k < 3; k++)
          cells[4 + k] = int_text (values[k]);
      add_row_owned (table, cells);
    }
  ntm_table_set_n_key_columns (table, 4);
  return TRUE;
}

/* The set a criteria list is about: the one asked for, else the commune
 * set for NTM in force in the year. */
static NtmCriteriaSet *
find_criteria_set (NtmDatabase  *db,
                   int           year,
                   const char   *set_code,
                   GError      **error)
{
  g_autoptr(GListModel) sets = ntm_database_list_criteria_sets (db, error);

  if (sets == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, i);

      if (set_code != NULL ? g_str_equal (ntm_criteria_set_get_code (set), set_code)
                           : (ntm_criteria_set_applies (set, NTM_UNIT_KIND_COMMUNE, year) &&
                              ntm_criteria_set_get_level (set) == NTM_LEVEL_NTM))
        return g_steal_pointer (&set);
    }
  if (set_code != NULL)
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                 _("There is no criteria set with the code “%s”."), set_code);
  else
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                 _("No commune criteria set applies in %d: give one with --set CODE."), year);
  return NULL;
}

/* The office's summary table: one row per unit the set applies to, one
 * column per criterion with the status in force, and the count met. With
 * @empty, the same table with empty cells: the template to fill in. */
static gboolean
fill_criteria_matrix_full (NtmTable     *table,
                           NtmDatabase  *db,
                           int           year,
                           const char   *set_code,
                           gboolean      empty,
                           GError      **error)
{
  g_autoptr(NtmCriteriaSet) set = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(NtmEvaluation) evaluation = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  const char *choices[] = { ntm_status_get_label (NTM_STATUS_MET), ntm_status_get_label (NTM_STATUS_NOT_MET),
                            ntm_status_get_label (NTM_STATUS_BASICALLY_MET), NULL };
  guint n_criteria;

  if (year == 0)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("The criteria of which year? Give one with --year YEAR."));
      return FALSE;
    }
  set = find_criteria_set (db, year, set_code, error);
  if (set == NULL)
    return FALSE;
  criteria = ntm_database_list_criteria (db, ntm_criteria_set_get_code (set), error);
  units = ntm_database_list_units (db, error);
  if (criteria == NULL || units == NULL)
    return FALSE;
  if (!empty && (evaluation = ntm_evaluation_new (db, year, error)) == NULL)
    return FALSE;

  /* the sheet's name says the set and the year, for the way back in */
  g_free (table->title);
  /* Translators: a sheet's name, e.g. "Tiêu chí 318-ntm 2024"; at most 31 characters */
  table->title = g_strdup_printf (_("Criteria %s %d"), ntm_criteria_set_get_code (set), year);

  n_criteria = g_list_model_get_n_items (criteria);
  ntm_table_add_column (table, _("Unit code"), NTM_COLUMN_TEXT);
  ntm_table_add_column (table, _("Unit"), NTM_COLUMN_TEXT);
  ntm_table_add_column (table, _("District"), NTM_COLUMN_TEXT);
  for (guint c = 0; c < n_criteria; c++)
    {
      g_autoptr(NtmCriterion) criterion = g_list_model_get_item (criteria, c);
      /* Translators: a column heading, a criterion's number and name, e.g. "1. Quy hoạch" */
      g_autofree char *heading = g_strdup_printf (_("%s. %s"), ntm_criterion_get_number (criterion),
                                                  ntm_criterion_get_name (criterion));

      ntm_table_add_column (table, heading, NTM_COLUMN_TEXT);
      ntm_table_set_column_choices (table, 3 + c, choices);
    }
  ntm_table_add_column (table, _("Criteria met"), NTM_COLUMN_INTEGER);
  ntm_table_set_n_key_columns (table, 3);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      g_hash_table_insert (names, (gpointer) ntm_unit_get_code (unit), (gpointer) ntm_unit_get_name (unit));
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      const NtmCriterionResult *results = NULL;
      guint n_results = 0, met = 0;

      if (!ntm_criteria_set_applies (set, ntm_unit_get_kind (unit), year))
        continue;
      if (evaluation != NULL)
        results = ntm_evaluation_get_criteria (evaluation, ntm_unit_get_code (unit), &n_results);

      g_ptr_array_add (cells, g_strdup (ntm_unit_get_code (unit)));
      g_ptr_array_add (cells, g_strdup (ntm_unit_get_name (unit)));
      g_ptr_array_add (cells, g_strdup (ntm_unit_get_parent_code (unit) ?
                                        g_hash_table_lookup (names, ntm_unit_get_parent_code (unit)) : NULL));
      for (guint c = 0; c < n_criteria; c++)
        {
          g_autoptr(NtmCriterion) criterion = g_list_model_get_item (criteria, c);
          NtmStatus status = NTM_STATUS_NO_DATA;

          for (guint r = 0; r < n_results; r++)
            if (results[r].criterion_id == ntm_criterion_get_id (criterion))
              status = results[r].status;
          if (status == NTM_STATUS_MET)
            met++;
          g_ptr_array_add (cells, status == NTM_STATUS_NO_DATA ? NULL : g_strdup (ntm_status_get_label (status)));
        }
      g_ptr_array_add (cells, empty ? NULL : int_text (met));
      ntm_table_add_row (table, (const char * const *) cells->pdata);
    }
  return TRUE;
}

static gboolean
fill_criteria_matrix (NtmTable     *table,
                      NtmDatabase  *db,
                      int           year,
                      const char   *set_code,
                      GError      **error)
{
  return fill_criteria_matrix_full (table, db, year, set_code, FALSE, error);
}

static gboolean
fill_criteria_template (NtmTable     *table,
                        NtmDatabase  *db,
                        int           year,
                        const char   *set_code,
                        GError      **error)
{
  return fill_criteria_matrix_full (table, db, year, set_code, TRUE, error);
}

static const ColumnSpec criteria_set_columns[] = {
  { N_("Criteria set"),    NTM_COLUMN_TEXT },
  { N_("Set name"),        NTM_COLUMN_TEXT },
  { N_("Decision"),        NTM_COLUMN_TEXT },
  { N_("Applies to"),      NTM_COLUMN_TEXT },
  { N_("Level"),           NTM_COLUMN_TEXT },
  { N_("First year"),      NTM_COLUMN_INTEGER },
  { N_("Last year"),       NTM_COLUMN_INTEGER },
  { N_("Criterion"),       NTM_COLUMN_TEXT },
  { N_("Criterion name"),  NTM_COLUMN_TEXT },
  { N_("Indicator"),       NTM_COLUMN_TEXT },
  { N_("Indicator name"),  NTM_COLUMN_TEXT },
  { N_("Unit of measure"), NTM_COLUMN_TEXT },
  { N_("Kind"),            NTM_COLUMN_TEXT },
  { N_("Comparison"),      NTM_COLUMN_TEXT },
  { N_("Group 1"),         NTM_COLUMN_NUMBER },
  { N_("Group 2"),         NTM_COLUMN_NUMBER },
  { N_("Group 3"),         NTM_COLUMN_NUMBER },
};

/* A set's definition, one row per indicator, to share between offices. */
static gboolean
fill_criteria_set (NtmTable     *table,
                   NtmDatabase  *db,
                   int           year,
                   const char   *set_code,
                   GError      **error)
{
  g_autoptr(NtmCriteriaSet) set = NULL;
  g_autoptr(GListModel) criteria = NULL;
  NtmLevel level;

  if (set_code == NULL)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Which criteria set? Give its code with --set CODE."));
      return FALSE;
    }
  set = find_criteria_set (db, year, set_code, error);
  if (set == NULL || (criteria = ntm_database_list_criteria (db, set_code, error)) == NULL)
    return FALSE;
  level = ntm_criteria_set_get_level (set);

  for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
    {
      g_autoptr(NtmCriterion) criterion = g_list_model_get_item (criteria, c);
      g_autoptr(GListModel) indicators = ntm_database_list_indicators (db, ntm_criterion_get_id (criterion), error);

      if (indicators == NULL)
        return FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(NtmIndicator) ind = g_list_model_get_item (indicators, i);
          char *cells[G_N_ELEMENTS (criteria_set_columns)] = { 0 };

          cells[0] = g_strdup (ntm_criteria_set_get_code (set));
          cells[1] = g_strdup (ntm_criteria_set_get_name (set));
          cells[2] = g_strdup (ntm_criteria_set_get_decision (set));
          cells[3] = g_strdup (ntm_criteria_set_get_applies_to (set));
          cells[4] = g_strdup (level == NTM_LEVEL_TASK_COMPLETED ? "province" : ntm_level_to_string (level));
          cells[5] = int_text (ntm_criteria_set_get_year_from (set));
          if (ntm_criteria_set_get_year_to (set) > 0)
            cells[6] = int_text (ntm_criteria_set_get_year_to (set));
          cells[7] = g_strdup (ntm_criterion_get_number (criterion));
          cells[8] = g_strdup (ntm_criterion_get_name (criterion));
          cells[9] = g_strdup (ntm_indicator_get_code (ind));
          cells[10] = g_strdup (ntm_indicator_get_name (ind));
          cells[11] = g_strdup (ntm_indicator_get_unit (ind));
          cells[12] = g_strdup (ntm_indicator_kind_get_label (ntm_indicator_get_kind (ind)));
          cells[13] = g_strdup (ntm_comparison_to_string (ntm_indicator_get_comparison (ind)));
          for (int g = 1; g <= 3; g++)
            {
              gboolean known;
              double value;

              if (ntm_indicator_get_kind (ind) != NTM_INDICATOR_BOOLEAN &&
                  ntm_database_get_group_threshold (db, ntm_indicator_get_id (ind), g,
                                                    ntm_criteria_set_get_year_from (set), &known, &value) && known)
                cells[13 + g] = double_text (value);
            }
          add_row_owned (table, cells);
        }
    }
  return TRUE;
}

static const ColumnSpec lineage_columns[] = {
  { N_("Old code"),      NTM_COLUMN_TEXT },
  { N_("Old unit"),      NTM_COLUMN_TEXT },
  { N_("New code"),      NTM_COLUMN_TEXT },
  { N_("New unit"),      NTM_COLUMN_TEXT },
  { N_("Effective"),     NTM_COLUMN_DATE },
  { N_("Whole or part"), NTM_COLUMN_TEXT },
  { N_("Resolution"),    NTM_COLUMN_TEXT },
  { N_("Note"),          NTM_COLUMN_TEXT },
};

/* Every link of the reorganisations, whatever the year; a link that rests
 * on inference says so first in its note. */
static gboolean
fill_lineage (NtmTable     *table,
              NtmDatabase  *db,
              int           year,
              const char   *set_code,
              GError      **error)
{
  g_autoptr(GListModel) links = ntm_database_list_lineage (db, error);

  if (links == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(NtmLineageLink) link = g_list_model_get_item (links, i);
      char *cells[G_N_ELEMENTS (lineage_columns)] = { 0 };
      const char *note = ntm_lineage_link_get_note (link);

      cells[0] = g_strdup (ntm_lineage_link_get_old_official_code (link));
      cells[1] = g_strdup (ntm_lineage_link_get_old_name (link));
      cells[2] = g_strdup (ntm_lineage_link_get_new_official_code (link));
      cells[3] = g_strdup (ntm_lineage_link_get_new_name (link));
      cells[4] = g_strdup (ntm_lineage_link_get_effective (link));
      cells[5] = g_strdup (ntm_lineage_link_is_whole (link) ? _("whole") : _("part"));
      cells[6] = g_strdup (ntm_lineage_link_get_resolution (link));
      if (ntm_lineage_link_is_inferred (link) && !g_str_has_prefix (note, "INFERRED"))
        cells[7] = g_strconcat ("INFERRED: ", note, NULL);
      else
        cells[7] = g_strdup (note);
      add_row_owned (table, cells);
    }
  return TRUE;
}

#define COLUMNS(spec) spec, G_N_ELEMENTS (spec)

static const struct {
  const char       *name;
  const char       *title;
  const ColumnSpec *columns;
  guint             n_columns;
  FillFunc          fill;
} lists[] = {
  { "units", N_("Administrative units"), COLUMNS (units_columns), fill_units },
  { "assessments", N_("Indicator values"), COLUMNS (assessments_columns), fill_assessments },
  { "recognitions", N_("Recognitions"), COLUMNS (recognitions_columns), fill_recognitions },
  { "ocop", N_("OCOP products"), COLUMNS (ocop_columns), fill_ocop },
  { "funds", N_("Mobilised funds"), COLUMNS (funds_columns), fill_funds },
  { "targets", N_("Targets"), COLUMNS (targets_columns), fill_targets },
  { "schemes", N_("Water supply schemes"), COLUMNS (schemes_columns), fill_schemes },
  { "water-figures", N_("Household water figures"), COLUMNS (water_figures_columns), fill_water_figures },
  /* these two add their own columns, one per criterion of the set */
  { "criteria-matrix", N_("Criteria"), NULL, 0, fill_criteria_matrix },
  { "criteria-template", N_("Criteria"), NULL, 0, fill_criteria_template },
  { "criteria-set", N_("Criteria set"), COLUMNS (criteria_set_columns), fill_criteria_set },
  { "lineage", N_("Unit lineage"), COLUMNS (lineage_columns), fill_lineage },
};

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_table_finalize (GObject *object)
{
  NtmTable *self = NTM_TABLE (object);

  g_free (self->name);
  g_free (self->title);
  g_array_unref (self->columns);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (ntm_table_parent_class)->finalize (object);
}

static void
ntm_table_class_init (NtmTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_table_finalize;
}

static void
ntm_table_init (NtmTable *self)
{
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, column_clear);
  self->rows = g_ptr_array_new_with_free_func (row_free);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

NtmTable *
ntm_table_new (const char *name,
               const char *title)
{
  NtmTable *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (NTM_TYPE_TABLE, NULL);
  self->name = g_strdup (name);
  self->title = g_strdup (title ? title : name);
  return self;
}

const char *
ntm_table_get_name (NtmTable *self)
{
  g_return_val_if_fail (NTM_IS_TABLE (self), NULL);
  return self->name;
}

const char *
ntm_table_get_title (NtmTable *self)
{
  g_return_val_if_fail (NTM_IS_TABLE (self), NULL);
  return self->title;
}

void
ntm_table_add_column (NtmTable      *self,
                      const char    *heading,
                      NtmColumnType  type)
{
  Column column = { 0 };

  g_return_if_fail (NTM_IS_TABLE (self));
  g_return_if_fail (self->rows->len == 0);

  column.heading = g_strdup (heading);
  column.type = type;
  g_array_append_val (self->columns, column);
}

/**
 * ntm_table_set_column_choices:
 * @self: a #NtmTable
 * @column: a column
 * @choices: (array zero-terminated=1): what a cell of the column may hold
 *
 * A spreadsheet offers these in a drop-down list on every cell.
 */
void
ntm_table_set_column_choices (NtmTable           *self,
                              guint               column,
                              const char * const *choices)
{
  Column *c;

  g_return_if_fail (NTM_IS_TABLE (self));
  g_return_if_fail (column < self->columns->len);

  c = &g_array_index (self->columns, Column, column);
  g_strfreev (c->choices);
  c->choices = g_strdupv ((char **) choices);
}

/**
 * ntm_table_get_column_choices:
 * @self: a #NtmTable
 * @column: a column
 *
 * Returns: (nullable) (transfer none): what a cell may hold, or %NULL when
 *   anything goes
 */
const char * const *
ntm_table_get_column_choices (NtmTable *self,
                              guint     column)
{
  g_return_val_if_fail (NTM_IS_TABLE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  return (const char * const *) g_array_index (self->columns, Column, column).choices;
}

/**
 * ntm_table_set_n_key_columns:
 * @self: a #NtmTable
 * @n: how many of the first columns say which row is which
 *
 * A spreadsheet keeps these in view and locked, so that filling the rest
 * in cannot break the way back in.
 */
void
ntm_table_set_n_key_columns (NtmTable *self,
                             guint     n)
{
  g_return_if_fail (NTM_IS_TABLE (self));
  self->n_key_columns = n;
}

guint
ntm_table_get_n_key_columns (NtmTable *self)
{
  g_return_val_if_fail (NTM_IS_TABLE (self), 0);
  return self->n_key_columns;
}

/**
 * ntm_table_add_row:
 * @self: a #NtmTable
 * @cells: one cell per column; %NULL cells are empty
 */
void
ntm_table_add_row (NtmTable           *self,
                   const char * const *cells)
{
  guint n;
  char **row;

  g_return_if_fail (NTM_IS_TABLE (self));
  g_return_if_fail (cells != NULL);

  n = self->columns->len;
  /* The cell count is kept just before the cells. */
  row = g_new0 (char *, n + 1);
  row[0] = GUINT_TO_POINTER (n);
  for (guint i = 0; i < n; i++)
    row[i + 1] = g_strdup (cells[i]);
  g_ptr_array_add (self->rows, row + 1);
}

guint
ntm_table_get_n_columns (NtmTable *self)
{
  g_return_val_if_fail (NTM_IS_TABLE (self), 0);
  return self->columns->len;
}

guint
ntm_table_get_n_rows (NtmTable *self)
{
  g_return_val_if_fail (NTM_IS_TABLE (self), 0);
  return self->rows->len;
}

const char *
ntm_table_get_heading (NtmTable *self,
                       guint     column)
{
  g_return_val_if_fail (NTM_IS_TABLE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  return g_array_index (self->columns, Column, column).heading;
}

NtmColumnType
ntm_table_get_column_type (NtmTable *self,
                           guint     column)
{
  g_return_val_if_fail (NTM_IS_TABLE (self), NTM_COLUMN_TEXT);
  g_return_val_if_fail (column < self->columns->len, NTM_COLUMN_TEXT);
  return g_array_index (self->columns, Column, column).type;
}

/**
 * ntm_table_get_cell:
 * @self: a #NtmTable
 * @row: a row
 * @column: a column
 *
 * Returns: (nullable): the cell's text; %NULL when empty
 */
const char *
ntm_table_get_cell (NtmTable *self,
                    guint     row,
                    guint     column)
{
  char **cells;

  g_return_val_if_fail (NTM_IS_TABLE (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  cells = g_ptr_array_index (self->rows, row);
  return cells[column];
}

/**
 * ntm_table_list_names:
 *
 * Returns: (transfer none): the names of the lists that export,
 *   %NULL-terminated
 */
const char * const *
ntm_table_list_names (void)
{
  static const char *names[G_N_ELEMENTS (lists) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    names[i] = lists[i].name;
  return names;
}

/**
 * ntm_database_export_list:
 * @db: a #NtmDatabase
 * @name: a list's name (see ntm_table_list_names())
 * @year: a year, or 0 for every year (lists without years ignore it)
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the list as a table, or %NULL with
 *   %NTM_DATABASE_ERROR_NOT_FOUND for an unknown name
 */
NtmTable *
ntm_database_export_list (NtmDatabase  *db,
                          const char   *name,
                          int           year,
                          GError      **error)
{
  return ntm_database_export_list_for_set (db, name, year, NULL, error);
}

/**
 * ntm_database_export_list_for_set:
 * @db: a #NtmDatabase
 * @name: a list's name (see ntm_table_list_names())
 * @year: a year, or 0 for every year (lists without years ignore it)
 * @set_code: (nullable): for "criteria-matrix" and "criteria-template" the
 *   set (default: the commune set for NTM in force in @year); for
 *   "criteria-set" the set, which must be given; other lists ignore it
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the list as a table, or %NULL with
 *   %NTM_DATABASE_ERROR_NOT_FOUND for an unknown name or set
 */
NtmTable *
ntm_database_export_list_for_set (NtmDatabase  *db,
                                  const char   *name,
                                  int           year,
                                  const char   *set_code,
                                  GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autoptr(NtmTable) table = NULL;

      if (!g_str_equal (lists[i].name, name))
        continue;
      table = ntm_table_new (name, _(lists[i].title));
      for (guint c = 0; c < lists[i].n_columns; c++)
        ntm_table_add_column (table, _(lists[i].columns[c].heading), lists[i].columns[c].type);
      if (!lists[i].fill (table, db, year, set_code, error))
        return NULL;
      return g_steal_pointer (&table);
    }

  {
    g_autofree char *known = g_strjoinv (", ", (char **) ntm_table_list_names ());
    g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                 _("There is no list called “%s”. The lists are: %s."), name, known);
  }
  return NULL;
}
