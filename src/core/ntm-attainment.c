/* ntm-attainment.c: the programme's attainment rules, as pure functions
 *
 * Missing data is never read as "not met": a criterion with an indicator
 * that has no value (or no known threshold) is "no data" unless another of
 * its indicators is known to fail, and a level is "no data" unless the
 * known failures already decide it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ntm-attainment.h"
#include "ntm-attainment-private.h"
#include "ntm-level-palette.h"
#include "ntm-text.h"

static const char * const comparison_names[] = { ">=", ">", "<=", "<", "=" };
static const char * const kind_names[] = { "boolean", "percent", "number" };
static const char * const status_names[] = { "no_data", "not_met", "basically_met", "met" };
static const char * const level_names[] = {
  "no_data", "not_yet", "ntm", "advanced", "model", "civilised",
  "district_ntm", "district_advanced", "task_completed",
  "ntm_2026", "modern_ntm", "province_completed",
};
static const char * const unit_kind_names[] = {
  "province", "district", "town", "city", "commune", "ward", "township",
};

/* A set is decided as "met" only when every criterion is met. */
static NtmStatus
set_outcome (const NtmTally *tally)
{
  if (tally == NULL || tally->total == 0)
    return NTM_STATUS_NO_DATA;
  if (tally->not_met > 0 || tally->basically_met > 0)
    return NTM_STATUS_NOT_MET;
  if (tally->no_data > 0)
    return NTM_STATUS_NO_DATA;
  return NTM_STATUS_MET;
}

/* ---------------------------------------------------------------------- */
/* Rules                                                                  */
/* ---------------------------------------------------------------------- */

/**
 * ntm_indicator_evaluate:
 * @kind: the indicator's kind
 * @comparison: how the value is held against the threshold
 * @has_threshold: whether the threshold is known
 * @threshold: the threshold
 * @has_value: whether the unit has a value
 * @value: the value (for yes/no indicators non-zero means yes)
 *
 * Returns: the indicator's status; %NTM_STATUS_NO_DATA when the value, or
 *   the threshold a non-boolean indicator needs, is unknown
 */
NtmStatus
ntm_indicator_evaluate (NtmIndicatorKind kind,
                        NtmComparison    comparison,
                        gboolean         has_threshold,
                        double           threshold,
                        gboolean         has_value,
                        double           value)
{
  gboolean met;

  if (!has_value || isnan (value))
    return NTM_STATUS_NO_DATA;

  if (kind == NTM_INDICATOR_BOOLEAN)
    {
      /* A yes/no indicator asks for "yes" unless a threshold of 0 says
       * that "no" is what is wanted (e.g. "no serious incident"). */
      gboolean want = !has_threshold || threshold != 0.0;
      return ((value != 0.0) == want) ? NTM_STATUS_MET : NTM_STATUS_NOT_MET;
    }

  if (!has_threshold || isnan (threshold))
    return NTM_STATUS_NO_DATA;

  switch (comparison)
    {
    case NTM_COMPARISON_GE: met = value >= threshold; break;
    case NTM_COMPARISON_GT: met = value > threshold; break;
    case NTM_COMPARISON_LE: met = value <= threshold; break;
    case NTM_COMPARISON_LT: met = value < threshold; break;
    case NTM_COMPARISON_EQ: met = value == threshold; break;
    default: g_return_val_if_reached (NTM_STATUS_NO_DATA);
    }

  return met ? NTM_STATUS_MET : NTM_STATUS_NOT_MET;
}

/**
 * ntm_threshold_is_unknown:
 * @kind: the indicator's kind
 * @has_threshold: whether a threshold row applies with a known value
 * @threshold: its value
 * @has_value: whether the unit has a value
 *
 * A value entered against a threshold nobody knows yet is not "no data":
 * the value is there, the bar is not. ntm_indicator_evaluate() cannot
 * decide it (it says %NTM_STATUS_NO_DATA); this says why, so that the
 * value can be shown with "threshold unknown".
 *
 * Returns: whether a value stands against an unknown threshold
 */
