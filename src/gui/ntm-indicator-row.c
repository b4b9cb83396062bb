/* ntm-indicator-row.c: one indicator of the assessment form
 *
 * Folded, the row shows the indicator, the threshold that applies (its
 * subtitle), the value (a number with its unit, or Yes / No / No data for
 * a yes/no indicator), what is wrong with the value beside it, and the
 * status the value gives. A value against a threshold not known yet
 * reads "Threshold unknown" (never "No data": the value is there), with a
 * button that emits "set-threshold" for the form to open Criteria and
 * Thresholds on the indicator. Unfolded: a status set by hand with its
 * reason, and an evidence note. The parts are in ntm-indicator-row.ui;
 * the form reads and checks what is typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-choice.h"
#include "ntm-core-enums.h"
#include "ntm-indicator-row.h"
#include "ntm-level-style.h"

struct _NtmIndicatorRow
{
  AdwExpanderRow  parent_instance;

  /* template widgets */
  GtkWidget      *entry_box;
  GtkEntry       *entry;
  GtkLabel       *unit_label;
  NtmYesNoChoice *answer;
  GtkLabel       *error_label;
  GtkLabel       *status_label;
  GtkWidget      *threshold_button;
  GtkDropDown    *override_dropdown;
  AdwEntryRow    *reason_row;
  AdwEntryRow    *note_row;

  NtmIndicatorKind kind;
};

G_DEFINE_FINAL_TYPE (NtmIndicatorRow, ntm_indicator_row, ADW_TYPE_EXPANDER_ROW)

enum {
  SIGNAL_SET_THRESHOLD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_threshold_clicked_cb (NtmIndicatorRow *self)
{
  g_signal_emit (self, signals[SIGNAL_SET_THRESHOLD], 0);
}

/* "From the value" stands for no status set by hand. */
static const char *
override_label (int status)
{
  return status == NTM_STATUS_NO_DATA ? _("From the value") : ntm_status_get_label (status);
}

/* No dispose: AdwExpanderRow owns the row's parts and lets go of them
 * itself (gtk_widget_dispose_template() would take them first). */
static void
ntm_indicator_row_class_init (NtmIndicatorRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (NTM_TYPE_YES_NO_CHOICE);
  g_type_ensure (NTM_TYPE_CHOICE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-indicator-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorRow, entry_box);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorRow, entry);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorRow, answer);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorRow, error_label);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorRow, threshold_button);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorRow, override_dropdown);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorRow, reason_row);
  gtk_widget_class_bind_template_child (widget_class, NtmIndicatorRow, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_threshold_clicked_cb);

  /**
   * NtmIndicatorRow::set-threshold:
   *
   * The person asks to set the threshold the value stands against.
   */
  signals[SIGNAL_SET_THRESHOLD] = g_signal_new ("set-threshold", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ntm_indicator_row_init (NtmIndicatorRow *self)
{
  g_autoptr(GListStore) statuses = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  statuses = ntm_choice_list_new_for_enum (NTM_TYPE_STATUS, override_label, NULL);
  gtk_drop_down_set_model (self->override_dropdown, G_LIST_MODEL (statuses));
}

/**
 * ntm_indicator_row_new:
 * @kind: what the indicator's value is
 * @title: the indicator, "CODE  Name" (not markup)
 * @unit: (nullable): the unit of a number
 *
 * Returns: (transfer floating): the row, with a number entry, or the
 *   Yes / No / No data choice for a yes/no indicator
 */
GtkWidget *
ntm_indicator_row_new (NtmIndicatorKind  kind,
                       const char       *title,
                       const char       *unit)
{
  NtmIndicatorRow *self = g_object_new (NTM_TYPE_INDICATOR_ROW, "title", title, NULL);
  gboolean yes_no = kind == NTM_INDICATOR_BOOLEAN;

  self->kind = kind;
  gtk_widget_set_visible (self->entry_box, !yes_no);
  gtk_widget_set_visible (GTK_WIDGET (self->answer), yes_no);
  gtk_accessible_update_property (GTK_ACCESSIBLE (ntm_indicator_row_get_input (self)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  if (kind == NTM_INDICATOR_PERCENT)
    {
      gtk_label_set_label (self->unit_label, "%");
      gtk_label_set_width_chars (self->unit_label, 2);
    }
  else
    {
      gtk_label_set_label (self->unit_label, unit ? unit : "");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->unit_label), unit);
    }
  return GTK_WIDGET (self);
}

/**
 * ntm_indicator_row_get_input:
 * @self: a #NtmIndicatorRow
 *
 * Returns: (transfer none): where the value is given: the #GtkEntry, or
 *   the #NtmYesNoChoice of a yes/no indicator
 */
GtkWidget *
ntm_indicator_row_get_input (NtmIndicatorRow *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR_ROW (self), NULL);
  return self->kind == NTM_INDICATOR_BOOLEAN ? GTK_WIDGET (self->answer) : GTK_WIDGET (self->entry);
}

