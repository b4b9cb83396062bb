/* ntm-bench.c: measuring a program in a child process, for the benchmarks
 *
 * Each benchmark measures what it compares (ntm beside ogr2ogr, a map
 * scenario beside the empty map) each in a process of its own, so that
 * each peak memory is its own: it starts itself again with the arguments
 * of one measurement, and reads back what that child prints, one
 * "key: value" at a time. `BENCH --measure COMMAND…` runs COMMAND and
 * prints its wall time, peak memory and exit status that way.
 *
 * Times vary with the load of a shared machine; the instructions a
 * program runs do not, so ntm_bench_count_instructions() counts them
 * too, under valgrind's callgrind, where valgrind is installed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/resource.h>

#include "ntm-bench.h"

/**
 * ntm_bench_run_measured:
 * @argv: a command and its arguments, %NULL-terminated
 *
 * In the child: runs @argv (found in the PATH), waits for it and prints
 * "wall-ms", "peak-mib" and "status".
 *
 * Returns: the child's own exit code: 1 when @argv could not be started
 */
int
ntm_bench_run_measured (char **argv)
{
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  int status = 0;
  g_autoptr(GError) error = NULL;

  if (!g_spawn_sync (NULL, argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  getrusage (RUSAGE_CHILDREN, &usage);
  g_print ("wall-ms: %.0f\npeak-mib: %.1f\nstatus: %d\n", (g_get_monotonic_time () - start) / 1000.0,
           usage.ru_maxrss / 1024.0, status);
  return 0;
}

/**
 * ntm_bench_run_self:
 * @self_path: the benchmark's own program
 * @args: its arguments for one measurement, %NULL-terminated
 *
 * Returns: (transfer full): what the child printed ("" when it printed
 *   nothing or could not be started)
 */
char *
ntm_bench_run_self (const char         *self_path,
                    const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  char *out = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) self_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, NULL);
  return out ? out : g_strdup ("");
}

/**
 * ntm_bench_measure:
 * @self_path: the benchmark's own program, which calls
 *   ntm_bench_run_measured() for --measure
 * @command: a command and its arguments, %NULL-terminated
 *
 * Returns: (transfer full): what ntm_bench_run_measured() printed for
 *   @command, in a child of its own
 */
char *
ntm_bench_measure (const char         *self_path,
                   const char * const *command)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, (gpointer) "--measure");
  for (guint i = 0; command[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) command[i]);
  g_ptr_array_add (args, NULL);
  return ntm_bench_run_self (self_path, (const char * const *) args->pdata);
}

/**
 * ntm_bench_value_of:
 * @text: (nullable): what a child printed
 * @key: a key
 *
 * Returns: the number written after "@key: ", or NAN when it is not there
 */
double
ntm_bench_value_of (const char *text,
                    const char *key)
{
  g_autofree char *needle = g_strdup_printf ("%s: ", key);
  const char *p = text ? strstr (text, needle) : NULL;

  return p ? g_ascii_strtod (p + strlen (needle), NULL) : NAN;
}

/**
 * ntm_bench_count_instructions:
 * @command: a command and its arguments, %NULL-terminated
 *
 * Runs @command under `valgrind --tool=callgrind` (many times slower)
 * and reads the count of instructions it ran.
 *
 * Returns: the count, or NAN when valgrind is not installed or the
 *   command failed
 */
double
ntm_bench_count_instructions (const char * const *command)
{
  g_autofree char *valgrind = g_find_program_in_path ("valgrind");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *err = NULL;
  const char *collected;
  int status = 0;

  if (valgrind == NULL)
    return NAN;
  g_ptr_array_add (argv, valgrind);
  g_ptr_array_add (argv, (gpointer) "--tool=callgrind");
  g_ptr_array_add (argv, (gpointer) "--callgrind-out-file=/dev/null");
  for (guint i = 0; command[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) command[i]);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return NAN;
  collected = err ? strstr (err, "Collected : ") : NULL;
  return collected ? g_ascii_strtod (collected + strlen ("Collected : "), NULL) : NAN;
}
