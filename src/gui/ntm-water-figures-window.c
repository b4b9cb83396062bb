/* ntm-water-figures-window.c: the household water figures of a district's communes
 *
 * One line per commune of the chosen district, for the window's year: the
 * households in total, those on hygienic water and those on clean water
 * meeting the national standard, and the two shares they give (which feed
 * indicator 17.1 and the map). Numbers are read in the user's language; a
 * line that cannot be read or does not add up says why beneath it, and
 * nothing is saved while one does. Saving writes every changed commune in
 * one transaction and can be undone from the toast. Enter moves to the next
 * field (and saves from the last), Ctrl+S saves, Escape closes, asking
 * first when something is not saved. The window is
 * ntm-water-figures-window.ui, each commune an NtmWaterFiguresRow lined up
 * under the column headings by the window's size groups.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-choice.h"
#include "ntm-clock.h"
#include "ntm-error.h"
#include "ntm-form.h"
#include "ntm-number.h"
#include "ntm-unit.h"
#include "ntm-water-figures-row.h"
#include "ntm-water-figures-window.h"
#include "ntm-water-figures-window-private.h"
#include "ntm-commune-water.h"

/* More than any commune has: a figure above it is a typing mistake. */
#define MAX_HOUSEHOLDS 1000000

typedef struct {
  NtmCommuneWater    *saved;        /* as on record */
  NtmWaterFiguresRow *row;
  GtkWidget          *entries[3];   /* by NtmWaterFigure */
  gboolean            invalid;
  gboolean            known;        /* what the entries say, when not invalid */
  int                 values[3];
} Row;

typedef enum {
  AFTER_QUESTION_NOTHING,
  AFTER_QUESTION_CLOSE,
  AFTER_QUESTION_SWITCH,
} AfterQuestion;

struct _NtmWaterFiguresWindow
{
  AdwWindow          parent_instance;

  /* template widgets */
  AdwToastOverlay   *toasts;
  GtkWidget         *save_button;
  GtkRevealer       *notice;
  GtkLabel          *notice_label;
  GtkWidget         *district_label;
  GtkDropDown       *district_dropdown;
  GtkLabel          *summary_label;
  GtkStack          *stack;
  GtkBox            *rows_box;
  GtkSizeGroup      *columns[NTM_WATER_N_COLUMNS];

  NtmDatabase       *database;
  int                year;
  char              *district;          /* the one whose communes are shown */
  GArray            *rows;              /* of Row */
  GPtrArray         *undo;              /* of NtmCommuneWater, or NULL */
  NtmLanguage        language;
  char              *summary;
  gboolean           updating;
  AfterQuestion      after_question;
};

G_DEFINE_FINAL_TYPE (NtmWaterFiguresWindow, ntm_water_figures_window, ADW_TYPE_WINDOW)

static gboolean save (NtmWaterFiguresWindow *self);

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
row_clear (gpointer data)
{
  Row *r = data;

  g_clear_pointer (&r->saved, ntm_commune_water_free);
  if (r->row != NULL)
    gtk_box_remove (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (r->row))), GTK_WIDGET (r->row));
}

static Row *
get_row (NtmWaterFiguresWindow *self,
         guint                  i)
{
  return &g_array_index (self->rows, Row, i);
}

static Row *
find_row (NtmWaterFiguresWindow *self,
          const char            *unit_code)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (g_strcmp0 (get_row (self, i)->saved->unit_code, unit_code) == 0)
      return get_row (self, i);
  return NULL;
}

static const char *
current_district (NtmWaterFiguresWindow *self)
{
  return self->district;
}

/* The figures the row's entries give (only meaningful when not invalid). */
static NtmCommuneWater *
row_current (Row *r)
{
  NtmCommuneWater *w = ntm_commune_water_copy (r->saved);

  w->known = r->known;
  w->households_total = r->known ? r->values[NTM_WATER_FIGURE_TOTAL] : 0;
  w->households_hygienic = r->known ? r->values[NTM_WATER_FIGURE_HYGIENIC] : 0;
  w->households_clean = r->known ? r->values[NTM_WATER_FIGURE_CLEAN] : 0;
  return w;
}

