/* ntm-map-view.c: the map widget
 *
 * A ShumateMap with one NtmMapLayer over an optional OpenStreetMap layer,
 * zoom buttons, a scale bar and the legend. Offline (the default) the map
 * is a plain background with the units on it, and no network is touched;
 * online, the OSM tiles appear underneath with their attribution, cached
 * on disk by libshumate. Layers get no pointer events, so clicks and hover
 * are caught on the map and hit-tested by the renderer. The keyboard works
 * too: arrow keys move a focus from unit to unit, Enter opens it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ntm-geometry.h"
#include "ntm-map-legend.h"
#include "ntm-map-view.h"
#include "ntm-outline.h"

#define OSM_URL "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

struct _NtmMapView
{
  GtkWidget          parent_instance;

  GtkWidget         *overlay;
  ShumateMap        *map;
  ShumateViewport   *viewport;
  ShumateMapSource  *osm;
  ShumateMapLayer   *tiles;
  ShumateLicense    *license;
  GtkLabel          *attribution;      /* of the shipped outlines */
  GtkLabel          *caption;          /* the year compared with, beside the window's */
  ShumateScale      *scale;
  NtmMapLayer       *layer;
  NtmMapLegend      *legend;
  NtmMapRenderer    *renderer;
  char              *fit_pending;      /* "" for the whole province */
  guint              fit_tick_id;
  gboolean           online;
  gboolean           presentation;
  double             label_scale;      /* the user's, Ctrl +/− */
  int                last_width, last_height;
  guint              scales_idle_id;
};

/* In presentation mode labels are a little larger than the legend's text,
 * as in exports: 18 px on a 1920×1080 screen at the user's size 1. */
#define PRESENTATION_LABEL_SCALE 1.1

G_DEFINE_FINAL_TYPE (NtmMapView, ntm_map_view, GTK_TYPE_WIDGET)

