/* ntm-recorded-status-row.c: a criterion's status recorded in the assessment form
 *
 * A criterion whose indicators cannot decide it (a value against a
 * threshold not known yet) can be decided by a status recorded for it,
 * as the evaluation of the province does. The row offers None (the
 * indicators decide), Met, Basically met or Not met; the form keeps the
 * choice and saves it with the values. The parts are
 * ntm-recorded-status-row.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-choice.h"
#include "ntm-core-enums.h"
#include "ntm-recorded-status-row.h"

struct _NtmRecordedStatusRow
{
  AdwActionRow  parent_instance;

  /* template widgets */
  GtkDropDown  *dropdown;

  gint64        criterion_id;
};

G_DEFINE_FINAL_TYPE (NtmRecordedStatusRow, ntm_recorded_status_row, ADW_TYPE_ACTION_ROW)

/* "None" stands for no status recorded: the indicators decide. */
static const char *
status_label (int status)
{
  return status == NTM_STATUS_NO_DATA ? _("None: the indicators decide") : ntm_status_get_label (status);
}

/* No dispose: AdwActionRow owns the row's parts and lets go of them
 * itself. */
static void
ntm_recorded_status_row_class_init (NtmRecordedStatusRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (NTM_TYPE_CHOICE);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-recorded-status-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmRecordedStatusRow, dropdown);
}

static void
ntm_recorded_status_row_init (NtmRecordedStatusRow *self)
{
  g_autoptr(GListStore) statuses = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  statuses = ntm_choice_list_new_for_enum (NTM_TYPE_STATUS, status_label, NULL);
  gtk_drop_down_set_model (self->dropdown, G_LIST_MODEL (statuses));
}

/* Returns: (transfer floating): the row for the criterion @criterion_id */
GtkWidget *
ntm_recorded_status_row_new (gint64 criterion_id)
{
  NtmRecordedStatusRow *self = g_object_new (NTM_TYPE_RECORDED_STATUS_ROW, NULL);

  self->criterion_id = criterion_id;
  return GTK_WIDGET (self);
}

gint64
ntm_recorded_status_row_get_criterion_id (NtmRecordedStatusRow *self)
{
  g_return_val_if_fail (NTM_IS_RECORDED_STATUS_ROW (self), -1);
  return self->criterion_id;
}

GtkDropDown *
ntm_recorded_status_row_get_dropdown (NtmRecordedStatusRow *self)
{
  g_return_val_if_fail (NTM_IS_RECORDED_STATUS_ROW (self), NULL);
  return self->dropdown;
}

/* The status chosen; %NTM_STATUS_NO_DATA for none. */
NtmStatus
ntm_recorded_status_row_get_status (NtmRecordedStatusRow *self)
{
  int value;

  g_return_val_if_fail (NTM_IS_RECORDED_STATUS_ROW (self), NTM_STATUS_NO_DATA);

  value = ntm_drop_down_get_value (self->dropdown);
  return value == NTM_CHOICE_ANY ? NTM_STATUS_NO_DATA : (NtmStatus) value;
}

void
ntm_recorded_status_row_set_status (NtmRecordedStatusRow *self,
                                    NtmStatus             status)
{
  g_return_if_fail (NTM_IS_RECORDED_STATUS_ROW (self));
  ntm_drop_down_select_value (self->dropdown, status);
}
