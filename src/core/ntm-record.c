/* ntm-record.c: storing and deleting a record kept by its id
 *
 * The registers (funds, targets, OCOP products, recognitions, water
 * schemes) store a record the same way: in one transaction, a new record
 * (id 0) is inserted and takes the new row's id, an existing one is
 * updated by its id, and a failed save leaves the record's id as it was.
 * A record is deleted by its id in a transaction of its own (a water
 * scheme deletes its communes and investment first, in ntm-water-scheme.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-record-private.h"

typedef struct {
  const char *sql;
  gint64      id;
} DeleteData;

static gboolean
delete_row (NtmDatabase  *db,
            gpointer      user_data,
            GError      **error)
{
  DeleteData *data = user_data;
  sqlite3_stmt *stmt = ntm_database_prepare (db, data->sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  return ntm_database_step_done (db, stmt, error);
}

/**
 * ntm_record_store:
 * @db: a #NtmDatabase
 * @area: the area the record belongs to, for the changed signal
 * @id: (inout): the record's id, 0 for a new one
 * @store: writes the record; sets *@id for a new one
 * @user_data: for @store
 * @error: return location for a #GError
 *
 * Runs @store in one transaction; when it fails, *@id is as it was.
 *
 * Returns: %TRUE if stored
 */
gboolean
ntm_record_store (NtmDatabase         *db,
                  NtmArea              area,
                  gint64              *id,
                  NtmTransactionFunc   store,
                  gpointer             user_data,
                  GError             **error)
{
  gint64 id_before;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  id_before = *id;
  if (!ntm_database_run_transaction (db, area, store, user_data, error))
    {
      *id = id_before;
      return FALSE;
    }
  return TRUE;
}

/**
 * ntm_record_take_id:
 * @db: a #NtmDatabase, just after a record's INSERT or UPDATE
 * @id: (inout): the record's id, 0 for a new one
 *
 * A new record takes the id of the row just inserted.
 *
 * Returns: %FALSE when an existing record's UPDATE changed no row: the
 *   record is no longer there
 */
gboolean
ntm_record_take_id (NtmDatabase *db,
                    gint64      *id)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (*id == 0)
    {
      *id = sqlite3_last_insert_rowid (ntm_database_get_handle (db));
      return TRUE;
    }
  return sqlite3_changes (ntm_database_get_handle (db)) != 0;
}

/**
 * ntm_record_delete:
 * @db: a #NtmDatabase
 * @area: the area the record belongs to, for the changed signal
 * @sql: the DELETE statement, with the id as ?1
 * @id: the record's id
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the statement ran (deleting an id that is not there
 *   deletes nothing and is no error)
 */
gboolean
ntm_record_delete (NtmDatabase  *db,
                   NtmArea       area,
                   const char   *sql,
                   gint64        id,
                   GError      **error)
{
  DeleteData data = { sql, id };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  return ntm_database_run_transaction (db, area, delete_row, &data, error);
}
