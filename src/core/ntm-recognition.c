/* ntm-recognition.c: a decision recognising a unit's level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ntm-database-private.h"
#include "ntm-format.h"
#include "ntm-record-private.h"
#include "ntm-number.h"
#include "ntm-recognition.h"
#include "ntm-unit.h"

struct _NtmRecognition
{
  GObject   parent_instance;

  gint64    id;
  char     *unit_code;
  NtmLevel  level;
  char     *decision_number;
  char     *decision_date;
  int       year;
  gboolean  year_given;    /* the year was said (or is on record): a date does not change it */
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
      r->year_given = r->year != 0;
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

/* ---------------------------------------------------------------------- */
/* Public API: editing                                                    */
/* ---------------------------------------------------------------------- */

gboolean
ntm_recognition_is_revoked (NtmRecognition *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION (self), FALSE);
  return self->revoked_on != NULL;
}

/**
 * ntm_recognition_describe_decision:
 * @self: a decision
 *
 * The decision for a person, in the interface's language: its number,
 * date and issuer ("Decision 15/QĐ-UBND of 17/01/2026, UBND tỉnh Hà
 * Tĩnh"), what of them is on record; or, for a level known only from a
 * report, the report.
 *
 * Returns: (transfer full): the text
 */
char *
ntm_recognition_describe_decision (NtmRecognition *self)
{
  g_autofree char *date = NULL;
  gboolean issued;

  g_return_val_if_fail (NTM_IS_RECOGNITION (self), NULL);

  if (self->decision_number == NULL)
    /* Translators: %s is the report the level comes from */
    return g_strdup_printf (_("No decision number on record. As reported: %s"),
                            self->source ? self->source : "");
  date = ntm_format_date (self->decision_date);
  issued = self->issuer != NULL && *self->issuer != '\0';
  if (*date == '\0' && !issued)
    /* Translators: a decision's number; its date is not on record */
    return g_strdup_printf (_("Decision %s (date not on record)"), self->decision_number);
  if (*date == '\0')
    /* Translators: a decision's number, then who issued it; its date is not on record */
    return g_strdup_printf (_("Decision %s (date not on record), %s"), self->decision_number, self->issuer);
  if (!issued)
    /* Translators: a decision's number, then its date */
    return g_strdup_printf (_("Decision %s of %s"), self->decision_number, date);
  /* Translators: a decision's number, its date and who issued it */
  return g_strdup_printf (_("Decision %s of %s, %s"), self->decision_number, date, self->issuer);
}

/**
 * ntm_recognition_new:
 * @unit_code: the unit recognised
 *
 * Returns: (transfer full): a new decision to fill in and save with
 *   ntm_database_save_recognition()
 */
NtmRecognition *
ntm_recognition_new (const char *unit_code)
{
  NtmRecognition *self;

  g_return_val_if_fail (unit_code != NULL, NULL);

  self = g_object_new (NTM_TYPE_RECOGNITION, NULL);
  self->unit_code = g_strdup (unit_code);
  self->level = NTM_LEVEL_NO_DATA;
  self->issuer = g_strdup ("");
  self->source = g_strdup ("");
  self->note = g_strdup ("");
  return self;
}

/**
 * ntm_recognition_copy:
 * @self: a #NtmRecognition
 *
 * Returns: (transfer full): a copy to edit
 */
NtmRecognition *
ntm_recognition_copy (NtmRecognition *self)
{
  NtmRecognition *copy;

  g_return_val_if_fail (NTM_IS_RECOGNITION (self), NULL);

  copy = g_object_new (NTM_TYPE_RECOGNITION, NULL);
  copy->id = self->id;
  copy->unit_code = g_strdup (self->unit_code);
  copy->level = self->level;
  copy->decision_number = g_strdup (self->decision_number);
  copy->decision_date = g_strdup (self->decision_date);
  copy->year = self->year;
  copy->year_given = self->year_given;
  copy->issuer = g_strdup (self->issuer);
  copy->source = g_strdup (self->source);
  copy->note = g_strdup (self->note);
  copy->revoked_on = g_strdup (self->revoked_on);
  copy->revoke_reason = g_strdup (self->revoke_reason);
  return copy;
}

/* Stores trimmed text; empty text as NULL when @nullable. */
static void
set_text (char       **field,
          const char  *text,
          gboolean     nullable)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  g_free (*field);
  *field = (nullable && *trimmed == '\0') ? NULL : g_steal_pointer (&trimmed);
}

