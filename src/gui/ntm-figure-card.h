/* ntm-figure-card.h: one headline figure of the Overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NTM_TYPE_FIGURE_CARD (ntm_figure_card_get_type ())
G_DECLARE_FINAL_TYPE (NtmFigureCard, ntm_figure_card, NTM, FIGURE_CARD, GtkWidget)

void ntm_figure_card_set (NtmFigureCard *self,
                          const char    *value,
                          const char    *title,
                          const char    *detail);

G_END_DECLS
