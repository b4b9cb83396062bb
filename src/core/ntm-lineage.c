/* ntm-lineage.c: where a unit came from and what it became
 *
 * Old data is never rewritten when units merge: a unit's history is read
 * through its lineage (unit_lineage: old unit → new unit, whole or part,
 * the day it took effect, the resolution, and whether the link rests on
 * inference). A link from a unit to itself records that the same identity
 * changed (renamed, enlarged, reclassified, moved).
 *
 * What a new unit inherits from its predecessors is worked out here and
 * always marked as derived: a commune of July 2025 whose predecessors were
 * all NTM in 2024 is not thereby a recognised NTM commune.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ntm-database-private.h"
#include "ntm-evaluation.h"
#include "ntm-format.h"
#include "ntm-lineage.h"
#include "ntm-lineage-private.h"
#include "ntm-number.h"
#include "ntm-recognition.h"
#include "ntm-unit.h"

struct _NtmLineageLink
{
  GObject   parent_instance;

  char     *old_code;
  char     *old_official_code;
  char     *old_name;
  char     *new_code;
  char     *new_official_code;
  char     *new_name;
  char     *effective;
  char     *resolution;
  char     *note;
  gboolean  whole;
  gboolean  inferred;
};

G_DEFINE_FINAL_TYPE (NtmLineageLink, ntm_lineage_link, G_TYPE_OBJECT)

/* Every link, in memory: the lineage has a few hundred. */
typedef struct {
  GPtrArray  *links;     /* of NtmLineageLink */
  GHashTable *by_old;    /* key → GPtrArray of NtmLineageLink (borrowed) */
  GHashTable *by_new;
} Graph;

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
graph_clear (Graph *g)
{
  g_clear_pointer (&g->by_old, g_hash_table_unref);
  g_clear_pointer (&g->by_new, g_hash_table_unref);
  g_clear_pointer (&g->links, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Graph, graph_clear)

static void
index_link (GHashTable     *index,
            const char     *key,
            NtmLineageLink *link)
{
  GPtrArray *list = g_hash_table_lookup (index, key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (index, g_strdup (key), list);
    }
  g_ptr_array_add (list, link);
}

static char *
day_before (const char *iso)
{
  GDate date;

  if (!ntm_parse_iso_date (iso, &date))
    return g_strdup (iso);
  g_date_subtract_days (&date, 1);
  return ntm_date_to_iso (&date);
}

/* A unit's name on a day, or its own name when it was not in force then. */
static char *
name_on (NtmDatabase *db,
         const char  *code,
         const char  *iso_date)
{
  g_autoptr(NtmUnit) unit = ntm_database_get_unit_on (db, code, iso_date, NULL);

  if (unit == NULL)
    unit = ntm_database_get_unit (db, code, NULL);
  return unit ? g_strdup (ntm_unit_get_name (unit)) : g_strdup (code);
}

static gboolean
load_graph (NtmDatabase  *db,
            Graph        *g,
            GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g->links = g_ptr_array_new_with_free_func (g_object_unref);
  g->by_old = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g->by_new = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);

  stmt = ntm_database_prepare (db,
                               "SELECT l.old_code, coalesce(o.official_code, o.code),"
                               "       l.new_code, coalesce(n.official_code, n.code),"
                               "       l.effective, l.whole, l.resolution, coalesce(l.note, ''), l.inferred"
                               " FROM unit_lineage l"
                               " JOIN unit o ON o.code = l.old_code"
                               " JOIN unit n ON n.code = l.new_code"
                               " ORDER BY l.effective, CAST(coalesce(o.official_code, o.code) AS INTEGER),"
                               "          l.old_code, CAST(coalesce(n.official_code, n.code) AS INTEGER),"
                               "          l.new_code",
                               error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NtmLineageLink *link = g_object_new (NTM_TYPE_LINEAGE_LINK, NULL);

      link->old_code = ntm_sql_dup_text (stmt, 0);
      link->old_official_code = ntm_sql_dup_text (stmt, 1);
      link->new_code = ntm_sql_dup_text (stmt, 2);
      link->new_official_code = ntm_sql_dup_text (stmt, 3);
      link->effective = ntm_sql_dup_text (stmt, 4);
      link->whole = sqlite3_column_int (stmt, 5) != 0;
      link->resolution = ntm_sql_dup_text (stmt, 6);
      link->note = ntm_sql_dup_text (stmt, 7);
      link->inferred = sqlite3_column_int (stmt, 8) != 0;
      g_ptr_array_add (g->links, link);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ntm_database_set_sqlite_error (db, error, NULL);
      return FALSE;
    }

  for (guint i = 0; i < g->links->len; i++)
    {
      NtmLineageLink *link = g_ptr_array_index (g->links, i);
      g_autofree char *before = day_before (link->effective);

      link->old_name = name_on (db, link->old_code, before);
      link->new_name = name_on (db, link->new_code, link->effective);
      index_link (g->by_old, link->old_code, link);
      index_link (g->by_new, link->new_code, link);
    }
  return TRUE;
}

