/* ntm-palette.c: colour-blind-safe colours for the map's classes
 *
 * Levels run from orange ("not yet") through light to dark blue (new
 * rural, advanced, model), with bluish green for civilised urban areas:
 * hues that stay apart for the common kinds of colour blindness. Ordered
 * values use a yellow–green–blue ramp; values on both sides of a threshold
 * use orange below and purple above (after ColorBrewer's PuOr). "No data"
 * is light grey with diagonal hatching, so that it never passes for a
 * colour of the scale, also in black-and-white print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

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

static NtmColor
level_color (double position)
{
  static const NtmColor not_yet = RGB (0xe69f00);
  static const NtmColor urban_not_yet = RGB (0xf5d08a);
  static const NtmColor ntm = RGB (0x9ecae1);
  static const NtmColor advanced = RGB (0x4292c6);
  static const NtmColor model = RGB (0x08306b);
  static const NtmColor civilised = RGB (0x009e73);
  static const NtmColor other = RGB (0xbdbdbd);

  if (position == NTM_LEVEL_NOT_YET + 0.5)
    return urban_not_yet;
  switch ((NtmLevel) position)
    {
    case NTM_LEVEL_NOT_YET: return not_yet;
    case NTM_LEVEL_NTM:
    case NTM_LEVEL_DISTRICT_NTM:
    case NTM_LEVEL_TASK_COMPLETED: return ntm;
    case NTM_LEVEL_ADVANCED:
    case NTM_LEVEL_DISTRICT_ADVANCED: return advanced;
    case NTM_LEVEL_MODEL: return model;
    case NTM_LEVEL_CIVILISED: return civilised;
    case NTM_LEVEL_NO_DATA:
    default: return other;
    }
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
  static const NtmColor no_data = RGB (0xe4e4e4);
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
      return no_data;
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
  double x1, y1, x2, y2;

  ntm_palette_set_source (cr, ntm_palette_class_color (klass), alpha);
  if (klass->tone != NTM_TONE_NO_DATA)
    {
      cairo_fill (cr);
      return;
    }
  cairo_fill_preserve (cr);

  cairo_save (cr);
  cairo_clip_preserve (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  cairo_new_path (cr);
  hatch_spacing = MAX (hatch_spacing, 2.0);
  for (double d = floor ((x1 - (y2 - y1)) / hatch_spacing) * hatch_spacing; d < x2; d += hatch_spacing)
    {
      cairo_move_to (cr, d, y2);
      cairo_line_to (cr, d + (y2 - y1), y1);
    }
  ntm_palette_set_source (cr, ntm_palette_no_data_hatch (), alpha);
  cairo_set_line_width (cr, MAX (1.0, hatch_spacing / 6.0));
  cairo_stroke (cr);
  cairo_restore (cr);
}
