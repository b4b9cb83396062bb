/* ntm-boundary-derivation.c: a new unit's outline from its predecessors'
 *
 * The communes and wards of 1 July 2025 were formed from whole or partial
 * older units. Where the older units' outlines are on record (imported for
 * 2024), a new unit's outline is the union (GEOS, through OGR) of the
 * outlines of the units it took whole. A unit that took part of a split
 * unit (Thành Sen and Hà Huy Tập shared Đại Nài) cannot be derived that
 * way, and is reported, never guessed; nor can one whose predecessors lack
 * an outline. A unit that already has an outline of its own keeps it.
 *
 * The predecessors are the units in force on 31 December of the year
 * before the unit was formed (ntm_database_list_origins()): for the units
 * of July 2025, the 2024 units whose boundaries the office imported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <ogr_api.h>
#include <stdlib.h>

#include "ntm-boundary-derivation.h"
#include "ntm-boundary-file-private.h"
#include "ntm-geometry.h"
#include "ntm-lineage.h"
#include "ntm-unit.h"

struct _NtmBoundaryDerivation
{
  GObject      parent_instance;

  NtmDatabase *db;
  int          year;
  GArray      *units;     /* of NtmDerivedUnit */
  GPtrArray   *derived;   /* of NtmBoundaryRecord, for the units derived */
  GPtrArray   *existing;  /* of NtmBoundaryRecord, everything stored before */
};

G_DEFINE_FINAL_TYPE (NtmBoundaryDerivation, ntm_boundary_derivation, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
derived_unit_clear (gpointer data)
{
  NtmDerivedUnit *u = data;

  g_free (u->code);
  g_free (u->official_code);
  g_free (u->name);
  g_free (u->why);
}

static void
append_name (GString         *list,
             const NtmOrigin *o)
{
  if (list->len > 0)
    g_string_append (list, ", ");
  g_string_append_printf (list, "%s %s", o->official_code, o->name);
}

/* Adds the polygons of one WKB outline to @multi. */
static gboolean
add_polygons (OGRGeometryH  multi,
              GBytes       *wkb)
{
  OGRGeometryH geom = NULL;
  gsize size;
  const guint8 *data = g_bytes_get_data (wkb, &size);
  OGRwkbGeometryType type;

  if (OGR_G_CreateFromWkb ((const void *) data, NULL, &geom, (int) size) != OGRERR_NONE || geom == NULL)
    return FALSE;
  type = wkbFlatten (OGR_G_GetGeometryType (geom));
  if (type == wkbPolygon)
    OGR_G_AddGeometryDirectly (multi, geom);
  else if (type == wkbMultiPolygon)
    {
      for (int i = 0; i < OGR_G_GetGeometryCount (geom); i++)
        OGR_G_AddGeometry (multi, OGR_G_GetGeometryRef (geom, i));
      OGR_G_DestroyGeometry (geom);
    }
  else
    {
      OGR_G_DestroyGeometry (geom);
      return FALSE;
    }
  return TRUE;
}

/* Dissolves the outlines of @origins into one record for @unit. */
static NtmBoundaryRecord *
dissolve (GArray      *origins,
          GHashTable  *outlines,
          NtmUnit     *unit,
          char       **problem)
{
  OGRGeometryH multi = OGR_G_CreateGeometry (wkbMultiPolygon);
  OGRGeometryH merged;
  NtmBoundaryRecord *record;
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < origins->len; i++)
    {
      const NtmOrigin *o = &g_array_index (origins, NtmOrigin, i);
      NtmBoundaryRecord *outline = g_hash_table_lookup (outlines, o->code);

      if (outline == NULL || outline->wkb[0] == NULL || !add_polygons (multi, outline->wkb[0]))
        {
          OGR_G_DestroyGeometry (multi);
          *problem = g_strdup_printf (_("the outline of %s cannot be read"), o->name);
          return NULL;
        }
      if (names->len > 0)
        g_string_append (names, " + ");
      g_string_append (names, o->name);
    }

  merged = OGR_G_UnionCascaded (multi);
  OGR_G_DestroyGeometry (multi);
  if (merged == NULL)
    {
      *problem = g_strdup (_("the outlines could not be joined"));
      return NULL;
    }
  record = ntm_boundary_record_from_geometry (merged, problem);
  OGR_G_DestroyGeometry (merged);
  if (record == NULL)
    return NULL;

  g_free (record->unit_code);
  record->unit_code = g_strdup (ntm_unit_get_code (unit));
  g_free (record->feature);
  /* Translators: how a derived outline was made, e.g. "dissolved: Xã A + Xã B" */
  record->feature = g_strdup_printf (_("dissolved: %s"), names->str);
  return record;
}

