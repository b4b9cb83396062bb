/* test-report-document.c: reports in the layout of administrative documents
 *
 * The provincial summary and a unit's profile, written as PDF and read
 * back with pdftotext and pdffonts: the national title and motto, the
 * place and date, "Nơi nhận" (recipients) and the signer, all as set in
 * Preferences; the serif font embedded; empty figures in words; no page
 * ending on a heading. Run in English, and in Vietnamese (LANGUAGE=vi).
 * The pages are left as PNG in the build folder to be looked at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ntm-commune-water.h"
#include "ntm-fund.h"
#include "ntm-report.h"
#include "ntm-test-utils.h"

static char *dir;
static gboolean vietnamese;

static char *
run (const char *command_format,
     ...)
{
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;
  va_list args;

  va_start (args, command_format);
  command = g_strdup_vprintf (command_format, args);
  va_end (args);
  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
write_summary_of (NtmDatabase *db,
                  int          year,
                  const char  *name,
                  guint       *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmReport) report = ntm_report_new_summary (db, year, &error);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_no_error (error);
  g_assert_true (ntm_report_write_pdf (report, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  *n_pages = ntm_report_get_n_pages (report);
  return path;
}

static char *
write_summary (NtmDatabase *db,
               const char  *name,
               guint       *n_pages)
{
  return write_summary_of (db, 2024, name, n_pages);
}

/* No page of @pdf ends on a section heading or a figure's title. */
static void
assert_no_lone_heading (const char *pdf,
                        guint       n_pages)
{
  g_autoptr(GRegex) heading = g_regex_new ("^([IVX]+\\. \\S|Communes by recognised level|Số xã theo mức)", 0, 0, NULL);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = run ("pdftotext -layout -f %u -l %u %s -", page, page, pdf);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
      const char *last = NULL;

      for (guint i = 0; lines[i] != NULL; i++)
        if (*g_strstrip (lines[i]) != '\0' && lines[i][0] != '\f')
          last = lines[i];
      g_assert_nonnull (last);
      if (g_regex_match (heading, last, 0, NULL))
        g_error ("page %u of %s ends on a heading: %s", page, pdf, last);
    }
}

