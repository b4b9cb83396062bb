/* test-time.c: the model in time: units of a year, lineage, the level in
 * force, the sets and levels of a period, commune groups, records beside
 * reported totals, and today's year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ntm-assessment-private.h"
#include "ntm-assessment.h"
#include "ntm-classification.h"
#include "ntm-clock-private.h"
#include "ntm-clock.h"
#include "ntm-commune-water.h"
#include "ntm-criteria.h"
#include "ntm-database-private.h"
#include "ntm-evaluation.h"
#include "ntm-level-count.h"
#include "ntm-lineage-private.h"
#include "ntm-lineage.h"
#include "ntm-overview-private.h"
#include "ntm-overview.h"
#include "ntm-recognition.h"
#include "ntm-test-utils.h"
#include "ntm-unit.h"

static char *dir;
static NtmDatabase *shared;

#define count(db, sql) ntm_test_count ((db), (sql))

static NtmDatabase *
fresh_database (const char *name)
{
  return ntm_test_open_database (dir, name);
}

/* Units of @year in force, by level of unit. */
static void
count_levels (NtmDatabase *db,
              const char  *iso_date,
              guint       *province,
              guint       *district,
              guint       *commune)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) units = ntm_database_list_units_on (db, iso_date, &error);

  g_assert_no_error (error);
  *province = *district = *commune = 0;
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      NtmUnitKind kind = ntm_unit_get_kind (unit);

      if (kind == NTM_UNIT_KIND_PROVINCE)
        (*province)++;
      else if (ntm_unit_kind_is_district_level (kind))
        (*district)++;
      else
        (*commune)++;
    }
}

/* ---------------------------------------------------------------------- */
/* Units in time                                                          */
/* ---------------------------------------------------------------------- */

static void
test_units_per_year (void)
{
  g_autoptr(GError) error = NULL;
  guint p, d, c;

  count_levels (shared, "2024-12-31", &p, &d, &c);
  g_assert_cmpuint (p, ==, 1);
  g_assert_cmpuint (d, ==, 13);
  g_assert_cmpuint (c, ==, 216);

  /* 1 January 2025: Lộc Hà district and 7 commune-level codes gone */
  count_levels (shared, "2025-01-01", &p, &d, &c);
  g_assert_cmpuint (d, ==, 12);
  g_assert_cmpuint (c, ==, 209);
  count_levels (shared, "2025-06-30", &p, &d, &c);
  g_assert_cmpuint (d, ==, 12);
  g_assert_cmpuint (c, ==, 209);

  /* 1 July 2025: no districts, 69 communes and wards */
  count_levels (shared, "2025-07-01", &p, &d, &c);
  g_assert_cmpuint (p, ==, 1);
  g_assert_cmpuint (d, ==, 0);
  g_assert_cmpuint (c, ==, 69);

  /* a year is its 31 December */
  {
    g_autoptr(GListModel) y2026 = ntm_database_list_units_in_year (shared, 2026, &error);
    g_autoptr(GListModel) y2024 = ntm_database_list_units_in_year (shared, 2024, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (y2026), ==, 70);
    g_assert_cmpuint (g_list_model_get_n_items (y2024), ==, 230);
  }

  /* a bad day is refused */
  {
    g_autoptr(GListModel) none = ntm_database_list_units_on (shared, "2025-02-30", &error);
    g_assert_null (none);
    g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  }
}

static void
test_same_code_other_unit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmUnit) thach_ha = ntm_database_find_unit (shared, "18100", 2024, &error);
  g_autoptr(NtmUnit) early_2025 = NULL;
  g_autoptr(NtmUnit) tran_phu = NULL;
  g_autoptr(NtmUnit) none = NULL;

  /* 18100 is Xã Thạch Hạ in 2024, a ward from 1 January 2025, and from
   * 1 July 2025 the new Phường Trần Phú: another unit */
  g_assert_no_error (error);
  g_assert_cmpstr (ntm_unit_get_name (thach_ha), ==, "Xã Thạch Hạ");
  g_assert_cmpint (ntm_unit_get_kind (thach_ha), ==, NTM_UNIT_KIND_COMMUNE);
  g_assert_cmpstr (ntm_unit_get_parent_code (thach_ha), ==, "436");

  early_2025 = ntm_database_get_unit_on (shared, "18100", "2025-03-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ntm_unit_get_name (early_2025), ==, "Phường Thạch Hạ");
  g_assert_cmpint (ntm_unit_get_kind (early_2025), ==, NTM_UNIT_KIND_WARD);

  tran_phu = ntm_database_find_unit (shared, "18100", 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ntm_unit_get_name (tran_phu), ==, "Phường Trần Phú");
  g_assert_cmpstr (ntm_unit_get_official_code (tran_phu), ==, "18100");
  g_assert_cmpstr (ntm_unit_get_code (tran_phu), !=, ntm_unit_get_code (thach_ha));
  g_assert_cmpstr (ntm_unit_get_parent_code (tran_phu), ==, "42");
  g_assert_true (ntm_unit_matches (tran_phu, "18100"));

  /* a moved commune: Hộ Độ went from Lộc Hà to the city */
  {
    g_autoptr(NtmUnit) before = ntm_database_get_unit_on (shared, "18598", "2024-12-31", NULL);
    g_autoptr(NtmUnit) after = ntm_database_get_unit_on (shared, "18598", "2025-01-01", NULL);

    g_assert_cmpstr (ntm_unit_get_parent_code (before), ==, "448");
    g_assert_cmpstr (ntm_unit_get_parent_code (after), ==, "436");
  }

  /* Sơn Kim 1 was not merged: the same unit, under the province now */
  {
    g_autoptr(NtmUnit) son_kim = ntm_database_find_unit (shared, "18196", 2026, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ntm_unit_get_code (son_kim), ==, "18196");
    g_assert_cmpstr (ntm_unit_get_parent_code (son_kim), ==, "42");
  }

  none = ntm_database_find_unit (shared, "18070", 2026, &error);
  g_assert_null (none);
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND);
}

/* ---------------------------------------------------------------------- */
/* Lineage                                                                */
/* ---------------------------------------------------------------------- */

