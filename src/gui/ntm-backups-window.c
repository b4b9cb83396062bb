/* ntm-backups-window.c: the database's backups, made and restored
 *
 * Main menu → Backups…: the backups Ntm keeps beside the database (see
 * ntm-backup.c), newest first, each with when it was made, why and how
 * large it is. "Back Up Now" adds one; "Restore…" asks first, saying that
 * the data as it is now is backed up before it is replaced, so a restore
 * can itself be undone from the same list. The open window shows the
 * restored data at once: the database tells every view (NTM_AREA_ALL).
 *
 * When the database cannot be opened at all, the window that says so
 * opens this one on the file alone (ntm_backups_window_new_for_file()):
 * the damaged file is kept among the backups, a backup is put in its
 * place, and "restored" tells the application to open it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-backup.h"
#include "ntm-backups-window.h"

struct _NtmBackupsWindow
{
  AdwWindow         parent_instance;

  /* template widgets */
  AdwToastOverlay  *toast_overlay;
  GtkLabel         *folder_label;
  GtkListBox       *list;
  GtkButton        *back_up_button;

  NtmDatabase      *database;       /* NULL when opened on the file alone */
  char             *database_path;
  GListModel       *backups;
  AdwMessageDialog *confirmation;   /* weak */
};

G_DEFINE_FINAL_TYPE (NtmBackupsWindow, ntm_backups_window, ADW_TYPE_WINDOW)

enum {
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static char *
format_date (GDateTime *date)
{
  /* Translators: how a backup's date and time are shown (strftime) */
  return g_date_time_format (date, _("%d/%m/%Y %H:%M"));
}

static NtmBackup *
find_backup (NtmBackupsWindow *self,
             const char       *path)
{
  for (guint i = 0; self->backups && i < g_list_model_get_n_items (self->backups); i++)
    {
      g_autoptr(NtmBackup) backup = g_list_model_get_item (self->backups, i);

      if (g_strcmp0 (ntm_backup_get_path (backup), path) == 0)
        return g_steal_pointer (&backup);
    }
  return NULL;
}

static void
add_toast (NtmBackupsWindow *self,
           const char       *text)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static GtkWidget *
make_row (NtmBackupsWindow *self,
          NtmBackup        *backup)
{
  g_autofree char *date = format_date (ntm_backup_get_date (backup));
  g_autofree char *size = g_format_size (ntm_backup_get_size (backup));
  g_autofree char *subtitle = NULL;
  GtkWidget *row, *button;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  /* Translators: why a backup was made, and its size */
  subtitle = g_strdup_printf (_("%s · %s"), ntm_backup_reason_get_label (ntm_backup_get_reason (backup)), size);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, ntm_backup_get_path (backup));

  button = gtk_button_new_with_mnemonic (_("_Restore…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "backups.restore");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (ntm_backup_get_path (backup)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

/* Where the backups are kept, and @more (nullable) said after it. */
static void
show_folder (NtmBackupsWindow *self,
             const char       *more)
{
  g_autofree char *folder = ntm_backup_get_folder (self->database_path);
  g_autofree char *folder_display = g_filename_display_name (folder);
  g_autofree char *text = NULL;

  /* Translators: %s is a folder, %d the number of latest backups kept (10) */
  text = g_strdup_printf (_("Backups are kept in “%s”: the latest %d, and one a month for a year."),
                          folder_display, NTM_BACKUP_KEEP_LATEST);
  if (more != NULL)
    {
      g_autofree char *both = g_strconcat (text, " ", more, NULL);
      gtk_label_set_text (self->folder_label, both);
    }
  else
    gtk_label_set_text (self->folder_label, text);
}

static void
reload (NtmBackupsWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));

  g_clear_object (&self->backups);
  self->backups = ntm_backup_list (self->database_path, &error);
  if (self->backups == NULL)
    {
      add_toast (self, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->backups); i++)
    {
      g_autoptr(NtmBackup) backup = g_list_model_get_item (self->backups, i);
      gtk_list_box_append (self->list, make_row (self, backup));
    }
}

static void
restore (NtmBackupsWindow *self,
         const char       *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBackup) backup = find_backup (self, path);
  g_autoptr(NtmBackup) saved = NULL;
  g_autofree char *date = backup ? format_date (ntm_backup_get_date (backup)) : g_path_get_basename (path);
  g_autofree char *text = NULL;

  if (self->database != NULL
      ? !ntm_backup_restore (self->database, path, &saved, &error)
      : !ntm_backup_restore_file (self->database_path, path, &saved, &error))
    {
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("The Backup Was Not Restored"),
                                                           error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      reload (self);
      return;
    }

  /* Translators: %s is the date of the backup restored */
  text = g_strdup_printf (_("Restored the backup of %s. The data before it was backed up first."), date);
  add_toast (self, text);
  reload (self);
  g_signal_emit (self, signals[RESTORED], 0);
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_back_up_now_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  NtmBackupsWindow *self = NTM_BACKUPS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBackup) backup = ntm_backup_make (self->database, NTM_BACKUP_REASON_MANUAL, &error);

  if (backup == NULL)
    {
      add_toast (self, error->message);
      return;
    }
  add_toast (self, _("Backed up the data as it is now."));
  reload (self);
}

