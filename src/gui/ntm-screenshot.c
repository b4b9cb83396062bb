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

/* Each wait ends as soon as its event comes; the deadline is only for a
 * window that never shows, so it is generous: on a loaded machine (or
 * under a memory checker) the first frame of a window can take many
 * seconds. */
#define FRAME_DEADLINE_SECONDS 90

typedef struct {
  GtkWidget     *widget;      /* to draw right after the frame, or NULL */
  double         width;
  double         height;
  GskRenderNode *node;        /* what it drew */
  gboolean       painted;
} Frame;

/* What @widget drew in its last frame, at @width × @height; NULL if it
 * has nothing to show, or if its drawing was dropped since that frame
 * (anything asking for a redraw drops it until the next frame). */
static GskRenderNode *
snapshot_last_frame (GtkWidget *widget,
                     double     width,
                     double     height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  return gtk_snapshot_free_to_node (snapshot);
}

static void
on_frame_clock_after_paint_cb (GdkFrameClock *clock,
                               Frame         *frame)
{
  /* right after the paint the drawing is there, whatever comes next */
  if (frame->widget != NULL && frame->node == NULL)
    frame->node = snapshot_last_frame (frame->widget, frame->width, frame->height);
  frame->painted = TRUE;
}

/* Asks for a frame of @widget and runs the main loop until it has been
 * painted or @deadline passed; @frame->painted says which. */
static void
run_until_painted (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   Frame         *frame,
                   gint64         deadline)
{
  gulong id;

  frame->painted = FALSE;
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_frame_clock_after_paint_cb), frame);
  gtk_widget_queue_draw (widget);
  while (!frame->painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
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
  Frame frame = { NULL };
  gint64 deadline = g_get_monotonic_time () + FRAME_DEADLINE_SECONDS * G_USEC_PER_SEC;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    return;

  for (guint frames = 0; frames < 2; frames++)
    run_until_painted (widget, clock, &frame, deadline);

  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/**
 * ntm_widget_snapshot_drawn:
 * @widget: a drawn widget
 * @width: the width to draw it at
 * @height: the height to draw it at
 *
 * What @widget shows, as drawn in its last frame; or, when something
 * asked for a redraw since (a map tile drawn between frames, a label
 * updated), as drawn afresh in the next frame, taken right after it.
 *
 * Returns: (transfer full) (nullable): the drawing, or %NULL when the
 *   widget shows nothing
 */
GskRenderNode *
ntm_widget_snapshot_drawn (GtkWidget *widget,
                           double     width,
                           double     height)
{
  GskRenderNode *node;
  GdkFrameClock *clock;
  Frame frame = { widget, width, height, NULL, FALSE };

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  node = snapshot_last_frame (widget, width, height);
  if (node != NULL)
    return node;
  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    return NULL;
  /* (a few frames, in case something asks again during one) */
  for (guint frames = 0; frames < 3 && frame.node == NULL; frames++)
    run_until_painted (widget, clock, &frame, g_get_monotonic_time () + FRAME_DEADLINE_SECONDS * G_USEC_PER_SEC);
  return frame.node;
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
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
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
  node = ntm_widget_snapshot_drawn (widget, paint_w, paint_h);
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
