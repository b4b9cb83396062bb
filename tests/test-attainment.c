/* test-attainment.c: the attainment rules, table by table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "ntm-attainment-private.h"
#include "ntm-attainment.h"

#define M NTM_STATUS_MET
#define B NTM_STATUS_BASICALLY_MET
#define N NTM_STATUS_NOT_MET
#define D NTM_STATUS_NO_DATA

static void
test_indicator_bounds (void)
{
  static const struct {
    NtmIndicatorKind kind;
    NtmComparison cmp;
    gboolean has_threshold;
    double threshold;
    gboolean has_value;
    double value;
    NtmStatus expected;
  } cases[] = {
    /* "at least 95 %" is inclusive, "more than 95 %" is not */
    { NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, TRUE, 95, TRUE, 95, M },
    { NTM_INDICATOR_PERCENT, NTM_COMPARISON_GT, TRUE, 95, TRUE, 95, N },
    { NTM_INDICATOR_PERCENT, NTM_COMPARISON_GT, TRUE, 95, TRUE, 95.001, M },
    { NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, TRUE, 95, TRUE, 94.999, N },
    /* poverty "at most 13 %" */
    { NTM_INDICATOR_PERCENT, NTM_COMPARISON_LE, TRUE, 13, TRUE, 13, M },
    { NTM_INDICATOR_PERCENT, NTM_COMPARISON_LT, TRUE, 13, TRUE, 13, N },
    { NTM_INDICATOR_PERCENT, NTM_COMPARISON_LE, TRUE, 13, TRUE, 13.5, N },
    { NTM_INDICATOR_NUMBER, NTM_COMPARISON_GE, TRUE, 44, TRUE, 52.3, M },
    { NTM_INDICATOR_NUMBER, NTM_COMPARISON_EQ, TRUE, 1, TRUE, 1, M },
    /* zero is a value, not missing data */
    { NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, TRUE, 0, TRUE, 0, M },
    { NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, TRUE, 50, TRUE, 0, N },
    /* missing value or unknown threshold is never "not met" */
    { NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, TRUE, 95, FALSE, 0, D },
    { NTM_INDICATOR_PERCENT, NTM_COMPARISON_GE, FALSE, 0, TRUE, 20, D },
    { NTM_INDICATOR_NUMBER, NTM_COMPARISON_GE, TRUE, NAN, TRUE, 20, D },
    { NTM_INDICATOR_NUMBER, NTM_COMPARISON_GE, TRUE, 10, TRUE, NAN, D },
    /* yes/no needs no threshold */
    { NTM_INDICATOR_BOOLEAN, NTM_COMPARISON_EQ, FALSE, 0, TRUE, 1, M },
    { NTM_INDICATOR_BOOLEAN, NTM_COMPARISON_EQ, FALSE, 0, TRUE, 0, N },
    { NTM_INDICATOR_BOOLEAN, NTM_COMPARISON_EQ, FALSE, 0, FALSE, 0, D },
    /* a threshold of 0 on a yes/no asks for "no" */
    { NTM_INDICATOR_BOOLEAN, NTM_COMPARISON_EQ, TRUE, 0, TRUE, 0, M },
    { NTM_INDICATOR_BOOLEAN, NTM_COMPARISON_EQ, TRUE, 0, TRUE, 1, N },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      NtmStatus got = ntm_indicator_evaluate (cases[i].kind, cases[i].cmp,
                                              cases[i].has_threshold, cases[i].threshold,
                                              cases[i].has_value, cases[i].value);
      if (got != cases[i].expected)
        g_error ("case %u: expected %s, got %s", i,
                 ntm_status_to_string (cases[i].expected), ntm_status_to_string (got));
    }
}

