/* ntm-import-window.c: importing a spreadsheet, with a preview first
 *
 * Main menu → Import Data…: the file is chosen, read in a worker thread
 * (a progress bar and Stop Reading), then worked out (ntm-import.c) and
 * shown before anything is written: what the file holds and for which
 * year, the counts, every error with its cell, the rows whose unit is
 * unknown or ambiguous, the columns not recognised (each with a choice of
 * what it holds, remembered for the layout), and per unit what changes,
 * old → new. Import stays disabled while an error remains; it writes the
 * whole file in one transaction and the main window's toast offers Undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-import-window.h"
#include "ntm-unit.h"
#include "ntm-window.h"
#include "ntm-workbook-file.h"

/* More lines than this make the window slow and nobody reads them there. */
#define MAX_ROWS_SHOWN 200

struct _NtmImportWindow
{
  AdwWindow             parent_instance;

  /* template widgets */
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  GtkProgressBar       *progress_bar;
  AdwStatusPage        *failed_page;
  GtkLabel             *summary_label;
  GtkLabel             *errors_label;
  AdwPreferencesGroup  *columns_group;
  AdwPreferencesGroup  *problems_group;
  AdwPreferencesGroup  *changes_group;
  GtkWidget            *import_button;

  NtmDatabase          *database;
  int                   year;
  char                 *year_note;       /* when the window's year was taken */
  GCancellable         *cancellable;
  gint                  progress;        /* 0–1000, written by the reader */
  guint                 progress_id;
  NtmWorkbook          *workbook;
  NtmImport            *import;
  GPtrArray            *rows;            /* of GtkWidget, in the groups */
  GArray               *choice_columns;  /* of guint, one per drop-down */
  GPtrArray            *choice_roles;    /* of GPtrArray of role names */
  GPtrArray            *choices;         /* of GtkDropDown */
  char                 *failure;
  gboolean              refreshing;
};

G_DEFINE_FINAL_TYPE (NtmImportWindow, ntm_import_window, ADW_TYPE_WINDOW)

enum {
  COMMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
add_row (NtmImportWindow     *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, g_object_ref (row));
}

static void
clear_rows (NtmImportWindow *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_array_set_size (self->choice_columns, 0);
  g_ptr_array_set_size (self->choice_roles, 0);
  g_ptr_array_set_size (self->choices, 0);
}

static void
show_failure (NtmImportWindow *self,
              const char      *message)
{
  g_free (self->failure);
  self->failure = g_strdup (message);
  adw_status_page_set_description (self->failed_page, message);
  gtk_stack_set_visible_child_name (self->stack, "failed");
  gtk_widget_set_sensitive (self->import_button, FALSE);
}

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

static void on_choice_selected_cb (GtkDropDown *dropdown, GParamSpec *pspec, NtmImportWindow *self);

static void
fill_columns (NtmImportWindow *self)
{
  guint n = ntm_import_get_n_columns (self->import);
  gboolean any = FALSE;

  for (guint c = 0; c < n; c++)
    {
      const char *heading = ntm_import_get_column_heading (self->import, c);
      g_autoptr(GPtrArray) roles = NULL;
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
      const char *current = ntm_import_get_column_role (self->import, c);
      GtkWidget *row, *dropdown;
      guint selected = 0;

      if (heading == NULL || ntm_import_column_is_recognised (self->import, c))
        continue;
      roles = ntm_import_list_roles (self->import, c);
      for (guint i = 0; i < roles->len; i++)
        {
          g_autofree char *label = ntm_import_describe_role (self->import, g_ptr_array_index (roles, i));

          gtk_string_list_append (labels, label);
          if (g_strcmp0 (g_ptr_array_index (roles, i), current) == 0)
            selected = i;
        }
      dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_choice_selected_cb), self);

      row = text_row (heading, ntm_import_get_column_sheet (self->import, c));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
      add_row (self, self->columns_group, row);
      g_array_append_val (self->choice_columns, c);
      g_ptr_array_add (self->choice_roles, g_steal_pointer (&roles));
      g_ptr_array_add (self->choices, dropdown);
      any = TRUE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->columns_group), any);
}

