/* ntm-boundary-import.c: importing boundaries, from the file to the commit
 *
 * One import, start to end: the file chooser, the file read in a worker
 * thread behind a progress dialog with Cancel, then a report of what would
 * happen (counts, the fields used for matching, each feature or unit that
 * needs a look, "Save as CSV") before anything is written. Nothing reaches
 * the database until the person presses Import.
 *
 * The object keeps itself alive while a dialog of its own is open, so the
 * caller may drop its reference at any time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-boundary-import.h"

struct _NtmBoundaryImport
{
  GObject            parent_instance;

  GtkWindow         *parent;          /* weak */
  NtmDatabase       *db;
  GSettings         *settings;

  /* reading */
  GCancellable      *cancellable;
  AdwMessageDialog  *progress_dialog; /* weak */
  GtkProgressBar    *progress_bar;
  guint              progress_id;
  gint               progress;

  /* the report asked about */
  NtmBoundaryReport *report;
  AdwMessageDialog  *report_dialog;   /* weak */
  GtkLabel          *summary;
  GtkBox            *rows;
  GtkDropDown       *code_field;
  GtkDropDown       *name_field;
  GtkDropDown       *parent_field;
};

G_DEFINE_FINAL_TYPE (NtmBoundaryImport, ntm_boundary_import, G_TYPE_OBJECT)

/* More lines than this make the dialog slow and nobody reads them there. */
#define MAX_ROWS_SHOWN 200

enum {
  COMMITTED,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
show_error (NtmBoundaryImport *self,
            GtkWindow         *parent,
            const char        *heading,
            const GError      *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent ? parent : self->parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
text_label (const char *text,
            gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
finish (NtmBoundaryImport *self)
{
  g_signal_emit (self, signals[FINISHED], 0);
}

/* ---------------------------------------------------------------------- */
/* The report                                                             */
/* ---------------------------------------------------------------------- */

static char *
report_summary (NtmBoundaryReport *report)
{
  NtmBoundaryFile *file = ntm_boundary_report_get_file (report);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, _("Features in the file: %u"), ntm_boundary_report_get_n_features (report));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Matched to a unit: %u"), ntm_boundary_report_get_n_matched (report));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Not matched: %u"), ntm_boundary_report_get_n_unmatched (report));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Ambiguous names: %u"), ntm_boundary_report_get_n_ambiguous (report));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Outlines that cannot be used: %u"), ntm_boundary_report_get_n_unusable (report));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Units left without a boundary: %u"), ntm_boundary_report_get_n_units_without (report));
  if (ntm_boundary_report_get_n_repaired (report) > 0)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, _("Invalid outlines repaired: %u"), ntm_boundary_report_get_n_repaired (report));
    }
  g_string_append (out, "\n\n");
  if (ntm_boundary_file_get_crs_assumed (file))
    g_string_append (out, _("The file does not name its coordinate system; its coordinates were read as longitude and latitude (WGS 84)."));
  else
    g_string_append_printf (out, _("Coordinate system: %s, converted to longitude and latitude."),
                            ntm_boundary_file_get_crs_name (file) ? ntm_boundary_file_get_crs_name (file) : "WGS 84");
  g_string_append (out, "\n");
  {
    guint replaced = ntm_boundary_report_get_n_replaced (report);

    g_string_append_printf (out, ngettext ("Importing replaces %u boundary stored now: the file’s units and the others of their level. Boundaries of other levels are kept.",
                                           "Importing replaces %u boundaries stored now: the file’s units and the others of their level. Boundaries of other levels are kept.",
                                           replaced),
                            replaced);
  }
  return g_string_free (out, FALSE);
}