gboolean
ntm_threshold_is_unknown (NtmIndicatorKind kind,
                          gboolean         has_threshold,
                          double           threshold,
                          gboolean         has_value)
{
  return has_value && kind != NTM_INDICATOR_BOOLEAN && (!has_threshold || isnan (threshold));
}

/**
 * ntm_criterion_status:
 * @indicators: (array length=n_indicators): the statuses of a criterion's indicators
 * @n_indicators: how many
 *
 * A criterion is met when all its indicators are met; not met as soon as
 * one is not met; basically met when the rest are met; otherwise no data.
 *
 * Returns: the criterion's status
 */
NtmStatus
ntm_criterion_status (const NtmStatus *indicators,
                      gsize            n_indicators)
{
  NtmTally tally = ntm_tally (indicators, n_indicators);

  return ntm_tally_overall (&tally);
}

/**
 * ntm_tally:
 * @statuses: (array length=n_statuses): statuses
 * @n_statuses: how many
 *
 * Returns: the count of each status
 */
NtmTally
ntm_tally (const NtmStatus *statuses,
           gsize            n_statuses)
{
  NtmTally tally = { 0 };

  g_return_val_if_fail (statuses != NULL || n_statuses == 0, tally);

  for (gsize i = 0; i < n_statuses; i++)
    ntm_tally_add (&tally, statuses[i]);

  return tally;
}

/**
 * ntm_tally_add:
 * @tally: a tally
 * @status: one more status to count
 */
void
ntm_tally_add (NtmTally  *tally,
               NtmStatus  status)
{
  g_return_if_fail (tally != NULL);

  tally->total++;
  switch (status)
    {
    case NTM_STATUS_MET: tally->met++; break;
    case NTM_STATUS_BASICALLY_MET: tally->basically_met++; break;
    case NTM_STATUS_NOT_MET: tally->not_met++; break;
    case NTM_STATUS_NO_DATA:
    default: tally->no_data++; break;
    }
}

/**
 * ntm_tally_overall:
 * @tally: a tally of statuses
 *
 * Returns: the combined status of the tally, as for a criterion
 */
NtmStatus
ntm_tally_overall (const NtmTally *tally)
{
  g_return_val_if_fail (tally != NULL, NTM_STATUS_NO_DATA);

  if (tally->total == 0)
    return NTM_STATUS_NO_DATA;
  if (tally->not_met > 0)
    return NTM_STATUS_NOT_MET;
  if (tally->no_data > 0)
    return NTM_STATUS_NO_DATA;
  if (tally->basically_met > 0)
    return NTM_STATUS_BASICALLY_MET;
  return NTM_STATUS_MET;
}

/**
 * ntm_commune_level:
 * @ntm: the commune's criteria under the NTM set
 * @advanced: (nullable): under the advanced set
 * @model: (nullable): the model commune conditions
 *
 * Returns: the level the criteria data supports
 */
NtmLevel
ntm_commune_level (const NtmTally *ntm,
                   const NtmTally *advanced,
                   const NtmTally *model)
{
  switch (set_outcome (ntm))
    {
    case NTM_STATUS_NOT_MET: return NTM_LEVEL_NOT_YET;
    case NTM_STATUS_MET: break;
    default: return NTM_LEVEL_NO_DATA;
    }

  if (set_outcome (advanced) != NTM_STATUS_MET)
    return NTM_LEVEL_NTM;
  if (set_outcome (model) != NTM_STATUS_MET)
    return NTM_LEVEL_ADVANCED;
  return NTM_LEVEL_MODEL;
}

/**
 * ntm_urban_level:
 * @urban: a ward's or township's criteria under Decision 04/2022
 *
 * Returns: %NTM_LEVEL_CIVILISED, %NTM_LEVEL_NOT_YET or %NTM_LEVEL_NO_DATA
 */
NtmLevel
ntm_urban_level (const NtmTally *urban)
{
  switch (set_outcome (urban))
    {
    case NTM_STATUS_MET: return NTM_LEVEL_CIVILISED;
    case NTM_STATUS_NOT_MET: return NTM_LEVEL_NOT_YET;
    default: return NTM_LEVEL_NO_DATA;
    }
}

