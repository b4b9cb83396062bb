/* ntm-scheme-window.c: the form of a clean-water scheme
 *
 * Every field of a scheme record, in groups: what it is, the communes it
 * serves, capacity, households and people, construction, operation,
 * investment by source and year. Numbers are read in the user's language;
 * each problem is shown on its field (errors in red stop saving, warnings
 * do not). Enter moves to the next field, Ctrl+S saves, Escape closes,
 * asking first about unsaved changes. Every field is declared in
 * ntm-scheme-window.ui under the name of its NtmWaterSchemeFields member
 * (an AdwEntryRow for text, an NtmFieldRow for a number or a date, an
 * AdwComboRow for a choice); the table below says how each is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ntm-choice.h"
#include "ntm-field-row.h"
#include "ntm-form.h"
#include "ntm-history-window.h"
#include "ntm-format.h"
#include "ntm-number.h"
#include "ntm-removable-row.h"
#include "ntm-scheme-window.h"
#include "ntm-scheme-window-private.h"
#include "ntm-unit.h"
#include "ntm-water-scheme.h"

typedef enum {
  FIELD_TEXT,
  FIELD_NUMBER,
  FIELD_WHOLE,
  FIELD_PERCENT,
  FIELD_DATE,
  FIELD_CHOICE,
} FieldType;

typedef struct {
  const char          *key;
  FieldType            type;
  AdwPreferencesRow   *row;
  GtkWidget           *widget;       /* GtkEntry, AdwEntryRow or AdwComboRow */
  char                *problem;
} Field;

/* How each field of the .ui is read, in the order a person meets them. */
static const struct {
  const char *key;
  FieldType   type;
} field_types[] = {
  { "name", FIELD_TEXT },
  { "code", FIELD_TEXT },
  { "status", FIELD_CHOICE },
  { "water_source", FIELD_CHOICE },
  { "treatment", FIELD_TEXT },
  { "management", FIELD_CHOICE },
  { "sustainability", FIELD_CHOICE },
  { "design_capacity", FIELD_NUMBER },
  { "actual_output", FIELD_NUMBER },
  { "pipe_length", FIELD_NUMBER },
  { "households_design", FIELD_WHOLE },
  { "households_actual", FIELD_WHOLE },
  { "people_design", FIELD_WHOLE },
  { "people_actual", FIELD_WHOLE },
  { "new_connections", FIELD_WHOLE },
  { "started_on", FIELD_DATE },
  { "commissioned_on", FIELD_DATE },
  { "progress", FIELD_PERCENT },
  { "tariff", FIELD_NUMBER },
  { "loss_rate", FIELD_PERCENT },
  { "quality_tested_on", FIELD_DATE },
  { "quality_passed", FIELD_CHOICE },
  { "note", FIELD_TEXT },
};

struct _NtmSchemeWindow
{
  AdwWindow             parent_instance;

  /* template widgets */
  AdwToastOverlay      *toasts;
  GtkWidget            *save_button;
  GtkRevealer          *notice;
  GtkLabel             *notice_label;
  AdwPreferencesGroup  *communes_group;
  GtkDropDown          *commune_dropdown;
  AdwPreferencesGroup  *investment_group;
  GtkSpinButton        *investment_year;
  GtkDropDown          *investment_source;
  GtkEntry             *investment_amount;
  GtkLabel             *investment_total;

  NtmDatabase          *database;
  NtmWaterSchemeFields *fields;
  GHashTable           *by_key;        /* key → Field */
  GPtrArray            *order;         /* of Field */
  GListModel           *units;
  GPtrArray            *commune_rows;
  GPtrArray            *investment_rows;
  NtmLanguage           language;
  gboolean              modified;
  gboolean              filling;
};

G_DEFINE_FINAL_TYPE (NtmSchemeWindow, ntm_scheme_window, ADW_TYPE_WINDOW)

static const char * const quality_choices[] = { "passed", "failed", NULL };

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
field_free (gpointer data)
{
  Field *f = data;

  g_free (f->problem);
  g_free (f);
}

static const char *
choice_label (const char *key,
              const char *choice)
{
  if (g_str_equal (key, "quality_passed"))
    return g_str_equal (choice, "passed") ? _("Passed") : _("Failed");
  return ntm_water_choice_get_label (choice);
}

