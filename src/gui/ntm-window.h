/* ntm-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ntm-application.h"
#include "ntm-assessment-window.h"
#include "ntm-communes-page.h"
#include "ntm-database.h"
#include "ntm-job-bar.h"

G_BEGIN_DECLS

#define NTM_TYPE_WINDOW (ntm_window_get_type ())
G_DECLARE_FINAL_TYPE (NtmWindow, ntm_window, NTM, WINDOW, AdwApplicationWindow)

NtmWindow   *ntm_window_new          (NtmApplication *application,
                                      NtmDatabase    *database);
NtmDatabase *ntm_window_get_database (NtmWindow      *self);
int          ntm_window_get_year     (NtmWindow      *self);
void         ntm_window_set_year     (NtmWindow      *self,
                                      int             year);
void         ntm_window_show_view    (NtmWindow      *self,
                                      const char     *name);
void         ntm_window_show_unit    (NtmWindow      *self,
                                      const char     *code);
void         ntm_window_add_toast    (NtmWindow      *self,
                                      AdwToast       *toast);
NtmAssessmentWindow *ntm_window_assess_unit (NtmWindow *self,
                                             const char *code);
void         ntm_window_show_job     (NtmWindow      *self,
                                      NtmJob         *job);

G_END_DECLS