/**
 * ntm_district_level:
 * @facts: what Decision 320 looks at
 * @kind: a district; for a town or the city this is ntm_town_level()
 *
 * A district is NTM when all its communes are NTM, at least 10 % of them
 * advanced, all its townships civilised urban, residents satisfied and its
 * own criteria met.
 *
 * Returns: the computed level
 */
NtmLevel
ntm_district_level (const NtmDistrictFacts *facts,
                    NtmUnitKind             kind)
{
  if (kind == NTM_UNIT_KIND_TOWN || kind == NTM_UNIT_KIND_CITY)
    return ntm_town_level (facts);

  gboolean unknown = FALSE;
  NtmStatus criteria;

  g_return_val_if_fail (facts != NULL, NTM_LEVEL_NO_DATA);
  g_return_val_if_fail (facts->communes_ntm + facts->communes_unknown <= facts->communes,
                        NTM_LEVEL_NO_DATA);

  /* A commune known not to be NTM decides it. */
  if (facts->communes_ntm + facts->communes_unknown < facts->communes)
    return NTM_LEVEL_NOT_YET;
  if (facts->townships_civilised + facts->townships_unknown < facts->townships)
    return NTM_LEVEL_NOT_YET;
  if (facts->satisfaction == NTM_STATUS_NOT_MET ||
      facts->satisfaction == NTM_STATUS_BASICALLY_MET)
    return NTM_LEVEL_NOT_YET;

  criteria = set_outcome (&facts->criteria);
  if (criteria == NTM_STATUS_NOT_MET)
    return NTM_LEVEL_NOT_YET;

  unknown = facts->communes_unknown > 0 ||
            facts->townships_unknown > 0 ||
            facts->satisfaction == NTM_STATUS_NO_DATA ||
            criteria == NTM_STATUS_NO_DATA;

  /* At least 10 %: compare in integers to avoid rounding at the boundary. */
  if (facts->communes_advanced * 10 < facts->communes)
    return (facts->communes_advanced + facts->communes_unknown) * 10 < facts->communes
           ? NTM_LEVEL_NOT_YET : NTM_LEVEL_NO_DATA;

  if (unknown)
    return NTM_LEVEL_NO_DATA;

  return NTM_LEVEL_DISTRICT_NTM;
}

/**
 * ntm_town_level:
 * @facts: what Decision 320 looks at for a town (thị xã) or the city
 *
 * A town or a provincial city does not become an "NTM district": it
 * completes the NTM task (hoàn thành nhiệm vụ xây dựng NTM) when all its
 * communes are NTM, residents are satisfied and the criteria it is held to
 * are met. Its wards are urban and do not count; no share of advanced
 * communes is asked of it here, as none is confirmed for towns (the
 * conditions of 320's annex for towns are still to be checked against its
 * text, and are data the office can refine through the criteria).
 *
 * Returns: %NTM_LEVEL_TASK_COMPLETED, %NTM_LEVEL_NOT_YET or
 *   %NTM_LEVEL_NO_DATA
 */
NtmLevel
ntm_town_level (const NtmDistrictFacts *facts)
{
  NtmStatus criteria;

  g_return_val_if_fail (facts != NULL, NTM_LEVEL_NO_DATA);
  g_return_val_if_fail (facts->communes_ntm + facts->communes_unknown <= facts->communes,
                        NTM_LEVEL_NO_DATA);

  if (facts->communes_ntm + facts->communes_unknown < facts->communes)
    return NTM_LEVEL_NOT_YET;
  if (facts->satisfaction == NTM_STATUS_NOT_MET ||
      facts->satisfaction == NTM_STATUS_BASICALLY_MET)
    return NTM_LEVEL_NOT_YET;

  criteria = set_outcome (&facts->criteria);
  if (criteria == NTM_STATUS_NOT_MET)
    return NTM_LEVEL_NOT_YET;

  if (facts->communes_unknown > 0 || facts->satisfaction == NTM_STATUS_NO_DATA ||
      criteria == NTM_STATUS_NO_DATA)
    return NTM_LEVEL_NO_DATA;

  return NTM_LEVEL_TASK_COMPLETED;
}

