/* ntm-number.c: numbers as people read and type them, per language
 *
 * Vietnamese writes "1.234,5" (dot between thousands, comma before the
 * decimals) and "95,5 %"; English writes "1,234.5" and "95.5%". A parser
 * that guessed would read "95,539" as ninety-five thousand in one language
 * and ninety-five point five in the other, so the language is always
 * given, and anything that is not a well-formed number in that language is
 * refused with a message saying what to type instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ntm-number.h"

G_DEFINE_QUARK (ntm-number-error-quark, ntm_number_error)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static char
group_mark (NtmLanguage language)
{
  return language == NTM_LANGUAGE_VIETNAMESE ? '.' : ',';
}

static char
decimal_mark (NtmLanguage language)
{
  return language == NTM_LANGUAGE_VIETNAMESE ? ',' : '.';
}

static const char *
example_for (NtmLanguage language)
{
  return language == NTM_LANGUAGE_VIETNAMESE ? "1.234,5" : "1,234.5";
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

/* Strips spaces, including no-break ones, from both ends. */
static char *
strip_spaces (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && is_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      if (!is_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

static gboolean
set_not_a_number (GError            **error,
                  const char         *text,
                  NtmLanguage         language)
{
  /* Translators: the first %s is what was typed, the second an example
   * number written the way the user's language writes numbers */
  g_set_error (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_INVALID,
               _("“%s” is not a number. Write it like %s."), text, example_for (language));
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_number_parse:
 * @text: what a person typed
 * @language: how the person's language writes numbers
 * @flags: what is allowed
 * @out: (out): the number
 * @error: return location for a #GError in %NTM_NUMBER_ERROR
 *
 * Accepts plain digits, digits grouped by thousands with the language's
 * group mark, and one decimal mark of the language; with
 * %NTM_NUMBER_FLAGS_PERCENT a trailing "%" and a value from 0 to 100.
 * Letters, exponents, a second decimal mark, misplaced group marks, a
 * minus sign (unless allowed), empty and over-long input are refused.
 *
 * Returns: %TRUE if @text is a number in @language
 */
gboolean
ntm_number_parse (const char         *text,
                  NtmLanguage         language,
                  NtmNumberFlags      flags,
                  double             *out,
                  GError            **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GString) ascii = g_string_new (NULL);
  const char *p;
  const char g = group_mark (language);
  const char d = decimal_mark (language);
  gboolean negative = FALSE;
  gboolean in_fraction = FALSE;
  gboolean any_group = FALSE;
  guint n_digits = 0;
  guint run = 0;            /* digits since the last mark */
  guint n_decimal_marks = 0;
  double value;
  char *end = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = 0.0;

  if (strlen (text) > NTM_NUMBER_MAX_LENGTH)
    {
      g_set_error (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_TOO_LONG,
                   _("This is too long for a number (at most %d characters)."), NTM_NUMBER_MAX_LENGTH);
      return FALSE;
    }
  if (!g_utf8_validate (text, -1, NULL))
    return set_not_a_number (error, "?", language);

  trimmed = strip_spaces (text);
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_EMPTY, _("Enter a number."));
      return FALSE;
    }

  if ((flags & NTM_NUMBER_FLAGS_PERCENT) && g_str_has_suffix (trimmed, "%"))
    {
      g_autofree char *without = g_strndup (trimmed, strlen (trimmed) - 1);
      g_free (trimmed);
      trimmed = strip_spaces (without);
      if (*trimmed == '\0')
        {
          g_set_error_literal (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_EMPTY, _("Enter a number."));
          return FALSE;
        }
    }

  p = trimmed;
  if (*p == '-' || g_str_has_prefix (p, "−"))
    {
      negative = TRUE;
      p = *p == '-' ? p + 1 : p + strlen ("−");
      if (!(flags & NTM_NUMBER_FLAGS_ALLOW_NEGATIVE))
        {
          g_set_error_literal (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_NEGATIVE,
                               _("This value cannot be negative."));
          return FALSE;
        }
      g_string_append_c (ascii, '-');
    }

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (ascii, *p);
          n_digits++;
          run++;
          /* Once grouped, every group of the whole part has three digits. */
          if (any_group && !in_fraction && run > 3)
            return set_not_a_number (error, text, language);
        }
      else if (*p == d)
        {
          n_decimal_marks++;
          if (n_decimal_marks > 1)
            {
              g_set_error (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_INVALID,
                           _("“%s” has more than one decimal mark. Write it like %s."),
                           text, example_for (language));
              return FALSE;
            }
          if (any_group && run != 3)
            return set_not_a_number (error, text, language);
          in_fraction = TRUE;
          run = 0;
          g_string_append_c (ascii, '.');
        }
      else if (*p == g)
        {
          /* A group mark after the decimals, first, or between groups
           * that are not three digits long is not how the language writes. */
          if (in_fraction || run == 0 || run > 3 || (any_group && run != 3))
            return set_not_a_number (error, text, language);
          any_group = TRUE;
          run = 0;
        }
      else if (g_ascii_isalpha (*p) || (guchar) *p >= 0x80)
        {
          g_set_error (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_INVALID,
                       _("“%s” contains letters or signs. Use digits only, like %s."),
                       text, example_for (language));
          return FALSE;
        }
      else
        return set_not_a_number (error, text, language);
    }

  if (n_digits == 0 || (any_group && !in_fraction && run != 3) ||
      (in_fraction && run == 0))
    return set_not_a_number (error, text, language);

  value = g_ascii_strtod (ascii->str, &end);
  if (end == NULL || *end != '\0')
    return set_not_a_number (error, text, language);
  if (!isfinite (value))
    {
      g_set_error_literal (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_OUT_OF_RANGE,
                           _("This number is too large."));
      return FALSE;
    }
  if (negative && value == 0.0)
    value = 0.0;

  if ((flags & NTM_NUMBER_FLAGS_WHOLE) && floor (value) != value)
    {
      g_set_error_literal (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_NOT_WHOLE,
                           _("Enter a whole number, without decimals."));
      return FALSE;
    }

  if ((flags & NTM_NUMBER_FLAGS_PERCENT) && (value < 0.0 || value > 100.0))
    {
      g_set_error_literal (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_OUT_OF_RANGE,
                           _("A percentage must be between 0 and 100."));
      return FALSE;
    }

  *out = value;
  return TRUE;
}

