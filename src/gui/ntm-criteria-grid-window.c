/* ntm-criteria-grid-window.c: the criteria of a district's communes, as a grid
 *
 * For the window's year, a criteria set and a district (or all of them):
 * one row per commune the set applies to, one column per criterion, each
 * cell a status typed from the keyboard (Đ/B/C, Delete; arrows move,
 * Ctrl+D fills down, Ctrl+R fills right), with the count met per row and
 * per column. A cell shows the status in force: the recorded one, else the
 * one the indicator values give, dimmed. What is typed is recorded (origin
 * "typed"); Save writes every change in one transaction and the toast can
 * undo it. "Copy from Previous Year" fills the cells with nothing recorded
 * from the year before, for the office to correct before saving. The
 * export menu writes the same table (or an empty template) as XLSX or CSV
 * for Excel, to come back through Import Data….
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-criteria.h"
#include "ntm-criteria-grid-window.h"
#include "ntm-error.h"
#include "ntm-list-export.h"
#include "ntm-criterion-status.h"
#include "ntm-evaluation.h"
#include "ntm-export.h"
#include "ntm-form.h"
#include "ntm-table.h"
#include "ntm-unit.h"

typedef struct {
  char *code;
  char *name;
} GridUnit;

typedef struct {
  gint64  id;
  char   *number;
  char   *name;
} GridCriterion;

/* One cell's state: what is recorded, what the indicators give, what the
 * person typed. */
typedef struct {
  NtmStatus  recorded;     /* NTM_STATUS_NO_DATA: nothing recorded */
  NtmStatus  computed;
  NtmStatus  value;        /* what would be recorded after a save */
  GtkWidget *widget;
} Cell;

struct _NtmCriteriaGridWindow
{
  AdwWindow        parent_instance;

  /* template widgets */
  AdwToastOverlay *toasts;
  GtkRevealer     *notice;
  GtkLabel        *notice_label;
  AdwWindowTitle  *window_title;
  GtkDropDown     *set_dropdown;
  GtkDropDown     *district_dropdown;
  GtkWidget       *district_label;
  GtkLabel        *summary_label;
  GtkGrid         *grid;
  GtkWidget       *save_button;
  GtkWidget       *copy_button;

  NtmDatabase     *database;
  int              year;
  GPtrArray       *set_codes;        /* of char * */
  GPtrArray       *district_codes;   /* of char *, NULL first for all */
  guint            set_index;
  guint            district_index;
  GPtrArray       *units;            /* of GridUnit */
  GArray          *criteria;         /* of GridCriterion */
  GArray          *cells;            /* of Cell, row by row */
  GPtrArray       *row_counts;       /* of GtkLabel */
  GPtrArray       *column_counts;    /* of GtkLabel */
  GPtrArray       *undo;             /* of NtmRecordedStatus, or NULL */
  gboolean         updating;
  gboolean         switching;        /* a question about changes is open */
};

G_DEFINE_FINAL_TYPE (NtmCriteriaGridWindow, ntm_criteria_grid_window, ADW_TYPE_WINDOW)

static gboolean save (NtmCriteriaGridWindow *self);

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
grid_unit_free (gpointer data)
{
  GridUnit *u = data;

  g_free (u->code);
  g_free (u->name);
  g_free (u);
}

static void
grid_criterion_clear (gpointer data)
{
  GridCriterion *c = data;

  g_free (c->number);
  g_free (c->name);
}

static Cell *
get_cell (NtmCriteriaGridWindow *self,
          guint                  row,
          guint                  column)
{
  return &g_array_index (self->cells, Cell, row * self->criteria->len + column);
}

static const char *
current_set (NtmCriteriaGridWindow *self)
{
  return self->set_index < self->set_codes->len ? g_ptr_array_index (self->set_codes, self->set_index) : NULL;
}

static const char *
current_district (NtmCriteriaGridWindow *self)
{
  return self->district_index < self->district_codes->len ? g_ptr_array_index (self->district_codes, self->district_index)
                                                          : NULL;
}

/* What a cell shows: the value to record, else the computed status. */
static NtmStatus
shown_status (Cell *cell)
{
  return cell->value != NTM_STATUS_NO_DATA ? cell->value : cell->computed;
}

