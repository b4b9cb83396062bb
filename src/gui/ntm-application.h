/* ntm-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_APPLICATION (ntm_application_get_type ())
G_DECLARE_FINAL_TYPE (NtmApplication, ntm_application, NTM, APPLICATION, AdwApplication)

NtmApplication *ntm_application_new          (void);
NtmDatabase    *ntm_application_get_database (NtmApplication *self);
int             ntm_application_get_exit_status (NtmApplication *self);

G_END_DECLS