/* The scheme's name, with a star while changes are not saved. */
static void
update_title (NtmSchemeWindow *self)
{
  g_autofree char *title = NULL;
  const char *name = self->fields->name && *self->fields->name ? self->fields->name : _("New scheme");

  title = g_strdup_printf (self->modified ? "*%s" : "%s", name);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
mark_modified (NtmSchemeWindow *self)
{
  if (!self->filling)
    self->modified = TRUE;
  update_title (self);
}

static void
on_field_changed_cb (NtmSchemeWindow *self)
{
  /* the choices are set up before there is a scheme to show */
  if (self->fields != NULL)
    mark_modified (self);
}

static void
on_entry_activate_cb (GtkWidget       *entry,
                      NtmSchemeWindow *self)
{
  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

/* The field's widgets, from the template, and what it does when edited. */
static void
add_field (NtmSchemeWindow *self,
           const char      *key,
           FieldType        type)
{
  Field *f = g_new0 (Field, 1);

  f->key = key;
  f->type = type;
  f->row = ADW_PREFERENCES_ROW (gtk_widget_get_template_child (GTK_WIDGET (self), NTM_TYPE_SCHEME_WINDOW, key));
  g_assert (f->row != NULL);

  if (type == FIELD_TEXT)
    {
      f->widget = GTK_WIDGET (f->row);
      g_signal_connect_swapped (f->widget, "changed", G_CALLBACK (on_field_changed_cb), self);
      g_signal_connect (f->widget, "entry-activated", G_CALLBACK (on_entry_activate_cb), self);
    }
  else if (type == FIELD_CHOICE)
    {
      f->widget = GTK_WIDGET (f->row);
      g_signal_connect_swapped (f->widget, "notify::selected", G_CALLBACK (on_field_changed_cb), self);
    }
  else
    {
      f->widget = GTK_WIDGET (ntm_field_row_get_entry (NTM_FIELD_ROW (f->row)));
      g_signal_connect_swapped (f->widget, "changed", G_CALLBACK (on_field_changed_cb), self);
      g_signal_connect (f->widget, "activate", G_CALLBACK (on_entry_activate_cb), self);
    }

  g_hash_table_insert (self->by_key, (gpointer) key, f);
  g_ptr_array_add (self->order, f);
}

/* The choices of a choice field: "Not known", then the values there are. */
static void
set_choices (NtmSchemeWindow    *self,
             const char         *key,
             const char * const *choices)
{
  Field *f = g_hash_table_lookup (self->by_key, key);
  g_autoptr(GListStore) list = ntm_choice_list_new (_("Not known"));

  for (guint i = 0; choices[i] != NULL; i++)
    ntm_choice_list_append (list, NTM_CHOICE_ANY, choices[i], choice_label (key, choices[i]));
  adw_combo_row_set_model (ADW_COMBO_ROW (f->widget), G_LIST_MODEL (list));
}

static void
set_problem (Field      *f,
             const char *message,
             gboolean    warning)
{
  g_free (f->problem);
  f->problem = g_strdup (message);

  gtk_widget_remove_css_class (GTK_WIDGET (f->row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (f->row), "warning");
  gtk_widget_remove_css_class (f->widget, "error");
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (f->row), warning ? "warning" : "error");
      if (!warning && f->widget != GTK_WIDGET (f->row))
        gtk_widget_add_css_class (f->widget, "error");
    }

  if (ADW_IS_ACTION_ROW (f->row))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (f->row), message ? message : "");
  else if (ADW_IS_COMBO_ROW (f->row))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (f->row), message ? message : "");
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (f->row), message);
}

static const char *
text_of (Field *f)
{
  return gtk_editable_get_text (GTK_EDITABLE (f->widget));
}

static void
set_text (NtmSchemeWindow *self,
          const char      *key,
          const char      *text)
{
  Field *f = g_hash_table_lookup (self->by_key, key);

  gtk_editable_set_text (GTK_EDITABLE (f->widget), text ? text : "");
}

static void
set_number (NtmSchemeWindow *self,
            const char      *key,
            double           value)
{
  g_autofree char *text = isnan (value) ? g_strdup ("") : ntm_number_format (value, 6, self->language);

  set_text (self, key, text);
}

static void
set_date (NtmSchemeWindow *self,
          const char      *key,
          const char      *iso)
{
  g_autofree char *text = ntm_format_date (iso);

  set_text (self, key, text);
}

