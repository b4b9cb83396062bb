/* ntm-choice.h: one choice of a drop-down, bound to its value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The value a choice stands for when it stands for every value ("All
 * districts", "All sources"). */
#define NTM_CHOICE_ANY (-1)

#define NTM_TYPE_CHOICE (ntm_choice_get_type ())
G_DECLARE_FINAL_TYPE (NtmChoice, ntm_choice, NTM, CHOICE, GObject)

typedef const char *(*NtmChoiceLabelFunc) (int value);

NtmChoice  *ntm_choice_new                (int                 value,
                                           const char         *id,
                                           const char         *label);
int         ntm_choice_get_value          (NtmChoice          *self);
const char *ntm_choice_get_id             (NtmChoice          *self);
const char *ntm_choice_get_label          (NtmChoice          *self);

GListStore *ntm_choice_list_new           (const char         *any_label);
GListStore *ntm_choice_list_new_for_enum  (GType               enum_type,
                                           NtmChoiceLabelFunc  label,
                                           const char         *any_label);
void        ntm_choice_list_append        (GListStore         *list,
                                           int                 value,
                                           const char         *id,
                                           const char         *label);
guint       ntm_choice_list_find_value    (GListModel         *list,
                                           int                 value);
guint       ntm_choice_list_find_id       (GListModel         *list,
                                           const char         *id);

NtmChoice  *ntm_drop_down_get_choice      (GtkDropDown        *drop_down);
int         ntm_drop_down_get_value       (GtkDropDown        *drop_down);
const char *ntm_drop_down_get_id          (GtkDropDown        *drop_down);
gboolean    ntm_drop_down_select_value    (GtkDropDown        *drop_down,
                                           int                 value);
gboolean    ntm_drop_down_select_id       (GtkDropDown        *drop_down,
                                           const char         *id);
NtmChoice  *ntm_combo_row_get_choice      (AdwComboRow        *row);
int         ntm_combo_row_get_value       (AdwComboRow        *row);
const char *ntm_combo_row_get_id          (AdwComboRow        *row);
gboolean    ntm_combo_row_select_value    (AdwComboRow        *row,
                                           int                 value);
gboolean    ntm_combo_row_select_id       (AdwComboRow        *row,
                                           const char         *id);

G_END_DECLS