enum {
  UNIT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static const char *
unit_at (NtmMapView *self,
         double      x,
         double      y)
{
  NtmMapTransform t;
  graphene_point_t p;

  if (!gtk_widget_compute_point (GTK_WIDGET (self->map), GTK_WIDGET (self->layer),
                                 &GRAPHENE_POINT_INIT (x, y), &p))
    return NULL;
  ntm_map_layer_get_transform (self->layer, &t);
  return ntm_map_renderer_hit_test (self->renderer, &t, p.x, p.y);
}

static void
go_to_mercator (NtmMapView *self,
                double      mx,
                double      my,
                double      zoom,
                gboolean    animate)
{
  double lat, lon;

  ntm_geometry_from_mercator (mx, my, &lon, &lat);
  if (animate && gtk_widget_get_mapped (GTK_WIDGET (self)))
    shumate_map_go_to_full (self->map, lat, lon, zoom);
  else
    {
      shumate_viewport_set_zoom_level (self->viewport, zoom);
      shumate_location_set_location (SHUMATE_LOCATION (self->viewport), lat, lon);
    }
}

static gboolean
apply_fit (NtmMapView *self)
{
  double x1, y1, x2, y2, w, h, zoom;
  const char *district;

  w = gtk_widget_get_width (GTK_WIDGET (self));
  h = gtk_widget_get_height (GTK_WIDGET (self));
  if (w <= 1 || h <= 1 || self->fit_pending == NULL)
    return FALSE;

  district = *self->fit_pending ? self->fit_pending : NULL;
  if (!ntm_map_renderer_get_bounds (self->renderer, district, &x1, &y1, &x2, &y2))
    {
      ntm_geometry_to_mercator (105.1, 18.8, &x1, &y1);
      ntm_geometry_to_mercator (106.5, 17.9, &x2, &y2);
    }
  zoom = log2 (MIN ((w - 80) / MAX (x2 - x1, 1e-9), (h - 80) / MAX (y2 - y1, 1e-9)) / 256.0);
  zoom = CLAMP (zoom, 6.0, 15.0);
  go_to_mercator (self, (x1 + x2) / 2, (y1 + y2) / 2, zoom, FALSE);
  g_clear_pointer (&self->fit_pending, g_free);
  return TRUE;
}

/* Labels and symbols at the user's size; in presentation mode also
 * scaled, with the legend, to the size of the screen. */
static void
apply_scales (NtmMapView *self)
{
  /* the screen's size: two maps side by side are each half as wide, and
   * read from as far */
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *screen = root != NULL ? GTK_WIDGET (root) : GTK_WIDGET (self);
  int w = gtk_widget_get_width (screen), h = gtk_widget_get_height (screen);
  double output = self->presentation && w > 0 && h > 0 ? ntm_map_output_scale (w, h) : 1.0;
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  double labels = self->label_scale * (self->presentation ? output * PRESENTATION_LABEL_SCALE : 1.0);

  if (fabs (ntm_map_renderer_get_label_scale (self->renderer) - labels) > 1e-9)
    {
      ntm_map_renderer_set_label_scale (self->renderer, labels);
      ntm_map_layer_invalidate (self->layer);
    }
  ntm_map_legend_set_scale (self->legend, output);
  pango_attr_list_insert (attributes, pango_attr_scale_new (1.5 * output));
  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (self->caption, attributes);
}

static gboolean
on_scales_idle_cb (gpointer user_data)
{
  NtmMapView *self = user_data;

  self->scales_idle_id = 0;
  apply_scales (self);
  return G_SOURCE_REMOVE;
}

/* The legend, seen from the layer: no label may go under it. */
static void
update_label_obstacles (NtmMapView *self)
{
  graphene_rect_t bounds;

  if (gtk_widget_get_visible (GTK_WIDGET (self->legend)) &&
      gtk_widget_compute_bounds (GTK_WIDGET (self->legend), GTK_WIDGET (self->layer), &bounds) &&
      bounds.size.width > 0)
    {
      cairo_rectangle_t rect = { bounds.origin.x - 4, bounds.origin.y - 4,
                                 bounds.size.width + 8, bounds.size.height + 8 };
      ntm_map_layer_set_label_obstacles (self->layer, &rect, 1);
    }
  else
    ntm_map_layer_set_label_obstacles (self->layer, NULL, 0);
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

/* Runs before the layout of a frame, so that moving the viewport is laid
 * out and drawn in that same frame. */
static gboolean
on_fit_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  NtmMapView *self = NTM_MAP_VIEW (widget);

  if (self->fit_pending != NULL && !apply_fit (self))
    return G_SOURCE_CONTINUE;
  self->fit_tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule_fit (NtmMapView *self)
{
  if (self->fit_tick_id == 0)
    self->fit_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_fit_tick_cb, NULL, NULL);
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      NtmMapView      *self)
{
  const char *code;

  if (n_press != 1)
    return;
  code = unit_at (self, x, y);
  if (code == NULL)
    return;
  ntm_map_view_select_unit (self, code, FALSE);
  g_signal_emit (self, signals[UNIT_ACTIVATED], 0, code);
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              NtmMapView               *self)
{
  const char *code = unit_at (self, x, y);

  if (g_strcmp0 (code, ntm_map_renderer_get_hovered (self->renderer)) == 0)
    return;
  ntm_map_renderer_set_hovered (self->renderer, code);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->map), code ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->layer));
}

static void
on_motion_leave_cb (GtkEventControllerMotion *controller,
                    NtmMapView               *self)
{
  ntm_map_renderer_set_hovered (self->renderer, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->layer));
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   NtmMapView            *self)
{
  const char *selected = ntm_map_renderer_get_selected (self->renderer);
  const char *next = NULL;
  double dx = 0, dy = 0;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left: dx = -1; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: dx = 1; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: dy = -1; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: dy = 1; break;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_space:
      if (selected == NULL)
        return GDK_EVENT_PROPAGATE;
      g_signal_emit (self, signals[UNIT_ACTIVATED], 0, selected);
      return GDK_EVENT_STOP;
    case GDK_KEY_plus: case GDK_KEY_KP_Add: case GDK_KEY_equal:
      shumate_map_zoom_in (self->map);
      return GDK_EVENT_STOP;
    case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
      shumate_map_zoom_out (self->map);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  next = ntm_map_renderer_next_unit (self->renderer, selected, dx, dy);
  if (next != NULL)
    ntm_map_view_select_unit (self, next, TRUE);
  return GDK_EVENT_STOP;
}

static void
on_zoom_in_clicked_cb (NtmMapView *self)
{
  shumate_map_zoom_in (self->map);
}

static void
on_zoom_out_clicked_cb (NtmMapView *self)
{
  shumate_map_zoom_out (self->map);
}