static gboolean
is_self (NtmLineageLink *link)
{
  return g_str_equal (link->old_code, link->new_code);
}

/* Every link reached from @code going back (or forward), self links
 * included, each once, in the order found. */
static GListModel *
walk (Graph      *g,
      const char *code,
      gboolean    backward)
{
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_LINEAGE_LINK);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
  g_autoptr(GQueue) queue = g_queue_new ();

  g_queue_push_tail (queue, (gpointer) code);
  g_hash_table_add (seen, (gpointer) code);
  while (!g_queue_is_empty (queue))
    {
      const char *current = g_queue_pop_head (queue);
      GPtrArray *list = g_hash_table_lookup (backward ? g->by_new : g->by_old, current);

      for (guint i = 0; list != NULL && i < list->len; i++)
        {
          NtmLineageLink *link = g_ptr_array_index (list, i);
          const char *next = backward ? link->old_code : link->new_code;

          if (!g_hash_table_contains (taken, link))
            {
              g_hash_table_add (taken, link);
              g_list_store_append (store, link);
            }
          if (!is_self (link) && !g_hash_table_contains (seen, next))
            {
              g_hash_table_add (seen, (gpointer) next);
              g_queue_push_tail (queue, (gpointer) next);
            }
        }
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* The same, from the links on record. */
static GListModel *
walk_from (NtmDatabase  *db,
           const char   *code,
           gboolean      backward,
           GError      **error)
{
  g_auto(Graph) g = { 0 };

  if (!load_graph (db, &g, error))
    return NULL;
  return walk (&g, code, backward);
}

/* The units @code ends up in, following links that took effect by @until. */
static GHashTable *
reach_forward (Graph      *g,
               const char *code,
               const char *until)
{
  GHashTable *ends = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GQueue) queue = g_queue_new ();

  g_queue_push_tail (queue, (gpointer) code);
  g_hash_table_add (seen, (gpointer) code);
  while (!g_queue_is_empty (queue))
    {
      const char *current = g_queue_pop_head (queue);
      GPtrArray *list = g_hash_table_lookup (g->by_old, current);
      gboolean onward = FALSE;

      for (guint i = 0; list != NULL && i < list->len; i++)
        {
          NtmLineageLink *link = g_ptr_array_index (list, i);

          if (is_self (link) || strcmp (link->effective, until) > 0)
            continue;
          onward = TRUE;
          if (!g_hash_table_contains (seen, link->new_code))
            {
              g_hash_table_add (seen, link->new_code);
              g_queue_push_tail (queue, link->new_code);
            }
        }
      if (!onward)
        g_hash_table_add (ends, (gpointer) current);
    }
  return ends;
}

static void
origin_clear (gpointer data)
{
  NtmOrigin *o = data;

  g_free (o->code);
  g_free (o->official_code);
  g_free (o->name);
}

static void
predecessor_year_clear (gpointer data)
{
  NtmPredecessorYear *p = data;

  g_free (p->code);
  g_free (p->official_code);
  g_free (p->name);
}

