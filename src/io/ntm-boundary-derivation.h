/* ntm-boundary-derivation.h: a new unit's outline from its predecessors'
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

typedef enum {
  NTM_DERIVATION_DERIVED,         /* every predecessor whole, every outline there */
  NTM_DERIVATION_SPLIT,           /* a predecessor was split between units */
  NTM_DERIVATION_MISSING_OUTLINE, /* a predecessor has no outline on record */
  NTM_DERIVATION_HAS_OUTLINE,     /* the unit has an outline of its own: left alone */
} NtmDerivationOutcome;

typedef struct {
  char                 *code;
  char                 *official_code;
  char                 *name;
  NtmDerivationOutcome  outcome;
  guint                 n_predecessors;
  char                 *why;        /* the predecessors concerned, "CODE Name, …" */
} NtmDerivedUnit;

#define NTM_TYPE_BOUNDARY_DERIVATION (ntm_boundary_derivation_get_type ())
G_DECLARE_FINAL_TYPE (NtmBoundaryDerivation, ntm_boundary_derivation, NTM, BOUNDARY_DERIVATION, GObject)

NtmBoundaryDerivation *ntm_boundary_derivation_new       (NtmDatabase           *db,
                                                          int                    year,
                                                          GError               **error);
guint                  ntm_boundary_derivation_get_n_units (NtmBoundaryDerivation *self);
const NtmDerivedUnit  *ntm_boundary_derivation_get_unit   (NtmBoundaryDerivation *self,
                                                          guint                  index);
guint                  ntm_boundary_derivation_count     (NtmBoundaryDerivation *self,
                                                          NtmDerivationOutcome   outcome);
char                  *ntm_boundary_derivation_to_text   (NtmBoundaryDerivation *self);
gboolean               ntm_boundary_derivation_commit    (NtmBoundaryDerivation *self,
                                                          GError               **error);

G_END_DECLS