static gboolean
row_is_modified (Row *r)
{
  NtmCommuneWater *current;
  gboolean modified;

  if (r->invalid)
    return TRUE;
  current = row_current (r);
  modified = !ntm_commune_water_equal (current, r->saved);
  ntm_commune_water_free (current);
  return modified;
}

static char *
format_share (NtmWaterFiguresWindow *self,
              int                    part,
              int                    total)
{
  return ntm_number_format_percent (100.0 * part / total, 1, self->language);
}


/* Reads the row's entries, says what is wrong beneath them, and shows the
 * shares they give. */
static void
check_row (NtmWaterFiguresWindow *self,
           Row                   *r)
{
  g_autofree char *message = NULL;
  gboolean wrong[3] = { FALSE, FALSE, FALSE };
  gboolean empty[3];
  guint n_empty = 0;

  for (guint f = 0; f < 3; f++)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (r->entries[f]))));
      g_autoptr(GError) error = NULL;
      double value = 0;

      empty[f] = *text == '\0';
      r->values[f] = 0;
      if (empty[f])
        {
          n_empty++;
          continue;
        }
      if (!ntm_number_parse (text, self->language, NTM_NUMBER_FLAGS_WHOLE, &value, &error))
        {
          wrong[f] = TRUE;
          if (message == NULL)
            /* Translators: the name of a column, then what is wrong with it */
            message = g_strdup_printf (_("%s: %s"), ntm_water_figure_get_label (f), error->message);
          continue;
        }
      if (value > MAX_HOUSEHOLDS)
        {
          wrong[f] = TRUE;
          if (message == NULL)
            message = g_strdup_printf (_("%s: no commune has that many households; check the figure."),
                                       ntm_water_figure_get_label (f));
          continue;
        }
      r->values[f] = (int) value;
    }

  r->known = n_empty == 0;
  if (message == NULL && n_empty > 0 && n_empty < 3)
    {
      message = g_strdup (_("Give all three figures, or leave all three empty."));
      for (guint f = 0; f < 3; f++)
        wrong[f] = empty[f];
    }
  if (message == NULL && r->known)
    {
      g_autoptr(GError) error = NULL;
      int total = r->values[NTM_WATER_FIGURE_TOTAL];
      int hygienic = r->values[NTM_WATER_FIGURE_HYGIENIC];
      int clean = r->values[NTM_WATER_FIGURE_CLEAN];

      if (!ntm_commune_water_check (total, hygienic, clean, &error))
        {
          message = g_strdup (error->message);
          if (total <= 0)
            wrong[NTM_WATER_FIGURE_TOTAL] = TRUE;
          else if (hygienic > total)
            wrong[NTM_WATER_FIGURE_HYGIENIC] = TRUE;
          else
            wrong[NTM_WATER_FIGURE_CLEAN] = TRUE;
        }
    }

  r->invalid = message != NULL;
  ntm_water_figures_row_set_problem (r->row, message, wrong);

  if (!r->invalid && r->known)
    {
      g_autofree char *hygienic = format_share (self, r->values[NTM_WATER_FIGURE_HYGIENIC],
                                                r->values[NTM_WATER_FIGURE_TOTAL]);
      g_autofree char *clean = format_share (self, r->values[NTM_WATER_FIGURE_CLEAN],
                                             r->values[NTM_WATER_FIGURE_TOTAL]);

      gtk_label_set_label (ntm_water_figures_row_get_share (r->row, NTM_WATER_FIGURE_HYGIENIC), hygienic);
      gtk_label_set_label (ntm_water_figures_row_get_share (r->row, NTM_WATER_FIGURE_CLEAN), clean);
    }
  else
    {
      gtk_label_set_label (ntm_water_figures_row_get_share (r->row, NTM_WATER_FIGURE_HYGIENIC), "—");
      gtk_label_set_label (ntm_water_figures_row_get_share (r->row, NTM_WATER_FIGURE_CLEAN), "—");
    }
}

