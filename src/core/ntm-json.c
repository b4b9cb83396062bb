/* ntm-json.c: a small JSON reader for the data shipped with Ntm
 *
 * The model layer needs JSON once: to read the province and district
 * outlines shipped as GeoJSON (geoBoundaries) into a new or upgraded
 * database. That file is a few hundred kilobytes, so a plain tree is
 * enough; the importers read large user files through GDAL instead. The
 * reader follows RFC 8259 (strings with every escape, surrogate pairs,
 * numbers, nesting limited to a sane depth) and says where it stopped
 * when the text is not JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ntm-database.h"
#include "ntm-json-private.h"

#define MAX_DEPTH 64

struct _NtmJson
{
  NtmJsonType  kind;
  gboolean     boolean;
  double       number;
  char        *string;
  GPtrArray   *items;   /* of NtmJson, for arrays and objects */
  GPtrArray   *keys;    /* of char *, for objects, parallel to items */
};

typedef struct {
  const char *text;
  const char *end;
  const char *p;
  GError    **error;
} Parser;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static NtmJson *
node_new (NtmJsonType kind)
{
  NtmJson *node = g_new0 (NtmJson, 1);

  node->kind = kind;
  return node;
}

static gboolean
fail (Parser     *parser,
      const char *what)
{
  if (parser->error != NULL && *parser->error == NULL)
    g_set_error (parser->error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                 /* Translators: %ld is a byte offset, %s says what is wrong there */
                 _("The data is not valid JSON at byte %ld: %s."),
                 (long) (parser->p - parser->text), what);
  return FALSE;
}

static void
skip_space (Parser *parser)
{
  while (parser->p < parser->end &&
         (*parser->p == ' ' || *parser->p == '\t' || *parser->p == '\n' || *parser->p == '\r'))
    parser->p++;
}

static gboolean
literal (Parser     *parser,
         const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (parser->end - parser->p) < n || memcmp (parser->p, word, n) != 0)
    return FALSE;
  parser->p += n;
  return TRUE;
}

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Parser   *parser,
           gunichar *out)
{
  gunichar value = 0;

  if (parser->end - parser->p < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int d = hex_digit (parser->p[i]);
      if (d < 0)
        return FALSE;
      value = value * 16 + d;
    }
  parser->p += 4;
  *out = value;
  return TRUE;
}

static char *
read_string (Parser *parser)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert (*parser->p == '"');
  parser->p++;
  while (parser->p < parser->end)
    {
      char c = *parser->p++;

      if (c == '"')
        {
          if (!g_utf8_validate (out->str, out->len, NULL))
            {
              fail (parser, _("the text is not UTF-8"));
              return NULL;
            }
          return g_string_free (g_steal_pointer (&out), FALSE);
        }
      if ((guchar) c < 0x20)
        {
          fail (parser, _("a string holds a control character"));
          return NULL;
        }
      if (c != '\\')
        {
          g_string_append_c (out, c);
          continue;
        }
      if (parser->p >= parser->end)
        break;
      c = *parser->p++;
      switch (c)
        {
        case '"': case '\\': case '/': g_string_append_c (out, c); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            gunichar ch, low;

            if (!read_hex4 (parser, &ch))
              {
                fail (parser, _("a \\u escape is malformed"));
                return NULL;
              }
            if (ch >= 0xd800 && ch < 0xdc00)
              {
                if (!literal (parser, "\\u") || !read_hex4 (parser, &low) || low < 0xdc00 || low > 0xdfff)
                  {
                    fail (parser, _("a surrogate has no partner"));
                    return NULL;
                  }
                ch = 0x10000 + ((ch - 0xd800) << 10) + (low - 0xdc00);
              }
            else if (ch >= 0xdc00 && ch <= 0xdfff)
              {
                fail (parser, _("a surrogate has no partner"));
                return NULL;
              }
            g_string_append_unichar (out, ch);
          }
          break;
        default:
          fail (parser, _("an escape is unknown"));
          return NULL;
        }
    }
  fail (parser, _("a string does not end"));
  return NULL;
}

