/* ntm-unit-detail.c: one unit's levels, recognitions and criteria
 *
 * The layout is in ntm-unit-detail.ui: the unit's name, its levels in the
 * year shown and its recognitions; one group per criteria set follows,
 * as many as apply to the unit. Every row is an NtmInfoRow. What cannot be
 * read is said in the group it belongs to, with what to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ntm-criteria.h"
#include "ntm-error.h"
#include "ntm-info-row.h"
#include "ntm-level-style.h"
#include "ntm-recognition.h"
#include "ntm-unit-detail.h"

struct _NtmUnitDetail
{
  GtkWidget            parent_instance;

  /* template widgets */
  GtkStack            *stack;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  AdwPreferencesGroup *level_group;
  NtmInfoRow          *recognised_row;
  NtmInfoRow          *computed_row;
  NtmInfoRow          *tally_row;
  NtmInfoRow          *disagree_row;
  AdwPreferencesGroup *recognitions_group;
  GtkBox              *groups_box;

  NtmUnit             *unit;
  GPtrArray           *recognition_rows;
};

G_DEFINE_FINAL_TYPE (NtmUnitDetail, ntm_unit_detail, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static char *
describe_tally (NtmTally tally)
{
  GString *text = g_string_new (NULL);

  if (tally.not_met > 0)
    g_string_append_printf (text, ngettext ("%u not met", "%u not met", tally.not_met), tally.not_met);
  if (tally.basically_met > 0)
    {
      if (text->len)
        g_string_append (text, " · ");
      g_string_append_printf (text, ngettext ("%u basically met", "%u basically met", tally.basically_met),
                              tally.basically_met);
    }
  if (tally.no_data > 0)
    {
      if (text->len)
        g_string_append (text, " · ");
      g_string_append_printf (text, ngettext ("%u without data", "%u without data", tally.no_data),
                              tally.no_data);
    }
  return g_string_free (text, FALSE);
}

static void
add_recognition_row (NtmUnitDetail *self,
                     GtkWidget     *row)
{
  adw_preferences_group_add (self->recognitions_group, row);
  g_ptr_array_add (self->recognition_rows, row);
}

static void
clear (NtmUnitDetail *self)
{
  GtkWidget *child;

  for (guint i = 0; i < self->recognition_rows->len; i++)
    adw_preferences_group_remove (self->recognitions_group, g_ptr_array_index (self->recognition_rows, i));
  g_ptr_array_set_size (self->recognition_rows, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);
}

static void
show_levels (NtmUnitDetail *self,
             NtmEvaluation *evaluation)
{
  const char *code = ntm_unit_get_code (self->unit);
  NtmLevel recognised = ntm_evaluation_get_recognised_level (evaluation, code);
  NtmLevel computed = ntm_evaluation_get_computed_level (evaluation, code);
  NtmTally tally = ntm_evaluation_get_tally (evaluation, code);
  g_autofree char *title = NULL;
  g_autofree char *since = NULL;

  /* Translators: %d is a year */
  title = g_strdup_printf (_("Level in %d"), ntm_evaluation_get_year (evaluation));
  adw_preferences_group_set_title (self->level_group, title);

  if (recognised != NTM_LEVEL_NO_DATA)
    /* Translators: %d is the year of the decision */
    since = g_strdup_printf (_("Recognised in %d"), ntm_evaluation_get_recognised_year (evaluation, code));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->recognised_row), since ? since : _("No recognition on record"));
  ntm_info_row_set_level (self->recognised_row, recognised);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->computed_row),
                               computed == NTM_LEVEL_NO_DATA ? _("Not enough criteria data to tell") : NULL);
  ntm_info_row_set_level (self->computed_row, computed);

  gtk_widget_set_visible (GTK_WIDGET (self->tally_row), tally.total > 0);
  if (tally.total > 0)
    {
      g_autofree char *tally_text = ntm_tally_format (&tally);
      g_autofree char *detail = describe_tally (tally);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->tally_row), detail);
      ntm_info_row_set_value (self->tally_row, tally_text);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->disagree_row), ntm_evaluation_levels_disagree (evaluation, code));
}

static void
show_recognitions (NtmUnitDetail *self,
                   NtmDatabase   *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  guint n;

  list = ntm_database_list_recognitions (database, ntm_unit_get_code (self->unit), &error);
  if (list == NULL)
    {
      g_autofree char *message = ntm_error_describe_read (error);
      GtkWidget *row = ntm_info_row_new (_("The recognitions cannot be read"), message);

      ntm_info_row_set_warning (NTM_INFO_ROW (row), TRUE);
      add_recognition_row (self, row);
      return;
    }

  n = g_list_model_get_n_items (list);
  if (n == 0)
    add_recognition_row (self, ntm_info_row_new (_("No recognition on record"), NULL));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NtmRecognition) r = g_list_model_get_item (list, i);
      const char *number = ntm_recognition_get_decision_number (r);
      const char *date = ntm_recognition_get_decision_date (r);
      const char *issuer = ntm_recognition_get_issuer (r);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (ntm_recognition_get_revoked_on (r) != NULL)
        /* Translators: a level, then the date it was revoked */
        title = g_strdup_printf (_("%s (revoked on %s)"),
                                 ntm_level_get_label (ntm_recognition_get_level (r)),
                                 ntm_recognition_get_revoked_on (r));
      else
        /* Translators: a level, then the year of recognition */
        title = g_strdup_printf (_("%s, %d"), ntm_level_get_label (ntm_recognition_get_level (r)),
                                 ntm_recognition_get_year (r));

      if (number != NULL)
        /* Translators: decision number, its date and who issued it */
        subtitle = g_strdup_printf (_("Decision %s of %s, %s"), number,
                                    date ? date : _("unknown date"), issuer ? issuer : "");
      else
        /* Translators: %s is the report the status comes from */
        subtitle = g_strdup_printf (_("No decision number on record. As reported: %s"),
                                    ntm_recognition_get_source (r));

      add_recognition_row (self, ntm_info_row_new (title, subtitle));
    }
}

