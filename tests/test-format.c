/* test-format.c: money, numbers and dates in Vietnamese and in English
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ntm-database.h"
#include "ntm-format-private.h"
#include "ntm-format.h"

#define VI NTM_LANGUAGE_VIETNAMESE
#define EN NTM_LANGUAGE_ENGLISH

static void
assert_money (gint64 dong, const char *vi, const char *en)
{
  g_autofree char *in_vi = ntm_format_money (dong, VI);
  g_autofree char *in_en = ntm_format_money (dong, EN);

  g_assert_cmpstr (in_vi, ==, vi);
  g_assert_cmpstr (in_en, ==, en);
}

static void
test_money_billions (void)
{
  /* The 2023 sponsorship figure, as the conference wrote it. */
  assert_money (G_GINT64_CONSTANT (95539000000), "95,539 tỷ đồng", "95.539 billion VND");
  assert_money (G_GINT64_CONSTANT (15739000000), "15,739 tỷ đồng", "15.739 billion VND");
  assert_money (G_GINT64_CONSTANT (79800000000), "79,8 tỷ đồng", "79.8 billion VND");
  assert_money (G_GINT64_CONSTANT (1000000000), "1 tỷ đồng", "1 billion VND");
  assert_money (G_GINT64_CONSTANT (1234500000000), "1.234,5 tỷ đồng", "1,234.5 billion VND");
  /* rounded half up to the million */
  assert_money (G_GINT64_CONSTANT (95539499999), "95,539 tỷ đồng", "95.539 billion VND");
  assert_money (G_GINT64_CONSTANT (95539500000), "95,54 tỷ đồng", "95.54 billion VND");
}

static void
test_money_small (void)
{
  assert_money (G_GINT64_CONSTANT (500000000), "500 triệu đồng", "500 million VND");
  assert_money (G_GINT64_CONSTANT (2750000), "2,75 triệu đồng", "2.75 million VND");
  assert_money (G_GINT64_CONSTANT (999999499), "999,999 triệu đồng", "999.999 million VND");
  assert_money (G_GINT64_CONSTANT (999999500), "1 tỷ đồng", "1 billion VND");
  assert_money (250000, "250.000 đồng", "250,000 VND");
  assert_money (0, "0 đồng", "0 VND");
  assert_money (-G_GINT64_CONSTANT (2000000000), "-2 tỷ đồng", "-2 billion VND");
}

static void
test_money_exact (void)
{
  g_autofree char *vi = ntm_format_money_exact (G_GINT64_CONSTANT (95539000000), VI);
  g_autofree char *en = ntm_format_money_exact (G_GINT64_CONSTANT (95539000000), EN);
  g_autofree char *n = ntm_format_integer (G_MININT64, EN);
  g_autofree char *d = ntm_format_decimal (72.456, 1, VI);
  g_autofree char *d_en = ntm_format_decimal (27.75, 1, EN);

  g_assert_cmpstr (vi, ==, "95.539.000.000 đồng");
  g_assert_cmpstr (en, ==, "95,539,000,000 VND");
  g_assert_cmpstr (n, ==, "-9,223,372,036,854,775,808");
  g_assert_cmpstr (d, ==, "72,5");
  g_assert_cmpstr (d_en, ==, "27.8");
}

static void
test_money_parse (void)
{
  const char *good[] = { "95.539.000.000", "95,539,000,000", "95539000000", " 95 539 000 000 " };
  const char *bad[] = { "", "   ", "abc", "-5", "1,5 tỷ", "12e3", "99999999999999999999" };
  gint64 value;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      value = 0;
      g_assert_true (ntm_parse_money (good[i], &value, &error));
      g_assert_no_error (error);
      g_assert_cmpint (value, ==, G_GINT64_CONSTANT (95539000000));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      value = 7;
      g_assert_false (ntm_parse_money (bad[i], &value, &error));
      g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
      g_assert_cmpint (value, ==, 7);
      g_assert_cmpuint (strlen (error->message), >, 10);
    }
}

static void
test_dates (void)
{
  GDate date;
  g_autofree char *shown = ntm_format_date ("2024-02-29");

  g_autofree char *none = ntm_format_date (NULL);
  g_autofree char *unparsed = ntm_format_date ("tháng 8/2024");

  g_assert_cmpstr (shown, ==, "29/02/2024");
  /* nothing, or a text that is not a date, is shown as it is */
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (unparsed, ==, "tháng 8/2024");
  g_assert_true (ntm_parse_iso_date ("2024-02-29", &date));
  g_assert_false (ntm_parse_iso_date ("2023-02-29", &date));
  g_assert_false (ntm_parse_iso_date ("2024-2-9", &date));
  g_assert_false (ntm_parse_iso_date ("29/02/2024", &date));
  g_assert_false (ntm_parse_iso_date ("2024-02-29x", &date));
  g_assert_false (ntm_parse_iso_date (NULL, &date));
}

/* The one default language follows the catalogue gettext uses: numbers
 * are written the way the words around them are. */
static void
test_default_language (void)
{
  g_autofree char *empty = g_dir_make_tmp ("ntm-no-catalogue-XXXXXX", NULL);

  /* no Vietnamese catalogue: English, even when Vietnamese is asked for */
  bindtextdomain (GETTEXT_PACKAGE, empty);
  g_setenv ("LANGUAGE", "vi", TRUE);
  g_assert_cmpint (ntm_language_get_default (), ==, NTM_LANGUAGE_ENGLISH);

  /* the Vietnamese catalogue in use: Vietnamese */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("NTM_LOCALEDIR"));
  g_assert_cmpint (ntm_language_get_default (), ==, NTM_LANGUAGE_VIETNAMESE);
  g_assert_cmpstr (_("Code"), ==, "Mã");

  /* English asked for (binding elsewhere and back makes gettext look again) */
  g_setenv ("LANGUAGE", "en", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, empty);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("NTM_LOCALEDIR"));
  g_assert_cmpint (ntm_language_get_default (), ==, NTM_LANGUAGE_ENGLISH);

  g_unsetenv ("LANGUAGE");
  g_rmdir (empty);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/money/billions", test_money_billions);
  g_test_add_func ("/format/money/small", test_money_small);
  g_test_add_func ("/format/money/exact", test_money_exact);
  g_test_add_func ("/format/money/parse", test_money_parse);
  g_test_add_func ("/format/dates", test_dates);
  g_test_add_func ("/format/default-language", test_default_language);

  return g_test_run ();
}
