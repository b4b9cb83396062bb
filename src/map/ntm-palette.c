/* ntm-palette.c: colour-blind-safe colours for the map's classes
 *
 * Levels take their colours from the table of levels in the model
 * (ntm-level-palette.c), which the charts and the reports use too. Ordered
 * values use a yellow–green–blue ramp; values on both sides of a threshold
 * use orange below and purple above (after ColorBrewer's PuOr). "No data"
 * is light grey with diagonal hatching, so that it never passes for a
 * colour of the scale, also in black-and-white print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ntm-level-palette.h"
#include "ntm-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

static const NtmColor sequential[] = {
  RGB (0xffffcc), RGB (0xa1dab4), RGB (0x41b6c4), RGB (0x2c7fb8), RGB (0x253494),
};

/* from far below the threshold to far above it */
static const NtmColor diverging[] = {
  RGB (0xb35806), RGB (0xf1a340), RGB (0xfee0b6), RGB (0xd8daeb), RGB (0x998ec3), RGB (0x542788),
};

static NtmColor
mix (NtmColor a,
     NtmColor b,
     double   t)
{
  NtmColor c = {
    a.red + (b.red - a.red) * t,
    a.green + (b.green - a.green) * t,
    a.blue + (b.blue - a.blue) * t,
  };
  return c;
}

static NtmColor
ramp (const NtmColor *stops,
      guint           n_stops,
      double          t)
{
  double pos;
  guint i;

  t = CLAMP (t, 0.0, 1.0);
  pos = t * (n_stops - 1);
  i = MIN ((guint) floor (pos), n_stops - 2);
  return mix (stops[i], stops[i + 1], pos - i);
}

/* A level's colour comes from the one table of levels, shared with the
 * charts and the reports (ntm-level-palette.c). */
static NtmColor
level_color (double position)
{
  double rgb[3];
  NtmColor c;

  if (position == NTM_LEVEL_NOT_YET + 0.5)
    ntm_level_palette_urban_not_yet_rgb (rgb);
  else
    ntm_level_palette_get_rgb ((NtmLevel) position, rgb);
  c.red = rgb[0];
  c.green = rgb[1];
  c.blue = rgb[2];
  return c;
}

/**
 * ntm_palette_class_color:
 * @klass: a map class
 *
 * Returns: the class's fill colour
 */
NtmColor
ntm_palette_class_color (const NtmMapClass *klass)
{
  static const NtmColor neutral = RGB (0x969696);

  switch (klass->tone)
    {
    case NTM_TONE_LEVEL:
      return level_color (klass->position);
    case NTM_TONE_SEQUENTIAL:
      return ramp (sequential, G_N_ELEMENTS (sequential), klass->position);
    case NTM_TONE_DIVERGING:
      /* -1 … -0 onto the first half, +0 … +1 onto the second */
      if (klass->position < 0)
        return ramp (diverging, 3, 1.0 + klass->position);
      return ramp (diverging + 3, 3, klass->position);
    case NTM_TONE_NEUTRAL:
      return neutral;
    case NTM_TONE_NO_DATA:
    default:
      return level_color (NTM_LEVEL_NO_DATA);
    }
}

NtmColor
ntm_palette_no_data_hatch (void)
{
  NtmColor c = RGB (0x8a8a8a);
  return c;
}

NtmColor
ntm_palette_background (void)
{
  NtmColor c = RGB (0xf2efe9);
  return c;
}

/* The province's own land, a little lighter than what lies around it. */
NtmColor
ntm_palette_land (void)
{
  NtmColor c = RGB (0xfdfbf7);
  return c;
}

NtmColor
ntm_palette_outline (void)
{
  NtmColor c = RGB (0x4d4d4d);
  return c;
}

void
ntm_palette_set_source (cairo_t  *cr,
                        NtmColor  color,
                        double    alpha)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, alpha);
}

/* The fill and its hatch as a small tile repeated over the area: the
 * colour, then lines x + y ≡ phase (mod spacing) in user space over it.
 * Filling with it costs one pass over the area, where clipping to the
 * area and stroking lines across it costs many (the clip is rasterised
 * for every line). The last tile is kept. */