static void
update_summary (NtmWaterFiguresWindow *self)
{
  guint known = 0;
  gint64 total = 0, hygienic = 0, clean = 0;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);

      if (r->invalid || !r->known)
        continue;
      known++;
      total += r->values[NTM_WATER_FIGURE_TOTAL];
      hygienic += r->values[NTM_WATER_FIGURE_HYGIENIC];
      clean += r->values[NTM_WATER_FIGURE_CLEAN];
    }

  /* Translators: communes with figures out of the communes of the district */
  g_string_append_printf (text, ngettext ("%u of %u commune has figures", "%u of %u communes have figures",
                                          self->rows->len),
                          known, self->rows->len);
  if (total > 0)
    {
      g_autofree char *households = ntm_number_format ((double) total, 0, self->language);
      g_autofree char *hygienic_share = ntm_number_format_percent (100.0 * hygienic / total, 1, self->language);
      g_autofree char *clean_share = ntm_number_format_percent (100.0 * clean / total, 1, self->language);

      g_string_append (text, " · ");
      /* Translators: households in those communes, then the shares on hygienic and on clean water */
      g_string_append_printf (text, _("%s households: %s on hygienic water, %s on clean water"),
                              households, hygienic_share, clean_share);
    }

  g_free (self->summary);
  self->summary = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_label_set_label (self->summary_label, self->summary);
}

