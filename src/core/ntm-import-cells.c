/* ntm-import-cells.c: what a cell says, as offices write it
 *
 * The importer's readers of single cells, which need nothing but the
 * text: a text cleaned of stray spaces, a number ("95,5", "1.234",
 * "95,5 %"), a status ("Đạt", "x", "Có"), yes or no, a level, a year
 * written on its own, and the rows' marks (a Roman-numeral group, a
 * total, a district's name). Each folds Vietnamese the way the importer
 * matches names (ntm-text.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ntm-attainment.h"
#include "ntm-import-private.h"
#include "ntm-text.h"

/* Trimmed, spaces (no-break ones too) collapsed; NULL when empty. */
char *
ntm_import_clean_text (const char *text)
{
  GString *out;
  gboolean space = FALSE;

  if (text == NULL)
    return NULL;
  /* most cells: printable ASCII, one space at most between words */
  {
    const char *p = text;

    while (*p > ' ' && *p < 0x7f)
      {
        p++;
        if (*p == ' ' && p[1] > ' ' && p[1] < 0x7f)
          p++;
      }
    if (*p == '\0')
      return p == text ? NULL : g_strdup (text);
  }
  out = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0xFEFF)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

gboolean
ntm_import_is_dash (const char *text)
{
  return g_str_equal (text, "-") || g_str_equal (text, "–") || g_str_equal (text, "—") ||
         g_str_equal (text, "/") || g_str_equal (text, "x/") ;
}

/* Digits, and at most one "." with digits after it, which cannot be a
 * thousands separator: "1234.5", "95", and when @whole, not "1.234". */
static gboolean
is_plain_number (const char *text,
                 gboolean    whole)
{
  gsize n_int = 0, n_frac = 0;
  const char *p = text;

  while (g_ascii_isdigit (*p))
    p++, n_int++;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      n_frac++;
  if (*p != '\0' || n_int == 0 || n_int > 15 || (p[-1] == '.'))
    return FALSE;
  if (n_frac > 0 && whole && n_int <= 3 && n_frac == 3)
    return FALSE;
  return TRUE;
}

/* The value of a plain number (is_plain_number()). One of at most 15
 * digits is its digits as a whole number, exact in a double, over a power
 * of ten, also exact: one division, rounded as strtod rounds. Any other
 * goes through strtod. */
static double
plain_number_value (const char *text)
{
  static const double powers[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
                                   1e13, 1e14, 1e15 };
  guint64 digits = 0;
  guint n_digits = 0, n_frac = 0;
  gboolean after_point = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '.')
        {
          after_point = TRUE;
          continue;
        }
      digits = digits * 10 + (guint64) (*p - '0');
      n_digits++;
      n_frac += after_point;
    }
  if (n_digits > 15)
    return g_ascii_strtod (text, NULL);
  return (double) digits / powers[n_frac];
}

/* Reads a number as offices write it: "95,5", "95.5", "1.234" (thousands in
 * a count), "1,234.5", "95,5 %", with a "%" noted. */