static void
show_cell (Cell *cell)
{
  NtmStatusCell *widget = NTM_STATUS_CELL (cell->widget);

  ntm_status_cell_set_status (widget, shown_status (cell));
  ntm_status_cell_set_computed (widget, cell->value == NTM_STATUS_NO_DATA && cell->computed != NTM_STATUS_NO_DATA);
  ntm_status_cell_set_modified (widget, cell->value != cell->recorded);
}

static void
update_counts (NtmCriteriaGridWindow *self)
{
  guint n_rows = self->units->len, n_columns = self->criteria->len;
  guint changed = 0;
  g_autofree char *summary = NULL;

  for (guint r = 0; r < n_rows; r++)
    {
      guint met = 0;
      g_autofree char *text = NULL;

      for (guint c = 0; c < n_columns; c++)
        {
          Cell *cell = get_cell (self, r, c);
          if (shown_status (cell) == NTM_STATUS_MET)
            met++;
          if (cell->value != cell->recorded)
            changed++;
        }
      /* Translators: criteria met of the criteria shown, e.g. "17/19" */
      text = g_strdup_printf (_("%u/%u"), met, n_columns);
      gtk_label_set_text (g_ptr_array_index (self->row_counts, r), text);
    }
  for (guint c = 0; c < n_columns; c++)
    {
      guint met = 0;
      g_autofree char *text = NULL;

      for (guint r = 0; r < n_rows; r++)
        if (shown_status (get_cell (self, r, c)) == NTM_STATUS_MET)
          met++;
      text = g_strdup_printf ("%u", met);
      gtk_label_set_text (g_ptr_array_index (self->column_counts, c), text);
    }

  if (changed > 0)
    summary = g_strdup_printf (ngettext ("%u status changed, not saved yet", "%u statuses changed, not saved yet",
                                         changed), changed);
  else
    summary = g_strdup_printf (ngettext ("%u commune", "%u communes", n_rows), n_rows);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_sensitive (self->save_button, changed > 0 && !ntm_database_is_read_only (self->database));
}

static void
set_cell_value (NtmCriteriaGridWindow *self,
                guint                  row,
                guint                  column,
                NtmStatus              status)
{
  Cell *cell = get_cell (self, row, column);

  cell->value = status;
  show_cell (cell);
}

static GtkWidget *
heading_label (const char *text,
               const char *tooltip,
               float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_set_tooltip_text (label, tooltip);
  gtk_widget_add_css_class (label, "caption-heading");
  return label;
}

static void
clear_grid (NtmCriteriaGridWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_ptr_array_set_size (self->units, 0);
  g_array_set_size (self->criteria, 0);
  g_array_set_size (self->cells, 0);
  g_ptr_array_set_size (self->row_counts, 0);
  g_ptr_array_set_size (self->column_counts, 0);
}