static void
on_fit_clicked_cb (NtmMapView *self)
{
  ntm_map_view_fit (self, NULL);
}

/* ---------------------------------------------------------------------- */
/* GtkWidget                                                              */
/* ---------------------------------------------------------------------- */

static void
ntm_map_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  NtmMapView *self = NTM_MAP_VIEW (widget);

  gtk_widget_measure (self->overlay, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
ntm_map_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  NtmMapView *self = NTM_MAP_VIEW (widget);

  gtk_widget_allocate (self->overlay, width, height, baseline, NULL);
  update_label_obstacles (self);
  /* the presentation's scales follow the screen's size; the legend's
   * size cannot change while it is being laid out */
  if ((width != self->last_width || height != self->last_height) && self->presentation &&
      self->scales_idle_id == 0)
    self->scales_idle_id = g_idle_add (on_scales_idle_cb, self);
  self->last_width = width;
  self->last_height = height;
}

static void
ntm_map_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  NtmMapView *self = NTM_MAP_VIEW (widget);

  gtk_widget_snapshot_child (widget, self->overlay, snapshot);
}

static void
ntm_map_view_dispose (GObject *object)
{
  NtmMapView *self = NTM_MAP_VIEW (object);

  if (self->fit_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fit_tick_id);
  self->fit_tick_id = 0;
  g_clear_handle_id (&self->scales_idle_id, g_source_remove);
  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_object (&self->renderer);
  g_clear_object (&self->osm);
  g_clear_pointer (&self->fit_pending, g_free);

  G_OBJECT_CLASS (ntm_map_view_parent_class)->dispose (object);
}

static void
ntm_map_view_class_init (NtmMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_map_view_dispose;
  widget_class->snapshot = ntm_map_view_snapshot;
  widget_class->measure = ntm_map_view_measure;
  widget_class->size_allocate = ntm_map_view_size_allocate;

  /**
   * NtmMapView::unit-activated:
   * @self: the map
   * @code: the unit clicked, or chosen with Enter
   */
  signals[UNIT_ACTIVATED] =
    g_signal_new ("unit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "ntm-map-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static GtkWidget *
osd_button (const char *icon,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static void
ntm_map_view_init (NtmMapView *self)
{
  GtkEventController *motion, *key;
  GtkGesture *click;
  GtkWidget *buttons, *button, *sources;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->label_scale = 1.0;
  self->renderer = ntm_map_renderer_new ();
  self->overlay = gtk_overlay_new ();
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));

  self->map = shumate_map_new ();
  self->viewport = shumate_map_get_viewport (self->map);
  self->osm = SHUMATE_MAP_SOURCE (shumate_raster_renderer_new_full_from_url (
                                    "osm-mapnik", "OpenStreetMap",
                                    "Map data © OpenStreetMap contributors",
                                    "https://www.openstreetmap.org/copyright",
                                    0, 19, 256, SHUMATE_MAP_PROJECTION_MERCATOR, OSM_URL));
  shumate_viewport_set_reference_map_source (self->viewport, self->osm);
  shumate_viewport_set_min_zoom_level (self->viewport, 5);
  shumate_viewport_set_max_zoom_level (self->viewport, 17);
  shumate_viewport_set_zoom_level (self->viewport, 9);
  shumate_location_set_location (SHUMATE_LOCATION (self->viewport), 18.3, 105.8);

  self->layer = ntm_map_layer_new (self->viewport, self->renderer);
  shumate_map_add_layer (self->map, SHUMATE_LAYER (self->layer));
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->map));

  /* zoom buttons, top left */
  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_add_css_class (buttons, "osd");
  gtk_widget_set_halign (buttons, GTK_ALIGN_START);
  gtk_widget_set_valign (buttons, GTK_ALIGN_START);
  gtk_widget_set_margin_start (buttons, 12);
  gtk_widget_set_margin_top (buttons, 12);
  button = osd_button ("zoom-in-symbolic", _("Zoom in"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_zoom_in_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), button);
  button = osd_button ("zoom-out-symbolic", _("Zoom out"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_zoom_out_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), button);
  button = osd_button ("zoom-fit-best-symbolic", _("Show the whole province"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_fit_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), buttons);

  /* scale, bottom left */
  self->scale = shumate_scale_new (self->viewport);
  shumate_scale_set_unit (self->scale, SHUMATE_UNIT_METRIC);
  gtk_widget_set_halign (GTK_WIDGET (self->scale), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self->scale), GTK_ALIGN_END);
  gtk_widget_set_margin_start (GTK_WIDGET (self->scale), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->scale), 12);
  gtk_widget_set_can_target (GTK_WIDGET (self->scale), FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->scale));

  /* the caption, top centre: the year, when two maps are compared */
  self->caption = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_halign (GTK_WIDGET (self->caption), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self->caption), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (self->caption), 12);
  gtk_widget_set_can_target (GTK_WIDGET (self->caption), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->caption), "ntm-map-caption");
  gtk_widget_set_visible (GTK_WIDGET (self->caption), FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->caption));

  /* legend, top right */
  self->legend = ntm_map_legend_new (self->renderer);
  gtk_widget_set_halign (GTK_WIDGET (self->legend), GTK_ALIGN_END);
  gtk_widget_set_valign (GTK_WIDGET (self->legend), GTK_ALIGN_START);
  gtk_widget_set_margin_end (GTK_WIDGET (self->legend), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->legend), 12);
  gtk_widget_set_can_target (GTK_WIDGET (self->legend), FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->legend));

  /* attributions, bottom right: the shipped outlines', and the tiles'
   * when they are shown */
  sources = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_halign (sources, GTK_ALIGN_END);
  gtk_widget_set_valign (sources, GTK_ALIGN_END);
  gtk_widget_set_can_target (sources, FALSE);
  self->attribution = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->attribution, TRUE);
  gtk_label_set_max_width_chars (self->attribution, 90);
  gtk_label_set_xalign (self->attribution, 1.0);
  gtk_widget_set_halign (GTK_WIDGET (self->attribution), GTK_ALIGN_END);
  gtk_widget_set_margin_end (GTK_WIDGET (self->attribution), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->attribution), 2);
  gtk_widget_add_css_class (GTK_WIDGET (self->attribution), "ntm-map-attribution");
  gtk_widget_set_visible (GTK_WIDGET (self->attribution), FALSE);
  gtk_box_append (GTK_BOX (sources), GTK_WIDGET (self->attribution));
  self->license = shumate_license_new ();
  shumate_license_append_map_source (self->license, self->osm);
  gtk_widget_set_halign (GTK_WIDGET (self->license), GTK_ALIGN_END);
  gtk_widget_set_visible (GTK_WIDGET (self->license), FALSE);
  gtk_box_append (GTK_BOX (sources), GTK_WIDGET (self->license));
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), sources);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map), GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_motion_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map), motion);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  self->fit_pending = g_strdup ("");
  schedule_fit (self);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

