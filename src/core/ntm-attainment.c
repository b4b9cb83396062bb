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

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
lookup_name (const char * const *names,
             guint               n_names,
             const char         *text,
             guint              *out)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (g_strcmp0 (names[i], text) == 0)
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

static const char * const comparison_names[] = { ">=", ">", "<=", "<", "=" };
static const char * const kind_names[] = { "boolean", "percent", "number" };
static const char * const status_names[] = { "no_data", "not_met", "basically_met", "met" };
static const char * const level_names[] = {
  "no_data", "not_yet", "ntm", "advanced", "model", "civilised",
  "district_ntm", "district_advanced", "task_completed",
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
 * @kind: district, town or city
 *
 * A district is NTM when all its communes are NTM, at least 10 % of them
 * advanced, all its townships civilised urban, residents satisfied and its
 * own criteria met. A town or city in the same position has completed the
 * NTM task.
 *
 * Returns: the computed level
 */
NtmLevel
ntm_district_level (const NtmDistrictFacts *facts,
                    NtmUnitKind             kind)
{
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

  return kind == NTM_UNIT_KIND_DISTRICT ? NTM_LEVEL_DISTRICT_NTM : NTM_LEVEL_TASK_COMPLETED;
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
  if (!lookup_name (comparison_names, G_N_ELEMENTS (comparison_names), text, &i))
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
  if (!lookup_name (kind_names, G_N_ELEMENTS (kind_names), text, &i))
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
  if (!lookup_name (status_names, G_N_ELEMENTS (status_names), text, &i))
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
  if (!lookup_name (level_names, G_N_ELEMENTS (level_names), text, &i))
    return FALSE;
  *out = i;
  return TRUE;
}

const char *
ntm_level_to_string (NtmLevel level)
{
  g_return_val_if_fail (level <= NTM_LEVEL_TASK_COMPLETED, NULL);
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
  switch (level)
    {
    case NTM_LEVEL_NOT_YET: return _("Not yet");
    case NTM_LEVEL_NTM: return _("New rural");
    case NTM_LEVEL_ADVANCED: return _("Advanced");
    case NTM_LEVEL_MODEL: return _("Model");
    case NTM_LEVEL_CIVILISED: return _("Civilised urban");
    case NTM_LEVEL_DISTRICT_NTM: return _("New rural district");
    case NTM_LEVEL_DISTRICT_ADVANCED: return _("Advanced new rural district");
    case NTM_LEVEL_TASK_COMPLETED: return _("NTM task completed");
    case NTM_LEVEL_NO_DATA:
    default: return _("No data");
    }
}

gboolean
ntm_unit_kind_from_string (const char  *text,
                           NtmUnitKind *out)
{
  guint i;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!lookup_name (unit_kind_names, G_N_ELEMENTS (unit_kind_names), text, &i))
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