static void
load (NtmCriteriaGridWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GListModel) sets = NULL;
  g_autoptr(NtmCriteriaSet) set = NULL;
  g_autoptr(NtmEvaluation) evaluation = NULL;
  g_autoptr(GPtrArray) recorded = NULL;
  g_autoptr(GHashTable) recorded_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *set_code = current_set (self);
  const char *district = current_district (self);
  guint n_columns;

  clear_grid (self);
  if (set_code == NULL)
    {
      update_counts (self);
      return;
    }

  sets = ntm_database_list_criteria_sets (self->database, &error);
  for (guint i = 0; sets && i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(NtmCriteriaSet) s = g_list_model_get_item (sets, i);
      if (g_str_equal (ntm_criteria_set_get_code (s), set_code))
        set = g_steal_pointer (&s);
    }
  criteria = ntm_database_list_criteria (self->database, set_code, &error);
  units = criteria ? ntm_database_list_units_in_year (self->database, self->year, &error) : NULL;
  evaluation = units ? ntm_evaluation_new (self->database, self->year, &error) : NULL;
  recorded = evaluation ? ntm_database_list_recorded_statuses (self->database, set_code, self->year, &error) : NULL;
  if (set == NULL || recorded == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error ? error->message : _("The criteria cannot be read.")));
      update_counts (self);
      return;
    }
  for (guint i = 0; i < recorded->len; i++)
    {
      NtmRecordedStatus *s = g_ptr_array_index (recorded, i);
      g_hash_table_insert (recorded_by_key, g_strdup_printf ("%s|%" G_GINT64_FORMAT, s->unit_code, s->criterion_id),
                           GINT_TO_POINTER (s->status));
    }

  /* the columns */
  n_columns = g_list_model_get_n_items (criteria);
  gtk_grid_attach (self->grid, heading_label (_("Commune"), NULL, 0), 0, 0, 1, 1);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(NtmCriterion) criterion = g_list_model_get_item (criteria, c);
      GridCriterion gc = { ntm_criterion_get_id (criterion), g_strdup (ntm_criterion_get_number (criterion)),
                           g_strdup (ntm_criterion_get_name (criterion)) };
      g_autofree char *tooltip = g_strdup_printf (_("%s. %s"), gc.number, gc.name);

      g_array_append_val (self->criteria, gc);
      gtk_grid_attach (self->grid, heading_label (gc.number, tooltip, 0.5), 1 + c, 0, 1, 1);
    }
  gtk_grid_attach (self->grid, heading_label (_("Met"), _("Criteria met in the row"), 1.0), 1 + n_columns, 0, 1, 1);

  /* the rows: the units the set applies to, in the district chosen */
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);
      GridUnit *gu;
      GtkWidget *name, *count;
      guint row;

      if (!ntm_criteria_set_applies (set, ntm_unit_get_kind (unit), self->year))
        continue;
      if (district != NULL && g_strcmp0 (ntm_unit_get_parent_code (unit), district) != 0)
        continue;

      gu = g_new0 (GridUnit, 1);
      gu->code = g_strdup (ntm_unit_get_code (unit));
      gu->name = g_strdup (ntm_unit_get_name (unit));
      g_ptr_array_add (self->units, gu);
      row = self->units->len - 1;

      name = gtk_label_new (gu->name);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (name), 22);
      gtk_widget_set_tooltip_text (name, gu->code);
      gtk_grid_attach (self->grid, name, 0, 1 + row, 1, 1);

      for (guint c = 0; c < n_columns; c++)
        {
          GridCriterion *gc = &g_array_index (self->criteria, GridCriterion, c);
          g_autofree char *key = g_strdup_printf ("%s|%" G_GINT64_FORMAT, gu->code, gc->id);
          g_autofree char *label = g_strdup_printf (_("%s, criterion %s"), gu->name, gc->number);
          const NtmCriterionResult *results;
          guint n_results;
          Cell cell = { NTM_STATUS_NO_DATA, NTM_STATUS_NO_DATA, NTM_STATUS_NO_DATA, NULL };

          cell.recorded = GPOINTER_TO_INT (g_hash_table_lookup (recorded_by_key, key));
          cell.value = cell.recorded;
          results = ntm_evaluation_get_criteria (evaluation, gu->code, &n_results);
          for (guint k = 0; k < n_results; k++)
            if (results[k].criterion_id == gc->id)
              cell.computed = results[k].computed;
          cell.widget = ntm_status_cell_new (row, c);
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell.widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
          gtk_grid_attach (self->grid, cell.widget, 1 + c, 1 + row, 1, 1);
          g_array_append_val (self->cells, cell);
          show_cell (&g_array_index (self->cells, Cell, self->cells->len - 1));
        }

      count = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (count), 1.0);
      gtk_label_set_width_chars (GTK_LABEL (count), 6);
      gtk_widget_add_css_class (count, "numeric");
      gtk_grid_attach (self->grid, count, 1 + n_columns, 1 + row, 1, 1);
      g_ptr_array_add (self->row_counts, count);
    }

  /* the count met of each criterion */
  gtk_grid_attach (self->grid, heading_label (_("Met"), _("Communes meeting the criterion"), 0), 0, 1 + self->units->len, 1, 1);
  for (guint c = 0; c < n_columns; c++)
    {
      GtkWidget *count = gtk_label_new (NULL);

      gtk_widget_add_css_class (count, "numeric");
      gtk_widget_add_css_class (count, "caption-heading");
      gtk_grid_attach (self->grid, count, 1 + c, 1 + self->units->len, 1, 1);
      g_ptr_array_add (self->column_counts, count);
    }

  update_counts (self);
}

