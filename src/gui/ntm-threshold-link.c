/* ntm-threshold-link.c: from a value to the threshold it stands against
 *
 * A value typed against a threshold nobody has entered yet offers to set
 * it: the assessment form and the unit page both open Criteria and
 * Thresholds on the indicator's set and year, for the unit's commune
 * group where the set's thresholds are per group (else for Hà Tĩnh's
 * region, the window's own choice), with the indicator's threshold entry
 * focused. The
 * window writes the threshold; the database's "changed" signal then has
 * the form and the page show the value met or not met.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-criteria-window-private.h"
#include "ntm-threshold-link.h"
#include "ntm-unit.h"

/**
 * ntm_threshold_link_open:
 * @from: the widget the person pressed
 * @database: the database
 * @year: the year the value is for
 * @set_code: the indicator's criteria set
 * @indicator_code: the indicator
 *
 * Returns: (transfer none): the Criteria and Thresholds window, shown,
 *   with the indicator's threshold entry focused when it has one
 */
NtmCriteriaWindow *
ntm_threshold_link_open (GtkWidget   *from,
                         NtmDatabase *database,
                         int          year,
                         const char  *unit_code,
                         const char  *set_code,
                         const char  *indicator_code)
{
  GtkRoot *root;
  NtmCriteriaWindow *window;
  GtkWidget *entry;

  g_return_val_if_fail (GTK_IS_WIDGET (from), NULL);
  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (set_code != NULL && indicator_code != NULL, NULL);

  root = gtk_widget_get_root (from);
  window = ntm_criteria_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, database, year);
  ntm_criteria_window_show_set (window, set_code);
  if (unit_code != NULL)
    {
      /* a unit with no group on record: the window's first group */
      int group = ntm_database_get_commune_group (database, unit_code, year, NULL);

      if (group >= 1 && group <= 3)
        ntm_criteria_window_show_commune_group (window, group);
    }
  gtk_window_present (GTK_WINDOW (window));

  entry = ntm_criteria_window_get_threshold_entry (window, indicator_code);
  if (entry != NULL)
    gtk_widget_grab_focus (entry);
  return window;
}
