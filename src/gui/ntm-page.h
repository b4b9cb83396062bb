/* ntm-page.h: a view of the main window, showing a database for a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_TYPE_PAGE (ntm_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (NtmPage, ntm_page, NTM, PAGE, GtkWidget)

/**
 * NtmPageClass:
 * @reload: show the database and the year from scratch; called when a
 *   different database is set (also when it is unset)
 * @year_changed: the year changed; the default calls @reload
 * @database_changed: a write to @areas was committed, among them at least
 *   one of @depends_on; the default calls @reload
 * @depends_on: the areas the page shows; %NTM_AREA_NONE (the default)
 *   stands for every area
 */
struct _NtmPageClass
{
  GtkWidgetClass parent_class;

  void (*reload)           (NtmPage    *self);
  void (*year_changed)     (NtmPage    *self);
  void (*database_changed) (NtmPage    *self,
                            NtmArea     areas);

  NtmArea depends_on;

  gpointer padding[7];
};

NtmDatabase *ntm_page_get_database  (NtmPage     *self);
void         ntm_page_set_database  (NtmPage     *self,
                                     NtmDatabase *database);
int          ntm_page_get_year      (NtmPage     *self);
void         ntm_page_set_year      (NtmPage     *self,
                                     int          year);

void         ntm_page_show_list     (GtkStack    *stack,
                                     guint        on_record,
                                     guint        shown);

G_END_DECLS