/* The name of a criteria set, as the group's title. */
static const char *
set_name (GListModel *sets,
          const char *code)
{
  for (guint j = 0; sets != NULL && j < g_list_model_get_n_items (sets); j++)
    {
      g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, j);

      if (g_strcmp0 (ntm_criteria_set_get_code (set), code) == 0)
        return g_intern_string (ntm_criteria_set_get_name (set));
    }
  return code;
}

static AdwPreferencesGroup *
add_group (NtmUnitDetail *self,
           const char    *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->groups_box, group);
  return ADW_PREFERENCES_GROUP (group);
}

static void
show_criteria (NtmUnitDetail *self,
               NtmDatabase   *database,
               NtmEvaluation *evaluation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sets = ntm_database_list_criteria_sets (database, &error);
  const NtmCriterionResult *results;
  const char *current_set = NULL;
  AdwPreferencesGroup *group = NULL;
  guint n = 0;

  if (sets == NULL)
    {
      /* the names of the sets only: the criteria can still be shown */
      g_autofree char *message = ntm_error_describe_read (error);
      GtkWidget *row = ntm_info_row_new (_("The names of the criteria sets cannot be read"), message);

      ntm_info_row_set_warning (NTM_INFO_ROW (row), TRUE);
      adw_preferences_group_add (add_group (self, _("Criteria")), row);
    }

  results = ntm_evaluation_get_criteria (evaluation, ntm_unit_get_code (self->unit), &n);
  for (guint i = 0; i < n; i++)
    {
      const NtmCriterionResult *r = &results[i];
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (g_strcmp0 (current_set, r->set_code) != 0)
        {
          group = add_group (self, set_name (sets, r->set_code));
          current_set = r->set_code;
        }

      /* Translators: criterion number and name, e.g. "17. Môi trường" */
      title = g_strdup_printf (_("%s. %s"), r->number, r->name);
      if (ntm_criterion_result_disagrees (r))
        /* Translators: where a recorded status comes from, then the status the indicator values give */
        subtitle = g_strdup_printf (_("Recorded (%s); the indicators give: %s"),
                                    ntm_status_origin_get_label (r->origin),
                                    ntm_status_get_label (r->computed));
      else if (r->reported)
        /* Translators: where a recorded status comes from, e.g. "Recorded (Imported)" */
        subtitle = g_strdup_printf (_("Recorded (%s)"), ntm_status_origin_get_label (r->origin));
      row = ntm_info_row_new (title,
                              subtitle ? subtitle
                              : r->from_figures ? _("Indicator 17.1 from the household water figures")
                              : NULL);
      ntm_info_row_set_status (NTM_INFO_ROW (row), r->status);
      adw_preferences_group_add (group, row);
    }
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_unit_detail_dispose (GObject *object)
{
  NtmUnitDetail *self = NTM_UNIT_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_UNIT_DETAIL);
  g_clear_object (&self->unit);
  g_clear_pointer (&self->recognition_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ntm_unit_detail_parent_class)->dispose (object);
}

static void
ntm_unit_detail_class_init (NtmUnitDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_unit_detail_dispose;

  g_type_ensure (NTM_TYPE_INFO_ROW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-unit-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, level_group);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, recognised_row);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, computed_row);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, tally_row);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, disagree_row);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, recognitions_group);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, groups_box);
}

static void
ntm_unit_detail_init (NtmUnitDetail *self)
{
  self->recognition_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_unit_detail_show:
 * @self: a #NtmUnitDetail
 * @database: (nullable): the database
 * @evaluation: (nullable): the year's evaluation
 * @unit: (nullable): the unit to show, or %NULL for none
 */
void
ntm_unit_detail_show (NtmUnitDetail *self,
                      NtmDatabase   *database,
                      NtmEvaluation *evaluation,
                      NtmUnit       *unit)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(NtmUnit) parent = NULL;
  const char *parent_name;

  g_return_if_fail (NTM_IS_UNIT_DETAIL (self));

  g_set_object (&self->unit, unit);
  clear (self);

  if (unit == NULL || database == NULL || evaluation == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_label_set_label (self->title_label, ntm_unit_get_name (unit));
  if (ntm_unit_get_parent_code (unit) != NULL)
    parent = ntm_database_get_unit (database, ntm_unit_get_parent_code (unit), &error);
  /* a parent that cannot be read is named by its code */
  parent_name = parent ? ntm_unit_get_name (parent)
              : ntm_unit_get_parent_code (unit) ? ntm_unit_get_parent_code (unit) : _("Hà Tĩnh");
  /* Translators: kind of unit, the unit it belongs to, and its official code */
  subtitle = g_strdup_printf (_("%s · %s · code %s"),
                              ntm_unit_kind_get_label (ntm_unit_get_kind (unit)), parent_name,
                              ntm_unit_get_code (unit));
  gtk_label_set_label (self->subtitle_label, subtitle);

  show_levels (self, evaluation);
  show_recognitions (self, database);
  show_criteria (self, database, evaluation);

  gtk_stack_set_visible_child_name (self->stack, "unit");
}

/**
 * ntm_unit_detail_get_unit:
 * @self: a #NtmUnitDetail
 *
 * Returns: (transfer none) (nullable): the unit shown
 */
NtmUnit *
ntm_unit_detail_get_unit (NtmUnitDetail *self)
{
  g_return_val_if_fail (NTM_IS_UNIT_DETAIL (self), NULL);
  return self->unit;
}