static void
update_title (NtmCriteriaGridWindow *self)
{
  g_autofree char *title = g_strdup_printf (_("Criteria Grid, %d"), self->year);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, current_set (self));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
on_undo_clicked_cb (AdwToast              *toast,
                    NtmCriteriaGridWindow *self)
{
  ntm_criteria_grid_window_undo (self);
}

static gboolean
save (NtmCriteriaGridWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (ntm_recorded_status_free);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (ntm_recorded_status_free);
  g_autofree char *text = NULL;

  for (guint r = 0; r < self->units->len; r++)
    for (guint c = 0; c < self->criteria->len; c++)
      {
        Cell *cell = get_cell (self, r, c);
        GridUnit *gu = g_ptr_array_index (self->units, r);
        gint64 id = g_array_index (self->criteria, GridCriterion, c).id;

        if (cell->value == cell->recorded)
          continue;
        g_ptr_array_add (changed, ntm_recorded_status_new (gu->code, id, cell->value, NTM_STATUS_ORIGIN_TYPED, NULL));
        g_ptr_array_add (before, ntm_recorded_status_new (gu->code, id, cell->recorded, NTM_STATUS_ORIGIN_TYPED, NULL));
      }
  if (changed->len == 0)
    return TRUE;

  if (!ntm_database_save_recorded_statuses (self->database, self->year, changed, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Nothing was saved: %s"), error->message);
      ntm_form_show_notice (self->notice, self->notice_label, message);
      return FALSE;
    }
  gtk_revealer_set_reveal_child (self->notice, FALSE);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  self->undo = g_steal_pointer (&before);
  load (self);

  text = g_strdup_printf (ngettext ("%u status saved", "%u statuses saved", changed->len), changed->len);
  ntm_form_add_undo_toast (self->toasts, adw_toast_new (text), G_CALLBACK (on_undo_clicked_cb), self);
  return TRUE;
}

static void
go_to_selection (NtmCriteriaGridWindow *self)
{
  self->set_index = gtk_drop_down_get_selected (self->set_dropdown);
  self->district_index = gtk_drop_down_get_selected (self->district_dropdown);
  update_title (self);
  load (self);
}

static void
select_quietly (NtmCriteriaGridWindow *self)
{
  self->updating = TRUE;
  gtk_drop_down_set_selected (self->set_dropdown, self->set_index);
  gtk_drop_down_set_selected (self->district_dropdown, self->district_index);
  self->updating = FALSE;
}

static void
on_question_response_cb (AdwMessageDialog      *dialog,
                         const char            *response,
                         NtmCriteriaGridWindow *self)
{
  self->switching = FALSE;
  if ((g_str_equal (response, "save") && save (self)) || g_str_equal (response, "discard"))
    go_to_selection (self);
  else
    select_quietly (self);
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_dropdown_selected_cb (NtmCriteriaGridWindow *self)
{
  if (self->updating || self->switching || self->database == NULL)
    return;
  if (ntm_criteria_grid_window_is_modified (self))
    {
      self->switching = TRUE;
      ntm_form_ask_to_save (GTK_WINDOW (self),
                            _("Some statuses are changed and not saved. If you go on without saving, the changes are lost."),
                            G_CALLBACK (on_question_response_cb));
      return;
    }
  go_to_selection (self);
}

static void
on_save_button_clicked_cb (NtmCriteriaGridWindow *self)
{
  save (self);
}

static void
on_copy_button_clicked_cb (NtmCriteriaGridWindow *self)
{
  g_autofree char *text = NULL;
  guint n = ntm_criteria_grid_window_copy_previous_year (self);

  if (n == 0)
    text = g_strdup_printf (_("Nothing to copy: %d has no status for the cells still empty."), self->year - 1);
  else
    text = g_strdup_printf (ngettext ("%u status copied from %d: check it and save",
                                      "%u statuses copied from %d: check them and save", n), n, self->year - 1);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
}

static void
move_focus (NtmCriteriaGridWindow *self,
            int                    row,
            int                    column)
{
  if (row < 0 || column < 0 || row >= (int) self->units->len || column >= (int) self->criteria->len)
    return;
  gtk_widget_grab_focus (get_cell (self, row, column)->widget);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   NtmCriteriaGridWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  NtmStatusCell *cell;
  NtmStatus status;
  guint row, column;

  if (!NTM_IS_STATUS_CELL (focus) || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->grid)))
    return FALSE;
  cell = NTM_STATUS_CELL (focus);
  row = ntm_status_cell_get_row (cell);
  column = ntm_status_cell_get_column (cell);

  if ((state & GDK_CONTROL_MASK) != 0)
    {
      Cell *from = get_cell (self, row, column);

      if (gdk_keyval_to_lower (keyval) == GDK_KEY_d)
        {
          for (guint r = row + 1; r < self->units->len; r++)
            set_cell_value (self, r, column, from->value);
          update_counts (self);
          return TRUE;
        }
      if (gdk_keyval_to_lower (keyval) == GDK_KEY_r)
        {
          for (guint c = column + 1; c < self->criteria->len; c++)
            set_cell_value (self, row, c, from->value);
          update_counts (self);
          return TRUE;
        }
      return FALSE;
    }
  if ((state & (GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_KP_Up: move_focus (self, row - 1, column); return TRUE;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: case GDK_KEY_Return: case GDK_KEY_KP_Enter:
      move_focus (self, row + 1, column); return TRUE;
    case GDK_KEY_Left: case GDK_KEY_KP_Left: move_focus (self, row, column - 1); return TRUE;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: move_focus (self, row, column + 1); return TRUE;
    default: break;
    }

  if (!ntm_status_cell_status_for_key (keyval, &status))
    return FALSE;
  set_cell_value (self, row, column, status);
  update_counts (self);
  /* typing goes on along the row, as in a spreadsheet */
  if (status != NTM_STATUS_NO_DATA)
    move_focus (self, row, column + 1);
  return TRUE;
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(NtmCriteriaGridWindow) self = user_data;
  gboolean template = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "ntm-template"));

  if (response == GTK_RESPONSE_ACCEPT && self->database != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL)
        ntm_form_show_notice (self->notice, self->notice_label, _("Only files on this computer can be written."));
      else
        ntm_criteria_grid_window_export (self, path, template);
    }
  g_object_unref (chooser);
}

