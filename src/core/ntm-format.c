/* ntm-format.c: money, numbers and dates as people read them
 *
 * Vietnamese writes 95,539 tỷ đồng (comma as the decimal mark, dot between
 * thousands); English writes 95.539 billion VND. Amounts are whole đồng.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ntm-database.h"
#include "ntm-format.h"
#include "ntm-format-private.h"

#define BILLION  G_GINT64_CONSTANT (1000000000)
#define MILLION  G_GINT64_CONSTANT (1000000)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static char
group_separator (NtmLanguage language)
{
  return language == NTM_LANGUAGE_VIETNAMESE ? '.' : ',';
}

static char
decimal_mark (NtmLanguage language)
{
  return language == NTM_LANGUAGE_VIETNAMESE ? ',' : '.';
}

static void
append_grouped (GString     *out,
                guint64      value,
                NtmLanguage  language)
{
  char digits[32];
  int n = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);

  for (int i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, group_separator (language));
      g_string_append_c (out, digits[i]);
    }
}

/* Writes whole + frac / 1000 with the trailing zeros of the fraction dropped. */
static void
append_thousandths (GString     *out,
                    guint64      thousandths,
                    NtmLanguage  language)
{
  guint frac = thousandths % 1000;

  append_grouped (out, thousandths / 1000, language);
  if (frac != 0)
    {
      char buf[4];

      g_snprintf (buf, sizeof buf, "%03u", frac);
      for (int i = 2; i > 0 && buf[i] == '0'; i--)
        buf[i] = '\0';
      g_string_append_c (out, decimal_mark (language));
      g_string_append (out, buf);
    }
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_language_get_default:
 *
 * How the language of the user interface writes numbers, as gettext chose
 * that language: Vietnamese (1.234,5) when the Vietnamese catalogue is in
 * use, English (1,234.5) otherwise. Numbers and the words around them
 * then always agree.
 *
 * Returns: the language of the user interface
 */
NtmLanguage
ntm_language_get_default (void)
{
  /* Translators: write "vi" if your language writes numbers as 1.234,5
   * (comma before the decimals), "en" if it writes 1,234.5 */
  const char *marker = C_("number format", "en");

  return g_str_equal (marker, "vi") ? NTM_LANGUAGE_VIETNAMESE : NTM_LANGUAGE_ENGLISH;
}

/**
 * ntm_format_integer:
 * @value: a whole number
 * @language: how to write it
 *
 * Returns: (transfer full): @value with thousands grouped: 1.234.567 in
 *   Vietnamese, 1,234,567 in English
 */
char *
ntm_format_integer (gint64      value,
                    NtmLanguage language)
{
  GString *out = g_string_new (NULL);

  if (value < 0)
    g_string_append_c (out, '-');
  append_grouped (out, value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value, language);
  return g_string_free (out, FALSE);
}

/**
 * ntm_format_decimal:
 * @value: a number
 * @max_decimals: at most this many decimals (0–3); trailing zeros dropped
 * @language: how to write it
 *
 * Returns: (transfer full): @value as "72,5" (Vietnamese) or "72.5" (English)
 */
char *
ntm_format_decimal (double      value,
                    int         max_decimals,
                    NtmLanguage language)
{
  GString *out = g_string_new (NULL);
  double scale = 1.0;
  guint64 scaled;

  max_decimals = CLAMP (max_decimals, 0, 3);
  for (int i = 0; i < max_decimals; i++)
    scale *= 10.0;

  if (value < 0)
    {
      g_string_append_c (out, '-');
      value = -value;
    }
  scaled = (guint64) (value * scale + 0.5);
  /* Bring to thousandths and reuse the money writer. */
  for (int i = max_decimals; i < 3; i++)
    scaled *= 10;
  append_thousandths (out, scaled, language);
  return g_string_free (out, FALSE);
}

/**
 * ntm_format_money:
 * @dong: an amount in whole đồng
 * @language: how to write it
 *
 * Writes the amount in the unit an office uses: billions (tỷ) from one
 * billion, millions (triệu) from one million, đồng below, with at most three
 * decimals, rounded half up. 95 539 000 000 đồng is "95,539 tỷ đồng" in
 * Vietnamese and "95.539 billion VND" in English.
 *
 * Returns: (transfer full): the amount as text
 */
char *
ntm_format_money (gint64      dong,
                  NtmLanguage language)
{
  GString *out = g_string_new (NULL);
  guint64 amount;

  if (dong < 0)
    {
      g_string_append_c (out, '-');
      amount = (guint64) -(dong + 1) + 1;
    }
  else
    amount = dong;

  if (amount >= (guint64) BILLION - 500)
    {
      append_thousandths (out, (amount + 500000) / 1000000, language);
      g_string_append (out, language == NTM_LANGUAGE_VIETNAMESE ? " tỷ đồng" : " billion VND");
    }
  else if (amount >= (guint64) MILLION - 500)
    {
      append_thousandths (out, (amount + 500) / 1000, language);
      g_string_append (out, language == NTM_LANGUAGE_VIETNAMESE ? " triệu đồng" : " million VND");
    }
  else
    {
      append_grouped (out, amount, language);
      g_string_append (out, language == NTM_LANGUAGE_VIETNAMESE ? " đồng" : " VND");
    }

  return g_string_free (out, FALSE);
}

/**
 * ntm_format_money_exact:
 * @dong: an amount in whole đồng
 * @language: how to write it
 *
 * Returns: (transfer full): every đồng: "95.539.000.000 đồng" or
 *   "95,539,000,000 VND"
 */
char *
ntm_format_money_exact (gint64      dong,
                        NtmLanguage language)
{
  g_autofree char *number = ntm_format_integer (dong, language);

  return g_strconcat (number, language == NTM_LANGUAGE_VIETNAMESE ? " đồng" : " VND", NULL);
}

/**
 * ntm_parse_money:
 * @text: what a person typed: whole đồng, thousands grouped or not with
 *   dots, commas or spaces ("95.539.000.000", "95,539,000,000", "95539000000")
 * @out: (out): the amount
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID)
 *
 * Returns: %TRUE if @text is a whole, non-negative amount
 */
gboolean
ntm_parse_money (const char  *text,
                 gint64      *out,
                 GError     **error)
{
  guint64 value = 0;
  guint digits = 0;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL)
    text = "";

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        {
          if (value > (G_MAXINT64 - 9) / 10)
            {
              g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                           _("The amount “%s” is too large."), text);
              return FALSE;
            }
          value = value * 10 + (c - '0');
          digits++;
        }
      else if (c == '.' || c == ',' || g_unichar_isspace (c) || c == 0x202F || c == 0xA0)
        continue;
      else
        {
          g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                       _("The amount “%s” is not a whole number of đồng. Type digits only, for example 95539000000."),
                       text);
          return FALSE;
        }
    }

  if (digits == 0)
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("Enter an amount in đồng."));
      return FALSE;
    }

  *out = (gint64) value;
  return TRUE;
}

/**
 * ntm_parse_iso_date:
 * @text: a date written YYYY-MM-DD
 * @out: (out caller-allocates): the date
 *
 * Returns: %TRUE if @text is a real calendar date in that form
 */
gboolean
ntm_parse_iso_date (const char *text,
                    GDate      *out)
{
  unsigned y, m, d;
  char tail;

  g_return_val_if_fail (out != NULL, FALSE);

  g_date_clear (out, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

/**
 * ntm_date_to_iso:
 * @date: a valid date
 *
 * Returns: (transfer full): the date as YYYY-MM-DD
 */
char *
ntm_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/**
 * ntm_format_date:
 * @iso_date: (nullable): a date written YYYY-MM-DD
 *
 * Returns: (transfer full): the date as an office writes it, dd/mm/yyyy, or
 *   an empty string
 */
char *
ntm_format_date (const char *iso_date)
{
  GDate date;

  if (!ntm_parse_iso_date (iso_date, &date))
    return g_strdup (iso_date ? iso_date : "");
  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (&date),
                          g_date_get_month (&date), g_date_get_year (&date));
}
