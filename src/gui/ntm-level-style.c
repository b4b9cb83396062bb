/* ntm-level-style.c: how levels and statuses look in lists
 *
 * Colour is never the only cue: every badge and status carries its name.
 * The badges and status labels themselves are in the .ui files; these
 * functions say what they show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-core-enums.h"
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
 * ntm_level_badge_set:
 * @badge: a label styled as a badge (the "ntm-badge" class, set in its .ui)
 * @level: a level
 *
 * Shows @level on @badge: its name, and its colour through its style
 * class.
 */
void
ntm_level_badge_set (GtkLabel *badge,
                     NtmLevel  level)
{
  g_autoptr(GEnumClass) levels = g_type_class_ref (NTM_TYPE_LEVEL);

  g_return_if_fail (GTK_IS_LABEL (badge));

  for (guint i = 0; i < levels->n_values; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (badge), ntm_level_get_css_class (levels->values[i].value));
  gtk_widget_add_css_class (GTK_WIDGET (badge), ntm_level_get_css_class (level));
  gtk_label_set_label (badge, ntm_level_get_label (level));
}

/**
 * ntm_recognised_badge_set:
 * @badge: a badge, as for ntm_level_badge_set()
 * @level: a unit's recognised level
 *
 * Shows a recognised level: as ntm_level_badge_set(), but a unit with no
 * decision on record says so, rather than that its data is missing (its
 * criteria may all be known).
 */
void
ntm_recognised_badge_set (GtkLabel *badge,
                          NtmLevel  level)
{
  ntm_level_badge_set (badge, level);
  if (level == NTM_LEVEL_NO_DATA)
    /* Translators: a unit's recognised level when no decision recognising it is on record */
    gtk_label_set_label (badge, C_("recognised level", "No decision"));
}

/**
 * ntm_status_label_set:
 * @label: a label
 * @status: a status
 *
 * Shows @status on @label: its name, coloured through its style class.
 */
void
ntm_status_label_set (GtkLabel  *label,
                      NtmStatus  status)
{
  g_autoptr(GEnumClass) statuses = g_type_class_ref (NTM_TYPE_STATUS);

  g_return_if_fail (GTK_IS_LABEL (label));

  for (guint i = 0; i < statuses->n_values; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), ntm_status_get_css_class (statuses->values[i].value));
  gtk_widget_add_css_class (GTK_WIDGET (label), ntm_status_get_css_class (status));
  gtk_label_set_label (label, ntm_status_get_label (status));
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

/**
 * ntm_comparison_get_sign:
 * @comparison: how a value is compared with its threshold
 *
 * Returns: its sign: "≥", ">", "≤", "<" or "="
 */
const char *
ntm_comparison_get_sign (NtmComparison comparison)
{
  switch (comparison)
    {
    case NTM_COMPARISON_GE: return "≥";
    case NTM_COMPARISON_GT: return ">";
    case NTM_COMPARISON_LE: return "≤";
    case NTM_COMPARISON_LT: return "<";
    case NTM_COMPARISON_EQ:
    default: return "=";
    }
}

/**
 * ntm_comparison_get_label:
 * @comparison: how a value is compared with its threshold
 *
 * Returns: what it means, for a person choosing it: "at least (≥)"…
 */
const char *
ntm_comparison_get_label (NtmComparison comparison)
{
  switch (comparison)
    {
    case NTM_COMPARISON_GE: return _("at least (≥)");
    case NTM_COMPARISON_GT: return _("more than (>)");
    case NTM_COMPARISON_LE: return _("at most (≤)");
    case NTM_COMPARISON_LT: return _("less than (<)");
    case NTM_COMPARISON_EQ:
    default: return _("equal to (=)");
    }
}