static void
on_export_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NtmCriteriaGridWindow *self = NTM_CRITERIA_GRID_WINDOW (widget);
  gboolean template = g_strcmp0 (g_variant_get_string (parameter, NULL), "template") == 0;
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;
  g_autofree char *name = NULL;

  if (current_set (self) == NULL)
    return;
  chooser = gtk_file_chooser_native_new (template ? _("Export an Empty Template") : _("Export the Table"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: a file name; the set's code and the year follow, e.g. "tieu-chi-318-ntm-2024.xlsx" */
  name = g_strdup_printf ("%s-%s-%d.xlsx", template ? _("template") : _("criteria"), current_set (self), self->year);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Spreadsheets (XLSX, CSV)"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_object_set_data (G_OBJECT (chooser), "ntm-template", GINT_TO_POINTER (template));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
ntm_criteria_grid_window_close_request (GtkWindow *window)
{
  NtmCriteriaGridWindow *self = NTM_CRITERIA_GRID_WINDOW (window);

  if (self->database != NULL &&
      ntm_form_ask_before_close (window, ntm_criteria_grid_window_is_modified (self),
                                 _("Some statuses are changed and not saved. If you close without saving, the changes are lost."),
                                 (NtmFormSaveFunc) save))
    return TRUE;
  return GTK_WINDOW_CLASS (ntm_criteria_grid_window_parent_class)->close_request (window);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_criteria_grid_window_dispose (GObject *object)
{
  NtmCriteriaGridWindow *self = NTM_CRITERIA_GRID_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_CRITERIA_GRID_WINDOW);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (ntm_criteria_grid_window_parent_class)->dispose (object);
}

static void
ntm_criteria_grid_window_finalize (GObject *object)
{
  NtmCriteriaGridWindow *self = NTM_CRITERIA_GRID_WINDOW (object);

  g_clear_pointer (&self->set_codes, g_ptr_array_unref);
  g_clear_pointer (&self->district_codes, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->criteria, g_array_unref);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->row_counts, g_ptr_array_unref);
  g_clear_pointer (&self->column_counts, g_ptr_array_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  G_OBJECT_CLASS (ntm_criteria_grid_window_parent_class)->finalize (object);
}

static void
ntm_criteria_grid_window_class_init (NtmCriteriaGridWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ntm_criteria_grid_window_dispose;
  object_class->finalize = ntm_criteria_grid_window_finalize;
  window_class->close_request = ntm_criteria_grid_window_close_request;

  g_type_ensure (NTM_TYPE_STATUS_CELL);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-criteria-grid-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaGridWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaGridWindow, notice);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaGridWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaGridWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaGridWindow, set_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaGridWindow, district_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaGridWindow, district_label);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaGridWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaGridWindow, grid);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaGridWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, NtmCriteriaGridWindow, copy_button);
  gtk_widget_class_bind_template_callback (widget_class, on_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_button_clicked_cb);

  ntm_form_class_add_shortcuts (widget_class, (NtmFormSaveFunc) save);
  gtk_widget_class_install_action (widget_class, "grid.export", "s", on_export_action_cb);
}

