/* bench-import.c: how fast a large office workbook is imported
 *
 * Generates a workbook as an office would keep five years of indicator
 * values: one sheet per year (2021–2025), one row per commune-level unit
 * (216), one column per indicator of the commune sets (78, each headed
 * "SET CODE" or "SET Chỉ tiêu CODE"), written with libxlsxwriter; then times
 * `ntm --import-data` on it (read through GDAL, matched, checked and
 * written in one transaction, with and without the writing) beside
 * `ogr2ogr -f SQLite` reading the same file into SQLite, and `ntm --check`
 * for what starting the program and opening the database cost alone, each in a child process so that each peak memory is
 * its own, and prints both with their ratio. Where valgrind is installed
 * it also counts the instructions of each, which do not vary with the
 * machine's load (this takes a few minutes more).
 *
 * Run by hand: meson test -C build --benchmark --verbose import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <xlsxwriter.h>

#include "ntm-bench.h"
#include "ntm-criteria.h"
#include "ntm-database-private.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

#define FIRST_YEAR 2021
#define N_YEARS 5

static const char * const commune_sets[] = { "318-ntm", "318-advanced", "319-model", NULL };

/* Every indicator of the commune sets: "318-ntm 17.1" and its kind. */
static GPtrArray *
list_indicators (NtmDatabase *db,
                 GArray      *kinds)
{
  GPtrArray *headings = g_ptr_array_new_with_free_func (g_free);

  for (guint s = 0; commune_sets[s] != NULL; s++)
    {
      g_autoptr(GListModel) criteria = ntm_database_list_criteria (db, commune_sets[s], NULL);

      for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
        {
          g_autoptr(NtmCriterion) criterion = g_list_model_get_item (criteria, c);
          g_autoptr(GListModel) indicators = ntm_database_list_indicators (db, ntm_criterion_get_id (criterion), NULL);

          for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
            {
              g_autoptr(NtmIndicator) ind = g_list_model_get_item (indicators, i);
              NtmIndicatorKind kind = ntm_indicator_get_kind (ind);

              /* "318-ntm 17.1"; a code without a dot is said to be an indicator */
              g_ptr_array_add (headings, g_strdup_printf (strchr (ntm_indicator_get_code (ind), '.') ? "%s %s"
                                                          : "%s Chỉ tiêu %s",
                                                          commune_sets[s], ntm_indicator_get_code (ind)));
              g_array_append_val (kinds, kind);
            }
        }
    }
  return headings;
}

static void
write_workbook (NtmDatabase *db,
                const char  *path,
                guint       *n_units,
                guint       *n_indicators)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
  lxw_workbook *wb = workbook_new_opt (path, &options);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (NtmIndicatorKind));
  g_autoptr(GPtrArray) headings = list_indicators (db, kinds);
  /* the units of the programme's period, whatever today is: the file's
   * first year is the one its rows are matched against */
  g_autoptr(GListModel) units = ntm_database_list_units_in_year (db, FIRST_YEAR, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2025);

  *n_units = 0;
  *n_indicators = headings->len;
  for (int y = 0; y < N_YEARS; y++)
    {
      g_autofree char *name = g_strdup_printf ("Năm %d", FIRST_YEAR + y);
      lxw_worksheet *ws = workbook_add_worksheet (wb, name);
      guint row = 0;

      worksheet_write_string (ws, row, 0, "Mã xã", NULL);
      worksheet_write_string (ws, row, 1, "Tên xã", NULL);
      for (guint i = 0; i < headings->len; i++)
        worksheet_write_string (ws, row, 2 + i, g_ptr_array_index (headings, i), NULL);
      row++;

      for (guint u = 0; u < g_list_model_get_n_items (units); u++)
        {
          g_autoptr(NtmUnit) unit = g_list_model_get_item (units, u);

          if (!ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
            continue;
          worksheet_write_string (ws, row, 0, ntm_unit_get_code (unit), NULL);
          worksheet_write_string (ws, row, 1, ntm_unit_get_name (unit), NULL);
          for (guint i = 0; i < headings->len; i++)
            {
              NtmIndicatorKind kind = g_array_index (kinds, NtmIndicatorKind, i);

              if (kind == NTM_INDICATOR_BOOLEAN)
                worksheet_write_string (ws, row, 2 + i, g_rand_boolean (rand) ? "Có" : "Không", NULL);
              else if (kind == NTM_INDICATOR_PERCENT)
                worksheet_write_number (ws, row, 2 + i, g_rand_int_range (rand, 0, 1001) / 10.0, NULL);
              else
                worksheet_write_number (ws, row, 2 + i, g_rand_int_range (rand, 0, 100000) / 10.0, NULL);
            }
          row++;
          if (y == 0)
            (*n_units)++;
        }
    }
  workbook_close (wb);
}