static void
update_title (NtmWaterFiguresWindow *self)
{
  g_autofree char *title = NULL;

  /* Translators: %d is the year; the star marks unsaved changes */
  title = g_strdup_printf (ntm_water_figures_window_is_modified (self) ? _("*Household water figures, %d")
                                                                      : _("Household water figures, %d"),
                           self->year);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
fill_row (NtmWaterFiguresWindow *self,
          Row                   *r)
{
  const NtmCommuneWater *w = r->saved;
  int values[3] = { w->households_total, w->households_hygienic, w->households_clean };

  self->updating = TRUE;
  for (guint f = 0; f < 3; f++)
    {
      g_autofree char *text = w->known ? ntm_number_format (values[f], 0, self->language) : g_strdup ("");
      gtk_editable_set_text (GTK_EDITABLE (r->entries[f]), text);
    }
  self->updating = FALSE;
  check_row (self, r);
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_entry_changed_cb (GtkEditable *entry,
                     gpointer     user_data)
{
  NtmWaterFiguresWindow *self = NTM_WATER_FIGURES_WINDOW (gtk_widget_get_root (GTK_WIDGET (entry)));
  guint index = GPOINTER_TO_UINT (user_data);

  if (self->updating || index >= self->rows->len)
    return;
  check_row (self, get_row (self, index));
  update_summary (self);
  update_title (self);
  ntm_form_fields_checked (self->notice, ntm_water_figures_window_has_errors (self));
}

/* Enter moves on to the next field; from the last one it saves. */
static void
on_entry_activate_cb (GtkEntry *entry,
                      gpointer  user_data)
{
  NtmWaterFiguresWindow *self = NTM_WATER_FIGURES_WINDOW (gtk_widget_get_root (GTK_WIDGET (entry)));
  guint index = GPOINTER_TO_UINT (user_data);
  Row *r;

  if (index >= self->rows->len)
    return;
  r = get_row (self, index);
  for (guint f = 0; f < 3; f++)
    {
      if (r->entries[f] != GTK_WIDGET (entry))
        continue;
      if (f < 2)
        gtk_widget_grab_focus (r->entries[f + 1]);
      else if (index + 1 < self->rows->len)
        gtk_widget_grab_focus (get_row (self, index + 1)->entries[0]);
      else
        save (self);
      return;
    }
}

static void
build_rows (NtmWaterFiguresWindow *self,
            GPtrArray             *list)
{
  g_array_set_size (self->rows, 0);
  for (guint i = 0; i < list->len; i++)
    {
      const NtmCommuneWater *w = g_ptr_array_index (list, i);
      Row r = { 0 };

      r.saved = ntm_commune_water_copy (w);
      r.row = NTM_WATER_FIGURES_ROW (ntm_water_figures_row_new (w->unit_name, w->unit_code, self->columns));
      for (NtmWaterFigure f = NTM_WATER_FIGURE_TOTAL; f <= NTM_WATER_FIGURE_CLEAN; f++)
        {
          r.entries[f] = GTK_WIDGET (ntm_water_figures_row_get_entry (r.row, f));
          g_signal_connect (r.entries[f], "changed", G_CALLBACK (on_entry_changed_cb), GUINT_TO_POINTER (i));
          g_signal_connect (r.entries[f], "activate", G_CALLBACK (on_entry_activate_cb), GUINT_TO_POINTER (i));
        }
      gtk_box_append (self->rows_box, GTK_WIDGET (r.row));
      g_array_append_val (self->rows, r);
    }
}

static void
load_district (NtmWaterFiguresWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  const char *district = current_district (self);

  if (district != NULL)
    list = ntm_database_list_commune_water (self->database, district, self->year, &error);
  if (list == NULL)
    {
      if (error != NULL)
        {
          g_autofree char *message = ntm_error_describe_read (error);
          ntm_form_show_notice (self->notice, self->notice_label, message);
        }
      list = g_ptr_array_new_with_free_func (ntm_commune_water_free);
    }

  build_rows (self, list);
  for (guint i = 0; i < self->rows->len; i++)
    fill_row (self, get_row (self, i));
  gtk_stack_set_visible_child_name (self->stack, self->rows->len == 0 ? "empty" : "list");
  update_summary (self);
  update_title (self);
}

static void
on_undo_clicked_cb (AdwToast              *toast,
                    NtmWaterFiguresWindow *self)
{
  ntm_water_figures_window_undo (self);
}

static gboolean
save (NtmWaterFiguresWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (ntm_commune_water_free);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (ntm_commune_water_free);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);

      if (!r->invalid)
        continue;
      for (guint f = 0; f < 3; f++)
        if (gtk_widget_has_css_class (r->entries[f], "error"))
          {
            gtk_widget_grab_focus (r->entries[f]);
            break;
          }
      ntm_form_show_fields_notice (self->notice, self->notice_label);
      return FALSE;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *r = get_row (self, i);
      NtmCommuneWater *current = row_current (r);

      if (ntm_commune_water_equal (current, r->saved))
        {
          ntm_commune_water_free (current);
          continue;
        }
      g_ptr_array_add (changed, current);
      g_ptr_array_add (before, ntm_commune_water_copy (r->saved));
    }

  if (changed->len == 0)
    {
      ntm_form_show_notice (self->notice, self->notice_label, NULL);
      return TRUE;
    }

  if (!ntm_database_save_commune_waters (self->database, self->year, changed, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Nothing was saved: %s"), error->message);
      ntm_form_show_notice (self->notice, self->notice_label, text);
      return FALSE;
    }
  ntm_form_show_notice (self->notice, self->notice_label, NULL);

  for (guint i = 0; i < changed->len; i++)
    {
      NtmCommuneWater *w = g_ptr_array_index (changed, i);
      Row *r = find_row (self, w->unit_code);

      g_clear_pointer (&r->saved, ntm_commune_water_free);
      r->saved = ntm_commune_water_copy (w);
    }
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  self->undo = g_steal_pointer (&before);

  update_title (self);
  {
    g_autofree char *text = g_strdup_printf (ngettext ("Figures of %u commune saved",
                                                       "Figures of %u communes saved", changed->len),
                                             changed->len);
    ntm_form_add_undo_toast (self->toasts, adw_toast_new (text), G_CALLBACK (on_undo_clicked_cb), self);
  }
  return TRUE;
}

static void
select_district_quietly (NtmWaterFiguresWindow *self,
                         const char            *code)
{
  self->updating = TRUE;
  ntm_drop_down_select_id (self->district_dropdown, code);
  self->updating = FALSE;
}

static void
show_chosen_district (NtmWaterFiguresWindow *self)
{
  g_free (self->district);
  self->district = g_strdup (ntm_drop_down_get_id (self->district_dropdown));
  load_district (self);
}

static void
go_on (NtmWaterFiguresWindow *self)
{
  AfterQuestion after = self->after_question;

  self->after_question = AFTER_QUESTION_NOTHING;
  if (after == AFTER_QUESTION_CLOSE)
    ntm_form_close_later (GTK_WINDOW (self));
  else if (after == AFTER_QUESTION_SWITCH)
    show_chosen_district (self);
}

static void
on_question_response_cb (AdwMessageDialog      *dialog,
                         const char            *response,
                         NtmWaterFiguresWindow *self)
{
  if (g_str_equal (response, "save") && save (self))
    go_on (self);
  else if (g_str_equal (response, "discard"))
    go_on (self);
  else
    {
      /* Keep editing: the district shown stays chosen. */
      if (self->after_question == AFTER_QUESTION_SWITCH)
        select_district_quietly (self, self->district);
      self->after_question = AFTER_QUESTION_NOTHING;
    }
}

static void
ask_about_changes (NtmWaterFiguresWindow *self,
                   AfterQuestion          after)
{
  self->after_question = after;
  ntm_form_ask_to_save (GTK_WINDOW (self),
                        _("The household figures have changes that are not saved. If you go on without saving, they are lost."),
                        G_CALLBACK (on_question_response_cb));
}

static void
on_district_selected_cb (NtmWaterFiguresWindow *self)
{
  const char *chosen = ntm_drop_down_get_id (self->district_dropdown);

  if (self->updating || chosen == NULL || g_strcmp0 (chosen, self->district) == 0)
    return;
  if (ntm_water_figures_window_is_modified (self))
    {
      ask_about_changes (self, AFTER_QUESTION_SWITCH);
      return;
    }
  show_chosen_district (self);
}

static gboolean
ntm_water_figures_window_close_request (GtkWindow *window)
{
  NtmWaterFiguresWindow *self = NTM_WATER_FIGURES_WINDOW (window);

  if (ntm_form_is_closing (window) || self->database == NULL || !ntm_water_figures_window_is_modified (self))
    return GTK_WINDOW_CLASS (ntm_water_figures_window_parent_class)->close_request (window);

  ask_about_changes (self, AFTER_QUESTION_CLOSE);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
on_save_clicked_cb (NtmWaterFiguresWindow *self)
{
  save (self);
}

static void
ntm_water_figures_window_dispose (GObject *object)
{
  NtmWaterFiguresWindow *self = NTM_WATER_FIGURES_WINDOW (object);

  /* the rows go with the window's content */
  if (self->rows != NULL)
    for (guint i = 0; i < self->rows->len; i++)
      get_row (self, i)->row = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_WATER_FIGURES_WINDOW);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ntm_water_figures_window_parent_class)->dispose (object);
}