/**
 * ntm_number_format:
 * @value: a finite number
 * @max_decimals: at most this many decimals (trailing zeros are dropped)
 * @language: how to write it
 *
 * Returns: (transfer full): e.g. "1.234,5" in Vietnamese, "1,234.5" in English
 */
char *
ntm_number_format (double             value,
                   int                max_decimals,
                   NtmLanguage        language)
{
  g_autoptr(GString) out = g_string_new (NULL);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + 64];
  g_autofree char *format = NULL;
  const char *digits;
  const char *point;
  gsize whole_len;

  g_return_val_if_fail (isfinite (value), g_strdup ("?"));
  max_decimals = CLAMP (max_decimals, 0, 10);

  format = g_strdup_printf ("%%.%df", max_decimals);
  if (fabs (value) >= 1e15)
    return g_strdup_printf ("%g", value);
  g_ascii_formatd (buffer, sizeof buffer, format, value);

  /* Drop trailing zeros of the decimals, then a bare point. */
  if (strchr (buffer, '.') != NULL)
    {
      char *last = buffer + strlen (buffer) - 1;
      while (*last == '0')
        *last-- = '\0';
      if (*last == '.')
        *last = '\0';
    }
  if (g_str_equal (buffer, "-0"))
    strcpy (buffer, "0");

  digits = buffer;
  if (*digits == '-')
    {
      g_string_append_c (out, '-');
      digits++;
    }

  point = strchr (digits, '.');
  whole_len = point ? (gsize) (point - digits) : strlen (digits);
  for (gsize i = 0; i < whole_len; i++)
    {
      if (i > 0 && (whole_len - i) % 3 == 0)
        g_string_append_c (out, group_mark (language));
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    {
      g_string_append_c (out, decimal_mark (language));
      g_string_append (out, point + 1);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ntm_number_format_percent:
 * @value: a percentage
 * @max_decimals: at most this many decimals
 * @language: how to write it
 *
 * Returns: (transfer full): "95,5 %" (with a no-break space) in
 *   Vietnamese, "95.5%" in English
 */
char *
ntm_number_format_percent (double             value,
                           int                max_decimals,
                           NtmLanguage        language)
{
  g_autofree char *number = ntm_number_format (value, max_decimals, language);

  if (language == NTM_LANGUAGE_VIETNAMESE)
    return g_strconcat (number, "\u00a0%", NULL);
  return g_strconcat (number, "%", NULL);
}

/* ---------------------------------------------------------------------- */
/* Dates                                                                  */
/* ---------------------------------------------------------------------- */

static gboolean
make_iso (int    year,
          int    month,
          int    day,
          char **iso)
{
  if (year < 1900 || year > 2100 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  *iso = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
  return TRUE;
}

/**
 * ntm_date_parse:
 * @text: a date as typed: "25/8/2024" (day first, as in Vietnam) or
 *   "2024-08-25"
 * @iso: (out) (transfer full): the date as "YYYY-MM-DD"
 * @error: return location for a #GError (%NTM_NUMBER_ERROR_BAD_DATE)
 *
 * Returns: %TRUE if @text is a real calendar date
 */
gboolean
ntm_date_parse (const char  *text,
                char       **iso,
                GError     **error)
{
  g_autofree char *trimmed = NULL;
  int a = 0, b = 0, c = 0;
  char sep1 = 0, sep2 = 0;
  int used = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (iso != NULL, FALSE);

  *iso = NULL;
  trimmed = g_strstrip (g_strdup (text));

  if (*trimmed != '\0' && strlen (trimmed) <= 10 &&
      sscanf (trimmed, "%d%c%d%c%d%n", &a, &sep1, &b, &sep2, &c, &used) == 5 &&
      used == (int) strlen (trimmed) && sep1 == sep2)
    {
      if (sep1 == '-' && a >= 1000 && make_iso (a, b, c, iso))
        return TRUE;
      if ((sep1 == '/' || sep1 == '.' || sep1 == '-') && c >= 1000 && make_iso (c, b, a, iso))
        return TRUE;
    }

  g_set_error (error, NTM_NUMBER_ERROR, NTM_NUMBER_ERROR_BAD_DATE,
               _("“%s” is not a date. Write it as day/month/year, like 25/8/2024."), trimmed);
  return FALSE;
}

/**
 * ntm_date_is_valid_iso:
 * @iso: (nullable): a date as "YYYY-MM-DD"
 *
 * Returns: whether @iso is a real calendar date written so
 */
gboolean
ntm_date_is_valid_iso (const char *iso)
{
  g_autofree char *parsed = NULL;

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  return ntm_date_parse (iso, &parsed, NULL) && g_str_equal (parsed, iso);
}

/**
 * ntm_number_digits:
 * @value: a number
 * @buffer: room for its digits
 *
 * Writes @value in decimal digits, without a format string: for the keys
 * and cell references an import builds for every value of a file.
 *
 * Returns: (transfer none): the digits, within @buffer
 */
const char *
ntm_number_digits (guint64 value,
                   char    buffer[NTM_DIGITS_SIZE])
{
  int d = NTM_DIGITS_SIZE - 1;

  buffer[d] = '\0';
  do
    {
      buffer[--d] = '0' + value % 10;
      value /= 10;
    }
  while (value > 0);
  return buffer + d;
}