static GArray *
origins_in_graph (NtmDatabase  *db,
                  Graph        *g,
                  const char   *code,
                  const char   *iso_date,
                  GError      **error)
{
  g_autoptr(GArray) origins = g_array_new (FALSE, TRUE, sizeof (NtmOrigin));
  g_autoptr(NtmUnit) unit = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GQueue) queue = g_queue_new ();
  const char *limit;
  GPtrArray *into;

  g_array_set_clear_func (origins, origin_clear);

  unit = ntm_database_get_unit (db, code, error);
  if (unit == NULL)
    return NULL;

  /* Links count up to the last change that formed @code. */
  limit = ntm_unit_get_valid_from (unit) ? ntm_unit_get_valid_from (unit) : "0000-00-00";
  into = g_hash_table_lookup (g->by_new, code);
  for (guint i = 0; into != NULL && i < into->len; i++)
    {
      NtmLineageLink *link = g_ptr_array_index (into, i);
      if (strcmp (link->effective, limit) > 0)
        limit = link->effective;
    }

  /* Every unit that leads to @code, itself included (a unit that carried
   * on is its own predecessor); those in force on @iso_date are origins.
   * The walk goes on past them: a unit absorbed into an origin later was
   * in force then too. */
  g_queue_push_tail (queue, (gpointer) code);
  g_hash_table_add (seen, (gpointer) code);
  while (!g_queue_is_empty (queue))
    {
      const char *current = g_queue_pop_head (queue);
      GPtrArray *list = g_hash_table_lookup (g->by_new, current);
      g_autoptr(NtmUnit) then = ntm_database_get_unit_on (db, current, iso_date, NULL);

      if (then != NULL)
        {
          NtmOrigin o = { 0 };
          g_autoptr(GHashTable) ends = reach_forward (g, current, limit);

          /* whole: everything of it went, in the end, into @code */
          o.code = g_strdup (current);
          o.official_code = g_strdup (ntm_unit_get_official_code (then));
          o.name = g_strdup (ntm_unit_get_name (then));
          o.whole = g_hash_table_size (ends) == 1 && g_hash_table_contains (ends, code);
          g_array_append_val (origins, o);
        }

      for (guint i = 0; list != NULL && i < list->len; i++)
        {
          NtmLineageLink *link = g_ptr_array_index (list, i);

          if (is_self (link) || g_hash_table_contains (seen, link->old_code))
            continue;
          g_hash_table_add (seen, link->old_code);
          g_queue_push_tail (queue, link->old_code);
        }
    }

  return g_steal_pointer (&origins);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_lineage_link_finalize (GObject *object)
{
  NtmLineageLink *self = NTM_LINEAGE_LINK (object);

  g_free (self->old_code);
  g_free (self->old_official_code);
  g_free (self->old_name);
  g_free (self->new_code);
  g_free (self->new_official_code);
  g_free (self->new_name);
  g_free (self->effective);
  g_free (self->resolution);
  g_free (self->note);

  G_OBJECT_CLASS (ntm_lineage_link_parent_class)->finalize (object);
}

static void
ntm_lineage_link_class_init (NtmLineageLinkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_lineage_link_finalize;
}

static void
ntm_lineage_link_init (NtmLineageLink *self)
{
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

const char *
ntm_lineage_link_get_old_code (NtmLineageLink *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), NULL);
  return self->old_code;
}

const char *
ntm_lineage_link_get_old_official_code (NtmLineageLink *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), NULL);
  return self->old_official_code;
}

/**
 * ntm_lineage_link_get_old_name:
 * @self: a #NtmLineageLink
 *
 * Returns: the old unit's name the day before the link took effect
 */
const char *
ntm_lineage_link_get_old_name (NtmLineageLink *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), NULL);
  return self->old_name;
}

const char *
ntm_lineage_link_get_new_code (NtmLineageLink *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), NULL);
  return self->new_code;
}

const char *
ntm_lineage_link_get_new_official_code (NtmLineageLink *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), NULL);
  return self->new_official_code;
}

/**
 * ntm_lineage_link_get_new_name:
 * @self: a #NtmLineageLink
 *
 * Returns: the new unit's name the day the link took effect
 */
const char *
ntm_lineage_link_get_new_name (NtmLineageLink *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), NULL);
  return self->new_name;
}

/**
 * ntm_lineage_link_get_effective:
 * @self: a #NtmLineageLink
 *
 * Returns: the day the change took effect, "YYYY-MM-DD"
 */
const char *
ntm_lineage_link_get_effective (NtmLineageLink *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), NULL);
  return self->effective;
}

/**
 * ntm_lineage_link_is_whole:
 * @self: a #NtmLineageLink
 *
 * Returns: %TRUE when the whole old unit went into the new one, %FALSE
 *   when only part of it did
 */
gboolean
ntm_lineage_link_is_whole (NtmLineageLink *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), FALSE);
  return self->whole;
}

const char *
ntm_lineage_link_get_resolution (NtmLineageLink *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), NULL);
  return self->resolution;
}

const char *
ntm_lineage_link_get_note (NtmLineageLink *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), NULL);
  return self->note;
}

/* One part of a link's note, in the interface's language when it is one
 * of the phrases the lineage's source uses again and again. */
