/* ntm-command-line.h: the options, and the tasks run without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What the tasks and the window take from the options given, checked. */
typedef struct {
  char *database_path;     /* --database, canonical; NULL for the default one */
  char *output;            /* --output, canonical; NULL when not given */
  char *set_code;          /* --set */
  int   year;              /* --year; 0 for today's year */
  char *screenshot_path;   /* --screenshot, canonical */
  char *view;              /* --view */
  char *unit;              /* --unit */
  char *layer;             /* --layer, a valid one */
} NtmCommandOptions;

void ntm_command_line_add_options (GApplication      *application);
int  ntm_command_options_read     (NtmCommandOptions *self,
                                   GVariantDict      *options);
void ntm_command_options_clear    (NtmCommandOptions *self);
int  ntm_command_line_run         (const NtmCommandOptions *self,
                                   GVariantDict            *options);

G_END_DECLS
