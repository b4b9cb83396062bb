/* ntm-map-classes-private.h: what ntm-classification.c uses of
 * ntm-map-classes.c to make its classes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-classification.h"

G_BEGIN_DECLS

GArray *ntm_map_classes_new         (void);
void    ntm_map_classes_add         (GArray     *classes,
                                     const char *label,
                                     NtmTone     tone,
                                     double      position);
char   *ntm_map_class_format_number (double      value,
                                     const char *unit);

G_END_DECLS
