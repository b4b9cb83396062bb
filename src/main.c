/* main.c: `ntm`, the tasks of the command line and the window
 *
 * Reads the options; a task asked for (--check, --import-data, …) is run
 * here, by a program that links neither GTK nor libadwaita nor libshumate,
 * so that a task does not wait for them to load. Otherwise the window's
 * module (ntm-gui.so, which holds every GTK layer) is loaded and runs the
 * window with the same command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>
#include <locale.h>

#include "ntm-command-line.h"

typedef int (*NtmGuiMain) (int argc, char **argv);

typedef struct {
  gboolean wants_window;
} Run;

static int
on_handle_local_options_cb (GApplication *application,
                            GVariantDict *options,
                            gpointer      user_data)
{
  Run *run = user_data;
  NtmCommandOptions read = { NULL };
  int status = ntm_command_options_read (&read, options);

  if (status < 0)
    status = ntm_command_line_run (&read, options);
  ntm_command_options_clear (&read);
  if (status >= 0)
    return status;
  /* no task: the window, after this application is gone */
  run->wants_window = TRUE;
  return 0;
}

/* Where the window's module is: as NTM_GUI_MODULE says, else beside the
 * program (in its build folder), else where it is installed. */
static char *
find_gui_module (void)
{
  const char *given = g_getenv ("NTM_GUI_MODULE");
  g_autofree char *self_path = NULL;

  if (given != NULL && *given != '\0')
    return g_strdup (given);
  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self_path);
      g_autofree char *beside = g_build_filename (dir, "ntm-gui.so", NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&beside);
    }
  return g_build_filename (NTM_GUI_MODULE_DIR, "ntm-gui.so", NULL);
}

static int
run_window (int    argc,
            char **argv)
{
  g_autofree char *path = find_gui_module ();
  /* its functions are bound when first called, as a program's are:
   * binding the thousands it calls into GTK at once would have the window
   * start later (the install test checks that the program exports every
   * function of Ntm's it calls) */
  GModule *module = g_module_open (path, G_MODULE_BIND_LOCAL | G_MODULE_BIND_LAZY);
  NtmGuiMain gui_main = NULL;

  if (module == NULL || !g_module_symbol (module, "ntm_gui_main", (gpointer *) &gui_main))
    {
      /* Translators: the detail is the system's, in English */
      g_printerr (_("The window cannot be opened: its module could not be loaded (%s).\n"), g_module_error ());
      return 1;
    }
  /* the module stays loaded until the program ends */
  g_module_make_resident (module);
  return gui_main (argc, argv);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;
  const char *localedir = g_getenv ("NTM_LOCALEDIR");
  Run run = { FALSE };
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = g_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  ntm_command_line_add_options (app);
  g_signal_connect (app, "handle-local-options", G_CALLBACK (on_handle_local_options_cb), &run);
  status = g_application_run (app, argc, argv);
  g_clear_object (&app);
  if (!run.wants_window)
    return status;
  return run_window (argc, argv);
}