gboolean
ntm_import_read_number (const char *text,
                        gboolean    whole,
                        double     *out,
                        gboolean   *percent_sign)
{
  g_autoptr(GString) digits = NULL;
  const char *last_dot, *last_comma;
  char *end = NULL;
  gboolean negative = FALSE;
  g_autofree char *t = NULL;
  gsize len;

  if (percent_sign)
    *percent_sign = FALSE;
  /* as a spreadsheet stores a number, nothing around it */
  if (text != NULL && is_plain_number (text, whole))
    {
      *out = plain_number_value (text);
      return TRUE;
    }
  t = ntm_import_clean_text (text);
  if (t == NULL)
    return FALSE;
  if (is_plain_number (t, whole))
    {
      /* as a spreadsheet stores a number: nothing to take apart */
      *out = plain_number_value (t);
      return TRUE;
    }
  digits = g_string_new (NULL);

  /* drop spaces inside ("1 234") and a trailing percent sign */
  {
    GString *s = g_string_new (NULL);
    for (const char *p = t; *p; p++)
      if (*p != ' ')
        g_string_append_c (s, *p);
    g_free (t);
    t = g_string_free (s, FALSE);
  }
  len = strlen (t);
  if (len > 0 && t[len - 1] == '%')
    {
      t[--len] = '\0';
      if (percent_sign)
        *percent_sign = TRUE;
    }
  if (len == 0 || len > 40)
    return FALSE;
  if (t[0] == '-' || t[0] == '+')
    {
      negative = t[0] == '-';
      memmove (t, t + 1, len--);
    }
  for (const char *p = t; *p; p++)
    if (!g_ascii_isdigit (*p) && *p != '.' && *p != ',' && *p != 'E' && *p != 'e' && *p != '-' && *p != '+')
      return FALSE;

  last_dot = strrchr (t, '.');
  last_comma = strrchr (t, ',');
  if (last_dot != NULL && last_comma != NULL)
    {
      /* both: the last one is the decimal mark */
      char group = last_dot > last_comma ? ',' : '.';
      for (const char *p = t; *p; p++)
        if (*p != group)
          g_string_append_c (digits, *p == ',' ? '.' : *p);
    }
  else if (last_dot != NULL || last_comma != NULL)
    {
      char mark = last_dot ? '.' : ',';
      g_auto(GStrv) parts = g_strsplit (t, (char[]) { mark, '\0' }, -1);
      guint n = g_strv_length (parts);
      gboolean grouped = strlen (parts[0]) >= 1 && strlen (parts[0]) <= 3;

      for (guint i = 1; i < n; i++)
        if (strlen (parts[i]) != 3)
          grouped = FALSE;
      if (n > 2 && !grouped)
        return FALSE;
      if (n > 2 || (grouped && whole))
        for (guint i = 0; i < n; i++)
          g_string_append (digits, parts[i]);
      else
        g_string_append_printf (digits, "%s.%s", parts[0], parts[1]);
    }
  else
    g_string_append (digits, t);

  *out = g_ascii_strtod (digits->str, &end);
  if (end == NULL || *end != '\0' || end == digits->str || !isfinite (*out))
    return FALSE;
  if (negative)
    *out = -*out;
  return TRUE;
}

/* "Đạt", "x", "✓", "Có", … Returns FALSE for anything else. */
gboolean
ntm_import_read_status (const char *text,
                        NtmStatus  *out)
{
  static const struct { const char *word; NtmStatus status; } words[] = {
    { "dat", NTM_STATUS_MET }, { "d", NTM_STATUS_MET }, { "x", NTM_STATUS_MET },
    { "✓", NTM_STATUS_MET }, { "✔", NTM_STATUS_MET }, { "v", NTM_STATUS_MET }, { "co", NTM_STATUS_MET },
    { "yes", NTM_STATUS_MET }, { "met", NTM_STATUS_MET }, { "da dat", NTM_STATUS_MET },
    { "chua dat", NTM_STATUS_NOT_MET }, { "c", NTM_STATUS_NOT_MET }, { "cd", NTM_STATUS_NOT_MET },
    { "khong dat", NTM_STATUS_NOT_MET }, { "khong", NTM_STATUS_NOT_MET }, { "k", NTM_STATUS_NOT_MET },
    { "no", NTM_STATUS_NOT_MET }, { "not met", NTM_STATUS_NOT_MET },
    { "co ban dat", NTM_STATUS_BASICALLY_MET }, { "cbd", NTM_STATUS_BASICALLY_MET },
    { "b", NTM_STATUS_BASICALLY_MET }, { "cb", NTM_STATUS_BASICALLY_MET },
    { "basically met", NTM_STATUS_BASICALLY_MET },
  };
  /* the usual spellings, as typed, before any folding */
  static const struct { const char *word; NtmStatus status; } usual[] = {
    { "Có", NTM_STATUS_MET }, { "Không", NTM_STATUS_NOT_MET }, { "Đạt", NTM_STATUS_MET },
    { "Chưa đạt", NTM_STATUS_NOT_MET }, { "Cơ bản đạt", NTM_STATUS_BASICALLY_MET },
  };
  g_autofree char *folded = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (usual); i++)
    if (strcmp (text, usual[i].word) == 0)
      {
        *out = usual[i].status;
        return TRUE;
      }
  folded = ntm_text_fold (text);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (folded, words[i].word))
      {
        *out = words[i].status;
        return TRUE;
      }
  return FALSE;
}

gboolean
ntm_import_is_roman (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p; p++)
    if (strchr ("IVXLivxl", *p) == NULL && *p != '.')
      return FALSE;
  return strlen (text) <= 6;
}

