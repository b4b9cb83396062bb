/* ntm-scheme-window.c: the form of a clean-water scheme
 *
 * Every field of a scheme record, in groups: what it is, the communes it
 * serves, capacity, households and people, construction, operation,
 * investment by source and year. Numbers are read in the user's language;
 * each problem is shown on its field (errors in red stop saving, warnings
 * do not). Enter moves to the next field, Ctrl+S saves, Escape closes,
 * asking first about unsaved changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ntm-form.h"
#include "ntm-history-window.h"
#include "ntm-number.h"
#include "ntm-scheme-window.h"
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
  const char * const  *choices;      /* for FIELD_CHOICE: NULL first means "not known" */
  char                *subtitle;
  char                *problem;
} Field;

struct _NtmSchemeWindow
{
  AdwWindow             parent_instance;

  AdwToastOverlay      *toasts;
  GtkWidget            *save_button;
  GtkBox               *content;
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
  GPtrArray            *commune_codes; /* codes in the dropdown */
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

  g_free (f->subtitle);
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

static void
mark_modified (NtmSchemeWindow *self)
{
  g_autofree char *title = NULL;
  const char *name = self->fields->name && *self->fields->name ? self->fields->name : _("New scheme");

  if (!self->filling)
    self->modified = TRUE;
  title = g_strdup_printf (self->modified ? "*%s" : "%s", name);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
on_field_changed_cb (NtmSchemeWindow *self)
{
  mark_modified (self);
}

static void
on_entry_activate_cb (GtkWidget       *entry,
                      NtmSchemeWindow *self)
{
  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static AdwPreferencesGroup *
add_group (NtmSchemeWindow *self,
           const char      *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->content, group);
  return ADW_PREFERENCES_GROUP (group);
}

static Field *
add_field (NtmSchemeWindow     *self,
           AdwPreferencesGroup *group,
           const char          *key,
           FieldType            type,
           const char          *title,
           const char          *unit,
           const char * const  *choices)
{
  Field *f = g_new0 (Field, 1);

  f->key = key;
  f->type = type;
  f->choices = choices;

  if (type == FIELD_TEXT)
    {
      f->row = ADW_PREFERENCES_ROW (adw_entry_row_new ());
      f->widget = GTK_WIDGET (f->row);
      g_signal_connect_swapped (f->widget, "changed", G_CALLBACK (on_field_changed_cb), self);
      adw_entry_row_set_activates_default (ADW_ENTRY_ROW (f->row), FALSE);
      g_signal_connect (f->widget, "entry-activated", G_CALLBACK (on_entry_activate_cb), self);
    }
  else if (type == FIELD_CHOICE)
    {
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

      gtk_string_list_append (labels, _("Not known"));
      for (guint i = 0; choices[i] != NULL; i++)
        gtk_string_list_append (labels, choice_label (key, choices[i]));
      f->row = ADW_PREFERENCES_ROW (adw_combo_row_new ());
      adw_combo_row_set_model (ADW_COMBO_ROW (f->row), G_LIST_MODEL (labels));
      f->widget = GTK_WIDGET (f->row);
      g_signal_connect_swapped (f->widget, "notify::selected", G_CALLBACK (on_field_changed_cb), self);
    }
  else
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      f->row = ADW_PREFERENCES_ROW (adw_action_row_new ());
      f->widget = gtk_entry_new ();
      gtk_editable_set_width_chars (GTK_EDITABLE (f->widget), type == FIELD_DATE ? 11 : 12);
      gtk_entry_set_alignment (GTK_ENTRY (f->widget), type == FIELD_DATE ? 0.0 : 1.0);
      gtk_entry_set_placeholder_text (GTK_ENTRY (f->widget), type == FIELD_DATE ? _("dd/mm/yyyy") : _("not known"));
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), f->widget);
      if (unit != NULL || type == FIELD_PERCENT)
        {
          GtkWidget *label = gtk_label_new (type == FIELD_PERCENT ? "%" : unit);
          gtk_widget_add_css_class (label, "dim-label");
          gtk_label_set_width_chars (GTK_LABEL (label), 7);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_box_append (GTK_BOX (box), label);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (f->row), box);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (f->row), f->widget);
      g_signal_connect_swapped (f->widget, "changed", G_CALLBACK (on_field_changed_cb), self);
      g_signal_connect (f->widget, "activate", G_CALLBACK (on_entry_activate_cb), self);
      gtk_accessible_update_property (GTK_ACCESSIBLE (f->widget), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
    }

  adw_preferences_row_set_title (f->row, title);
  adw_preferences_row_set_use_underline (f->row, TRUE);
  adw_preferences_group_add (group, GTK_WIDGET (f->row));
  g_hash_table_insert (self->by_key, (gpointer) key, f);
  g_ptr_array_add (self->order, f);
  return f;
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
  g_autofree char *text = ntm_date_format (iso);

  set_text (self, key, text);
}

