/* ntm-crash-helper.c: a run of Ntm the crash tests kill at random moments
 *
 *   ntm-crash-helper work DATABASE
 *
 * Opens DATABASE as the window does (creating and seeding it when new),
 * then saves one change after another, as a person at work would, until it
 * is killed. Each change is one transaction that stores five settings
 * "trial-N-0" … "trial-N-4", so that after a kill the test can tell whether
 * any change was kept only in part: the count is always a multiple of five.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "ntm-database-private.h"

#define BATCH 5

static gboolean
store_batch (NtmDatabase  *db,
             gpointer      user_data,
             GError      **error)
{
  guint batch = GPOINTER_TO_UINT (user_data);

  for (guint i = 0; i < BATCH; i++)
    {
      g_autofree char *key = g_strdup_printf ("trial-%u-%u", batch, i);
      sqlite3_stmt *stmt = ntm_database_prepare (db, "INSERT INTO setting (key, value) VALUES (?1, ?2)", error);

      if (stmt == NULL)
        return FALSE;
      ntm_sql_bind_text (stmt, 1, key);
      ntm_sql_bind_text (stmt, 2, "a value long enough to take some room in the log");
      if (!ntm_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = NULL;

  if (argc != 3 || !g_str_equal (argv[1], "work"))
    {
      fprintf (stderr, "usage: %s work DATABASE\n", argv[0]);
      return 2;
    }

  db = ntm_database_open (argv[2], &error);
  if (db == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  for (guint batch = 0;; batch++)
    {
      if (!ntm_database_run_transaction (db, NTM_AREA_SETTINGS, store_batch, GUINT_TO_POINTER (batch), &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      g_usleep (2000);
    }
}