NtmMapView *
ntm_map_view_new (void)
{
  return g_object_new (NTM_TYPE_MAP_VIEW, NULL);
}

/**
 * ntm_map_view_load:
 * @self: a #NtmMapView
 * @db: the database
 * @error: return location for a #GError
 *
 * Reads the units and boundaries again (after an import, say).
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_map_view_load (NtmMapView   *self,
                   NtmDatabase  *db,
                   GError      **error)
{
  g_autofree char *attribution = NULL;

  g_return_val_if_fail (NTM_IS_MAP_VIEW (self), FALSE);

  if (!ntm_map_renderer_load (self->renderer, db, error))
    return FALSE;
  attribution = ntm_database_dup_outline_attribution (db);
  gtk_label_set_label (self->attribution, attribution);
  gtk_widget_set_visible (GTK_WIDGET (self->attribution), attribution != NULL);
  ntm_map_layer_invalidate (self->layer);
  ntm_map_legend_update (self->legend);
  return TRUE;
}

/**
 * ntm_map_view_set_year:
 * @self: a #NtmMapView
 * @year: the year shown
 *
 * Draws the units in force at the end of @year (see
 * ntm_map_renderer_set_year()). Give the map the year's classification next.
 */
void
ntm_map_view_set_year (NtmMapView *self,
                       int         year)
{
  g_return_if_fail (NTM_IS_MAP_VIEW (self));

  if (ntm_map_renderer_get_year (self->renderer) == year)
    return;
  ntm_map_renderer_set_year (self->renderer, year);
  ntm_map_layer_invalidate (self->layer);
}

/**
 * ntm_map_view_get_attribution:
 * @self: a #NtmMapView
 *
 * Returns: (nullable): the attribution of the shipped outlines shown
 */