static void
set_choice (NtmSchemeWindow *self,
            const char      *key,
            const char      *value)
{
  Field *f = g_hash_table_lookup (self->by_key, key);
  guint selected = 0;

  for (guint i = 0; value && f->choices[i]; i++)
    if (g_str_equal (f->choices[i], value))
      selected = i + 1;
  adw_combo_row_set_selected (ADW_COMBO_ROW (f->widget), selected);
}

static const char *
get_choice (NtmSchemeWindow *self,
            const char      *key)
{
  Field *f = g_hash_table_lookup (self->by_key, key);
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (f->widget));

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? NULL : f->choices[selected - 1];
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
  return code;
}

static void rebuild_communes (NtmSchemeWindow *self);
static void rebuild_investments (NtmSchemeWindow *self);

static void
on_remove_commune_clicked_cb (GtkButton       *button,
                              NtmSchemeWindow *self)
{
  const char *code = g_object_get_data (G_OBJECT (button), "code");

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
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *tooltip = g_strdup_printf (_("Remove %s"), unit_name (self, code));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unit_name (self, code));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), code);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, tooltip);
      g_object_set_data_full (G_OBJECT (remove), "code", g_strdup (code), g_free);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_commune_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->communes_group, row);
      g_ptr_array_add (self->commune_rows, row);
    }
}

static void
on_add_commune_clicked_cb (NtmSchemeWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->commune_dropdown);

  if (selected < self->commune_codes->len)
    ntm_scheme_window_add_commune (self, g_ptr_array_index (self->commune_codes, selected));
}

static void
on_remove_investment_clicked_cb (GtkButton       *button,
                                 NtmSchemeWindow *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

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
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      GtkWidget *label;

      /* Translators: a source of funds and a year */
      title = g_strdup_printf (_("%s, %d"), ntm_water_investment_source_get_label (inv->source), inv->year);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      /* Translators: an amount of money in đồng */
      amount_text = g_strdup_printf (_("%s VND"), amount);
      label = gtk_label_new (amount_text);
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove this amount"));
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_investment_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
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
  guint source = gtk_drop_down_get_selected (self->investment_source);

  if (source >= g_strv_length ((char **) ntm_water_investment_sources ()))
    return;
  ntm_scheme_window_add_investment (self, gtk_spin_button_get_value_as_int (self->investment_year),
                                    ntm_water_investment_sources ()[source],
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
  mark_modified (self);
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
      adw_toast_overlay_add_toast (self->toasts,
                                   adw_toast_new (_("Nothing was saved: correct the fields marked in red first.")));
      return FALSE;
    }

  if (!ntm_database_save_water_scheme (self->database, self->fields, &error))
    {
      ntm_form_toast_not_saved (self->toasts, error);
      return FALSE;
    }

  self->modified = FALSE;
  mark_modified (self);
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
ntm_scheme_window_dispose (GObject *object)
{
  NtmSchemeWindow *self = NTM_SCHEME_WINDOW (object);

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
  g_clear_pointer (&self->commune_codes, g_ptr_array_unref);
  g_clear_pointer (&self->commune_rows, g_ptr_array_unref);
  g_clear_pointer (&self->investment_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (ntm_scheme_window_parent_class)->finalize (object);
}

static void
ntm_scheme_window_class_init (NtmSchemeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ntm_scheme_window_dispose;
  object_class->finalize = ntm_scheme_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = ntm_scheme_window_close_request;
  ntm_form_class_add_shortcuts (GTK_WIDGET_CLASS (klass), (NtmFormSaveFunc) save);
}

static void
ntm_scheme_window_init (NtmSchemeWindow *self)
{
  GtkWidget *box, *header, *history, *scrolled, *clamp;

  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->order = g_ptr_array_new_with_free_func (field_free);
  self->commune_codes = g_ptr_array_new_with_free_func (g_free);
  self->commune_rows = g_ptr_array_new ();
  self->investment_rows = g_ptr_array_new ();
  self->language = ntm_language_get_default ();

  gtk_window_set_default_size (GTK_WINDOW (self), 760, 800);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = ntm_form_header_new (_("Save the scheme (Ctrl+S)"), (NtmFormSaveFunc) save, self,
                                &self->save_button);
  history = gtk_button_new_from_icon_name ("document-open-recent-symbolic");
  gtk_widget_set_tooltip_text (history, _("History of changes"));
  g_signal_connect_swapped (history, "clicked", G_CALLBACK (on_history_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), history);
  gtk_box_append (GTK_BOX (box), header);

  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  clamp = adw_clamp_new ();
  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_margin_top (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->content), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (self->content), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->content), 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->content));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
}