/* The lineage's notes read in the interface's language where its source
 * repeats a phrase; what it says once stays as written. */
static void
test_lineage_notes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) links = ntm_database_list_lineage (shared, &error);
  guint described = 0, with_note = 0, moved = 0, renamed = 0, inferred = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(NtmLineageLink) link = g_list_model_get_item (links, i);
      const char *note = ntm_lineage_link_get_note (link);
      g_autofree char *text = ntm_lineage_link_describe_note (link);

      if (note == NULL || *note == '\0')
        {
          g_assert_cmpstr (text, ==, "");
          continue;
        }
      with_note++;
      g_assert_cmpstr (text, !=, "");
      /* every part is kept, in the same order */
      {
        g_auto(GStrv) parts = g_strsplit (note, "; ", -1);
        g_auto(GStrv) out = g_strsplit (text, "; ", -1);
        g_assert_cmpuint (g_strv_length (out), ==, g_strv_length (parts));
      }
      if (g_strcmp0 (note, "new unit reuses this code") == 0)
        g_assert_cmpstr (text, ==, "the new unit has this code");
      if (g_strcmp0 (note, "code kept; commune -> ward") == 0)
        g_assert_cmpstr (text, ==, "code kept; the commune became a ward");
      if (g_str_has_prefix (note, "INFERRED (no source text found): code and name kept"))
        {
          g_assert_true (g_str_has_prefix (text, "inferred, no source text found: code and name kept"));
          inferred++;
        }
      if (g_strcmp0 (ntm_lineage_link_get_old_code (link), "18196") == 0)
        g_assert_cmpstr (text, ==, "not rearranged (NQ 1665 khoản 68); only the district above it was abolished");
      if (g_str_has_prefix (note, "code kept; moved from 448 (Huyện Lộc Hà) to 445 (Huyện Thạch Hà)"))
        {
          g_assert_true (g_str_has_prefix (text, "code kept; moved from 448 (Huyện Lộc Hà) to 445 (Huyện Thạch Hà)"));
          moved++;
        }
      if (strstr (note, "renamed Sơn Trà -> Mỹ Long") != NULL)
        {
          g_assert_nonnull (strstr (text, "renamed Sơn Trà → Mỹ Long"));
          renamed++;
        }
      if (g_strcmp0 (text, note) != 0)
        described++;
    }
  g_assert_cmpuint (moved, ==, 11);
  g_assert_cmpuint (renamed, ==, 1);
  g_assert_cmpuint (inferred, ==, 2);
  /* the repeated phrases: "new unit reuses this code" alone on 67 links,
   * "commune -> ward", "renamed … -> …" */
  g_assert_cmpuint (described, >=, 67 + 6 + 3);
  g_assert_cmpuint (described, <, with_note);
}

static void
test_lineage_complete (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) links = ntm_database_list_lineage (shared, &error);
  g_autoptr(GListModel) units_2024 = ntm_database_list_units_in_year (shared, 2024, &error);
  g_autoptr(GListModel) units_2026 = ntm_database_list_units_in_year (shared, 2026, &error);
  g_autoptr(GHashTable) in_2026 = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint inferred = 0, partial = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 266);
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(NtmLineageLink) link = g_list_model_get_item (links, i);

      inferred += ntm_lineage_link_is_inferred (link);
      partial += !ntm_lineage_link_is_whole (link);
      g_assert_true (g_str_has_suffix (ntm_lineage_link_get_resolution (link), "/NQ-UBTVQH15"));
      g_assert_cmpstr (ntm_lineage_link_get_old_name (link), !=, "");
    }
  /* the four links no text confirms keep their mark */
  g_assert_cmpuint (inferred, ==, 4);
  g_assert_cmpuint (partial, >=, 5);

  for (guint i = 0; i < g_list_model_get_n_items (units_2026); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units_2026, i);
      g_autoptr(GListModel) before = NULL;

      if (ntm_unit_get_kind (unit) == NTM_UNIT_KIND_PROVINCE)
        continue;
      g_hash_table_add (in_2026, g_strdup (ntm_unit_get_code (unit)));
      /* every one of the 69 has predecessors */
      before = ntm_database_list_predecessors (shared, ntm_unit_get_code (unit), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (before), >=, 1);
    }
  g_assert_cmpuint (g_hash_table_size (in_2026), ==, 69);

  /* every commune-level unit of 2024 reaches at least one of the 69 */
  for (guint i = 0; i < g_list_model_get_n_items (units_2024); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units_2024, i);
      g_autoptr(GListModel) after = NULL;
      gboolean reaches = FALSE;

      if (!ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
        continue;
      after = ntm_database_list_successors (shared, ntm_unit_get_code (unit), &error);
      g_assert_no_error (error);
      for (guint j = 0; j < g_list_model_get_n_items (after) && !reaches; j++)
        {
          g_autoptr(NtmLineageLink) link = g_list_model_get_item (after, j);
          reaches = g_hash_table_contains (in_2026, ntm_lineage_link_get_new_code (link));
        }
      if (!reaches)
        g_test_message ("%s reaches none of the 69", ntm_unit_get_code (unit));
      g_assert_true (reaches);
    }
}

static void
test_origins (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmUnit) thanh_sen = ntm_database_find_unit (shared, "18073", 2026, &error);
  g_autoptr(NtmUnit) kim_hoa = ntm_database_find_unit (shared, "18223", 2026, &error);
  g_autoptr(GArray) of_thanh_sen = NULL;
  g_autoptr(GArray) of_kim_hoa = NULL;
  gboolean dai_nai_split = FALSE, tran_phu_whole = FALSE, son_ham = FALSE;

  g_assert_no_error (error);
  of_thanh_sen = ntm_database_list_origins (shared, ntm_unit_get_code (thanh_sen), "2024-12-31", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < of_thanh_sen->len; i++)
    {
      const NtmOrigin *o = &g_array_index (of_thanh_sen, NtmOrigin, i);

      /* Đại Nài went partly into Thành Sen, partly into Hà Huy Tập */
      if (g_str_equal (o->code, "18082"))
        dai_nai_split = !o->whole;
      /* the old Trần Phú was split on 1 January 2025, but both parts
       * ended in Thành Sen: all of it went there */
      if (g_str_equal (o->code, "18070"))
        tran_phu_whole = o->whole;
    }
  g_assert_true (dai_nai_split);
  g_assert_true (tran_phu_whole);

  /* Kim Hoa of 2025 holds Sơn Hàm, merged into Hàm Trường on 1 January */
  of_kim_hoa = ntm_database_list_origins (shared, ntm_unit_get_code (kim_hoa), "2024-12-31", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < of_kim_hoa->len; i++)
    son_ham |= g_str_equal (g_array_index (of_kim_hoa, NtmOrigin, i).code, "18214");
  g_assert_true (son_ham);

  {
    g_autoptr(GArray) bad = ntm_database_list_origins (shared, "18073", "31/12/2024", &error);
    g_assert_null (bad);
    g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  }
}

