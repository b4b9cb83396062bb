/* ntm-history-window.c: the read-only change history of a unit or a scheme
 *
 * Newest first: when, who, what changed and from what to what. Nothing in
 * it can be edited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-audit.h"
#include "ntm-form.h"
#include "ntm-history-window.h"
#include "ntm-unit.h"

struct _NtmHistoryWindow
{
  AdwWindow  parent_instance;

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
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The history cannot be read"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error ? error->message : "");
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
      GtkWidget *box, *head, *body, *info;
      char *newline;

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_widget_set_margin_top (box, 8);
      gtk_widget_set_margin_bottom (box, 8);

      newline = strchr (text, '\n');
      if (newline != NULL)
        *newline = '\0';
      head = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (head), 0);
      gtk_label_set_wrap (GTK_LABEL (head), TRUE);
      gtk_widget_add_css_class (head, "heading");
      gtk_box_append (GTK_BOX (box), head);

      /* Translators: when, and the user who made the change */
      meta = g_strdup_printf (_("%s · by %s"), when, ntm_audit_entry_get_changed_by (e));
      info = gtk_label_new (meta);
      gtk_label_set_xalign (GTK_LABEL (info), 0);
      gtk_widget_add_css_class (info, "dim-label");
      gtk_widget_add_css_class (info, "caption");
      gtk_box_append (GTK_BOX (box), info);

      if (newline != NULL)
        {
          body = gtk_label_new (newline + 1);
          gtk_label_set_xalign (GTK_LABEL (body), 0);
          gtk_label_set_wrap (GTK_LABEL (body), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_selectable (GTK_LABEL (body), TRUE);
          gtk_widget_add_css_class (body, "monospace");
          gtk_widget_add_css_class (body, "caption");
          gtk_box_append (GTK_BOX (box), body);
        }

      gtk_list_box_append (self->list, box);
    }

  if (self->n_entries == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No change on record"));
      gtk_list_box_append (self->list, row);
    }
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_history_window_class_init (NtmHistoryWindowClass *klass)
{
  ntm_form_class_add_shortcuts (GTK_WIDGET_CLASS (klass), NULL);
}

static void
ntm_history_window_init (NtmHistoryWindow *self)
{
  GtkWidget *box, *scrolled, *clamp;

  gtk_window_set_default_size (GTK_WINDOW (self), 720, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  clamp = adw_clamp_new ();
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_margin_top (GTK_WIDGET (self->list), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->list), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self->list), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->list), 12);
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);
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
  unit = ntm_database_get_unit (database, unit_code, NULL);
  /* Translators: %s is a unit's name */
  title = g_strdup_printf (_("History of %s"), unit ? ntm_unit_get_name (unit) : unit_code);
  gtk_window_set_title (GTK_WINDOW (self), title);
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
