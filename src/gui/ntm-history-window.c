/* ntm-history-window.c: the read-only change history of a unit or a scheme
 *
 * Newest first: when, who, what changed and from what to what (an
 * NtmHistoryRow each, in the list of ntm-history-window.ui). Nothing in
 * it can be edited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ntm-audit.h"
#include "ntm-error.h"
#include "ntm-form.h"
#include "ntm-history-row.h"
#include "ntm-history-window.h"
#include "ntm-history-window-private.h"
#include "ntm-info-row.h"
#include "ntm-unit.h"

struct _NtmHistoryWindow
{
  AdwWindow   parent_instance;

  /* template widgets */
  GtkListBox *list;

  guint       n_entries;
};

G_DEFINE_FINAL_TYPE (NtmHistoryWindow, ntm_history_window, ADW_TYPE_WINDOW)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static char *
format_when (const char *iso)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (iso);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%d/%m/%Y %H:%M");
}

static void
fill (NtmHistoryWindow *self,
      GListModel       *entries,
      const GError     *error)
{
  if (entries == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      GtkWidget *row = ntm_info_row_new (_("The history cannot be read"), message);

      ntm_info_row_set_warning (NTM_INFO_ROW (row), TRUE);
      gtk_list_box_append (self->list, row);
      return;
    }

  self->n_entries = g_list_model_get_n_items (entries);
  for (guint i = 0; i < self->n_entries; i++)
    {
      g_autoptr(NtmAuditEntry) e = g_list_model_get_item (entries, i);
      g_autofree char *text = ntm_audit_entry_describe (e);
      g_autofree char *when = format_when (ntm_audit_entry_get_changed_at (e));
      g_autofree char *meta = NULL;
      char *newline = strchr (text, '\n');

      /* the first line says what changed, the others how */
      if (newline != NULL)
        *newline = '\0';
      /* Translators: when, and the user who made the change */
      meta = g_strdup_printf (_("%s · by %s"), when, ntm_audit_entry_get_changed_by (e));
      gtk_list_box_append (self->list, ntm_history_row_new (text, meta, newline ? newline + 1 : NULL));
    }

  if (self->n_entries == 0)
    gtk_list_box_append (self->list, ntm_info_row_new (_("No change on record"), NULL));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_history_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NTM_TYPE_HISTORY_WINDOW);
  G_OBJECT_CLASS (ntm_history_window_parent_class)->dispose (object);
}

static void
ntm_history_window_class_init (NtmHistoryWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_history_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmHistoryWindow, list);
  ntm_form_class_add_shortcuts (widget_class, NULL);
}

static void
ntm_history_window_init (NtmHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

NtmHistoryWindow *
ntm_history_window_new_for_unit (GtkWindow   *parent,
                                 NtmDatabase *database,
                                 const char  *unit_code)
{
  NtmHistoryWindow *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(NtmUnit) unit = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (unit_code != NULL, NULL);

  self = g_object_new (NTM_TYPE_HISTORY_WINDOW, "transient-for", parent, NULL);
  /* a unit no longer on record is named by its code; one that cannot be
   * read is said in the list */
  unit = ntm_database_get_unit (database, unit_code, &error);
  /* Translators: %s is a unit's name */
  title = g_strdup_printf (_("History of %s"), unit ? ntm_unit_get_name (unit) : unit_code);
  gtk_window_set_title (GTK_WINDOW (self), title);
  if (unit == NULL && !g_error_matches (error, NTM_DATABASE_ERROR, NTM_DATABASE_ERROR_NOT_FOUND))
    {
      fill (self, NULL, error);
      return self;
    }
  g_clear_error (&error);
  entries = ntm_database_list_unit_history (database, unit_code, &error);
  fill (self, entries, error);
  return self;
}

NtmHistoryWindow *
ntm_history_window_new_for_scheme (GtkWindow   *parent,
                                   NtmDatabase *database,
                                   gint64       scheme_id,
                                   const char  *scheme_name)
{
  NtmHistoryWindow *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  self = g_object_new (NTM_TYPE_HISTORY_WINDOW, "transient-for", parent, NULL);
  title = g_strdup_printf (_("History of %s"), scheme_name ? scheme_name : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
  entries = ntm_database_list_scheme_history (database, scheme_id, &error);
  fill (self, entries, error);
  return self;
}

guint
ntm_history_window_get_n_entries (NtmHistoryWindow *self)
{
  g_return_val_if_fail (NTM_IS_HISTORY_WINDOW (self), 0);
  return self->n_entries;
}