static const char *
district_code_at (GHashTable *former,
                  NtmUnit    *unit,
                  guint       index)
{
  GPtrArray *districts = g_hash_table_lookup (former, ntm_unit_get_code (unit));

  if (districts == NULL || index >= districts->len)
    return NULL;
  return ntm_unit_get_code (g_ptr_array_index (districts, index));
}

/* The districts the units of July 2025 were carved from, the one whose
 * code a unit took first: what "group by former district" groups by. */
static void
test_former_districts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) former = ntm_database_list_former_districts (shared, 2026, &error);
  g_autoptr(GHashTable) in_2024 = NULL;
  g_autoptr(GListModel) units = ntm_database_list_units_in_year (shared, 2026, &error);
  g_autoptr(NtmUnit) bac_hong_linh = ntm_database_find_unit (shared, "18115", 2026, &error);
  g_autoptr(NtmUnit) tran_phu = ntm_database_find_unit (shared, "18100", 2026, &error);
  g_autoptr(NtmUnit) son_kim_1 = ntm_database_find_unit (shared, "18196", 2026, &error);
  guint communes = 0;

  g_assert_no_error (error);
  g_assert_nonnull (former);

  /* every commune and ward of 2026 came out of at least one district */
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);

      if (!ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
        continue;
      communes++;
      g_assert_nonnull (district_code_at (former, unit, 0));
    }
  g_assert_cmpuint (communes, ==, 69);
  g_assert_cmpuint (g_hash_table_size (former), ==, 69);

  /* Bắc Hồng Lĩnh took its code from a ward of the town of Hồng Lĩnh and
   * a commune of Nghi Xuân */
  g_assert_cmpstr (district_code_at (former, bac_hong_linh, 0), ==, "437");
  g_assert_cmpstr (district_code_at (former, bac_hong_linh, 1), ==, "442");
  g_assert_null (district_code_at (former, bac_hong_linh, 2));
  /* Hộ Độ had moved to the city in January: Trần Phú is the city's alone */
  g_assert_cmpstr (district_code_at (former, tran_phu, 0), ==, "436");
  g_assert_null (district_code_at (former, tran_phu, 1));
  /* Sơn Kim 1 carried on; only the district above it went */
  g_assert_cmpstr (district_code_at (former, son_kim_1, 0), ==, "439");

  /* the units of 2024 were formed by no link: none has a former district */
  in_2024 = ntm_database_list_former_districts (shared, 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (in_2024), ==, 0);

  /* a year out of range is refused */
  g_assert_null (ntm_database_list_former_districts (shared, 1800, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
}

/* What a new unit's predecessors held is derived, never its recognition. */
static void
test_derived_history (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = fresh_database ("derived.db");
  g_autoptr(NtmUnit) unit = ntm_database_find_unit (db, "18160", 2026, &error);
  const char *code;
  g_autoptr(GArray) origins = NULL;
  g_autoptr(GArray) history = NULL;
  NtmDerivedLevel derived;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  code = ntm_unit_get_code (unit);
  origins = ntm_database_list_origins (db, code, "2024-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (origins->len, >=, 2);

  /* both predecessors of the new Xã Sơn Hồng were NTM by the end of 2024 */
  g_assert_true (ntm_database_derive_level (db, code, 2024, &derived, &error));
  g_assert_no_error (error);
  g_assert_true (derived.derived);
  g_assert_cmpuint (derived.predecessors, ==, origins->len);
  g_assert_cmpuint (derived.with_level, ==, origins->len);
  g_assert_cmpint (ntm_level_rank (derived.lowest), >=, ntm_level_rank (NTM_LEVEL_NTM));
  text = ntm_derived_level_format (&derived);
  g_assert_nonnull (strstr (text, "not a recognition"));

  /* ... which is not a level of the new unit */
  g_assert_cmpint (ntm_database_get_level_in_force (db, code, "2026-12-31", NULL, NULL, NULL), ==, NTM_LEVEL_NO_DATA);
  g_assert_cmpint (count (db, "SELECT count(*) FROM recognition WHERE unit_code LIKE '%-2025'"), ==, 0);

  /* before 2021 one of them loses its level: a report-only NTM (2023)
   * cannot vouch for 2020 */
  g_assert_true (ntm_database_derive_level (db, code, 2020, &derived, &error));
  g_assert_cmpuint (derived.with_level, <, derived.predecessors);
  g_assert_cmpint (derived.lowest, ==, NTM_LEVEL_NO_DATA);

  /* year by year at once, the same as one year at a time */
  {
    g_autoptr(GArray) by_year = ntm_database_derive_levels (db, code, 2020, 2024, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (by_year->len, ==, 5);
    for (guint i = 0; i < by_year->len; i++)
      {
        const NtmDerivedLevel *d = &g_array_index (by_year, NtmDerivedLevel, i);
        NtmDerivedLevel one;

        g_assert_true (ntm_database_derive_level (db, code, 2020 + (int) i, &one, &error));
        g_assert_cmpint (d->year, ==, 2020 + (int) i);
        g_assert_true (d->derived);
        g_assert_cmpuint (d->predecessors, ==, one.predecessors);
        g_assert_cmpuint (d->with_level, ==, one.with_level);
        g_assert_cmpint (d->lowest, ==, one.lowest);
      }
    g_assert_cmpint (g_array_index (by_year, NtmDerivedLevel, 0).lowest, ==, NTM_LEVEL_NO_DATA);
    g_assert_cmpint (ntm_level_rank (g_array_index (by_year, NtmDerivedLevel, 4).lowest), >=,
                     ntm_level_rank (NTM_LEVEL_NTM));
    /* a unit that is none */
    g_assert_null (ntm_database_derive_levels (db, "no-such-unit", 2021, 2024, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }

  /* the predecessors' own record, year by year, with their criteria */
  ntm_test_exec (db, "INSERT INTO criterion_status (unit_code, criterion_id, year, status, source)"
            " SELECT '18160', id, 2023, 'met', 'Báo cáo' FROM criterion WHERE set_code = '318-ntm'");
  history = ntm_database_get_predecessor_history (db, code, 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3 * origins->len);   /* 2022, 2023, 2024 */
  for (guint i = 0; i < history->len; i++)
    {
      const NtmPredecessorYear *p = &g_array_index (history, NtmPredecessorYear, i);

      g_assert_cmpint (p->year, >=, 2022);
      g_assert_cmpint (p->year, <=, 2024);
      g_assert_cmpstr (p->code, !=, code);
      if (g_str_equal (p->code, "18160") && p->year == 2023)
        {
          g_assert_cmpuint (p->criteria_met, ==, 19);
          g_assert_cmpuint (p->criteria_total, ==, 19);
        }
      if (p->year == 2024)
        g_assert_cmpint (p->level, !=, NTM_LEVEL_NO_DATA);
    }
}

/* ---------------------------------------------------------------------- */
/* The level in force                                                     */
/* ---------------------------------------------------------------------- */

static void
test_level_rule (void)
{
  /* entered out of order: model 2023 (dated), NTM known by its year only,
   * advanced 2021 whose model was later revoked */
  NtmDecision d[] = {
    { NTM_LEVEL_MODEL, "2023-06-01", 2023, "2024-03-01" },
    { NTM_LEVEL_NTM, NULL, 2019, NULL },
    { NTM_LEVEL_ADVANCED, "2021-05-10", 2021, NULL },
    { NTM_LEVEL_NTM, NULL, 2023, NULL },          /* a later report-only NTM */
  };

  /* nothing before the first decision */
  g_assert_cmpint (ntm_decisions_in_force (d, G_N_ELEMENTS (d), "2019-06-30"), ==, -1);
  /* a year alone counts from the end of that year */
  g_assert_cmpint (ntm_decisions_in_force (d, G_N_ELEMENTS (d), "2019-12-31"), ==, 1);
  /* the decision's date, not its year */
  g_assert_cmpint (ntm_decisions_in_force (d, G_N_ELEMENTS (d), "2021-05-09"), ==, 1);
  g_assert_cmpint (ntm_decisions_in_force (d, G_N_ELEMENTS (d), "2021-05-10"), ==, 2);
  /* the highest, not the latest: the 2023 report-only NTM masks nothing */
  g_assert_cmpint (ntm_decisions_in_force (d, G_N_ELEMENTS (d), "2023-03-01"), ==, 2);
  g_assert_cmpint (ntm_decisions_in_force (d, G_N_ELEMENTS (d), "2023-12-31"), ==, 0);
  /* revoked on 1/3/2024: in force that day, not after; the revocation
   * ends only the model level */
  g_assert_cmpint (ntm_decisions_in_force (d, G_N_ELEMENTS (d), "2024-03-01"), ==, 0);
  g_assert_cmpint (ntm_decisions_in_force (d, G_N_ELEMENTS (d), "2024-03-02"), ==, 2);
  g_assert_cmpint (ntm_decisions_in_force (NULL, 0, "2024-03-02"), ==, -1);

  /* the levels of a period */
  {
    NtmLevel levels[4];

    g_assert_cmpuint (ntm_levels_for_year (NTM_UNIT_KIND_COMMUNE, 2025, levels, 4), ==, 3);
    g_assert_cmpint (levels[2], ==, NTM_LEVEL_MODEL);
    g_assert_cmpuint (ntm_levels_for_year (NTM_UNIT_KIND_COMMUNE, 2026, levels, 4), ==, 2);
    g_assert_cmpint (levels[0], ==, NTM_LEVEL_NTM_DECISION_51);
    g_assert_cmpint (levels[1], ==, NTM_LEVEL_MODERN_NTM);
    g_assert_cmpuint (ntm_levels_for_year (NTM_UNIT_KIND_DISTRICT, 2026, levels, 4), ==, 0);
    g_assert_cmpuint (ntm_levels_for_year (NTM_UNIT_KIND_PROVINCE, 2026, levels, 4), ==, 1);
    g_assert_cmpint (levels[0], ==, NTM_LEVEL_PROVINCE_COMPLETED);
    g_assert_cmpuint (ntm_levels_for_year (NTM_UNIT_KIND_TOWN, 2024, levels, 4), ==, 1);
    g_assert_cmpint (levels[0], ==, NTM_LEVEL_TASK_COMPLETED);
    g_assert_true (ntm_level_in_period (NTM_LEVEL_ADVANCED, NTM_UNIT_KIND_COMMUNE, 2024));
    g_assert_false (ntm_level_in_period (NTM_LEVEL_ADVANCED, NTM_UNIT_KIND_COMMUNE, 2026));
    g_assert_cmpint (ntm_next_level_in_year (NTM_LEVEL_NTM, NTM_UNIT_KIND_COMMUNE, 2026), ==, NTM_LEVEL_NTM_DECISION_51);
    g_assert_cmpint (ntm_level_for_set (NTM_LEVEL_NTM, 2026), ==, NTM_LEVEL_NTM_DECISION_51);
    g_assert_cmpint (ntm_level_for_set (NTM_LEVEL_NTM, 2025), ==, NTM_LEVEL_NTM);
  }

  /* English names of the levels */
  g_assert_cmpstr (ntm_level_get_label (NTM_LEVEL_NTM), ==, "NTM");
  g_assert_cmpstr (ntm_level_get_label (NTM_LEVEL_ADVANCED), ==, "Advanced NTM");
  g_assert_cmpstr (ntm_level_get_label (NTM_LEVEL_MODEL), ==, "Model NTM");
  g_assert_cmpstr (ntm_level_to_string (NTM_LEVEL_MODERN_NTM), ==, "modern_ntm");
}

/* A town or the city completes the NTM task; it is not an NTM district. */
static void
test_town_rule (void)
{
  NtmDistrictFacts facts = { 0 };

  facts.communes = 5;
  facts.communes_ntm = 5;
  facts.satisfaction = NTM_STATUS_MET;
  facts.criteria.total = 9;
  facts.criteria.met = 9;
  /* no advanced commune: a district would not be NTM, a town completes */
  g_assert_cmpint (ntm_district_level (&facts, NTM_UNIT_KIND_DISTRICT), ==, NTM_LEVEL_NOT_YET);
  g_assert_cmpint (ntm_town_level (&facts), ==, NTM_LEVEL_TASK_COMPLETED);
  g_assert_cmpint (ntm_district_level (&facts, NTM_UNIT_KIND_CITY), ==, NTM_LEVEL_TASK_COMPLETED);
  facts.communes_ntm = 4;
  g_assert_cmpint (ntm_town_level (&facts), ==, NTM_LEVEL_NOT_YET);
  facts.communes_ntm = 4;
  facts.communes_unknown = 1;
  g_assert_cmpint (ntm_town_level (&facts), ==, NTM_LEVEL_NO_DATA);
}

/* The evaluation, overview, classifier and unit list give one level. */
static void
test_consumers_agree (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = fresh_database ("agree.db");
  g_autoptr(NtmOverview) overview = NULL;
  g_autoptr(NtmClassification) classes = NULL;
  g_autoptr(GHashTable) levels = NULL;
  NtmEvaluation *evaluation;
  GListModel *units;
  guint checked = 0;

  /* an advanced decision of 2021 entered after the 2023 placeholder, and
   * a model decision revoked */
  ntm_test_exec (db, "INSERT INTO recognition (unit_code, level, decision_number, decision_date, year, source)"
            " VALUES ('18157', 'advanced', '55/QĐ-UBND', '2021-03-02', 2021, ''),"
            "        ('18160', 'model', '66/QĐ-UBND', '2024-02-01', 2024, '')");
  ntm_test_exec (db, "UPDATE recognition SET revoked_on = '2024-06-01', revoke_reason = 'Sai sót'"
            " WHERE decision_number = '66/QĐ-UBND'");

  overview = ntm_overview_new (db, 2024, &error);
  g_assert_no_error (error);
  evaluation = ntm_overview_get_evaluation (overview);
  units = ntm_overview_get_units (overview);
  classes = ntm_classification_new (db, evaluation, units, NTM_MAP_MODE_LEVEL, NULL, &error);
  g_assert_no_error (error);
  levels = ntm_database_get_levels_in_force (db, "2024-12-31", &error);
  g_assert_no_error (error);

  g_assert_cmpint (ntm_evaluation_get_recognised_level (evaluation, "18157"), ==, NTM_LEVEL_ADVANCED);
  g_assert_cmpint (ntm_evaluation_get_recognised_level (evaluation, "18160"), ==, NTM_LEVEL_NTM);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      const char *code = ntm_unit_get_code (unit);
      const NtmLevelInForce *held = g_hash_table_lookup (levels, code);
      NtmLevel level = held ? held->level : NTM_LEVEL_NO_DATA;
      guint k;

      if (ntm_unit_get_kind (unit) != NTM_UNIT_KIND_COMMUNE)
        continue;
      g_assert_cmpint (ntm_evaluation_get_recognised_level (evaluation, code), ==, level);
      g_assert_cmpint (ntm_database_get_level_in_force (db, code, "2024-12-31", NULL, NULL, NULL), ==, level);
      g_assert_cmpint (ntm_database_get_recognised_level (db, code, 2024, NULL, NULL), ==, level);
      k = ntm_classification_lookup (classes, code);
      g_assert_cmpfloat (ntm_classification_get_class (classes, k)->position, ==, level);
      checked++;
    }
  g_assert_cmpuint (checked, ==, 182);
}

/* ---------------------------------------------------------------------- */
/* Sets, groups and thresholds of 2026                                    */
/* ---------------------------------------------------------------------- */

static void
test_sets_by_year (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) in_2024 = ntm_database_list_applicable_sets (shared, NTM_UNIT_KIND_COMMUNE, 0, 2024, &error);
  g_autoptr(GListModel) in_2026 = ntm_database_list_applicable_sets (shared, NTM_UNIT_KIND_COMMUNE, 2, 2026, &error);
  g_autoptr(GListModel) district = ntm_database_list_applicable_sets (shared, NTM_UNIT_KIND_DISTRICT, 0, 2024, &error);
  g_autoptr(GListModel) town = ntm_database_list_applicable_sets (shared, NTM_UNIT_KIND_TOWN, 0, 2024, &error);
  g_autoptr(NtmCriteriaSet) set = NULL;

  g_assert_no_error (error);
  /* 2021–2025: 318 NTM and advanced, 319 model */
  g_assert_cmpuint (g_list_model_get_n_items (in_2024), ==, 3);
  /* 2026: 51/2025 alone */
  g_assert_cmpuint (g_list_model_get_n_items (in_2026), ==, 1);
  set = g_list_model_get_item (in_2026, 0);
  g_assert_cmpstr (ntm_criteria_set_get_code (set), ==, "51-2025-ntm");
  /* a district has the NTM and the advanced district sets; a town only
   * the first (it completes the NTM task) */
  g_assert_cmpuint (g_list_model_get_n_items (district), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (town), ==, 1);
}

/* A 2026 assessment against 51/2025, with thresholds per commune group. */
static void
test_assessment_2026 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = fresh_database ("2026.db");
  g_autoptr(NtmUnit) duc_tho = ntm_database_find_unit (db, "18229", 2026, &error);
  const char *code = ntm_unit_get_code (duc_tho);
  g_autoptr(NtmAssessment) a = NULL;
  g_autoptr(NtmEvaluation) ev = NULL;
  gint64 ind;
  int row;
  double threshold;
  gboolean known;

  g_assert_no_error (error);
  /* the office loads an indicator of criterion 3 with a threshold for
   * each commune group, and one for every other criterion */
  ntm_test_exec (db, "INSERT INTO indicator (criterion_id, code, name, kind, unit, comparison, position)"
            " SELECT id, number || '.1', 'Chỉ tiêu ' || number, 'percent', '%', '>=', 1"
            " FROM criterion WHERE set_code = '51-2025-ntm'");
  ind = ntm_test_indicator_id (db, "51-2025-ntm", "3.1");
  {
    g_autofree char *sql = g_strdup_printf ("INSERT INTO threshold (indicator_id, commune_group, year_from, year_to, value)"
                                            " VALUES (%1$" G_GINT64_FORMAT ", 1, 2026, 2030, 90),"
                                            "        (%1$" G_GINT64_FORMAT ", 2, 2026, 2030, 80),"
                                            "        (%1$" G_GINT64_FORMAT ", 3, 2026, 2030, 60)", ind);
    ntm_test_exec (db, sql);
  }
  ntm_test_exec (db, "INSERT INTO threshold (indicator_id, year_from, year_to, value)"
            " SELECT i.id, 2026, 2030, 50 FROM indicator i JOIN criterion c ON c.id = i.criterion_id"
            " WHERE c.set_code = '51-2025-ntm' AND i.code <> '3.1'");

  g_assert_true (ntm_database_lookup_threshold (db, ind, NULL, 3, 2026, &known, &threshold, NULL));
  g_assert_true (known);
  g_assert_cmpfloat (threshold, ==, 60);

  /* no group recorded yet: group 3's bar is not this commune's */
  a = ntm_assessment_load (db, code, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_assessment_get_n_rows (a), ==, 10);
  row = ntm_assessment_find_row (a, "51-2025-ntm", "3.1");
  g_assert_cmpint (row, >=, 0);
  g_assert_false (ntm_assessment_row_get_threshold (a, row, NULL));
  g_clear_object (&a);

  /* group 2 from 2026 on */
  g_assert_true (ntm_database_set_commune_group (db, code, 2026, 0, 2, "QĐ phân nhóm xã", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_database_get_commune_group (db, code, 2027, NULL), ==, 2);
  a = ntm_assessment_load (db, code, 2026, &error);
  row = ntm_assessment_find_row (a, "51-2025-ntm", "3.1");
  g_assert_true (ntm_assessment_row_get_threshold (a, row, &threshold));
  g_assert_cmpfloat (threshold, ==, 80);
  for (guint i = 0; i < ntm_assessment_get_n_rows (a); i++)
    ntm_assessment_row_set_value (a, i, TRUE, 85);
  g_assert_true (ntm_assessment_save (a, db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ntm_assessment_get_computed_level (a), ==, NTM_LEVEL_NTM_DECISION_51);
  g_clear_object (&a);

  ev = ntm_evaluation_new (db, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ntm_evaluation_get_tally (ev, code).total, ==, 10);
  g_assert_cmpuint (ntm_evaluation_get_tally (ev, code).met, ==, 10);
  g_assert_cmpint (ntm_evaluation_get_computed_level (ev, code), ==, NTM_LEVEL_NTM_DECISION_51);
  g_clear_object (&ev);

  /* in group 1 from 2027 the same 85 % falls short */
  g_assert_true (ntm_database_set_commune_group (db, code, 2027, 0, 1, NULL, &error));
  g_assert_cmpint (ntm_database_get_commune_group (db, code, 2026, NULL), ==, 2);
  g_assert_cmpint (ntm_database_get_commune_group (db, code, 2028, NULL), ==, 1);
  ntm_test_exec (db, "INSERT INTO assessment (unit_code, indicator_id, year, value)"
            " SELECT unit_code, indicator_id, 2027, value FROM assessment WHERE year = 2026");
  ev = ntm_evaluation_new (db, 2027, &error);
  g_assert_cmpint (ntm_evaluation_get_computed_level (ev, code), ==, NTM_LEVEL_NOT_YET);
  g_clear_object (&ev);

  /* the 2024 assessment of a 2024 commune is still against 318 */
  a = ntm_assessment_load (db, "18157", 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ntm_assessment_find_row (a, "318-ntm", "17.1"), >=, 0);
  g_assert_cmpint (ntm_assessment_find_row (a, "51-2025-ntm", "3.1"), <, 0);

  /* bad groups change nothing */
  {
    gint64 before = count (db, "SELECT count(*) FROM commune_group");

    g_assert_false (ntm_database_set_commune_group (db, code, 2026, 0, 4, NULL, &error));
    g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (ntm_database_set_commune_group (db, code, 2026, 2025, 1, NULL, &error));
    g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    /* a ward has no group */
    {
      g_autoptr(NtmUnit) ward = ntm_database_find_unit (db, "18073", 2026, NULL);
      g_assert_false (ntm_database_set_commune_group (db, ntm_unit_get_code (ward), 2026, 0, 1, NULL, &error));
      g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
      g_clear_error (&error);
    }
    g_assert_false (ntm_database_set_commune_group (db, "99999", 2026, 0, 1, NULL, &error));
    g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (count (db, "SELECT count(*) FROM commune_group"), ==, before);
  }

  /* a 2026 level cannot be recorded for 2024, nor a 2024 level for 2026 */
  {
    g_autoptr(NtmRecognition) r = ntm_recognition_new (code);

    ntm_recognition_set_level (r, NTM_LEVEL_ADVANCED);
    ntm_recognition_set_decision_number (r, "1/QĐ-UBND");
    ntm_recognition_set_decision_date (r, "2026-05-01");
    g_assert_false (ntm_database_save_recognition (db, r, &error));
    g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    ntm_recognition_set_level (r, NTM_LEVEL_NTM_DECISION_51);
    g_assert_true (ntm_database_save_recognition (db, r, &error));
    g_assert_no_error (error);
    g_assert_cmpint (ntm_database_get_level_in_force (db, code, "2026-12-31", NULL, NULL, NULL), ==, NTM_LEVEL_NTM_DECISION_51);
  }
}

/* 17.1 has two parts, each with its threshold; met only when both are. */
static void
test_water_in_two_parts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = fresh_database ("water.db");
  g_autoptr(NtmAssessment) a = NULL;
  g_autoptr(NtmEvaluation) ev = NULL;
  gint64 hygienic = ntm_test_indicator_id (db, "318-ntm", "17.1");
  gint64 clean = ntm_test_indicator_id (db, "318-ntm", "17.1-QCVN");
  int row_h, row_c;

  {
    g_autofree char *sql = g_strdup_printf ("UPDATE threshold SET value = CASE indicator_id WHEN %" G_GINT64_FORMAT
                                            " THEN 95 ELSE 60 END WHERE indicator_id IN (%" G_GINT64_FORMAT
                                            ", %" G_GINT64_FORMAT ")", hygienic, hygienic, clean);
    ntm_test_exec (db, sql);
  }

  a = ntm_assessment_load (db, "18157", 2024, &error);
  g_assert_no_error (error);
  row_h = ntm_assessment_find_row (a, "318-ntm", "17.1");
  row_c = ntm_assessment_find_row (a, "318-ntm", "17.1-QCVN");
  g_assert_cmpint (row_c, ==, row_h + 1);
  g_assert_cmpstr (ntm_assessment_row_get_part_of (a, row_h), ==, "17.1");
  g_assert_cmpstr (ntm_assessment_row_get_part_of (a, row_c), ==, "17.1");

  /* hygienic met, clean not: 17.1 not met */
  ntm_assessment_row_set_value (a, row_h, TRUE, 97);
  ntm_assessment_row_set_value (a, row_c, TRUE, 55);
  g_assert_cmpint (ntm_assessment_row_get_status (a, row_h), ==, NTM_STATUS_MET);
  g_assert_cmpint (ntm_assessment_get_indicator_status (a, "318-ntm", "17.1"), ==, NTM_STATUS_NOT_MET);
  /* clean met too: met */
  ntm_assessment_row_set_value (a, row_c, TRUE, 60);
  g_assert_cmpint (ntm_assessment_get_indicator_status (a, "318-ntm", "17.1"), ==, NTM_STATUS_MET);
  /* one part unknown: no data */
  ntm_assessment_row_set_value (a, row_c, FALSE, 0);
  g_assert_cmpint (ntm_assessment_get_indicator_status (a, "318-ntm", "17.1"), ==, NTM_STATUS_NO_DATA);
  g_assert_cmpint (ntm_assessment_get_indicator_status (a, "318-ntm", "no-such"), ==, NTM_STATUS_NO_DATA);

  /* from the household figures: 96 % hygienic, 50 % clean — criterion 17
   * is not met in the evaluation either */
  g_assert_true (ntm_database_set_commune_water (db, "18157", 2024, 1000, 960, 500, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&a);
  a = ntm_assessment_load (db, "18157", 2024, &error);
  g_assert_cmpint (ntm_assessment_row_get_status (a, row_h), ==, NTM_STATUS_MET);
  g_assert_cmpint (ntm_assessment_row_get_status (a, row_c), ==, NTM_STATUS_NOT_MET);
  g_assert_cmpint (ntm_assessment_get_indicator_status (a, "318-ntm", "17.1"), ==, NTM_STATUS_NOT_MET);
  ev = ntm_evaluation_new (db, 2024, &error);
  {
    const NtmCriterionResult *r;
    guint n;
    gboolean found = FALSE;

    r = ntm_evaluation_get_criteria (ev, "18157", &n);
    for (guint i = 0; i < n; i++)
      if (g_str_equal (r[i].set_code, "318-ntm") && g_str_equal (r[i].number, "17"))
        {
          g_assert_cmpint (r[i].status, ==, NTM_STATUS_NOT_MET);
          g_assert_true (r[i].from_figures);
          found = TRUE;
        }
    g_assert_true (found);
  }
}

/* A value against an unknown threshold is not "no data". */
static void
test_unknown_threshold (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmDatabase) db = fresh_database ("unknown.db");
  g_autoptr(NtmAssessment) a = ntm_assessment_load (db, "18157", 2024, &error);
  g_autoptr(NtmEvaluation) ev = NULL;
  int income = ntm_assessment_find_row (a, "318-ntm", "10");
  int market = ntm_assessment_find_row (a, "318-ntm", "7");
  const NtmCriterionResult *r;
  guint n;

  g_assert_no_error (error);
  g_assert_true (ntm_threshold_is_unknown (NTM_INDICATOR_NUMBER, FALSE, 0, TRUE));
  g_assert_false (ntm_threshold_is_unknown (NTM_INDICATOR_NUMBER, FALSE, 0, FALSE));
  g_assert_false (ntm_threshold_is_unknown (NTM_INDICATOR_NUMBER, TRUE, 44, TRUE));
  g_assert_false (ntm_threshold_is_unknown (NTM_INDICATOR_BOOLEAN, FALSE, 0, TRUE));

  /* income 2024: the threshold is not known */
  g_assert_false (ntm_assessment_row_is_threshold_unknown (a, income));
  ntm_assessment_row_set_value (a, income, TRUE, 60);
  g_assert_true (ntm_assessment_row_is_threshold_unknown (a, income));
  g_assert_cmpint (ntm_assessment_row_get_status (a, income), ==, NTM_STATUS_NO_DATA);
  g_assert_false (ntm_assessment_row_is_threshold_unknown (a, market));
  g_assert_true (ntm_assessment_save (a, db, &error));

  ev = ntm_evaluation_new (db, 2024, &error);
  r = ntm_evaluation_get_criteria (ev, "18157", &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (r[i].set_code, "318-ntm"))
      g_assert_cmpuint (r[i].threshold_unknown, ==, g_str_equal (r[i].number, "10") ? 1 : 0);
  g_clear_object (&ev);

  /* the recorded status of the criterion decides it */
  ntm_test_exec (db, "INSERT INTO criterion_status (unit_code, criterion_id, year, status)"
            " SELECT '18157', id, 2024, 'met' FROM criterion WHERE set_code = '318-ntm' AND number = '10'");
  ev = ntm_evaluation_new (db, 2024, &error);
  r = ntm_evaluation_get_criteria (ev, "18157", &n);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (r[i].set_code, "318-ntm") && g_str_equal (r[i].number, "10"))
      {
        g_assert_cmpint (r[i].status, ==, NTM_STATUS_MET);
        g_assert_true (r[i].reported);
        g_assert_cmpuint (r[i].threshold_unknown, ==, 1);
      }
}

/* ---------------------------------------------------------------------- */
/* Records beside reported totals                                         */
/* ---------------------------------------------------------------------- */

static void
test_count_against_reported (void)
{
  g_autoptr(GError) error = NULL;
  NtmLevelCount c;
  g_autofree char *text = NULL;

  /* "49 on record of 60 reported", counted on the day of the report */
  g_assert_true (ntm_database_count_against_reported (shared, NTM_LEVEL_ADVANCED, NULL, "2023-12-31", &c, &error));
  g_assert_no_error (error);
  g_assert_true (c.has_reported);
  g_assert_cmpfloat (c.reported, ==, 60);
  g_assert_cmpstr (c.as_of, ==, "2024-01-17");
  g_assert_cmpstr (c.counted_on, ==, "2024-01-17");
  g_assert_cmpuint (c.on_record, ==, 52);
  g_assert_cmpuint (c.units, ==, 182);
  g_assert_nonnull (strstr (c.source, "baohatinh.vn"));
  text = ntm_level_count_format (&c);
  g_assert_cmpstr (text, ==, "52 on record of 60 reported (17/01/2024)");
  ntm_level_count_clear (&c);
  g_clear_pointer (&text, g_free);

  /* June 2025: counted on the last day of the month, on the units then */
  g_assert_true (ntm_database_count_against_reported (shared, NTM_LEVEL_NTM, NULL, "2025-12-31", &c, &error));
  g_assert_cmpfloat (c.reported, ==, 169);
  g_assert_cmpstr (c.counted_on, ==, "2025-06-30");
  g_assert_cmpuint (c.units, ==, 170);
  g_assert_cmpuint (c.on_record, <=, c.units);
  text = ntm_level_count_format (&c);
  g_assert_nonnull (strstr (text, "(6/2025)"));
  ntm_level_count_clear (&c);
  g_clear_pointer (&text, g_free);

  /* a district's scope, with no figure reported for it */
  g_assert_true (ntm_database_count_against_reported (shared, NTM_LEVEL_ADVANCED, "448", "2024-12-31", &c, &error));
  g_assert_false (c.has_reported);
  g_assert_cmpstr (c.counted_on, ==, "2024-12-31");
  g_assert_cmpuint (c.units, ==, 11);
  g_assert_cmpuint (c.on_record, ==, 2);
  text = ntm_level_count_format (&c);
  g_assert_cmpstr (text, ==, "2 on record (no reported figure)");
  ntm_level_count_clear (&c);

  /* no figure before the first one reported, and bad requests */
  g_assert_true (ntm_database_count_against_reported (shared, NTM_LEVEL_MODEL, NULL, "2022-12-31", &c, &error));
  g_assert_false (c.has_reported);
  ntm_level_count_clear (&c);
  g_assert_false (ntm_database_count_against_reported (shared, NTM_LEVEL_NO_DATA, NULL, "2024-12-31", &c, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ntm_database_count_against_reported (shared, NTM_LEVEL_NTM, NULL, "2024-13-01", &c, &error));
  g_assert_error (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_INVALID);

  {
    g_autofree char *february = ntm_period_end_date ("2025-02", 0);
    g_autofree char *year = ntm_period_end_date ("2018", 0);
    g_autofree char *none = ntm_period_end_date (NULL, 2023);

    g_assert_cmpstr (february, ==, "2025-02-28");
    g_assert_cmpstr (year, ==, "2018-12-31");
    g_assert_cmpstr (none, ==, "2023-12-31");
  }
}

/* ---------------------------------------------------------------------- */
/* Today's year                                                           */
/* ---------------------------------------------------------------------- */

static void
test_clock (void)
{
  g_autofree char *today = NULL;
  g_autoptr(GListModel) units = NULL;

  /* the tests' environment says 31/12/2024 */
  g_assert_cmpint (ntm_clock_get_year (), ==, 2024);
  units = ntm_database_list_units (shared, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 230);
  g_clear_object (&units);

  g_assert_true (ntm_clock_set_today ("2026-12-03"));
  g_assert_cmpint (ntm_clock_get_year (), ==, 2026);
  today = ntm_clock_dup_today_iso ();
  g_assert_cmpstr (today, ==, "2026-12-03");
  units = ntm_database_list_units (shared, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 70);

  /* a bad date changes nothing */
  g_assert_false (ntm_clock_set_today ("2026-02-30"));
  g_assert_cmpint (ntm_clock_get_year (), ==, 2026);

  /* the real clock again */
  g_assert_true (ntm_clock_set_today (NULL));
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_assert_cmpint (ntm_clock_get_year (), ==, g_date_time_get_year (now));
  }
  g_assert_true (ntm_clock_set_today ("2024-12-31"));
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  dir = ntm_test_make_temp_dir ();
  shared = ntm_test_open_database (dir, "shared.db");

  g_test_add_func ("/time/units-per-year", test_units_per_year);
  g_test_add_func ("/time/same-code-other-unit", test_same_code_other_unit);
  g_test_add_func ("/time/lineage-complete", test_lineage_complete);
  g_test_add_func ("/time/lineage-notes", test_lineage_notes);
  g_test_add_func ("/time/origins", test_origins);
  g_test_add_func ("/time/former-districts", test_former_districts);
  g_test_add_func ("/time/derived-history", test_derived_history);
  g_test_add_func ("/time/level-rule", test_level_rule);
  g_test_add_func ("/time/town-rule", test_town_rule);
  g_test_add_func ("/time/consumers-agree", test_consumers_agree);
  g_test_add_func ("/time/sets-by-year", test_sets_by_year);
  g_test_add_func ("/time/assessment-2026", test_assessment_2026);
  g_test_add_func ("/time/water-in-two-parts", test_water_in_two_parts);
  g_test_add_func ("/time/unknown-threshold", test_unknown_threshold);
  g_test_add_func ("/time/count-against-reported", test_count_against_reported);
  g_test_add_func ("/time/clock", test_clock);

  ret = g_test_run ();
  g_clear_object (&shared);
  ntm_test_remove_tree (dir);
  return ret;
}
