/* ntm-recognition-row.c: one recognition decision, to correct or revoke
 *
 * The level and year as the title (with when and why, for a revoked
 * decision, which stays dimmed in the list), the decision's number, date
 * and issuer beneath, and the buttons Correct… and Revoke…, which emit
 * "correct" and "revoke" for the Recognitions window. A revoked decision
 * has no Revoke… button. The parts are ntm-recognition-row.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-format.h"
#include "ntm-number.h"
#include "ntm-recognition-row.h"

struct _NtmRecognitionRow
{
  AdwActionRow    parent_instance;

  NtmRecognition *recognition;

  /* template widgets */
  GtkButton      *revoke_button;
};

G_DEFINE_FINAL_TYPE (NtmRecognitionRow, ntm_recognition_row, ADW_TYPE_ACTION_ROW)

enum {
  CORRECT,
  REVOKE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_correct_clicked_cb (NtmRecognitionRow *self)
{
  g_signal_emit (self, signals[CORRECT], 0);
}

static void
on_revoke_clicked_cb (NtmRecognitionRow *self)
{
  g_signal_emit (self, signals[REVOKE], 0);
}

/* No gtk_widget_dispose_template(): AdwActionRow owns the row's parts and
 * lets go of them itself. */
static void
ntm_recognition_row_dispose (GObject *object)
{
  NtmRecognitionRow *self = NTM_RECOGNITION_ROW (object);

  g_clear_object (&self->recognition);
  G_OBJECT_CLASS (ntm_recognition_row_parent_class)->dispose (object);
}

static void
ntm_recognition_row_class_init (NtmRecognitionRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_recognition_row_dispose;

  /**
   * NtmRecognitionRow::correct:
   * @self: the row
   *
   * The person pressed Correct….
   */
  signals[CORRECT] = g_signal_new ("correct", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * NtmRecognitionRow::revoke:
   * @self: the row
   *
   * The person pressed Revoke….
   */
  signals[REVOKE] = g_signal_new ("revoke", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-recognition-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmRecognitionRow, revoke_button);
  gtk_widget_class_bind_template_callback (widget_class, on_correct_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_revoke_clicked_cb);
}

static void
ntm_recognition_row_init (NtmRecognitionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_recognition_row_new:
 * @recognition: the decision shown
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
ntm_recognition_row_new (NtmRecognition *recognition)
{
  NtmRecognitionRow *self;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  NtmRecognition *r = recognition;
  const char *level;

  g_return_val_if_fail (NTM_IS_RECOGNITION (recognition), NULL);

  level = ntm_level_get_label (ntm_recognition_get_level (r));
  if (ntm_recognition_is_revoked (r))
    {
      g_autofree char *revoked = ntm_format_date (ntm_recognition_get_revoked_on (r));
      /* Translators: a level, a year, the date revoked and why */
      title = g_strdup_printf (_("%s, %d — revoked on %s (%s)"), level, ntm_recognition_get_year (r),
                               revoked, ntm_recognition_get_revoke_reason (r));
    }
  else
    title = g_strdup_printf (_("%s, %d"), level, ntm_recognition_get_year (r));
  subtitle = ntm_recognition_describe_decision (r);

  self = g_object_new (NTM_TYPE_RECOGNITION_ROW, "title", title, "subtitle", subtitle, NULL);
  self->recognition = g_object_ref (r);
  if (ntm_recognition_is_revoked (r))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
      adw_action_row_remove (ADW_ACTION_ROW (self), GTK_WIDGET (self->revoke_button));
    }
  return GTK_WIDGET (self);
}

/**
 * ntm_recognition_row_get_recognition:
 * @self: a #NtmRecognitionRow
 *
 * Returns: (transfer none): the decision shown
 */
NtmRecognition *
ntm_recognition_row_get_recognition (NtmRecognitionRow *self)
{
  g_return_val_if_fail (NTM_IS_RECOGNITION_ROW (self), NULL);
  return self->recognition;
}