/* Chooses @value, or "Not known" for %NULL or a value not offered. */
static void
set_choice (NtmSchemeWindow *self,
            const char      *key,
            const char      *value)
{
  Field *f = g_hash_table_lookup (self->by_key, key);

  if (!ntm_combo_row_select_id (ADW_COMBO_ROW (f->widget), value))
    ntm_combo_row_select_id (ADW_COMBO_ROW (f->widget), NULL);
}

/* The value chosen; %NULL for "Not known". */
static const char *
get_choice (NtmSchemeWindow *self,
            const char      *key)
{
  Field *f = g_hash_table_lookup (self->by_key, key);

  return ntm_combo_row_get_id (ADW_COMBO_ROW (f->widget));
}

static const char *
unit_name (NtmSchemeWindow *self,
           const char      *code)
{
  for (guint i = 0; self->units && i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);
      if (g_str_equal (ntm_unit_get_code (unit), code))
        return g_intern_string (ntm_unit_get_name (unit));
    }
  /* a commune served before the units changed keeps its name */
  {
    g_autoptr(NtmUnit) former = ntm_database_get_unit (self->database, code, NULL);

    if (former != NULL)
      return g_intern_string (ntm_unit_get_name (former));
  }
  return code;
}

static void rebuild_communes (NtmSchemeWindow *self);
static void rebuild_investments (NtmSchemeWindow *self);

static void
on_remove_commune_cb (NtmRemovableRow *row,
                      NtmSchemeWindow *self)
{
  const char *code = g_object_get_data (G_OBJECT (row), "code");

  for (guint i = 0; i < self->fields->communes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->fields->communes, i), code))
      {
        g_ptr_array_remove_index (self->fields->communes, i);
        break;
      }
  rebuild_communes (self);
  mark_modified (self);
}

static void
rebuild_communes (NtmSchemeWindow *self)
{
  for (guint i = 0; i < self->commune_rows->len; i++)
    adw_preferences_group_remove (self->communes_group, g_ptr_array_index (self->commune_rows, i));
  g_ptr_array_set_size (self->commune_rows, 0);

  for (guint i = 0; i < self->fields->communes->len; i++)
    {
      const char *code = g_ptr_array_index (self->fields->communes, i);
      g_autofree char *tooltip = g_strdup_printf (_("Remove %s"), unit_name (self, code));
      GtkWidget *row = ntm_removable_row_new (unit_name (self, code), code, NULL, tooltip);

      g_object_set_data_full (G_OBJECT (row), "code", g_strdup (code), g_free);
      g_signal_connect_object (row, "remove", G_CALLBACK (on_remove_commune_cb), self, 0);
      adw_preferences_group_add (self->communes_group, row);
      g_ptr_array_add (self->commune_rows, row);
    }
}

static void
on_add_commune_clicked_cb (NtmSchemeWindow *self)
{
  const char *code = ntm_drop_down_get_id (self->commune_dropdown);

  if (code != NULL)
    ntm_scheme_window_add_commune (self, code);
}

static void
on_remove_investment_cb (NtmRemovableRow *row,
                         NtmSchemeWindow *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));

  if (index < self->fields->investments->len)
    g_array_remove_index (self->fields->investments, index);
  rebuild_investments (self);
  mark_modified (self);
}

static void
rebuild_investments (NtmSchemeWindow *self)
{
  g_autofree char *total = NULL;
  g_autofree char *total_text = NULL;

  for (guint i = 0; i < self->investment_rows->len; i++)
    adw_preferences_group_remove (self->investment_group, g_ptr_array_index (self->investment_rows, i));
  g_ptr_array_set_size (self->investment_rows, 0);

  for (guint i = 0; i < self->fields->investments->len; i++)
    {
      const NtmWaterInvestment *inv = &g_array_index (self->fields->investments, NtmWaterInvestment, i);
      g_autofree char *title = NULL;
      g_autofree char *amount = ntm_number_format (inv->amount, 0, self->language);
      g_autofree char *amount_text = NULL;
      GtkWidget *row;

      /* Translators: a source of funds and a year */
      title = g_strdup_printf (_("%s, %d"), ntm_water_investment_source_get_label (inv->source), inv->year);
      /* Translators: an amount of money in đồng */
      amount_text = g_strdup_printf (_("%s VND"), amount);
      row = ntm_removable_row_new (title, NULL, amount_text, _("Remove this amount"));
      g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (i));
      g_signal_connect_object (row, "remove", G_CALLBACK (on_remove_investment_cb), self, 0);
      adw_preferences_group_add (self->investment_group, row);
      g_ptr_array_add (self->investment_rows, row);
    }

  total = ntm_number_format (ntm_water_scheme_fields_get_total_investment (self->fields), 0, self->language);
  total_text = g_strdup_printf (_("Total: %s VND"), total);
  gtk_label_set_label (self->investment_total, total_text);
}