static gboolean
derive (NtmBoundaryDerivation  *self,
        GError                **error)
{
  g_autoptr(GListModel) units = ntm_database_list_units_in_year (self->db, self->year, error);
  g_autoptr(GHashTable) outlines = g_hash_table_new (g_str_hash, g_str_equal);

  if (units == NULL)
    return FALSE;
  self->existing = ntm_database_load_boundary_records (self->db, error);
  if (self->existing == NULL)
    return FALSE;
  for (guint i = 0; i < self->existing->len; i++)
    {
      NtmBoundaryRecord *r = g_ptr_array_index (self->existing, i);
      g_hash_table_insert (outlines, r->unit_code, r);
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      const char *valid_from = ntm_unit_get_valid_from (unit);
      g_autofree char *before = NULL;
      g_autoptr(GArray) origins = NULL;
      g_autoptr(GString) split = g_string_new (NULL);
      g_autoptr(GString) missing = g_string_new (NULL);
      NtmDerivedUnit d = { 0 };
      gboolean formed = FALSE;

      if (ntm_unit_get_kind (unit) == NTM_UNIT_KIND_PROVINCE || valid_from == NULL)
        continue;

      /* formed by a change on record: from units other than itself */
      before = g_strdup_printf ("%04d-12-31", atoi (valid_from) - 1);
      origins = ntm_database_list_origins (self->db, ntm_unit_get_code (unit), before, error);
      if (origins == NULL)
        return FALSE;
      for (guint j = 0; j < origins->len; j++)
        formed |= !g_str_equal (g_array_index (origins, NtmOrigin, j).code, ntm_unit_get_code (unit));
      if (!formed)
        continue;

      d.code = g_strdup (ntm_unit_get_code (unit));
      d.official_code = g_strdup (ntm_unit_get_official_code (unit));
      d.name = g_strdup (ntm_unit_get_name (unit));
      d.n_predecessors = origins->len;

      for (guint j = 0; j < origins->len; j++)
        {
          const NtmOrigin *o = &g_array_index (origins, NtmOrigin, j);

          if (!o->whole)
            append_name (split, o);
          else if (!g_hash_table_contains (outlines, o->code))
            append_name (missing, o);
        }

      if (g_hash_table_contains (outlines, d.code))
        d.outcome = NTM_DERIVATION_HAS_OUTLINE;
      else if (split->len > 0)
        {
          d.outcome = NTM_DERIVATION_SPLIT;
          d.why = g_strdup (split->str);
        }
      else if (missing->len > 0)
        {
          d.outcome = NTM_DERIVATION_MISSING_OUTLINE;
          d.why = g_strdup (missing->str);
        }
      else
        {
          g_autofree char *problem = NULL;
          NtmBoundaryRecord *record = dissolve (origins, outlines, unit, &problem);

          if (record == NULL)
            {
              d.outcome = NTM_DERIVATION_MISSING_OUTLINE;
              d.why = g_steal_pointer (&problem);
            }
          else
            {
              d.outcome = NTM_DERIVATION_DERIVED;
              g_ptr_array_add (self->derived, record);
            }
        }
      g_array_append_val (self->units, d);
    }

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_boundary_derivation_finalize (GObject *object)
{
  NtmBoundaryDerivation *self = NTM_BOUNDARY_DERIVATION (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->units, g_array_unref);
  g_clear_pointer (&self->derived, g_ptr_array_unref);
  g_clear_pointer (&self->existing, g_ptr_array_unref);

  G_OBJECT_CLASS (ntm_boundary_derivation_parent_class)->finalize (object);
}

static void
ntm_boundary_derivation_class_init (NtmBoundaryDerivationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_boundary_derivation_finalize;
}

static void
ntm_boundary_derivation_init (NtmBoundaryDerivation *self)
{
  self->units = g_array_new (FALSE, TRUE, sizeof (NtmDerivedUnit));
  g_array_set_clear_func (self->units, derived_unit_clear);
  self->derived = g_ptr_array_new_with_free_func ((GDestroyNotify) ntm_boundary_record_free);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_boundary_derivation_new:
 * @db: a #NtmDatabase
 * @year: the year whose units are looked at (those formed by a change on
 *   record, in force on 31 December)
 * @error: return location for a #GError
 *
 * Works out, without writing, which units' outlines can be derived and
 * derives them.
 *
 * Returns: (transfer full): the derivation, or %NULL with @error set
 */
NtmBoundaryDerivation *
ntm_boundary_derivation_new (NtmDatabase  *db,
                             int           year,
                             GError      **error)
{
  g_autoptr(NtmBoundaryDerivation) self = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  self = g_object_new (NTM_TYPE_BOUNDARY_DERIVATION, NULL);
  self->db = g_object_ref (db);
  self->year = year;
  if (!derive (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

guint
ntm_boundary_derivation_get_n_units (NtmBoundaryDerivation *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_DERIVATION (self), 0);
  return self->units->len;
}

/**
 * ntm_boundary_derivation_get_unit:
 * @self: a #NtmBoundaryDerivation
 * @index: which
 *
 * Returns: (transfer none): what became of one unit formed by a change
 */
const NtmDerivedUnit *
ntm_boundary_derivation_get_unit (NtmBoundaryDerivation *self,
                                  guint                  index)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_DERIVATION (self), NULL);
  g_return_val_if_fail (index < self->units->len, NULL);
  return &g_array_index (self->units, NtmDerivedUnit, index);
}

guint
ntm_boundary_derivation_count (NtmBoundaryDerivation *self,
                               NtmDerivationOutcome   outcome)
{
  guint n = 0;

  g_return_val_if_fail (NTM_IS_BOUNDARY_DERIVATION (self), 0);
  for (guint i = 0; i < self->units->len; i++)
    n += g_array_index (self->units, NtmDerivedUnit, i).outcome == outcome;
  return n;
}

/**
 * ntm_boundary_derivation_to_text:
 * @self: a #NtmBoundaryDerivation
 *
 * Returns: (transfer full): the report as stable "key: value" lines (keys
 *   never translated): year, units-formed, derived, split,
 *   missing-outline, has-outline, then one derived-unit:, split-unit: or
 *   missing-unit: line per unit concerned
 */
char *
ntm_boundary_derivation_to_text (NtmBoundaryDerivation *self)
{
  GString *out = g_string_new (NULL);
  static const char * const keys[] = { "derived-unit", "split-unit", "missing-unit", NULL };

  g_return_val_if_fail (NTM_IS_BOUNDARY_DERIVATION (self), NULL);

  g_string_append_printf (out, "year: %d\n", self->year);
  g_string_append_printf (out, "units-formed: %u\n", self->units->len);
  g_string_append_printf (out, "derived: %u\n", ntm_boundary_derivation_count (self, NTM_DERIVATION_DERIVED));
  g_string_append_printf (out, "split: %u\n", ntm_boundary_derivation_count (self, NTM_DERIVATION_SPLIT));
  g_string_append_printf (out, "missing-outline: %u\n",
                          ntm_boundary_derivation_count (self, NTM_DERIVATION_MISSING_OUTLINE));
  g_string_append_printf (out, "has-outline: %u\n", ntm_boundary_derivation_count (self, NTM_DERIVATION_HAS_OUTLINE));
  for (NtmDerivationOutcome o = NTM_DERIVATION_DERIVED; o <= NTM_DERIVATION_MISSING_OUTLINE; o++)
    for (guint i = 0; i < self->units->len; i++)
      {
        const NtmDerivedUnit *u = &g_array_index (self->units, NtmDerivedUnit, i);

        if (u->outcome != o)
          continue;
        if (o == NTM_DERIVATION_DERIVED)
          g_string_append_printf (out, "%s: %s %s (%u)\n", keys[o], u->official_code, u->name, u->n_predecessors);
        else
          g_string_append_printf (out, "%s: %s %s: %s\n", keys[o], u->official_code, u->name, u->why);
      }
  return g_string_free (out, FALSE);
}

/**
 * ntm_boundary_derivation_commit:
 * @self: a #NtmBoundaryDerivation
 * @error: return location for a #GError
 *
 * Stores the derived outlines with the existing boundary storage, in one
 * transaction; every outline already stored is handed back unchanged.
 *
 * Returns: %TRUE if committed (also when nothing was derived)
 */
gboolean
ntm_boundary_derivation_commit (NtmBoundaryDerivation  *self,
                                GError                **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();

  g_return_val_if_fail (NTM_IS_BOUNDARY_DERIVATION (self), FALSE);

  if (self->derived->len == 0)
    return TRUE;
  for (guint i = 0; i < self->existing->len; i++)
    g_ptr_array_add (records, g_ptr_array_index (self->existing, i));
  for (guint i = 0; i < self->derived->len; i++)
    g_ptr_array_add (records, g_ptr_array_index (self->derived, i));

  return ntm_database_replace_boundaries (self->db, _("outlines dissolved from the predecessors'"), NULL,
                                          self->derived->len, records, error);
}