static void
ntm_water_figures_window_finalize (GObject *object)
{
  NtmWaterFiguresWindow *self = NTM_WATER_FIGURES_WINDOW (object);

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_free (self->district);
  g_free (self->summary);

  G_OBJECT_CLASS (ntm_water_figures_window_parent_class)->finalize (object);
}

static void
ntm_water_figures_window_class_init (NtmWaterFiguresWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ntm_water_figures_window_dispose;
  object_class->finalize = ntm_water_figures_window_finalize;
  window_class->close_request = ntm_water_figures_window_close_request;

  g_type_ensure (NTM_TYPE_CHOICE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-water-figures-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresWindow, notice);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresWindow, district_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresWindow, district_label);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresWindow, rows_box);
  gtk_widget_class_bind_template_child_full (widget_class, "name_column", FALSE,
                                             G_STRUCT_OFFSET (NtmWaterFiguresWindow, columns[NTM_WATER_COLUMN_NAME]));
  gtk_widget_class_bind_template_child_full (widget_class, "total_column", FALSE,
                                             G_STRUCT_OFFSET (NtmWaterFiguresWindow, columns[NTM_WATER_COLUMN_TOTAL]));
  gtk_widget_class_bind_template_child_full (widget_class, "hygienic_column", FALSE,
                                             G_STRUCT_OFFSET (NtmWaterFiguresWindow, columns[NTM_WATER_COLUMN_HYGIENIC]));
  gtk_widget_class_bind_template_child_full (widget_class, "clean_column", FALSE,
                                             G_STRUCT_OFFSET (NtmWaterFiguresWindow, columns[NTM_WATER_COLUMN_CLEAN]));
  gtk_widget_class_bind_template_child_full (widget_class, "hygienic_share_column", FALSE,
                                             G_STRUCT_OFFSET (NtmWaterFiguresWindow, columns[NTM_WATER_COLUMN_HYGIENIC_SHARE]));
  gtk_widget_class_bind_template_child_full (widget_class, "clean_share_column", FALSE,
                                             G_STRUCT_OFFSET (NtmWaterFiguresWindow, columns[NTM_WATER_COLUMN_CLEAN_SHARE]));
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_district_selected_cb);

  ntm_form_class_add_shortcuts (widget_class, (NtmFormSaveFunc) save);
}