static char *
describe_note_part (const char *part)
{
  static const struct { const char *source; const char *text; } phrases[] = {
    { "new unit reuses this code", N_("the new unit has this code") },
    { "same name as the new unit, different code", N_("the same name as the new unit, under another code") },
    { "code kept", N_("code kept") },
    { "commune -> ward", N_("the commune became a ward") },
    { "commune -> township", N_("the commune became a township") },
    { "code and name kept", N_("code and name kept") },
    { "only the district above it was abolished", N_("only the district above it was abolished") },
  };
  static const struct { const char *pattern; const char *format; int n; } shapes[] = {
    /* Translators: "moved from 445 (Huyện Thạch Hà) to 436 (Thành phố Hà Tĩnh)"; the codes, then the names */
    { "^moved from (\\d+) \\(([^)]+)\\) to (\\d+) \\(([^)]+)\\)(.*)$", N_("moved from %s (%s) to %s (%s)%s"), 5 },
    /* Translators: "renamed Sơn Trà → Mỹ Long" */
    { "^renamed (.+) -> (.+)$", N_("renamed %s → %s"), 2 },
    /* Translators: "code 18205 retired" */
    { "^code (\\d+) retired$", N_("code %s retired"), 1 },
    /* Translators: "merged with Sơn Trà into the new Xã Mỹ Long (code 18202)" */
    { "^merged with (.+) into the new (.+) \\(code (\\d+)\\)$", N_("merged with %s into the new %s (code %s)"), 3 },
    /* Translators: "merged with Sơn Long (18205)" */
    { "^merged with (.+) \\((\\d+)\\)$", N_("merged with %s (%s)"), 2 },
    /* Translators: "not rearranged (NQ 1665 khoản 68)": a commune the 2025 resolution left as it was */
    { "^not rearranged \\((.+)\\)$", N_("not rearranged (%s)"), 1 },
  };
  static const char inferred[] = "INFERRED (no source text found): ";

  /* a link no source confirms says so first, then what it rests on */
  if (g_str_has_prefix (part, inferred))
    {
      g_autofree char *rest = describe_note_part (part + strlen (inferred));
      /* Translators: a link between units that no source text confirms, then what it rests on */
      return g_strdup_printf (_("inferred, no source text found: %s"), rest);
    }
  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    if (g_str_equal (part, phrases[i].source))
      return g_strdup (_(phrases[i].text));
  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (shapes[i].pattern, 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      g_assert (regex != NULL);
      if (g_regex_match (regex, part, 0, &match))
        {
          g_autofree char *a = g_match_info_fetch (match, 1);
          g_autofree char *b = shapes[i].n > 1 ? g_match_info_fetch (match, 2) : NULL;
          g_autofree char *c = shapes[i].n > 2 ? g_match_info_fetch (match, 3) : NULL;
          g_autofree char *d = shapes[i].n > 3 ? g_match_info_fetch (match, 4) : NULL;
          g_autofree char *e = shapes[i].n > 4 ? g_match_info_fetch (match, 5) : NULL;

          /* the formats are the table's own, each with its count of %s */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          return g_strdup_printf (_(shapes[i].format), a, b, c, d, e);
#pragma GCC diagnostic pop
        }
    }
  return g_strdup (part);
}

/* Notes the lineage's source gives once: each is looked up whole, for
 * its parts are not phrases of their own and some quote a text with "; "
 * in it. */