const char *
ntm_map_view_get_attribution (NtmMapView *self)
{
  g_return_val_if_fail (NTM_IS_MAP_VIEW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->attribution)) ? gtk_label_get_label (self->attribution) : NULL;
}

/**
 * ntm_map_view_get_renderer:
 * @self: a #NtmMapView
 *
 * Returns: (transfer none): the renderer
 */
NtmMapRenderer *
ntm_map_view_get_renderer (NtmMapView *self)
{
  g_return_val_if_fail (NTM_IS_MAP_VIEW (self), NULL);
  return self->renderer;
}

/**
 * ntm_map_view_get_map:
 * @self: a #NtmMapView
 *
 * Returns: (transfer none): the #ShumateMap
 */
ShumateMap *
ntm_map_view_get_map (NtmMapView *self)
{
  g_return_val_if_fail (NTM_IS_MAP_VIEW (self), NULL);
  return self->map;
}

/**
 * ntm_map_view_get_layer:
 * @self: a #NtmMapView
 *
 * Returns: (transfer none): the units' layer
 */
NtmMapLayer *
ntm_map_view_get_layer (NtmMapView *self)
{
  g_return_val_if_fail (NTM_IS_MAP_VIEW (self), NULL);
  return self->layer;
}

void
ntm_map_view_set_classification (NtmMapView        *self,
                                 NtmClassification *classification)
{
  g_return_if_fail (NTM_IS_MAP_VIEW (self));

  ntm_map_renderer_set_classification (self->renderer, classification);
  /* the layer sees the renderer's new generation and fills its tiles
   * again, keeping their outlines */
  gtk_widget_queue_draw (GTK_WIDGET (self->layer));
  ntm_map_legend_update (self->legend);
}

/**
 * ntm_map_view_set_layer:
 * @self: a #NtmMapView
 * @layer: the communes or the districts
 *
 * Shows the other layer; the selection is dropped when it is not on it.
 * Give the layer its classification next.
 */
void
ntm_map_view_set_layer (NtmMapView   *self,
                        NtmUnitLayer  layer)
{
  g_return_if_fail (NTM_IS_MAP_VIEW (self));

  if (ntm_map_renderer_get_layer (self->renderer) == layer)
    return;
  ntm_map_renderer_set_layer (self->renderer, layer);
  ntm_map_renderer_set_selected (self->renderer, NULL);
  ntm_map_renderer_set_hovered (self->renderer, NULL);
  ntm_map_layer_invalidate (self->layer);
  ntm_map_legend_update (self->legend);
}

NtmUnitLayer
ntm_map_view_get_layer_shown (NtmMapView *self)
{
  g_return_val_if_fail (NTM_IS_MAP_VIEW (self), NTM_UNIT_LAYER_COMMUNES);
  return ntm_map_renderer_get_layer (self->renderer);
}

/**
 * ntm_map_view_set_district_filter:
 * @self: a #NtmMapView
 * @district: (nullable): a district code: the rest is dimmed
 */
void
ntm_map_view_set_district_filter (NtmMapView *self,
                                  const char *district)
{
  g_return_if_fail (NTM_IS_MAP_VIEW (self));

  ntm_map_renderer_set_district_filter (self->renderer, district);
  ntm_map_layer_invalidate (self->layer);
}

/**
 * ntm_map_view_select_unit:
 * @self: a #NtmMapView
 * @code: (nullable): a unit code
 * @fly: whether to move the map to it
 */
void
ntm_map_view_select_unit (NtmMapView *self,
                          const char *code,
                          gboolean    fly)
{
  double x, y;

  g_return_if_fail (NTM_IS_MAP_VIEW (self));

  ntm_map_renderer_set_selected (self->renderer, code);
  gtk_widget_queue_draw (GTK_WIDGET (self->layer));

  if (fly && code != NULL && ntm_map_renderer_get_unit_point (self->renderer, code, &x, &y))
    {
      double zoom = MAX (shumate_viewport_get_zoom_level (self->viewport), 11.0);
      go_to_mercator (self, x, y, zoom, TRUE);
    }
}

const char *
ntm_map_view_get_selected_unit (NtmMapView *self)
{
  g_return_val_if_fail (NTM_IS_MAP_VIEW (self), NULL);
  return ntm_map_renderer_get_selected (self->renderer);
}

/**
 * ntm_map_view_fit:
 * @self: a #NtmMapView
 * @district: (nullable): a district to frame, or %NULL for all units
 */
