/* ntm-json-private.h: a small JSON reader for the data shipped with Ntm
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  NTM_JSON_NULL,
  NTM_JSON_BOOLEAN,
  NTM_JSON_NUMBER,
  NTM_JSON_STRING,
  NTM_JSON_ARRAY,
  NTM_JSON_OBJECT,
} NtmJsonType;

typedef struct _NtmJson NtmJson;

NtmJson     *ntm_json_parse        (const char  *text,
                                    gsize        length,
                                    GError     **error);
void         ntm_json_free         (NtmJson     *node);
NtmJsonType  ntm_json_get_kind     (const NtmJson *node);
const char  *ntm_json_get_string   (const NtmJson *node);
gboolean     ntm_json_get_number   (const NtmJson *node,
                                    double      *value);
guint        ntm_json_get_length   (const NtmJson *node);
const NtmJson *ntm_json_get_item   (const NtmJson *node,
                                    guint        index);
const char  *ntm_json_get_key      (const NtmJson *node,
                                    guint        index);
const NtmJson *ntm_json_get_member (const NtmJson *node,
                                    const char  *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NtmJson, ntm_json_free)

G_END_DECLS
