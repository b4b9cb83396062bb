/* ntm-progress.h: how long work tells how far it has got, and is stopped
 *
 * The exports and reports run in a worker thread while the window stays
 * responsive. They take a GCancellable, checked between steps (a cancelled
 * export writes no file), and a progress function, called from the
 * worker's thread with the share done so far, from 0 to 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef void (*NtmProgressFunc) (double   fraction,
                                 gpointer user_data);

/* Tells @progress, if any, that @fraction of the work is done. */
static inline void
ntm_progress_report (NtmProgressFunc progress,
                     gpointer        user_data,
                     double          fraction)
{
  if (progress != NULL)
    progress (CLAMP (fraction, 0.0, 1.0), user_data);
}

G_END_DECLS
