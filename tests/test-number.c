/* test-number.c: numbers and dates as people type them, in both languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "ntm-number.h"

#define VI NTM_LANGUAGE_VIETNAMESE
#define EN NTM_LANGUAGE_ENGLISH

static void
assert_parses (const char *text, NtmLanguage language, NtmNumberFlags flags, double expected)
{
  g_autoptr(GError) error = NULL;
  double value = -12345.0;

  if (!ntm_number_parse (text, language, flags, &value, &error))
    g_error ("“%s” (%s) was refused: %s", text, language == VI ? "vi" : "en", error->message);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-9);
}

static void
assert_refused (const char *text, NtmLanguage language, NtmNumberFlags flags, int code)
{
  g_autoptr(GError) error = NULL;
  double value = -12345.0;

  if (ntm_number_parse (text, language, flags, &value, &error))
    g_error ("“%s” (%s) was accepted as %g", text, language == VI ? "vi" : "en", value);
  g_assert_error (error, NTM_NUMBER_ERROR, code);
  g_assert_cmpfloat (value, ==, 0.0);
  /* a message a person can act on, never empty */
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
test_vietnamese_good (void)
{
  assert_parses ("95,5", VI, NTM_NUMBER_FLAGS_NONE, 95.5);
  assert_parses ("95,539", VI, NTM_NUMBER_FLAGS_NONE, 95.539);
  assert_parses ("1.234,5", VI, NTM_NUMBER_FLAGS_NONE, 1234.5);
  assert_parses ("1.234.567", VI, NTM_NUMBER_FLAGS_NONE, 1234567);
  assert_parses ("1234,5", VI, NTM_NUMBER_FLAGS_NONE, 1234.5);
  assert_parses ("1234", VI, NTM_NUMBER_FLAGS_NONE, 1234);
  assert_parses ("0", VI, NTM_NUMBER_FLAGS_NONE, 0);
  assert_parses ("  44  ", VI, NTM_NUMBER_FLAGS_NONE, 44);
  assert_parses (",5", VI, NTM_NUMBER_FLAGS_NONE, 0.5);
  assert_parses ("95,5 %", VI, NTM_NUMBER_FLAGS_PERCENT, 95.5);
  assert_parses ("95,5\u00a0%", VI, NTM_NUMBER_FLAGS_PERCENT, 95.5);
  assert_parses ("100%", VI, NTM_NUMBER_FLAGS_PERCENT, 100);
  assert_parses ("-3,5", VI, NTM_NUMBER_FLAGS_ALLOW_NEGATIVE, -3.5);
  assert_parses ("81.462", VI, NTM_NUMBER_FLAGS_WHOLE, 81462);
}

static void
test_english_good (void)
{
  assert_parses ("95.5", EN, NTM_NUMBER_FLAGS_NONE, 95.5);
  assert_parses ("95,539", EN, NTM_NUMBER_FLAGS_NONE, 95539);
  assert_parses ("1,234.5", EN, NTM_NUMBER_FLAGS_NONE, 1234.5);
  assert_parses ("1234.5", EN, NTM_NUMBER_FLAGS_NONE, 1234.5);
  assert_parses ("95.5%", EN, NTM_NUMBER_FLAGS_PERCENT, 95.5);
  assert_parses ("0.25", EN, NTM_NUMBER_FLAGS_PERCENT, 0.25);
  assert_parses ("293,534", EN, NTM_NUMBER_FLAGS_WHOLE, 293534);
}

