/* ntm-text.h: text folding for search and name matching, names of codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *ntm_text_fold             (const char *text);
char     *ntm_text_fold_keep_marks  (const char *text);
gboolean  ntm_text_matches          (const char *haystack_folded,
                                     const char *query);
char     *ntm_text_strip_unit_type  (const char *name);
gboolean  ntm_text_find_name        (const char * const *names,
                                     guint               n_names,
                                     const char         *text,
                                     guint              *index);

G_END_DECLS
