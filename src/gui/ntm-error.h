/* ntm-error.h: telling a person what went wrong, and what to do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *ntm_error_describe_read (const GError *error);
void  ntm_error_show          (GtkWidget    *parent,
                               const char   *heading,
                               const char   *body);

G_END_DECLS
