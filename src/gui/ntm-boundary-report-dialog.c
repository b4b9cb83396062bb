/* ntm-boundary-report-dialog.c: what importing a boundary file would do
 *
 * Asked before anything is written: the counts (features, matched, not
 * matched, …), the coordinate system, the fields of the file used for
 * matching (to choose again when they were not recognised, which matches
 * the file again at once), each feature or unit that needs a look, and
 * "Save Report as CSV…" for the whole list. The answers are Cancel and
 * Import (disabled while nothing matches); NtmBoundaryImport acts on them.
 * The parts are ntm-boundary-report-dialog.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ntm-boundary-report-dialog.h"
#include "ntm-choice.h"
#include "ntm-error.h"

struct _NtmBoundaryReportDialog
{
  AdwMessageDialog   parent_instance;

  NtmDatabase       *db;
  NtmBoundaryReport *report;

  /* template widgets */
  GtkLabel          *summary_label;
  GtkExpander       *fields_expander;
  GtkDropDown       *code_field;
  GtkDropDown       *name_field;
  GtkDropDown       *parent_field;
  GtkBox            *rows;
};

G_DEFINE_FINAL_TYPE (NtmBoundaryReportDialog, ntm_boundary_report_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* More lines than this make the dialog slow and nobody reads them there. */
#define MAX_ROWS_SHOWN 200

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static GtkWidget *
line_label (const char *text,
            gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

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

/* One line of the list: what is wrong, and with which feature or unit. */
static char *
describe_row (const NtmBoundaryRow *row)
{
  g_autofree char *feature = NULL;
  const char *what;

  switch (row->kind)
    {
    case NTM_BOUNDARY_ROW_UNMATCHED: what = _("Not matched"); break;
    case NTM_BOUNDARY_ROW_AMBIGUOUS: what = _("Ambiguous"); break;
    case NTM_BOUNDARY_ROW_UNUSABLE: what = _("Unusable"); break;
    case NTM_BOUNDARY_ROW_UNIT_WITHOUT: what = _("No boundary"); break;
    case NTM_BOUNDARY_ROW_MATCHED:
    default: return NULL;
    }
  if (row->kind == NTM_BOUNDARY_ROW_UNIT_WITHOUT)
    return g_strdup_printf ("%s: %s (%s)", what, row->unit_name, row->unit_code);

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
  return g_strdup_printf ("%s: %s — %s", what, feature, row->note);
}

static void
refresh (NtmBoundaryReportDialog *self)
{
  g_autofree char *summary = report_summary (self->report);
  guint shown = 0, hidden = 0, n = ntm_boundary_report_get_n_rows (self->report);
  GtkWidget *child;

  gtk_label_set_label (self->summary_label, summary);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rows))) != NULL)
    gtk_box_remove (self->rows, child);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = describe_row (ntm_boundary_report_get_row (self->report, i));

      if (text == NULL)
        continue;
      if (shown == MAX_ROWS_SHOWN)
        {
          hidden++;
          continue;
        }
      gtk_box_append (self->rows, line_label (text, FALSE));
      shown++;
    }
  if (hidden > 0)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("… and %u more line. Save the report as CSV to see every line.",
                                                         "… and %u more lines. Save the report as CSV to see every line.",
                                                         hidden), hidden);
      gtk_box_append (self->rows, line_label (more, TRUE));
    }
  if (shown == 0)
    gtk_box_append (self->rows, line_label (_("Every feature matched a unit, and every unit has a boundary."), TRUE));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "import",
                                           ntm_boundary_report_get_n_matched (self->report) > 0);
}

/* The file's fields, after "(none)", with @current chosen. */
static void
fill_fields (GtkDropDown     *drop_down,
             NtmBoundaryFile *file,
             const char      *current)
{
  g_autoptr(GListStore) choices = ntm_choice_list_new (_("(none)"));
  const char * const *names = ntm_boundary_file_get_field_names (file);

  for (guint i = 0; names[i] != NULL; i++)
    ntm_choice_list_append (choices, (int) i, names[i], names[i]);
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (choices));
  if (current == NULL || !ntm_drop_down_select_id (drop_down, current))
    gtk_drop_down_set_selected (drop_down, 0);
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_field_changed_cb (NtmBoundaryReportDialog *self)
{
  NtmBoundaryFile *file;
  NtmBoundaryFields fields = { 0 };
  g_autoptr(GError) error = NULL;
  NtmBoundaryReport *report;

  if (self->report == NULL)
    return;   /* still being filled */

  file = ntm_boundary_report_get_file (self->report);
  fields.code = (char *) ntm_drop_down_get_id (self->code_field);
  fields.name = (char *) ntm_drop_down_get_id (self->name_field);
  fields.parent_name = (char *) ntm_drop_down_get_id (self->parent_field);
  ntm_boundary_file_set_fields (file, &fields);
  report = ntm_boundary_report_new (file, self->db, &error);
  if (report == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      ntm_error_show (GTK_WIDGET (self), _("The boundaries could not be matched"), message);
      return;
    }
  g_object_unref (self->report);
  self->report = report;
  refresh (self);
}