void
ntm_recognition_set_level (NtmRecognition *self,
                           NtmLevel        level)
{
  g_return_if_fail (NTM_IS_RECOGNITION (self));
  self->level = level;
}

void
ntm_recognition_set_decision_number (NtmRecognition *self,
                                     const char     *number)
{
  g_return_if_fail (NTM_IS_RECOGNITION (self));
  set_text (&self->decision_number, number, TRUE);
}

/**
 * ntm_recognition_set_decision_date:
 * @self: a #NtmRecognition
 * @iso_date: (nullable): the date as "YYYY-MM-DD"
 *
 * The year recognised is the decision date's only when no year was given
 * (ntm_recognition_set_year()) or is on record: a batch "đợt 2/2023"
 * decided on 17/01/2024 is recognised for 2023.
 */
void
ntm_recognition_set_decision_date (NtmRecognition *self,
                                   const char     *iso_date)
{
  g_return_if_fail (NTM_IS_RECOGNITION (self));
  set_text (&self->decision_date, iso_date, TRUE);
  if (!self->year_given && self->decision_date != NULL && ntm_date_is_valid_iso (self->decision_date))
    self->year = atoi (self->decision_date);
}

/**
 * ntm_recognition_set_year:
 * @self: a #NtmRecognition
 * @year: the year the decision recognises, or 0 when not given (then the
 *   decision date's year is taken)
 */
void
ntm_recognition_set_year (NtmRecognition *self,
                          int             year)
{
  g_return_if_fail (NTM_IS_RECOGNITION (self));
  self->year = year;
  self->year_given = year != 0;
  if (!self->year_given && self->decision_date != NULL && ntm_date_is_valid_iso (self->decision_date))
    self->year = atoi (self->decision_date);
}

void
ntm_recognition_set_issuer (NtmRecognition *self,
                            const char     *issuer)
{
  g_return_if_fail (NTM_IS_RECOGNITION (self));
  set_text (&self->issuer, issuer, FALSE);
}

void
ntm_recognition_set_source (NtmRecognition *self,
                            const char     *source)
{
  g_return_if_fail (NTM_IS_RECOGNITION (self));
  set_text (&self->source, source, FALSE);
}

void
ntm_recognition_set_note (NtmRecognition *self,
                          const char     *note)
{
  g_return_if_fail (NTM_IS_RECOGNITION (self));
  set_text (&self->note, note, FALSE);
}

/**
 * ntm_level_fits_unit_kind:
 * @level: a level
 * @kind: a kind of unit
 *
 * Returns: whether a unit of @kind can be recognised at @level
 */
gboolean
ntm_level_fits_unit_kind (NtmLevel    level,
                          NtmUnitKind kind)
{
  switch (kind)
    {
    case NTM_UNIT_KIND_COMMUNE:
      return level == NTM_LEVEL_NTM || level == NTM_LEVEL_ADVANCED || level == NTM_LEVEL_MODEL ||
             level == NTM_LEVEL_NTM_DECISION_51 || level == NTM_LEVEL_MODERN_NTM;
    case NTM_UNIT_KIND_WARD:
    case NTM_UNIT_KIND_TOWNSHIP:
      return level == NTM_LEVEL_CIVILISED;
    case NTM_UNIT_KIND_DISTRICT:
      return level == NTM_LEVEL_DISTRICT_NTM || level == NTM_LEVEL_DISTRICT_ADVANCED;
    case NTM_UNIT_KIND_TOWN:
    case NTM_UNIT_KIND_CITY:
      return level == NTM_LEVEL_TASK_COMPLETED;
    case NTM_UNIT_KIND_PROVINCE:
      return level == NTM_LEVEL_TASK_COMPLETED || level == NTM_LEVEL_PROVINCE_COMPLETED;
    default:
      return FALSE;
    }
}

static void
level_in_force_free (gpointer data)
{
  NtmLevelInForce *l = data;

  g_free (l->decision_date);
  g_free (l);
}

/* Applies the rule to one unit's decisions (gathered in @decisions, with
 * their ids and whether each was decided by a numbered or dated decision). */
static NtmLevelInForce *
decide_unit (GArray     *decisions,
             GArray     *ids,
             GArray     *decided,
             const char *iso_date)
{
  int best = ntm_decisions_in_force ((const NtmDecision *) (gpointer) decisions->data, decisions->len, iso_date);
  NtmLevelInForce *l;
  const NtmDecision *d;

  if (best < 0)
    return NULL;
  d = &g_array_index (decisions, NtmDecision, best);
  l = g_new0 (NtmLevelInForce, 1);
  l->level = d->level;
  l->year = d->year;
  l->recognition_id = g_array_index (ids, gint64, best);
  l->decided = g_array_index (decided, gboolean, best);
  l->decision_date = g_strdup (d->decision_date);
  return l;
}

