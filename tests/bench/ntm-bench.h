/* ntm-bench.h: measuring a program in a child process, for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int     ntm_bench_run_measured (char              **argv);
char   *ntm_bench_run_self     (const char         *self_path,
                                const char * const *args);
char   *ntm_bench_measure      (const char         *self_path,
                                const char * const *command);
double  ntm_bench_value_of     (const char         *text,
                                const char         *key);
double  ntm_bench_count_instructions (const char * const *command);

G_END_DECLS
