/* ntm-recognition.c: a decision recognising a unit's level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-database-private.h"
#include "ntm-recognition.h"

struct _NtmRecognition
{
  GObject   parent_instance;

  gint64    id;
  char     *unit_code;
  NtmLevel  level;
  char     *decision_number;
  char     *decision_date;
  int       year;
  char     *issuer;
  char     *source;
  char     *note;
  char     *revoked_on;
  char     *revoke_reason;
};

G_DEFINE_FINAL_TYPE (NtmRecognition, ntm_recognition, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_recognition_finalize (GObject *object)
{
  NtmRecognition *self = NTM_RECOGNITION (object);

  g_free (self->unit_code);
  g_free (self->decision_number);
  g_free (self->decision_date);
  g_free (self->issuer);
  g_free (self->source);
  g_free (self->note);
  g_free (self->revoked_on);
  g_free (self->revoke_reason);

  G_OBJECT_CLASS (ntm_recognition_parent_class)->finalize (object);
}

static void
ntm_recognition_class_init (NtmRecognitionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_recognition_finalize;
}

static void
ntm_recognition_init (NtmRecognition *self)
{
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

gint64
ntm_recognition_get_id (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), 0);
  return self->id;
}

const char *
ntm_recognition_get_unit_code (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), NULL);
  return self->unit_code;
}

NtmLevel
ntm_recognition_get_level (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), NTM_LEVEL_NO_DATA);
  return self->level;
}

/**
 * ntm_recognition_get_decision_number:
 * @self: a #NtmRecognition
 *
 * Returns: (nullable): the decision's number; %NULL when the level is known
 *   only from a report (see ntm_recognition_get_source())
 */
const char *
ntm_recognition_get_decision_number (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), NULL);
  return self->decision_number;
}

const char *
ntm_recognition_get_decision_date (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), NULL);
  return self->decision_date;
}

int
ntm_recognition_get_year (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), 0);
  return self->year;
}

const char *
ntm_recognition_get_issuer (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), NULL);
  return self->issuer;
}

const char *
ntm_recognition_get_source (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), NULL);
  return self->source;
}

const char *
ntm_recognition_get_note (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), NULL);
  return self->note;
}

const char *
ntm_recognition_get_revoked_on (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), NULL);
  return self->revoked_on;
}

const char *
ntm_recognition_get_revoke_reason (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), NULL);
  return self->revoke_reason;
}

/**
 * ntm_database_list_recognitions:
 * @db: a #NtmDatabase
 * @unit_code: a unit's code
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the unit's recognitions, oldest first, revoked
 *   ones included, as a #GListModel of #NtmRecognition
 */
GListModel *
ntm_database_list_recognitions (NtmDatabase  *db,
                                const char   *unit_code,
                                GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_RECOGNITION);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (unit_code != NULL, NULL);

  stmt = ntm_database_prepare (db,
                               "SELECT id, unit_code, level, decision_number, decision_date, year,"
                               "       issuer, source, note, revoked_on, revoke_reason"
                               " FROM recognition WHERE unit_code = ?1"
                               " ORDER BY year, coalesce(decision_date, ''), id",
                               error);
  if (stmt == NULL)
    return NULL;
  ntm_sql_bind_text (stmt, 1, unit_code);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(NtmRecognition) r = g_object_new (NTM_TYPE_RECOGNITION, NULL);

      r->id = sqlite3_column_int64 (stmt, 0);
      r->unit_code = ntm_sql_dup_text (stmt, 1);
      if (!ntm_level_from_string ((const char *) sqlite3_column_text (stmt, 2), &r->level))
        r->level = NTM_LEVEL_NO_DATA;
      r->decision_number = ntm_sql_dup_text (stmt, 3);
      r->decision_date = ntm_sql_dup_text (stmt, 4);
      r->year = sqlite3_column_int (stmt, 5);
      r->issuer = ntm_sql_dup_text (stmt, 6);
      r->source = ntm_sql_dup_text (stmt, 7);
      r->note = ntm_sql_dup_text (stmt, 8);
      r->revoked_on = ntm_sql_dup_text (stmt, 9);
      r->revoke_reason = ntm_sql_dup_text (stmt, 10);
      g_list_store_append (store, r);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}