/* The parts of the document, the font, the words for empty figures. */
static void
test_summary (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "summary.db");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *date_line = NULL;
  g_autofree char *shots = g_build_filename (g_getenv ("NTM_BUILD_DIR"), "screenshots", NULL);
  g_autofree char *prefix = NULL;
  guint n_pages;

  pdf = write_summary (db, "summary.pdf", &n_pages);
  g_assert_cmpuint (n_pages, >=, 2);
  text = run ("pdftotext %s -", pdf);
  fonts = run ("pdffonts %s", pdf);
  /* 2024 had townships beside the wards */
  {
    g_autofree char *flat = g_strdelimit (g_strdup (text), "\n", ' ');

    g_assert_nonnull (strstr (flat, _("Wards and townships recognised civilised urban")));
  }

  if (vietnamese)
    {
      date_line = g_date_time_format (now, "Hà Tĩnh, ngày %d tháng %m năm %Y");
      g_assert_nonnull (strstr (text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
      g_assert_nonnull (strstr (text, "Độc lập - Tự do - Hạnh phúc"));
      g_assert_nonnull (strstr (text, date_line));
      g_assert_nonnull (strstr (text, "Nơi nhận:"));
      g_assert_nonnull (strstr (text, "Số: …/BC-VPĐP"));
      g_assert_nonnull (strstr (text, "BÁO CÁO"));
      g_assert_nonnull (strstr (text, "I. KẾT QUẢ CHỦ YẾU"));
      g_assert_nonnull (strstr (text, "chưa có số liệu"));
    }
  else
    {
      static const char * const months[] = { "January", "February", "March", "April", "May", "June", "July",
                                              "August", "September", "October", "November", "December" };

      date_line = g_strdup_printf ("Hà Tĩnh, %d %s %d", g_date_time_get_day_of_month (now),
                                   months[g_date_time_get_month (now) - 1], g_date_time_get_year (now));
      g_assert_nonnull (strstr (text, "SOCIALIST REPUBLIC OF VIET NAM"));
      g_assert_nonnull (strstr (text, "Independence - Freedom - Happiness"));
      g_assert_nonnull (strstr (text, date_line));
      g_assert_nonnull (strstr (text, "Recipients:"));
      g_assert_nonnull (strstr (text, "No.: …/BC-VPĐP"));
      g_assert_nonnull (strstr (text, "REPORT"));
      g_assert_nonnull (strstr (text, "I. KEY RESULTS"));
      g_assert_nonnull (strstr (text, "no data yet"));
    }
  /* the issuing body and the signer, as set by default */
  g_assert_nonnull (strstr (text, "VĂN PHÒNG ĐIỀU PHỐI NTM"));
  g_assert_nonnull (strstr (text, "CHÁNH VĂN PHÒNG"));
  /* empty figures in words: no dash, no "0 · 0" */
  g_assert_null (strstr (text, "–"));
  g_assert_null (strstr (text, "0 · 0"));
  /* the serif, embedded */
  g_assert_nonnull (strstr (fonts, "LiberationSerif"));
  {
    g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
    gboolean embedded = FALSE;

    for (guint i = 0; lines[i] != NULL; i++)
      if (strstr (lines[i], "LiberationSerif") != NULL)
        {
          g_auto(GStrv) fields = g_strsplit_set (lines[i], " ", -1);
          g_autoptr(GPtrArray) words = g_ptr_array_new ();

          for (guint k = 0; fields[k] != NULL; k++)
            if (*fields[k] != '\0')
              g_ptr_array_add (words, fields[k]);
          /* name type [type…] encoding emb sub uni id gen */
          embedded |= g_str_equal (g_ptr_array_index (words, words->len - 5), "yes");
        }
    g_assert_true (embedded);
  }
  assert_no_lone_heading (pdf, n_pages);

  /* every page, to be looked at */
  g_mkdir_with_parents (shots, 0755);
  prefix = g_strdup_printf ("%s/report-summary-%s", shots, vietnamese ? "vi" : "en");
  g_free (run ("pdftoppm -r 60 -png %s %s", pdf, prefix));
}

/* What is set in Preferences is what the report prints. */
static void
test_preferences (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "preferences.db");
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  guint n_pages;

  g_settings_set_string (settings, "report-parent-body", "Ủy ban nhân dân tỉnh Hà Tĩnh");
  g_settings_set_string (settings, "report-issuing-body", "Văn phòng Thử nghiệm");
  g_settings_set_string (settings, "report-number-prefix", "BC-TN");
  g_settings_set_string (settings, "report-place", "Thạch Hà");
  g_settings_set_string (settings, "report-recipients", "Sở Nông nghiệp và Môi trường\n\n- Lưu: VT.");
  g_settings_set_string (settings, "report-signer-authority", "KT. CHÁNH VĂN PHÒNG");
  g_settings_set_string (settings, "report-signer-title", "PHÓ CHÁNH VĂN PHÒNG");
  g_settings_set_string (settings, "report-signer-name", "Nguyễn Văn An");

  pdf = write_summary (db, "preferences.pdf", &n_pages);
  text = run ("pdftotext %s -", pdf);
  /* a long body wraps in its column */
  g_strdelimit (text, "\n", ' ');
  /* the bodies in capitals, as the decree writes them, in the left
   * column of the heading */
  {
    g_autofree char *left = run ("pdftotext -f 1 -l 1 -x 80 -y 40 -W 180 -H 120 %s -", pdf);

    g_strdelimit (left, "\n", ' ');
    g_assert_nonnull (strstr (left, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"));
    g_assert_nonnull (strstr (left, "VĂN PHÒNG THỬ NGHIỆM"));
    g_assert_nonnull (strstr (left, "/BC-TN"));
    g_assert_null (strstr (left, "CỘNG HÒA"));
  }
  g_assert_nonnull (strstr (text, "/BC-TN"));
  g_assert_nonnull (strstr (text, "Thạch Hà, "));
  g_assert_nonnull (strstr (text, "- Sở Nông nghiệp và Môi trường; - Lưu: VT."));
  g_assert_nonnull (strstr (text, "- Lưu: VT."));
  g_assert_nonnull (strstr (text, "KT. CHÁNH VĂN PHÒNG"));
  g_assert_nonnull (strstr (text, "PHÓ CHÁNH VĂN PHÒNG"));
  g_assert_nonnull (strstr (text, "Nguyễn Văn An"));

  for (const char * const *key = (const char * const []) { "report-parent-body", "report-issuing-body",
                                                           "report-number-prefix", "report-place",
                                                           "report-recipients", "report-signer-authority",
                                                           "report-signer-title", "report-signer-name", NULL };
       *key != NULL; key++)
    g_settings_reset (settings, *key);
}

/* More or fewer rows move the sections down the pages: wherever they
 * land, no page ends on a heading, and the signature stays whole. */
static void
test_no_lone_heading (void)
{
  static const NtmFundSource sources[] = {
    NTM_FUND_CENTRAL_DEVELOPMENT, NTM_FUND_CENTRAL_RECURRENT, NTM_FUND_LOCAL_BUDGET, NTM_FUND_INTEGRATED,
    NTM_FUND_CREDIT, NTM_FUND_ENTERPRISE, NTM_FUND_COMMUNITY, NTM_FUND_SPONSORSHIP,
  };
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "headings.db");

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autoptr(NtmFund) fund = ntm_fund_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("headings-%u.pdf", i);
      g_autofree char *pdf = NULL;
      guint n_pages;

      ntm_fund_set_year (fund, 2024);
      ntm_fund_set_unit_code (fund, "42");
      ntm_fund_set_source (fund, sources[i]);
      ntm_fund_set_planned (fund, TRUE, 1000000000 + i);
      ntm_fund_set_actual (fund, TRUE, 900000000 + i);
      ntm_fund_set_sponsor (fund, "Công ty Thử nghiệm");
      g_assert_true (ntm_database_save_fund (db, fund, &error));
      g_assert_no_error (error);
      if (i % 3 != 2)
        continue;
      pdf = write_summary (db, name, &n_pages);
      assert_no_lone_heading (pdf, n_pages);
    }
}

