/* ntm-number.h: numbers as people read and type them, per language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "ntm-format.h"

G_BEGIN_DECLS

#define NTM_NUMBER_ERROR (ntm_number_error_quark ())

typedef enum {
  NTM_NUMBER_ERROR_EMPTY,
  NTM_NUMBER_ERROR_INVALID,
  NTM_NUMBER_ERROR_NEGATIVE,
  NTM_NUMBER_ERROR_OUT_OF_RANGE,
  NTM_NUMBER_ERROR_TOO_LONG,
  NTM_NUMBER_ERROR_NOT_WHOLE,
  NTM_NUMBER_ERROR_BAD_DATE,
} NtmNumberError;

/* How numbers are written is an NtmLanguage (ntm-format.h): Vietnamese
 * "1.234,5" and "95,5 %", English "1,234.5" and "95.5%". */
typedef enum {
  NTM_NUMBER_FLAGS_NONE           = 0,
  NTM_NUMBER_FLAGS_ALLOW_NEGATIVE = 1 << 0,
  NTM_NUMBER_FLAGS_PERCENT        = 1 << 1,  /* 0–100, a "%" may follow */
  NTM_NUMBER_FLAGS_WHOLE          = 1 << 2,  /* no decimals (households, people) */
} NtmNumberFlags;

/* Longer input is refused rather than guessed at. */
#define NTM_NUMBER_MAX_LENGTH 40

/* Room for the decimal digits of any guint64, and the end. */
#define NTM_DIGITS_SIZE 21

GQuark             ntm_number_error_quark      (void);
const char        *ntm_number_digits           (guint64             value,
                                                char                buffer[NTM_DIGITS_SIZE]);
gboolean           ntm_number_parse            (const char         *text,
                                                NtmLanguage         language,
                                                NtmNumberFlags      flags,
                                                double             *out,
                                                GError            **error);
char              *ntm_number_format           (double              value,
                                                int                 max_decimals,
                                                NtmLanguage         language);
char              *ntm_number_format_percent   (double              value,
                                                int                 max_decimals,
                                                NtmLanguage         language);

gboolean           ntm_date_parse              (const char         *text,
                                                char              **iso,
                                                GError            **error);
gboolean           ntm_date_is_valid_iso       (const char         *iso);

G_END_DECLS