static void
build (NtmSchemeWindow *self)
{
  AdwPreferencesGroup *group;
  GtkWidget *row, *add, *box;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sources = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression = NULL;
  const char * const *investment_sources = ntm_water_investment_sources ();

  group = add_group (self, _("Scheme"));
  add_field (self, group, "name", FIELD_TEXT, _("_Name (required)"), NULL, NULL);
  add_field (self, group, "code", FIELD_TEXT, _("C_ode"), NULL, NULL);
  add_field (self, group, "status", FIELD_CHOICE, _("S_tatus"), NULL, ntm_water_scheme_statuses ());
  add_field (self, group, "water_source", FIELD_CHOICE, _("Water _source"), NULL, ntm_water_scheme_sources ());
  add_field (self, group, "treatment", FIELD_TEXT, _("T_reatment"), NULL, NULL);
  add_field (self, group, "management", FIELD_CHOICE, _("_Management"), NULL, ntm_water_scheme_managements ());
  add_field (self, group, "sustainability", FIELD_CHOICE, _("Susta_inability"), NULL,
             ntm_water_scheme_sustainabilities ());

  /* Communes served */
  self->communes_group = add_group (self, _("Communes served"));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("A_dd a commune"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  for (guint i = 0; self->units && i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);

      if (!ntm_unit_kind_is_commune_level (ntm_unit_get_kind (unit)))
        continue;
      gtk_string_list_append (names, ntm_unit_get_name (unit));
      g_ptr_array_add (self->commune_codes, g_strdup (ntm_unit_get_code (unit)));
    }
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  self->commune_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)),
                                                             g_steal_pointer (&expression)));
  gtk_drop_down_set_enable_search (self->commune_dropdown, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->commune_dropdown), GTK_ALIGN_CENTER);
  add = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_tooltip_text (add, _("Add the commune"));
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_commune_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->commune_dropdown));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->commune_dropdown));
  adw_preferences_group_add (self->communes_group, row);

  group = add_group (self, _("Capacity"));
  add_field (self, group, "design_capacity", FIELD_NUMBER, _("_Design capacity"), _("m³/day"), NULL);
  add_field (self, group, "actual_output", FIELD_NUMBER, _("_Actual output"), _("m³/day"), NULL);
  add_field (self, group, "pipe_length", FIELD_NUMBER, _("_Pipe length"), _("km"), NULL);

  group = add_group (self, _("Households and people served"));
  add_field (self, group, "households_design", FIELD_WHOLE, _("_Households, design"), NULL, NULL);
  add_field (self, group, "households_actual", FIELD_WHOLE, _("H_ouseholds, actual"), NULL, NULL);
  add_field (self, group, "people_design", FIELD_WHOLE, _("_People, design"), NULL, NULL);
  add_field (self, group, "people_actual", FIELD_WHOLE, _("P_eople, actual"), NULL, NULL);
  add_field (self, group, "new_connections", FIELD_WHOLE, _("_New connections this year"), NULL, NULL);

  group = add_group (self, _("Construction"));
  add_field (self, group, "started_on", FIELD_DATE, _("_Started on"), NULL, NULL);
  add_field (self, group, "commissioned_on", FIELD_DATE, _("_Commissioned on"), NULL, NULL);
  add_field (self, group, "progress", FIELD_PERCENT, _("Construction _progress"), NULL, NULL);

  group = add_group (self, _("Operation"));
  add_field (self, group, "tariff", FIELD_NUMBER, _("_Tariff"), _("VND/m³"), NULL);
  add_field (self, group, "loss_rate", FIELD_PERCENT, _("_Loss rate"), NULL, NULL);
  add_field (self, group, "quality_tested_on", FIELD_DATE, _("Last _quality test"), NULL, NULL);
  add_field (self, group, "quality_passed", FIELD_CHOICE, _("Quality test _result"), NULL, quality_choices);

  /* Investment by source and year */
  self->investment_group = add_group (self, _("Investment"));
  self->investment_total = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->investment_total, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->investment_total), "heading");
  adw_preferences_group_add (self->investment_group, GTK_WIDGET (self->investment_total));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add an a_mount"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  self->investment_year = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1950, 2100, 1));
  gtk_spin_button_set_value (self->investment_year, 2024);
  for (guint i = 0; investment_sources[i]; i++)
    gtk_string_list_append (sources, ntm_water_investment_source_get_label (investment_sources[i]));
  self->investment_source = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (sources)), NULL));
  self->investment_amount = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->investment_amount, _("VND"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->investment_amount), 14);
  gtk_entry_set_alignment (self->investment_amount, 1.0);
  g_signal_connect_swapped (self->investment_amount, "activate", G_CALLBACK (on_add_investment_clicked_cb), self);
  add = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_tooltip_text (add, _("Add the amount"));
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_investment_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->investment_year));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->investment_source));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->investment_amount));
  gtk_box_append (GTK_BOX (box), add);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->investment_year));
  adw_preferences_group_add (self->investment_group, row);

  group = add_group (self, _("Notes"));
  add_field (self, group, "note", FIELD_TEXT, _("No_te"), NULL, NULL);
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
  self->units = ntm_database_list_units (database, NULL);
  gtk_widget_set_sensitive (self->save_button, !ntm_database_is_read_only (database));
  build (self);
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
