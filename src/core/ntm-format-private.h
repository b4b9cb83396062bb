/* ntm-format-private.h: what the tests read of the formatting of numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-format.h"

G_BEGIN_DECLS

char        *ntm_format_money_exact       (gint64        dong,
                                           NtmLanguage   language);

G_END_DECLS
