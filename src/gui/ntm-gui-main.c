/* ntm-gui-main.c: the window's module, which `ntm` loads when no task is
 * asked for (src/main.c)
 *
 * The module holds the layers that use GTK (map-widgets and gui); what
 * they use of core, map, io and cli is the program's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gmodule.h>

#include "ntm-application.h"

G_MODULE_EXPORT int ntm_gui_main (int argc, char **argv);

/* Runs the window with the command line `ntm` was given, whose options
 * NtmApplication reads again. Returns the exit status. */
G_MODULE_EXPORT int
ntm_gui_main (int    argc,
              char **argv)
{
  g_autoptr(NtmApplication) app = ntm_application_new ();
  int status = g_application_run (G_APPLICATION (app), argc, argv);

  return status != 0 ? status : ntm_application_get_exit_status (app);
}
