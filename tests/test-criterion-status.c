/* test-criterion-status.c: recorded criterion statuses and criteria sets
 * made by the office, on a real database file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-audit-private.h"
#include "ntm-audit.h"
#include "ntm-criteria.h"
#include "ntm-criteria-edit.h"
#include "ntm-criterion-status.h"
#include "ntm-database-private.h"
#include "ntm-evaluation.h"
#include "ntm-test-utils.h"

/* Xã Kỳ Tân, in Huyện Kỳ Anh */
#define COMMUNE "18814"

typedef struct {
  char        *dir;
  NtmDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = ntm_test_make_temp_dir ();
  f->db = ntm_test_open_database (f->dir, "status.db");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->db);
  ntm_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
criterion_id (Fixture *f, const char *set, const char *number)
{
  gint64 id = ntm_database_find_criterion (f->db, set, number);

  g_assert_cmpint (id, >, 0);
  return id;
}

static const NtmCriterionResult *
result_for (NtmEvaluation *ev, const char *code, gint64 id)
{
  const NtmCriterionResult *r;
  guint n;

  r = ntm_evaluation_get_criteria (ev, code, &n);
  for (guint i = 0; i < n; i++)
    if (r[i].criterion_id == id)
      return &r[i];
  g_assert_not_reached ();
}

/* A recorded status wins over the computed one, which stays beside it. */
static void
test_recorded_wins (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmEvaluation) before = NULL;
  g_autoptr(NtmEvaluation) after = NULL;
  gint64 c17 = criterion_id (f, "318-ntm", "17");
  gint64 c1 = criterion_id (f, "318-ntm", "1");
  const NtmCriterionResult *r;
  NtmStatusOrigin origin;

  /* 17.1 assessed below any threshold: criterion 17 computes as not met */
  ntm_database_exec (f->db,
                     "UPDATE threshold SET value = 90 WHERE indicator_id IN"
                     " (SELECT i.id FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                     "  WHERE c.set_code = '318-ntm' AND c.number = '17')", &error);
  g_assert_no_error (error);
  ntm_database_exec (f->db,
                     "INSERT INTO assessment (unit_code, indicator_id, year, value)"
                     " SELECT '" COMMUNE "', i.id, 2024, 10 FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
                     " WHERE c.set_code = '318-ntm' AND c.number = '17' AND i.kind = 'percent'", &error);
  g_assert_no_error (error);

  before = ntm_evaluation_new (f->db, 2024, &error);
  g_assert_no_error (error);
  r = result_for (before, COMMUNE, c17);
  g_assert_cmpint (r->status, ==, NTM_STATUS_NOT_MET);
  g_assert_false (r->reported);
  g_assert_false (ntm_criterion_result_disagrees (r));

  g_assert_true (ntm_database_set_recorded_status (f->db, COMMUNE, c17, 2024, NTM_STATUS_MET,
                                                   NTM_STATUS_ORIGIN_IMPORTED, "bieu-ky-anh.xlsx", &error));
  g_assert_no_error (error);
  g_assert_true (ntm_database_set_recorded_status (f->db, COMMUNE, c1, 2024, NTM_STATUS_BASICALLY_MET,
                                                   NTM_STATUS_ORIGIN_TYPED, NULL, &error));
  g_assert_no_error (error);

  after = ntm_evaluation_new (f->db, 2024, &error);
  g_assert_no_error (error);
  r = result_for (after, COMMUNE, c17);
  g_assert_cmpint (r->status, ==, NTM_STATUS_MET);
  g_assert_cmpint (r->computed, ==, NTM_STATUS_NOT_MET);
  g_assert_true (r->reported);
  g_assert_cmpint (r->origin, ==, NTM_STATUS_ORIGIN_IMPORTED);
  g_assert_true (ntm_criterion_result_disagrees (r));
  /* without indicator values there is nothing to disagree with */
  r = result_for (after, COMMUNE, c1);
  g_assert_cmpint (r->status, ==, NTM_STATUS_BASICALLY_MET);
  g_assert_cmpint (r->computed, ==, NTM_STATUS_NO_DATA);
  g_assert_false (ntm_criterion_result_disagrees (r));
  /* the tally counts what is in force */
  g_assert_cmpuint (ntm_evaluation_get_tally (after, COMMUNE).met, ==, 1);
  g_assert_cmpuint (ntm_evaluation_get_tally (after, COMMUNE).basically_met, ==, 1);

  g_assert_cmpint (ntm_database_get_recorded_status (f->db, COMMUNE, c17, 2024, &origin, &error), ==, NTM_STATUS_MET);
  g_assert_cmpint (origin, ==, NTM_STATUS_ORIGIN_IMPORTED);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM criterion_status WHERE file_name = 'bieu-ky-anh.xlsx'"), ==, 1);
  /* another year is untouched */
  g_assert_cmpint (ntm_database_get_recorded_status (f->db, COMMUNE, c17, 2023, NULL, &error), ==, NTM_STATUS_NO_DATA);

  /* removing the recorded status brings the computed one back */
  g_assert_true (ntm_database_set_recorded_status (f->db, COMMUNE, c17, 2024, NTM_STATUS_NO_DATA,
                                                   NTM_STATUS_ORIGIN_TYPED, NULL, &error));
  g_clear_object (&after);
  after = ntm_evaluation_new (f->db, 2024, &error);
  r = result_for (after, COMMUNE, c17);
  g_assert_cmpint (r->status, ==, NTM_STATUS_NOT_MET);
  g_assert_false (r->reported);
}

