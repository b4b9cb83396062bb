/* ntm-report-unit.c: the profile of a unit, as a report the office can sign
 *
 * Lays out a unit's profile on the page writer in the layout of an
 * administrative document: the heading, "BÁO CÁO" and its summary line,
 * then numbered sections (general information beside a map inset, the
 * criteria of its main set, recognitions, clean water, OCOP products,
 * funds mobilised in the year) and the recipients and signature. A figure
 * without records reads "no data yet" in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-commune-water.h"
#include "ntm-format.h"
#include "ntm-fund.h"
#include "ntm-indicator-values.h"
#include "ntm-level-palette.h"
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
  guint n_products = 0, section = 1;
  DocumentHeader header = { 0 };

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

  document_header_load (&header);
  writer_new_page (&w);
  /* Translators: the summary line of a unit's profile: the unit's name, the year */
  subtitle = g_strdup_printf (_("New Rural Development results of %s in %d"), ntm_unit_get_name (unit), year);
  writer_document_head (&w, &header, _("Report"), subtitle);
  {
    /* Translators: the opening of a unit's profile: name, district, code, year */
    g_autofree char *opening = g_strdup_printf (_("The results of building new rural areas of %s (%s, code %s) at the end of %d, from the records of the New Rural Development office, are as follows:"),
                                                ntm_unit_get_name (unit),
                                                parent ? ntm_unit_get_name (parent) : _("Hà Tĩnh province"), ntm_unit_get_official_code (unit), year);
    writer_paragraph (&w, opening);
  }

  /* key facts beside the map inset */
  level = ntm_evaluation_get_recognised_level (evaluation, code);
  tally = ntm_evaluation_get_set_tally (evaluation, code, main_set_level (kind));
  {
    NtmRecognition *last = NULL;
    g_autofree char *decision = NULL;
    g_autofree char *year_end = g_strdup_printf ("%04d-12-31", year);
    gint64 in_force = 0;

    /* The decision that gives the level in force (the one rule). */
    ntm_database_get_level_in_force (db, code, year_end, NULL, &in_force, NULL);
    for (guint i = 0; i < g_list_model_get_n_items (recognitions) && in_force != 0; i++)
      {
        g_autoptr(NtmRecognition) r = g_list_model_get_item (recognitions, i);
        if (ntm_recognition_get_id (r) == in_force)
          last = g_object_ref (r);
      }
    if (last != NULL && ntm_recognition_get_decision_number (last) != NULL)
      {
        g_autofree char *date = ntm_format_date (ntm_recognition_get_decision_date (last));
        decision = g_strdup_printf (_("Decision %s of %s"), ntm_recognition_get_decision_number (last),
                                    date ? date : no_data_text ());
      }
    else if (last != NULL)
      decision = g_strdup_printf (_("Known from a report (%d); no decision number on file"),
                                  ntm_recognition_get_year (last));
    g_clear_object (&last);

    /* no decision on record: said once, not as missing data */
    g_ptr_array_add (facts, row_new (2, g_strdup (_("Recognised level")),
                                     g_strdup (level == NTM_LEVEL_NO_DATA ? _("No recognition on record")
                                                                          : ntm_level_palette_get_name (level))));
    if (decision != NULL)
      g_ptr_array_add (facts, row_new (2, g_strdup (_("Recognition")), g_steal_pointer (&decision)));
    {
      NtmLevel computed = ntm_evaluation_get_computed_level (evaluation, code);
      g_ptr_array_add (facts, row_new (2, g_strdup (_("Level the criteria support")),
                                       g_strdup (computed == NTM_LEVEL_NO_DATA ? no_data_text ()
                                                                               : ntm_level_palette_get_name (computed))));
    }
    if (tally.met + tally.basically_met + tally.not_met > 0)
      g_ptr_array_add (facts, row_new (2, g_strdup (_("Criteria met")),
                                       g_strdup_printf (_("%u of %u (%u basically met, %u not met)"),
                                                        tally.met, tally.total, tally.basically_met, tally.not_met)));
    else
      g_ptr_array_add (facts, row_new (2, g_strdup (_("Criteria met")), g_strdup (no_data_text ())));
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
                                                 : g_strdup (no_data_text ())));

  {
    /* the facts table, narrowed to leave room for the inset */
    g_autofree char *heading = section_heading (section++, _("General information"));
    double saved_y;
    const Column columns[] = {
      { _("Item"), 1.3, PANGO_ALIGN_LEFT },
      { _("Status"), 2.2, PANGO_ALIGN_LEFT },
    };
    writer_heading (&w, heading, map_size);
    facts_top = w.y;
    w.width = CONTENT_W - map_size - 12;
    writer_table (&w, columns, G_N_ELEMENTS (columns), facts, TABLE_SIZE, FALSE);
    w.width = 0;
    saved_y = w.y;
    inset = (cairo_rectangle_t) { MARGIN + CONTENT_W - map_size, facts_top, map_size, map_size };
    ntm_report_draw_map (w.cr, &inset, o, code, FALSE);
    w.y = MAX (saved_y, facts_top + map_size + 6);
  }

  /* criteria, in two columns */
  results = ntm_evaluation_get_criteria (evaluation, code, &n_results);
  {
    g_autofree char *heading = section_heading (section++, _("Criteria"));
    const Column columns[] = {
      { _("No."), 0.45, PANGO_ALIGN_CENTER },
      { _("Criterion"), 2.4, PANGO_ALIGN_LEFT },
      { _("Status"), 1.3, PANGO_ALIGN_LEFT },
      { _("No."), 0.45, PANGO_ALIGN_CENTER },
      { _("Criterion"), 2.4, PANGO_ALIGN_LEFT },
      { _("Status"), 1.3, PANGO_ALIGN_LEFT },
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
            if (ntm_criterion_result_disagrees (r))
              /* Translators: the recorded status, then what the indicator values give */
              row[side * 3 + 2] = g_strdup_printf (_("%s (recorded; indicators: %s)"),
                                                   ntm_status_get_label (r->status),
                                                   ntm_status_get_label (r->computed));
            else
              row[side * 3 + 2] = r->reported ? g_strdup_printf (_("%s (reported)"), ntm_status_get_label (r->status))
                                              : g_strdup (ntm_status_get_label (r->status));
          }
        g_ptr_array_add (rows, row);
      }
    if (rows->len > 0)
      {
        writer_heading (&w, heading, table_first_height (&w, columns, G_N_ELEMENTS (columns), rows, NOTE_SIZE));
        writer_table (&w, columns, G_N_ELEMENTS (columns), rows, NOTE_SIZE, FALSE);
      }
    else
      {
        writer_heading (&w, heading, BODY_SIZE * 2);
        writer_paragraph (&w, _("No criteria apply to this unit for the year."));
      }
  }

  /* recognitions */
  {
    g_autofree char *heading = section_heading (section++, _("Recognitions"));
    const Column columns[] = {
      { _("Level"), 1.6, PANGO_ALIGN_LEFT },
      { _("Year"), 0.6, PANGO_ALIGN_LEFT },
      { _("Decision"), 1.6, PANGO_ALIGN_LEFT },
      { _("Source"), 3.6, PANGO_ALIGN_LEFT },
    };
    g_autoptr(GPtrArray) rows = rows_new ();

    for (guint i = 0; i < g_list_model_get_n_items (recognitions); i++)
      {
        g_autoptr(NtmRecognition) r = g_list_model_get_item (recognitions, i);
        g_autofree char *date = ntm_format_date (ntm_recognition_get_decision_date (r));
        const char *number = ntm_recognition_get_decision_number (r);

        g_ptr_array_add (rows, row_new (4, g_strdup (ntm_level_palette_get_name (ntm_recognition_get_level (r))),
                                        g_strdup_printf ("%d", ntm_recognition_get_year (r)),
                                        number ? g_strdup_printf ("%s %s", number, date ? date : "")
                                               : g_strdup (no_data_text ()),
                                        g_strdup (ntm_recognition_get_source (r))));
      }
    if (rows->len > 0)
      {
        writer_heading (&w, heading, table_first_height (&w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE));
        writer_table (&w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE, FALSE);
      }
    else
      {
        writer_heading (&w, heading, BODY_SIZE * 2);
        writer_paragraph (&w, _("No recognition on file."));
      }
  }

  /* water: the households on record first, else indicator 17.1 of the
   * 2021–2025 set in the years it applies */
  {
    g_autofree char *heading = section_heading (section++, _("Clean water"));
    double *value = water ? g_hash_table_lookup (water, code) : NULL;
    g_autofree char *text = NULL;
    int total = 0, hygienic = 0, clean = 0;

    if (!ntm_database_get_commune_water (db, code, year, &total, &hygienic, &clean, NULL))
      total = 0;
    if (total > 0)
      {
        g_autofree char *total_text = ntm_format_integer (total, ntm_report_get_language (self));
        g_autofree char *hygienic_text = ntm_format_integer (hygienic, ntm_report_get_language (self));
        g_autofree char *clean_text = ntm_format_integer (clean, ntm_report_get_language (self));
        g_autofree char *hygienic_percent = format_percent (self, 100.0 * hygienic / total);
        g_autofree char *clean_percent = format_percent (self, 100.0 * clean / total);

        /* Translators: a unit's household water figures: households in total, on hygienic water (share), on clean water (share), the year */
        text = g_strdup_printf (_("Of %s households, %s (%s) use hygienic water and %s (%s) clean water meeting the national standard, in %d."),
                                total_text, hygienic_text, hygienic_percent, clean_text, clean_percent, year);
      }
    else if (value != NULL)
      {
        g_autofree char *percent = format_percent (self, *value);
        text = g_strdup_printf (_("Households using hygienic and clean water (indicator 17.1): %s in %d."), percent, year);
      }
    else if (water != NULL && ntm_evaluation_set_applies (evaluation, kind, "318-ntm"))
      text = g_strdup_printf (_("No value of indicator 17.1 (households using hygienic and clean water) is entered for %d."), year);
    else
      text = g_strdup_printf (_("No household water figures are entered for %d."), year);
    writer_heading (&w, heading, paragraph_height (&w, text));
    writer_paragraph (&w, text);
  }

  /* OCOP */
  {
    g_autofree char *heading = section_heading (section++, _("OCOP products"));
    const Column columns[] = {
      { _("Product"), 3.0, PANGO_ALIGN_LEFT },
      { _("Producer"), 2.4, PANGO_ALIGN_LEFT },
      { _("Stars"), 0.8, PANGO_ALIGN_RIGHT },
      { _("Rated on"), 1.3, PANGO_ALIGN_LEFT },
      { _("Expires on"), 1.3, PANGO_ALIGN_LEFT },
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
      {
        writer_heading (&w, heading, table_first_height (&w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE));
        writer_table (&w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE, FALSE);
      }
    else
      {
        writer_heading (&w, heading, BODY_SIZE * 2);
        writer_paragraph (&w, _("No OCOP product is registered here."));
      }
  }

  /* funds */
  {
    g_autofree char *heading = section_heading (section++, _("Funds mobilised"));
    const Column columns[] = {
      { _("Source"), 2.6, PANGO_ALIGN_LEFT },
      { _("Sponsor"), 2.0, PANGO_ALIGN_LEFT },
      { _("Planned"), 1.4, PANGO_ALIGN_RIGHT },
      { _("Mobilised"), 1.4, PANGO_ALIGN_RIGHT },
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
                                        has_planned ? ntm_format_money (planned, ntm_report_get_language (self))
                                                    : g_strdup (no_data_text ()),
                                        has_actual ? ntm_format_money (actual, ntm_report_get_language (self))
                                                   : g_strdup (no_data_text ())));
      }
    if (rows->len > 0)
      {
        writer_heading (&w, heading, table_first_height (&w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE));
        writer_table (&w, columns, G_N_ELEMENTS (columns), rows, TABLE_SIZE, FALSE);
      }
    else
      {
        g_autofree char *text = g_strdup_printf (_("No funds are recorded for this unit in %d."), year);
        writer_heading (&w, heading, paragraph_height (&w, text));
        writer_paragraph (&w, text);
      }
  }

  writer_signature (&w, &header);
  writer_finish (&w);
  document_header_clear (&header);
  return TRUE;
}