static void
on_save_csv_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         gpointer         user_data)
{
  g_autoptr(NtmBoundaryReportDialog) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT && self->report != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      /* through the safe writer, like every output: never onto the database */
      if (path == NULL)
        ntm_error_show (GTK_WIDGET (self), _("The report could not be saved"),
                        _("Choose a file on this computer."));
      else if (!ntm_boundary_report_write_csv (self->report, path, &error))
        ntm_error_show (GTK_WIDGET (self), _("The report could not be saved"), error->message);
    }
  g_object_unref (chooser);
}

static void
on_save_csv_clicked_cb (NtmBoundaryReportDialog *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Match Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("boundary-report.csv"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_csv_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_boundary_report_dialog_dispose (GObject *object)
{
  NtmBoundaryReportDialog *self = NTM_BOUNDARY_REPORT_DIALOG (object);

  g_clear_object (&self->report);
  g_clear_object (&self->db);
  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_BOUNDARY_REPORT_DIALOG);
  G_OBJECT_CLASS (ntm_boundary_report_dialog_parent_class)->dispose (object);
}

static void
ntm_boundary_report_dialog_class_init (NtmBoundaryReportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_boundary_report_dialog_dispose;

  g_type_ensure (NTM_TYPE_CHOICE);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-boundary-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmBoundaryReportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, NtmBoundaryReportDialog, fields_expander);
  gtk_widget_class_bind_template_child (widget_class, NtmBoundaryReportDialog, code_field);
  gtk_widget_class_bind_template_child (widget_class, NtmBoundaryReportDialog, name_field);
  gtk_widget_class_bind_template_child (widget_class, NtmBoundaryReportDialog, parent_field);
  gtk_widget_class_bind_template_child (widget_class, NtmBoundaryReportDialog, rows);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_csv_clicked_cb);
}

static void
ntm_boundary_report_dialog_init (NtmBoundaryReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_boundary_report_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @db: the database the file is matched against
 * @report: what importing the file would do
 *
 * Returns: (transfer floating): the dialog, to be presented
 */
NtmBoundaryReportDialog *
ntm_boundary_report_dialog_new (GtkWindow         *parent,
                                NtmDatabase       *db,
                                NtmBoundaryReport *report)
{
  NtmBoundaryReportDialog *self;
  NtmBoundaryFile *file;
  const NtmBoundaryFields *fields;
  g_autofree char *base = NULL;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (NTM_IS_DATABASE (db), NULL);
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT (report), NULL);

  file = ntm_boundary_report_get_file (report);
  fields = ntm_boundary_file_get_fields (file);
  base = g_path_get_basename (ntm_boundary_file_get_path (file));
  /* Translators: %s is the name of a boundary file */
  heading = g_strdup_printf (_("Import Boundaries from “%s”?"), base);

  self = g_object_new (NTM_TYPE_BOUNDARY_REPORT_DIALOG, "transient-for", parent, "heading", heading, NULL);
  self->db = g_object_ref (db);
  fill_fields (self->code_field, file, fields->code);
  fill_fields (self->name_field, file, fields->name);
  fill_fields (self->parent_field, file, fields->parent_name);
  if (!fields->sure)
    gtk_expander_set_label (self->fields_expander, _("Fields used for matching (not recognised: please check)"));
  gtk_expander_set_expanded (self->fields_expander, !fields->sure);

  self->report = g_object_ref (report);
  refresh (self);
  return self;
}

/**
 * ntm_boundary_report_dialog_get_report:
 * @self: a #NtmBoundaryReportDialog
 *
 * Returns: (transfer none): the report shown, with the fields chosen now
 */
NtmBoundaryReport *
ntm_boundary_report_dialog_get_report (NtmBoundaryReportDialog *self)
{
  g_return_val_if_fail (NTM_IS_BOUNDARY_REPORT_DIALOG (self), NULL);
  return self->report;
}
