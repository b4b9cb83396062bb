/* ntm-form.h: what the form windows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A form's save: %TRUE when everything is saved (or nothing needed it). */
typedef gboolean (*NtmFormSaveFunc) (gpointer form);

void              ntm_form_class_add_shortcuts (GtkWidgetClass   *widget_class,
                                                NtmFormSaveFunc   save);
AdwMessageDialog *ntm_form_ask_to_save         (GtkWindow        *form,
                                                const char       *body,
                                                GCallback         response_cb);
gboolean          ntm_form_ask_before_close    (GtkWindow        *form,
                                                gboolean          modified,
                                                const char       *body,
                                                NtmFormSaveFunc   save);
void              ntm_form_close_later         (GtkWindow        *form);
gboolean          ntm_form_is_closing          (GtkWindow        *form);
void              ntm_form_show_notice         (GtkRevealer      *notice,
                                                GtkLabel         *label,
                                                const char       *message);
void              ntm_form_show_fields_notice  (GtkRevealer      *notice,
                                                GtkLabel         *label);
void              ntm_form_fields_checked      (GtkRevealer      *notice,
                                                gboolean          any_error);
void              ntm_form_add_undo_toast      (AdwToastOverlay  *toasts,
                                                AdwToast         *toast,
                                                GCallback         undo_cb,
                                                gpointer          form);

G_END_DECLS