static void
test_criterion_status (void)
{
  static const struct {
    NtmStatus in[4];
    guint n;
    NtmStatus expected;
  } cases[] = {
    { { M, M, M }, 3, M },
    { { M, N, D }, 3, N },   /* a known failure decides */
    { { M, D, M }, 3, D },   /* a gap leaves it open */
    { { M, B, M }, 3, B },
    { { B, D }, 2, D },
    { { N, B }, 2, N },
    { { D }, 1, D },
    { { 0 }, 0, D },         /* no indicators: nothing to say */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (ntm_criterion_status (cases[i].in, cases[i].n), ==, cases[i].expected);
}

static void
test_tally (void)
{
  NtmStatus s[] = { M, M, N, B, D, D, M };
  NtmTally t = ntm_tally (s, G_N_ELEMENTS (s));

  g_assert_cmpuint (t.total, ==, 7);
  g_assert_cmpuint (t.met, ==, 3);
  g_assert_cmpuint (t.not_met, ==, 1);
  g_assert_cmpuint (t.basically_met, ==, 1);
  g_assert_cmpuint (t.no_data, ==, 2);
  g_assert_cmpint (ntm_tally_overall (&t), ==, N);
}

static NtmTally
tally_of (guint met, guint basically, guint not_met, guint no_data)
{
  NtmTally t = { met + basically + not_met + no_data, met, basically, not_met, no_data };
  return t;
}

static void
test_commune_level (void)
{
  NtmTally all19 = tally_of (19, 0, 0, 0);
  NtmTally missing = tally_of (18, 0, 0, 1);
  NtmTally one_short = tally_of (18, 0, 1, 0);
  NtmTally basically = tally_of (18, 1, 0, 0);
  NtmTally empty = tally_of (0, 0, 0, 0);
  NtmTally model4 = tally_of (4, 0, 0, 0);

  g_assert_cmpint (ntm_commune_level (&all19, NULL, NULL), ==, NTM_LEVEL_NTM);
  g_assert_cmpint (ntm_commune_level (&missing, NULL, NULL), ==, NTM_LEVEL_NO_DATA);
  g_assert_cmpint (ntm_commune_level (&one_short, NULL, NULL), ==, NTM_LEVEL_NOT_YET);
  /* "basically met" is not met: NTM needs all 19 met */
  g_assert_cmpint (ntm_commune_level (&basically, NULL, NULL), ==, NTM_LEVEL_NOT_YET);
  g_assert_cmpint (ntm_commune_level (&empty, NULL, NULL), ==, NTM_LEVEL_NO_DATA);
  g_assert_cmpint (ntm_commune_level (&all19, &all19, NULL), ==, NTM_LEVEL_ADVANCED);
  g_assert_cmpint (ntm_commune_level (&all19, &missing, &model4), ==, NTM_LEVEL_NTM);
  g_assert_cmpint (ntm_commune_level (&all19, &all19, &model4), ==, NTM_LEVEL_MODEL);
  /* model without advanced is not model */
  g_assert_cmpint (ntm_commune_level (&all19, &one_short, &model4), ==, NTM_LEVEL_NTM);
}

static void
test_urban_level (void)
{
  NtmTally all9 = tally_of (9, 0, 0, 0);
  NtmTally gap = tally_of (8, 0, 0, 1);
  NtmTally fail = tally_of (8, 0, 1, 0);

  g_assert_cmpint (ntm_urban_level (&all9), ==, NTM_LEVEL_CIVILISED);
  g_assert_cmpint (ntm_urban_level (&gap), ==, NTM_LEVEL_NO_DATA);
  g_assert_cmpint (ntm_urban_level (&fail), ==, NTM_LEVEL_NOT_YET);
}

static void
test_district_level (void)
{
  NtmDistrictFacts f = { 0 };

  /* 20 communes, all NTM, 2 advanced (exactly 10 %), 1 township civilised */
  f.communes = 20;
  f.communes_ntm = 20;
  f.communes_advanced = 2;
  f.townships = 1;
  f.townships_civilised = 1;
  f.satisfaction = M;
  f.criteria = tally_of (9, 0, 0, 0);
  g_assert_cmpint (ntm_district_level (&f, NTM_UNIT_KIND_DISTRICT), ==, NTM_LEVEL_DISTRICT_NTM);
  g_assert_cmpint (ntm_district_level (&f, NTM_UNIT_KIND_TOWN), ==, NTM_LEVEL_TASK_COMPLETED);

  /* one advanced short of 10 % */
  f.communes_advanced = 1;
  g_assert_cmpint (ntm_district_level (&f, NTM_UNIT_KIND_DISTRICT), ==, NTM_LEVEL_NOT_YET);
  f.communes_advanced = 2;

  /* one commune not NTM */
  f.communes_ntm = 19;
  g_assert_cmpint (ntm_district_level (&f, NTM_UNIT_KIND_DISTRICT), ==, NTM_LEVEL_NOT_YET);

  /* one commune unknown: cannot tell */
  f.communes_unknown = 1;
  g_assert_cmpint (ntm_district_level (&f, NTM_UNIT_KIND_DISTRICT), ==, NTM_LEVEL_NO_DATA);
  f.communes_unknown = 0;
  f.communes_ntm = 20;

  /* township not civilised */
  f.townships_civilised = 0;
  g_assert_cmpint (ntm_district_level (&f, NTM_UNIT_KIND_DISTRICT), ==, NTM_LEVEL_NOT_YET);
  f.townships_civilised = 1;

  /* satisfaction unknown, then failing */
  f.satisfaction = D;
  g_assert_cmpint (ntm_district_level (&f, NTM_UNIT_KIND_DISTRICT), ==, NTM_LEVEL_NO_DATA);
  f.satisfaction = N;
  g_assert_cmpint (ntm_district_level (&f, NTM_UNIT_KIND_DISTRICT), ==, NTM_LEVEL_NOT_YET);
  f.satisfaction = M;

  /* a district criterion not met */
  f.criteria = tally_of (8, 0, 1, 0);
  g_assert_cmpint (ntm_district_level (&f, NTM_UNIT_KIND_DISTRICT), ==, NTM_LEVEL_NOT_YET);
}

static void
test_next_level (void)
{
  g_assert_cmpint (ntm_next_level (NTM_LEVEL_NOT_YET, NTM_UNIT_KIND_COMMUNE), ==, NTM_LEVEL_NTM);
  g_assert_cmpint (ntm_next_level (NTM_LEVEL_NTM, NTM_UNIT_KIND_COMMUNE), ==, NTM_LEVEL_ADVANCED);
  g_assert_cmpint (ntm_next_level (NTM_LEVEL_ADVANCED, NTM_UNIT_KIND_COMMUNE), ==, NTM_LEVEL_MODEL);
  g_assert_cmpint (ntm_next_level (NTM_LEVEL_MODEL, NTM_UNIT_KIND_COMMUNE), ==, NTM_LEVEL_NO_DATA);
  g_assert_cmpint (ntm_next_level (NTM_LEVEL_NO_DATA, NTM_UNIT_KIND_WARD), ==, NTM_LEVEL_CIVILISED);
  g_assert_cmpint (ntm_next_level (NTM_LEVEL_DISTRICT_NTM, NTM_UNIT_KIND_DISTRICT), ==, NTM_LEVEL_DISTRICT_ADVANCED);
}

static void
test_names_round_trip (void)
{
  for (NtmLevel l = NTM_LEVEL_NO_DATA; l <= NTM_LEVEL_TASK_COMPLETED; l++)
    {
      NtmLevel back;
      g_assert_true (ntm_level_from_string (ntm_level_to_string (l), &back));
      g_assert_cmpint (back, ==, l);
      g_assert_nonnull (ntm_level_get_label (l));
    }
  for (NtmComparison c = NTM_COMPARISON_GE; c <= NTM_COMPARISON_EQ; c++)
    {
      NtmComparison back;
      g_assert_true (ntm_comparison_from_string (ntm_comparison_to_string (c), &back));
      g_assert_cmpint (back, ==, c);
    }
  g_assert_true (ntm_comparison_is_inclusive (NTM_COMPARISON_GE));
  g_assert_false (ntm_comparison_is_inclusive (NTM_COMPARISON_GT));

  {
    NtmLevel l;
    NtmUnitKind k;
    NtmStatus s;
    g_assert_false (ntm_level_from_string ("", &l));
    g_assert_false (ntm_level_from_string (NULL, &l));
    g_assert_false (ntm_unit_kind_from_string ("hamlet", &k));
    g_assert_false (ntm_status_from_string ("MET", &s));
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/attainment/indicator-bounds", test_indicator_bounds);
  g_test_add_func ("/attainment/criterion-status", test_criterion_status);
  g_test_add_func ("/attainment/tally", test_tally);
  g_test_add_func ("/attainment/commune-level", test_commune_level);
  g_test_add_func ("/attainment/urban-level", test_urban_level);
  g_test_add_func ("/attainment/district-level", test_district_level);
  g_test_add_func ("/attainment/next-level", test_next_level);
  g_test_add_func ("/attainment/names", test_names_round_trip);

  return g_test_run ();
}
