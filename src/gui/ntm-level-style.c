/* ntm-level-style.c: how levels and statuses look in lists
 *
 * Colour is never the only cue: every badge and status carries its name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-level-style.h"

const char *
ntm_level_get_css_class (NtmLevel level)
{
  switch (level)
    {
    case NTM_LEVEL_NOT_YET: return "level-not-yet";
    case NTM_LEVEL_NTM: return "level-ntm";
    case NTM_LEVEL_ADVANCED: return "level-advanced";
    case NTM_LEVEL_MODEL: return "level-model";
    case NTM_LEVEL_CIVILISED: return "level-civilised";
    case NTM_LEVEL_DISTRICT_NTM:
    case NTM_LEVEL_DISTRICT_ADVANCED:
    case NTM_LEVEL_TASK_COMPLETED: return "level-district";
    case NTM_LEVEL_NO_DATA:
    default: return "level-no-data";
    }
}

const char *
ntm_status_get_css_class (NtmStatus status)
{
  switch (status)
    {
    case NTM_STATUS_MET: return "ntm-status-met";
    case NTM_STATUS_BASICALLY_MET: return "ntm-status-basically-met";
    case NTM_STATUS_NOT_MET: return "ntm-status-not-met";
    case NTM_STATUS_NO_DATA:
    default: return "ntm-status-no-data";
    }
}

/**
 * ntm_level_badge_new:
 * @level: a level
 *
 * Returns: (transfer floating): a rounded label naming the level
 */
GtkWidget *
ntm_level_badge_new (NtmLevel level)
{
  GtkWidget *badge = gtk_label_new (ntm_level_get_label (level));

  gtk_widget_add_css_class (badge, "ntm-badge");
  gtk_widget_add_css_class (badge, ntm_level_get_css_class (level));
  return badge;
}

/**
 * ntm_status_label_new:
 * @status: a status
 *
 * Returns: (transfer floating): a label naming the status, coloured
 */
GtkWidget *
ntm_status_label_new (NtmStatus status)
{
  GtkWidget *label = gtk_label_new (ntm_status_get_label (status));

  gtk_widget_add_css_class (label, ntm_status_get_css_class (status));
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

/**
 * ntm_tally_format:
 * @tally: criteria counted by status
 *
 * Returns: (transfer full): "17/19", or "–/19" when nothing is known yet
 */
char *
ntm_tally_format (const NtmTally *tally)
{
  g_return_val_if_fail (tally != NULL, NULL);

  if (tally->met + tally->basically_met + tally->not_met == 0)
    /* Translators: criteria met, when nothing is known; %u is the number of criteria */
    return g_strdup_printf (_("–/%u"), tally->total);
  /* Translators: criteria met out of the number of criteria, e.g. "17/19" */
  return g_strdup_printf (_("%u/%u"), tally->met, tally->total);
}
