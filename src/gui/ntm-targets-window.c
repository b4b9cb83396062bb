/* ntm-targets-window.c: the year's targets, to add, correct and delete
 *
 * Opened from the Overview view. Each target is an NtmTargetRow with Edit
 * and Delete buttons, in the group of ntm-targets-window.ui; Add and Edit
 * open the target form (NtmRecordForm), which checks the target through
 * the model layer and writes nothing it refuses. A deleted target can be
 * brought back from the toast that tells of it; a delete that fails is
 * said in a dialog, which stays until it is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-error.h"
#include "ntm-info-row.h"
#include "ntm-target-row.h"
#include "ntm-targets-window.h"
#include "ntm-targets-window-private.h"

struct _NtmTargetsWindow
{
  AdwWindow             parent_instance;

  NtmDatabase          *database;
  int                   year;
  GListModel           *targets;
  GPtrArray            *rows;         /* the NtmTargetRows in the group */
  NtmTarget            *deleted;      /* the last target deleted, for Undo */
  gulong                changed_id;

  /* template widgets */
  AdwToastOverlay      *toasts;
  AdwPreferencesGroup  *group;
  NtmInfoRow           *error_row;
  GtkWidget            *empty_label;
};

G_DEFINE_FINAL_TYPE (NtmTargetsWindow, ntm_targets_window, ADW_TYPE_WINDOW)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void on_row_edit_cb   (NtmTargetRow *row, NtmTargetsWindow *self);
static void on_row_delete_cb (NtmTargetRow *row, NtmTargetsWindow *self);

static void
reload (NtmTargetsWindow *self)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_clear_object (&self->targets);

  self->targets = ntm_database_list_targets (self->database, self->year, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_row), self->targets == NULL);
  if (self->targets == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->error_row), message);
      gtk_widget_set_visible (self->empty_label, FALSE);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->targets); i++)
    {
      g_autoptr(NtmTarget) target = g_list_model_get_item (self->targets, i);
      GtkWidget *row = ntm_target_row_new (target);

      g_signal_connect (row, "edit", G_CALLBACK (on_row_edit_cb), self);
      g_signal_connect (row, "delete", G_CALLBACK (on_row_delete_cb), self);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (self->empty_label, self->rows->len == 0);
}