/* Returns: (transfer none) (nullable): the entry, %NULL for yes/no */
GtkEntry *
ntm_indicator_row_get_entry (NtmIndicatorRow *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR_ROW (self), NULL);
  return self->kind == NTM_INDICATOR_BOOLEAN ? NULL : self->entry;
}

/* Returns: (transfer none) (nullable): the choice, %NULL for a number */
NtmYesNoChoice *
ntm_indicator_row_get_answer (NtmIndicatorRow *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR_ROW (self), NULL);
  return self->kind == NTM_INDICATOR_BOOLEAN ? self->answer : NULL;
}

GtkLabel *
ntm_indicator_row_get_error_label (NtmIndicatorRow *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR_ROW (self), NULL);
  return self->error_label;
}

GtkDropDown *
ntm_indicator_row_get_override (NtmIndicatorRow *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR_ROW (self), NULL);
  return self->override_dropdown;
}

AdwEntryRow *
ntm_indicator_row_get_reason (NtmIndicatorRow *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR_ROW (self), NULL);
  return self->reason_row;
}

AdwEntryRow *
ntm_indicator_row_get_note (NtmIndicatorRow *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR_ROW (self), NULL);
  return self->note_row;
}

/**
 * ntm_indicator_row_set_problem:
 * @self: a #NtmIndicatorRow
 * @message: (nullable): what is wrong with the value, or %NULL
 *
 * Says what is wrong beside the value, which is marked in red.
 */
void
ntm_indicator_row_set_problem (NtmIndicatorRow *self,
                               const char      *message)
{
  GtkWidget *input;

  g_return_if_fail (NTM_IS_INDICATOR_ROW (self));

  input = ntm_indicator_row_get_input (self);
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (input, "error");
  else
    gtk_widget_remove_css_class (input, "error");
}

/**
 * ntm_indicator_row_set_status:
 * @self: a #NtmIndicatorRow
 * @known: %FALSE while the value cannot be read: no status then
 * @status: the status the row gives
 */
void
ntm_indicator_row_set_status (NtmIndicatorRow *self,
                              gboolean         known,
                              NtmStatus        status)
{
  g_return_if_fail (NTM_IS_INDICATOR_ROW (self));

  if (known)
    ntm_status_label_set (self->status_label, status);
  else
    gtk_label_set_label (self->status_label, "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "warning");
  gtk_widget_set_visible (self->threshold_button, FALSE);
}

/**
 * ntm_indicator_row_set_threshold_unknown:
 * @self: a #NtmIndicatorRow
 *
 * The value stands against a threshold not known yet: the status reads
 * "Threshold unknown" and the button to set it shows. The next
 * ntm_indicator_row_set_status() takes both back.
 */
void
ntm_indicator_row_set_threshold_unknown (NtmIndicatorRow *self)
{
  g_return_if_fail (NTM_IS_INDICATOR_ROW (self));

  /* not the dim look of "No data": the value is there */
  ntm_status_label_set (self->status_label, NTM_STATUS_NO_DATA);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), ntm_status_get_css_class (NTM_STATUS_NO_DATA));
  gtk_label_set_label (self->status_label, _("Threshold unknown"));
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "warning");
  gtk_widget_set_visible (self->threshold_button, TRUE);
}

/* Returns: (transfer none): the status shown beside the value */
GtkLabel *
ntm_indicator_row_get_status_label (NtmIndicatorRow *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR_ROW (self), NULL);
  return self->status_label;
}

/* Returns: (transfer none): the "Set threshold…" button */
GtkWidget *
ntm_indicator_row_get_threshold_button (NtmIndicatorRow *self)
{
  g_return_val_if_fail (NTM_IS_INDICATOR_ROW (self), NULL);
  return self->threshold_button;
}

/* The status chosen by hand; %NTM_STATUS_NO_DATA for "from the value". */
NtmStatus
ntm_indicator_row_get_override_status (NtmIndicatorRow *self)
{
  int value;

  g_return_val_if_fail (NTM_IS_INDICATOR_ROW (self), NTM_STATUS_NO_DATA);

  value = ntm_drop_down_get_value (self->override_dropdown);
  return value == NTM_CHOICE_ANY ? NTM_STATUS_NO_DATA : (NtmStatus) value;
}

void
ntm_indicator_row_set_override_status (NtmIndicatorRow *self,
                                       NtmStatus        status)
{
  g_return_if_fail (NTM_IS_INDICATOR_ROW (self));
  ntm_drop_down_select_value (self->override_dropdown, status);
}
