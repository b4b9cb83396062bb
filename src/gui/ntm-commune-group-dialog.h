/* ntm-commune-group-dialog.h: asks a commune's group under Decision 51/2025
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-unit.h"

G_BEGIN_DECLS

#define NTM_TYPE_COMMUNE_GROUP_DIALOG (ntm_commune_group_dialog_get_type ())
G_DECLARE_FINAL_TYPE (NtmCommuneGroupDialog, ntm_commune_group_dialog, NTM, COMMUNE_GROUP_DIALOG, AdwMessageDialog)

NtmCommuneGroupDialog *ntm_commune_group_dialog_new           (GtkWindow             *parent,
                                                               NtmUnit               *unit,
                                                               int                    year,
                                                               int                    commune_group,
                                                               const char            *source);
NtmUnit               *ntm_commune_group_dialog_get_unit      (NtmCommuneGroupDialog *self);
int                    ntm_commune_group_dialog_get_group     (NtmCommuneGroupDialog *self);
void                   ntm_commune_group_dialog_set_group     (NtmCommuneGroupDialog *self,
                                                               int                    commune_group);
GtkEditable           *ntm_commune_group_dialog_get_year_entry (NtmCommuneGroupDialog *self);
GtkEditable           *ntm_commune_group_dialog_get_source_entry (NtmCommuneGroupDialog *self);
gboolean               ntm_commune_group_dialog_get_year      (NtmCommuneGroupDialog *self,
                                                               int                   *year,
                                                               GError               **error);
const char            *ntm_commune_group_dialog_get_source    (NtmCommuneGroupDialog *self);
void                   ntm_commune_group_dialog_retry         (NtmCommuneGroupDialog *self,
                                                               NtmCommuneGroupDialog *failed,
                                                               const char            *message);

G_END_DECLS
