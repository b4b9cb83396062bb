/* test-forms.c: assessments (save, validation, all-or-nothing, undo),
 * recognitions, thresholds and the audit trail, on real database files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <sqlite3.h>

#include "ntm-assessment-private.h"
#include "ntm-assessment.h"
#include "ntm-audit-private.h"
#include "ntm-audit.h"
#include "ntm-commune-water.h"
#include "ntm-database-private.h"
#include "ntm-evaluation.h"
#include "ntm-recognition.h"
#include "ntm-test-utils.h"
#include "ntm-threshold.h"

#define COMMUNE "18157"   /* Xã Sơn Giang: NTM by the 2023 report, no sourced decision */
#define WARD "18070"      /* Phường Trần Phú */
#define DISTRICT "445"    /* Huyện Thạch Hà */

typedef struct {
  char        *dir;
  char        *path;
  NtmDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ntm_test_make_temp_dir ();
  f->path = g_build_filename (f->dir, "ntm.db", NULL);
  f->db = ntm_database_open (f->path, &error);
  g_assert_no_error (error);
  ntm_database_set_user_name (f->db, "can-bo-a");
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->db);
  ntm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
count_assessments (NtmDatabase *db, const char *unit)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM assessment WHERE unit_code = '%s'", unit);
  return ntm_test_count (db, sql);
}

/* The stored value of an indicator, or NAN when there is no row. */
static double
stored_value (NtmDatabase *db, const char *unit, const char *set, const char *code, int year)
{
  sqlite3_stmt *stmt = ntm_database_prepare (db,
    "SELECT coalesce(a.value, -1) FROM assessment a JOIN indicator i ON i.id = a.indicator_id"
    " JOIN criterion c ON c.id = i.criterion_id"
    " WHERE a.unit_code = ?1 AND c.set_code = ?2 AND i.code = ?3 AND a.year = ?4", NULL);
  double v = NAN;

  sqlite3_bind_text (stmt, 1, unit, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, set, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_double (stmt, 0);
  sqlite3_reset (stmt);
  return v;
}

static int
row_of (NtmAssessment *a, const char *set, const char *code)
{
  int row = ntm_assessment_find_row (a, set, code);

  g_assert_cmpint (row, >=, 0);
  return row;
}

/* ---------------------------------------------------------------------- */

static void
test_sets_by_kind (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmAssessment) commune = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
  g_autoptr(NtmAssessment) ward = NULL;
  g_autoptr(NtmAssessment) district = NULL;
  g_autoptr(NtmAssessment) missing = NULL;
  g_autoptr(GHashTable) sets = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_no_error (error);
  for (guint i = 0; i < ntm_assessment_get_n_rows (commune); i++)
    g_hash_table_add (sets, (gpointer) ntm_assessment_row_get_set_code (commune, i));
  g_assert_cmpuint (g_hash_table_size (sets), ==, 3);
  g_assert_true (g_hash_table_contains (sets, "318-ntm"));
  g_assert_true (g_hash_table_contains (sets, "318-advanced"));
  g_assert_true (g_hash_table_contains (sets, "319-model"));
  /* the decision's order: 318 NTM first, criterion 1 first */
  g_assert_cmpstr (ntm_assessment_row_get_set_code (commune, 0), ==, "318-ntm");
  g_assert_cmpstr (ntm_assessment_row_get_criterion_number (commune, 0), ==, "1");
  g_assert_cmpstr (ntm_assessment_row_get_group_code (commune, 0), ==, "I");
  g_assert_cmpuint (ntm_assessment_get_tally (commune, NTM_LEVEL_NTM).total, ==, 19);
  /* nothing entered: everything "no data", never "not met" */
  g_assert_cmpuint (ntm_assessment_get_tally (commune, NTM_LEVEL_NTM).no_data, ==, 19);
  g_assert_cmpint (ntm_assessment_row_get_status (commune, 0), ==, NTM_STATUS_NO_DATA);
  g_assert_false (ntm_assessment_is_modified (commune));

  ward = ntm_assessment_load (f->db, WARD, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_assessment_get_n_rows (ward), >, 0);
  for (guint i = 0; i < ntm_assessment_get_n_rows (ward); i++)
    g_assert_cmpstr (ntm_assessment_row_get_set_code (ward, i), ==, "04-2022-urban");
  g_assert_cmpuint (ntm_assessment_get_tally (ward, NTM_LEVEL_CIVILISED).total, ==, 9);

  district = ntm_assessment_load (f->db, DISTRICT, 2024, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ntm_assessment_get_n_rows (district); i++)
    g_assert_cmpstr (ntm_assessment_row_get_set_code (district, i), ==, "320-district");
  g_assert_cmpuint (ntm_assessment_get_tally (district, NTM_LEVEL_DISTRICT_NTM).total, ==, 9);

  missing = ntm_assessment_load (f->db, "99999", 2024, &error);
  g_assert_null (missing);
  g_assert_nonnull (error);
}

static void
test_status_follows_threshold (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmAssessment) a = ntm_assessment_load (f->db, COMMUNE, 2022, &error);
  int income = row_of (a, "318-ntm", "10");
  double threshold = 0;

  g_assert_no_error (error);
  g_assert_true (ntm_assessment_row_get_threshold (a, income, &threshold));
  g_assert_cmpfloat (threshold, ==, 44);

  ntm_assessment_row_set_value (a, income, TRUE, 44);
  g_assert_cmpint (ntm_assessment_row_get_status (a, income), ==, NTM_STATUS_MET);
  ntm_assessment_row_set_value (a, income, TRUE, 43.9);
  g_assert_cmpint (ntm_assessment_row_get_status (a, income), ==, NTM_STATUS_NOT_MET);
  ntm_assessment_row_set_value (a, income, FALSE, 0);
  g_assert_cmpint (ntm_assessment_row_get_status (a, income), ==, NTM_STATUS_NO_DATA);

  /* basically met by hand, with a reason */
  ntm_assessment_row_set_value (a, income, TRUE, 43.9);
  ntm_assessment_row_set_override (a, income, TRUE, NTM_STATUS_BASICALLY_MET, "Thiếu 0,1 triệu, đang bổ sung");
  g_assert_cmpint (ntm_assessment_row_get_status (a, income), ==, NTM_STATUS_BASICALLY_MET);
  g_assert_true (ntm_assessment_save (a, f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM assessment WHERE status_override = 'basically_met'"
                                 " AND override_reason = 'Thiếu 0,1 triệu, đang bổ sung'"), ==, 1);

  /* 2023–2025 threshold is not known yet: a value cannot be judged */
  {
    g_autoptr(NtmAssessment) later = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
    int row = row_of (later, "318-ntm", "10");
    g_assert_false (ntm_assessment_row_get_threshold (later, row, NULL));
    ntm_assessment_row_set_value (later, row, TRUE, 80);
    g_assert_cmpint (ntm_assessment_row_get_status (later, row), ==, NTM_STATUS_NO_DATA);
  }
}

