/* ntm-format.h: money, numbers and dates as people read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The language a figure is written in. Passed explicitly, so that reports
 * and tests do not depend on the process locale. */
typedef enum {
  NTM_LANGUAGE_VIETNAMESE,
  NTM_LANGUAGE_ENGLISH,
} NtmLanguage;

NtmLanguage  ntm_language_get_default     (void);

char        *ntm_format_integer           (gint64        value,
                                           NtmLanguage   language);
char        *ntm_format_decimal           (double        value,
                                           int           max_decimals,
                                           NtmLanguage   language);
char        *ntm_format_money             (gint64        dong,
                                           NtmLanguage   language);
gboolean     ntm_parse_money              (const char   *text,
                                           gint64       *out,
                                           GError      **error);
char        *ntm_format_date              (const char   *iso_date);
gboolean     ntm_parse_iso_date           (const char   *text,
                                           GDate        *out);
char        *ntm_date_to_iso              (const GDate  *date);

G_END_DECLS