static const char * const whole_notes[] = {
  /* Translators: a note on how a unit changed in 2025, as the source of the lineage gives it; names, codes and quotations stay as they are */
  N_("district dissolved: 11 of its 12 communes moved to Huyện Thạch Hà (all except Xã Hộ Độ 18598); code 448 retired"),
  N_("Xã Hộ Độ (18598) moved to Thành phố Hà Tĩnh"),
  N_("11 communes moved to the city: 18571 18595 18604 18619 18622 18628 18631 18637 18643 18649 18652"),
  N_("code kept; lost 11 communes to 436, gained 11 from 448"),
  N_("Xã Cẩm Bình (18685) and Xã Cẩm Vĩnh/Cẩm Vịnh (18691) moved to the city"),
  N_("code kept; lost 2 communes to 436"),
  N_("code kept; city enlarged by 14 communes (11 from 445, 2 from 446, 1 from 448)"),
  N_("split: all of old Trần Phú except Tổ dân phố 6 joined Thạch Linh to form the new Phường Trần Phú, which took Thạch Linh's code 18094; code 18070 retired; per the provincial HĐND plan as reported by cafeland.vn (NQ 1283 text not seen)"),
  N_("split: Tổ dân phố 6 of old Trần Phú went to the new Phường Bắc Hà (code 18077, ex-Nguyễn Du); per the provincial HĐND plan as reported by cafeland.vn (NQ 1283 text not seen)"),
  N_("merged into the new Phường Bắc Hà, which took Nguyễn Du's code 18077 (same name, different code); code 18076 retired"),
  N_("code kept; renamed Nguyễn Du -> Bắc Hà; new unit = Nguyễn Du + old Bắc Hà (18076) + TDP 6 of old Trần Phú (18070)"),
  N_("code kept; renamed Thạch Linh -> Trần Phú; new unit = Thạch Linh + old Trần Phú (18070) less TDP 6"),
  N_("INFERRED (no source text found): Trung Lộc vanished from the directory; it borders TT Đồng Lộc (18484) and Xã Thượng Lộc (18478), both of which keep code and name; 18484 assumed. Either way it ends in Xã Đồng Lộc (18484) on 2025-07-01; code 18472 retired"),
  N_("INFERRED (no source text found): code and name kept; assumed to have absorbed Xã Trung Lộc (18472), alternative absorber 18478"),
  N_("INFERRED (no source text found): code and name kept; assumed to have absorbed Xã Phú Phong (18535)"),
  N_("INFERRED (no source text found): Phú Phong (about 4 km2) vanished from the directory; assumed absorbed by the small TT Hương Khê (about 6 km2), its main neighbour; alternatives 18529 Phú Gia, 18526 Hương Long. All of them end in Xã Hương Khê (18496) on 2025-07-01; code 18535 retired"),
  N_("code kept; renamed Xã Cẩm Vĩnh -> Xã Cẩm Vịnh; moved from 446 (Huyện Cẩm Xuyên) to 436 (Thành phố Hà Tĩnh) (directory spelling; NQ 1665 writes Cẩm Vịnh)"),
  N_("code kept; moved from 448 (Huyện Lộc Hà) to 445 (Huyện Thạch Hà); see 18448 in the change-2 rows: that old Bình Lộc code reappears in the 2025 lists"),
  N_("partial: \"một phần diện tích tự nhiên, quy mô dân số của phường Đại Nài\" (NQ 1665 khoản 59)"),
  N_("listed by merges.json only: 18448 Bình Lộc was merged into Bình An (18430) on 2020-01-01 (NQ 819/NQ-UBTVQH14) but reappears in the 2025-01/2025-03 directory lists; NQ 1665 khoản 24 does not name it; no 2024 unit maps to it"),
  N_("partial: \"phần còn lại của phường Đại Nài\" (NQ 1665 khoản 61)"),
  N_("partial: \"một phần quy mô dân số của xã Kỳ Lợi\" (population only, no area; NQ 1665 khoản 63)"),
  N_("NQ 1665 khoản 62 gives Vũng Áng \"toàn bộ diện tích tự nhiên\" of Kỳ Lợi (all of its area) but none of its population; merges.json says partial"),
  N_("partial: \"phần quy mô dân số còn lại của xã Kỳ Lợi\" (population only, no area; NQ 1665 khoản 64)"),
};

/**
 * ntm_lineage_link_describe_note:
 * @self: a #NtmLineageLink
 *
 * The link's note for a person: the phrases its source uses again and
 * again ("code kept", "moved from … to …", "code … retired") in the
 * interface's language, anything else as the source wrote it.
 *
 * Returns: (transfer full): the note, or "" when the link has none
 */
char *
ntm_lineage_link_describe_note (NtmLineageLink *self)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), NULL);

  if (self->note == NULL || *self->note == '\0')
    return g_strdup ("");
  /* a note the language has whole; else its parts, each as it can be */
  for (guint i = 0; i < G_N_ELEMENTS (whole_notes); i++)
    if (g_str_equal (self->note, whole_notes[i]))
      {
        const char *text = _(whole_notes[i]);

        if (text != whole_notes[i])
          return g_strdup (text);
        break;
      }
  parts = g_strsplit (self->note, "; ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *text = describe_note_part (parts[i]);

      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, text);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ntm_lineage_link_is_inferred:
 * @self: a #NtmLineageLink
 *
 * Returns: %TRUE when no source text confirms the link (its note says on
 *   what it rests); the application shows it as inferred
 */
gboolean
ntm_lineage_link_is_inferred (NtmLineageLink *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (self), FALSE);
  return self->inferred;
}

/**
 * ntm_database_list_lineage:
 * @db: a #NtmDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full): every link, by date, then old and new code, as
 *   a #GListModel of #NtmLineageLink
 */