static void
test_bad_inputs (void)
{
  const NtmLanguage languages[] = { VI, EN };
  g_autofree char *too_long = g_strnfill (NTM_NUMBER_MAX_LENGTH + 1, '9');

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      NtmLanguage l = languages[i];

      assert_refused ("", l, 0, NTM_NUMBER_ERROR_EMPTY);
      assert_refused ("   ", l, 0, NTM_NUMBER_ERROR_EMPTY);
      assert_refused ("abc", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("12a", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("mười", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("1e309", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("1e3", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("inf", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("nan", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("0x10", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("1.2.3,4,5", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("-5", l, 0, NTM_NUMBER_ERROR_NEGATIVE);
      assert_refused ("−5", l, 0, NTM_NUMBER_ERROR_NEGATIVE);
      assert_refused ("--5", l, NTM_NUMBER_FLAGS_ALLOW_NEGATIVE, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("5-", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("+5", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("-", l, NTM_NUMBER_FLAGS_ALLOW_NEGATIVE, NTM_NUMBER_ERROR_INVALID);
      assert_refused ("5 5", l, 0, NTM_NUMBER_ERROR_INVALID);
      assert_refused (too_long, l, 0, NTM_NUMBER_ERROR_TOO_LONG);
      assert_refused ("101", l, NTM_NUMBER_FLAGS_PERCENT, NTM_NUMBER_ERROR_OUT_OF_RANGE);
      assert_refused ("-1", l, NTM_NUMBER_FLAGS_PERCENT, NTM_NUMBER_ERROR_NEGATIVE);
      assert_refused ("%", l, NTM_NUMBER_FLAGS_PERCENT, NTM_NUMBER_ERROR_EMPTY);
      assert_refused ("5%", l, 0, NTM_NUMBER_ERROR_INVALID);
    }

  /* two decimal marks */
  assert_refused ("1,2,3", VI, 0, NTM_NUMBER_ERROR_INVALID);
  assert_refused ("95,5,1", VI, 0, NTM_NUMBER_ERROR_INVALID);
  assert_refused ("1.2.3", EN, 0, NTM_NUMBER_ERROR_INVALID);
  /* the other language's decimal mark, where it cannot be a group mark */
  assert_refused ("95.5", VI, 0, NTM_NUMBER_ERROR_INVALID);
  assert_refused ("95,5", EN, 0, NTM_NUMBER_ERROR_INVALID);
  /* the other language's writing of a grouped number */
  assert_refused ("1,234.5", VI, 0, NTM_NUMBER_ERROR_INVALID);
  assert_refused ("1.234,5", EN, 0, NTM_NUMBER_ERROR_INVALID);
  /* misplaced group marks */
  assert_refused ("12.34", VI, 0, NTM_NUMBER_ERROR_INVALID);
  assert_refused ("1234.567", VI, 0, NTM_NUMBER_ERROR_INVALID);
  assert_refused (".123", VI, 0, NTM_NUMBER_ERROR_INVALID);
  assert_refused ("1..234", VI, 0, NTM_NUMBER_ERROR_INVALID);
  assert_refused ("1,", VI, 0, NTM_NUMBER_ERROR_INVALID);
  /* whole numbers only */
  assert_refused ("12,5", VI, NTM_NUMBER_FLAGS_WHOLE, NTM_NUMBER_ERROR_NOT_WHOLE);
}

static void
test_error_messages (void)
{
  g_autoptr(GError) error = NULL;
  double value;

  g_assert_false (ntm_number_parse ("95.5", VI, 0, &value, &error));
  /* the example shows how to write it in the language */
  g_assert_nonnull (strstr (error->message, "1.234,5"));
  g_clear_error (&error);

  g_assert_false (ntm_number_parse ("95,5", EN, 0, &value, &error));
  g_assert_nonnull (strstr (error->message, "1,234.5"));
  g_clear_error (&error);

  g_assert_false (ntm_number_parse ("1,2,3", VI, 0, &value, &error));
  g_assert_nonnull (strstr (error->message, "decimal"));
}

static void
test_format (void)
{
  char *s;

  s = ntm_number_format (1234.5, 2, VI);
  g_assert_cmpstr (s, ==, "1.234,5");
  g_free (s);
  s = ntm_number_format (1234.5, 2, EN);
  g_assert_cmpstr (s, ==, "1,234.5");
  g_free (s);
  s = ntm_number_format (1234567, 0, VI);
  g_assert_cmpstr (s, ==, "1.234.567");
  g_free (s);
  s = ntm_number_format (-0.0001, 2, EN);
  g_assert_cmpstr (s, ==, "0");
  g_free (s);
  s = ntm_number_format (-1234.25, 2, EN);
  g_assert_cmpstr (s, ==, "-1,234.25");
  g_free (s);
  s = ntm_number_format (100, 1, VI);
  g_assert_cmpstr (s, ==, "100");
  g_free (s);
  s = ntm_number_format_percent (95.5, 1, VI);
  g_assert_cmpstr (s, ==, "95,5\u00a0%");
  g_free (s);
  s = ntm_number_format_percent (95.5, 1, EN);
  g_assert_cmpstr (s, ==, "95.5%");
  g_free (s);
}

/* What is written is read back as the same number, in both languages. */
static void
test_round_trip (void)
{
  const double values[] = { 0, 0.5, 1, 12.25, 95.539, 999, 1000, 1234.5, 81462, 293534, 1e9 + 0.5 };
  const NtmLanguage languages[] = { VI, EN };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint i = 0; i < G_N_ELEMENTS (values); i++)
      {
        g_autofree char *text = ntm_number_format (values[i], 3, languages[l]);
        assert_parses (text, languages[l], 0, values[i]);
      }
}

static void
test_dates (void)
{
  char *iso = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ntm_date_parse ("25/8/2024", &iso, NULL));
  g_assert_cmpstr (iso, ==, "2024-08-25");
  g_free (iso);
  g_assert_true (ntm_date_parse ("2024-08-25", &iso, NULL));
  g_assert_cmpstr (iso, ==, "2024-08-25");
  g_free (iso);
  g_assert_true (ntm_date_parse ("01.02.2023", &iso, NULL));
  g_assert_cmpstr (iso, ==, "2023-02-01");
  g_free (iso);

  g_assert_false (ntm_date_parse ("31/2/2024", &iso, &error));
  g_assert_error (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_BAD_DATE);
  g_assert_null (iso);
  g_clear_error (&error);
  g_assert_false (ntm_date_parse ("hôm qua", &iso, &error));
  g_clear_error (&error);
  g_assert_false (ntm_date_parse ("2024/08/25x", &iso, &error));
  g_clear_error (&error);
  g_assert_false (ntm_date_parse ("", &iso, &error));
  g_clear_error (&error);

  g_assert_true (ntm_date_is_valid_iso ("2024-02-29"));
  g_assert_false (ntm_date_is_valid_iso ("2023-02-29"));
  g_assert_false (ntm_date_is_valid_iso ("25/08/2024"));
}

static void
test_language_from_gettext (void)
{
  /* C locale, no catalogue: English */
  g_assert_cmpint (ntm_language_get_default (), ==, EN);
}

static void
test_digits (void)
{
  static const struct { guint64 value; const char *digits; } cases[] = {
    { 0, "0" }, { 7, "7" }, { 10, "10" }, { 2024, "2024" }, { 1048576, "1048576" },
    { G_MAXUINT64, "18446744073709551615" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char buffer[NTM_DIGITS_SIZE];
      g_autofree char *printed = g_strdup_printf ("%" G_GUINT64_FORMAT, cases[i].value);

      g_assert_cmpstr (ntm_number_digits (cases[i].value, buffer), ==, cases[i].digits);
      g_assert_cmpstr (ntm_number_digits (cases[i].value, buffer), ==, printed);
    }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/number/digits", test_digits);
  g_test_add_func ("/number/vietnamese", test_vietnamese_good);
  g_test_add_func ("/number/english", test_english_good);
  g_test_add_func ("/number/bad-inputs", test_bad_inputs);
  g_test_add_func ("/number/error-messages", test_error_messages);
  g_test_add_func ("/number/format", test_format);
  g_test_add_func ("/number/round-trip", test_round_trip);
  g_test_add_func ("/number/dates", test_dates);
  g_test_add_func ("/number/language", test_language_from_gettext);

  return g_test_run ();
}