static void
ntm_criteria_grid_window_init (NtmCriteriaGridWindow *self)
{
  GtkEventController *keys;

  self->set_codes = g_ptr_array_new_with_free_func (g_free);
  self->district_codes = g_ptr_array_new_with_free_func (g_free);
  self->units = g_ptr_array_new_with_free_func (grid_unit_free);
  self->criteria = g_array_new (FALSE, TRUE, sizeof (GridCriterion));
  g_array_set_clear_func (self->criteria, grid_criterion_clear);
  self->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  self->row_counts = g_ptr_array_new ();
  self->column_counts = g_ptr_array_new ();
  self->updating = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->grid), keys);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_criteria_grid_window_new:
 * @parent: (nullable): the window it belongs to
 * @database: the database
 * @year: the year whose statuses are shown
 * @district_code: (nullable): the district to show, or %NULL for all
 *
 * Returns: (transfer floating): the window, on the commune set for NTM in
 *   force in @year
 */
NtmCriteriaGridWindow *
ntm_criteria_grid_window_new (GtkWindow   *parent,
                              NtmDatabase *database,
                              int          year,
                              const char  *district_code)
{
  g_autoptr(GtkStringList) set_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) district_names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) sets = NULL;
  g_autoptr(GListModel) units = NULL;
  NtmCriteriaGridWindow *self;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (year >= 2000 && year <= 2100, NULL);

  self = g_object_new (NTM_TYPE_CRITERIA_GRID_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->year = year;

  /* the sets that apply to communes, wards or townships this year */
  sets = ntm_database_list_criteria_sets (database, NULL);
  for (guint i = 0; sets && i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, i);

      if (!ntm_criteria_set_applies (set, NTM_UNIT_KIND_COMMUNE, year) &&
          !ntm_criteria_set_applies (set, NTM_UNIT_KIND_WARD, year))
        continue;
      if (self->set_codes->len > 0 && ntm_criteria_set_get_level (set) == NTM_LEVEL_NTM &&
          ntm_criteria_set_applies (set, NTM_UNIT_KIND_COMMUNE, year))
        {
          /* the commune set for NTM first: it is what a district reports */
          g_ptr_array_insert (self->set_codes, 0, g_strdup (ntm_criteria_set_get_code (set)));
          gtk_string_list_splice (set_names, 0, 0, (const char * const[]) { ntm_criteria_set_get_name (set), NULL });
          continue;
        }
      g_ptr_array_add (self->set_codes, g_strdup (ntm_criteria_set_get_code (set)));
      gtk_string_list_append (set_names, ntm_criteria_set_get_name (set));
    }

  g_ptr_array_add (self->district_codes, NULL);
  gtk_string_list_append (district_names, _("All districts"));
  units = ntm_database_list_units_in_year (database, year, NULL);
  for (guint i = 0; units && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);

      if (!ntm_unit_kind_is_district_level (ntm_unit_get_kind (unit)))
        continue;
      if (g_strcmp0 (ntm_unit_get_code (unit), district_code) == 0)
        self->district_index = self->district_codes->len;
      g_ptr_array_add (self->district_codes, g_strdup (ntm_unit_get_code (unit)));
      gtk_string_list_append (district_names, ntm_unit_get_name (unit));
    }

  gtk_drop_down_set_model (self->set_dropdown, G_LIST_MODEL (set_names));
  gtk_drop_down_set_model (self->district_dropdown, G_LIST_MODEL (district_names));
  /* from July 2025 there are no districts to choose */
  gtk_widget_set_visible (GTK_WIDGET (self->district_dropdown), self->district_codes->len > 1);
  gtk_widget_set_visible (self->district_label, self->district_codes->len > 1);
  select_quietly (self);
  self->updating = FALSE;
  gtk_widget_set_sensitive (self->copy_button, !ntm_database_is_read_only (database));

  update_title (self);
  load (self);
  return self;
}