static void
clear_decision (gpointer data)
{
  NtmDecision *d = data;

  g_free ((char *) d->decision_date);
  g_free ((char *) d->revoked_on);
}

/* Reads the decisions of one unit (@unit_code) or of all, and calls @found
 * with each unit's level in force on @iso_date. */
static gboolean
read_levels_in_force (NtmDatabase  *db,
                      const char   *unit_code,
                      const char   *iso_date,
                      GHashTable   *out,
                      GError      **error)
{
  g_autoptr(GArray) decisions = g_array_new (FALSE, TRUE, sizeof (NtmDecision));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) decided = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autofree char *current = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (decisions, clear_decision);

  stmt = ntm_database_prepare (db,
                               "SELECT unit_code, id, level, decision_date, year, revoked_on,"
                               "       decision_number IS NOT NULL OR decision_date IS NOT NULL"
                               " FROM recognition WHERE ?1 IS NULL OR unit_code = ?1"
                               " ORDER BY unit_code, id",
                               error);
  if (stmt == NULL)
    return FALSE;
  ntm_sql_bind_text (stmt, 1, unit_code);

  for (;;)
    {
      const char *code = NULL;

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        code = (const char *) sqlite3_column_text (stmt, 0);

      if (current != NULL && (rc != SQLITE_ROW || g_strcmp0 (code, current) != 0))
        {
          NtmLevelInForce *l = decide_unit (decisions, ids, decided, iso_date);

          if (l != NULL)
            g_hash_table_insert (out, g_strdup (current), l);
          g_array_set_size (decisions, 0);
          g_array_set_size (ids, 0);
          g_array_set_size (decided, 0);
          g_clear_pointer (&current, g_free);
        }
      if (rc != SQLITE_ROW)
        break;

      {
        NtmDecision d = { 0 };
        gint64 id = sqlite3_column_int64 (stmt, 1);
        gboolean is_decided = sqlite3_column_int (stmt, 6) != 0;

        if (current == NULL)
          current = g_strdup (code);
        if (!ntm_level_from_string ((const char *) sqlite3_column_text (stmt, 2), &d.level))
          d.level = NTM_LEVEL_NO_DATA;
        d.decision_date = ntm_sql_dup_text (stmt, 3);
        d.year = sqlite3_column_int (stmt, 4);
        d.revoked_on = ntm_sql_dup_text (stmt, 5);
        g_array_append_val (decisions, d);
        g_array_append_val (ids, id);
        g_array_append_val (decided, is_decided);
      }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }
  return TRUE;
}

/**
 * ntm_database_get_levels_in_force:
 * @db: a #NtmDatabase
 * @iso_date: a day, "YYYY-MM-DD"
 * @error: return location for a #GError
 *
 * The level every unit holds on @iso_date, by the one rule
 * (ntm_decisions_in_force()): the evaluation, the overview, the map's
 * classes and the reports all read it from here.
 *
 * Returns: (transfer full) (element-type utf8 NtmLevelInForce): unit key →
 *   its #NtmLevelInForce; units holding no level are absent
 */
GHashTable *
ntm_database_get_levels_in_force (NtmDatabase  *db,
                                  const char   *iso_date,
                                  GError      **error)
{
  g_autoptr(GHashTable) out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, level_in_force_free);

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (iso_date != NULL, NULL);

  if (!ntm_date_is_valid_iso (iso_date))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("“%s” is not a date (YYYY-MM-DD)."), iso_date);
      return NULL;
    }
  if (!read_levels_in_force (db, NULL, iso_date, out, error))
    return NULL;
  return g_steal_pointer (&out);
}

/**
 * ntm_database_get_level_in_force:
 * @db: a #NtmDatabase
 * @unit_code: a unit's key
 * @iso_date: a day, "YYYY-MM-DD"
 * @recognised_year: (out) (optional): the year of the decision that gives it
 * @recognition_id: (out) (optional): that decision's id, 0 when none
 * @error: return location for a #GError
 *
 * One unit's level on a day, by the same rule as
 * ntm_database_get_levels_in_force().
 *
 * Returns: the level in force, or %NTM_LEVEL_NO_DATA when none is
 */