GListModel *
ntm_database_list_lineage (NtmDatabase  *db,
                           GError      **error)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(GListStore) store = g_list_store_new (NTM_TYPE_LINEAGE_LINK);

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  if (!load_graph (db, &g, error))
    return NULL;
  for (guint i = 0; i < g.links->len; i++)
    g_list_store_append (store, g_ptr_array_index (g.links, i));
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * ntm_database_list_predecessors:
 * @db: a #NtmDatabase
 * @code: a unit's key
 * @error: return location for a #GError
 *
 * Where a unit came from: the links into it, then the links into those
 * units, back to the oldest on record; a link from a unit to itself says
 * the same unit was renamed, reclassified or enlarged.
 *
 * Returns: (transfer full): a #GListModel of #NtmLineageLink, nearest first
 */
GListModel *
ntm_database_list_predecessors (NtmDatabase  *db,
                                const char   *code,
                                GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return walk_from (db, code, TRUE, error);
}

/**
 * ntm_database_list_successors:
 * @db: a #NtmDatabase
 * @code: a unit's key
 * @error: return location for a #GError
 *
 * What a unit became: the links out of it, then out of those units.
 *
 * Returns: (transfer full): a #GListModel of #NtmLineageLink, nearest first
 */
GListModel *
ntm_database_list_successors (NtmDatabase  *db,
                              const char   *code,
                              GError      **error)
{
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return walk_from (db, code, FALSE, error);
}

/**
 * ntm_database_list_origins:
 * @db: a #NtmDatabase
 * @code: a unit's key
 * @iso_date: a day before the unit was formed, "YYYY-MM-DD"
 * @error: return location for a #GError
 *
 * The units in force on @iso_date that the unit was formed from (itself,
 * if it was already in force then), each marked whole when all of it went
 * into the unit in the end, and not whole when part of it went elsewhere
 * (Đại Nài went partly into Thành Sen and partly into Hà Huy Tập).
 *
 * Returns: (transfer full) (element-type NtmOrigin): the origins, in the
 *   order found
 */
GArray *
ntm_database_list_origins (NtmDatabase  *db,
                           const char   *code,
                           const char   *iso_date,
                           GError      **error)
{
  g_auto(Graph) g = { 0 };

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  if (!ntm_date_is_valid_iso (iso_date))
    {
      g_set_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID,
                   _("“%s” is not a date (YYYY-MM-DD)."), iso_date ? iso_date : "");
      return NULL;
    }
  if (!load_graph (db, &g, error))
    return NULL;
  return origins_in_graph (db, &g, code, iso_date, error);
}

/* The day of the last link into a unit (a link from itself included)
 * that took effect by @until, or %NULL when none did. */
static const char *
last_formed_on (Graph      *g,
                NtmUnit    *unit,
                const char *until)
{
  const char *last = NULL;
  GPtrArray *into = g_hash_table_lookup (g->by_new, ntm_unit_get_code (unit));

  for (guint i = 0; into != NULL && i < into->len; i++)
    {
      NtmLineageLink *link = g_ptr_array_index (into, i);

      if (strcmp (link->effective, until) <= 0 && (last == NULL || strcmp (link->effective, last) > 0))
        last = link->effective;
    }
  return last;
}

/**
 * ntm_database_list_former_districts:
 * @db: a #NtmDatabase
 * @year: a year
 * @error: return location for a #GError
 *
 * For each commune, ward or township in force on 31 December of @year
 * that was formed (or changed) by a link of the lineage that took effect
 * by then, the districts,
 * towns or cities its area belonged to the day before: for a unit of July
 * 2025, the districts of 30 June 2025. The one whose unit lent the new
 * unit its official code comes first, the others in the order of the
 * origins. This is what "group by former district" groups by.
 *
 * Returns: (transfer full): unit key → #GPtrArray of #NtmUnit (the
 *   districts as they were that day); units without a former district
 *   are not in it
 */