/* ---------------------------------------------------------------------- */
/* Levels in time                                                         */
/* ---------------------------------------------------------------------- */

/**
 * ntm_level_rank:
 * @level: a recognised level
 *
 * How high a level stands among those a unit can hold, for "the highest
 * level in force": NTM below advanced below model, the 2026–2030 levels
 * above those of 2021–2025, an NTM district below an advanced one.
 *
 * Returns: the rank, 0 for no level
 */
int
ntm_level_rank (NtmLevel level)
{
  switch (level)
    {
    case NTM_LEVEL_NTM:
    case NTM_LEVEL_CIVILISED:
    case NTM_LEVEL_DISTRICT_NTM:
    case NTM_LEVEL_TASK_COMPLETED:
      return 1;
    case NTM_LEVEL_ADVANCED:
    case NTM_LEVEL_DISTRICT_ADVANCED:
    case NTM_LEVEL_PROVINCE_COMPLETED:
      return 2;
    case NTM_LEVEL_MODEL:
      return 3;
    case NTM_LEVEL_NTM_DECISION_51:
      return 4;
    case NTM_LEVEL_MODERN_NTM:
      return 5;
    case NTM_LEVEL_NO_DATA:
    case NTM_LEVEL_NOT_YET:
    default:
      return 0;
    }
}

/* The day a decision takes effect: its date, else the last day of its year
 * (a recognition known only by its year holds by the end of that year). */
static void
decision_effective (const NtmDecision *d,
                    char               out[11])
{
  if (d->decision_date != NULL && strlen (d->decision_date) == 10)
    memcpy (out, d->decision_date, 11);
  else
    g_snprintf (out, 11, "%04d-12-31", CLAMP (d->year, 0, 9999));
}

/**
 * ntm_decision_is_in_force:
 * @decision: a recognition decision
 * @iso_date: a day, "YYYY-MM-DD"
 *
 * Returns: whether the decision (its date, else its year) is on or before
 *   @iso_date and it was not revoked before @iso_date
 */
gboolean
ntm_decision_is_in_force (const NtmDecision *decision,
                          const char        *iso_date)
{
  char effective[11];

  g_return_val_if_fail (decision != NULL, FALSE);
  g_return_val_if_fail (iso_date != NULL, FALSE);

  if (decision->level == NTM_LEVEL_NO_DATA || decision->level == NTM_LEVEL_NOT_YET)
    return FALSE;
  decision_effective (decision, effective);
  if (strcmp (effective, iso_date) > 0)
    return FALSE;
  return decision->revoked_on == NULL || strcmp (decision->revoked_on, iso_date) >= 0;
}

/**
 * ntm_decisions_in_force:
 * @decisions: (array length=n_decisions): one unit's decisions, in the
 *   order they were entered
 * @n_decisions: how many
 * @iso_date: a day, "YYYY-MM-DD"
 *
 * The one rule for the level a unit holds on a day: the highest level
 * (ntm_level_rank()) whose decision is in force then
 * (ntm_decision_is_in_force()). A revocation ends only the decision it
 * revokes: an advanced level revoked leaves the NTM decision standing. Of
 * two decisions for the same level, the later one counts.
 *
 * Returns: the index of the decision that gives the level, or -1 when none
 *   is in force
 */
