/* ntm-form.c: what the form windows share
 *
 * The editing windows (assessment, water scheme, household figures,
 * criteria) behave alike: a header bar with Close and Save (in each
 * window's .ui), Ctrl+S saves, Escape closes, and closing with changes not
 * saved asks first whether to save, discard or keep editing. A failed save
 * says why in the notice at the top of the form, where it covers no field;
 * a save that can be taken back offers Undo in its toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-form.h"
#include "ntm-save-dialog.h"

#define SAVE_KEY    "ntm-form-save"
#define CLOSING_KEY "ntm-form-closing"
#define FIELDS_KEY  "ntm-form-fields-notice"

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static gboolean
on_save_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  NtmFormSaveFunc save = (NtmFormSaveFunc) user_data;

  save (widget);
  return TRUE;
}

static gboolean
on_close_shortcut_cb (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   user_data)
{
  gtk_window_close (GTK_WINDOW (widget));
  return TRUE;
}

static gboolean
close_later_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GtkWindow        *form)
{
  NtmFormSaveFunc save = (NtmFormSaveFunc) g_object_get_data (G_OBJECT (dialog), SAVE_KEY);

  if (g_str_equal (response, "save"))
    {
      if (!save (form))
        return;
    }
  else if (!g_str_equal (response, "discard"))
    return;

  ntm_form_close_later (form);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_form_class_add_shortcuts:
 * @widget_class: a form window's class
 * @save: (nullable): the form's save, for Ctrl+S; %NULL for a window
 *   without one
 *
 * Binds Ctrl+S to @save and Escape to closing the window (which asks first
 * when the window's close-request does).
 */
void
ntm_form_class_add_shortcuts (GtkWidgetClass  *widget_class,
                              NtmFormSaveFunc  save)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));

  if (save != NULL)
    gtk_widget_class_add_shortcut (widget_class,
                                   gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_s, GDK_CONTROL_MASK),
                                                     gtk_callback_action_new (on_save_shortcut_cb,
                                                                              (gpointer) save, NULL)));
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, on_close_shortcut_cb, NULL);
}

/**
 * ntm_form_ask_to_save:
 * @form: the form window
 * @body: what is not saved and what happens without saving
 * @response_cb: the "response" handler, called with @form as its data
 *
 * Asks "Save the changes?" (an NtmSaveDialog) with Keep editing, Discard
 * and Save (the default); closing the question keeps editing.
 *
 * Returns: (transfer none): the question, already shown
 */
AdwMessageDialog *
ntm_form_ask_to_save (GtkWindow  *form,
                      const char *body,
                      GCallback   response_cb)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (form), NULL);
  g_return_val_if_fail (response_cb != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (ntm_save_dialog_new (form, body));
  g_signal_connect_object (dialog, "response", response_cb, form, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * ntm_form_ask_before_close:
 * @form: the form window, in its close-request
 * @modified: whether it has changes not saved
 * @body: what is not saved, for the question
 * @save: the form's save
 *
 * For a form's close-request: asks whether to save changes not saved, and
 * closes after Save (when it succeeds) or Discard.
 *
 * Returns: %TRUE when the question is asked (the window stays for now),
 *   %FALSE when the window may close now
 */
gboolean
ntm_form_ask_before_close (GtkWindow       *form,
                           gboolean         modified,
                           const char      *body,
                           NtmFormSaveFunc  save)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (form), FALSE);
  g_return_val_if_fail (save != NULL, FALSE);

  if (!modified || ntm_form_is_closing (form))
    return FALSE;

  dialog = ntm_form_ask_to_save (form, body, G_CALLBACK (on_close_response_cb));
  g_object_set_data (G_OBJECT (dialog), SAVE_KEY, (gpointer) save);
  return TRUE;
}

/**
 * ntm_form_close_later:
 * @form: the form window
 *
 * Closes @form without asking, once the question has gone away.
 */
void
ntm_form_close_later (GtkWindow *form)
{
  g_return_if_fail (GTK_IS_WINDOW (form));

  g_object_set_data (G_OBJECT (form), CLOSING_KEY, GINT_TO_POINTER (TRUE));
  g_idle_add_full (G_PRIORITY_DEFAULT, close_later_cb, g_object_ref (form), g_object_unref);
}

/**
 * ntm_form_is_closing:
 * @form: the form window
 *
 * Returns: whether ntm_form_close_later() has been called: the window closes
 *   without asking again
 */
gboolean
ntm_form_is_closing (GtkWindow *form)
{
  g_return_val_if_fail (GTK_IS_WINDOW (form), FALSE);
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (form), CLOSING_KEY));
}

/**
 * ntm_form_show_notice:
 * @notice: the form's notice, beneath its header bar (a #GtkRevealer)
 * @label: the notice's label
 * @message: (nullable): what stops the form from saving, and what to do;
 *   %NULL hides the notice
 *
 * Says what is wrong at the top of the form, where it covers no field (a
 * toast at the bottom would cover the very field to correct), until the
 * next save.
 */
void
ntm_form_show_notice (GtkRevealer *notice,
                      GtkLabel    *label,
                      const char  *message)
{
  g_return_if_fail (GTK_IS_REVEALER (notice));
  g_return_if_fail (GTK_IS_LABEL (label));

  g_object_set_data (G_OBJECT (notice), FIELDS_KEY, NULL);
  if (message != NULL)
    gtk_label_set_label (label, message);
  gtk_revealer_set_reveal_child (notice, message != NULL);
}

/**
 * ntm_form_show_fields_notice:
 * @notice: the form's notice
 * @label: the notice's label
 *
 * Says that nothing was saved because of the fields marked in red; the
 * notice goes once they are corrected (ntm_form_fields_checked()).
 */
void
ntm_form_show_fields_notice (GtkRevealer *notice,
                             GtkLabel    *label)
{
  ntm_form_show_notice (notice, label, _("Nothing was saved: correct the fields marked in red first."));
  g_object_set_data (G_OBJECT (notice), FIELDS_KEY, GINT_TO_POINTER (TRUE));
}

/**
 * ntm_form_fields_checked:
 * @notice: the form's notice
 * @any_error: whether a field is still marked in red
 *
 * For a form's change handler: hides the notice about fields marked in
 * red once none is left (any other notice stays until the next save).
 */
void
ntm_form_fields_checked (GtkRevealer *notice,
                         gboolean     any_error)
{
  g_return_if_fail (GTK_IS_REVEALER (notice));

  if (any_error || g_object_get_data (G_OBJECT (notice), FIELDS_KEY) == NULL)
    return;
  g_object_set_data (G_OBJECT (notice), FIELDS_KEY, NULL);
  gtk_revealer_set_reveal_child (notice, FALSE);
}

/**
 * ntm_form_add_undo_toast:
 * @toasts: the toast overlay
 * @toast: (transfer full): the toast telling what was done
 * @undo_cb: the "button-clicked" handler, called with @form as its data
 * @form: the window or page that can take it back
 *
 * Shows @toast with an Undo button.
 */
void
ntm_form_add_undo_toast (AdwToastOverlay *toasts,
                         AdwToast        *toast,
                         GCallback        undo_cb,
                         gpointer         form)
{
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", undo_cb, form, 0);
  adw_toast_overlay_add_toast (toasts, toast);
}