static void
fill_problems (NtmImportWindow *self)
{
  guint n = ntm_import_get_n_problems (self->import);
  guint shown = 0;

  for (guint i = 0; i < n && shown < MAX_ROWS_SHOWN; i++, shown++)
    {
      const NtmImportProblem *p = ntm_import_get_problem (self->import, i);
      g_autofree char *title = NULL;

      switch (p->kind)
        {
        case NTM_IMPORT_PROBLEM_UNMATCHED:
          /* Translators: a spreadsheet row whose unit is not known, e.g. "Sheet1!12: Xã Đâu Đó — no such unit" */
          title = g_strdup_printf (_("%s: %s — no such unit in this year; the row is left out"), p->where, p->text);
          break;
        case NTM_IMPORT_PROBLEM_AMBIGUOUS:
          title = g_strdup_printf (_("%s: %s — more than one unit has this name; give its code or its district"),
                                   p->where, p->text);
          break;
        case NTM_IMPORT_PROBLEM_ERROR:
        default:
          /* Translators: an error and the cell it is in, e.g. "Sheet1!F23: “Dat?” is not a status" */
          title = g_strdup_printf (_("%s: %s"), p->where, p->text);
          break;
        }
      {
        GtkWidget *row = text_row (title, NULL);
        GtkWidget *icon = gtk_image_new_from_icon_name (p->kind == NTM_IMPORT_PROBLEM_ERROR ? "dialog-error-symbolic"
                                                                                           : "dialog-warning-symbolic");
        gtk_widget_add_css_class (icon, p->kind == NTM_IMPORT_PROBLEM_ERROR ? "error" : "warning");
        adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        add_row (self, self->problems_group, row);
      }
    }
  if (n > shown)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more", "And %u more", n - shown), n - shown);
      add_row (self, self->problems_group, text_row (more, NULL));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), n > 0);
}

static void
fill_changes (NtmImportWindow *self)
{
  guint n = ntm_import_get_n_changes (self->import);
  g_autoptr(GString) lines = g_string_new (NULL);
  const char *unit = NULL, *unit_name = NULL;
  int year = 0;
  guint units_shown = 0, units_more = 0;

  for (guint i = 0; i <= n; i++)
    {
      const NtmImportChange *c = i < n ? ntm_import_get_change (self->import, i) : NULL;

      if (c != NULL && c->action == NTM_IMPORT_UNCHANGED)
        continue;
      /* one row per unit and year, its changes beneath */
      if (c == NULL || g_strcmp0 (c->unit_code, unit) != 0 || c->year != year)
        {
          if (lines->len > 0)
            {
              g_autofree char *title = NULL;

              if (unit != NULL)
                /* Translators: a unit and the year of its changes, e.g. "Xã Kỳ Tân (2024)" */
                title = g_strdup_printf (_("%s (%d)"), unit_name ? unit_name : unit, year);
              else
                title = g_strdup (_("Criteria set"));
              if (units_shown < MAX_ROWS_SHOWN)
                {
                  add_row (self, self->changes_group, text_row (title, lines->str));
                  units_shown++;
                }
              else
                units_more++;
            }
          g_string_truncate (lines, 0);
          if (c == NULL)
            break;
          unit = c->unit_code;
          unit_name = c->unit_name;
          year = c->year;
        }
      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      /* Translators: what changes, its value on record and in the file, e.g. "17.1: 80 → 95.5" */
      g_string_append_printf (lines, _("%s: %s → %s"), c->what ? c->what : "",
                              c->old_text ? c->old_text : _("nothing"), c->new_text ? c->new_text : _("nothing"));
    }
  if (units_more > 0)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more", "And %u more", units_more), units_more);
      add_row (self, self->changes_group, text_row (more, NULL));
    }
  if (units_shown == 0)
    add_row (self, self->changes_group, text_row (_("Nothing to change: the database has this already."), NULL));
}

