/* test-water.c: clean-water schemes (every validation rule, save, delete
 * and undo, history) and per-commune water figures feeding indicator 17.1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ntm-audit-private.h"
#include "ntm-audit.h"
#include "ntm-commune-water-private.h"
#include "ntm-commune-water.h"
#include "ntm-database-private.h"
#include "ntm-indicator-values.h"
#include "ntm-test-utils.h"
#include "ntm-water-scheme.h"

typedef struct {
  char        *dir;
  NtmDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = ntm_test_make_temp_dir ();
  path = g_build_filename (f->dir, "ntm.db", NULL);
  f->db = ntm_database_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->db);
  ntm_test_remove_tree (f->dir);
  g_free (f->dir);
}

static NtmWaterSchemeFields *
valid_scheme (void)
{
  NtmWaterSchemeFields *f = ntm_water_scheme_fields_new ();

  g_free (f->name);
  f->name = g_strdup ("Nhà máy nước Thạch Trung");
  g_free (f->code);
  f->code = g_strdup ("NMN-01");
  f->water_source = g_strdup ("surface");
  f->design_capacity = 3000;
  f->actual_output = 2400;
  f->households_design = 4000;
  f->households_actual = 3500;
  f->people_design = 16000;
  f->people_actual = 14000;
  f->new_connections = 120;
  f->started_on = g_strdup ("2021-03-01");
  f->commissioned_on = g_strdup ("2022-06-30");
  f->progress = 100;
  f->management = g_strdup ("enterprise");
  f->tariff = 9500;
  f->loss_rate = 18.5;
  f->quality_tested_on = g_strdup ("2024-05-10");
  f->quality_passed = 1;
  f->sustainability = g_strdup ("sustainable");
  g_ptr_array_add (f->communes, g_strdup ("18088"));
  g_ptr_array_add (f->communes, g_strdup ("18100"));
  ntm_water_scheme_fields_add_investment (f, 2021, "central", 12e9);
  ntm_water_scheme_fields_add_investment (f, 2022, "enterprise", 8.5e9);
  return f;
}

/* Checks @f and returns the problem for @field, asserting there is one. */
static const NtmFieldProblem *
problem_for (GPtrArray *problems, const char *field)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const NtmFieldProblem *p = g_ptr_array_index (problems, i);
      if (g_str_equal (p->field, field))
        return p;
    }
  g_error ("no problem reported for %s", field);
  return NULL;
}

#define ASSERT_ERROR(f, field) G_STMT_START {                                    \
  gboolean ok_;                                                                  \
  g_autoptr(GPtrArray) problems_ = ntm_water_scheme_fields_check (f, &ok_);       \
  g_assert_false (ok_);                                                          \
  g_assert_false (problem_for (problems_, field)->warning);                      \
  g_assert_cmpuint (strlen (problem_for (problems_, field)->message), >, 10);    \
} G_STMT_END

static void
test_rules (Fixture *fx, gconstpointer data)
{
  g_autoptr(NtmWaterSchemeFields) good = valid_scheme ();
  g_autoptr(GPtrArray) problems = NULL;
  gboolean ok = FALSE;

  problems = ntm_water_scheme_fields_check (good, &ok);
  g_assert_true (ok);
  g_assert_cmpuint (problems->len, ==, 0);

#define BREAK(stmt, field) G_STMT_START {                                   \
  g_autoptr(NtmWaterSchemeFields) f = valid_scheme ();                      \
  g_autoptr(GError) error = NULL;                                           \
  stmt;                                                                     \
  ASSERT_ERROR (f, field);                                                  \
  g_assert_false (ntm_database_save_water_scheme (fx->db, f, &error));      \
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);   \
  g_assert_cmpint (f->id, ==, 0);                                           \
} G_STMT_END

  BREAK (g_free (f->name); f->name = g_strdup ("   "), "name");
  BREAK (g_ptr_array_set_size (f->communes, 0), "communes");
  BREAK (f->design_capacity = -1, "design_capacity");
  BREAK (f->actual_output = -0.5, "actual_output");
  BREAK (f->pipe_length = -2, "pipe_length");
  BREAK (f->households_design = -1, "households_design");
  BREAK (f->households_actual = 10.5, "households_actual");
  BREAK (f->people_actual = -3, "people_actual");
  BREAK (f->new_connections = -1, "new_connections");
  BREAK (f->tariff = -9500, "tariff");
  BREAK (f->progress = 100.1, "progress");
  BREAK (f->progress = -1, "progress");
  BREAK (f->loss_rate = 120, "loss_rate");
  BREAK (g_free (f->commissioned_on); f->commissioned_on = g_strdup ("2021-02-28"), "commissioned_on");
  BREAK (g_free (f->started_on); f->started_on = g_strdup ("2021-02-30"), "started_on");
  BREAK (g_free (f->status); f->status = g_strdup ("sleeping"), "status");
  BREAK (g_free (f->sustainability); f->sustainability = g_strdup ("great"), "sustainability");
  BREAK (g_free (f->management); f->management = g_strdup ("nobody"), "management");
  BREAK (ntm_water_scheme_fields_add_investment (f, 2023, "local", -1), "investments");
  BREAK (ntm_water_scheme_fields_add_investment (f, 2021, "central", 1), "investments");
  BREAK (ntm_water_scheme_fields_add_investment (f, 2023, "lottery", 1), "investments");
