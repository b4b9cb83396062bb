/* ntm-text.c: text folding for search and name matching
 *
 * Vietnamese names are compared the way a person reads them: without case,
 * with runs of spaces collapsed, and (for search) without tone marks and
 * with đ read as d, so that "ky anh" finds "Kỳ Anh" and "duc" finds "Đức".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ntm-text.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK ||
         type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

static gboolean
is_tone_mark (gunichar c)
{
  /* grave, acute, tilde, hook above, dot below */
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

typedef struct {
  gunichar base;
  gunichar marks[4];
  guint    n_marks;
} Letter;

/* In one word (NFD), moves a tone mark written the old way on the second
 * vowel of a final "oa", "oe" or "uy" to the first: "hoà" → "hòa",
 * "thuỷ" → "thủy", "khoẻ" → "khỏe". "quý" keeps it: u belongs to qu. */
static void
append_word (GString *out,
             GArray  *word)
{
  guint n = word->len;

  if (n >= 2)
    {
      Letter *first = &g_array_index (word, Letter, n - 2);
      Letter *second = &g_array_index (word, Letter, n - 1);
      gboolean pair = (first->base == 'o' && (second->base == 'a' || second->base == 'e')) ||
                      (first->base == 'u' && second->base == 'y');
      gboolean after_q = n >= 3 && g_array_index (word, Letter, n - 3).base == 'q';

      if (pair && !after_q && first->n_marks == 0 && second->n_marks == 1 &&
          is_tone_mark (second->marks[0]))
        {
          first->marks[first->n_marks++] = second->marks[0];
          second->n_marks = 0;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      Letter *l = &g_array_index (word, Letter, i);

      g_string_append_unichar (out, l->base);
      for (guint m = 0; m < l->n_marks; m++)
        g_string_append_unichar (out, l->marks[m]);
    }
  g_array_set_size (word, 0);
}

static char *
normalize_tone_placement (const char *decomposed)
{
  g_autoptr(GArray) word = g_array_new (FALSE, TRUE, sizeof (Letter));
  GString *out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_mark (c) && word->len > 0)
        {
          Letter *l = &g_array_index (word, Letter, word->len - 1);
          if (l->n_marks < G_N_ELEMENTS (l->marks))
            l->marks[l->n_marks++] = c;
          continue;
        }
      if (g_unichar_isalpha (c))
        {
          Letter l = { c, { 0 }, 0 };
          g_array_append_val (word, l);
          continue;
        }
      append_word (out, word);
      g_string_append_unichar (out, c);
    }
  append_word (out, word);
  return g_string_free (out, FALSE);
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

/* fold_text() for text without a letter outside ASCII, which is most of
 * what a spreadsheet holds (numbers, codes): no case folding table, no
 * normalisation and no marks to move, so byte by byte. The spaces are
 * those g_unichar_isspace() knows in ASCII. */
static char *
fold_ascii (const char *text)
{
  char *out = g_malloc (strlen (text) + 1);
  gsize len = 0;
  gboolean pending_space = FALSE;

  for (const char *p = text; *p; p++)
    {
      char c = *p;

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        {
          pending_space = len > 0;
          continue;
        }
      if (pending_space)
        {
          out[len++] = ' ';
          pending_space = FALSE;
        }
      out[len++] = g_ascii_tolower (c);
    }
  out[len] = '\0';
  return out;
}

static char *
fold_text (const char *text,
           gboolean    drop_marks)
{
  g_autofree char *lower = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), g_strdup (""));

  if (is_ascii (text))
    return fold_ascii (text);

  lower = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (lower, -1, G_NORMALIZE_NFD);
  if (!drop_marks)
    {
      g_autofree char *placed = normalize_tone_placement (decomposed);
      g_free (decomposed);
      decomposed = g_utf8_normalize (placed, -1, G_NORMALIZE_NFC);
    }
  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }

      if (drop_marks)
        {
          if (is_mark (c))
            continue;
          if (c == 0x0111 /* đ */ || c == 0x0110 /* Đ */)
            c = 'd';
        }

      if (pending_space)
        {
          g_string_append_c (out, ' ');
          pending_space = FALSE;
        }
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_text_fold:
 * @text: (nullable): UTF-8 text
 *
 * Folds @text for diacritics-insensitive comparison: lower case, tone and
 * vowel marks removed, "đ" read as "d", white space collapsed and trimmed.
 *
 * Returns: (transfer full): the folded text
 */
char *
ntm_text_fold (const char *text)
{
  return fold_text (text, TRUE);
}

/**
 * ntm_text_fold_keep_marks:
 * @text: (nullable): UTF-8 text
 *
 * Like ntm_text_fold() but keeps the marks (the result is NFC), so that
 * "Sơn Phú" and "Sơn Phúc" stay apart while case and spacing do not matter.
 * A tone written the old way ("Hoà", "Thuỷ") is moved where it is written
 * now ("Hòa", "Thủy"), and decomposed text (NFD) folds as composed text.
 *
 * Returns: (transfer full): the folded text
 */
char *
ntm_text_fold_keep_marks (const char *text)
{
  return fold_text (text, FALSE);
}

/**
 * ntm_text_matches:
 * @haystack_folded: text already folded with ntm_text_fold()
 * @query: what a person typed
 *
 * Returns: %TRUE when every word of @query occurs in @haystack_folded,
 *   ignoring case and diacritics; an empty query matches everything
 */
gboolean
ntm_text_matches (const char *haystack_folded,
                  const char *query)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (haystack_folded != NULL, FALSE);

  if (query == NULL)
    return TRUE;

  folded = ntm_text_fold (query);
  words = g_strsplit (folded, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (strstr (haystack_folded, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * ntm_text_strip_unit_type:
 * @name: a unit name such as "Thị trấn  Tây Sơn" or "Xa Ky Tan"
 *
 * Removes the leading type word of an administrative unit name (Tỉnh, Huyện,
 * Thị xã, Thành phố, Xã, Phường, Thị trấn, with or without marks) and folds
 * case and spacing, keeping the marks.
 *
 * Returns: (transfer full): the bare name, e.g. "tây sơn"
 */
char *
ntm_text_strip_unit_type (const char *name)
{
  /* Longest first, so that "thị xã" wins over "xã". */
  static const char * const prefixes[] = {
    "thành phố ", "thanh pho ", "thị trấn ", "thi tran ", "thị xã ", "thi xa ",
    "huyện ", "huyen ", "phường ", "phuong ", "tỉnh ", "tinh ", "xã ", "xa ",
    "tp. ", "tp ", "tx. ", "tx ", "tt. ", "tt ",
  };
  g_autofree char *folded = ntm_text_fold_keep_marks (name);

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      if (g_str_has_prefix (folded, prefixes[i]) &&
          folded[strlen (prefixes[i])] != '\0')
        return g_strdup (folded + strlen (prefixes[i]));
    }

  return g_steal_pointer (&folded);
}

/**
 * ntm_text_find_name:
 * @names: (array length=n_names): the names of a list of codes, in order
 * @n_names: how many there are
 * @text: (nullable): a name, as stored
 * @index: (out): where @text stands in @names
 *
 * What every enum's _from_string() does with the names it stores.
 *
 * Returns: whether @text is one of @names, exactly
 */
gboolean
ntm_text_find_name (const char * const *names,
                    guint               n_names,
                    const char         *text,
                    guint              *index)
{
  g_return_val_if_fail (index != NULL, FALSE);

  for (guint i = 0; text != NULL && i < n_names; i++)
    if (g_strcmp0 (names[i], text) == 0)
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}