static void
test_summary_and_blocking (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmAssessment) a = ntm_assessment_load (f->db, COMMUNE, 2022, &error);
  g_autoptr(GPtrArray) blocking = NULL;
  NtmTally tally;
  gint64 market = 0;

  g_assert_no_error (error);
  /* seeded: every commune recognised NTM in 2023, so in 2022 none */
  g_assert_cmpint (ntm_assessment_get_recognised_level (a), ==, NTM_LEVEL_NO_DATA);

  /* every yes/no indicator of criterion 7 answered yes */
  for (guint i = 0; i < ntm_assessment_get_n_rows (a); i++)
    if (g_str_equal (ntm_assessment_row_get_set_code (a, i), "318-ntm") &&
        g_str_equal (ntm_assessment_row_get_criterion_number (a, i), "7"))
      {
        g_assert_cmpint (ntm_assessment_row_get_kind (a, i), ==, NTM_INDICATOR_BOOLEAN);
        ntm_assessment_row_set_value (a, i, TRUE, 1);
        market = ntm_assessment_row_get_criterion_id (a, i);
      }
  ntm_assessment_row_set_value (a, row_of (a, "318-ntm", "10"), TRUE, 30);

  g_assert_cmpint (ntm_assessment_get_criterion_status (a, market), ==, NTM_STATUS_MET);
  tally = ntm_assessment_get_tally (a, NTM_LEVEL_NTM);
  g_assert_cmpuint (tally.total, ==, 19);
  g_assert_cmpuint (tally.met, ==, 1);
  g_assert_cmpuint (tally.not_met, ==, 1);
  g_assert_cmpuint (tally.no_data, ==, 17);
  /* a known failure decides the level */
  g_assert_cmpint (ntm_assessment_get_computed_level (a), ==, NTM_LEVEL_NOT_YET);
  g_assert_cmpint (ntm_assessment_get_next_level (a), ==, NTM_LEVEL_NTM);

  blocking = ntm_assessment_get_blocking (a, NTM_LEVEL_NTM);
  g_assert_cmpuint (blocking->len, ==, 18);
  g_assert_cmpstr (g_ptr_array_index (blocking, 0), ==, "1. Quy hoạch");
  for (guint i = 0; i < blocking->len; i++)
    g_assert_false (g_str_has_prefix (g_ptr_array_index (blocking, i), "7. "));

  /* a commune recognised NTM works towards advanced */
  {
    g_autoptr(NtmAssessment) later = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
    g_assert_cmpint (ntm_assessment_get_recognised_level (later), ==, NTM_LEVEL_NTM);
    g_assert_cmpint (ntm_assessment_get_next_level (later), ==, NTM_LEVEL_ADVANCED);
  }
}

