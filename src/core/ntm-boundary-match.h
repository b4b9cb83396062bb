/* ntm-boundary-match.h: which unit a boundary feature belongs to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a feature of a boundary file says about itself. Any field may be
 * NULL; "NA" and empty text count as missing. */
typedef struct {
  const char *code;
  const char *name;
  const char *type;          /* "Xã", "Phường", … when the file has a type field */
  const char *parent_code;
  const char *parent_name;
} NtmFeatureKey;

typedef enum {
  NTM_MATCH_NONE,
  NTM_MATCH_CODE,
  NTM_MATCH_NAME,
  NTM_MATCH_NAME_UNACCENTED,
  NTM_MATCH_AMBIGUOUS,
  NTM_MATCH_REFUSED,         /* a field is longer than NTM_BOUNDARY_MAX_TEXT */
} NtmMatchMethod;

/* No unit's code or name comes near this many characters: a longer field
 * is refused, never compared (folding text costs more than its length). */
#define NTM_BOUNDARY_MAX_TEXT 1000

typedef struct {
  NtmMatchMethod  method;
  char           *unit_code;   /* when matched */
  GPtrArray      *candidates;  /* of unit codes (char *), when ambiguous */
} NtmMatch;

#define NTM_TYPE_BOUNDARY_MATCHER (ntm_boundary_matcher_get_type ())
G_DECLARE_FINAL_TYPE (NtmBoundaryMatcher, ntm_boundary_matcher, NTM, BOUNDARY_MATCHER, GObject)

gboolean            ntm_text_is_missing              (const char         *text);
gboolean            ntm_boundary_text_too_long       (const char         *text);
char               *ntm_boundary_name_key            (const char         *name,
                                                      gboolean            keep_marks);

NtmBoundaryMatcher *ntm_boundary_matcher_new         (GListModel         *units);
NtmMatch           *ntm_boundary_matcher_match       (NtmBoundaryMatcher *self,
                                                      const NtmFeatureKey *key);
const char         *ntm_boundary_matcher_get_unit_name (NtmBoundaryMatcher *self,
                                                      const char         *code);
GPtrArray          *ntm_boundary_matcher_list_codes  (NtmBoundaryMatcher *self,
                                                      gboolean            commune_level);
void                ntm_match_free                   (NtmMatch           *match);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NtmMatch, ntm_match_free)

G_END_DECLS
