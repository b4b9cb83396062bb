/* ntm-unknown-threshold-row.c: a value against a threshold not known yet
 *
 * On a unit's page, under its criterion: the indicator as the title, the
 * value entered, "Threshold unknown" (the value is there, so it is not "no
 * data") and a button that emits "set-threshold" for the page to open
 * Criteria and Thresholds on the indicator. The parts are
 * ntm-unknown-threshold-row.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-unknown-threshold-row.h"

struct _NtmUnknownThresholdRow
{
  AdwActionRow  parent_instance;

  /* template widgets */
  GtkLabel     *value_label;
  GtkWidget    *threshold_button;

  char         *set_code;
  char         *indicator_code;
};

G_DEFINE_FINAL_TYPE (NtmUnknownThresholdRow, ntm_unknown_threshold_row, ADW_TYPE_ACTION_ROW)

enum {
  SIGNAL_SET_THRESHOLD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_threshold_clicked_cb (NtmUnknownThresholdRow *self)
{
  g_signal_emit (self, signals[SIGNAL_SET_THRESHOLD], 0);
}

/* No dispose of the template: AdwActionRow owns the row's parts and lets
 * go of them itself. */
static void
ntm_unknown_threshold_row_finalize (GObject *object)
{
  NtmUnknownThresholdRow *self = NTM_UNKNOWN_THRESHOLD_ROW (object);

  g_free (self->set_code);
  g_free (self->indicator_code);
  G_OBJECT_CLASS (ntm_unknown_threshold_row_parent_class)->finalize (object);
}

static void
ntm_unknown_threshold_row_class_init (NtmUnknownThresholdRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ntm_unknown_threshold_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-unknown-threshold-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmUnknownThresholdRow, value_label);
  gtk_widget_class_bind_template_child (widget_class, NtmUnknownThresholdRow, threshold_button);
  gtk_widget_class_bind_template_callback (widget_class, on_threshold_clicked_cb);

  /**
   * NtmUnknownThresholdRow::set-threshold:
   *
   * The person asks to set the threshold the value stands against.
   */
  signals[SIGNAL_SET_THRESHOLD] = g_signal_new ("set-threshold", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ntm_unknown_threshold_row_init (NtmUnknownThresholdRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_unknown_threshold_row_new:
 * @set_code: the indicator's criteria set
 * @indicator_code: the indicator
 * @title: "CODE  Name" (not markup)
 * @value: the value as the person reads it, e.g. "85 %"
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
ntm_unknown_threshold_row_new (const char *set_code,
                               const char *indicator_code,
                               const char *title,
                               const char *value)
{
  NtmUnknownThresholdRow *self = g_object_new (NTM_TYPE_UNKNOWN_THRESHOLD_ROW, "title", title, NULL);

  self->set_code = g_strdup (set_code);
  self->indicator_code = g_strdup (indicator_code);
  gtk_label_set_label (self->value_label, value);
  return GTK_WIDGET (self);
}

const char *
ntm_unknown_threshold_row_get_set_code (NtmUnknownThresholdRow *self)
{
  g_return_val_if_fail (NTM_IS_UNKNOWN_THRESHOLD_ROW (self), NULL);
  return self->set_code;
}

const char *
ntm_unknown_threshold_row_get_indicator_code (NtmUnknownThresholdRow *self)
{
  g_return_val_if_fail (NTM_IS_UNKNOWN_THRESHOLD_ROW (self), NULL);
  return self->indicator_code;
}

/* Returns: the value shown */
const char *
ntm_unknown_threshold_row_get_value (NtmUnknownThresholdRow *self)
{
  g_return_val_if_fail (NTM_IS_UNKNOWN_THRESHOLD_ROW (self), NULL);
  return gtk_label_get_label (self->value_label);
}

/* Returns: (transfer none): the "Set threshold…" button */
GtkWidget *
ntm_unknown_threshold_row_get_button (NtmUnknownThresholdRow *self)
{
  g_return_val_if_fail (NTM_IS_UNKNOWN_THRESHOLD_ROW (self), NULL);
  return self->threshold_button;
}