NtmLevel
ntm_database_get_level_in_force (NtmDatabase  *db,
                                 const char   *unit_code,
                                 const char   *iso_date,
                                 int          *recognised_year,
                                 gint64       *recognition_id,
                                 GError      **error)
{
  g_autoptr(GHashTable) out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, level_in_force_free);
  NtmLevelInForce *l;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NTM_LEVEL_NO_DATA);
  g_return_val_if_fail (unit_code != NULL && iso_date != NULL, NTM_LEVEL_NO_DATA);

  if (recognised_year)
    *recognised_year = 0;
  if (recognition_id)
    *recognition_id = 0;
  if (!ntm_date_is_valid_iso (iso_date))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("“%s” is not a date (YYYY-MM-DD)."), iso_date);
      return NTM_LEVEL_NO_DATA;
    }
  if (!read_levels_in_force (db, unit_code, iso_date, out, error))
    return NTM_LEVEL_NO_DATA;

  l = g_hash_table_lookup (out, unit_code);
  if (l == NULL)
    return NTM_LEVEL_NO_DATA;
  if (recognised_year)
    *recognised_year = l->year;
  if (recognition_id)
    *recognition_id = l->recognition_id;
  return l->level;
}

/**
 * ntm_database_get_recognised_level:
 * @db: a #NtmDatabase
 * @unit_code: a unit
 * @year: the year
 * @recognised_year: (out) (optional): the year of that decision
 * @error: return location for a #GError
 *
 * The level in force on 31 December of @year
 * (ntm_database_get_level_in_force()).
 *
 * Returns: the level in force, or %NTM_LEVEL_NO_DATA
 */
NtmLevel
ntm_database_get_recognised_level (NtmDatabase  *db,
                                   const char   *unit_code,
                                   int           year,
                                   int          *recognised_year,
                                   GError      **error)
{
  g_autofree char *date = g_strdup_printf ("%04d-12-31", year);

  return ntm_database_get_level_in_force (db, unit_code, date, recognised_year, NULL, error);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID, message);
  return FALSE;
}

/**
 * ntm_database_check_recognition:
 * @db: a #NtmDatabase
 * @recognition: a decision to save
 * @error: return location for a #GError (%NTM_DATABASE_ERROR_INVALID)
 *
 * Returns: %TRUE when the decision can be saved
 */
gboolean
ntm_database_check_recognition (NtmDatabase     *db,
                                NtmRecognition  *r,
                                GError         **error)
{
  g_autoptr(NtmUnit) unit = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (NTM_IS_RECOGNITION (r), FALSE);

  unit = ntm_database_get_unit (db, r->unit_code, error);
  if (unit == NULL)
    return FALSE;

  if (r->level == NTM_LEVEL_NO_DATA || r->level == NTM_LEVEL_NOT_YET)
    return invalid (error, _("Choose the level the decision recognises."));
  if (r->decision_date != NULL && !ntm_date_is_valid_iso (r->decision_date))
    return invalid (error, _("The decision date is not a real date."));
  if (r->year < 2000 || r->year > 2100)
    return invalid (error, _("Give the decision date, or the year of recognition (2000–2100)."));
  if (r->decision_date != NULL && atoi (r->decision_date) < r->year)
    return invalid (error, _("The year of recognition cannot come after the year of the decision date."));

  /* The unit as it was when recognised (a commune then may be a ward now). */
  day = r->decision_date ? g_strdup (r->decision_date) : g_strdup_printf ("%04d-12-31", r->year);
  {
    g_autoptr(NtmUnit) then = ntm_database_get_unit_on (db, r->unit_code, day, NULL);

    if (then != NULL)
      g_set_object (&unit, then);
  }
  if (!ntm_level_fits_unit_kind (r->level, ntm_unit_get_kind (unit)))
    return invalid (error, _("This level does not apply to this kind of unit."));
  if (!ntm_level_in_period (r->level, ntm_unit_get_kind (unit), r->year))
    return invalid (error, r->year >= NTM_PERIOD_2026_FIRST_YEAR
                           ? _("This level belongs to the 2021–2025 programme; from 2026 the levels of Decision 51/2025 apply.")
                           : _("This level belongs to the 2026–2030 programme; before 2026 the levels of Decisions 318–320 apply."));
  if (r->decision_number == NULL && (r->source == NULL || *r->source == '\0'))
    return invalid (error, _("Give the decision number, or say which report the recognition is known from."));

  return TRUE;
}

