/* ntm-heading.h: a heading within a long form or list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NTM_TYPE_HEADING (ntm_heading_get_type ())
G_DECLARE_FINAL_TYPE (NtmHeading, ntm_heading, NTM, HEADING, GtkWidget)

GtkWidget *ntm_heading_new (const char *text,
                            gboolean    major);

G_END_DECLS