static void
test_unit_profile (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "unit.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmReport) report = ntm_report_new_unit (db, "18757", 2024, &error);
  g_autofree char *pdf = g_build_filename (dir, "unit.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *shots = g_build_filename (g_getenv ("NTM_BUILD_DIR"), "screenshots", NULL);
  g_autofree char *prefix = NULL;

  g_assert_no_error (error);
  g_assert_true (ntm_report_write_pdf (report, pdf, NULL, NULL, NULL, &error));
  text = run ("pdftotext %s -", pdf);
  g_assert_nonnull (strstr (text, vietnamese ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" : "SOCIALIST REPUBLIC OF VIET NAM"));
  g_assert_nonnull (strstr (text, vietnamese ? "Nơi nhận:" : "Recipients:"));
  g_assert_nonnull (strstr (text, "Xã Kỳ Xuân"));
  g_assert_nonnull (strstr (text, vietnamese ? "chưa có số liệu" : "no data yet"));
  g_assert_null (strstr (text, "–"));
  assert_no_lone_heading (pdf, ntm_report_get_n_pages (report));

  g_mkdir_with_parents (shots, 0755);
  prefix = g_strdup_printf ("%s/report-unit-%s", shots, vietnamese ? "vi" : "en");
  g_free (run ("pdftoppm -r 60 -png %s %s", pdf, prefix));

  /* an unknown unit is refused, and nothing is written */
  {
    g_autoptr(GError) missing = NULL;
    g_autoptr(NtmReport) none = ntm_report_new_unit (db, "99999", 2024, &missing);
    g_assert_null (none);
    g_assert_error (missing, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND);
  }
}

/* A commune of 2026: the water section reads the households on record,
 * and says there are none rather than asking for an indicator of the
 * 2021–2025 criteria; no decision on record is said once. */
static void
test_unit_profile_2026 (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "unit-2026.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (dir, "unit-2026.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *none = g_strdup_printf (_("No household water figures are entered for %d."), 2026);

  {
    g_autoptr(NtmReport) report = ntm_report_new_unit (db, "18160-2025", 2026, &error);

    g_assert_no_error (error);
    g_assert_true (ntm_report_write_pdf (report, pdf, NULL, NULL, NULL, &error));
    text = run ("pdftotext %s -", pdf);
    flat = g_strdelimit (g_strdup (text), "\n", ' ');
    g_assert_nonnull (strstr (flat, none));
    g_assert_null (strstr (flat, "17.1"));
    g_assert_nonnull (strstr (flat, _("No recognition on record")));
    g_clear_pointer (&text, g_free);
    g_clear_pointer (&flat, g_free);
  }

  /* 1,200 households, 1,140 on hygienic water, 960 on clean water */
  g_assert_true (ntm_database_set_commune_water (db, "18160-2025", 2026, 1200, 1140, 960, "Báo cáo xã", &error));
  g_assert_no_error (error);
  {
    g_autoptr(NtmReport) report = ntm_report_new_unit (db, "18160-2025", 2026, &error);

    g_assert_no_error (error);
    g_assert_true (ntm_report_write_pdf (report, pdf, NULL, NULL, NULL, &error));
    text = run ("pdftotext %s -", pdf);
    flat = g_strdelimit (g_strdup (text), "\n", ' ');
    g_assert_null (strstr (flat, none));
    g_assert_nonnull (strstr (flat, vietnamese ? "1.200" : "1,200"));
    g_assert_nonnull (strstr (flat, "(95 %)"));
    g_assert_nonnull (strstr (flat, "(80 %)"));
  }
}

/* 2026: no district, the levels of 2026–2030, and the two communes that
 * keep a decision of 2021–2025 said apart rather than counted. */
static void
test_summary_2026 (void)
{
  g_autoptr(NtmDatabase) db = ntm_test_open_database (dir, "summary-2026.db");
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *earlier = NULL;
  guint n_pages;

  pdf = write_summary_of (db, 2026, "summary-2026.pdf", &n_pages);
  text = run ("pdftotext %s -", pdf);
  /* the note may break across lines */
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  earlier = g_strdup_printf (ngettext ("%u more commune keeps a recognition under earlier criteria and is not counted.",
                                       "%u more communes keep a recognition under earlier criteria and are not counted.",
                                       2), 2);
  g_assert_nonnull (strstr (flat, _("Communes by the level in force by decision; modern NTM communes (pilot) also meet the NTM standard.")));
  g_assert_nonnull (strstr (flat, earlier));
  g_assert_null (strstr (flat, _("Communes and districts by the level in force by decision; advanced and model communes also meet the NTM standard.")));
  g_assert_null (strstr (flat, _("Districts meeting NTM or completing the task")));
  /* and no township: from July 2025 the urban units are wards */
  g_assert_nonnull (strstr (flat, _("Wards recognised civilised urban")));
  g_assert_null (strstr (flat, _("Wards and townships recognised civilised urban")));
}

int
main (int argc, char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("NTM_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  vietnamese = g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();

  g_test_add_func ("/report-document/summary", test_summary);
  g_test_add_func ("/report-document/summary-2026", test_summary_2026);
  g_test_add_func ("/report-document/preferences", test_preferences);
  g_test_add_func ("/report-document/no-lone-heading", test_no_lone_heading);
  g_test_add_func ("/report-document/unit-profile", test_unit_profile);
  g_test_add_func ("/report-document/unit-profile-2026", test_unit_profile_2026);

  status = g_test_run ();
  ntm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
