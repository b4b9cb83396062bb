/* test-csv.c: reading and writing CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-csv.h"

static void
test_parse_quoted (void)
{
  g_autoptr(GError) error = NULL;
  const char *text = "\xEF\xBB\xBF" "code,name,note\r\n"
                     "1,\"Xã Kỳ Tân, Kỳ Anh\",\"she said \"\"đạt\"\"\"\r\n"
                     "\r\n"
                     "2,Phường Bắc Hà,\"two\nlines\"\n"
                     "3,,";
  g_autoptr(GPtrArray) rows = ntm_csv_parse (text, -1, &error);
  char **row;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 4);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row[0], ==, "code");
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row[1], ==, "Xã Kỳ Tân, Kỳ Anh");
  g_assert_cmpstr (row[2], ==, "she said \"đạt\"");
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (row[2], ==, "two\nlines");
  row = g_ptr_array_index (rows, 3);
  g_assert_cmpstr (row[1], ==, "");
  g_assert_cmpstr (row[2], ==, "");
  g_assert_null (row[3]);
}

static void
test_parse_errors (void)
{
  static const struct { const char *text; int code; } cases[] = {
    { "a,b\n1,\"open\n", NTM_CSV_ERROR_SYNTAX },
    { "a,b\n1,2,3\n", NTM_CSV_ERROR_COLUMNS },
    { "a,b\n1,x\"y\n", NTM_CSV_ERROR_SYNTAX },
    { "a,b\n1,\xC3\x28\n", NTM_CSV_ERROR_ENCODING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = ntm_csv_parse (cases[i].text, -1, &error);

      g_assert_null (rows);
      g_assert_error (error, NTM_CSV_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
test_write_round_trip (void)
{
  const char *fields[] = { "Xã Kỳ Tân", "95,5", "a \"quoted\" word", "line\nbreak", " padded ", "", NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  char **row;

  ntm_csv_append_row (out, fields, 6);
  g_assert_cmpstr (out->str, ==,
                   "Xã Kỳ Tân,\"95,5\",\"a \"\"quoted\"\" word\",\"line\nbreak\",\" padded \",\r\n");

  rows = ntm_csv_parse (out->str, out->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  for (guint i = 0; i < 6; i++)
    g_assert_cmpstr (row[i], ==, fields[i]);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/parse-quoted", test_parse_quoted);
  g_test_add_func ("/csv/parse-errors", test_parse_errors);
  g_test_add_func ("/csv/write-round-trip", test_write_round_trip);

  return g_test_run ();
}