int
ntm_criteria_grid_window_get_year (NtmCriteriaGridWindow *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), 0);
  return self->year;
}

const char *
ntm_criteria_grid_window_get_set_code (NtmCriteriaGridWindow *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), NULL);
  return current_set (self);
}

/**
 * ntm_criteria_grid_window_select_set:
 * @self: a #NtmCriteriaGridWindow
 * @set_code: a set offered
 *
 * Selects the set as the person would (asking first about changes).
 *
 * Returns: %TRUE if the set is offered
 */
gboolean
ntm_criteria_grid_window_select_set (NtmCriteriaGridWindow *self,
                                     const char            *set_code)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), FALSE);

  for (guint i = 0; i < self->set_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->set_codes, i), set_code) == 0)
      {
        gtk_drop_down_set_selected (self->set_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

/**
 * ntm_criteria_grid_window_select_district:
 * @self: a #NtmCriteriaGridWindow
 * @district_code: (nullable): a district, or %NULL for all
 *
 * Returns: %TRUE if the district is offered
 */
gboolean
ntm_criteria_grid_window_select_district (NtmCriteriaGridWindow *self,
                                          const char            *district_code)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), FALSE);

  for (guint i = 0; i < self->district_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->district_codes, i), district_code) == 0)
      {
        gtk_drop_down_set_selected (self->district_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

guint
ntm_criteria_grid_window_get_n_rows (NtmCriteriaGridWindow *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), 0);
  return self->units->len;
}

guint
ntm_criteria_grid_window_get_n_columns (NtmCriteriaGridWindow *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), 0);
  return self->criteria->len;
}

static int
find_row (NtmCriteriaGridWindow *self,
          const char            *unit_code)
{
  for (guint r = 0; r < self->units->len; r++)
    if (g_strcmp0 (((GridUnit *) g_ptr_array_index (self->units, r))->code, unit_code) == 0)
      return r;
  return -1;
}

static int
find_column (NtmCriteriaGridWindow *self,
             const char            *number)
{
  for (guint c = 0; c < self->criteria->len; c++)
    if (g_strcmp0 (g_array_index (self->criteria, GridCriterion, c).number, number) == 0)
      return c;
  return -1;
}

/**
 * ntm_criteria_grid_window_get_cell:
 * @self: a #NtmCriteriaGridWindow
 * @unit_code: a unit shown
 * @criterion_number: a criterion's number
 *
 * Returns: (transfer none) (nullable): the cell
 */
NtmStatusCell *
ntm_criteria_grid_window_get_cell (NtmCriteriaGridWindow *self,
                                   const char            *unit_code,
                                   const char            *criterion_number)
{
  int row, column;

  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), NULL);
  row = find_row (self, unit_code);
  column = find_column (self, criterion_number);
  if (row < 0 || column < 0)
    return NULL;
  return NTM_STATUS_CELL (get_cell (self, row, column)->widget);
}

const char *
ntm_criteria_grid_window_get_row_count (NtmCriteriaGridWindow *self,
                                        const char            *unit_code)
{
  int row;

  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), NULL);
  row = find_row (self, unit_code);
  return row < 0 ? NULL : gtk_label_get_text (g_ptr_array_index (self->row_counts, row));
}