static cairo_pattern_t *
hatch_pattern (cairo_t  *cr,
               NtmColor  color,
               double    alpha,
               double    spacing,
               double    phase)
{
  static cairo_pattern_t *cached;
  static NtmColor cached_color;
  static double cached_alpha, cached_spacing;
  static int cached_n;
  double dx = spacing, dy = 0, sx = 1, sy = 1, k;
  int n;
  cairo_matrix_t m;

  cairo_user_to_device_distance (cr, &dx, &dy);
  cairo_surface_get_device_scale (cairo_get_target (cr), &sx, &sy);
  n = MAX (2, (int) ceil (hypot (dx, dy) * sx - 0.01));

  if (cached == NULL || cached_alpha != alpha || cached_spacing != spacing || cached_n != n ||
      memcmp (&cached_color, &color, sizeof color) != 0)
    {
      cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, n, n);
      cairo_t *tc = cairo_create (tile);
      double w = MAX (1.0, spacing / 6.0);

      ntm_palette_set_source (tc, color, alpha);
      cairo_paint (tc);
      cairo_scale (tc, n / spacing, n / spacing);
      for (int c = 0; c <= 2; c++)
        {
          cairo_move_to (tc, c * spacing + w, -w);
          cairo_line_to (tc, c * spacing - spacing - w, spacing + w);
        }
      ntm_palette_set_source (tc, ntm_palette_no_data_hatch (), alpha);
      cairo_set_line_width (tc, w);
      cairo_stroke (tc);
      cairo_destroy (tc);

      g_clear_pointer (&cached, cairo_pattern_destroy);
      cached = cairo_pattern_create_for_surface (tile);
      cairo_surface_destroy (tile);
      cairo_pattern_set_extend (cached, CAIRO_EXTEND_REPEAT);
      cached_color = color;
      cached_alpha = alpha;
      cached_spacing = spacing;
      cached_n = n;
    }

  /* user (x, y) → tile ((x - phase) k, y k), the phase on whole pixels */
  k = n / spacing;
  phase = round (phase * k) / k;
  cairo_matrix_init_scale (&m, k, k);
  cairo_matrix_translate (&m, -phase, 0);
  cairo_pattern_set_matrix (cached, &m);
  cairo_pattern_set_filter (cached, fabs (k - round (k)) < 1e-9 ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_GOOD);
  return cached;
}

/**
 * ntm_palette_fill_class_at:
 * @cr: a cairo context with the area to fill as its current path
 * @klass: the class
 * @alpha: opacity
 * @hatch_spacing: distance between hatch lines, in user units
 * @hatch_phase: where the hatch lines lie: x + y ≡ @hatch_phase (mod
 *   @hatch_spacing), so that pieces drawn apart (tiles) join up
 *
 * Fills the current path in the class's colour, hatched for "no data".
 * The path is consumed. On image surfaces the hatch is a repeated tile;
 * on vector surfaces (PDF) it is drawn as lines.
 */
void
ntm_palette_fill_class_at (cairo_t           *cr,
                           const NtmMapClass *klass,
                           double             alpha,
                           double             hatch_spacing,
                           double             hatch_phase)
{
  double x1, y1, x2, y2;

  ntm_palette_set_source (cr, ntm_palette_class_color (klass), alpha);
  if (klass->tone != NTM_TONE_NO_DATA)
    {
      cairo_fill (cr);
      return;
    }
  hatch_spacing = MAX (hatch_spacing, 2.0);

  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      cairo_set_source (cr, hatch_pattern (cr, ntm_palette_class_color (klass), alpha, hatch_spacing,
                                           hatch_phase - floor (hatch_phase / hatch_spacing) * hatch_spacing));
      cairo_fill (cr);
      return;
    }

  cairo_fill_preserve (cr);

  cairo_save (cr);
  cairo_clip_preserve (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  cairo_new_path (cr);
  for (double d = floor ((x1 + y1 - hatch_phase) / hatch_spacing) * hatch_spacing + hatch_phase - y2;
       d < x2; d += hatch_spacing)
    {
      cairo_move_to (cr, d, y2);
      cairo_line_to (cr, d + (y2 - y1), y1);
    }
  ntm_palette_set_source (cr, ntm_palette_no_data_hatch (), alpha);
  cairo_set_line_width (cr, MAX (1.0, hatch_spacing / 6.0));
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * ntm_palette_fill_class:
 * @cr: a cairo context with the area to fill as its current path
 * @klass: the class
 * @alpha: opacity
 * @hatch_spacing: distance between hatch lines, in device units
 *
 * Fills the current path in the class's colour, hatched for "no data".
 * The path is consumed.
 */
void
ntm_palette_fill_class (cairo_t           *cr,
                        const NtmMapClass *klass,
                        double             alpha,
                        double             hatch_spacing)
{
  ntm_palette_fill_class_at (cr, klass, alpha, hatch_spacing, 0.0);
}