static void
test_validation_writes_nothing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmAssessment) a = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
  int water = row_of (a, "318-ntm", "17.1");
  int income = row_of (a, "318-ntm", "10");
  int market = row_of (a, "318-ntm", "7");
  gint64 audit_before = ntm_test_count (f->db, "SELECT count(*) FROM audit_log");

  g_assert_no_error (error);

  /* one valid row and one out of range: nothing is written */
  ntm_assessment_row_set_value (a, income, TRUE, 50);
  ntm_assessment_row_set_value (a, water, TRUE, 100.5);
  g_assert_false (ntm_assessment_row_check (a, water, NULL));
  g_assert_false (ntm_assessment_save (a, f->db, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "17.1"));
  g_clear_error (&error);
  g_assert_cmpint (count_assessments (f->db, COMMUNE), ==, 0);

  /* negative numbers */
  ntm_assessment_row_set_value (a, water, TRUE, 95.5);
  ntm_assessment_row_set_value (a, income, TRUE, -1);
  g_assert_false (ntm_assessment_save (a, f->db, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* a yes/no indicator takes 0 or 1 */
  ntm_assessment_row_set_value (a, income, TRUE, 50);
  ntm_assessment_row_set_value (a, market, TRUE, 2);
  g_assert_false (ntm_assessment_save (a, f->db, &error));
  g_clear_error (&error);
  ntm_assessment_row_set_value (a, market, TRUE, 1);

  /* an override needs a reason */
  ntm_assessment_row_set_override (a, water, TRUE, NTM_STATUS_BASICALLY_MET, "   ");
  g_assert_false (ntm_assessment_row_check (a, water, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ntm_assessment_save (a, f->db, &error));
  g_clear_error (&error);
  g_assert_cmpint (count_assessments (f->db, COMMUNE), ==, 0);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log"), ==, audit_before);

  /* all fixed: everything is written at once */
  ntm_assessment_row_set_override (a, water, FALSE, NTM_STATUS_NO_DATA, NULL);
  g_assert_true (ntm_assessment_is_modified (a));
  g_assert_true (ntm_assessment_save (a, f->db, &error));
  g_assert_no_error (error);
  g_assert_false (ntm_assessment_is_modified (a));
  g_assert_cmpint (count_assessments (f->db, COMMUNE), ==, 3);
  g_assert_cmpfloat (stored_value (f->db, COMMUNE, "318-ntm", "17.1", 2024), ==, 95.5);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM assessment WHERE author = 'can-bo-a'"), ==, 3);
}

/* A failure half-way through the transaction leaves nothing behind. */
static void
test_failure_half_way (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmAssessment) a = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
  gint64 second = ntm_test_indicator_id (f->db, "318-ntm", "10");
  gint64 audit_before = ntm_test_count (f->db, "SELECT count(*) FROM audit_log");
  g_autofree char *trigger = NULL;
  sqlite3 *other = NULL;

  g_assert_no_error (error);

  /* Another connection makes the write of indicator 10 fail. */
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  trigger = g_strdup_printf ("CREATE TRIGGER test_fail BEFORE INSERT ON assessment"
                             " WHEN NEW.indicator_id = %" G_GINT64_FORMAT
                             " BEGIN SELECT RAISE (ABORT, 'disk trouble'); END", second);
  g_assert_cmpint (sqlite3_exec (other, trigger, NULL, NULL, NULL), ==, SQLITE_OK);

  /* rows before and after indicator 10 in the form's order */
  ntm_assessment_row_set_value (a, row_of (a, "318-ntm", "1.1"), TRUE, 1);
  ntm_assessment_row_set_value (a, row_of (a, "318-ntm", "10"), TRUE, 50);
  ntm_assessment_row_set_value (a, row_of (a, "318-ntm", "17.1"), TRUE, 96);

  g_assert_false (ntm_assessment_save (a, f->db, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "10"));
  g_clear_error (&error);
  g_assert_cmpint (count_assessments (f->db, COMMUNE), ==, 0);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log"), ==, audit_before);
  /* the form keeps what was typed, to try again */
  g_assert_true (ntm_assessment_is_modified (a));
  g_assert_false (ntm_assessment_can_undo (a));

  g_assert_cmpint (sqlite3_exec (other, "DROP TRIGGER test_fail", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  g_assert_true (ntm_assessment_save (a, f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_assessments (f->db, COMMUNE), ==, 3);
}

static void
test_undo (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmAssessment) a = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
  g_autoptr(NtmAssessment) reloaded = NULL;
  int water = row_of (a, "318-ntm", "17.1");
  int income = row_of (a, "318-ntm", "10");
  int market = row_of (a, "318-ntm", "7");
  double v;

  g_assert_no_error (error);
  g_assert_false (ntm_assessment_can_undo (a));
  g_assert_false (ntm_assessment_undo (a, f->db, &error));
  g_clear_error (&error);

  /* first save: two values and a note */
  ntm_assessment_row_set_value (a, water, TRUE, 90);
  ntm_assessment_row_set_value (a, market, TRUE, 1);
  ntm_assessment_row_set_note (a, market, "Biên bản kiểm tra chợ 3/2024");
  g_assert_true (ntm_assessment_save (a, f->db, &error));
  g_assert_no_error (error);

  /* second save: change one, add one, clear one */
  ntm_assessment_row_set_value (a, water, TRUE, 95.5);
  ntm_assessment_row_set_value (a, income, TRUE, 61);
  ntm_assessment_row_set_value (a, market, FALSE, 0);
  ntm_assessment_row_set_note (a, market, "");
  g_assert_true (ntm_assessment_save (a, f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (stored_value (f->db, COMMUNE, "318-ntm", "17.1", 2024), ==, 95.5);
  g_assert_cmpfloat (stored_value (f->db, COMMUNE, "318-ntm", "10", 2024), ==, 61);
  g_assert_true (isnan (stored_value (f->db, COMMUNE, "318-ntm", "7", 2024)));

  /* undo puts back the first save exactly */
  g_assert_true (ntm_assessment_can_undo (a));
  g_assert_true (ntm_assessment_undo (a, f->db, &error));
  g_assert_no_error (error);
  g_assert_false (ntm_assessment_can_undo (a));
  g_assert_cmpfloat (stored_value (f->db, COMMUNE, "318-ntm", "17.1", 2024), ==, 90);
  g_assert_true (isnan (stored_value (f->db, COMMUNE, "318-ntm", "10", 2024)));
  g_assert_cmpfloat (stored_value (f->db, COMMUNE, "318-ntm", "7", 2024), ==, 1);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM assessment WHERE note = 'Biên bản kiểm tra chợ 3/2024'"), ==, 1);
  /* and the form shows it */
  g_assert_true (ntm_assessment_row_get_value (a, water, &v));
  g_assert_cmpfloat (v, ==, 90);
  g_assert_false (ntm_assessment_row_get_value (a, income, NULL));
  g_assert_false (ntm_assessment_is_modified (a));

  reloaded = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
  g_assert_true (ntm_assessment_row_get_value (reloaded, row_of (reloaded, "318-ntm", "17.1"), &v));
  g_assert_cmpfloat (v, ==, 90);
  g_assert_cmpstr (ntm_assessment_row_get_note (reloaded, row_of (reloaded, "318-ntm", "7")), ==,
                   "Biên bản kiểm tra chợ 3/2024");
}

/* A value against a threshold not known yet: the criterion can be decided
 * by its recorded status, saved with the values in one transaction (or
 * not at all), undone with them, and read the same by the evaluation; a
 * threshold set later applies to the open form, what was typed kept. */
static void
test_recorded_status_and_unknown_threshold (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmAssessment) a = NULL;
  g_autoptr(NtmEvaluation) evaluation = NULL;
  int row;
  gint64 criterion, imported;
  NtmTally before, after;
  NtmStatusOrigin origin;
  const NtmCriterionResult *results;
  const NtmCriterionResult *found = NULL;
  sqlite3 *other = NULL;
  guint n = 0;
  double v;

  /* criterion 5 imported from a file before the form opens */
  imported = ntm_test_count (f->db, "SELECT id FROM criterion WHERE set_code = '318-ntm' AND number = '5'");
  g_assert_true (ntm_database_set_recorded_status (f->db, COMMUNE, imported, 2024, NTM_STATUS_NOT_MET,
                                                   NTM_STATUS_ORIGIN_IMPORTED, "tieu-chi-2024.xlsx", &error));
  g_assert_no_error (error);

  a = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
  g_assert_no_error (error);
  row = row_of (a, "318-ntm", "16");
  criterion = ntm_assessment_row_get_criterion_id (a, row);
  g_assert_cmpint (ntm_assessment_get_recorded_status (a, criterion, NULL), ==, NTM_STATUS_NO_DATA);
  g_assert_cmpint (ntm_assessment_get_recorded_status (a, imported, &origin), ==, NTM_STATUS_NOT_MET);
  g_assert_cmpint (origin, ==, NTM_STATUS_ORIGIN_IMPORTED);
  g_assert_cmpint (ntm_assessment_get_criterion_status (a, imported), ==, NTM_STATUS_NOT_MET);

  /* the value against an unknown threshold: not "no data" for the form, but undecided */
  ntm_assessment_row_set_value (a, row, TRUE, 85);
  g_assert_true (ntm_assessment_row_is_threshold_unknown (a, row));
  g_assert_cmpint (ntm_assessment_row_get_status (a, row), ==, NTM_STATUS_NO_DATA);
  g_assert_cmpint (ntm_assessment_get_criterion_status (a, criterion), ==, NTM_STATUS_NO_DATA);

  /* not a criterion of the form: refused, nothing changes */
  g_assert_false (ntm_assessment_set_recorded_status (a, -5, NTM_STATUS_MET));

  /* recorded as met: the criterion is met, its indicators still say nothing */
  before = ntm_assessment_get_tally (a, NTM_LEVEL_NTM);
  g_assert_true (ntm_assessment_set_recorded_status (a, criterion, NTM_STATUS_MET));
  after = ntm_assessment_get_tally (a, NTM_LEVEL_NTM);
  g_assert_cmpuint (after.met, ==, before.met + 1);
  g_assert_cmpint (ntm_assessment_get_criterion_status (a, criterion), ==, NTM_STATUS_MET);
  g_assert_cmpint (ntm_assessment_get_computed_criterion_status (a, criterion), ==, NTM_STATUS_NO_DATA);
  g_assert_cmpint (ntm_assessment_get_recorded_status (a, criterion, &origin), ==, NTM_STATUS_MET);
  g_assert_cmpint (origin, ==, NTM_STATUS_ORIGIN_TYPED);

  /* the status cannot be written: neither is the value */
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  /* and the imported one corrected by hand */
  g_assert_true (ntm_assessment_set_recorded_status (a, imported, NTM_STATUS_MET));

  g_assert_cmpint (sqlite3_exec (other, "CREATE TRIGGER test_fail BEFORE UPDATE ON criterion_status"
                                        " BEGIN SELECT RAISE (ABORT, 'disk trouble'); END", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "CREATE TRIGGER test_fail_insert BEFORE INSERT ON criterion_status"
                                        " BEGIN SELECT RAISE (ABORT, 'disk trouble'); END", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_false (ntm_assessment_save (a, f->db, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (count_assessments (f->db, COMMUNE), ==, 0);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM criterion_status WHERE status = 'not_met'"
                                          " AND origin = 'imported' AND file_name = 'tieu-chi-2024.xlsx'"), ==, 1);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM criterion_status"), ==, 1);
  g_assert_true (ntm_assessment_is_modified (a));
  g_assert_cmpint (sqlite3_exec (other, "DROP TRIGGER test_fail; DROP TRIGGER test_fail_insert", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (other);

  /* saved together; the evaluation of the province reads the same */
  g_assert_true (ntm_assessment_save (a, f->db, &error));
  g_assert_no_error (error);
  g_assert_false (ntm_assessment_is_modified (a));
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM criterion_status WHERE unit_code = '" COMMUNE "'"
                                          " AND year = 2024 AND status = 'met' AND origin = 'typed'"
                                          " AND file_name IS NULL"), ==, 2);
  g_assert_cmpfloat (stored_value (f->db, COMMUNE, "318-ntm", "16", 2024), ==, 85);
  evaluation = ntm_evaluation_new (f->db, 2024, &error);
  g_assert_no_error (error);
  results = ntm_evaluation_get_criteria (evaluation, COMMUNE, &n);
  for (guint i = 0; i < n; i++)
    if (results[i].criterion_id == criterion)
      found = &results[i];
  g_assert_nonnull (found);
  g_assert_cmpint (found->status, ==, NTM_STATUS_MET);
  g_assert_true (found->reported);
  g_assert_cmpint (found->computed, ==, NTM_STATUS_NO_DATA);
  g_assert_cmpuint (found->threshold_unknown, ==, 1);

  /* a threshold set while the form is open: read again, the value kept */
  g_assert_false (ntm_assessment_reload_thresholds (a, f->db));
  g_assert_true (ntm_database_set_threshold (f->db, ntm_assessment_row_get_indicator_id (a, row), "bac-trung-bo",
                                             2024, TRUE, 90, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ntm_assessment_reload_thresholds (a, f->db));
  g_assert_false (ntm_assessment_row_is_threshold_unknown (a, row));
  g_assert_true (ntm_assessment_row_get_value (a, row, &v));
  g_assert_cmpfloat (v, ==, 85);
  g_assert_cmpint (ntm_assessment_row_get_status (a, row), ==, NTM_STATUS_NOT_MET);
  g_assert_cmpint (ntm_assessment_get_computed_criterion_status (a, criterion), ==, NTM_STATUS_NOT_MET);
  /* the recorded status still decides */
  g_assert_cmpint (ntm_assessment_get_criterion_status (a, criterion), ==, NTM_STATUS_MET);
  g_assert_false (ntm_assessment_is_modified (a));

  /* undo takes back the statuses with the value: none for 16, the imported one for 5, with its file */
  g_assert_true (ntm_assessment_undo (a, f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM criterion_status"), ==, 1);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM criterion_status WHERE status = 'not_met'"
                                          " AND origin = 'imported' AND file_name = 'tieu-chi-2024.xlsx'"), ==, 1);
  g_assert_cmpint (ntm_assessment_get_recorded_status (a, imported, &origin), ==, NTM_STATUS_NOT_MET);
  g_assert_cmpint (origin, ==, NTM_STATUS_ORIGIN_IMPORTED);
  g_assert_cmpint (count_assessments (f->db, COMMUNE), ==, 0);
  g_assert_cmpint (ntm_assessment_get_recorded_status (a, criterion, NULL), ==, NTM_STATUS_NO_DATA);
  g_assert_false (ntm_assessment_is_modified (a));
}

static void
test_audit_trail (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmAssessment) a = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(NtmAuditEntry) newest = NULL;
  g_autofree char *text = NULL;
  int water = row_of (a, "318-ntm", "17.1");
  gint64 before = ntm_test_count (f->db, "SELECT count(*) FROM audit_log");
  sqlite3 *other = NULL;
  char *message = NULL;

  g_assert_no_error (error);
  ntm_assessment_row_set_value (a, water, TRUE, 90);
  g_assert_true (ntm_assessment_save (a, f->db, NULL));
  ntm_database_set_user_name (f->db, "can-bo-b");
  ntm_assessment_row_set_value (a, water, TRUE, 95.5);
  g_assert_true (ntm_assessment_save (a, f->db, NULL));
  ntm_assessment_row_set_value (a, water, FALSE, 0);
  g_assert_true (ntm_assessment_save (a, f->db, NULL));

  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log"), ==, before + 3);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log WHERE entity = 'assessment'"
                                 " AND action = 'insert' AND changed_by = 'can-bo-a'"
                                 " AND json_extract (new_value, '$.value') = 90"), ==, 1);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log WHERE entity = 'assessment'"
                                 " AND action = 'update' AND changed_by = 'can-bo-b'"
                                 " AND json_extract (old_value, '$.value') = 90"
                                 " AND json_extract (new_value, '$.value') = 95.5"), ==, 1);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log WHERE entity = 'assessment'"
                                 " AND action = 'delete' AND json_extract (old_value, '$.value') = 95.5"), ==, 1);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log WHERE changed_at LIKE '20__-__-__T__:__:__Z'"),
                   ==, ntm_test_count (f->db, "SELECT count(*) FROM audit_log"));

  history = ntm_database_list_unit_history (f->db, COMMUNE, &error);
  g_assert_no_error (error);
  /* the seeded recognition, then the three changes, newest first */
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 4);
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpstr (ntm_audit_entry_get_action (newest), ==, "delete");
  g_assert_cmpstr (ntm_audit_entry_get_subject (newest), ==, "318-ntm 17.1 (2024)");
  g_assert_cmpstr (ntm_audit_entry_get_changed_by (newest), ==, "can-bo-b");
  {
    g_autoptr(NtmAuditEntry) update = g_list_model_get_item (history, 1);
    text = ntm_audit_entry_describe (update);
    g_assert_nonnull (strstr (text, "318-ntm 17.1 (2024)"));
    /* the field that changed, in words, and nothing else */
    g_assert_nonnull (strstr (text, "\nValue: 90 → 95.5"));
    g_assert_null (strstr (text, "indicator_id"));
    g_assert_null (strstr (text, "{"));
    g_assert_null (strchr (strchr (text, '\n') + 1, '\n'));
  }
  {
    g_autoptr(NtmAuditEntry) removed = g_list_model_get_item (history, 0);
    g_autoptr(NtmAuditEntry) entered = g_list_model_get_item (history, 2);
    g_autofree char *removed_text = ntm_audit_entry_describe (removed);
    g_autofree char *entered_text = ntm_audit_entry_describe (entered);

    /* a row removed or entered: its fields with a value */
    g_assert_true (g_str_has_prefix (removed_text, "Assessment removed: 318-ntm 17.1 (2024)\nValue: 95.5"));
    g_assert_true (g_str_has_prefix (entered_text, "Assessment entered: 318-ntm 17.1 (2024)\nValue: 90"));
    g_assert_null (strstr (entered_text, "null"));
  }

  /* The history cannot be edited: not through the application's
   * connection, nor through another one. */
  g_assert_false (ntm_database_exec (f->db, "UPDATE audit_log SET changed_by = 'x'", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (ntm_database_exec (f->db, "DELETE FROM audit_log", &error));
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "DELETE FROM audit_log", NULL, NULL, &message), !=, SQLITE_OK);
  g_assert_nonnull (strstr (message, "cannot be deleted"));
  sqlite3_free (message);
  g_assert_cmpint (sqlite3_exec (other, "UPDATE audit_log SET old_value = NULL", NULL, NULL, &message), !=, SQLITE_OK);
  g_assert_nonnull (strstr (message, "cannot be edited"));
  sqlite3_free (message);
  sqlite3_close (other);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log WHERE changed_by = 'x'"), ==, 0);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log"), ==, before + 3);
}

