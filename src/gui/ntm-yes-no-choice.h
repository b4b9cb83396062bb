/* ntm-yes-no-choice.h: Yes, No or No data, for a yes/no indicator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What is known of a yes/no indicator. */
typedef enum {
  NTM_ANSWER_NO_DATA,
  NTM_ANSWER_NO,
  NTM_ANSWER_YES,
} NtmAnswer;

#define NTM_TYPE_ANSWER (ntm_answer_get_type ())
GType ntm_answer_get_type (void) G_GNUC_CONST;

#define NTM_TYPE_YES_NO_CHOICE (ntm_yes_no_choice_get_type ())
G_DECLARE_FINAL_TYPE (NtmYesNoChoice, ntm_yes_no_choice, NTM, YES_NO_CHOICE, GtkWidget)

NtmAnswer ntm_yes_no_choice_get_answer (NtmYesNoChoice *self);
void      ntm_yes_no_choice_set_answer (NtmYesNoChoice *self,
                                        NtmAnswer       answer);

G_END_DECLS
