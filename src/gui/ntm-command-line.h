/* ntm-command-line.h: the tasks run from the command line, without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What every task takes from the options given. */
typedef struct {
  const char *database_path;   /* --database, canonical; NULL for the default one */
  const char *output;          /* --output, canonical; NULL when not given */
  const char *set_code;        /* --set */
  int         year;            /* --year; 0 for today's year */
} NtmCommandOptions;

int ntm_command_check             (const NtmCommandOptions *options);
int ntm_command_report            (const NtmCommandOptions *options,
                                   const char              *name);
int ntm_command_export_list       (const NtmCommandOptions *options,
                                   const char              *list);
int ntm_command_import_boundaries (const NtmCommandOptions *options,
                                   const char              *path,
                                   gboolean                 dry_run);
int ntm_command_import_data       (const NtmCommandOptions *options,
                                   const char              *path,
                                   gboolean                 dry_run);
int ntm_command_derive_boundaries (const NtmCommandOptions *options,
                                   gboolean                 dry_run);
int ntm_command_export_map        (const NtmCommandOptions *options,
                                   const char              *path,
                                   const char              *mode_text,
                                   const char              *layer_text,
                                   const char              *size_text,
                                   int                      since_year);
int ntm_command_backup            (const NtmCommandOptions *options);
int ntm_command_list_backups      (const NtmCommandOptions *options);
int ntm_command_restore           (const NtmCommandOptions *options,
                                   const char              *backup_path);

G_END_DECLS
