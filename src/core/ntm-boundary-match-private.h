/* ntm-boundary-match-private.h: what the tests read of NtmBoundaryMatcher
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-boundary-match.h"

G_BEGIN_DECLS

const char         *ntm_match_method_to_string       (NtmMatchMethod      method);

G_END_DECLS
