/* test-text.c: folding Vietnamese text for search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-text.h"

static void
test_fold (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "Kỳ Anh", "ky anh" },
    { "Đức Thọ", "duc tho" },
    { "  Thị trấn  Tây   Sơn ", "thi tran tay son" },
    { "Xã Cỗ Đạm", "xa co dam" },
    { "HƯƠNG KHÊ", "huong khe" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = ntm_text_fold (cases[i].in);
      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

/* Text all in ASCII takes a shorter way: it folds exactly as the same
 * text does when a Vietnamese letter after it sends it the long way. */
static void
test_ascii_same_as_unicode (void)
{
  for (int c = 1; c < 0x80; c++)
    {
      g_autofree char *ascii = g_strdup_printf ("A%c B  %cc", c, c);
      g_autofree char *longer = g_strconcat (ascii, "Đ", NULL);
      g_autofree char *folded = ntm_text_fold (ascii);
      g_autofree char *folded_longer = ntm_text_fold (longer);
      g_autofree char *kept = ntm_text_fold_keep_marks (ascii);
      g_autofree char *kept_longer = ntm_text_fold_keep_marks (longer);
      g_autofree char *want = g_strconcat (folded, "d", NULL);
      g_autofree char *want_kept = g_strconcat (kept, "đ", NULL);

      g_assert_cmpstr (folded_longer, ==, want);
      g_assert_cmpstr (kept_longer, ==, want_kept);
    }
  {
    g_autofree char *got = ntm_text_fold ("  Tieu Chi\t17.1 ");
    g_assert_cmpstr (got, ==, "tieu chi 17.1");
  }
}

static void
test_keep_marks (void)
{
  g_autofree char *a = ntm_text_fold_keep_marks ("Sơn  Phú");
  g_autofree char *b = ntm_text_fold_keep_marks ("sơn phúc");
  g_autofree char *c = ntm_text_fold_keep_marks ("SƠN PHÚ");

  g_assert_cmpstr (a, !=, b);
  g_assert_cmpstr (a, ==, c);
}

/* Spellings of one name fold alike: old and new tone placement, NFD and
 * NFC; different names stay apart. */
static void
test_spelling_variants (void)
{
  const struct { const char *a, *b; gboolean same; } cases[] = {
    { "Hoà Hải", "Hòa Hải", TRUE },
    { "Thuỷ", "Thủy", TRUE },
    { "Khoẻ", "khỏe", TRUE },
    { "Quý Lộc", "quý lộc", TRUE },
    { "Hoàng", "Hòang", FALSE },
    { "Hoà", "Hoa", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *a = ntm_text_fold_keep_marks (cases[i].a);
      g_autofree char *b = ntm_text_fold_keep_marks (cases[i].b);

      if (cases[i].same)
        g_assert_cmpstr (a, ==, b);
      else
        g_assert_cmpstr (a, !=, b);
    }

  /* NFD (as some systems save text) and the old placement together */
  {
    g_autofree char *nfd = g_utf8_normalize ("Xã Thạch Hoà", -1, G_NORMALIZE_NFD);
    g_autofree char *a = ntm_text_fold_keep_marks (nfd);
    g_autofree char *b = ntm_text_fold_keep_marks ("xã thạch hòa");
    g_autofree char *c = ntm_text_strip_unit_type (nfd);

    g_assert_cmpstr (a, ==, b);
    g_assert_cmpstr (c, ==, "thạch hòa");
  }
  /* "quý": u belongs to qu, the tone stays on y */
  {
    g_autofree char *q = ntm_text_fold_keep_marks ("Quý");
    g_assert_cmpstr (q, ==, "quý");
  }
}

static void
test_matches (void)
{
  g_autofree char *key = ntm_text_fold ("Huyện Kỳ Anh");

  g_assert_true (ntm_text_matches (key, "ky anh"));
  g_assert_true (ntm_text_matches (key, "KỲ"));
  g_assert_true (ntm_text_matches (key, "anh ky"));
  g_assert_true (ntm_text_matches (key, ""));
  g_assert_true (ntm_text_matches (key, NULL));
  g_assert_false (ntm_text_matches (key, "duc"));
  g_assert_false (ntm_text_matches (key, "ky anh x"));
}

static void
test_strip_type (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "Thị trấn  Tây Sơn", "tây sơn" },
    { "Xã Kỳ Tân", "kỳ tân" },
    { "Thị xã Hồng Lĩnh", "hồng lĩnh" },
    { "Thanh pho Ha Tinh", "ha tinh" },
    { "Phường Bắc Hà", "bắc hà" },
    { "Huyện Can Lộc", "can lộc" },
    { "Kỳ Tân", "kỳ tân" },
    { "Xã", "xã" },   /* a bare type word is left alone */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = ntm_text_strip_unit_type (cases[i].in);
      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/keep-marks", test_keep_marks);
  g_test_add_func ("/text/ascii-same-as-unicode", test_ascii_same_as_unicode);
  g_test_add_func ("/text/matches", test_matches);
  g_test_add_func ("/text/spelling-variants", test_spelling_variants);
  g_test_add_func ("/text/strip-type", test_strip_type);

  return g_test_run ();
}