/* ---------------------------------------------------------------------- */

/* Xã Kỳ Tân: no sourced decision, NTM by the 2023 report only */
#define KY_TAN "18814"

/* The year recognised and the decision date are apart: a batch "đợt
 * 2/2023" decided on 17 January 2024 is recognised for 2023, whatever the
 * order they are given in; the date gives the year only when none is. */
static void
test_recognition_year_apart (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmRecognition) r = ntm_recognition_new (KY_TAN);
  g_autoptr(NtmRecognition) other = ntm_recognition_new (KY_TAN);
  g_autoptr(GListModel) list = NULL;
  NtmRecognition *saved = NULL;

  /* the year, then the date: the year stays */
  ntm_recognition_set_year (r, 2023);
  ntm_recognition_set_decision_date (r, "2024-01-17");
  g_assert_cmpint (ntm_recognition_get_year (r), ==, 2023);

  /* the date, then the year: the year given wins */
  ntm_recognition_set_decision_date (other, "2024-01-17");
  g_assert_cmpint (ntm_recognition_get_year (other), ==, 2024);
  ntm_recognition_set_year (other, 2023);
  ntm_recognition_set_decision_date (other, "2024-01-18");
  g_assert_cmpint (ntm_recognition_get_year (other), ==, 2023);
  /* no year given: the date's */
  ntm_recognition_set_year (other, 0);
  g_assert_cmpint (ntm_recognition_get_year (other), ==, 2024);

  /* saved and read back, the year is on record: a new date keeps it */
  ntm_recognition_set_level (r, NTM_LEVEL_ADVANCED);
  ntm_recognition_set_decision_number (r, "99/QĐ-UBND");
  ntm_recognition_set_source (r, "đợt 2/2023");
  g_assert_true (ntm_database_save_recognition (f->db, r, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM recognition WHERE decision_number = '99/QĐ-UBND'"
                                   " AND year = 2023 AND decision_date = '2024-01-17'"), ==, 1);
  list = ntm_database_list_recognitions (f->db, KY_TAN, &error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(NtmRecognition) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (ntm_recognition_get_decision_number (item), "99/QĐ-UBND") == 0)
        saved = ntm_recognition_copy (item);
    }
  g_assert_nonnull (saved);
  ntm_recognition_set_decision_date (saved, "2024-01-19");
  g_assert_cmpint (ntm_recognition_get_year (saved), ==, 2023);
  /* recognised for a year after its decision: refused, nothing written */
  ntm_recognition_set_year (saved, 2025);
  g_assert_false (ntm_database_save_recognition (f->db, saved, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM recognition WHERE decision_number = '99/QĐ-UBND'"
                                   " AND year = 2023 AND decision_date = '2024-01-17'"), ==, 1);
  g_object_unref (saved);
}