GHashTable *
ntm_database_list_former_districts (NtmDatabase  *db,
                                    int           year,
                                    GError      **error)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(GListModel) units = NULL;
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", year);
  g_autoptr(GHashTable) result = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_ptr_array_unref);

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  units = ntm_database_list_units_in_year (db, year, error);
  if (units == NULL || !load_graph (db, &g, error))
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      g_autoptr(GArray) origins = NULL;
      g_autoptr(GPtrArray) districts = NULL;
      g_autofree char *before = NULL;
      const char *formed;

      if (!ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
        continue;
      formed = last_formed_on (&g, unit, year_end);
      if (formed == NULL)
        continue;

      before = day_before (formed);
      origins = origins_in_graph (db, &g, ntm_unit_get_code (unit), before, error);
      if (origins == NULL)
        return NULL;

      districts = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint o = 0; o < origins->len; o++)
        {
          const NtmOrigin *origin = &g_array_index (origins, NtmOrigin, o);
          g_autoptr(NtmUnit) then = ntm_database_get_unit_on (db, origin->code, before, NULL);
          g_autoptr(NtmUnit) parent = NULL;
          gboolean known = FALSE;

          if (then == NULL || ntm_unit_get_parent_code (then) == NULL)
            continue;
          parent = ntm_database_get_unit_on (db, ntm_unit_get_parent_code (then), before, NULL);
          if (parent == NULL || !ntm_unit_kind_is_district_level (ntm_unit_get_kind (parent)))
            continue;
          for (guint d = 0; d < districts->len && !known; d++)
            {
              NtmUnit *listed = g_ptr_array_index (districts, d);

              if (!g_str_equal (ntm_unit_get_code (listed), ntm_unit_get_code (parent)))
                continue;
              known = TRUE;
              /* the district of the unit whose code the new one took first */
              if (g_strcmp0 (origin->official_code, ntm_unit_get_official_code (unit)) == 0)
                g_ptr_array_insert (districts, 0, g_ptr_array_steal_index (districts, d));
            }
          if (known)
            continue;
          if (g_strcmp0 (origin->official_code, ntm_unit_get_official_code (unit)) == 0)
            g_ptr_array_insert (districts, 0, g_steal_pointer (&parent));
          else
            g_ptr_array_add (districts, g_steal_pointer (&parent));
        }
      if (districts->len > 0)
        g_hash_table_insert (result, g_strdup (ntm_unit_get_code (unit)), g_steal_pointer (&districts));
    }

  return g_steal_pointer (&result);
}

/**
 * ntm_database_get_predecessor_history:
 * @db: a #NtmDatabase
 * @code: a unit's key
 * @first_year: the first year wanted (e.g. 2021)
 * @error: return location for a #GError
 *
 * For each year from @first_year to the last year before the unit was
 * formed, each of its predecessors (ntm_database_list_origins() on 31
 * December) with its level in force then and its criteria met. This is
 * the predecessors' own record: nothing here is the unit's.
 *
 * Returns: (transfer full) (element-type NtmPredecessorYear): by year, then
 *   as the origins come
 */
GArray *
ntm_database_get_predecessor_history (NtmDatabase  *db,
                                      const char   *code,
                                      int           first_year,
                                      GError      **error)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(GArray) history = g_array_new (FALSE, TRUE, sizeof (NtmPredecessorYear));
  g_autoptr(NtmUnit) unit = NULL;
  int last_year;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  g_array_set_clear_func (history, predecessor_year_clear);
  unit = ntm_database_get_unit (db, code, error);
  if (unit == NULL || !load_graph (db, &g, error))
    return NULL;
  last_year = ntm_unit_get_valid_from (unit) ? atoi (ntm_unit_get_valid_from (unit)) - 1 : first_year - 1;

  for (int year = first_year; year <= last_year; year++)
    {
      g_autofree char *year_end = g_strdup_printf ("%04d-12-31", year);
      g_autoptr(GArray) origins = origins_in_graph (db, &g, code, year_end, error);
      g_autoptr(NtmEvaluation) evaluation = NULL;

      if (origins == NULL)
        return NULL;
      if (origins->len == 0)
        continue;
      evaluation = ntm_evaluation_new (db, year, error);
      if (evaluation == NULL)
        return NULL;

      for (guint i = 0; i < origins->len; i++)
        {
          const NtmOrigin *o = &g_array_index (origins, NtmOrigin, i);
          NtmPredecessorYear p = { 0 };
          NtmTally tally = ntm_evaluation_get_tally (evaluation, o->code);

          p.code = g_strdup (o->code);
          p.official_code = g_strdup (o->official_code);
          p.name = g_strdup (o->name);
          p.year = year;
          p.whole = o->whole;
          p.level = ntm_evaluation_get_recognised_level (evaluation, o->code);
          p.level_year = ntm_evaluation_get_recognised_year (evaluation, o->code);
          p.criteria_met = tally.met;
          p.criteria_total = tally.total;
          p.criteria_known = tally.met + tally.basically_met + tally.not_met;
          g_array_append_val (history, p);
        }
    }

  return g_steal_pointer (&history);
}