static void
ntm_water_figures_window_init (NtmWaterFiguresWindow *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  self->language = ntm_language_get_default ();
  self->year = ntm_clock_get_year ();

  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_water_figures_window_new:
 * @parent: (nullable): the window it belongs to
 * @database: the database
 * @year: the year of the figures
 * @district_code: (nullable): the district to show first, or %NULL for the
 *   first one
 *
 * Returns: (transfer floating): the window
 */
NtmWaterFiguresWindow *
ntm_water_figures_window_new (GtkWindow   *parent,
                              NtmDatabase *database,
                              int          year,
                              const char  *district_code)
{
  g_autoptr(GListStore) districts = ntm_choice_list_new (NULL);
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GError) error = NULL;
  NtmWaterFiguresWindow *self;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);
  g_return_val_if_fail (year >= 2000 && year <= 2100, NULL);

  self = g_object_new (NTM_TYPE_WATER_FIGURES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->year = year;
  if (ntm_database_is_read_only (database))
    gtk_widget_set_sensitive (self->save_button, FALSE);

  units = ntm_database_list_units_in_year (database, year, &error);
  if (units == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      ntm_form_show_notice (self->notice, self->notice_label, message);
    }
  for (guint i = 0; units && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);

      if (ntm_unit_kind_is_district_level (ntm_unit_get_kind (unit)))
        ntm_choice_list_append (districts, NTM_CHOICE_ANY, ntm_unit_get_code (unit), ntm_unit_get_name (unit));
    }
  /* From July 2025 there are no districts: the province's communes, all
   * in one list, and nothing to choose. */
  if (g_list_model_get_n_items (G_LIST_MODEL (districts)) == 0)
    {
      for (guint i = 0; units && i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(NtmUnit) unit = g_list_model_get_item (units, i);

          if (ntm_unit_get_kind (unit) == NTM_UNIT_KIND_PROVINCE)
            ntm_choice_list_append (districts, NTM_CHOICE_ANY, ntm_unit_get_code (unit), ntm_unit_get_name (unit));
        }
      gtk_widget_set_visible (GTK_WIDGET (self->district_dropdown), FALSE);
      gtk_widget_set_visible (self->district_label, FALSE);
    }

  self->updating = TRUE;
  gtk_drop_down_set_model (self->district_dropdown, G_LIST_MODEL (districts));
  /* the district asked for, or the first */
  ntm_drop_down_select_id (self->district_dropdown, district_code);
  self->updating = FALSE;

  self->district = g_strdup (ntm_drop_down_get_id (self->district_dropdown));
  load_district (self);
  return self;
}

int
ntm_water_figures_window_get_year (NtmWaterFiguresWindow *self)
{
  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), 0);
  return self->year;
}

/**
 * ntm_water_figures_window_get_district:
 * @self: a #NtmWaterFiguresWindow
 *
 * Returns: (nullable): the code of the district whose communes are shown
 */
const char *
ntm_water_figures_window_get_district (NtmWaterFiguresWindow *self)
{
  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), NULL);
  return current_district (self);
}

/**
 * ntm_water_figures_window_get_district_dropdown:
 * @self: a #NtmWaterFiguresWindow
 *
 * Returns: (transfer none): where the district is chosen; its items are
 *   the districts in the order of their codes
 */
GtkDropDown *
ntm_water_figures_window_get_district_dropdown (NtmWaterFiguresWindow *self)
{
  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), NULL);
  return self->district_dropdown;
}

/**
 * ntm_water_figures_window_get_entry:
 * @self: a #NtmWaterFiguresWindow
 * @unit_code: a commune shown
 * @figure: which figure
 *
 * Returns: (transfer none) (nullable): the #GtkEntry of that figure
 */
