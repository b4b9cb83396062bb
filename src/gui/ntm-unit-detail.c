/* ntm-unit-detail.c: one unit's levels, recognitions and criteria
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ntm-criteria.h"
#include "ntm-level-style.h"
#include "ntm-recognition.h"
#include "ntm-unit-detail.h"

struct _NtmUnitDetail
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkStack  *stack;
  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
  GtkBox    *actions_box;
  GtkBox    *groups_box;

  NtmUnit   *unit;
};

G_DEFINE_FINAL_TYPE (NtmUnitDetail, ntm_unit_detail, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static GtkWidget *
add_row (GtkWidget  *group,
         const char *title,
         const char *subtitle,
         GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (suffix != NULL)
    {
      gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
new_group (NtmUnitDetail *self,
           const char    *title,
           const char    *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (self->groups_box, group);
  return group;
}

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
add_level_group (NtmUnitDetail *self,
                 NtmEvaluation *evaluation)
{
  const char *code = ntm_unit_get_code (self->unit);
  NtmLevel recognised = ntm_evaluation_get_recognised_level (evaluation, code);
  NtmLevel computed = ntm_evaluation_get_computed_level (evaluation, code);
  NtmTally tally = ntm_evaluation_get_tally (evaluation, code);
  g_autofree char *title = NULL;
  g_autofree char *since = NULL;
  g_autofree char *tally_text = NULL;
  g_autofree char *tally_detail = NULL;
  GtkWidget *group, *label;

  /* Translators: %d is a year */
  title = g_strdup_printf (_("Level in %d"), ntm_evaluation_get_year (evaluation));
  group = new_group (self, title, NULL);

  if (recognised != NTM_LEVEL_NO_DATA)
    /* Translators: %d is the year of the decision */
    since = g_strdup_printf (_("Recognised in %d"), ntm_evaluation_get_recognised_year (evaluation, code));
  add_row (group, _("Recognised level"), since ? since : _("No recognition on record"),
           ntm_level_badge_new (recognised));

  add_row (group, _("Level the criteria data supports"),
           computed == NTM_LEVEL_NO_DATA ? _("Not enough criteria data to tell") : NULL,
           ntm_level_badge_new (computed));

  if (tally.total > 0)
    {
      tally_text = ntm_tally_format (&tally);
      tally_detail = describe_tally (tally);
      label = gtk_label_new (tally_text);
      gtk_widget_add_css_class (label, "numeric");
      add_row (group, _("Criteria met"), tally_detail, label);
    }

  if (ntm_evaluation_levels_disagree (evaluation, code))
    {
      GtkWidget *row = add_row (group, _("The criteria data does not support the recognised level"),
                                _("Check the assessment or the recognition: nothing has been changed."),
                                NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
}

static void
add_recognitions_group (NtmUnitDetail *self,
                        NtmDatabase   *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  GtkWidget *group;
  guint n;

  group = new_group (self, _("Recognitions"), NULL);
  list = ntm_database_list_recognitions (database, ntm_unit_get_code (self->unit), &error);
  if (list == NULL)
    {
      add_row (group, _("The recognitions cannot be read"), error->message, NULL);
      return;
    }

  n = g_list_model_get_n_items (list);
  if (n == 0)
    {
      add_row (group, _("No recognition on record"), NULL, NULL);
      return;
    }

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

      add_row (group, title, subtitle, NULL);
    }
}

static void
add_criteria_groups (NtmUnitDetail *self,
                     NtmDatabase   *database,
                     NtmEvaluation *evaluation)
{
  g_autoptr(GListModel) sets = ntm_database_list_criteria_sets (database, NULL);
  const NtmCriterionResult *results;
  const char *current_set = NULL;
  GtkWidget *group = NULL;
  guint n = 0;

  results = ntm_evaluation_get_criteria (evaluation, ntm_unit_get_code (self->unit), &n);

  for (guint i = 0; i < n; i++)
    {
      const NtmCriterionResult *r = &results[i];
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (g_strcmp0 (current_set, r->set_code) != 0)
        {
          const char *set_name = r->set_code;

          for (guint j = 0; sets && j < g_list_model_get_n_items (sets); j++)
            {
              g_autoptr(NtmCriteriaSet) set = g_list_model_get_item (sets, j);
              if (g_strcmp0 (ntm_criteria_set_get_code (set), r->set_code) == 0)
                {
                  set_name = g_intern_string (ntm_criteria_set_get_name (set));
                  break;
                }
            }
          group = new_group (self, set_name, NULL);
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
      add_row (group, title,
               subtitle ? subtitle
               : r->from_figures ? _("Indicator 17.1 from the household water figures")
               : NULL,
               ntm_status_label_new (r->status));
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

  G_OBJECT_CLASS (ntm_unit_detail_parent_class)->dispose (object);
}

static void
ntm_unit_detail_class_init (NtmUnitDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_unit_detail_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-unit-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, actions_box);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitDetail, groups_box);
}

static void
ntm_unit_detail_init (NtmUnitDetail *self)
{
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
  GtkWidget *child;
  g_autofree char *subtitle = NULL;
  g_autoptr(NtmUnit) parent = NULL;

  g_return_if_fail (NTM_IS_UNIT_DETAIL (self));

  g_set_object (&self->unit, unit);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);

  if (unit == NULL || database == NULL || evaluation == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_label_set_label (self->title_label, ntm_unit_get_name (unit));
  if (ntm_unit_get_parent_code (unit) != NULL)
    parent = ntm_database_get_unit (database, ntm_unit_get_parent_code (unit), NULL);
  /* Translators: kind of unit, the unit it belongs to, and its official code */
  subtitle = g_strdup_printf (_("%s · %s · code %s"),
                              ntm_unit_kind_get_label (ntm_unit_get_kind (unit)),
                              parent ? ntm_unit_get_name (parent) : _("Hà Tĩnh"),
                              ntm_unit_get_code (unit));
  gtk_label_set_label (self->subtitle_label, subtitle);

  add_level_group (self, evaluation);
  add_recognitions_group (self, database);
  add_criteria_groups (self, database, evaluation);

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

/**
 * ntm_unit_detail_get_actions_box:
 * @self: a #NtmUnitDetail
 *
 * Returns: (transfer none): the box beside the title where views add
 *   buttons acting on the unit
 */
GtkBox *
ntm_unit_detail_get_actions_box (NtmUnitDetail *self)
{
  g_return_val_if_fail (NTM_IS_UNIT_DETAIL (self), NULL);
  return self->actions_box;
}