void
ntm_map_view_fit (NtmMapView *self,
                  const char *district)
{
  g_return_if_fail (NTM_IS_MAP_VIEW (self));

  g_free (self->fit_pending);
  self->fit_pending = g_strdup (district ? district : "");
  schedule_fit (self);
}

/**
 * ntm_map_view_set_presentation:
 * @self: a #NtmMapView
 * @presentation: whether the map is shown in a meeting room
 * @label_scale: the user's label size (1 as it comes; see
 *   ntm_map_view_set_label_scale())
 *
 * In presentation mode the labels, symbols and the legend follow the size
 * of the screen, as exports follow the size of the page: on a 1920×1080
 * screen the labels' text is 18 px at the user's size 1.
 */
void
ntm_map_view_set_presentation (NtmMapView *self,
                               gboolean    presentation,
                               double      label_scale)
{
  g_return_if_fail (NTM_IS_MAP_VIEW (self));

  self->presentation = presentation;
  self->label_scale = CLAMP (label_scale, 0.5, 4.0);
  apply_scales (self);
  ntm_map_layer_invalidate (self->layer);
}

gboolean
ntm_map_view_get_presentation (NtmMapView *self)
{
  g_return_val_if_fail (NTM_IS_MAP_VIEW (self), FALSE);
  return self->presentation;
}

/**
 * ntm_map_view_set_caption:
 * @self: a #NtmMapView
 * @caption: (nullable): a short text over the map, such as its year
 */
void
ntm_map_view_set_caption (NtmMapView *self,
                          const char *caption)
{
  g_return_if_fail (NTM_IS_MAP_VIEW (self));

  gtk_label_set_label (self->caption, caption);
  gtk_widget_set_visible (GTK_WIDGET (self->caption), caption != NULL && *caption != '\0');
}

const char *
ntm_map_view_get_caption (NtmMapView *self)
{
  g_return_val_if_fail (NTM_IS_MAP_VIEW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->caption)) ? gtk_label_get_label (self->caption) : NULL;
}

/**
 * ntm_map_view_set_label_scale:
 * @self: a #NtmMapView
 * @scale: how much larger than as it comes the labels are (Ctrl +/−)
 */
void
ntm_map_view_set_label_scale (NtmMapView *self,
                              double      scale)
{
  g_return_if_fail (NTM_IS_MAP_VIEW (self));

  self->label_scale = CLAMP (scale, 0.5, 4.0);
  apply_scales (self);
}

double
ntm_map_view_get_label_scale (NtmMapView *self)
{
  g_return_val_if_fail (NTM_IS_MAP_VIEW (self), 1.0);
  return self->label_scale;
}

/**
 * ntm_map_view_set_online:
 * @self: a #NtmMapView
 * @online: whether to show OpenStreetMap tiles under the units
 */
void
ntm_map_view_set_online (NtmMapView *self,
                         gboolean    online)
{
  g_return_if_fail (NTM_IS_MAP_VIEW (self));

  if (self->online == online)
    return;
  self->online = online;

  if (online)
    {
      self->tiles = shumate_map_layer_new (self->osm, self->viewport);
      shumate_map_insert_layer_behind (self->map, SHUMATE_LAYER (self->tiles), SHUMATE_LAYER (self->layer));
    }
  else if (self->tiles != NULL)
    {
      shumate_map_remove_layer (self->map, SHUMATE_LAYER (self->tiles));
      self->tiles = NULL;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->license), online);
  ntm_map_renderer_set_fill_opacity (self->renderer, online ? 0.75 : 1.0);
  ntm_map_layer_set_background (self->layer, !online);
}

gboolean
ntm_map_view_get_online (NtmMapView *self)
{
  g_return_val_if_fail (NTM_IS_MAP_VIEW (self), FALSE);
  return self->online;
}

/**
 * ntm_map_view_activate_at:
 * @self: a #NtmMapView
 * @x: a point in @self's coordinates
 * @y: …
 *
 * Does what a click at (@x, @y) does: selects the unit there and emits
 * #NtmMapView::unit-activated.
 */
void
ntm_map_view_activate_at (NtmMapView *self,
                          double      x,
                          double      y)
{
  g_return_if_fail (NTM_IS_MAP_VIEW (self));
  on_click_released_cb (NULL, 1, x, y, self);
}