GtkWidget *
ntm_water_figures_window_get_entry (NtmWaterFiguresWindow *self,
                                    const char            *unit_code,
                                    NtmWaterFigure         figure)
{
  Row *r;

  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), NULL);
  g_return_val_if_fail (figure <= NTM_WATER_FIGURE_CLEAN, NULL);

  r = find_row (self, unit_code);
  return r ? r->entries[figure] : NULL;
}

/**
 * ntm_water_figures_window_get_error_label:
 * @self: a #NtmWaterFiguresWindow
 * @unit_code: a commune shown
 *
 * Returns: (transfer none) (nullable): the label beneath the commune's
 *   fields that says what is wrong with them
 */
GtkWidget *
ntm_water_figures_window_get_error_label (NtmWaterFiguresWindow *self,
                                          const char            *unit_code)
{
  Row *r;

  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), NULL);
  r = find_row (self, unit_code);
  return r ? GTK_WIDGET (ntm_water_figures_row_get_error (r->row)) : NULL;
}

/**
 * ntm_water_figures_window_get_share_text:
 * @self: a #NtmWaterFiguresWindow
 * @unit_code: a commune shown
 * @figure: %NTM_WATER_FIGURE_HYGIENIC or %NTM_WATER_FIGURE_CLEAN
 *
 * Returns: (nullable): the share shown, e.g. "95,8 %", or "—"
 */
const char *
ntm_water_figures_window_get_share_text (NtmWaterFiguresWindow *self,
                                         const char            *unit_code,
                                         NtmWaterFigure         figure)
{
  Row *r;

  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), NULL);
  g_return_val_if_fail (figure == NTM_WATER_FIGURE_HYGIENIC || figure == NTM_WATER_FIGURE_CLEAN, NULL);

  r = find_row (self, unit_code);
  return r ? gtk_label_get_label (ntm_water_figures_row_get_share (r->row, figure)) : NULL;
}

/**
 * ntm_water_figures_window_get_summary:
 * @self: a #NtmWaterFiguresWindow
 *
 * Returns: what the district's figures add up to, as shown
 */
const char *
ntm_water_figures_window_get_summary (NtmWaterFiguresWindow *self)
{
  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), NULL);
  return self->summary;
}

GtkWidget *
ntm_water_figures_window_get_save_button (NtmWaterFiguresWindow *self)
{
  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), NULL);
  return self->save_button;
}

gboolean
ntm_water_figures_window_has_errors (NtmWaterFiguresWindow *self)
{
  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    if (get_row (self, i)->invalid)
      return TRUE;
  return FALSE;
}

/**
 * ntm_water_figures_window_is_modified:
 * @self: a #NtmWaterFiguresWindow
 *
 * Returns: whether a field differs from what is on record
 */
gboolean
ntm_water_figures_window_is_modified (NtmWaterFiguresWindow *self)
{
  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    if (row_is_modified (get_row (self, i)))
      return TRUE;
  return FALSE;
}

gboolean
ntm_water_figures_window_can_undo (NtmWaterFiguresWindow *self)
{
  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), FALSE);
  return self->undo != NULL;
}

/**
 * ntm_water_figures_window_undo:
 * @self: a #NtmWaterFiguresWindow
 *
 * Puts back, in one transaction, the figures the last save changed as they
 * were before it, and shows them so.
 *
 * Returns: %TRUE if undone
 */
gboolean
ntm_water_figures_window_undo (NtmWaterFiguresWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (NTM_IS_WATER_FIGURES_WINDOW (self), FALSE);

  if (self->undo == NULL)
    return FALSE;
  if (!ntm_database_save_commune_waters (self->database, self->year, self->undo, &error))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return FALSE;
    }

  for (guint i = 0; i < self->undo->len; i++)
    {
      NtmCommuneWater *w = g_ptr_array_index (self->undo, i);
      Row *r = find_row (self, w->unit_code);

      if (r == NULL)
        continue;
      g_clear_pointer (&r->saved, ntm_commune_water_free);
      r->saved = ntm_commune_water_copy (w);
      fill_row (self, r);
    }
  g_clear_pointer (&self->undo, g_ptr_array_unref);

  update_summary (self);
  update_title (self);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("The save was undone.")));
  return TRUE;
}
