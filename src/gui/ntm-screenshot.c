/* ntm-screenshot.c: a widget rendered to PNG from inside the program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-screenshot.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
on_frame_clock_after_paint_cb (GdkFrameClock *clock,
                               gboolean      *painted)
{
  *painted = TRUE;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_widget_wait_for_frame:
 * @widget: a widget in a shown window
 *
 * Runs the main loop until the window has been mapped, laid out and
 * painted at least twice, so that what it shows is settled.
 */
void
ntm_widget_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong id;
  /* Each wait ends as soon as its event comes; the deadline is only for a
   * window that never shows, so it is generous: on a loaded machine (or
   * under a memory checker) the first frame of a window can take many
   * seconds. */
  gint64 deadline = g_get_monotonic_time () + 90 * G_USEC_PER_SEC;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    return;

  for (guint frames = 0; frames < 2; frames++)
    {
      painted = FALSE;
      id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_frame_clock_after_paint_cb), &painted);
      gtk_widget_queue_draw (widget);
      while (!painted && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      g_signal_handler_disconnect (clock, id);
    }

  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/**
 * ntm_widget_save_png:
 * @widget: a drawn widget
 * @path: the PNG file to write
 * @error: return location for a #GError
 *
 * Renders @widget as it is on screen into a PNG file.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_widget_save_png (GtkWidget   *widget,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  GtkNative *native;
  graphene_rect_t bounds;
  int width, height;
  double paint_w, paint_h, origin_x = 0, origin_y = 0;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paint_w = width;
  paint_h = height;
  native = gtk_widget_get_native (widget);
  if (width <= 0 || height <= 0 || native == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The window has not been drawn yet."));
      return FALSE;
    }

  paintable = gtk_widget_paintable_new (widget);
  /* The paintable draws the widget's bounds, a window's shadow included:
   * drawn at that size it is not scaled, and the window is cut out of it.
   * (Drawn at the window's size, everything came out a little smaller,
   * fine patterns beating against the pixels.) */
  if (gtk_widget_compute_bounds (widget, widget, &bounds) && bounds.size.width >= width &&
      bounds.size.height >= height)
    {
      paint_w = bounds.size.width;
      paint_h = bounds.size.height;
      origin_x = -bounds.origin.x;
      origin_y = -bounds.origin.y;
    }
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), paint_w, paint_h);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The window drew nothing."));
      return FALSE;
    }

  renderer = gtk_native_get_renderer (native);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (origin_x, origin_y, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write “%s”."), display);
      return FALSE;
    }

  return TRUE;
}
