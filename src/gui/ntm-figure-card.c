/* ntm-figure-card.c: one headline figure of the Overview
 *
 * A card with the figure, what it counts and, beneath, where it comes
 * from: "182/182", "Communes meeting the NTM standard", "by recognised
 * level". The labels in ntm-figure-card.ui are bound to the card's
 * properties; the detail shows only when there is one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-figure-card.h"

struct _NtmFigureCard
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkWidget *box;

  char      *value;
  char      *title;
  char      *detail;
};

G_DEFINE_FINAL_TYPE (NtmFigureCard, ntm_figure_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_TITLE,
  PROP_DETAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
has_text_cb (gpointer    object,
             const char *text)
{
  return text != NULL && *text != '\0';
}

static void
set_string (NtmFigureCard  *self,
            char          **field,
            const char     *text,
            guint           prop)
{
  if (g_strcmp0 (*field, text) == 0)
    return;
  g_free (*field);
  *field = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
ntm_figure_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NTM_TYPE_FIGURE_CARD);
  G_OBJECT_CLASS (ntm_figure_card_parent_class)->dispose (object);
}

static void
ntm_figure_card_finalize (GObject *object)
{
  NtmFigureCard *self = NTM_FIGURE_CARD (object);

  g_free (self->value);
  g_free (self->title);
  g_free (self->detail);
  G_OBJECT_CLASS (ntm_figure_card_parent_class)->finalize (object);
}

static void
ntm_figure_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NtmFigureCard *self = NTM_FIGURE_CARD (object);

  switch (prop_id)
    {
    case PROP_VALUE: g_value_set_string (value, self->value); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_DETAIL: g_value_set_string (value, self->detail); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_figure_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  NtmFigureCard *self = NTM_FIGURE_CARD (object);

  switch (prop_id)
    {
    case PROP_VALUE: set_string (self, &self->value, g_value_get_string (value), prop_id); break;
    case PROP_TITLE: set_string (self, &self->title, g_value_get_string (value), prop_id); break;
    case PROP_DETAIL: set_string (self, &self->detail, g_value_get_string (value), prop_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_figure_card_class_init (NtmFigureCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_figure_card_dispose;
  object_class->finalize = ntm_figure_card_finalize;
  object_class->get_property = ntm_figure_card_get_property;
  object_class->set_property = ntm_figure_card_set_property;

  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-figure-card.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmFigureCard, box);
  gtk_widget_class_bind_template_callback (widget_class, has_text_cb);
}

static void
ntm_figure_card_init (NtmFigureCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_figure_card_set:
 * @self: a #NtmFigureCard
 * @value: the figure
 * @title: what it counts
 * @detail: (nullable): where it comes from, or %NULL
 */
void
ntm_figure_card_set (NtmFigureCard *self,
                     const char    *value,
                     const char    *title,
                     const char    *detail)
{
  g_return_if_fail (NTM_IS_FIGURE_CARD (self));

  g_object_set (self, "value", value, "title", title, "detail", detail, NULL);
}