gboolean
ntm_import_is_total_text (const char *text)
{
  static const char * const starts[] = {
    "cong", "tong", "toan tinh", "toan huyen", "ca tinh", "total", "subtotal", "sum",
  };
  g_autofree char *folded = ntm_text_fold (text);

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    if (g_str_has_prefix (folded, starts[i]) &&
        (folded[strlen (starts[i])] == '\0' || !g_ascii_isalpha (folded[strlen (starts[i])])))
      return TRUE;
  return FALSE;
}

gboolean
ntm_import_is_district_text (const char *text)
{
  static const char * const starts[] = {
    "huyen ", "thi xa ", "thanh pho ", "tp. ", "tp ", "tx. ", "tx ", "district ", "town ", "city ",
  };
  g_autofree char *folded = ntm_text_fold (text);

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    if (g_str_has_prefix (folded, starts[i]))
      return TRUE;
  return FALSE;
}

/* A year written on its own in @text ("Năm 2024", "2024", "bieu-2024.xlsx"). */
int
ntm_import_find_year (const char *text)
{
  int found = 0;

  if (text == NULL)
    return 0;
  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
          (p == text || !g_ascii_isdigit (p[-1])) && !g_ascii_isdigit (p[4]))
        {
          int year = atoi (p);

          if (year >= 2000 && year <= 2100)
            {
              if (found != 0 && found != year)
                return -1;   /* "2021–2025": not one year */
              found = year;
            }
          p += 3;
        }
    }
  return found;
}

char *
ntm_import_format_value (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.10g", value));
}

gboolean
ntm_import_same_number (double a,
             double b)
{
  return fabs (a - b) <= 1e-9 * MAX (1.0, MAX (fabs (a), fabs (b)));
}

gboolean
ntm_import_same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a && *a ? a : NULL, b && *b ? b : NULL) == 0;
}

gboolean
ntm_import_read_yes_no (const char *text,
                        double     *out)
{
  NtmStatus status;
  double number;

  if (ntm_import_read_status (text, &status) && status != NTM_STATUS_BASICALLY_MET)
    {
      *out = status == NTM_STATUS_MET ? 1 : 0;
      return TRUE;
    }
  if (ntm_import_read_number (text, TRUE, &number, NULL) && (number == 0 || number == 1))
    {
      *out = number;
      return TRUE;
    }
  return FALSE;
}

gboolean
ntm_import_read_level (const char *text,
                       NtmLevel   *out)
{
  static const struct { const char *word; NtmLevel level; } words[] = {
    { "nong thon moi", NTM_LEVEL_NTM }, { "ntm", NTM_LEVEL_NTM }, { "nang cao", NTM_LEVEL_ADVANCED },
    { "ntm nang cao", NTM_LEVEL_ADVANCED }, { "kieu mau", NTM_LEVEL_MODEL }, { "ntm kieu mau", NTM_LEVEL_MODEL },
    { "van minh do thi", NTM_LEVEL_CIVILISED }, { "province", NTM_LEVEL_TASK_COMPLETED },
    { "new rural", NTM_LEVEL_NTM }, { "advanced", NTM_LEVEL_ADVANCED }, { "model", NTM_LEVEL_MODEL },
    { "civilised urban", NTM_LEVEL_CIVILISED }, { "do thi van minh", NTM_LEVEL_CIVILISED },
    { "new rural district", NTM_LEVEL_DISTRICT_NTM }, { "huyen nong thon moi", NTM_LEVEL_DISTRICT_NTM },
    { "advanced new rural district", NTM_LEVEL_DISTRICT_ADVANCED },
    { "huyen nong thon moi nang cao", NTM_LEVEL_DISTRICT_ADVANCED },
    { "ntm task completed", NTM_LEVEL_TASK_COMPLETED },
    { "hoan thanh nhiem vu xay dung ntm", NTM_LEVEL_TASK_COMPLETED },
  };
  g_autofree char *folded = ntm_text_fold (text);

  if (ntm_level_from_string (text, out) && *out != NTM_LEVEL_NO_DATA && *out != NTM_LEVEL_NOT_YET)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (folded, words[i].word))
      {
        *out = words[i].level;
        return TRUE;
      }
  for (NtmLevel l = NTM_LEVEL_NTM; l <= NTM_LEVEL_TASK_COMPLETED; l++)
    {
      g_autofree char *label = ntm_text_fold (ntm_level_get_label (l));
      if (g_str_equal (folded, label))
        {
          *out = l;
          return TRUE;
        }
    }
  return FALSE;
}
