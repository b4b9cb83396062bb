/* ntm-csv.c: RFC 4180 comma-separated values, read and written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ntm-csv.h"

G_DEFINE_QUARK (ntm-csv-error-quark, ntm_csv_error)

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_csv_parse:
 * @text: UTF-8 text (a leading byte-order mark is skipped)
 * @length: length of @text, or -1 if nul-terminated
 * @error: return location for a #GError
 *
 * Parses CSV text. Quoted fields may hold commas, quotes ("" inside quotes)
 * and line breaks. Both LF and CRLF end a record; blank lines are skipped.
 * Every record must have as many fields as the first one.
 *
 * Returns: (transfer full) (element-type GStrv): the records, the header first
 */
GPtrArray *
ntm_csv_parse (const char  *text,
               gssize       length,
               GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p, *end;
  gboolean in_quotes = FALSE;
  gboolean field_started = FALSE;
  guint line = 1;
  guint n_columns = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);

  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error (error, NTM_CSV_ERROR, NTM_CSV_ERROR_ENCODING,
                   _("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again."));
      return NULL;
    }

  p = text;
  end = text + length;
  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  for (;; p++)
    {
      gboolean at_end = p >= end;
      char c = at_end ? '\n' : *p;

      if (in_quotes)
        {
          if (at_end)
            {
              g_set_error (error, NTM_CSV_ERROR, NTM_CSV_ERROR_SYNTAX,
                           _("Line %u: a quoted field is not closed."), line);
              return NULL;
            }
          if (c == '"')
            {
              if (p + 1 < end && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else
                in_quotes = FALSE;
            }
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }

      if (c == '"')
        {
          if (field->len > 0)
            {
              g_set_error (error, NTM_CSV_ERROR, NTM_CSV_ERROR_SYNTAX,
                           _("Line %u: a quote appears inside an unquoted field."), line);
              return NULL;
            }
          in_quotes = TRUE;
          field_started = TRUE;
        }
      else if (c == ',')
        {
          g_ptr_array_add (fields, g_strndup (field->str, field->len));
          g_string_truncate (field, 0);
          field_started = TRUE;
        }
      else if (c == '\r' && p + 1 < end && p[1] == '\n')
        {
          continue;
        }
      else if (c == '\n')
        {
          if (fields->len > 0 || field->len > 0 || field_started)
            {
              g_ptr_array_add (fields, g_strndup (field->str, field->len));
              g_string_truncate (field, 0);

              if (rows->len == 0)
                n_columns = fields->len;
              else if (fields->len != n_columns)
                {
                  g_set_error (error, NTM_CSV_ERROR, NTM_CSV_ERROR_COLUMNS,
                               _("Line %u has %u fields where the header has %u."),
                               line, fields->len, n_columns);
                  return NULL;
                }

              g_ptr_array_add (fields, NULL);
              g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
            }
          field_started = FALSE;
          line++;
          if (at_end)
            break;
        }
      else
        {
          g_string_append_c (field, c);
        }
    }

  return g_steal_pointer (&rows);
}

/**
 * ntm_csv_append_field:
 * @out: the string to append to
 * @field: (nullable): the field's text; %NULL writes an empty field
 *
 * Appends one field, quoted when it holds a comma, a quote, a line break or
 * leading or trailing space.
 */
void
ntm_csv_append_field (GString    *out,
                      const char *field)
{
  gsize len;

  g_return_if_fail (out != NULL);

  if (field == NULL)
    return;

  len = strlen (field);
  if (strpbrk (field, ",\"\r\n") == NULL &&
      (len == 0 || (field[0] != ' ' && field[len - 1] != ' ')))
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * ntm_csv_append_row:
 * @out: the string to append to
 * @fields: (array length=n_fields): the fields
 * @n_fields: how many
 *
 * Appends one record ending in CRLF, as RFC 4180 writes it.
 */
void
ntm_csv_append_row (GString            *out,
                    const char * const *fields,
                    gsize               n_fields)
{
  g_return_if_fail (out != NULL);

  for (gsize i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      ntm_csv_append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}