static void
refresh_report (NtmBoundaryImport *self)
{
  g_autofree char *summary = report_summary (self->report);
  guint shown = 0, hidden = 0, n = ntm_boundary_report_get_n_rows (self->report);

  gtk_label_set_label (self->summary, summary);
  clear_box (self->rows);
  for (guint i = 0; i < n; i++)
    {
      const NtmBoundaryRow *row = ntm_boundary_report_get_row (self->report, i);
      g_autofree char *text = NULL;
      const char *what;

      switch (row->kind)
        {
        case NTM_BOUNDARY_ROW_UNMATCHED: what = _("Not matched"); break;
        case NTM_BOUNDARY_ROW_AMBIGUOUS: what = _("Ambiguous"); break;
        case NTM_BOUNDARY_ROW_UNUSABLE: what = _("Unusable"); break;
        case NTM_BOUNDARY_ROW_UNIT_WITHOUT: what = _("No boundary"); break;
        case NTM_BOUNDARY_ROW_MATCHED:
        default: continue;
        }
      if (shown == MAX_ROWS_SHOWN)
        {
          hidden++;
          continue;
        }
      if (row->kind == NTM_BOUNDARY_ROW_UNIT_WITHOUT)
        text = g_strdup_printf ("%s: %s (%s)", what, row->unit_name, row->unit_code);
      else
        {
          g_autofree char *feature = NULL;

          /* Translators: a feature of a boundary file, by its position in
           * the file and its name */
          if (row->name != NULL && *row->name != '\0')
            feature = g_strdup_printf (_("shape %u in the file, “%s”"), row->feature, row->name);
          else
            feature = g_strdup_printf (_("shape %u in the file, without a name"), row->feature);
          if (row->code != NULL && *row->code != '\0')
            {
              char *with_code = g_strdup_printf ("%s, %s", feature, row->code);
              g_free (feature);
              feature = with_code;
            }
          text = g_strdup_printf ("%s: %s — %s", what, feature, row->note);
        }
      gtk_box_append (self->rows, text_label (text, FALSE));
      shown++;
    }
  if (hidden > 0)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("… and %u more line. Save the report as CSV to see every line.",
                                                         "… and %u more lines. Save the report as CSV to see every line.",
                                                         hidden), hidden);
      gtk_box_append (self->rows, text_label (more, TRUE));
    }
  if (shown == 0)
    gtk_box_append (self->rows, text_label (_("Every feature matched a unit, and every unit has a boundary."), TRUE));

  adw_message_dialog_set_response_enabled (self->report_dialog, "import",
                                           ntm_boundary_report_get_n_matched (self->report) > 0);
}

static const char *
dropdown_field (GtkDropDown *dropdown)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  if (item == NULL || gtk_drop_down_get_selected (dropdown) == 0)
    return NULL;
  return gtk_string_object_get_string (item);
}

static GtkDropDown *
field_dropdown (NtmBoundaryFile *file,
                const char      *current)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  const char * const *names = ntm_boundary_file_get_field_names (file);
  GtkDropDown *dropdown;
  guint selected = 0;

  gtk_string_list_append (list, _("(none)"));
  for (guint i = 0; names[i] != NULL; i++)
    {
      gtk_string_list_append (list, names[i]);
      if (g_strcmp0 (names[i], current) == 0)
        selected = i + 1;
    }
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL));
  gtk_drop_down_set_selected (dropdown, selected);
  return dropdown;
}

static void
on_field_changed_cb (NtmBoundaryImport *self)
{
  NtmBoundaryFile *file = ntm_boundary_report_get_file (self->report);
  NtmBoundaryFields fields = { 0 };
  g_autoptr(GError) error = NULL;
  NtmBoundaryReport *report;

  fields.code = (char *) dropdown_field (self->code_field);
  fields.name = (char *) dropdown_field (self->name_field);
  fields.parent_name = (char *) dropdown_field (self->parent_field);
  ntm_boundary_file_set_fields (file, &fields);
  report = ntm_boundary_report_new (file, self->db, &error);
  if (report == NULL)
    return;
  g_object_unref (self->report);
  self->report = report;
  refresh_report (self);
}

static void
on_save_csv_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         gpointer         user_data)
{
  g_autoptr(NtmBoundaryImport) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT && self->report != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path != NULL && !ntm_boundary_report_write_csv (self->report, path, &error))
        show_error (self, NULL, _("The report could not be saved"), error);
    }
  g_object_unref (chooser);
}

static void
on_save_csv_clicked_cb (NtmBoundaryImport *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Match Report"), GTK_WINDOW (self->report_dialog),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("boundary-report.csv"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_csv_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_report_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  g_autoptr(NtmBoundaryImport) self = user_data;
  g_autoptr(NtmBoundaryReport) report = g_steal_pointer (&self->report);

  g_signal_handlers_disconnect_by_func (dialog, on_report_response_cb, user_data);
  if (g_strcmp0 (response, "import") == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!ntm_boundary_report_commit (report, &error))
        show_error (self, NULL, _("The boundaries could not be imported"), error);
      else
        g_signal_emit (self, signals[COMMITTED], 0, ntm_boundary_report_get_n_units_matched (report));
    }
  finish (self);
}

