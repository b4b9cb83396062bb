/* ntm-start-error-window.c: shown instead of the main window when the
 * database cannot be opened
 *
 * Why the database could not be opened, and what to do: check the file,
 * restore it from a backup, or open another one. When backups of the
 * file are kept, "Restore a Backup…" lists them (NtmBackupsWindow on the
 * file alone); once one is restored, "restored" tells the application to
 * open the database again. The window is ntm-start-error-window.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-backup.h"
#include "ntm-backups-window.h"
#include "ntm-start-error-window.h"

struct _NtmStartErrorWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwStatusPage        *status;
  GtkButton            *restore_button;

  char                 *database_path;
  NtmBackupsWindow     *backups;        /* weak */
};

G_DEFINE_FINAL_TYPE (NtmStartErrorWindow, ntm_start_error_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Once the backups window has finished answering its question. */
static gboolean
finish_restore_cb (gpointer data)
{
  NtmStartErrorWindow *self = NTM_START_ERROR_WINDOW (data);

  if (self->backups != NULL)
    gtk_window_destroy (GTK_WINDOW (self->backups));
  g_signal_emit (self, signals[RESTORED], 0);
  return G_SOURCE_REMOVE;
}

static void
on_backup_restored_cb (NtmBackupsWindow    *backups,
                       NtmStartErrorWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, finish_restore_cb, g_object_ref (self), g_object_unref);
}

static void
on_restore_clicked_cb (GtkButton           *button,
                       NtmStartErrorWindow *self)
{
  NtmBackupsWindow *backups = ntm_backups_window_new_for_file (GTK_WINDOW (self), self->database_path);

  g_signal_connect_object (backups, "restored", G_CALLBACK (on_backup_restored_cb), self, 0);
  g_set_weak_pointer (&self->backups, backups);
  gtk_window_present (GTK_WINDOW (backups));
}

static void
ntm_start_error_window_dispose (GObject *object)
{
  NtmStartErrorWindow *self = NTM_START_ERROR_WINDOW (object);

  g_clear_weak_pointer (&self->backups);
  gtk_widget_dispose_template (GTK_WIDGET (object), NTM_TYPE_START_ERROR_WINDOW);
  G_OBJECT_CLASS (ntm_start_error_window_parent_class)->dispose (object);
}

static void
ntm_start_error_window_finalize (GObject *object)
{
  NtmStartErrorWindow *self = NTM_START_ERROR_WINDOW (object);

  g_free (self->database_path);
  G_OBJECT_CLASS (ntm_start_error_window_parent_class)->finalize (object);
}

static void
ntm_start_error_window_class_init (NtmStartErrorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_start_error_window_dispose;
  object_class->finalize = ntm_start_error_window_finalize;

  /**
   * NtmStartErrorWindow::restored:
   *
   * A backup was put in the database's place: it can be opened again.
   */
  signals[RESTORED] = g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-start-error-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmStartErrorWindow, status);
  gtk_widget_class_bind_template_child (widget_class, NtmStartErrorWindow, restore_button);
  gtk_widget_class_bind_template_callback (widget_class, on_restore_clicked_cb);
}

static void
ntm_start_error_window_init (NtmStartErrorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_start_error_window_new:
 * @application: the application
 * @database_path: the database that could not be opened
 * @error: why it could not be opened
 *
 * Returns: (transfer floating): the window, to be presented
 */
NtmStartErrorWindow *
ntm_start_error_window_new (GtkApplication *application,
                            const char     *database_path,
                            const GError   *error)
{
  NtmStartErrorWindow *self;
  g_autoptr(GListModel) backups = NULL;
  g_autofree char *description = NULL;
  gboolean has_backups;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  self = g_object_new (NTM_TYPE_START_ERROR_WINDOW, "application", application, NULL);
  self->database_path = g_strdup (database_path);

  /* a folder that cannot be listed just means no backups to offer */
  backups = ntm_backup_list (database_path, NULL);
  has_backups = backups != NULL && g_list_model_get_n_items (backups) > 0;
  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), has_backups);

  /* the description is markup: the message is escaped */
  if (has_backups)
    /* Translators: %s says why the database could not be opened */
    description = g_markup_printf_escaped (_("%s\n\nCheck that the file is there and that you may read and change it, or "
                                             "restore one of its backups. To open another database, start Ntm with "
                                             "“ntm --database FILE”."),
                                           error->message);
  else
    /* Translators: %s says why the database could not be opened */
    description = g_markup_printf_escaped (_("%s\n\nCheck that the file is there and that you may read and change it, or "
                                             "restore it from a backup. To open another database, start Ntm with "
                                             "“ntm --database FILE”."),
                                           error->message);
  adw_status_page_set_description (self->status, description);
  return self;
}

/**
 * ntm_start_error_window_get_restore_button:
 * @self: a #NtmStartErrorWindow
 *
 * Returns: (transfer none): the button that lists the backups to restore
 */
GtkButton *
ntm_start_error_window_get_restore_button (NtmStartErrorWindow *self)
{
  g_return_val_if_fail (NTM_IS_START_ERROR_WINDOW (self), NULL);
  return self->restore_button;
}
