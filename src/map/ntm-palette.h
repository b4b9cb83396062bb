/* ntm-palette.h: colour-blind-safe colours for the map's classes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "ntm-classification.h"

G_BEGIN_DECLS

typedef struct {
  double red, green, blue;
} NtmColor;

NtmColor ntm_palette_class_color    (const NtmMapClass *klass);
NtmColor ntm_palette_no_data_hatch  (void);
NtmColor ntm_palette_background     (void);
NtmColor ntm_palette_outline        (void);
NtmColor ntm_palette_land           (void);
void     ntm_palette_set_source     (cairo_t           *cr,
                                     NtmColor           color,
                                     double             alpha);
void     ntm_palette_fill_class     (cairo_t           *cr,
                                     const NtmMapClass *klass,
                                     double             alpha,
                                     double             hatch_spacing);
void     ntm_palette_fill_class_at  (cairo_t           *cr,
                                     const NtmMapClass *klass,
                                     double             alpha,
                                     double             hatch_spacing,
                                     double             hatch_phase);

G_END_DECLS
