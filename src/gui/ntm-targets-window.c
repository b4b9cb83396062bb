/* ntm-targets-window.c: the year's targets, to add, correct and delete
 *
 * Opened from the Overview view. Each target is a row with Edit and Delete
 * buttons; Add and Edit open the target form (NtmRecordForm), which checks
 * the target through the model layer and writes nothing it refuses. A
 * deleted target can be brought back from the toast that tells of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-format.h"
#include "ntm-target.h"
#include "ntm-targets-window.h"

struct _NtmTargetsWindow
{
  AdwWindow        parent_instance;

  NtmDatabase     *database;
  int              year;
  GListModel      *targets;
  AdwToastOverlay *toasts;
  GtkWidget       *group;        /* AdwPreferencesGroup of the rows */
  GtkWidget       *empty_label;
  GPtrArray       *rows;
  NtmTarget       *deleted;      /* the last target deleted, for Undo */
  gulong           changed_id;
};

G_DEFINE_FINAL_TYPE (NtmTargetsWindow, ntm_targets_window, ADW_TYPE_WINDOW)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static char *
describe_target (NtmTarget *target)
{
  NtmLanguage language = ntm_language_get_default ();
  g_autofree char *value = ntm_format_decimal (ntm_target_get_value (target), 2, language);
  const char *scope = ntm_target_get_scope_name (target) ? ntm_target_get_scope_name (target)
                                                         : ntm_target_get_scope_code (target);

  switch (ntm_target_get_kind (target))
    {
    case NTM_TARGET_NEW:
      /* Translators: a target's scope and value, e.g. "Tỉnh Hà Tĩnh · 20 more in the year" */
      return g_strdup_printf (_("%s · %s more in the year"), scope, value);
    case NTM_TARGET_PERCENT:
      /* Translators: a target's scope and value, e.g. "Tỉnh Hà Tĩnh · 72 % by the end of the year" */
      return g_strdup_printf (_("%s · %s %% by the end of the year"), scope, value);
    case NTM_TARGET_TOTAL:
    default:
      /* Translators: a target's scope and value, e.g. "Huyện Can Lộc · 1 by the end of the year" */
      return g_strdup_printf (_("%s · %s by the end of the year"), scope, value);
    }
}

static void on_edit_clicked_cb   (GtkButton *button, NtmTargetsWindow *self);
static void on_delete_clicked_cb (GtkButton *button, NtmTargetsWindow *self);

static void
reload (NtmTargetsWindow *self)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->group), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_clear_object (&self->targets);

  self->targets = ntm_database_list_targets (self->database, self->year, &error);
  if (self->targets == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->targets); i++)
    {
      g_autoptr(NtmTarget) target = g_list_model_get_item (self->targets, i);
      g_autofree char *subtitle = describe_target (target);
      g_autofree char *edit_label = NULL, *delete_label = NULL;
      const char *metric = ntm_target_metric_get_label (ntm_target_get_metric (target));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
      GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), metric);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      edit_label = g_strdup_printf (_("Edit the target “%s”"), metric);
      gtk_widget_set_tooltip_text (edit, edit_label);
      gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (edit, "flat");
      g_object_set_data (G_OBJECT (edit), "ntm-index", GUINT_TO_POINTER (i));
      g_signal_connect (edit, "clicked", G_CALLBACK (on_edit_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);

      delete_label = g_strdup_printf (_("Delete the target “%s”"), metric);
      gtk_widget_set_tooltip_text (delete, delete_label);
      gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (delete, "flat");
      g_object_set_data (G_OBJECT (delete), "ntm-index", GUINT_TO_POINTER (i));
      g_signal_connect (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (self->empty_label, self->rows->len == 0);
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
on_add_clicked_cb (GtkButton        *button,
                   NtmTargetsWindow *self)
{
  ntm_targets_window_add (self);
}

static void
on_edit_clicked_cb (GtkButton        *button,
                    NtmTargetsWindow *self)
{
  ntm_targets_window_edit (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ntm-index")));
}

static void
on_delete_clicked_cb (GtkButton        *button,
                      NtmTargetsWindow *self)
{
  ntm_targets_window_delete (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ntm-index")));
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

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ntm_targets_window_init (NtmTargetsWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *add = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *page = adw_preferences_page_new ();

  self->rows = g_ptr_array_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Add Target…"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (add), content);
  gtk_widget_set_tooltip_text (add, _("Add a target for the year"));
  gtk_widget_add_css_class (add, "suggested-action");
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_clicked_cb), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), add);
  gtk_box_append (GTK_BOX (box), header);

  self->group = adw_preferences_group_new ();
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->group));
  self->empty_label = gtk_label_new (_("No targets are recorded for this year. Add one with “Add Target…”."));
  gtk_label_set_wrap (GTK_LABEL (self->empty_label), TRUE);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_set_visible (self->empty_label, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->empty_label);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 640);
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
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         _("Progress against each target is shown in the Overview."));
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
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
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
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return FALSE;
    }
  g_clear_object (&self->deleted);
  return TRUE;
}
