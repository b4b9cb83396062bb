/* ntm-command-line.h: the tasks run from the command line, without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int ntm_command_check             (const char *database_path);
int ntm_command_report            (const char *database_path,
                                   const char *name,
                                   int         year,
                                   const char *output);
int ntm_command_export_list       (const char *database_path,
                                   const char *list,
                                   int         year,
                                   const char *output);
int ntm_command_import_boundaries (const char *database_path,
                                   const char *path,
                                   gboolean    dry_run);
int ntm_command_export_map        (const char *database_path,
                                   int         year,
                                   const char *path,
                                   const char *mode_text,
                                   const char *layer_text,
                                   const char *size_text);

G_END_DECLS