/* The position in the list of the target a row shows. */
static guint
row_index (NtmTargetsWindow *self,
           NtmTargetRow     *row)
{
  guint index = 0;

  g_ptr_array_find (self->rows, row, &index);
  return index;
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_database_changed_cb (NtmTargetsWindow *self,
                        NtmArea           areas,
                        NtmDatabase      *database)
{
  if ((areas & NTM_AREA_TARGETS) != 0)
    reload (self);
}

static void
on_add_clicked_cb (NtmTargetsWindow *self)
{
  ntm_targets_window_add (self);
}

static void
on_row_edit_cb (NtmTargetRow     *row,
                NtmTargetsWindow *self)
{
  ntm_targets_window_edit (self, row_index (self, row));
}

static void
on_row_delete_cb (NtmTargetRow     *row,
                  NtmTargetsWindow *self)
{
  ntm_targets_window_delete (self, row_index (self, row));
}

static void
on_undo_clicked_cb (AdwToast         *toast,
                    NtmTargetsWindow *self)
{
  ntm_targets_window_undo_delete (self);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_targets_window_dispose (GObject *object)
{
  NtmTargetsWindow *self = NTM_TARGETS_WINDOW (object);

  if (self->database != NULL)
    g_clear_signal_handler (&self->changed_id, self->database);
  g_clear_object (&self->database);
  g_clear_object (&self->targets);
  g_clear_object (&self->deleted);
  g_ptr_array_set_size (self->rows, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_TARGETS_WINDOW);

  G_OBJECT_CLASS (ntm_targets_window_parent_class)->dispose (object);
}

static void
ntm_targets_window_finalize (GObject *object)
{
  NtmTargetsWindow *self = NTM_TARGETS_WINDOW (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (ntm_targets_window_parent_class)->finalize (object);
}

static void
ntm_targets_window_class_init (NtmTargetsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_targets_window_dispose;
  object_class->finalize = ntm_targets_window_finalize;

  g_type_ensure (NTM_TYPE_INFO_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-targets-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmTargetsWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, NtmTargetsWindow, group);
  gtk_widget_class_bind_template_child (widget_class, NtmTargetsWindow, error_row);
  gtk_widget_class_bind_template_child (widget_class, NtmTargetsWindow, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ntm_targets_window_init (NtmTargetsWindow *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_targets_window_new:
 * @parent: (nullable): the main window
 * @database: the database
 * @year: the year whose targets are edited
 *
 * Returns: (transfer floating): the window, to be presented
 */
NtmTargetsWindow *
ntm_targets_window_new (GtkWindow   *parent,
                        NtmDatabase *database,
                        int          year)
{
  NtmTargetsWindow *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  self = g_object_new (NTM_TYPE_TARGETS_WINDOW, NULL);
  self->database = g_object_ref (database);
  self->year = year;
  title = g_strdup_printf (_("Targets for %d"), year);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_preferences_group_set_title (self->group, title);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_modal (GTK_WINDOW (self), TRUE);
    }
  self->changed_id = g_signal_connect_object (database, "changed", G_CALLBACK (on_database_changed_cb),
                                              self, G_CONNECT_SWAPPED);
  reload (self);
  return self;
}

guint
ntm_targets_window_get_n_targets (NtmTargetsWindow *self)
{
  g_return_val_if_fail (NTM_IS_TARGETS_WINDOW (self), 0);
  return self->targets ? g_list_model_get_n_items (self->targets) : 0;
}

/**
 * ntm_targets_window_add:
 * @self: a #NtmTargetsWindow
 *
 * Opens the form for a new target of the year.
 *
 * Returns: (transfer none): the form, presented
 */
NtmRecordForm *
ntm_targets_window_add (NtmTargetsWindow *self)
{
  g_autoptr(NtmTarget) target = ntm_target_new ();
  NtmRecordForm *form;

  g_return_val_if_fail (NTM_IS_TARGETS_WINDOW (self), NULL);

  ntm_target_set_year (target, self->year);
  form = ntm_record_form_new_for_target (GTK_WINDOW (self), self->database, target);
  gtk_window_present (GTK_WINDOW (form));
  return form;
}

/**
 * ntm_targets_window_edit:
 * @self: a #NtmTargetsWindow
 * @index: a target's position in the list
 *
 * Returns: (transfer none) (nullable): the form for the target, presented
 */
NtmRecordForm *
ntm_targets_window_edit (NtmTargetsWindow *self,
                         guint             index)
{
  g_autoptr(NtmTarget) target = NULL;
  NtmRecordForm *form;

  g_return_val_if_fail (NTM_IS_TARGETS_WINDOW (self), NULL);
  g_return_val_if_fail (index < ntm_targets_window_get_n_targets (self), NULL);

  target = g_list_model_get_item (self->targets, index);
  form = ntm_record_form_new_for_target (GTK_WINDOW (self), self->database, target);
  gtk_window_present (GTK_WINDOW (form));
  return form;
}

/**
 * ntm_targets_window_delete:
 * @self: a #NtmTargetsWindow
 * @index: a target's position in the list
 *
 * Deletes the target and tells so in a toast with an Undo button.
 *
 * Returns: %TRUE if deleted
 */
gboolean
ntm_targets_window_delete (NtmTargetsWindow *self,
                           guint             index)
{
  g_autoptr(NtmTarget) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;

  g_return_val_if_fail (NTM_IS_TARGETS_WINDOW (self), FALSE);
  g_return_val_if_fail (index < ntm_targets_window_get_n_targets (self), FALSE);

  target = g_list_model_get_item (self->targets, index);
  if (!ntm_database_delete_target (self->database, ntm_target_get_id (target), &error))
    {
      ntm_error_show (GTK_WIDGET (self), _("The target could not be deleted"), error->message);
      return FALSE;
    }
  g_set_object (&self->deleted, target);

  text = g_strdup_printf (_("Deleted the target “%s”"), ntm_target_metric_get_label (ntm_target_get_metric (target)));
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self);
  adw_toast_overlay_add_toast (self->toasts, toast);
  return TRUE;
}

/**
 * ntm_targets_window_undo_delete:
 * @self: a #NtmTargetsWindow
 *
 * Brings back the target deleted last, as it was.
 *
 * Returns: %TRUE if it was restored
 */
gboolean
ntm_targets_window_undo_delete (NtmTargetsWindow *self)
{
  g_autoptr(NtmTarget) restored = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (NTM_IS_TARGETS_WINDOW (self), FALSE);

  if (self->deleted == NULL)
    return FALSE;

  restored = ntm_target_new ();
  ntm_target_set_year (restored, ntm_target_get_year (self->deleted));
  ntm_target_set_metric (restored, ntm_target_get_metric (self->deleted));
  ntm_target_set_scope_code (restored, ntm_target_get_scope_code (self->deleted));
  ntm_target_set_kind (restored, ntm_target_get_kind (self->deleted));
  ntm_target_set_value (restored, ntm_target_get_value (self->deleted));
  ntm_target_set_source (restored, ntm_target_get_source (self->deleted));
  ntm_target_set_note (restored, ntm_target_get_note (self->deleted));
  if (!ntm_database_save_target (self->database, restored, &error))
    {
      ntm_error_show (GTK_WIDGET (self), _("The target could not be restored"), error->message);
      return FALSE;
    }
  g_clear_object (&self->deleted);
  return TRUE;
}