static void
refresh (NtmImportWindow *self)
{
  const NtmImportCounts *n = ntm_import_get_counts (self->import);
  g_autoptr(GString) summary = g_string_new (NULL);
  int year = ntm_import_get_year (self->import);

  self->refreshing = TRUE;
  clear_rows (self);

  /* Translators: what a file holds, e.g. "bieu.xlsx: Criteria statuses" */
  g_string_append_printf (summary, _("%s: %s"), ntm_workbook_get_file_name (self->workbook),
                          ntm_register_get_label (ntm_import_get_register (self->import)));
  if (year > 0)
    {
      g_string_append_printf (summary, _(", year %d"), year);
      if (self->year_note != NULL)
        g_string_append_printf (summary, " %s", self->year_note);
    }
  g_string_append_c (summary, '\n');
  g_string_append_printf (summary,
                          _("%u rows: %u units found, %u not found, %u ambiguous, %u skipped (district, total and empty rows)."),
                          n->rows, n->matched_units, n->unmatched, n->ambiguous, n->skipped);
  g_string_append_c (summary, '\n');
  g_string_append_printf (summary, _("%u values: %u new, %u changed, %u unchanged."),
                          n->values, n->inserted, n->updated, n->unchanged);
  gtk_label_set_text (self->summary_label, summary->str);

  if (n->errors > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u error: correct it in the file (or map the columns below) and open it again. Nothing is imported while an error remains.",
                                                         "%u errors: correct them in the file (or map the columns below) and open it again. Nothing is imported while an error remains.",
                                                         n->errors), n->errors);
      gtk_label_set_text (self->errors_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->errors_label), n->errors > 0);

  fill_columns (self);
  fill_problems (self);
  fill_changes (self);
  gtk_widget_set_sensitive (self->import_button,
                            n->errors == 0 && n->inserted + n->updated > 0 &&
                            !ntm_database_is_read_only (self->database));
  gtk_stack_set_visible_child_name (self->stack, "preview");
  self->refreshing = FALSE;
}

static void
analyse (NtmImportWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->import);
  g_clear_pointer (&self->year_note, g_free);
  /* the file's own year if it says one, else the year the window shows */
  self->import = ntm_import_new_for_year (self->database, self->workbook, 0, self->year, &error);
  if (self->import != NULL && !ntm_import_file_gives_year (self->import))
    self->year_note = g_strdup (_("(the year shown: the file does not say)"));
  if (self->import == NULL)
    {
      show_failure (self, error->message);
      return;
    }
  refresh (self);
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static gboolean
refresh_later_cb (gpointer user_data)
{
  NtmImportWindow *self = user_data;

  if (self->import != NULL && self->database != NULL)
    refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_choice_selected_cb (GtkDropDown     *dropdown,
                       GParamSpec      *pspec,
                       NtmImportWindow *self)
{
  g_autoptr(GError) error = NULL;
  guint index;

  if (self->refreshing)
    return;
  for (index = 0; index < self->choices->len; index++)
    if (g_ptr_array_index (self->choices, index) == dropdown)
      break;
  if (index == self->choices->len)
    return;

  {
    GPtrArray *roles = g_ptr_array_index (self->choice_roles, index);
    guint selected = gtk_drop_down_get_selected (dropdown);
    guint column = g_array_index (self->choice_columns, guint, index);

    if (selected >= roles->len)
      return;
    if (!ntm_import_set_column_role (self->import, column, g_ptr_array_index (roles, selected), &error))
      {
        show_failure (self, error->message);
        return;
      }
  }
  /* the drop-down goes away with the rows it is in: once its signal is over */
  g_idle_add_full (G_PRIORITY_DEFAULT, refresh_later_cb, g_object_ref (self), g_object_unref);
}

static gboolean
on_progress_tick_cb (gpointer user_data)
{
  NtmImportWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->progress) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
on_read_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(NtmImportWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  NtmWorkbook *workbook = ntm_workbook_read_finish (result, &error);

  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  if (self->database == NULL)
    {
      g_clear_object (&workbook);
      return;
    }
  if (workbook == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_failure (self, _("Reading was stopped: nothing was imported."));
      else
        show_failure (self, error->message);
      return;
    }
  g_clear_object (&self->workbook);
  self->workbook = workbook;
  gtk_progress_bar_set_fraction (self->progress_bar, 1.0);
  analyse (self);
}

static void
on_cancel_button_clicked_cb (NtmImportWindow *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_stop_button_clicked_cb (NtmImportWindow *self)
{
  ntm_import_window_stop_reading (self);
}

static void
on_import_button_clicked_cb (NtmImportWindow *self)
{
  ntm_import_window_commit (self);
}

static void
on_undo_clicked_cb (AdwToast  *toast,
                    NtmImport *import)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = g_object_get_data (G_OBJECT (toast), "ntm-window");

  if (!ntm_import_undo (import, &error) && NTM_IS_WINDOW (parent))
    ntm_window_add_toast (NTM_WINDOW (parent), adw_toast_new (error->message));
}

static void
release_import (gpointer  data,
                GClosure *closure)
{
  g_object_unref (data);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  g_autoptr(NtmImportWindow) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      ntm_import_window_open_file (self, file);
    }
  else
    gtk_window_close (GTK_WINDOW (self));
  g_object_unref (chooser);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_import_window_dispose (GObject *object)
{
  NtmImportWindow *self = NTM_IMPORT_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_IMPORT_WINDOW);
  g_clear_object (&self->database);
  g_clear_object (&self->workbook);
  g_clear_object (&self->import);
  G_OBJECT_CLASS (ntm_import_window_parent_class)->dispose (object);
}

