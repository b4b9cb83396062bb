/* ntm-test-gui.h: what the window tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-application.h"
#include "ntm-database.h"
#include "ntm-job.h"
#include "ntm-window.h"

G_BEGIN_DECLS

/* Setting up */
void              ntm_test_gui_init                 (int             *argc,
                                                     char          ***argv);
NtmApplication   *ntm_test_gui_application_new      (void);
gboolean          ntm_test_gui_is_vietnamese        (void);
NtmWindow        *ntm_test_open_window              (NtmApplication  *app,
                                                     NtmDatabase     *db,
                                                     const char      *view,
                                                     int              year);

/* Finding widgets as a person sees them */
typedef gboolean (*NtmTestMatch) (GtkWidget     *widget,
                                  gconstpointer  data);

GtkWidget        *ntm_test_find_widget              (GtkWidget       *root,
                                                     NtmTestMatch     match,
                                                     gconstpointer    data);
GtkWidget        *ntm_test_find_descendant          (GtkWidget       *root,
                                                     GType            type);
guint             ntm_test_count_widgets            (GtkWidget       *root,
                                                     NtmTestMatch     match,
                                                     gconstpointer    data);
gboolean          ntm_test_is_of_type               (GtkWidget       *widget,
                                                     gconstpointer    type);
gboolean          ntm_test_is_button_labelled       (GtkWidget       *widget,
                                                     gconstpointer    label);
gboolean          ntm_test_is_row_titled            (GtkWidget       *widget,
                                                     gconstpointer    title);
gboolean          ntm_test_is_row_title_prefixed    (GtkWidget       *widget,
                                                     gconstpointer    prefix);
gboolean          ntm_test_is_row_title_containing  (GtkWidget       *widget,
                                                     gconstpointer    text);
gboolean          ntm_test_is_row_subtitled         (GtkWidget       *widget,
                                                     gconstpointer    subtitle);
gboolean          ntm_test_is_label_prefixed        (GtkWidget       *widget,
                                                     gconstpointer    prefix);
gboolean          ntm_test_is_label_containing      (GtkWidget       *widget,
                                                     gconstpointer    text);
gboolean          ntm_test_is_unit_row              (GtkWidget       *widget,
                                                     gconstpointer    code);
GtkWidget        *ntm_test_find_button              (GtkWidget       *root,
                                                     const char      *label);
GtkWidget        *ntm_test_find_action_button       (GtkWidget       *root,
                                                     const char      *action);
GtkWidget        *ntm_test_find_row                 (GtkWidget       *root,
                                                     const char      *title);
GtkWidget        *ntm_test_find_toplevel            (GType            type);
GtkWindow        *ntm_test_wait_for_toplevel        (GType            type);
AdwMessageDialog *ntm_test_find_dialog              (GtkWindow       *parent,
                                                     const char      *heading);

/* Acting as a person does */
void              ntm_test_settle                   (void);
void              ntm_test_spin_until               (gboolean        *flag);
void              ntm_test_spin_for                 (guint            ms);
void              ntm_test_press                    (GtkWidget       *button);
void              ntm_test_click                    (GtkWidget       *button);
void              ntm_test_type_into                (GtkWidget       *widget,
                                                     const char      *text);
gboolean          ntm_test_press_key                (GtkWidget       *widget,
                                                     guint            keyval,
                                                     GdkModifierType  modifiers);
void              ntm_test_close_window             (GtkWindow       *window);
gboolean          ntm_test_wait_for_job             (NtmJob          *job);

/* Screenshots, left in BUILD/screenshots/ */
char             *ntm_test_screenshot_path          (const char      *name);
void              ntm_test_save_screenshot          (GtkWidget       *widget,
                                                     const char      *name);

G_END_DECLS