static void
test_recognitions (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmRecognition) r = ntm_recognition_new (KY_TAN);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(NtmEvaluation) eval = NULL;
  int year = 0;

  g_assert_cmpint (ntm_database_get_recognised_level (f->db, KY_TAN, 2024, &year, NULL), ==, NTM_LEVEL_NTM);
  g_assert_cmpint (year, ==, 2023);

  /* each rule */
  g_assert_false (ntm_database_save_recognition (f->db, r, &error));   /* no level */
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  ntm_recognition_set_level (r, NTM_LEVEL_CIVILISED);                 /* not for a commune */
  ntm_recognition_set_decision_number (r, "1234/QĐ-UBND");
  ntm_recognition_set_decision_date (r, "2024-08-25");
  g_assert_false (ntm_database_save_recognition (f->db, r, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  ntm_recognition_set_level (r, NTM_LEVEL_ADVANCED);
  ntm_recognition_set_year (r, 2025);                                 /* after the decision */
  g_assert_false (ntm_database_save_recognition (f->db, r, &error));
  g_clear_error (&error);
  ntm_recognition_set_decision_date (r, "2024-02-30");                /* no such date */
  g_assert_false (ntm_database_save_recognition (f->db, r, &error));
  g_clear_error (&error);
  ntm_recognition_set_decision_date (r, NULL);
  ntm_recognition_set_decision_number (r, "  ");                      /* neither number nor source */
  ntm_recognition_set_year (r, 2024);
  g_assert_false (ntm_database_save_recognition (f->db, r, &error));
  g_clear_error (&error);
  g_assert_cmpint (ntm_recognition_get_id (r), ==, 0);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM recognition WHERE unit_code = '" KY_TAN "'"), ==, 1);

  /* add */
  ntm_recognition_set_decision_number (r, "1234/QĐ-UBND");
  ntm_recognition_set_decision_date (r, "2024-08-25");
  ntm_recognition_set_issuer (r, "UBND tỉnh Hà Tĩnh");
  g_assert_true (ntm_database_save_recognition (f->db, r, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_recognition_get_id (r), >, 0);
  g_assert_cmpint (ntm_recognition_get_year (r), ==, 2024);
  g_assert_cmpint (ntm_database_get_recognised_level (f->db, KY_TAN, 2024, NULL, NULL), ==, NTM_LEVEL_ADVANCED);
  g_assert_cmpint (ntm_database_get_recognised_level (f->db, KY_TAN, 2023, NULL, NULL), ==, NTM_LEVEL_NTM);

  /* edit */
  ntm_recognition_set_note (r, "Đợt 2/2024");
  g_assert_true (ntm_database_save_recognition (f->db, r, &error));
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM recognition WHERE note = 'Đợt 2/2024'"), ==, 1);

  /* history in order */
  list = ntm_database_list_recognitions (f->db, KY_TAN, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(NtmRecognition) first = g_list_model_get_item (list, 0);
    g_autoptr(NtmRecognition) second = g_list_model_get_item (list, 1);
    g_assert_cmpint (ntm_recognition_get_level (first), ==, NTM_LEVEL_NTM);
    g_assert_cmpint (ntm_recognition_get_level (second), ==, NTM_LEVEL_ADVANCED);
  }

  /* revoke: date and reason required, not before the decision */
  g_assert_false (ntm_database_revoke_recognition (f->db, ntm_recognition_get_id (r), "2025-03-01", "", &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_revoke_recognition (f->db, ntm_recognition_get_id (r), "1/3/2025", "Sai sót", &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_revoke_recognition (f->db, ntm_recognition_get_id (r), "2024-01-01", "Sai sót", &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_revoke_recognition (f->db, 999999, "2025-03-01", "Sai sót", &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (ntm_database_revoke_recognition (f->db, ntm_recognition_get_id (r), "2025-03-01",
                                                  "Không duy trì tiêu chí 17", &error));
  g_assert_no_error (error);
  g_assert_false (ntm_database_revoke_recognition (f->db, ntm_recognition_get_id (r), "2025-04-01", "Lần hai", &error));
  g_clear_error (&error);

  /* the level in force: advanced in 2024, back to NTM once revoked (the
   * revocation ends only the advanced level) */
  g_assert_cmpint (ntm_database_get_recognised_level (f->db, KY_TAN, 2024, NULL, NULL), ==, NTM_LEVEL_ADVANCED);
  g_assert_cmpint (ntm_database_get_level_in_force (f->db, KY_TAN, "2025-02-28", NULL, NULL, NULL), ==, NTM_LEVEL_ADVANCED);
  g_assert_cmpint (ntm_database_get_level_in_force (f->db, KY_TAN, "2025-06-30", NULL, NULL, NULL), ==, NTM_LEVEL_NTM);
  eval = ntm_evaluation_new (f->db, 2024, &error);
  g_assert_cmpint (ntm_evaluation_get_recognised_level (eval, KY_TAN), ==, NTM_LEVEL_ADVANCED);

  /* every change is in the unit's history, the newest the revocation, named
   * by its level and year, with its date and reason in words */
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log WHERE entity = 'recognition' AND unit_code = '"
                                 KY_TAN "' AND action = 'update'"), ==, 2);
  {
    g_autoptr(GListModel) history = ntm_database_list_unit_history (f->db, KY_TAN, &error);
    g_autoptr(NtmAuditEntry) newest = NULL;
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    newest = g_list_model_get_item (history, 0);
    text = ntm_audit_entry_describe (newest);
    g_assert_true (g_str_has_prefix (text, "Recognition changed: Advanced NTM (2024)\n"));
    g_assert_nonnull (strstr (text, "\nReason for revoking: — → Không duy trì tiêu chí 17"));
    g_assert_null (strstr (text, "revoke"));
  }
}

/* A decision is described by what of it is on record: number, date and
 * issuer; no trailing comma for an issuer not on record; a date not
 * known said so; a level known only from a report, the report. */
static void
test_recognition_described (Fixture *f, gconstpointer data)
{
  g_autoptr(NtmRecognition) r = ntm_recognition_new ("18814");
  g_autofree char *reported = NULL;
  g_autofree char *undated = NULL;
  g_autofree char *undated_issued = NULL;
  g_autofree char *dated = NULL;
  g_autofree char *issued = NULL;

  ntm_recognition_set_source (r, "Báo cáo năm 2023");
  reported = ntm_recognition_describe_decision (r);
  g_assert_cmpstr (reported, ==, "No decision number on record. As reported: Báo cáo năm 2023");
  ntm_recognition_set_decision_number (r, "15/QĐ-UBND");
  undated = ntm_recognition_describe_decision (r);
  g_assert_cmpstr (undated, ==, "Decision 15/QĐ-UBND (date not on record)");
  ntm_recognition_set_issuer (r, "UBND tỉnh Hà Tĩnh");
  undated_issued = ntm_recognition_describe_decision (r);
  g_assert_cmpstr (undated_issued, ==, "Decision 15/QĐ-UBND (date not on record), UBND tỉnh Hà Tĩnh");
  ntm_recognition_set_issuer (r, "");
  ntm_recognition_set_decision_date (r, "2026-01-17");
  dated = ntm_recognition_describe_decision (r);
  g_assert_cmpstr (dated, ==, "Decision 15/QĐ-UBND of 17/01/2026");
  ntm_recognition_set_issuer (r, "UBND tỉnh Hà Tĩnh");
  issued = ntm_recognition_describe_decision (r);
  g_assert_cmpstr (issued, ==, "Decision 15/QĐ-UBND of 17/01/2026, UBND tỉnh Hà Tĩnh");
}

/* A computed level below the recognised one is flagged, not "fixed". */
static void
test_recognition_contradiction (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmAssessment) a = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
  g_autoptr(NtmEvaluation) eval = NULL;
  double threshold;

  g_assert_true (ntm_database_set_threshold (f->db, ntm_test_indicator_id (f->db, "318-ntm", "17.1"),
                                             "bac-trung-bo", 2024, TRUE, 95, NULL, &error));
  g_clear_object (&a);
  a = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
  g_assert_true (ntm_assessment_row_get_threshold (a, row_of (a, "318-ntm", "17.1"), &threshold));
  g_assert_cmpfloat (threshold, ==, 95);
  ntm_assessment_row_set_value (a, row_of (a, "318-ntm", "17.1"), TRUE, 80);
  g_assert_true (ntm_assessment_save (a, f->db, &error));
  g_assert_cmpint (ntm_assessment_get_computed_level (a), ==, NTM_LEVEL_NOT_YET);

  eval = ntm_evaluation_new (f->db, 2024, &error);
  g_assert_cmpint (ntm_evaluation_get_recognised_level (eval, COMMUNE), ==, NTM_LEVEL_NTM);
  g_assert_true (ntm_evaluation_levels_disagree (eval, COMMUNE));
}

static void
test_thresholds (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmThreshold) t = NULL;
  gint64 water = ntm_test_indicator_id (f->db, "318-ntm", "17.1");
  gint64 market = ntm_test_indicator_id (f->db, "318-ntm", "7");
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) regions = ntm_database_list_regions (f->db, &names, &error);
  double v;

  g_assert_cmpuint (g_strv_length (regions), ==, 7);
  g_assert_true (g_strv_contains ((const char * const *) regions, "bac-trung-bo"));

  /* seeded as not known */
  t = ntm_database_get_threshold (f->db, water, "bac-trung-bo", 2024, &error);
  g_assert_nonnull (t);
  g_assert_false (ntm_threshold_get_value (t, NULL));
  g_assert_cmpint (ntm_threshold_get_year_from (t), ==, 2022);
  g_assert_cmpint (ntm_threshold_get_year_to (t), ==, 2025);
  g_clear_object (&t);

  /* bad values are refused and nothing changes */
  g_assert_false (ntm_database_set_threshold (f->db, water, "bac-trung-bo", 2024, TRUE, 101, NULL, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ntm_database_set_threshold (f->db, water, "bac-trung-bo", 2024, TRUE, -5, NULL, &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_set_threshold (f->db, market, "bac-trung-bo", 2024, TRUE, 3, NULL, &error));
  g_clear_error (&error);
  g_assert_false (ntm_database_set_threshold (f->db, 999999, "bac-trung-bo", 2024, TRUE, 3, NULL, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM audit_log WHERE entity = 'threshold' AND action <> 'insert'"), ==, 0);

  /* the known value replaces "not known" in the row that applies */
  g_assert_true (ntm_database_set_threshold (f->db, water, "bac-trung-bo", 2024, TRUE, 95, "QĐ tỉnh", &error));
  g_assert_no_error (error);
  t = ntm_database_get_threshold (f->db, water, "bac-trung-bo", 2023, &error);
  g_assert_true (ntm_threshold_get_value (t, &v));
  g_assert_cmpfloat (v, ==, 95);
  g_assert_cmpstr (ntm_threshold_get_note (t), ==, "QĐ tỉnh");
  g_clear_object (&t);

  /* another region had no row: one is added for it */
  g_assert_null (ntm_database_get_threshold (f->db, water, "tay-nguyen", 2024, &error));
  g_assert_no_error (error);
  g_assert_true (ntm_database_set_threshold (f->db, water, "tay-nguyen", 2024, TRUE, 85, NULL, &error));
  t = ntm_database_get_threshold (f->db, water, "tay-nguyen", 2025, &error);
  g_assert_true (ntm_threshold_get_value (t, &v));
  g_assert_cmpfloat (v, ==, 85);
  g_assert_cmpint (ntm_threshold_get_year_from (t), ==, 2024);
  g_clear_object (&t);
  g_assert_null (ntm_database_get_threshold (f->db, water, "tay-nguyen", 2023, &error));

  /* audited */
  {
    g_autoptr(GListModel) history = ntm_database_list_threshold_history (f->db, &error);
    g_autoptr(NtmAuditEntry) newest = g_list_model_get_item (history, 0);
    g_autoptr(NtmAuditEntry) update = g_list_model_get_item (history, 1);
    g_assert_cmpstr (ntm_audit_entry_get_action (newest), ==, "insert");
    g_assert_cmpstr (ntm_audit_entry_get_action (update), ==, "update");
    g_assert_cmpstr (ntm_audit_entry_get_subject (update), ==, "318-ntm 17.1");
  }

  /* indicators: name required */
  g_assert_false (ntm_database_update_indicator (f->db, water, "  ", "%", NTM_COMPARISON_GE, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ntm_database_update_indicator (f->db, water, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%",
                                                NTM_COMPARISON_GT, &error));
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM indicator WHERE comparison = '>'"
                                 " AND name = 'Tỷ lệ hộ dùng nước hợp vệ sinh'"), ==, 1);
}

/* Indicator 17.1 without a value typed in takes the household water
 * figures, as the evaluation of the province does; a value typed in wins. */
static void
test_water_figures (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmAssessment) a = NULL;
  g_autoptr(NtmEvaluation) ev = NULL;
  int water;
  double suggested = 0;

  g_assert_true (ntm_database_exec (f->db,
    "UPDATE threshold SET value = 95 WHERE indicator_id = (SELECT i.id FROM indicator i"
    " JOIN criterion c ON c.id = i.criterion_id WHERE c.set_code = '318-ntm' AND i.code = '17.1')", NULL));

  /* nothing on record: no data, never "not met" */
  a = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
  g_assert_no_error (error);
  water = row_of (a, "318-ntm", "17.1");
  g_assert_false (ntm_assessment_row_get_suggested (a, water, NULL));
  g_assert_false (ntm_assessment_row_is_from_figures (a, water));
  g_assert_cmpint (ntm_assessment_row_get_status (a, water), ==, NTM_STATUS_NO_DATA);
  g_clear_object (&a);

  /* 1,150 of 1,200 households: 95.8 % */
  g_assert_true (ntm_database_set_commune_water (f->db, COMMUNE, 2024, 1200, 1150, 800, NULL, &error));
  a = ntm_assessment_load (f->db, COMMUNE, 2024, &error);
  g_assert_true (ntm_assessment_row_get_suggested (a, water, &suggested));
  g_assert_cmpfloat_with_epsilon (suggested, 95.8333333, 1e-6);
  g_assert_true (ntm_assessment_row_is_from_figures (a, water));
  g_assert_cmpint (ntm_assessment_row_get_status (a, water), ==, NTM_STATUS_MET);
  g_assert_false (ntm_assessment_row_get_value (a, water, NULL));
  g_assert_false (ntm_assessment_is_modified (a));
  /* the form and the evaluation agree on criterion 17 */
  ev = ntm_evaluation_new (f->db, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_assessment_get_criterion_status (a, ntm_assessment_row_get_criterion_id (a, water)),
                   ==, NTM_STATUS_NO_DATA);  /* the other indicators of 17 have no data */
  g_assert_cmpuint (ntm_assessment_get_tally (a, NTM_LEVEL_NTM).no_data,
                    ==, ntm_evaluation_get_tally (ev, COMMUNE).no_data);

  /* a value typed in wins over the figures */
  ntm_assessment_row_set_value (a, water, TRUE, 90);
  g_assert_false (ntm_assessment_row_is_from_figures (a, water));
  g_assert_cmpint (ntm_assessment_row_get_status (a, water), ==, NTM_STATUS_NOT_MET);
  /* and a status set by hand wins over both */
  ntm_assessment_row_set_value (a, water, FALSE, 0);
  g_assert_true (ntm_assessment_row_is_from_figures (a, water));
  ntm_assessment_row_set_override (a, water, TRUE, NTM_STATUS_BASICALLY_MET, "Đang đấu nối");
  g_assert_false (ntm_assessment_row_is_from_figures (a, water));
  g_assert_cmpint (ntm_assessment_row_get_status (a, water), ==, NTM_STATUS_BASICALLY_MET);
  ntm_assessment_row_set_override (a, water, FALSE, NTM_STATUS_NO_DATA, NULL);

  /* a note saved without a value does not copy the figures into the assessment */
  ntm_assessment_row_set_note (a, water, "Theo số liệu hộ gia đình");
  g_assert_true (ntm_assessment_save (a, f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_test_count (f->db, "SELECT count(*) FROM assessment WHERE unit_code = '" COMMUNE "'"
                                 " AND value IS NULL AND note = 'Theo số liệu hộ gia đình'"), ==, 1);
  g_assert_cmpint (ntm_assessment_row_get_status (a, water), ==, NTM_STATUS_MET);

  /* figures of another year do not count */
  g_clear_object (&a);
  a = ntm_assessment_load (f->db, COMMUNE, 2025, &error);
  g_assert_false (ntm_assessment_row_is_from_figures (a, water));
  g_assert_cmpint (ntm_assessment_row_get_status (a, water), ==, NTM_STATUS_NO_DATA);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/forms/assessment/sets-by-kind", test_sets_by_kind);
  ADD ("/forms/assessment/status", test_status_follows_threshold);
  ADD ("/forms/assessment/summary", test_summary_and_blocking);
  ADD ("/forms/assessment/validation", test_validation_writes_nothing);
  ADD ("/forms/assessment/failure-half-way", test_failure_half_way);
  ADD ("/forms/assessment/undo", test_undo);
  ADD ("/forms/assessment/recorded-status", test_recorded_status_and_unknown_threshold);
  ADD ("/forms/assessment/water-figures", test_water_figures);
  ADD ("/forms/audit", test_audit_trail);
  ADD ("/forms/recognitions", test_recognitions);
  ADD ("/forms/recognition-year-apart", test_recognition_year_apart);
  ADD ("/forms/recognition-contradiction", test_recognition_contradiction);
  ADD ("/forms/recognition-described", test_recognition_described);
  ADD ("/forms/thresholds", test_thresholds);
#undef ADD

  return g_test_run ();
}