static gboolean
write_recognition (NtmDatabase  *db,
                   gpointer      user_data,
                   GError      **error)
{
  NtmRecognition *r = user_data;
  sqlite3_stmt *stmt;

  if (r->id == 0)
    stmt = ntm_database_prepare (db,
                                 "INSERT INTO recognition (unit_code, level, decision_number,"
                                 "  decision_date, year, issuer, source, note)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                 error);
  else
    stmt = ntm_database_prepare (db,
                                 "UPDATE recognition SET unit_code = ?1, level = ?2,"
                                 "  decision_number = ?3, decision_date = ?4, year = ?5,"
                                 "  issuer = ?6, source = ?7, note = ?8"
                                 " WHERE id = ?9",
                                 error);
  if (stmt == NULL)
    return FALSE;

  ntm_sql_bind_text (stmt, 1, r->unit_code);
  ntm_sql_bind_text (stmt, 2, ntm_level_to_string (r->level));
  ntm_sql_bind_text (stmt, 3, r->decision_number);
  ntm_sql_bind_text (stmt, 4, r->decision_date);
  sqlite3_bind_int (stmt, 5, r->year);
  ntm_sql_bind_text (stmt, 6, r->issuer ? r->issuer : "");
  ntm_sql_bind_text (stmt, 7, r->source ? r->source : "");
  ntm_sql_bind_text (stmt, 8, r->note ? r->note : "");
  if (r->id != 0)
    sqlite3_bind_int64 (stmt, 9, r->id);

  if (!ntm_database_step_done (db, stmt, error))
    return FALSE;

  if (!ntm_record_take_id (db, &r->id))
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                           _("This recognition is no longer on record."));
      return FALSE;
    }

  return TRUE;
}

/**
 * ntm_database_save_recognition:
 * @db: a #NtmDatabase
 * @recognition: a decision; a new one (id 0) gets its id
 * @error: return location for a #GError
 *
 * Returns: %TRUE if saved
 */
gboolean
ntm_database_save_recognition (NtmDatabase     *db,
                               NtmRecognition  *recognition,
                               GError         **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (NTM_IS_RECOGNITION (recognition), FALSE);

  if (!ntm_database_check_recognition (db, recognition, error))
    return FALSE;
  return ntm_record_store (db, NTM_AREA_RECOGNITIONS, &recognition->id, write_recognition, recognition, error);
}

typedef struct {
  gint64      id;
  const char *date;
  const char *reason;
} RevokeData;

static gboolean
write_revocation (NtmDatabase  *db,
                  gpointer      user_data,
                  GError      **error)
{
  RevokeData *data = user_data;
  sqlite3_stmt *stmt;
  g_autofree char *decided = NULL;
  gboolean found = FALSE;
  gboolean revoked = FALSE;

  stmt = ntm_database_prepare (db, "SELECT decision_date, revoked_on IS NOT NULL FROM recognition WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      decided = ntm_sql_dup_text (stmt, 0);
      revoked = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_reset (stmt);

  if (!found)
    {
      g_set_error_literal (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND,
                           _("This recognition is no longer on record."));
      return FALSE;
    }
  if (revoked)
    return invalid (error, _("This recognition has already been revoked."));
  if (decided != NULL && strcmp (data->date, decided) < 0)
    return invalid (error, _("A recognition cannot be revoked before the date of its decision."));

  stmt = ntm_database_prepare (db, "UPDATE recognition SET revoked_on = ?2, revoke_reason = ?3 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->id);
  ntm_sql_bind_text (stmt, 2, data->date);
  ntm_sql_bind_text (stmt, 3, data->reason);
  return ntm_database_step_done (db, stmt, error);
}

/**
 * ntm_database_revoke_recognition:
 * @db: a #NtmDatabase
 * @id: the recognition
 * @iso_date: the date it was revoked, "YYYY-MM-DD"
 * @reason: why (required)
 * @error: return location for a #GError
 *
 * A revoked decision stays in the unit's history; it stops being in force
 * from the year of @iso_date.
 *
 * Returns: %TRUE if revoked
 */
gboolean
ntm_database_revoke_recognition (NtmDatabase  *db,
                                 gint64        id,
                                 const char   *iso_date,
                                 const char   *reason,
                                 GError      **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason ? reason : ""));
  RevokeData data = { id, iso_date, trimmed };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);

  if (!ntm_date_is_valid_iso (iso_date))
    return invalid (error, _("Give the date the recognition was revoked."));
  if (*trimmed == '\0')
    return invalid (error, _("Give the reason the recognition was revoked."));

  return ntm_database_run_transaction (db, NTM_AREA_RECOGNITIONS, write_revocation, &data, error);
}