const char *
ntm_criteria_grid_window_get_column_count (NtmCriteriaGridWindow *self,
                                           const char            *criterion_number)
{
  int column;

  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), NULL);
  column = find_column (self, criterion_number);
  return column < 0 ? NULL : gtk_label_get_text (g_ptr_array_index (self->column_counts, column));
}

gboolean
ntm_criteria_grid_window_is_modified (NtmCriteriaGridWindow *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), FALSE);

  for (guint i = 0; i < self->cells->len; i++)
    {
      Cell *cell = &g_array_index (self->cells, Cell, i);
      if (cell->value != cell->recorded)
        return TRUE;
    }
  return FALSE;
}

gboolean
ntm_criteria_grid_window_save (NtmCriteriaGridWindow *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), FALSE);
  return save (self);
}

gboolean
ntm_criteria_grid_window_can_undo (NtmCriteriaGridWindow *self)
{
  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), FALSE);
  return self->undo != NULL;
}

/**
 * ntm_criteria_grid_window_undo:
 * @self: a #NtmCriteriaGridWindow
 *
 * Puts back what the last save replaced, in one transaction.
 *
 * Returns: %TRUE if undone
 */
gboolean
ntm_criteria_grid_window_undo (NtmCriteriaGridWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) undo = NULL;

  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), FALSE);

  if (self->undo == NULL)
    return FALSE;
  undo = g_steal_pointer (&self->undo);
  if (!ntm_database_save_recorded_statuses (self->database, self->year, undo, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Nothing was saved: %s"), error->message);
      ntm_form_show_notice (self->notice, self->notice_label, message);
      return FALSE;
    }
  load (self);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("The statuses are back as they were")));
  return TRUE;
}

/**
 * ntm_criteria_grid_window_copy_previous_year:
 * @self: a #NtmCriteriaGridWindow
 *
 * Fills every cell with nothing recorded from the status in force the year
 * before (not saved yet).
 *
 * Returns: how many cells were filled
 */
guint
ntm_criteria_grid_window_copy_previous_year (NtmCriteriaGridWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NtmEvaluation) previous = NULL;
  guint n = 0;

  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), 0);

  previous = ntm_evaluation_new (self->database, self->year - 1, &error);
  if (previous == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return 0;
    }
  for (guint r = 0; r < self->units->len; r++)
    {
      GridUnit *gu = g_ptr_array_index (self->units, r);
      const NtmCriterionResult *results;
      guint n_results;

      results = ntm_evaluation_get_criteria (previous, gu->code, &n_results);
      for (guint c = 0; c < self->criteria->len; c++)
        {
          Cell *cell = get_cell (self, r, c);
          gint64 id = g_array_index (self->criteria, GridCriterion, c).id;

          if (cell->value != NTM_STATUS_NO_DATA)
            continue;
          for (guint k = 0; k < n_results; k++)
            if (results[k].criterion_id == id && results[k].status != NTM_STATUS_NO_DATA)
              {
                set_cell_value (self, r, c, results[k].status);
                n++;
              }
        }
    }
  update_counts (self);
  return n;
}

/**
 * ntm_criteria_grid_window_export:
 * @self: a #NtmCriteriaGridWindow
 * @path: a file ending in .xlsx or .csv
 * @template: %TRUE for the table with empty cells
 *
 * Writes the set and year shown as the office's summary table (what is
 * saved, not what is being typed), ready to come back through Import
 * Data…, in the background with its progress in the window.
 *
 * Returns: (transfer none) (nullable): the job writing it, alive while it
 *   runs; %NULL when the table cannot be read (the notice says why)
 */
NtmJob *
ntm_criteria_grid_window_export (NtmCriteriaGridWindow *self,
                                 const char            *path,
                                 gboolean               template)
{
  g_autoptr(NtmTable) table = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (NTM_IS_CRITERIA_GRID_WINDOW (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  table = ntm_database_export_list_for_set (self->database, template ? "criteria-template" : "criteria-matrix",
                                            self->year, current_set (self), &error);
  if (table == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      ntm_form_show_notice (self->notice, self->notice_label, message);
      return NULL;
    }
  return ntm_list_export_start_table (GTK_WIDGET (self), table, path);
}