static void
show_report (NtmBoundaryImport *self,
             NtmBoundaryReport *report)
{
  NtmBoundaryFile *file = ntm_boundary_report_get_file (report);
  const NtmBoundaryFields *fields = ntm_boundary_file_get_fields (file);
  g_autofree char *base = g_path_get_basename (ntm_boundary_file_get_path (file));
  g_autofree char *heading = g_strdup_printf (_("Import Boundaries from “%s”?"), base);
  GtkWidget *box, *grid, *scrolled, *button, *expander;
  AdwMessageDialog *dialog;

  g_set_object (&self->report, report);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (self->parent, heading, NULL));
  g_set_weak_pointer (&self->report_dialog, dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->summary = GTK_LABEL (text_label ("", FALSE));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  self->code_field = field_dropdown (file, fields->code);
  self->name_field = field_dropdown (file, fields->name);
  self->parent_field = field_dropdown (file, fields->parent_name);
  gtk_grid_attach (GTK_GRID (grid), text_label (_("Code field"), TRUE), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->code_field), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), text_label (_("Name field"), TRUE), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->name_field), 1, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), text_label (_("District name field"), TRUE), 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->parent_field), 1, 2, 1, 1);
  expander = gtk_expander_new (fields->sure ? _("Fields used for matching")
                                            : _("Fields used for matching (not recognised: please check)"));
  gtk_expander_set_child (GTK_EXPANDER (expander), grid);
  gtk_expander_set_expanded (GTK_EXPANDER (expander), !fields->sure);
  gtk_box_append (GTK_BOX (box), expander);
  g_signal_connect_object (self->code_field, "notify::selected", G_CALLBACK (on_field_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->name_field, "notify::selected", G_CALLBACK (on_field_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->parent_field, "notify::selected", G_CALLBACK (on_field_changed_cb),
                           self, G_CONNECT_SWAPPED);

  self->rows = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 260);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->rows));
  gtk_box_append (GTK_BOX (box), scrolled);

  button = gtk_button_new_with_mnemonic (_("Save Report as _CSV…"));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_save_csv_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), button);

  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "import", _("_Import"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  refresh_report (self);
  /* the dialog holds the import until it is answered */
  g_signal_connect (dialog, "response", G_CALLBACK (on_report_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------------------------- */
/* Reading                                                                */
/* ---------------------------------------------------------------------- */

static gboolean
on_progress_tick_cb (gpointer user_data)
{
  NtmBoundaryImport *self = user_data;

  if (self->progress_bar != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->progress) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
on_progress_response_cb (AdwMessageDialog  *dialog,
                         const char        *response,
                         NtmBoundaryImport *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
on_read_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(NtmBoundaryImport) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmBoundaryFile) file = ntm_boundary_file_read_finish (result, &error);
  g_autoptr(NtmBoundaryReport) report = NULL;

  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  self->progress_bar = NULL;
  if (self->progress_dialog != NULL)
    {
      AdwMessageDialog *dialog = self->progress_dialog;

      g_signal_handlers_disconnect_by_func (dialog, on_progress_response_cb, self);
      g_clear_weak_pointer (&self->progress_dialog);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, NULL, _("The boundaries could not be read"), error);
      finish (self);
      return;
    }

  report = ntm_boundary_report_new (file, self->db, &error);
  if (report == NULL)
    {
      show_error (self, NULL, _("The boundaries could not be matched"), error);
      finish (self);
      return;
    }
  show_report (self, report);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  g_autoptr(NtmBoundaryImport) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      ntm_boundary_import_start (self, file);
    }
  else
    finish (self);
  g_object_unref (chooser);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_boundary_import_dispose (GObject *object)
{
  NtmBoundaryImport *self = NTM_BOUNDARY_IMPORT (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_weak_pointer (&self->parent);
  g_clear_weak_pointer (&self->progress_dialog);
  g_clear_weak_pointer (&self->report_dialog);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->report);
  g_clear_object (&self->db);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ntm_boundary_import_parent_class)->dispose (object);
}

static void
ntm_boundary_import_class_init (NtmBoundaryImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ntm_boundary_import_dispose;

  /**
   * NtmBoundaryImport::committed:
   * @self: the import
   * @n_units: how many units got a boundary
   *
   * The boundaries are in the database.
   */
  signals[COMMITTED] = g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * NtmBoundaryImport::finished:
   * @self: the import
   *
   * The import is over: committed, declined, cancelled or failed (the
   * error is shown to the person already).
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ntm_boundary_import_init (NtmBoundaryImport *self)
{
  self->settings = g_settings_new (APPLICATION_ID);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_boundary_import_new:
 * @parent: (nullable): the window the dialogs belong to
 * @db: the database the boundaries go into
 *
 * Returns: (transfer full): an import that has not started
 */
NtmBoundaryImport *
ntm_boundary_import_new (GtkWindow   *parent,
                         NtmDatabase *db)
{
  NtmBoundaryImport *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);

  self = g_object_new (NTM_TYPE_BOUNDARY_IMPORT, NULL);
  g_set_weak_pointer (&self->parent, parent);
  self->db = g_object_ref (db);
  return self;
}

/**
 * ntm_boundary_import_choose_file:
 * @self: a #NtmBoundaryImport
 *
 * Asks for a boundary file in the folder used last, then imports it.
 */
void
ntm_boundary_import_choose_file (NtmBoundaryImport *self)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autofree char *folder = NULL;

  g_return_if_fail (NTM_IS_BOUNDARY_IMPORT (self));

  chooser = gtk_file_chooser_native_new (_("Import Boundaries"), self->parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Boundary files (GeoJSON, Shapefile, GeoPackage, KML, MapInfo)"));
  for (const char * const *p = (const char * const[]) { "*.geojson", "*.json", "*.shp", "*.gpkg", "*.kml",
                                                         "*.tab", "*.mif", NULL }; *p; p++)
    gtk_file_filter_add_suffix (filter, *p + 2);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);

  folder = g_settings_get_string (self->settings, "last-import-folder");
  if (*folder)
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ntm_boundary_import_start:
 * @self: a #NtmBoundaryImport
 * @file: a boundary file on disk
 *
 * Reads @file in a worker thread behind a progress dialog, then shows the
 * match report; the boundaries are written only when the person confirms.
 * Remembers the file's folder for the next file chooser.
 */
void
ntm_boundary_import_start (NtmBoundaryImport *self,
                           GFile             *file)
{
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *folder_path = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (NTM_IS_BOUNDARY_IMPORT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->cancellable == NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      finish (self);
      return;
    }
  base = g_file_get_basename (file);
  folder = g_file_get_parent (file);
  folder_path = folder ? g_file_get_path (folder) : NULL;
  if (folder_path != NULL)
    g_settings_set_string (self->settings, "last-import-folder", folder_path);

  self->cancellable = g_cancellable_new ();
  self->progress = 0;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (self->parent, _("Reading Boundaries…"), base));
  g_set_weak_pointer (&self->progress_dialog, dialog);
  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (self->progress_bar));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  g_signal_connect (dialog, "response", G_CALLBACK (on_progress_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  self->progress_id = g_timeout_add (100, on_progress_tick_cb, self);

  ntm_boundary_file_read_async (path, self->cancellable, &self->progress,
                                on_read_done_cb, g_object_ref (self));
}

/**
 * ntm_boundary_import_cancel:
 * @self: a #NtmBoundaryImport
 *
 * Stops reading, as the progress dialog's Cancel does. Nothing is written.
 */
void
ntm_boundary_import_cancel (NtmBoundaryImport *self)
{
  g_return_if_fail (NTM_IS_BOUNDARY_IMPORT (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/**
 * ntm_boundary_import_is_reading:
 * @self: a #NtmBoundaryImport
 *
 * Returns: %TRUE while the file is being read
 */
gboolean
ntm_boundary_import_is_reading (NtmBoundaryImport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_IMPORT (self), FALSE);
  return self->cancellable != NULL;
}

/**
 * ntm_boundary_import_get_report:
 * @self: a #NtmBoundaryImport
 *
 * Returns: (transfer none) (nullable): the report the person is asked to
 *   confirm, with the fields chosen now
 */
NtmBoundaryReport *
ntm_boundary_import_get_report (NtmBoundaryImport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_IMPORT (self), NULL);
  return self->report;
}

/**
 * ntm_boundary_import_get_report_dialog:
 * @self: a #NtmBoundaryImport
 *
 * Returns: (transfer none) (nullable): the dialog asking whether to import,
 *   while it is open; its responses are "import" and "cancel"
 */
AdwMessageDialog *
ntm_boundary_import_get_report_dialog (NtmBoundaryImport *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_IMPORT (self), NULL);
  return self->report != NULL ? self->report_dialog : NULL;
}