int
ntm_decisions_in_force (const NtmDecision *decisions,
                        gsize              n_decisions,
                        const char        *iso_date)
{
  int best = -1;
  char best_effective[11] = "";

  g_return_val_if_fail (decisions != NULL || n_decisions == 0, -1);
  g_return_val_if_fail (iso_date != NULL, -1);

  for (gsize i = 0; i < n_decisions; i++)
    {
      char effective[11];
      int rank, best_rank;

      if (!ntm_decision_is_in_force (&decisions[i], iso_date))
        continue;
      decision_effective (&decisions[i], effective);
      rank = ntm_level_rank (decisions[i].level);
      best_rank = best < 0 ? -1 : ntm_level_rank (decisions[best].level);
      if (rank > best_rank || (rank == best_rank && strcmp (effective, best_effective) >= 0))
        {
          best = (int) i;
          memcpy (best_effective, effective, sizeof effective);
        }
    }

  return best;
}

/**
 * ntm_levels_for_year:
 * @kind: a kind of unit
 * @year: a year
 * @levels: (out caller-allocates) (array length=n_levels): filled with the levels
 * @n_levels: room in @levels (4 is always enough)
 *
 * The levels a unit of @kind can be recognised at under the programme of
 * @year, lowest first: for a commune NTM, advanced and model until 2025,
 * NTM and modern NTM (pilot) from 2026; a ward or township civilised
 * urban; a district NTM and advanced NTM district, a town or the city the
 * NTM task completed (until 2025: there are no districts after); the
 * province the NTM task completed (its pilot until 2025, Decision 51/2025
 * from 2026).
 *
 * Returns: how many levels were written
 */
guint
ntm_levels_for_year (NtmUnitKind  kind,
                     int          year,
                     NtmLevel    *levels,
                     guint        n_levels)
{
  NtmLevel found[4];
  guint n = 0;
  gboolean late = year >= NTM_PERIOD_2026_FIRST_YEAR;

  g_return_val_if_fail (levels != NULL || n_levels == 0, 0);

  switch (kind)
    {
    case NTM_UNIT_KIND_COMMUNE:
      if (late)
        {
          found[n++] = NTM_LEVEL_NTM_DECISION_51;
          found[n++] = NTM_LEVEL_MODERN_NTM;
        }
      else
        {
          found[n++] = NTM_LEVEL_NTM;
          found[n++] = NTM_LEVEL_ADVANCED;
          found[n++] = NTM_LEVEL_MODEL;
        }
      break;
    case NTM_UNIT_KIND_WARD:
    case NTM_UNIT_KIND_TOWNSHIP:
      found[n++] = NTM_LEVEL_CIVILISED;
      break;
    case NTM_UNIT_KIND_DISTRICT:
      if (!late)
        {
          found[n++] = NTM_LEVEL_DISTRICT_NTM;
          found[n++] = NTM_LEVEL_DISTRICT_ADVANCED;
        }
      break;
    case NTM_UNIT_KIND_TOWN:
    case NTM_UNIT_KIND_CITY:
      if (!late)
        found[n++] = NTM_LEVEL_TASK_COMPLETED;
      break;
    case NTM_UNIT_KIND_PROVINCE:
    default:
      found[n++] = late ? NTM_LEVEL_PROVINCE_COMPLETED : NTM_LEVEL_TASK_COMPLETED;
      break;
    }

  for (guint i = 0; i < MIN (n, n_levels); i++)
    levels[i] = found[i];
  return MIN (n, n_levels);
}

/**
 * ntm_level_in_period:
 * @level: a level
 * @kind: a kind of unit
 * @year: a year
 *
 * Returns: whether a unit of @kind can be recognised at @level for @year
 *   (see ntm_levels_for_year())
 */
gboolean
ntm_level_in_period (NtmLevel    level,
                     NtmUnitKind kind,
                     int         year)
{
  NtmLevel levels[4];
  guint n = ntm_levels_for_year (kind, year, levels, G_N_ELEMENTS (levels));

  for (guint i = 0; i < n; i++)
    if (levels[i] == level)
      return TRUE;
  return FALSE;
}

/**
 * ntm_level_for_set:
 * @set_level: the level a criteria set is for, as stored with the set
 * @year: the year of the assessment
 *
 * A commune set stored as the "NTM" standard leads, from 2026, to the NTM
 * level of 2026–2030 (Decision 51/2025), not to that of 2021–2025.
 *
 * Returns: the level meeting the set in @year recognises
 */