static void
ntm_import_window_finalize (GObject *object)
{
  NtmImportWindow *self = NTM_IMPORT_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->choice_columns, g_array_unref);
  g_clear_pointer (&self->choice_roles, g_ptr_array_unref);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_free (self->failure);
  g_free (self->year_note);
  G_OBJECT_CLASS (ntm_import_window_parent_class)->finalize (object);
}

static void
ntm_import_window_class_init (NtmImportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_import_window_dispose;
  object_class->finalize = ntm_import_window_finalize;

  /**
   * NtmImportWindow::committed:
   * @self: the window
   * @import: the committed #NtmImport
   *
   * The file is in the database.
   */
  signals[COMMITTED] = g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, NTM_TYPE_IMPORT);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-import-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmImportWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, NtmImportWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmImportWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, NtmImportWindow, failed_page);
  gtk_widget_class_bind_template_child (widget_class, NtmImportWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, NtmImportWindow, errors_label);
  gtk_widget_class_bind_template_child (widget_class, NtmImportWindow, columns_group);
  gtk_widget_class_bind_template_child (widget_class, NtmImportWindow, problems_group);
  gtk_widget_class_bind_template_child (widget_class, NtmImportWindow, changes_group);
  gtk_widget_class_bind_template_child (widget_class, NtmImportWindow, import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_button_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ntm_import_window_init (NtmImportWindow *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->choice_columns = g_array_new (FALSE, FALSE, sizeof (guint));
  self->choice_roles = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->choices = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_import_window_new:
 * @parent: (nullable): the main window, whose toast offers Undo
 * @database: the database the data goes into
 * @year: the year shown, taken when the file does not say its own
 *
 * Returns: (transfer floating): the window
 */
NtmImportWindow *
ntm_import_window_new (GtkWindow   *parent,
                       NtmDatabase *database,
                       int          year)
{
  NtmImportWindow *self;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  self = g_object_new (NTM_TYPE_IMPORT_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->year = year;
  return self;
}

/**
 * ntm_import_window_choose_file:
 * @self: a #NtmImportWindow
 *
 * Asks for the spreadsheet, then reads it.
 */
void
ntm_import_window_choose_file (NtmImportWindow *self)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  g_return_if_fail (NTM_IS_IMPORT_WINDOW (self));

  chooser = gtk_file_chooser_native_new (_("Import Data"), gtk_window_get_transient_for (GTK_WINDOW (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Spreadsheets (XLSX, XLS, ODS, CSV)"));
  for (const char * const *p = (const char * const[]) { "xlsx", "xls", "ods", "csv", NULL }; *p; p++)
    gtk_file_filter_add_suffix (filter, *p);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ntm_import_window_open_file:
 * @self: a #NtmImportWindow
 * @file: the spreadsheet
 *
 * Reads @file in a worker thread, then shows what importing it would do.
 */
void
ntm_import_window_open_file (NtmImportWindow *self,
                             GFile           *file)
{
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;

  g_return_if_fail (NTM_IS_IMPORT_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  base = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, base);
  gtk_stack_set_visible_child_name (self->stack, "reading");
  gtk_widget_set_sensitive (self->import_button, FALSE);
  if (path == NULL)
    {
      show_failure (self, _("Only files on this computer can be imported."));
      return;
    }

  g_atomic_int_set (&self->progress, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->progress_id = g_timeout_add (100, on_progress_tick_cb, self);
  ntm_workbook_read_async (path, &self->progress, self->cancellable, on_read_done_cb, g_object_ref (self));
}

gboolean
ntm_import_window_is_reading (NtmImportWindow *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT_WINDOW (self), FALSE);
  return self->cancellable != NULL;
}

void
ntm_import_window_stop_reading (NtmImportWindow *self)
{
  g_return_if_fail (NTM_IS_IMPORT_WINDOW (self));
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/**
 * ntm_import_window_get_import:
 * @self: a #NtmImportWindow
 *
 * Returns: (transfer none) (nullable): the import worked out
 */
NtmImport *
ntm_import_window_get_import (NtmImportWindow *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT_WINDOW (self), NULL);
  return self->import;
}

GtkWidget *
ntm_import_window_get_import_button (NtmImportWindow *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT_WINDOW (self), NULL);
  return self->import_button;
}

const char *
ntm_import_window_get_summary (NtmImportWindow *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT_WINDOW (self), NULL);
  return gtk_label_get_text (self->summary_label);
}

/**
 * ntm_import_window_get_failure:
 * @self: a #NtmImportWindow
 *
 * Returns: (nullable): why the file cannot be imported, when it cannot
 */
const char *
ntm_import_window_get_failure (NtmImportWindow *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT_WINDOW (self), NULL);
  return self->failure;
}

guint
ntm_import_window_get_n_column_choices (NtmImportWindow *self)
{
  g_return_val_if_fail (NTM_IS_IMPORT_WINDOW (self), 0);
  return self->choices->len;
}

/**
 * ntm_import_window_get_column_choice:
 * @self: a #NtmImportWindow
 * @index: which of the columns not recognised
 * @column: (out) (optional): the import's column it maps
 *
 * Returns: (transfer none): the drop-down saying what the column holds
 */
GtkDropDown *
ntm_import_window_get_column_choice (NtmImportWindow *self,
                                     guint            index,
                                     guint           *column)
{
  g_return_val_if_fail (NTM_IS_IMPORT_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->choices->len, NULL);
  if (column != NULL)
    *column = g_array_index (self->choice_columns, guint, index);
  return g_ptr_array_index (self->choices, index);
}

/**
 * ntm_import_window_commit:
 * @self: a #NtmImportWindow
 *
 * Imports the file (as the Import button does), closes the window and
 * offers Undo in the main window's toast.
 *
 * Returns: %TRUE if imported
 */
gboolean
ntm_import_window_commit (NtmImportWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;
  const NtmImportCounts *n;
  g_autofree char *text = NULL;
  AdwToast *toast;

  g_return_val_if_fail (NTM_IS_IMPORT_WINDOW (self), FALSE);

  if (self->import == NULL || !gtk_widget_is_sensitive (self->import_button))
    return FALSE;
  if (!ntm_import_commit (self->import, &error))
    {
      show_failure (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[COMMITTED], 0, self->import);

  n = ntm_import_get_counts (self->import);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  text = g_strdup_printf (ngettext ("%u value imported from “%s”", "%u values imported from “%s”",
                                    n->inserted + n->updated),
                          n->inserted + n->updated, ntm_workbook_get_file_name (self->workbook));
  toast = adw_toast_new (text);
  if (ntm_import_can_undo (self->import))
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data (G_OBJECT (toast), "ntm-window", parent);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb),
                             g_object_ref (self->import), release_import, 0);
    }
  if (NTM_IS_WINDOW (parent))
    ntm_window_add_toast (NTM_WINDOW (parent), toast);
  else
    {
      g_object_ref_sink (toast);
      g_object_unref (toast);
    }
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