static void
on_confirmation_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             gpointer          user_data)
{
  NtmBackupsWindow *self = NTM_BACKUPS_WINDOW (user_data);
  const char *path = g_object_get_data (G_OBJECT (dialog), "backup-path");

  if (g_strcmp0 (response, "restore") == 0)
    restore (self, path);
}

static void
on_restore_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NtmBackupsWindow *self = NTM_BACKUPS_WINDOW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autoptr(NtmBackup) backup = find_backup (self, path);
  g_autofree char *date = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (backup == NULL)
    return;

  date = format_date (ntm_backup_get_date (backup));
  heading = g_strdup_printf (_("Restore the Backup of %s?"), date);
  body = g_strdup_printf (_("The data in Ntm will be replaced by this backup (%s). "
                            "The data as it is now is backed up first, so you can come back to it from this list."),
                          ntm_backup_reason_get_label (ntm_backup_get_reason (backup)));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirmation_response_cb), self, 0);
  g_set_weak_pointer (&self->confirmation, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_backups_window_dispose (GObject *object)
{
  NtmBackupsWindow *self = NTM_BACKUPS_WINDOW (object);

  g_clear_weak_pointer (&self->confirmation);
  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_BACKUPS_WINDOW);
  g_clear_object (&self->backups);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ntm_backups_window_parent_class)->dispose (object);
}

static void
ntm_backups_window_finalize (GObject *object)
{
  NtmBackupsWindow *self = NTM_BACKUPS_WINDOW (object);

  g_free (self->database_path);

  G_OBJECT_CLASS (ntm_backups_window_parent_class)->finalize (object);
}

static void
ntm_backups_window_class_init (NtmBackupsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_backups_window_dispose;
  object_class->finalize = ntm_backups_window_finalize;

  /**
   * NtmBackupsWindow::restored:
   *
   * A backup was put in the database's place.
   */
  signals[RESTORED] = g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-backups-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmBackupsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NtmBackupsWindow, folder_label);
  gtk_widget_class_bind_template_child (widget_class, NtmBackupsWindow, list);
  gtk_widget_class_bind_template_child (widget_class, NtmBackupsWindow, back_up_button);

  gtk_widget_class_install_action (widget_class, "backups.back-up-now", NULL, on_back_up_now_action_cb);
  gtk_widget_class_install_action (widget_class, "backups.restore", "s", on_restore_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ntm_backups_window_init (NtmBackupsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_backups_window_new:
 * @parent: (nullable): the main window
 * @database: the open database
 *
 * Returns: (transfer none): the window, to be presented
 */
NtmBackupsWindow *
ntm_backups_window_new (GtkWindow   *parent,
                        NtmDatabase *database)
{
  NtmBackupsWindow *self;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  self = g_object_new (NTM_TYPE_BACKUPS_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->database_path = g_strdup (ntm_database_get_path (database));
  if (ntm_database_is_read_only (database))
    {
      show_folder (self, _("This database is open for viewing only, so no backup can be restored into it."));
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.restore", FALSE);
    }
  else
    show_folder (self, NULL);

  reload (self);
  return self;
}

/**
 * ntm_backups_window_new_for_file:
 * @parent: (nullable): the window saying why the database cannot be opened
 * @database_path: the database that cannot be opened
 *
 * The backups of a database that cannot be opened, to restore one in its
 * place; nothing can be backed up from it.
 *
 * Returns: (transfer none): the window, to be presented
 */
NtmBackupsWindow *
ntm_backups_window_new_for_file (GtkWindow  *parent,
                                 const char *database_path)
{
  NtmBackupsWindow *self;

  g_return_val_if_fail (database_path != NULL, NULL);

  self = g_object_new (NTM_TYPE_BACKUPS_WINDOW, "transient-for", parent, NULL);
  self->database_path = g_strdup (database_path);
  gtk_widget_set_visible (GTK_WIDGET (self->back_up_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now", FALSE);
  show_folder (self, _("The database as it is now is kept among the backups before one is put in its place."));

  reload (self);
  return self;
}

/**
 * ntm_backups_window_get_n_backups:
 * @self: a #NtmBackupsWindow
 *
 * Returns: how many backups the list shows
 */
guint
ntm_backups_window_get_n_backups (NtmBackupsWindow *self)
{
  g_return_val_if_fail (NTM_IS_BACKUPS_WINDOW (self), 0);
  return self->backups ? g_list_model_get_n_items (self->backups) : 0;
}

/**
 * ntm_backups_window_get_confirmation:
 * @self: a #NtmBackupsWindow
 *
 * Returns: (transfer none) (nullable): the restore question on screen
 */
AdwMessageDialog *
ntm_backups_window_get_confirmation (NtmBackupsWindow *self)
{
  g_return_val_if_fail (NTM_IS_BACKUPS_WINDOW (self), NULL);
  return self->confirmation;
}
