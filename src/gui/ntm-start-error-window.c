/* ntm-start-error-window.c: shown instead of the main window when the
 * database cannot be opened
 *
 * Why the database could not be opened, and what to do: check the file,
 * restore it from a backup, or open another one. The window is
 * ntm-start-error-window.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-start-error-window.h"

struct _NtmStartErrorWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwStatusPage        *status;
};

G_DEFINE_FINAL_TYPE (NtmStartErrorWindow, ntm_start_error_window, ADW_TYPE_APPLICATION_WINDOW)

static void
ntm_start_error_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NTM_TYPE_START_ERROR_WINDOW);
  G_OBJECT_CLASS (ntm_start_error_window_parent_class)->dispose (object);
}

static void
ntm_start_error_window_class_init (NtmStartErrorWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_start_error_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-start-error-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmStartErrorWindow, status);
}

static void
ntm_start_error_window_init (NtmStartErrorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_start_error_window_new:
 * @application: the application
 * @error: why the database could not be opened
 *
 * Returns: (transfer floating): the window, to be presented
 */
NtmStartErrorWindow *
ntm_start_error_window_new (GtkApplication *application,
                            const GError   *error)
{
  NtmStartErrorWindow *self;
  g_autofree char *description = NULL;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  self = g_object_new (NTM_TYPE_START_ERROR_WINDOW, "application", application, NULL);
  /* the description is markup: the message is escaped */
  /* Translators: %s says why the database could not be opened */
  description = g_markup_printf_escaped (_("%s\n\nCheck that the file is there and that you may read and change it, or "
                                   "restore it from a backup. To open another database, start Ntm with "
                                   "“ntm --database FILE”."),
                                 error->message);
  adw_status_page_set_description (self->status, description);
  return self;
}
