/* ntm-preferences-window.c: the settings a person changes once
 *
 * The online base map, the database file, and what every report prints
 * at its head and foot (issuing body, number, place, recipients, signer),
 * each row bound to its GSettings key.
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
  AdwEntryRow          *parent_body_row;
  AdwEntryRow          *issuing_body_row;
  AdwEntryRow          *number_prefix_row;
  AdwEntryRow          *place_row;
  AdwEntryRow          *signer_authority_row;
  AdwEntryRow          *signer_title_row;
  AdwEntryRow          *signer_name_row;
  GtkTextView          *recipients_view;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (NtmPreferencesWindow, ntm_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
on_recipients_changed_cb (NtmPreferencesWindow *self,
                          GtkTextBuffer        *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_settings_set_string (self->settings, "report-recipients", text);
}

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
  gtk_widget_class_bind_template_child (widget_class, NtmPreferencesWindow, parent_body_row);
  gtk_widget_class_bind_template_child (widget_class, NtmPreferencesWindow, issuing_body_row);
  gtk_widget_class_bind_template_child (widget_class, NtmPreferencesWindow, number_prefix_row);
  gtk_widget_class_bind_template_child (widget_class, NtmPreferencesWindow, place_row);
  gtk_widget_class_bind_template_child (widget_class, NtmPreferencesWindow, signer_authority_row);
  gtk_widget_class_bind_template_child (widget_class, NtmPreferencesWindow, signer_title_row);
  gtk_widget_class_bind_template_child (widget_class, NtmPreferencesWindow, signer_name_row);
  gtk_widget_class_bind_template_child (widget_class, NtmPreferencesWindow, recipients_view);
}

static void
ntm_preferences_window_init (NtmPreferencesWindow *self)
{
  static const struct { const char *key; gsize offset; } rows[] = {
    { "report-parent-body", G_STRUCT_OFFSET (NtmPreferencesWindow, parent_body_row) },
    { "report-issuing-body", G_STRUCT_OFFSET (NtmPreferencesWindow, issuing_body_row) },
    { "report-number-prefix", G_STRUCT_OFFSET (NtmPreferencesWindow, number_prefix_row) },
    { "report-place", G_STRUCT_OFFSET (NtmPreferencesWindow, place_row) },
    { "report-signer-authority", G_STRUCT_OFFSET (NtmPreferencesWindow, signer_authority_row) },
    { "report-signer-title", G_STRUCT_OFFSET (NtmPreferencesWindow, signer_title_row) },
    { "report-signer-name", G_STRUCT_OFFSET (NtmPreferencesWindow, signer_name_row) },
  };
  GtkTextBuffer *buffer;
  g_autofree char *recipients = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* the path, selectable to copy it, where libadwaita can (1.3 and later:
   * the .ui keeps to what 1.2 knows) */
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (self->database_row), "subtitle-selectable") != NULL)
    g_object_set (self->database_row, "subtitle-selectable", TRUE, NULL);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "online-tiles", self->online_tiles_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_settings_bind (self->settings, rows[i].key, G_STRUCT_MEMBER (AdwEntryRow *, self, rows[i].offset), "text",
                     G_SETTINGS_BIND_DEFAULT);

#if ADW_CHECK_VERSION (1, 3, 0)
  /* the file's path can be copied (libadwaita 1.3 and later) */
  adw_action_row_set_subtitle_selectable (self->database_row, TRUE);
#endif

  buffer = gtk_text_view_get_buffer (self->recipients_view);
  recipients = g_settings_get_string (self->settings, "report-recipients");
  gtk_text_buffer_set_text (buffer, recipients, -1);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_recipients_changed_cb), self, G_CONNECT_SWAPPED);
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