/* What @code's origins held on 31 December of @year, the graph read. */
static gboolean
derive_in_graph (NtmDatabase      *db,
                 Graph            *g,
                 const char       *code,
                 int               year,
                 NtmDerivedLevel  *out,
                 GError          **error)
{
  g_autofree char *year_end = g_strdup_printf ("%04d-12-31", year);
  g_autoptr(GArray) origins = NULL;
  g_autoptr(GHashTable) levels = NULL;
  int lowest = G_MAXINT;

  memset (out, 0, sizeof *out);
  out->year = year;
  out->derived = TRUE;
  out->lowest = NTM_LEVEL_NO_DATA;

  origins = origins_in_graph (db, g, code, year_end, error);
  if (origins == NULL)
    return FALSE;
  levels = ntm_database_get_levels_in_force (db, year_end, error);
  if (levels == NULL)
    return FALSE;

  out->predecessors = origins->len;
  for (guint i = 0; i < origins->len; i++)
    {
      const NtmLevelInForce *l = g_hash_table_lookup (levels, g_array_index (origins, NtmOrigin, i).code);

      if (l == NULL)
        {
          lowest = 0;
          continue;
        }
      out->with_level++;
      if (ntm_level_rank (l->level) < lowest)
        {
          lowest = ntm_level_rank (l->level);
          out->lowest = l->level;
        }
    }
  if (out->with_level < out->predecessors)
    out->lowest = NTM_LEVEL_NO_DATA;
  return TRUE;
}

/**
 * ntm_database_derive_level:
 * @db: a #NtmDatabase
 * @code: a unit's key
 * @year: a year before the unit was formed
 * @out: (out caller-allocates): what its predecessors held on 31 December
 *   of @year
 * @error: return location for a #GError
 *
 * "All predecessors were NTM by 2024": the lowest level its predecessors
 * all held, by decision, on 31 December of @year. The result is derived
 * from the predecessors and is never a recognition of the unit.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_database_derive_level (NtmDatabase      *db,
                           const char       *code,
                           int               year,
                           NtmDerivedLevel  *out,
                           GError          **error)
{
  g_auto(Graph) g = { 0 };

  g_return_val_if_fail (NTM_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (code != NULL && out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  out->year = year;
  out->derived = TRUE;
  out->lowest = NTM_LEVEL_NO_DATA;
  if (!load_graph (db, &g, error))
    return FALSE;
  return derive_in_graph (db, &g, code, year, out, error);
}

/**
 * ntm_database_derive_levels:
 * @db: a #NtmDatabase
 * @code: a unit's key
 * @first_year: the first year wanted
 * @last_year: the last year wanted
 * @error: return location for a #GError
 *
 * ntm_database_derive_level() for each year from @first_year to
 * @last_year, the lineage read once: what a unit's page shows year by
 * year.
 *
 * Returns: (transfer full) (element-type NtmDerivedLevel): one per year,
 *   in order
 */
GArray *
ntm_database_derive_levels (NtmDatabase  *db,
                            const char   *code,
                            int           first_year,
                            int           last_year,
                            GError      **error)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(GArray) derived = g_array_new (FALSE, TRUE, sizeof (NtmDerivedLevel));

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  if (!load_graph (db, &g, error))
    return NULL;
  for (int year = first_year; year <= last_year; year++)
    {
      NtmDerivedLevel d;

      if (!derive_in_graph (db, &g, code, year, &d, error))
        return NULL;
      g_array_append_val (derived, d);
    }
  return g_steal_pointer (&derived);
}

/**
 * ntm_derived_level_format:
 * @derived: what the predecessors held
 *
 * Returns: (transfer full): a sentence that says it is derived, translated
 */
char *
ntm_derived_level_format (const NtmDerivedLevel *derived)
{
  g_return_val_if_fail (derived != NULL, NULL);

  if (derived->predecessors == 0)
    return g_strdup (_("No predecessor on record."));
  if (derived->lowest != NTM_LEVEL_NO_DATA)
    /* Translators: e.g. "All 4 predecessors held NTM or higher at the end of 2024 …" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Its %u predecessor held %s or higher at the end of %d (derived from the predecessor, not a recognition).",
                                         "All %u predecessors held %s or higher at the end of %d (derived from the predecessors, not a recognition).",
                                         derived->predecessors),
                            derived->predecessors, ntm_level_get_label (derived->lowest), derived->year);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u predecessor held a level at the end of %d (derived from the predecessors, not a recognition).",
                                       "%u of %u predecessors held a level at the end of %d (derived from the predecessors, not a recognition).",
                                       derived->predecessors),
                          derived->with_level, derived->predecessors, derived->year);
}
