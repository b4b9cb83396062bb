/* ntm-clock.c: today, and the year the program shows by default
 *
 * Every default year (the window's, --report's, --export-map's,
 * --export-list's, --check's) comes from ntm_clock_get_year(), so they can
 * never disagree. Tests fix "today" without touching the system clock: in
 * the process, with ntm_clock_set_today(); for the ntm program, with the
 * environment variable NTM_TODAY=YYYY-MM-DD, read once on first use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-clock.h"
#include "ntm-clock-private.h"
#include "ntm-format.h"

/* The day set by a test, or an invalid date for the real clock. */
static GDate fixed_today;
static gsize fixed_today_init;
G_LOCK_DEFINE_STATIC (clock);

static void
ensure_init (void)
{
  if (g_once_init_enter (&fixed_today_init))
    {
      const char *env = g_getenv ("NTM_TODAY");
      GDate parsed;

      g_date_clear (&fixed_today, 1);
      if (env != NULL && ntm_parse_iso_date (env, &parsed))
        fixed_today = parsed;
      else if (env != NULL && *env != '\0')
        g_warning ("NTM_TODAY=“%s” is not a date (YYYY-MM-DD); using the system clock", env);
      g_once_init_leave (&fixed_today_init, 1);
    }
}

/**
 * ntm_clock_get_today:
 * @date: (out caller-allocates): set to today in local time
 *
 * Today from the system clock, unless a test fixed it (see the file's
 * comment).
 */
void
ntm_clock_get_today (GDate *date)
{
  g_return_if_fail (date != NULL);

  ensure_init ();
  G_LOCK (clock);
  if (g_date_valid (&fixed_today))
    *date = fixed_today;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (date, 1);
      g_date_set_dmy (date, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }
  G_UNLOCK (clock);
}

/**
 * ntm_clock_dup_today_iso:
 *
 * Returns: (transfer full): today as "YYYY-MM-DD"
 */
char *
ntm_clock_dup_today_iso (void)
{
  GDate today;

  ntm_clock_get_today (&today);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&today),
                          g_date_get_month (&today), g_date_get_day (&today));
}

/**
 * ntm_clock_get_year:
 *
 * Returns: today's year: the year every view, report and export shows
 *   unless another is asked for
 */
int
ntm_clock_get_year (void)
{
  GDate today;

  ntm_clock_get_today (&today);
  return g_date_get_year (&today);
}

/**
 * ntm_clock_set_today:
 * @iso_date: (nullable): "YYYY-MM-DD", or %NULL for the system clock again
 *
 * For tests: fixes today's date for the whole process.
 *
 * Returns: %FALSE (and changes nothing) when @iso_date is not a date
 */
gboolean
ntm_clock_set_today (const char *iso_date)
{
  GDate parsed;

  ensure_init ();
  if (iso_date != NULL && !ntm_parse_iso_date (iso_date, &parsed))
    return FALSE;

  G_LOCK (clock);
  if (iso_date == NULL)
    g_date_clear (&fixed_today, 1);
  else
    fixed_today = parsed;
  G_UNLOCK (clock);
  return TRUE;
}