static gboolean
read_number (Parser *parser,
             double *out)
{
  const char *start = parser->p;
  g_autofree char *copy = NULL;
  char *end = NULL;

  if (parser->p < parser->end && *parser->p == '-')
    parser->p++;
  if (parser->p >= parser->end || !g_ascii_isdigit (*parser->p))
    return fail (parser, _("a value was expected"));
  if (*parser->p == '0')
    parser->p++;
  else
    while (parser->p < parser->end && g_ascii_isdigit (*parser->p))
      parser->p++;
  if (parser->p < parser->end && *parser->p == '.')
    {
      parser->p++;
      if (parser->p >= parser->end || !g_ascii_isdigit (*parser->p))
        return fail (parser, _("a decimal point is not followed by digits"));
      while (parser->p < parser->end && g_ascii_isdigit (*parser->p))
        parser->p++;
    }
  if (parser->p < parser->end && (*parser->p == 'e' || *parser->p == 'E'))
    {
      parser->p++;
      if (parser->p < parser->end && (*parser->p == '+' || *parser->p == '-'))
        parser->p++;
      if (parser->p >= parser->end || !g_ascii_isdigit (*parser->p))
        return fail (parser, _("an exponent has no digits"));
      while (parser->p < parser->end && g_ascii_isdigit (*parser->p))
        parser->p++;
    }
  copy = g_strndup (start, parser->p - start);
  *out = g_ascii_strtod (copy, &end);
  return TRUE;
}

static NtmJson *read_value (Parser *parser, guint depth);

static NtmJson *
read_container (Parser *parser,
                guint   depth,
                gboolean object)
{
  g_autoptr(NtmJson) node = node_new (object ? NTM_JSON_OBJECT : NTM_JSON_ARRAY);
  char close = object ? '}' : ']';

  node->items = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_json_free);
  if (object)
    node->keys = g_ptr_array_new_with_free_func (g_free);

  parser->p++;
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == close)
    {
      parser->p++;
      return g_steal_pointer (&node);
    }

  for (;;)
    {
      NtmJson *value;

      skip_space (parser);
      if (object)
        {
          char *key;

          if (parser->p >= parser->end || *parser->p != '"')
            {
              fail (parser, _("a member name was expected"));
              return NULL;
            }
          key = read_string (parser);
          if (key == NULL)
            return NULL;
          g_ptr_array_add (node->keys, key);
          skip_space (parser);
          if (parser->p >= parser->end || *parser->p != ':')
            {
              fail (parser, _("a colon was expected"));
              return NULL;
            }
          parser->p++;
        }
      value = read_value (parser, depth + 1);
      if (value == NULL)
        return NULL;
      g_ptr_array_add (node->items, value);
      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        {
          parser->p++;
          continue;
        }
      if (parser->p < parser->end && *parser->p == close)
        {
          parser->p++;
          return g_steal_pointer (&node);
        }
      fail (parser, object ? _("a comma or a closing brace was expected") : _("a comma or a closing bracket was expected"));
      return NULL;
    }
}

static NtmJson *
read_value (Parser *parser,
            guint   depth)
{
  NtmJson *node;

  if (depth > MAX_DEPTH)
    {
      fail (parser, _("values are nested too deeply"));
      return NULL;
    }
  skip_space (parser);
  if (parser->p >= parser->end)
    {
      fail (parser, _("the text ends where a value was expected"));
      return NULL;
    }

  switch (*parser->p)
    {
    case '{':
      return read_container (parser, depth, TRUE);
    case '[':
      return read_container (parser, depth, FALSE);
    case '"':
      {
        char *text = read_string (parser);
        if (text == NULL)
          return NULL;
        node = node_new (NTM_JSON_STRING);
        node->string = text;
        return node;
      }
    default:
      break;
    }

  if (literal (parser, "true"))
    {
      node = node_new (NTM_JSON_BOOLEAN);
      node->boolean = TRUE;
      return node;
    }
  if (literal (parser, "false"))
    return node_new (NTM_JSON_BOOLEAN);
  if (literal (parser, "null"))
    return node_new (NTM_JSON_NULL);

  node = node_new (NTM_JSON_NUMBER);
  if (!read_number (parser, &node->number))
    {
      ntm_json_free (node);
      return NULL;
    }
  return node;
}