static void
on_add_investment_clicked_cb (NtmSchemeWindow *self)
{
  const char *source = ntm_drop_down_get_id (self->investment_source);

  if (source == NULL)
    return;
  ntm_scheme_window_add_investment (self, gtk_spin_button_get_value_as_int (self->investment_year), source,
                                    gtk_editable_get_text (GTK_EDITABLE (self->investment_amount)));
}

static void
fill (NtmSchemeWindow *self)
{
  NtmWaterSchemeFields *f = self->fields;

  self->filling = TRUE;
  set_text (self, "code", f->code);
  set_text (self, "name", f->name);
  set_choice (self, "status", f->status);
  set_choice (self, "water_source", f->water_source);
  set_text (self, "treatment", f->treatment);
  set_number (self, "design_capacity", f->design_capacity);
  set_number (self, "actual_output", f->actual_output);
  set_number (self, "pipe_length", f->pipe_length);
  set_number (self, "households_design", f->households_design);
  set_number (self, "households_actual", f->households_actual);
  set_number (self, "people_design", f->people_design);
  set_number (self, "people_actual", f->people_actual);
  set_number (self, "new_connections", f->new_connections);
  set_date (self, "started_on", f->started_on);
  set_date (self, "commissioned_on", f->commissioned_on);
  set_number (self, "progress", f->progress);
  set_choice (self, "management", f->management);
  set_number (self, "tariff", f->tariff);
  set_number (self, "loss_rate", f->loss_rate);
  set_date (self, "quality_tested_on", f->quality_tested_on);
  set_choice (self, "quality_passed", f->quality_passed < 0 ? NULL : f->quality_passed ? "passed" : "failed");
  set_choice (self, "sustainability", f->sustainability);
  set_text (self, "note", f->note);
  rebuild_communes (self);
  rebuild_investments (self);
  self->filling = FALSE;
  self->modified = FALSE;
  update_title (self);
}

/* Reads every field into self->fields; TRUE when all can be read. */
static gboolean
read_fields (NtmSchemeWindow *self)
{
  NtmWaterSchemeFields *f = self->fields;
  gboolean ok = TRUE;

  for (guint i = 0; i < self->order->len; i++)
    {
      Field *field = g_ptr_array_index (self->order, i);
      g_autoptr(GError) error = NULL;
      const char *text;
      double value = NAN;
      char **target = NULL;
      double *number = NULL;

      set_problem (field, NULL, FALSE);

      if (field->type == FIELD_CHOICE)
        continue;

      text = text_of (field);
      if (field->type == FIELD_TEXT)
        {
          if (g_str_equal (field->key, "code")) target = &f->code;
          else if (g_str_equal (field->key, "name")) target = &f->name;
          else if (g_str_equal (field->key, "treatment")) target = &f->treatment;
          else target = &f->note;
          g_free (*target);
          *target = g_strstrip (g_strdup (text));
          continue;
        }

      if (field->type == FIELD_DATE)
        {
          char *iso = NULL;

          if (g_str_equal (field->key, "started_on")) target = &f->started_on;
          else if (g_str_equal (field->key, "commissioned_on")) target = &f->commissioned_on;
          else target = &f->quality_tested_on;
          if (text[strspn (text, " ")] != '\0' && !ntm_date_parse (text, &iso, &error))
            {
              set_problem (field, error->message, FALSE);
              ok = FALSE;
              continue;
            }
          g_free (*target);
          *target = iso;
          continue;
        }

      if (text[strspn (text, " ")] != '\0' &&
          !ntm_number_parse (text, self->language,
                             field->type == FIELD_PERCENT ? NTM_NUMBER_FLAGS_PERCENT
                             : field->type == FIELD_WHOLE ? NTM_NUMBER_FLAGS_WHOLE : NTM_NUMBER_FLAGS_NONE,
                             &value, &error))
        {
          set_problem (field, error->message, FALSE);
          ok = FALSE;
          continue;
        }

      if (g_str_equal (field->key, "design_capacity")) number = &f->design_capacity;
      else if (g_str_equal (field->key, "actual_output")) number = &f->actual_output;
      else if (g_str_equal (field->key, "pipe_length")) number = &f->pipe_length;
      else if (g_str_equal (field->key, "households_design")) number = &f->households_design;
      else if (g_str_equal (field->key, "households_actual")) number = &f->households_actual;
      else if (g_str_equal (field->key, "people_design")) number = &f->people_design;
      else if (g_str_equal (field->key, "people_actual")) number = &f->people_actual;
      else if (g_str_equal (field->key, "new_connections")) number = &f->new_connections;
      else if (g_str_equal (field->key, "progress")) number = &f->progress;
      else if (g_str_equal (field->key, "tariff")) number = &f->tariff;
      else number = &f->loss_rate;
      *number = value;
    }

  g_free (f->status);
  f->status = g_strdup (get_choice (self, "status"));
  g_free (f->water_source);
  f->water_source = g_strdup (get_choice (self, "water_source"));
  g_free (f->management);
  f->management = g_strdup (get_choice (self, "management"));
  g_free (f->sustainability);
  f->sustainability = g_strdup (get_choice (self, "sustainability"));
  f->quality_passed = get_choice (self, "quality_passed") == NULL ? -1
                    : g_str_equal (get_choice (self, "quality_passed"), "passed") ? 1 : 0;
  return ok;
}

