/* ntm-field-row.c: a number or a date typed into a form, with its unit
 *
 * A form row with a short entry at its end, right-aligned for a number
 * ("not known" while empty) or left-aligned for a date ("dd/mm/yyyy"),
 * and the number's unit after it. What is wrong with the value shows as
 * the row's subtitle, set by the form. The parts are ntm-field-row.ui;
 * the .ui files of the forms set each row's title, "unit" and "date".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-field-row.h"

struct _NtmFieldRow
{
  AdwActionRow  parent_instance;

  /* template widgets */
  GtkEntry     *entry;
  GtkLabel     *unit_label;

  gboolean      date;
};

G_DEFINE_FINAL_TYPE (NtmFieldRow, ntm_field_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_UNIT,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The entry is named after the row, for a screen reader. */
static void
on_title_changed_cb (NtmFieldRow *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)), -1);
}

static void
ntm_field_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  NtmFieldRow *self = NTM_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_UNIT: g_value_set_string (value, ntm_field_row_get_unit (self)); break;
    case PROP_DATE: g_value_set_boolean (value, self->date); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_field_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  NtmFieldRow *self = NTM_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_UNIT: ntm_field_row_set_unit (self, g_value_get_string (value)); break;
    case PROP_DATE: ntm_field_row_set_date (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* No dispose: AdwActionRow owns the row's parts and lets go of them itself
 * (gtk_widget_dispose_template() would take them first). */
static void
ntm_field_row_class_init (NtmFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ntm_field_row_get_property;
  object_class->set_property = ntm_field_row_set_property;

  /**
   * NtmFieldRow:unit:
   *
   * The unit shown after the value, or %NULL for none.
   */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * NtmFieldRow:date:
   *
   * Whether the value is a date (typed dd/mm/yyyy) rather than a number.
   */
  properties[PROP_DATE] =
    g_param_spec_boolean ("date", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-field-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmFieldRow, entry);
  gtk_widget_class_bind_template_child (widget_class, NtmFieldRow, unit_label);
}

static void
ntm_field_row_init (NtmFieldRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed_cb), NULL);
}

/* Returns: (transfer none): where the value is typed */
GtkEntry *
ntm_field_row_get_entry (NtmFieldRow *self)
{
  g_return_val_if_fail (NTM_IS_FIELD_ROW (self), NULL);
  return self->entry;
}

const char *
ntm_field_row_get_unit (NtmFieldRow *self)
{
  g_return_val_if_fail (NTM_IS_FIELD_ROW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->unit_label)) ? gtk_label_get_label (self->unit_label) : NULL;
}

void
ntm_field_row_set_unit (NtmFieldRow *self,
                        const char  *unit)
{
  g_return_if_fail (NTM_IS_FIELD_ROW (self));

  if (g_strcmp0 (ntm_field_row_get_unit (self), unit) == 0)
    return;
  gtk_label_set_label (self->unit_label, unit ? unit : "");
  gtk_widget_set_visible (GTK_WIDGET (self->unit_label), unit != NULL && *unit != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

gboolean
ntm_field_row_get_date (NtmFieldRow *self)
{
  g_return_val_if_fail (NTM_IS_FIELD_ROW (self), FALSE);
  return self->date;
}

void
ntm_field_row_set_date (NtmFieldRow *self,
                        gboolean     date)
{
  g_return_if_fail (NTM_IS_FIELD_ROW (self));

  date = !!date;
  if (self->date == date)
    return;
  self->date = date;
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), date ? 11 : 12);
  gtk_entry_set_alignment (self->entry, date ? 0.0 : 1.0);
  gtk_entry_set_placeholder_text (self->entry, date ? _("dd/mm/yyyy") : _("not known"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
