/* ntm-report-unit.c: the one-page profile of a unit
 *
 * Lays out a unit's profile on the page writer: title, key facts beside a
 * map inset, the criteria of its main set in two columns, recognitions,
 * clean water, OCOP products and funds mobilised in the year.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-format.h"
#include "ntm-fund.h"
#include "ntm-indicator-values.h"
#include "ntm-ocop-product.h"
#include "ntm-overview.h"
#include "ntm-recognition.h"
#include "ntm-report-map.h"
#include "ntm-report-private.h"
#include "ntm-report-writer-private.h"
#include "ntm-unit.h"

/* ---------------------------------------------------------------------- */
/* The unit profile                                                       */
/* ---------------------------------------------------------------------- */

static NtmLevel
main_set_level (NtmUnitKind kind)
{
  if (kind == NTM_UNIT_KIND_COMMUNE)
    return NTM_LEVEL_NTM;
  if (kind == NTM_UNIT_KIND_WARD || kind == NTM_UNIT_KIND_TOWNSHIP)
    return NTM_LEVEL_CIVILISED;
  if (ntm_unit_kind_is_district_level (kind))
    return NTM_LEVEL_DISTRICT_NTM;
  return NTM_LEVEL_TASK_COMPLETED;
}

gboolean
ntm_report_build_unit (NtmReport    *self,
                       NtmOverview  *o,
                       NtmUnit      *unit,
                       GError      **error)
{
  NtmDatabase *db = ntm_overview_get_database (o);
  NtmEvaluation *evaluation = ntm_overview_get_evaluation (o);
  const char *code = ntm_unit_get_code (unit);
  NtmUnitKind kind = ntm_unit_get_kind (unit);
  int year = ntm_overview_get_year (o);
  Writer w = { self, NULL, 0, 0 };
  g_autoptr(GListModel) recognitions = NULL;
  g_autoptr(GListModel) products = NULL;
  g_autoptr(GListModel) funds = NULL;
  g_autoptr(NtmUnit) parent = NULL;
  g_autoptr(GHashTable) water = NULL;   /* indicator 17.1 by unit */
  g_autoptr(GPtrArray) facts = rows_new ();
  g_autofree char *subtitle = NULL;
  const NtmCriterionResult *results;
  guint n_results = 0;
  NtmTally tally;
  NtmLevel level;
  double facts_top, map_size = 150;
  cairo_rectangle_t inset;
  NtmFundSum sum;
  guint n_products = 0;

  recognitions = ntm_database_list_recognitions (db, code, error);
  if (recognitions == NULL)
    return FALSE;
  products = ntm_database_list_ocop_products (db, error);
  if (products == NULL)
    return FALSE;
  funds = ntm_database_list_funds (db, year, error);
  if (funds == NULL)
    return FALSE;
  if (ntm_unit_get_parent_code (unit) != NULL)
    {
      parent = ntm_database_get_unit (db, ntm_unit_get_parent_code (unit), error);
      if (parent == NULL)
        return FALSE;
    }
  if (!ntm_database_sum_funds (db, year, code, NTM_FUND_ANY_SOURCE, &sum, error))
    return FALSE;
  {
    GError *local = NULL;

    /* a database whose criteria have no indicator 17.1: no value to show */
    water = ntm_database_get_indicator_values (db, "318-ntm", "17.1", year, &local);
    if (water == NULL && !g_error_matches (local, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND))
      {
        g_propagate_error (error, local);
        return FALSE;
      }
    g_clear_error (&local);
  }

  writer_new_page (&w);
  /* Translators: a unit profile's subtitle: kind, district, code, year */
  subtitle = g_strdup_printf (_("%s · %s · code %s · year %d"), ntm_unit_kind_get_label (kind),
                              parent ? ntm_unit_get_name (parent) : "", code, year);
  writer_title (&w, _("Unit profile · New Rural Development programme, Hà Tĩnh province"),
                ntm_unit_get_name (unit), subtitle);

  /* key facts beside the map inset */
  level = ntm_evaluation_get_recognised_level (evaluation, code);
  tally = ntm_evaluation_get_set_tally (evaluation, code, main_set_level (kind));
  {
    NtmRecognition *last = NULL;
    g_autofree char *decision = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (recognitions); i++)
      {
        g_autoptr(NtmRecognition) r = g_list_model_get_item (recognitions, i);
        if (ntm_recognition_get_year (r) <= year && ntm_recognition_get_revoked_on (r) == NULL)
          {
            g_clear_object (&last);
            last = g_object_ref (r);
          }
      }
    if (last != NULL && ntm_recognition_get_decision_number (last) != NULL)
      {
        g_autofree char *date = ntm_format_date (ntm_recognition_get_decision_date (last));
        decision = g_strdup_printf (_("Decision %s of %s"), ntm_recognition_get_decision_number (last), date);
      }
    else if (last != NULL)
      decision = g_strdup_printf (_("Known from a report (%d); no decision number on file"),
                                  ntm_recognition_get_year (last));
    else
      decision = g_strdup (_("No recognition on file"));
    g_clear_object (&last);

    g_ptr_array_add (facts, row_new (2, g_strdup (_("Recognised level")), g_strdup (ntm_level_get_label (level))));
    g_ptr_array_add (facts, row_new (2, g_strdup (_("Recognition")), g_steal_pointer (&decision)));
    g_ptr_array_add (facts, row_new (2, g_strdup (_("Level the criteria support")),
                                     g_strdup (ntm_level_get_label (ntm_evaluation_get_computed_level (evaluation, code)))));
    if (tally.met + tally.basically_met + tally.not_met > 0)
      g_ptr_array_add (facts, row_new (2, g_strdup (_("Criteria met")),
                                       g_strdup_printf (_("%u of %u (%u basically met, %u not met)"),
                                                        tally.met, tally.total, tally.basically_met, tally.not_met)));
    else
      g_ptr_array_add (facts, row_new (2, g_strdup (_("Criteria met")),
                                       g_strdup_printf (_("no data for %d (%u criteria)"), year, tally.total)));
  }
  for (guint i = 0; i < g_list_model_get_n_items (products); i++)
    {
      g_autoptr(NtmOcopProduct) p = g_list_model_get_item (products, i);
      if (g_strcmp0 (ntm_ocop_product_get_commune_code (p), code) == 0 ||
          g_strcmp0 (ntm_ocop_product_get_district_code (p), code) == 0)
        n_products++;
    }
  g_ptr_array_add (facts, row_new (2, g_strdup (_("OCOP products")), g_strdup_printf ("%u", n_products)));
  g_ptr_array_add (facts, row_new (2, g_strdup (_("Funds mobilised in the year")),
                                   sum.n_records ? ntm_format_money (sum.actual, ntm_report_get_language (self))
                                                 : g_strdup (_("no records"))));

  facts_top = w.y;
  {
    /* the facts table, narrowed to leave room for the inset */
    double saved_y;
    const Column columns[] = {
      { _("Item"), 1.3, PANGO_ALIGN_LEFT, FALSE },
      { _("Status"), 2.2, PANGO_ALIGN_LEFT, FALSE },
    };
    w.width = CONTENT_W - map_size - 12;
    writer_table (&w, columns, G_N_ELEMENTS (columns), facts, 8.5, FALSE);
    w.width = 0;
    saved_y = w.y;
    inset = (cairo_rectangle_t) { MARGIN + CONTENT_W - map_size, facts_top, map_size, map_size };
    ntm_report_draw_map (w.cr, &inset, o, code, FALSE);
    w.y = MAX (saved_y, facts_top + map_size + 6);
  }

  /* criteria, in two columns to keep the profile on one page */
  writer_heading (&w, _("Criteria"));
  results = ntm_evaluation_get_criteria (evaluation, code, &n_results);
  {
    const Column columns[] = {
      { _("No."), 0.4, PANGO_ALIGN_LEFT, FALSE },
      { _("Criterion"), 2.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Status"), 1.1, PANGO_ALIGN_LEFT, FALSE },
      { _("No."), 0.4, PANGO_ALIGN_LEFT, FALSE },
      { _("Criterion"), 2.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Status"), 1.1, PANGO_ALIGN_LEFT, FALSE },
    };
    g_autoptr(GPtrArray) rows = rows_new ();
    g_autoptr(GPtrArray) cells = g_ptr_array_new ();
    NtmLevel set = main_set_level (kind);
    guint half;

    for (guint i = 0; i < n_results; i++)
      if (results[i].set_level == set)
        g_ptr_array_add (cells, (gpointer) &results[i]);
    half = (cells->len + 1) / 2;
    for (guint i = 0; i < half; i++)
      {
        char **row = g_new0 (char *, 7);

        for (guint side = 0; side < 2; side++)
          {
            const NtmCriterionResult *r = i + side * half < cells->len ? g_ptr_array_index (cells, i + side * half) : NULL;

            if (r == NULL)
              {
                for (guint k = 0; k < 3; k++)
                  row[side * 3 + k] = g_strdup ("");
                continue;
              }
            row[side * 3] = g_strdup (r->number);
            row[side * 3 + 1] = g_strdup (r->name);
            row[side * 3 + 2] = r->reported ? g_strdup_printf (_("%s (reported)"), ntm_status_get_label (r->status))
                                            : g_strdup (ntm_status_get_label (r->status));
          }
        g_ptr_array_add (rows, row);
      }
    if (rows->len > 0)
      writer_table (&w, columns, G_N_ELEMENTS (columns), rows, 7, FALSE);
    else
      writer_text (&w, _("No criteria apply to this unit for the year."), BODY_SIZE, FALSE, dim, 4);
  }

  /* recognitions */
  writer_heading (&w, _("Recognitions"));
  {
    const Column columns[] = {
      { _("Level"), 1.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Year"), 0.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Decision"), 1.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Source"), 3.6, PANGO_ALIGN_LEFT, FALSE },
    };
    g_autoptr(GPtrArray) rows = rows_new ();

    for (guint i = 0; i < g_list_model_get_n_items (recognitions); i++)
      {
        g_autoptr(NtmRecognition) r = g_list_model_get_item (recognitions, i);
        g_autofree char *date = ntm_format_date (ntm_recognition_get_decision_date (r));
        const char *number = ntm_recognition_get_decision_number (r);

        g_ptr_array_add (rows, row_new (4, g_strdup (ntm_level_get_label (ntm_recognition_get_level (r))),
                                        g_strdup_printf ("%d", ntm_recognition_get_year (r)),
                                        number ? g_strdup_printf ("%s %s", number, date) : g_strdup ("–"),
                                        g_strdup (ntm_recognition_get_source (r))));
      }
    if (rows->len > 0)
      writer_table (&w, columns, G_N_ELEMENTS (columns), rows, 7.5, FALSE);
    else
      writer_text (&w, _("No recognition on file."), BODY_SIZE, FALSE, dim, 4);
  }

  /* water */
  writer_heading (&w, _("Clean water"));
  {
    double *value = water ? g_hash_table_lookup (water, code) : NULL;
    g_autofree char *text = NULL;

    if (value != NULL)
      {
        g_autofree char *percent = format_percent (self, *value);
        text = g_strdup_printf (_("Households using hygienic and clean water (indicator 17.1): %s in %d."), percent, year);
      }
    else
      text = g_strdup_printf (_("No value of indicator 17.1 (households using hygienic and clean water) is entered for %d."), year);
    writer_text (&w, text, BODY_SIZE, FALSE, ink, 4);
  }

  /* OCOP */
  writer_heading (&w, _("OCOP products"));
  {
    const Column columns[] = {
      { _("Product"), 3.0, PANGO_ALIGN_LEFT, FALSE },
      { _("Producer"), 2.4, PANGO_ALIGN_LEFT, FALSE },
      { _("Stars"), 0.7, PANGO_ALIGN_RIGHT, FALSE },
      { _("Rated on"), 1.1, PANGO_ALIGN_LEFT, FALSE },
      { _("Expires on"), 1.1, PANGO_ALIGN_LEFT, FALSE },
    };
    g_autoptr(GPtrArray) rows = rows_new ();

    for (guint i = 0; i < g_list_model_get_n_items (products); i++)
      {
        g_autoptr(NtmOcopProduct) p = g_list_model_get_item (products, i);
        g_autofree char *expiry = NULL;

        if (g_strcmp0 (ntm_ocop_product_get_commune_code (p), code) != 0 &&
            g_strcmp0 (ntm_ocop_product_get_district_code (p), code) != 0)
          continue;
        expiry = ntm_ocop_product_dup_expiry_date (p);
        g_ptr_array_add (rows, row_new (5, g_strdup (ntm_ocop_product_get_name (p)),
                                        g_strdup (ntm_ocop_product_get_producer (p)),
                                        g_strdup_printf ("%d★", ntm_ocop_product_get_stars (p)),
                                        ntm_format_date (ntm_ocop_product_get_decision_date (p)),
                                        ntm_format_date (expiry)));
      }
    if (rows->len > 0)
      writer_table (&w, columns, G_N_ELEMENTS (columns), rows, 8, FALSE);
    else
      writer_text (&w, _("No OCOP product is registered here."), BODY_SIZE, FALSE, dim, 4);
  }

  /* funds */
  writer_heading (&w, _("Funds mobilised"));
  {
    const Column columns[] = {
      { _("Source"), 2.6, PANGO_ALIGN_LEFT, FALSE },
      { _("Sponsor"), 2.0, PANGO_ALIGN_LEFT, FALSE },
      { _("Planned"), 1.4, PANGO_ALIGN_RIGHT, FALSE },
      { _("Mobilised"), 1.4, PANGO_ALIGN_RIGHT, FALSE },
    };
    g_autoptr(GPtrArray) rows = rows_new ();

    for (guint i = 0; i < g_list_model_get_n_items (funds); i++)
      {
        g_autoptr(NtmFund) f = g_list_model_get_item (funds, i);
        gint64 planned, actual;
        gboolean has_planned, has_actual;

        if (g_strcmp0 (ntm_fund_get_unit_code (f), code) != 0)
          continue;
        has_planned = ntm_fund_get_planned (f, &planned);
        has_actual = ntm_fund_get_actual (f, &actual);
        g_ptr_array_add (rows, row_new (4, g_strdup (ntm_fund_source_get_label (ntm_fund_get_source (f))),
                                        g_strdup (ntm_fund_get_sponsor (f)),
                                        has_planned ? ntm_format_money (planned, ntm_report_get_language (self)) : g_strdup ("–"),
                                        has_actual ? ntm_format_money (actual, ntm_report_get_language (self)) : g_strdup ("–")));
      }
    if (rows->len > 0)
      writer_table (&w, columns, G_N_ELEMENTS (columns), rows, 8, FALSE);
    else
      {
        g_autofree char *text = g_strdup_printf (_("No funds are recorded for this unit in %d."), year);
        writer_text (&w, text, BODY_SIZE, FALSE, dim, 4);
      }
  }

  writer_finish (&w);
  return TRUE;
}