static gboolean
save (NtmSchemeWindow *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = read_fields (self);
  gboolean rules_ok = FALSE;
  Field *first = NULL;

  problems = ntm_water_scheme_fields_check (self->fields, &rules_ok);
  for (guint i = 0; i < problems->len; i++)
    {
      NtmFieldProblem *p = g_ptr_array_index (problems, i);
      Field *field = g_hash_table_lookup (self->by_key, p->field);

      if (field != NULL && field->problem == NULL)
        set_problem (field, p->message, p->warning);
      else if (g_str_equal (p->field, "communes"))
        adw_preferences_group_set_description (self->communes_group, p->message);
      else if (g_str_equal (p->field, "investments"))
        adw_preferences_group_set_description (self->investment_group, p->message);
    }
  if (self->fields->communes->len > 0)
    adw_preferences_group_set_description (self->communes_group, NULL);

  if (!ok || !rules_ok)
    {
      for (guint i = 0; i < self->order->len && first == NULL; i++)
        {
          Field *field = g_ptr_array_index (self->order, i);
          if (field->problem != NULL && gtk_widget_has_css_class (GTK_WIDGET (field->row), "error"))
            first = field;
        }
      if (first != NULL)
        gtk_widget_grab_focus (first->widget);
      else if (self->fields->communes->len == 0)
        gtk_widget_grab_focus (GTK_WIDGET (self->commune_dropdown));
      ntm_form_show_notice (self->notice, self->notice_label,
                            _("Nothing was saved: correct the fields marked in red first."));
      return FALSE;
    }

  if (!ntm_database_save_water_scheme (self->database, self->fields, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Nothing was saved: %s"), error->message);
      ntm_form_show_notice (self->notice, self->notice_label, text);
      return FALSE;
    }

  ntm_form_show_notice (self->notice, self->notice_label, NULL);
  self->modified = FALSE;
  update_title (self);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Scheme saved")));
  return TRUE;
}

static void
on_history_clicked_cb (NtmSchemeWindow *self)
{
  if (self->fields->id == 0)
    return;
  gtk_window_present (GTK_WINDOW (ntm_history_window_new_for_scheme (GTK_WINDOW (self), self->database,
                                                                     self->fields->id, self->fields->name)));
}

static gboolean
ntm_scheme_window_close_request (GtkWindow *window)
{
  NtmSchemeWindow *self = NTM_SCHEME_WINDOW (window);

  if (ntm_form_ask_before_close (window, self->modified,
                                 _("The scheme has changes that are not saved. If you close without saving, they are lost."),
                                 (NtmFormSaveFunc) save))
    return TRUE;
  return GTK_WINDOW_CLASS (ntm_scheme_window_parent_class)->close_request (window);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
on_save_clicked_cb (NtmSchemeWindow *self)
{
  save (self);
}

static void
ntm_scheme_window_dispose (GObject *object)
{
  NtmSchemeWindow *self = NTM_SCHEME_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_SCHEME_WINDOW);
  g_clear_object (&self->database);
  g_clear_object (&self->units);
  G_OBJECT_CLASS (ntm_scheme_window_parent_class)->dispose (object);
}

static void
ntm_scheme_window_finalize (GObject *object)
{
  NtmSchemeWindow *self = NTM_SCHEME_WINDOW (object);

  g_clear_pointer (&self->fields, ntm_water_scheme_fields_free);
  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_pointer (&self->commune_rows, g_ptr_array_unref);
  g_clear_pointer (&self->investment_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (ntm_scheme_window_parent_class)->finalize (object);
}

static void
ntm_scheme_window_class_init (NtmSchemeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_scheme_window_dispose;
  object_class->finalize = ntm_scheme_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = ntm_scheme_window_close_request;

  g_type_ensure (NTM_TYPE_CHOICE);
  g_type_ensure (NTM_TYPE_FIELD_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-scheme-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmSchemeWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, NtmSchemeWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, NtmSchemeWindow, notice);
  gtk_widget_class_bind_template_child (widget_class, NtmSchemeWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, NtmSchemeWindow, communes_group);
  gtk_widget_class_bind_template_child (widget_class, NtmSchemeWindow, commune_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmSchemeWindow, investment_group);
  gtk_widget_class_bind_template_child (widget_class, NtmSchemeWindow, investment_year);
  gtk_widget_class_bind_template_child (widget_class, NtmSchemeWindow, investment_source);
  gtk_widget_class_bind_template_child (widget_class, NtmSchemeWindow, investment_amount);
  gtk_widget_class_bind_template_child (widget_class, NtmSchemeWindow, investment_total);
  /* the fields, found by their names */
  for (guint i = 0; i < G_N_ELEMENTS (field_types); i++)
    gtk_widget_class_bind_template_child_full (widget_class, field_types[i].key, FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_history_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_commune_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_investment_clicked_cb);

  ntm_form_class_add_shortcuts (widget_class, (NtmFormSaveFunc) save);
}

static void
ntm_scheme_window_init (NtmSchemeWindow *self)
{
  g_autoptr(GListStore) sources = ntm_choice_list_new (NULL);
  const char * const *investment_sources = ntm_water_investment_sources ();

  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->order = g_ptr_array_new_with_free_func (field_free);
  self->commune_rows = g_ptr_array_new ();
  self->investment_rows = g_ptr_array_new ();
  self->language = ntm_language_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (field_types); i++)
    add_field (self, field_types[i].key, field_types[i].type);
  set_choices (self, "status", ntm_water_scheme_statuses ());
  set_choices (self, "water_source", ntm_water_scheme_sources ());
  set_choices (self, "management", ntm_water_scheme_managements ());
  set_choices (self, "sustainability", ntm_water_scheme_sustainabilities ());
  set_choices (self, "quality_passed", quality_choices);

  for (guint i = 0; investment_sources[i] != NULL; i++)
    ntm_choice_list_append (sources, NTM_CHOICE_ANY, investment_sources[i],
                            ntm_water_investment_source_get_label (investment_sources[i]));
  gtk_drop_down_set_model (self->investment_source, G_LIST_MODEL (sources));
}

/* The communes that can be served, for the drop-down. */
static gboolean
fill_communes (NtmSchemeWindow  *self,
               GError          **error)
{
  g_autoptr(GListStore) communes = ntm_choice_list_new (NULL);

  self->units = ntm_database_list_units (self->database, error);
  if (self->units == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);

      if (ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
        ntm_choice_list_append (communes, NTM_CHOICE_ANY, ntm_unit_get_code (unit), ntm_unit_get_name (unit));
    }
  gtk_drop_down_set_model (self->commune_dropdown, G_LIST_MODEL (communes));
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_scheme_window_new:
 * @parent: (nullable): the window it belongs to
 * @database: the database
 * @scheme_id: the scheme, or 0 for a new one
 * @error: return location for a #GError
 *
 * Returns: (transfer floating): the form, or %NULL
 */
NtmSchemeWindow *
ntm_scheme_window_new (GtkWindow    *parent,
                       NtmDatabase  *database,
                       gint64        scheme_id,
                       GError      **error)
{
  NtmSchemeWindow *self;
  NtmWaterSchemeFields *fields;

  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  fields = scheme_id == 0 ? ntm_water_scheme_fields_new ()
                          : ntm_database_load_water_scheme (database, scheme_id, error);
  if (fields == NULL)
    return NULL;

  self = g_object_new (NTM_TYPE_SCHEME_WINDOW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->fields = fields;
  if (!fill_communes (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  gtk_widget_set_sensitive (self->save_button, !ntm_database_is_read_only (database));
  fill (self);
  gtk_widget_grab_focus (ntm_scheme_window_get_field (self, "name"));
  return self;
}

/**
 * ntm_scheme_window_get_field:
 * @self: a #NtmSchemeWindow
 * @key: a member of #NtmWaterSchemeFields ("name", "progress", …)
 *
 * Returns: (transfer none) (nullable): the field's editable widget (an
 *   entry, an entry row or a combo row)
 */
GtkWidget *
ntm_scheme_window_get_field (NtmSchemeWindow *self,
                             const char      *key)
{
  Field *f;

  g_return_val_if_fail (NTM_IS_SCHEME_WINDOW (self), NULL);
  f = g_hash_table_lookup (self->by_key, key);
  return f ? f->widget : NULL;
}

/**
 * ntm_scheme_window_get_problem:
 * @self: a #NtmSchemeWindow
 * @key: a field
 *
 * Returns: (nullable): what is shown as wrong with the field
 */
const char *
ntm_scheme_window_get_problem (NtmSchemeWindow *self,
                               const char      *key)
{
  Field *f;

  g_return_val_if_fail (NTM_IS_SCHEME_WINDOW (self), NULL);
  f = g_hash_table_lookup (self->by_key, key);
  return f ? f->problem : NULL;
}

/**
 * ntm_scheme_window_add_commune:
 * @self: a #NtmSchemeWindow
 * @unit_code: a commune, ward or township
 *
 * Returns: %TRUE if added (it was not served yet)
 */
gboolean
ntm_scheme_window_add_commune (NtmSchemeWindow *self,
                               const char      *unit_code)
{
  g_return_val_if_fail (NTM_IS_SCHEME_WINDOW (self), FALSE);

  for (guint i = 0; i < self->fields->communes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->fields->communes, i), unit_code))
      return FALSE;
  g_ptr_array_add (self->fields->communes, g_strdup (unit_code));
  rebuild_communes (self);
  adw_preferences_group_set_description (self->communes_group, NULL);
  mark_modified (self);
  return TRUE;
}

/**
 * ntm_scheme_window_add_investment:
 * @self: a #NtmSchemeWindow
 * @year: the year
 * @source: an investment source
 * @amount_text: the amount as typed
 *
 * Adds the amount, or shows why it cannot be read.
 */
void
ntm_scheme_window_add_investment (NtmSchemeWindow *self,
                                  int              year,
                                  const char      *source,
                                  const char      *amount_text)
{
  g_autoptr(GError) error = NULL;
  double amount;

  g_return_if_fail (NTM_IS_SCHEME_WINDOW (self));

  if (!ntm_number_parse (amount_text, self->language, NTM_NUMBER_FLAGS_NONE, &amount, &error))
    {
      adw_preferences_group_set_description (self->investment_group, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->investment_amount), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->investment_amount));
      return;
    }
  adw_preferences_group_set_description (self->investment_group, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->investment_amount), "error");
  ntm_water_scheme_fields_add_investment (self->fields, year, source, amount);
  gtk_editable_set_text (GTK_EDITABLE (self->investment_amount), "");
  rebuild_investments (self);
  mark_modified (self);
}

GtkWidget *
ntm_scheme_window_get_save_button (NtmSchemeWindow *self)
{
  g_return_val_if_fail (NTM_IS_SCHEME_WINDOW (self), NULL);
  return self->save_button;
}

/**
 * ntm_scheme_window_get_scheme_id:
 * @self: a #NtmSchemeWindow
 *
 * Returns: the scheme's id, 0 until a new scheme is saved
 */
gint64
ntm_scheme_window_get_scheme_id (NtmSchemeWindow *self)
{
  g_return_val_if_fail (NTM_IS_SCHEME_WINDOW (self), 0);
  return self->fields->id;
}