/* ---------------------------------------------------------------------- */
/* Internal API                                                           */
/* ---------------------------------------------------------------------- */

/**
 * ntm_json_parse:
 * @text: JSON text
 * @length: its length in bytes
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID)
 *
 * Returns: (transfer full): the document's tree, or %NULL with @error set
 */
NtmJson *
ntm_json_parse (const char  *text,
                gsize        length,
                GError     **error)
{
  Parser parser = { text, text + length, text, error };
  g_autoptr(NtmJson) root = NULL;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  root = read_value (&parser, 0);
  if (root == NULL)
    return NULL;
  skip_space (&parser);
  if (parser.p != parser.end)
    {
      fail (&parser, _("text follows the end of the value"));
      return NULL;
    }
  return g_steal_pointer (&root);
}

void
ntm_json_free (NtmJson *node)
{
  if (node == NULL)
    return;
  g_free (node->string);
  g_clear_pointer (&node->items, g_ptr_array_unref);
  g_clear_pointer (&node->keys, g_ptr_array_unref);
  g_free (node);
}

NtmJsonType
ntm_json_get_kind (const NtmJson *node)
{
  return node ? node->kind : NTM_JSON_NULL;
}

/**
 * ntm_json_get_string:
 * @node: (nullable): a node
 *
 * Returns: (nullable): the text of a string node; %NULL for anything else
 */
const char *
ntm_json_get_string (const NtmJson *node)
{
  return node && node->kind == NTM_JSON_STRING ? node->string : NULL;
}

/**
 * ntm_json_get_number:
 * @node: (nullable): a node
 * @value: (out): its number
 *
 * Returns: %FALSE when @node is not a number
 */
gboolean
ntm_json_get_number (const NtmJson *node,
                     double        *value)
{
  if (node == NULL || node->kind != NTM_JSON_NUMBER)
    return FALSE;
  *value = node->number;
  return TRUE;
}

/**
 * ntm_json_get_length:
 * @node: (nullable): a node
 *
 * Returns: the number of items of an array or members of an object; 0
 *   for anything else
 */
guint
ntm_json_get_length (const NtmJson *node)
{
  return node && node->items ? node->items->len : 0;
}

const NtmJson *
ntm_json_get_item (const NtmJson *node,
                   guint          index)
{
  if (node == NULL || node->items == NULL || index >= node->items->len)
    return NULL;
  return g_ptr_array_index (node->items, index);
}

/**
 * ntm_json_get_key:
 * @node: (nullable): an object
 * @index: a member's place
 *
 * Returns: (nullable): the name of the member ntm_json_get_item() gives
 *   at @index
 */
const char *
ntm_json_get_key (const NtmJson *node,
                  guint          index)
{
  if (node == NULL || node->kind != NTM_JSON_OBJECT || index >= node->keys->len)
    return NULL;
  return g_ptr_array_index (node->keys, index);
}

/**
 * ntm_json_get_member:
 * @node: (nullable): an object
 * @name: a member's name
 *
 * Returns: (nullable): the member's value (the last, if repeated)
 */
const NtmJson *
ntm_json_get_member (const NtmJson *node,
                     const char    *name)
{
  if (node == NULL || node->kind != NTM_JSON_OBJECT)
    return NULL;
  for (guint i = node->keys->len; i > 0; i--)
    if (g_str_equal (g_ptr_array_index (node->keys, i - 1), name))
      return g_ptr_array_index (node->items, i - 1);
  return NULL;
}
