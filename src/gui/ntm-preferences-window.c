/* ntm-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-preferences-window.h"
#include "ntm-window.h"

struct _NtmPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkSwitch            *online_tiles_switch;
  AdwActionRow         *database_row;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (NtmPreferencesWindow, ntm_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
ntm_preferences_window_dispose (GObject *object)
{
  NtmPreferencesWindow *self = NTM_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ntm_preferences_window_parent_class)->dispose (object);
}

static void
ntm_preferences_window_class_init (NtmPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmPreferencesWindow, online_tiles_switch);
  gtk_widget_class_bind_template_child (widget_class, NtmPreferencesWindow, database_row);
}

static void
ntm_preferences_window_init (NtmPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* the path, selectable to copy it, where libadwaita can (1.3 and later:
   * the .ui keeps to what 1.2 knows) */
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (self->database_row), "subtitle-selectable") != NULL)
    g_object_set (self->database_row, "subtitle-selectable", TRUE, NULL);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "online-tiles", self->online_tiles_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * ntm_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer full): a new preferences window
 */
NtmPreferencesWindow *
ntm_preferences_window_new (GtkWindow *parent)
{
  NtmPreferencesWindow *self = g_object_new (NTM_TYPE_PREFERENCES_WINDOW,
                                             "transient-for", parent,
                                             NULL);

  if (NTM_IS_WINDOW (parent))
    adw_action_row_set_subtitle (self->database_row,
                                 ntm_database_get_path (ntm_window_get_database (NTM_WINDOW (parent))));
  return self;
}