NtmLevel
ntm_level_for_set (NtmLevel set_level,
                   int      year)
{
  if (set_level == NTM_LEVEL_NTM && year >= NTM_PERIOD_2026_FIRST_YEAR)
    return NTM_LEVEL_NTM_DECISION_51;
  return set_level;
}

/**
 * ntm_next_level_in_year:
 * @level: a level reached (or %NTM_LEVEL_NO_DATA, %NTM_LEVEL_NOT_YET)
 * @kind: the kind of unit
 * @year: the year
 *
 * Returns: the next level of the programme of @year a unit of @kind can
 *   reach from @level, or %NTM_LEVEL_NO_DATA when there is none (a
 *   2021–2025 level counts as no level of 2026–2030)
 */
NtmLevel
ntm_next_level_in_year (NtmLevel    level,
                        NtmUnitKind kind,
                        int         year)
{
  NtmLevel levels[4];
  guint n = ntm_levels_for_year (kind, year, levels, G_N_ELEMENTS (levels));
  int reached = -1;

  for (guint i = 0; i < n; i++)
    if (levels[i] == level)
      reached = (int) i;
  if (reached + 1 < (int) n)
    return levels[reached + 1];
  return NTM_LEVEL_NO_DATA;
}

/**
 * ntm_next_level:
 * @level: a level reached
 * @kind: the kind of unit
 *
 * Returns: the next level a unit of @kind can reach from @level, or
 *   %NTM_LEVEL_NO_DATA when there is none
 */
NtmLevel
ntm_next_level (NtmLevel    level,
                NtmUnitKind kind)
{
  switch (kind)
    {
    case NTM_UNIT_KIND_COMMUNE:
      switch (level)
        {
        case NTM_LEVEL_NO_DATA:
        case NTM_LEVEL_NOT_YET: return NTM_LEVEL_NTM;
        case NTM_LEVEL_NTM: return NTM_LEVEL_ADVANCED;
        case NTM_LEVEL_ADVANCED: return NTM_LEVEL_MODEL;
        case NTM_LEVEL_NTM_DECISION_51: return NTM_LEVEL_MODERN_NTM;
        default: return NTM_LEVEL_NO_DATA;
        }
    case NTM_UNIT_KIND_WARD:
    case NTM_UNIT_KIND_TOWNSHIP:
      return level == NTM_LEVEL_CIVILISED ? NTM_LEVEL_NO_DATA : NTM_LEVEL_CIVILISED;
    case NTM_UNIT_KIND_DISTRICT:
      switch (level)
        {
        case NTM_LEVEL_DISTRICT_NTM: return NTM_LEVEL_DISTRICT_ADVANCED;
        case NTM_LEVEL_DISTRICT_ADVANCED: return NTM_LEVEL_NO_DATA;
        default: return NTM_LEVEL_DISTRICT_NTM;
        }
    case NTM_UNIT_KIND_TOWN:
    case NTM_UNIT_KIND_CITY:
      return level == NTM_LEVEL_TASK_COMPLETED ? NTM_LEVEL_NO_DATA : NTM_LEVEL_TASK_COMPLETED;
    case NTM_UNIT_KIND_PROVINCE:
    default:
      if (level == NTM_LEVEL_PROVINCE_COMPLETED)
        return NTM_LEVEL_NO_DATA;
      return level == NTM_LEVEL_TASK_COMPLETED ? NTM_LEVEL_NO_DATA : NTM_LEVEL_TASK_COMPLETED;
    }
}

/* ---------------------------------------------------------------------- */
/* Names                                                                  */
/* ---------------------------------------------------------------------- */

gboolean
ntm_comparison_from_string (const char    *text,
                            NtmComparison *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!ntm_text_find_name (comparison_names, G_N_ELEMENTS (comparison_names), text, &i))
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
ntm_comparison_to_string (NtmComparison comparison)
{
  g_return_val_if_fail (comparison <= NTM_COMPARISON_EQ, NULL);
  return comparison_names[comparison];
}

