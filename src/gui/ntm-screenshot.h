/* ntm-screenshot.h: a widget rendered to PNG from inside the program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean       ntm_widget_save_png       (GtkWidget   *widget,
                                          const char  *path,
                                          GError     **error);
GskRenderNode *ntm_widget_snapshot_drawn (GtkWidget   *widget,
                                          double       width,
                                          double       height);
void           ntm_widget_wait_for_frame (GtkWidget   *widget);

G_END_DECLS
