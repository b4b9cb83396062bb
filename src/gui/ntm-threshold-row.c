/* ntm-threshold-row.c: an indicator and its threshold, to correct
 *
 * Folded: the indicator, when its threshold applies (the subtitle, set by
 * the window), and the threshold itself between its comparison sign and
 * its unit, with what is wrong with it beneath; a yes/no indicator has no
 * threshold. A warning sign before it, with the note as its tooltip, marks
 * an indicator whose numbering or wording is not confirmed against the
 * decision's text. Unfolded: the indicator's name, unit and comparison, to
 * correct. The parts are ntm-threshold-row.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-choice.h"
#include "ntm-core-enums.h"
#include "ntm-level-style.h"
#include "ntm-threshold-row.h"

struct _NtmThresholdRow
{
  AdwExpanderRow  parent_instance;

  /* template widgets */
  GtkWidget      *threshold_box;
  GtkLabel       *sign_label;
  GtkEntry       *entry;
  GtkLabel       *error_label;
  GtkLabel       *unit_label;
  GtkWidget      *yes_no_label;
  GtkWidget      *verify_icon;
  AdwEntryRow    *name_row;
  AdwEntryRow    *unit_row;
  AdwComboRow    *comparison_row;

  NtmIndicator   *indicator;
};

G_DEFINE_FINAL_TYPE (NtmThresholdRow, ntm_threshold_row, ADW_TYPE_EXPANDER_ROW)

/* AdwExpanderRow owns the row's parts and lets go of them itself: no
 * gtk_widget_dispose_template(), which would take them first. */
static void
ntm_threshold_row_dispose (GObject *object)
{
  g_clear_object (&NTM_THRESHOLD_ROW (object)->indicator);
  G_OBJECT_CLASS (ntm_threshold_row_parent_class)->dispose (object);
}

static void
ntm_threshold_row_class_init (NtmThresholdRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_threshold_row_dispose;

  g_type_ensure (NTM_TYPE_CHOICE);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-threshold-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmThresholdRow, threshold_box);
  gtk_widget_class_bind_template_child (widget_class, NtmThresholdRow, sign_label);
  gtk_widget_class_bind_template_child (widget_class, NtmThresholdRow, entry);
  gtk_widget_class_bind_template_child (widget_class, NtmThresholdRow, error_label);
  gtk_widget_class_bind_template_child (widget_class, NtmThresholdRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, NtmThresholdRow, yes_no_label);
  gtk_widget_class_bind_template_child (widget_class, NtmThresholdRow, verify_icon);
  gtk_widget_class_bind_template_child (widget_class, NtmThresholdRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, NtmThresholdRow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, NtmThresholdRow, comparison_row);
}

static void
ntm_threshold_row_init (NtmThresholdRow *self)
{
  g_autoptr(GListStore) comparisons = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  comparisons = ntm_choice_list_new_for_enum (NTM_TYPE_COMPARISON, (NtmChoiceLabelFunc) ntm_comparison_get_label,
                                              NULL);
  adw_combo_row_set_model (self->comparison_row, G_LIST_MODEL (comparisons));
}

/**
 * ntm_threshold_row_new:
 * @indicator: the indicator
 *
 * Returns: (transfer floating): a row for @indicator, its threshold empty
 */
GtkWidget *
ntm_threshold_row_new (NtmIndicator *indicator)
{
  g_autofree char *title = NULL;
  NtmThresholdRow *self;
  gboolean yes_no;

  g_return_val_if_fail (NTM_IS_INDICATOR (indicator), NULL);

  title = g_strdup_printf ("%s  %s", ntm_indicator_get_code (indicator), ntm_indicator_get_name (indicator));
  self = g_object_new (NTM_TYPE_THRESHOLD_ROW, "title", title, NULL);
  self->indicator = g_object_ref (indicator);

  yes_no = ntm_indicator_get_kind (indicator) == NTM_INDICATOR_BOOLEAN;
  gtk_widget_set_visible (self->threshold_box, !yes_no);
  gtk_widget_set_visible (self->yes_no_label, yes_no);
  gtk_label_set_label (self->sign_label, ntm_comparison_get_sign (ntm_indicator_get_comparison (indicator)));
  gtk_label_set_label (self->unit_label, ntm_indicator_get_kind (indicator) == NTM_INDICATOR_PERCENT
                                           ? "%" : ntm_indicator_get_unit (indicator));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), ntm_indicator_get_name (indicator));
  gtk_editable_set_text (GTK_EDITABLE (self->unit_row), ntm_indicator_get_unit (indicator));
  ntm_combo_row_select_value (self->comparison_row, ntm_indicator_get_comparison (indicator));
  return GTK_WIDGET (self);
}

/* Returns: (transfer none): the indicator shown */
NtmIndicator *
ntm_threshold_row_get_indicator (NtmThresholdRow *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD_ROW (self), NULL);
  return self->indicator;
}

/* Returns: (transfer none) (nullable): where the threshold is typed;
 * %NULL for a yes/no indicator, which has none */
GtkEntry *
ntm_threshold_row_get_entry (NtmThresholdRow *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD_ROW (self), NULL);
  return gtk_widget_get_visible (self->threshold_box) ? self->entry : NULL;
}

/* Says what is wrong with the threshold beneath it, or clears it. */
void
ntm_threshold_row_set_problem (NtmThresholdRow *self,
                               const char      *message)
{
  g_return_if_fail (NTM_IS_THRESHOLD_ROW (self));

  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
}

/* The indicator's name as typed in the unfolded row. */
const char *
ntm_threshold_row_get_name (NtmThresholdRow *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD_ROW (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

const char *
ntm_threshold_row_get_unit (NtmThresholdRow *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD_ROW (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->unit_row));
}

NtmComparison
ntm_threshold_row_get_comparison (NtmThresholdRow *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD_ROW (self), NTM_COMPARISON_GE);
  return ntm_combo_row_get_value (self->comparison_row);
}

/**
 * ntm_threshold_row_set_verify_note:
 * @self: a #NtmThresholdRow
 * @note: (nullable): what is not confirmed of the indicator, or %NULL or
 *   "" when nothing is flagged
 *
 * Shows a warning sign with @note as its tooltip, or hides it.
 */
void
ntm_threshold_row_set_verify_note (NtmThresholdRow *self,
                                   const char      *note)
{
  gboolean flagged = note != NULL && *note != '\0';

  g_return_if_fail (NTM_IS_THRESHOLD_ROW (self));

  gtk_widget_set_visible (self->verify_icon, flagged);
  if (flagged)
    {
      /* Translators: the note says what of an indicator is not confirmed against the decision's text */
      g_autofree char *text = g_strdup_printf (_("To verify: %s"), note);
      gtk_widget_set_tooltip_text (self->verify_icon, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->verify_icon), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
    }
  else
    gtk_widget_set_tooltip_text (self->verify_icon, NULL);
}

/* Returns: (nullable): the verify note shown as a tooltip, or %NULL */
const char *
ntm_threshold_row_get_verify_note (NtmThresholdRow *self)
{
  g_return_val_if_fail (NTM_IS_THRESHOLD_ROW (self), NULL);
  return gtk_widget_get_visible (self->verify_icon) ? gtk_widget_get_tooltip_text (self->verify_icon) : NULL;
}