/* Every change is in the unit's history; a batch is all or nothing. */
static void
test_history_and_atomic (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (ntm_recorded_status_free);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(NtmAuditEntry) entry = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  gint64 c2 = criterion_id (f, "318-ntm", "2");
  gint64 c3 = criterion_id (f, "318-ntm", "3");
  gint64 before;
  guint n_history;

  history = ntm_database_list_unit_history (f->db, COMMUNE, &error);
  n_history = g_list_model_get_n_items (history);
  g_clear_object (&history);
  g_assert_true (ntm_database_set_recorded_status (f->db, COMMUNE, c2, 2024, NTM_STATUS_NOT_MET,
                                                   NTM_STATUS_ORIGIN_TYPED, NULL, &error));
  g_assert_true (ntm_database_set_recorded_status (f->db, COMMUNE, c2, 2024, NTM_STATUS_MET,
                                                   NTM_STATUS_ORIGIN_TYPED, NULL, &error));
  /* the same again writes nothing */
  before = ntm_test_count (f->db, "SELECT count(*) FROM audit_log");
  g_assert_true (ntm_database_set_recorded_status (f->db, COMMUNE, c2, 2024, NTM_STATUS_MET,
                                                   NTM_STATUS_ORIGIN_TYPED, NULL, &error));
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log"), ==, before);

  history = ntm_database_list_unit_history (f->db, COMMUNE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, n_history + 2);
  entry = g_list_model_get_item (history, 0);
  g_assert_cmpstr (ntm_audit_entry_get_entity (entry), ==, "criterion_status");
  g_assert_cmpstr (ntm_audit_entry_get_action (entry), ==, "update");

  /* a batch with one unknown unit: nothing of it is written */
  g_ptr_array_add (batch, ntm_recorded_status_new (COMMUNE, c3, NTM_STATUS_MET, NTM_STATUS_ORIGIN_TYPED, NULL));
  g_ptr_array_add (batch, ntm_recorded_status_new ("99999", c3, NTM_STATUS_MET, NTM_STATUS_ORIGIN_TYPED, NULL));
  before = ntm_test_count (f->db, "SELECT count(*) FROM criterion_status");
  g_assert_false (ntm_database_save_recorded_statuses (f->db, 2024, batch, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM criterion_status"), ==, before);
  g_assert_false (ntm_database_save_recorded_statuses (f->db, 1990, batch, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  listed = ntm_database_list_recorded_statuses (f->db, "318-ntm", 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpint (((NtmRecordedStatus *) listed->pdata[0])->status, ==, NTM_STATUS_MET);
}

/* The office makes a set, its criteria and indicators, and thresholds
 * per commune group; bad input is refused and changes nothing. */
static void
test_make_set (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sets = NULL;
  g_autoptr(GListModel) indicators = NULL;
  gint64 c1, i11, again;
  gboolean known;
  double value;
  gint64 sets_before;

  g_assert_true (ntm_database_create_criteria_set (f->db, "51-2025-test", "Xã NTM 2026–2030", "51/2025/QĐ-TTg",
                                                   "commune", NTM_LEVEL_NTM, 2026, 2030, &error));
  g_assert_no_error (error);
  sets = ntm_database_list_criteria_sets (f->db, &error);
  {
    gboolean found = FALSE;
    for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
      {
        g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, i);
        if (g_str_equal (ntm_criteria_set_get_code (set), "51-2025-test"))
          {
            found = TRUE;
            g_assert_true (ntm_criteria_set_applies (set, NTM_UNIT_KIND_COMMUNE, 2026));
            g_assert_false (ntm_criteria_set_applies (set, NTM_UNIT_KIND_COMMUNE, 2025));
          }
      }
    g_assert_true (found);
  }

  c1 = ntm_database_add_criterion (f->db, "51-2025-test", "1", "Quy hoạch", &error);
  g_assert_no_error (error);
  g_assert_cmpint (c1, >, 0);
  i11 = ntm_database_add_indicator (f->db, c1, "1.1", "Tỷ lệ hộ", NULL, NTM_INDICATOR_PERCENT,
                                    NTM_COMPARISON_GE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (i11, >, 0);
  /* the same code again updates it, no second indicator */
  again = ntm_database_add_indicator (f->db, c1, "1.1", "Tỷ lệ hộ dân", "%", NTM_INDICATOR_PERCENT,
                                      NTM_COMPARISON_GE, &error);
  g_assert_cmpint (again, ==, i11);
  indicators = ntm_database_list_indicators (f->db, c1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 1);

  for (int g = 1; g <= 3; g++)
    g_assert_true (ntm_database_set_group_threshold (f->db, i11, g, 2026, 2030, TRUE, 100 - 10 * g, &error));
  g_assert_true (ntm_database_get_group_threshold (f->db, i11, 2, 2027, &known, &value));
  g_assert_true (known);
  g_assert_cmpfloat (value, ==, 80);
  /* the evaluation's look-up picks the unit's group */
  g_assert_true (ntm_database_lookup_threshold (f->db, i11, NULL, 3, 2026, &known, &value, &error));
  g_assert_cmpfloat (value, ==, 70);
  /* setting it again replaces it */
  g_assert_true (ntm_database_set_group_threshold (f->db, i11, 2, 2026, 2030, FALSE, 0, &error));
  g_assert_true (ntm_database_get_group_threshold (f->db, i11, 2, 2026, &known, &value));
  g_assert_false (known);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM threshold WHERE year_from = 2026"), ==, 3);

  /* refused, and nothing changes */
  sets_before = ntm_test_count (f->db, "SELECT count(*) FROM criteria_set");
  g_assert_false (ntm_database_create_criteria_set (f->db, "51-2025-test", "Again", NULL, "commune",
                                                    NTM_LEVEL_NTM, 2026, 0, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ntm_database_create_criteria_set (f->db, "x", "X", NULL, "village", NTM_LEVEL_NTM, 2026, 0, &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_create_criteria_set (f->db, "y", "Y", NULL, "commune", NTM_LEVEL_NTM, 2030, 2026, &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_create_criteria_set (f->db, " ", "Y", NULL, "commune", NTM_LEVEL_NTM, 2026, 0, &error));
  g_clear_error (&error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM criteria_set"), ==, sets_before);
  g_assert_cmpint (ntm_database_add_criterion (f->db, "no-such-set", "1", "X", &error), ==, 0);
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (ntm_database_add_criterion (f->db, "51-2025-test", "2", "  ", &error), ==, 0);
  g_clear_error (&error);
  g_assert_cmpint (ntm_database_add_indicator (f->db, c1, "", "X", NULL, NTM_INDICATOR_NUMBER,
                                               NTM_COMPARISON_GE, &error), ==, 0);
  g_clear_error (&error);
  g_assert_false (ntm_database_set_group_threshold (f->db, i11, 4, 2026, 0, TRUE, 1, &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_set_group_threshold (f->db, i11, 1, 2026, 0, TRUE, -5, &error));
  g_clear_error (&error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM criterion WHERE set_code = '51-2025-test'"), ==, 1);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM threshold WHERE year_from = 2026"), ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/criterion-status/recorded-wins", test_recorded_wins);
  ADD ("/criterion-status/history-and-atomic", test_history_and_atomic);
  ADD ("/criteria/make-set", test_make_set);

  return g_test_run ();
}
