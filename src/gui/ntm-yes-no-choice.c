/* ntm-yes-no-choice.c: Yes, No or No data, for a yes/no indicator
 *
 * A yes/no indicator has three states, not two: met, not met, and not
 * known yet. A switch shows only two, so its "off" had to stand for "no
 * data" with a separate button to clear it, and a person could not tell
 * "No" from "not entered". This control shows the three as linked toggle
 * buttons (ntm-yes-no-choice.ui), exactly one of them pressed, and says
 * which through its "answer" property.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-yes-no-choice.h"

struct _NtmYesNoChoice
{
  GtkWidget        parent_instance;

  /* template widgets */
  GtkWidget       *box;
  GtkToggleButton *yes_button;
  GtkToggleButton *no_button;
  GtkToggleButton *no_data_button;

  NtmAnswer        answer;
};

G_DEFINE_FINAL_TYPE (NtmYesNoChoice, ntm_yes_no_choice, GTK_TYPE_WIDGET)
G_DEFINE_ENUM_TYPE (NtmAnswer, ntm_answer,
                    G_DEFINE_ENUM_VALUE (NTM_ANSWER_NO_DATA, "no-data"),
                    G_DEFINE_ENUM_VALUE (NTM_ANSWER_NO, "no"),
                    G_DEFINE_ENUM_VALUE (NTM_ANSWER_YES, "yes"))

enum {
  PROP_0,
  PROP_ANSWER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkToggleButton *
button_for (NtmYesNoChoice *self,
            NtmAnswer       answer)
{
  switch (answer)
    {
    case NTM_ANSWER_YES: return self->yes_button;
    case NTM_ANSWER_NO: return self->no_button;
    case NTM_ANSWER_NO_DATA:
    default: return self->no_data_button;
    }
}

static void
on_toggled_cb (NtmYesNoChoice  *self,
               GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  ntm_yes_no_choice_set_answer (self,
                                button == self->yes_button ? NTM_ANSWER_YES
                                : button == self->no_button ? NTM_ANSWER_NO : NTM_ANSWER_NO_DATA);
}

static void
ntm_yes_no_choice_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NTM_TYPE_YES_NO_CHOICE);
  G_OBJECT_CLASS (ntm_yes_no_choice_parent_class)->dispose (object);
}

static void
ntm_yes_no_choice_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ANSWER: g_value_set_enum (value, NTM_YES_NO_CHOICE (object)->answer); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_yes_no_choice_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ANSWER: ntm_yes_no_choice_set_answer (NTM_YES_NO_CHOICE (object), g_value_get_enum (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_yes_no_choice_class_init (NtmYesNoChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_yes_no_choice_dispose;
  object_class->get_property = ntm_yes_no_choice_get_property;
  object_class->set_property = ntm_yes_no_choice_set_property;

  /**
   * NtmYesNoChoice:answer:
   *
   * Yes, No, or nothing known yet.
   */
  properties[PROP_ANSWER] =
    g_param_spec_enum ("answer", NULL, NULL, NTM_TYPE_ANSWER, NTM_ANSWER_NO_DATA,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-yes-no-choice.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmYesNoChoice, box);
  gtk_widget_class_bind_template_child (widget_class, NtmYesNoChoice, yes_button);
  gtk_widget_class_bind_template_child (widget_class, NtmYesNoChoice, no_button);
  gtk_widget_class_bind_template_child (widget_class, NtmYesNoChoice, no_data_button);
  gtk_widget_class_bind_template_callback (widget_class, on_toggled_cb);
}

static void
ntm_yes_no_choice_init (NtmYesNoChoice *self)
{
  self->answer = NTM_ANSWER_NO_DATA;
  gtk_widget_init_template (GTK_WIDGET (self));
}

NtmAnswer
ntm_yes_no_choice_get_answer (NtmYesNoChoice *self)
{
  g_return_val_if_fail (NTM_IS_YES_NO_CHOICE (self), NTM_ANSWER_NO_DATA);
  return self->answer;
}

/* Presses @answer's button, as a person would. */
void
ntm_yes_no_choice_set_answer (NtmYesNoChoice *self,
                              NtmAnswer       answer)
{
  g_return_if_fail (NTM_IS_YES_NO_CHOICE (self));
  g_return_if_fail (answer <= NTM_ANSWER_YES);

  if (!gtk_toggle_button_get_active (button_for (self, answer)))
    gtk_toggle_button_set_active (button_for (self, answer), TRUE);
  if (self->answer == answer)
    return;
  self->answer = answer;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWER]);
}