/**
 * ntm_comparison_is_inclusive:
 * @comparison: a comparison
 *
 * Returns: whether a value equal to the threshold meets it
 */
gboolean
ntm_comparison_is_inclusive (NtmComparison comparison)
{
  return comparison == NTM_COMPARISON_GE ||
         comparison == NTM_COMPARISON_LE ||
         comparison == NTM_COMPARISON_EQ;
}

gboolean
ntm_indicator_kind_from_string (const char       *text,
                                NtmIndicatorKind *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!ntm_text_find_name (kind_names, G_N_ELEMENTS (kind_names), text, &i))
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
ntm_indicator_kind_to_string (NtmIndicatorKind kind)
{
  g_return_val_if_fail (kind <= NTM_INDICATOR_NUMBER, NULL);
  return kind_names[kind];
}

gboolean
ntm_status_from_string (const char *text,
                        NtmStatus  *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!ntm_text_find_name (status_names, G_N_ELEMENTS (status_names), text, &i))
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
ntm_status_to_string (NtmStatus status)
{
  g_return_val_if_fail (status <= NTM_STATUS_MET, NULL);
  return status_names[status];
}

/**
 * ntm_status_get_label:
 * @status: a status
 *
 * Returns: the status as a person reads it, translated
 */
const char *
ntm_status_get_label (NtmStatus status)
{
  switch (status)
    {
    case NTM_STATUS_MET: return _("Met");
    case NTM_STATUS_BASICALLY_MET: return _("Basically met");
    case NTM_STATUS_NOT_MET: return _("Not met");
    case NTM_STATUS_NO_DATA:
    default: return _("No data");
    }
}

gboolean
ntm_level_from_string (const char *text,
                       NtmLevel   *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!ntm_text_find_name (level_names, G_N_ELEMENTS (level_names), text, &i))
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
ntm_level_to_string (NtmLevel level)
{
  g_return_val_if_fail (level <= NTM_LEVEL_PROVINCE_COMPLETED, NULL);
  return level_names[level];
}

/**
 * ntm_level_get_label:
 * @level: a level
 *
 * Returns: the level as a person reads it, translated
 */
const char *
ntm_level_get_label (NtmLevel level)
{
  /* One name per level, the one legends, charts and reports use. */
  return ntm_level_palette_get_name (level);
}

gboolean
ntm_unit_kind_from_string (const char  *text,
                           NtmUnitKind *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!ntm_text_find_name (unit_kind_names, G_N_ELEMENTS (unit_kind_names), text, &i))
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
ntm_unit_kind_to_string (NtmUnitKind kind)
{
  g_return_val_if_fail (kind <= NTM_UNIT_KIND_TOWNSHIP, NULL);
  return unit_kind_names[kind];
}

/**
 * ntm_unit_kind_get_label:
 * @kind: a kind of unit
 *
 * Returns: the kind as a person reads it, translated
 */
const char *
ntm_unit_kind_get_label (NtmUnitKind kind)
{
  switch (kind)
    {
    case NTM_UNIT_KIND_PROVINCE: return _("Province");
    case NTM_UNIT_KIND_DISTRICT: return _("District");
    case NTM_UNIT_KIND_TOWN: return _("Town");
    case NTM_UNIT_KIND_CITY: return _("City");
    case NTM_UNIT_KIND_COMMUNE: return _("Commune");
    case NTM_UNIT_KIND_WARD: return _("Ward");
    case NTM_UNIT_KIND_TOWNSHIP: return _("Township");
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
ntm_unit_kind_is_commune_level (NtmUnitKind kind)
{
  return kind == NTM_UNIT_KIND_COMMUNE ||
         kind == NTM_UNIT_KIND_WARD ||
         kind == NTM_UNIT_KIND_TOWNSHIP;
}

gboolean
ntm_unit_kind_is_district_level (NtmUnitKind kind)
{
  return kind == NTM_UNIT_KIND_DISTRICT ||
         kind == NTM_UNIT_KIND_TOWN ||
         kind == NTM_UNIT_KIND_CITY;
}
