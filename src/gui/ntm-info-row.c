/* ntm-info-row.c: a row that tells one fact, with a badge, status or value
 *
 * The rows of the unit detail, the recognitions window, the map's side
 * panel and the Overview's reported figures all say one thing: a title,
 * perhaps a subtitle, and at the end a level badge, a criterion's status or
 * a figure; a warning sign in front when the fact is a problem. The parts
 * are in ntm-info-row.ui, hidden until the row is given something to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-info-row.h"
#include "ntm-level-style.h"

struct _NtmInfoRow
{
  AdwActionRow  parent_instance;

  /* template widgets */
  GtkImage     *warning_icon;   /* a prefix only while the row warns */
  GtkLabel     *badge;
  GtkLabel     *status_label;
  GtkLabel     *value_label;
};

G_DEFINE_FINAL_TYPE (NtmInfoRow, ntm_info_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_WARNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_info_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  NtmInfoRow *self = NTM_INFO_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE: g_value_set_string (value, ntm_info_row_get_value (self)); break;
    case PROP_WARNING: g_value_set_boolean (value, gtk_widget_get_parent (GTK_WIDGET (self->warning_icon)) != NULL); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_info_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  NtmInfoRow *self = NTM_INFO_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE: ntm_info_row_set_value (self, g_value_get_string (value)); break;
    case PROP_WARNING: ntm_info_row_set_warning (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* No gtk_widget_dispose_template(): AdwActionRow owns the row's parts and
 * lets go of them itself (the template would take them from under it);
 * only the warning sign, not always in the row, is the row's own. */
static void
ntm_info_row_finalize (GObject *object)
{
  NtmInfoRow *self = NTM_INFO_ROW (object);

  g_clear_object (&self->warning_icon);
  G_OBJECT_CLASS (ntm_info_row_parent_class)->finalize (object);
}

static void
ntm_info_row_class_init (NtmInfoRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ntm_info_row_finalize;
  object_class->get_property = ntm_info_row_get_property;
  object_class->set_property = ntm_info_row_set_property;

  /**
   * NtmInfoRow:value:
   *
   * The figure shown at the end of the row, or %NULL for none.
   */
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * NtmInfoRow:warning:
   *
   * Whether the row tells of a problem: a warning sign in front.
   */
  properties[PROP_WARNING] =
    g_param_spec_boolean ("warning", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-info-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmInfoRow, warning_icon);
  gtk_widget_class_bind_template_child (widget_class, NtmInfoRow, badge);
  gtk_widget_class_bind_template_child (widget_class, NtmInfoRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, NtmInfoRow, value_label);
}

static void
ntm_info_row_init (NtmInfoRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_object_ref_sink (self->warning_icon);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_info_row_new:
 * @title: what the row is about (not markup)
 * @subtitle: (nullable): more about it
 *
 * Returns: (transfer floating): a row
 */
GtkWidget *
ntm_info_row_new (const char *title,
                  const char *subtitle)
{
  return g_object_new (NTM_TYPE_INFO_ROW,
                       "title", title,
                       "subtitle", subtitle != NULL && *subtitle != '\0' ? subtitle : NULL,
                       NULL);
}

/* Shows @level in a badge at the end of the row. */
void
ntm_info_row_set_level (NtmInfoRow *self,
                        NtmLevel    level)
{
  g_return_if_fail (NTM_IS_INFO_ROW (self));

  ntm_level_badge_set (self->badge, level);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), TRUE);
}

/* Shows a recognised @level in a badge at the end of the row: "No
 * decision" when none is on record. */
void
ntm_info_row_set_recognised_level (NtmInfoRow *self,
                                   NtmLevel    level)
{
  g_return_if_fail (NTM_IS_INFO_ROW (self));

  ntm_recognised_badge_set (self->badge, level);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), TRUE);
}

/* Shows a criterion's @status at the end of the row. */
void
ntm_info_row_set_status (NtmInfoRow *self,
                         NtmStatus   status)
{
  g_return_if_fail (NTM_IS_INFO_ROW (self));

  ntm_status_label_set (self->status_label, status);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
}

void
ntm_info_row_set_value (NtmInfoRow *self,
                        const char *value)
{
  g_return_if_fail (NTM_IS_INFO_ROW (self));

  if (g_strcmp0 (ntm_info_row_get_value (self), value) == 0)
    return;
  gtk_label_set_label (self->value_label, value ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (self->value_label), value != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
ntm_info_row_get_value (NtmInfoRow *self)
{
  g_return_val_if_fail (NTM_IS_INFO_ROW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->value_label)) ? gtk_label_get_label (self->value_label) : NULL;
}

void
ntm_info_row_set_warning (NtmInfoRow *self,
                          gboolean    warning)
{
  g_return_if_fail (NTM_IS_INFO_ROW (self));

  /* a hidden prefix would still leave its room in front of the title */
  warning = !!warning;
  if ((gtk_widget_get_parent (GTK_WIDGET (self->warning_icon)) != NULL) == warning)
    return;
  if (warning)
    adw_action_row_add_prefix (ADW_ACTION_ROW (self), GTK_WIDGET (self->warning_icon));
  else
    adw_action_row_remove (ADW_ACTION_ROW (self), GTK_WIDGET (self->warning_icon));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING]);
}