#undef BREAK

  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM water_scheme"), ==, 0);

  /* commissioning on the day construction starts is fine */
  {
    g_autoptr(NtmWaterSchemeFields) f = valid_scheme ();
    g_autoptr(GPtrArray) p = NULL;
    g_free (f->commissioned_on);
    f->commissioned_on = g_strdup (f->started_on);
    p = ntm_water_scheme_fields_check (f, &ok);
    g_assert_true (ok);
  }
}

/* More households than designed for is a warning: the scheme is saved. */
static void
test_warning_saves (Fixture *fx, gconstpointer data)
{
  g_autoptr(NtmWaterSchemeFields) f = valid_scheme ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  f->households_actual = 4200;
  problems = ntm_water_scheme_fields_check (f, &ok);
  g_assert_true (ok);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (problem_for (problems, "households_actual")->warning);

  g_assert_true (ntm_database_save_water_scheme (fx->db, f, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM water_scheme WHERE households_actual = 4200"), ==, 1);
}

static void
test_save_load_update (Fixture *fx, gconstpointer data)
{
  g_autoptr(NtmWaterSchemeFields) f = valid_scheme ();
  g_autoptr(NtmWaterSchemeFields) loaded = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ntm_database_save_water_scheme (fx->db, f, &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->id, >, 0);

  loaded = ntm_database_load_water_scheme (fx->db, f->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->name, ==, "Nhà máy nước Thạch Trung");
  g_assert_cmpstr (loaded->water_source, ==, "surface");
  g_assert_cmpfloat (loaded->design_capacity, ==, 3000);
  g_assert_cmpfloat (loaded->loss_rate, ==, 18.5);
  g_assert_true (isnan (loaded->pipe_length));
  g_assert_cmpint (loaded->quality_passed, ==, 1);
  g_assert_cmpstr (loaded->commissioned_on, ==, "2022-06-30");
  g_assert_cmpuint (loaded->communes->len, ==, 2);
  g_assert_cmpuint (loaded->investments->len, ==, 2);
  g_assert_cmpfloat (ntm_water_scheme_fields_get_total_investment (loaded), ==, 20.5e9);

  /* change: one commune replaced, one amount changed, one added */
  for (guint i = 0; i < loaded->communes->len; i++)
    if (g_str_equal (g_ptr_array_index (loaded->communes, i), "18100"))
      g_ptr_array_remove_index (loaded->communes, i);
  g_ptr_array_add (loaded->communes, g_strdup ("18103"));
  g_array_index (loaded->investments, NtmWaterInvestment, 0).amount = 13e9;
  ntm_water_scheme_fields_add_investment (loaded, 2023, "community", 0.4e9);
  loaded->quality_passed = 0;
  g_assert_true (ntm_database_save_water_scheme (fx->db, loaded, &error));
  g_assert_no_error (error);

  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM water_scheme_commune"), ==, 2);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM water_scheme_commune WHERE unit_code = '18103'"), ==, 1);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT sum(amount) FROM water_scheme_investment"), ==, 21.9e9);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT quality_passed FROM water_scheme"), ==, 0);

  list = ntm_database_list_water_schemes (fx->db, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  {
    g_autoptr(NtmWaterScheme) s = g_list_model_get_item (list, 0);
    g_assert_nonnull (strstr (ntm_water_scheme_get_commune_names (s), "Thạch Trung"));
    g_assert_true (ntm_water_scheme_in_district (s, "436"));
    g_assert_false (ntm_water_scheme_in_district (s, "445"));
    g_assert_true (ntm_water_scheme_matches (s, "thach trung"));
    g_assert_true (ntm_water_scheme_matches (s, "NMN-01"));
    g_assert_false (ntm_water_scheme_matches (s, "ky anh"));
  }

  /* a commune that does not exist: nothing written */
  g_ptr_array_add (loaded->communes, g_strdup ("00000"));
  loaded->tariff = 1;
  g_assert_false (ntm_database_save_water_scheme (fx->db, loaded, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM water_scheme WHERE tariff = 1"), ==, 0);
}

static void
test_delete_and_undo (Fixture *fx, gconstpointer data)
{
  g_autoptr(NtmWaterSchemeFields) f = valid_scheme ();
  g_autoptr(NtmWaterSchemeFields) kept = NULL;
  g_autoptr(NtmWaterSchemeFields) back = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (ntm_database_save_water_scheme (fx->db, f, &error));
  id = f->id;

  kept = ntm_database_load_water_scheme (fx->db, id, &error);
  g_assert_true (ntm_database_delete_water_scheme (fx->db, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM water_scheme"), ==, 0);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM water_scheme_commune"), ==, 0);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM water_scheme_investment"), ==, 0);
  g_assert_false (ntm_database_delete_water_scheme (fx->db, id, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* undo: the scheme comes back whole, with its id */
  g_assert_true (ntm_database_save_water_scheme (fx->db, kept, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kept->id, ==, id);
  back = ntm_database_load_water_scheme (fx->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->name, ==, f->name);
  g_assert_cmpuint (back->communes->len, ==, 2);
  g_assert_cmpuint (back->investments->len, ==, 2);

  /* the scheme's history: added, deleted, put back */
  history = ntm_database_list_scheme_history (fx->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM audit_log WHERE entity = 'water_scheme'"), ==, 3);
  {
    g_autoptr(NtmAuditEntry) first = g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);
    g_autofree char *text = ntm_audit_entry_describe (first);
    g_assert_cmpstr (ntm_audit_entry_get_action (first), ==, "insert");
    g_assert_nonnull (strstr (text, "Nhà máy nước Thạch Trung"));
    /* each field in words, a line each, its choices as the form names them */
    g_assert_nonnull (strstr (text, "\nName: Nhà máy nước Thạch Trung\n"));
    g_assert_nonnull (strstr (text, "\nWater source: Surface water\n"));
    g_assert_nonnull (strstr (text, "\nManagement: Enterprise\n"));
    g_assert_nonnull (strstr (text, "\nTariff (đồng/m³): 9,500"));
    g_assert_null (strstr (text, "water_source"));
    g_assert_null (strstr (text, "{"));
    g_assert_nonnull (strstr (text, "\nQuality test result: Passed"));
  }
  /* an investment is named by its source and year */
  {
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (history); i++)
      {
        g_autoptr(NtmAuditEntry) e = g_list_model_get_item (history, i);
        g_autofree char *text = ntm_audit_entry_describe (e);

        if (g_str_equal (text, "Investment added: Central budget (2021)\nAmount (đồng): 12,000,000,000"))
          found = TRUE;
      }
    g_assert_true (found);
  }
  /* and the communes' histories mention it */
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM audit_log WHERE unit_code = '18088'"
                                  " AND entity = 'water_scheme_commune'"), ==, 3);
}

/* A save that fails once the transaction has begun (a commune that is not
 * on record) writes nothing and leaves the scheme as it was: a new one
 * keeps id 0, so that saving it again, corrected, inserts it. */
static void
test_failed_save (Fixture *fx, gconstpointer data)
{
  g_autoptr(NtmWaterSchemeFields) f = valid_scheme ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (f->communes, g_strdup ("99999"));
  g_assert_false (ntm_database_save_water_scheme (fx->db, f, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "99999"));
  g_assert_cmpint (f->id, ==, 0);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM water_scheme"), ==, 0);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM water_scheme_commune"), ==, 0);
  g_clear_error (&error);

  g_ptr_array_remove_index (f->communes, f->communes->len - 1);
  g_assert_true (ntm_database_save_water_scheme (fx->db, f, &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->id, >, 0);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM water_scheme"), ==, 1);
}

static void
test_commune_water (Fixture *fx, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) values = NULL;
  double hygienic = 0, clean = 0;
  int total = 0;

  /* each rule, nothing written */
  g_assert_false (ntm_database_set_commune_water (fx->db, "18088", 2024, 0, 0, 0, NULL, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ntm_database_set_commune_water (fx->db, "18088", 2024, 100, 101, 0, NULL, &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_set_commune_water (fx->db, "18088", 2024, 100, 90, 91, NULL, &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_set_commune_water (fx->db, "18088", 2024, 100, -1, 0, NULL, &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_get_commune_water (fx->db, "18088", 2024, &total, NULL, NULL, NULL));

  g_assert_true (ntm_database_set_commune_water (fx->db, "18088", 2024, 1200, 1150, 800, "Báo cáo xã", &error));
  g_assert_no_error (error);
  g_assert_true (ntm_database_get_water_shares (fx->db, "18088", 2024, &hygienic, &clean));
  g_assert_cmpfloat_with_epsilon (hygienic, 95.8333333, 1e-6);
  g_assert_cmpfloat_with_epsilon (clean, 66.6666667, 1e-6);
  g_assert_true (ntm_database_set_commune_water (fx->db, "18100", 2024, 500, 450, 300, NULL, &error));

  /* 17.1 for the map: the figures, unless an assessed value exists */
  g_assert_true (ntm_database_exec (fx->db,
    "INSERT INTO assessment (unit_code, indicator_id, year, value)"
    " SELECT '18100', i.id, 2024, 99 FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
    " WHERE c.set_code = '318-ntm' AND i.code = '17.1'", NULL));
  values = ntm_database_get_indicator_values (fx->db, "318-ntm", "17.1", 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (*(double *) g_hash_table_lookup (values, "18088"), 95.8333333, 1e-6);
  g_assert_cmpfloat (*(double *) g_hash_table_lookup (values, "18100"), ==, 99);
  g_assert_false (g_hash_table_contains (values, "18103"));
  g_clear_pointer (&values, g_hash_table_unref);

  /* other years and indicators are not touched */
  values = ntm_database_get_indicator_values (fx->db, "318-ntm", "17.1", 2023, &error);
  g_assert_cmpuint (g_hash_table_size (values), ==, 0);
  g_clear_pointer (&values, g_hash_table_unref);
  values = ntm_database_get_indicator_values (fx->db, "318-ntm", "17.2", 2024, &error);
  g_assert_cmpuint (g_hash_table_size (values), ==, 0);
  g_clear_pointer (&values, g_hash_table_unref);

  /* audited as part of the commune's history */
  g_assert_true (ntm_database_set_commune_water (fx->db, "18088", 2024, 1200, 1180, 800, NULL, &error));
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM audit_log WHERE entity = 'commune_water'"
                                  " AND unit_code = '18088'"), ==, 2);
  g_assert_true (ntm_database_delete_commune_water (fx->db, "18088", 2024, &error));
  g_assert_false (ntm_database_get_water_shares (fx->db, "18088", 2024, NULL, NULL));
}

static NtmCommuneWater *
find_water (GPtrArray *list, const char *code)
{
  for (guint i = 0; i < list->len; i++)
    {
      NtmCommuneWater *w = g_ptr_array_index (list, i);
      if (g_str_equal (w->unit_code, code))
        return w;
    }
  return NULL;
}

static void
test_commune_water_batch (Fixture *fx, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (ntm_commune_water_free);
  NtmCommuneWater *w, *bad;
  gint64 audit_before;

  /* Thành phố Hà Tĩnh (436): its communes only, in code order, none known */
  list = ntm_database_list_commune_water (fx->db, "436", 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, ntm_test_count (fx->db, "SELECT count(*) FROM unit WHERE parent_code = '436'"
                                                   " AND kind = 'commune' AND valid_to IS NOT NULL AND valid_from < '2025'"));
  g_assert_cmpuint (list->len, >=, 2);
  for (guint i = 0; i < list->len; i++)
    {
      w = g_ptr_array_index (list, i);
      g_assert_false (w->known);
      g_assert_nonnull (w->unit_name);
      if (i > 0)
        g_assert_cmpint (atoi (((NtmCommuneWater *) g_ptr_array_index (list, i - 1))->unit_code),
                         <, atoi (w->unit_code));
    }
  g_assert_nonnull (find_water (list, "18088"));
  g_assert_null (find_water (list, "18070"));   /* a ward of the city */

  /* two communes at once */
  w = ntm_commune_water_copy (find_water (list, "18088"));
  w->known = TRUE;
  w->households_total = 1234;
  w->households_hygienic = 1200;
  w->households_clean = 1000;
  g_ptr_array_add (batch, w);
  w = ntm_commune_water_copy (find_water (list, "18100"));
  w->known = TRUE;
  w->households_total = 500;
  w->households_hygienic = 450;
  w->households_clean = 300;
  g_ptr_array_add (batch, w);
  g_assert_true (ntm_database_save_commune_waters (fx->db, 2024, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM commune_water WHERE year = 2024"), ==, 2);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT households_total FROM commune_water WHERE unit_code = '18088'"),
                   ==, 1234);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = ntm_database_list_commune_water (fx->db, "436", 2024, &error);
  g_assert_true (find_water (list, "18088")->known);
  g_assert_cmpint (find_water (list, "18088")->households_clean, ==, 1000);
  g_assert_true (ntm_commune_water_equal (find_water (list, "18088"), g_ptr_array_index (batch, 0)));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = ntm_database_list_commune_water (fx->db, "436", 2023, &error);
  g_assert_false (find_water (list, "18088")->known);

  /* one invalid commune: nothing written, and the message names it */
  audit_before = ntm_test_count (fx->db, "SELECT count(*) FROM audit_log");
  w = g_ptr_array_index (batch, 0);
  w->households_total = 1300;
  bad = g_ptr_array_index (batch, 1);
  bad->households_clean = 451;
  g_assert_false (ntm_database_save_commune_waters (fx->db, 2024, batch, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, bad->unit_name));
  g_clear_error (&error);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT households_total FROM commune_water WHERE unit_code = '18088'"),
                   ==, 1234);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM audit_log"), ==, audit_before);

  /* a failure half-way (a commune not on record) rolls back the first */
  bad->households_clean = 300;
  g_free (bad->unit_code);
  bad->unit_code = g_strdup ("99999");
  g_assert_false (ntm_database_save_commune_waters (fx->db, 2024, batch, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT households_total FROM commune_water WHERE unit_code = '18088'"),
                   ==, 1234);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM commune_water WHERE unit_code = '99999'"), ==, 0);

  /* figures not known any more are removed, in the same transaction */
  g_ptr_array_remove_index (batch, 1);
  w->known = FALSE;
  g_assert_true (ntm_database_save_commune_waters (fx->db, 2024, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM commune_water WHERE year = 2024"), ==, 1);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM audit_log WHERE entity = 'commune_water'"
                                  " AND action = 'delete' AND unit_code = '18088'"), ==, 1);

  /* a bad year writes nothing */
  w->known = TRUE;
  g_assert_false (ntm_database_save_commune_waters (fx->db, 1999, batch, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_assert_cmpint (ntm_test_count (fx->db, "SELECT count(*) FROM commune_water WHERE unit_code = '18088'"), ==, 0);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/water/rules", test_rules);
  ADD ("/water/warning-saves", test_warning_saves);
  ADD ("/water/save-load-update", test_save_load_update);
  ADD ("/water/delete-and-undo", test_delete_and_undo);
  ADD ("/water/failed-save", test_failed_save);
  ADD ("/water/commune-figures", test_commune_water);
  ADD ("/water/commune-figures-batch", test_commune_water_batch);
#undef ADD

  return g_test_run ();
}