static guint
count_rows (const char *path,
            const char *sql)
{
  g_autoptr(NtmDatabase) db = ntm_database_open (path, NULL);
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  if (db != NULL &&
      sqlite3_prepare_v2 (ntm_database_get_handle (db), sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *tmp = NULL;
  g_autofree char *seeded = NULL;
  g_autofree char *book = NULL;
  g_autofree char *ntm = NULL;
  g_autoptr(GError) error = NULL;
  guint n_units = 0, n_indicators = 0;
  GStatBuf st;
  double ours_ms = 0, ours_mib = 0, theirs_ms = 0, theirs_mib = 0, dry_ms = 0, dry_mib = 0;
  double start_ms = 0, start_mib = 0;
  const int runs = 3;

  if (argc > 2 && g_str_equal (argv[1], "--measure"))
    return ntm_bench_run_measured (argv + 2);

  tmp = g_dir_make_tmp ("ntm-bench-import-XXXXXX", NULL);
  seeded = g_build_filename (tmp, "seeded.db", NULL);
  book = g_build_filename (tmp, "chi-tieu-2021-2025.xlsx", NULL);
  ntm = g_build_filename (g_getenv ("NTM_BUILD_DIR") ? g_getenv ("NTM_BUILD_DIR") : BUILD_DIR, "src", "ntm", NULL);

  {
    g_autoptr(NtmDatabase) db = ntm_database_open (seeded, &error);

    if (db == NULL)
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
    write_workbook (db, book, &n_units, &n_indicators);
  }
  g_stat (book, &st);

  /* each run on a fresh copy of the seeded database */
  for (int r = 0; r < runs; r++)
    {
      g_autofree char *db_path = g_strdup_printf ("%s/import-%d.db", tmp, r);
      g_autofree char *sqlite_path = g_strdup_printf ("%s/ogr-%d.sqlite", tmp, r);
      const char *a[] = { ntm, "--database", db_path, "--import-data", book, NULL };
      const char *dry[] = { ntm, "--database", db_path, "--import-data", book, "--dry-run", NULL };
      const char *check[] = { ntm, "--database", db_path, "--check", NULL };
      const char *b[] = { "ogr2ogr", "-f", "SQLite", sqlite_path, book, NULL };
      g_autofree char *ours = NULL;
      g_autofree char *theirs = NULL;
      g_autofree char *checked = NULL;
      g_autofree char *started = NULL;

      ntm_test_copy_file (seeded, db_path);
      started = ntm_bench_measure (argv[0], check);
      checked = ntm_bench_measure (argv[0], dry);
      ours = ntm_bench_measure (argv[0], a);
      theirs = ntm_bench_measure (argv[0], b);
      if (ntm_bench_value_of (ours, "status") != 0 || ntm_bench_value_of (theirs, "status") != 0 ||
          ntm_bench_value_of (checked, "status") != 0)
        {
          g_printerr ("a run failed:\n%s\n%s\n", ours, theirs);
          return 1;
        }
      /* every value stored, not only those of the rows that matched, and
       * each in the history */
      if (count_rows (db_path, "SELECT count(*) FROM assessment") != n_units * n_indicators * N_YEARS ||
          count_rows (db_path, "SELECT count(*) FROM history_entry WHERE entity = 'assessment'") !=
          n_units * n_indicators * N_YEARS)
        {
          g_printerr ("%s holds %u values and %u in its history, not %u\n", db_path,
                      count_rows (db_path, "SELECT count(*) FROM assessment"),
                      count_rows (db_path, "SELECT count(*) FROM history_entry WHERE entity = 'assessment'"),
                      n_units * n_indicators * N_YEARS);
          return 1;
        }
      /* the better of the runs: the machine is shared */
      if (r == 0 || ntm_bench_value_of (ours, "wall-ms") < ours_ms)
        ours_ms = ntm_bench_value_of (ours, "wall-ms");
      if (r == 0 || ntm_bench_value_of (theirs, "wall-ms") < theirs_ms)
        theirs_ms = ntm_bench_value_of (theirs, "wall-ms");
      if (r == 0 || ntm_bench_value_of (started, "wall-ms") < start_ms)
        start_ms = ntm_bench_value_of (started, "wall-ms");
      start_mib = MAX (start_mib, ntm_bench_value_of (started, "peak-mib"));
      if (r == 0 || ntm_bench_value_of (checked, "wall-ms") < dry_ms)
        dry_ms = ntm_bench_value_of (checked, "wall-ms");
      dry_mib = MAX (dry_mib, ntm_bench_value_of (checked, "peak-mib"));
      ours_mib = MAX (ours_mib, ntm_bench_value_of (ours, "peak-mib"));
      theirs_mib = MAX (theirs_mib, ntm_bench_value_of (theirs, "peak-mib"));
    }

  g_print ("# Import of a generated workbook: %u units x %u indicators x %d years (%u values), %.1f MB XLSX\n",
           n_units, n_indicators, N_YEARS, n_units * n_indicators * N_YEARS, st.st_size / 1e6);
  g_print ("%-40s %9s %9s %9s %9s\n", "", "time ms", "x ogr2ogr", "peak MiB", "x ogr2ogr");
  g_print ("%-40s %9.0f %9s %9.1f %9s\n", "ogr2ogr -f SQLite", theirs_ms, "1.00", theirs_mib, "1.00");
  g_print ("%-40s %9.0f %9.2f %9.1f %9.2f\n", "ntm --check (start, open the database)",
           start_ms, start_ms / theirs_ms, start_mib, start_mib / theirs_mib);
  g_print ("%-40s %9.0f %9.2f %9.1f %9.2f\n", "ntm --import-data --dry-run (read, check)",
           dry_ms, dry_ms / theirs_ms, dry_mib, dry_mib / theirs_mib);
  g_print ("%-40s %9.0f %9.2f %9.1f %9.2f\n", "ntm --import-data (read, check, write)",
           ours_ms, ours_ms / theirs_ms, ours_mib, ours_mib / theirs_mib);

  /* the instructions, which do not vary with the machine's load: once each */
  {
    g_autofree char *db_path = g_strdup_printf ("%s/counted.db", tmp);
    g_autofree char *sqlite_path = g_strdup_printf ("%s/ogr-counted.sqlite", tmp);
    const char *a[] = { ntm, "--database", db_path, "--import-data", book, NULL };
    const char *dry[] = { ntm, "--database", db_path, "--import-data", book, "--dry-run", NULL };
    const char *b[] = { "ogr2ogr", "-f", "SQLite", sqlite_path, book, NULL };
    double theirs_ir, dry_ir = NAN, ours_ir = NAN;

    ntm_test_copy_file (seeded, db_path);
    theirs_ir = ntm_bench_count_instructions (b);
    if (!isnan (theirs_ir))
      {
        dry_ir = ntm_bench_count_instructions (dry);
        ours_ir = ntm_bench_count_instructions (a);
      }
    if (isnan (theirs_ir) || isnan (dry_ir) || isnan (ours_ir))
      g_print ("# instructions not counted: valgrind is not installed or a run failed under it\n");
    else
      {
        g_print ("%-40s %9s %9s\n", "", "instr. G", "x ogr2ogr");
        g_print ("%-40s %9.2f %9s\n", "ogr2ogr -f SQLite", theirs_ir / 1e9, "1.00");
        g_print ("%-40s %9.2f %9.2f\n", "ntm --import-data --dry-run (read, check)",
                 dry_ir / 1e9, dry_ir / theirs_ir);
        g_print ("%-40s %9.2f %9.2f\n", "ntm --import-data (read, check, write)",
                 ours_ir / 1e9, ours_ir / theirs_ir);
      }
  }

  if (g_getenv ("NTM_BENCH_KEEP") == NULL)
    ntm_test_remove_tree (tmp);
  return 0;
}
