/* ntm-unit-row.c: a unit in the Communes view's list
 *
 * The unit's name and kind (bound to the unit's properties in
 * ntm-unit-row.ui), a note beneath when the list has one to add (the other
 * districts a new unit was carved from), its recognised level as a badge
 * and its criteria met.
 * Communes, wards and townships are indented under their district, whose
 * row is bold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-level-style.h"
#include "ntm-unit-row.h"

struct _NtmUnitRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkWidget     *box;
  GtkLabel      *note_label;
  GtkLabel      *badge;
  GtkLabel      *tally_label;

  NtmUnit       *unit;
};

G_DEFINE_FINAL_TYPE (NtmUnitRow, ntm_unit_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------------- */
/* Template callbacks                                                     */
/* ---------------------------------------------------------------------- */

static char *
kind_label_cb (gpointer    object,
               NtmUnitKind kind)
{
  return g_strdup (ntm_unit_kind_get_label (kind));
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_unit_row_constructed (GObject *object)
{
  NtmUnitRow *self = NTM_UNIT_ROW (object);
  NtmUnitKind kind;

  G_OBJECT_CLASS (ntm_unit_row_parent_class)->constructed (object);

  g_assert (self->unit != NULL);
  kind = ntm_unit_get_kind (self->unit);
  if (ntm_unit_kind_is_commune_level (kind))
    gtk_widget_set_margin_start (self->box, 12);
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "ntm-district-row");
}

static void
ntm_unit_row_dispose (GObject *object)
{
  NtmUnitRow *self = NTM_UNIT_ROW (object);

  /* GtkListBoxRow lets go of its child itself: no
   * gtk_widget_dispose_template(), which would take it first */
  g_clear_object (&self->unit);

  G_OBJECT_CLASS (ntm_unit_row_parent_class)->dispose (object);
}

static void
ntm_unit_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  NtmUnitRow *self = NTM_UNIT_ROW (object);

  switch (prop_id)
    {
    case PROP_UNIT: g_value_set_object (value, self->unit); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_unit_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  NtmUnitRow *self = NTM_UNIT_ROW (object);

  switch (prop_id)
    {
    case PROP_UNIT: g_set_object (&self->unit, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_unit_row_class_init (NtmUnitRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ntm_unit_row_constructed;
  object_class->dispose = ntm_unit_row_dispose;
  object_class->get_property = ntm_unit_row_get_property;
  object_class->set_property = ntm_unit_row_set_property;

  properties[PROP_UNIT] =
    g_param_spec_object ("unit", NULL, NULL, NTM_TYPE_UNIT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (NTM_TYPE_UNIT);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-unit-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmUnitRow, box);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitRow, note_label);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitRow, badge);
  gtk_widget_class_bind_template_child (widget_class, NtmUnitRow, tally_label);
  gtk_widget_class_bind_template_callback (widget_class, kind_label_cb);
}

static void
ntm_unit_row_init (NtmUnitRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

GtkWidget *
ntm_unit_row_new (NtmUnit *unit)
{
  g_return_val_if_fail (NTM_IS_UNIT (unit), NULL);

  return g_object_new (NTM_TYPE_UNIT_ROW, "unit", unit, NULL);
}

/**
 * ntm_unit_row_get_unit:
 * @self: a #NtmUnitRow
 *
 * Returns: (transfer none): the unit shown
 */
NtmUnit *
ntm_unit_row_get_unit (NtmUnitRow *self)
{
  g_return_val_if_fail (NTM_IS_UNIT_ROW (self), NULL);
  return self->unit;
}

/**
 * ntm_unit_row_set_state:
 * @self: a #NtmUnitRow
 * @level: the unit's recognised level
 * @tally: its criteria, counted by status
 *
 * Shows where the unit stands in the year shown.
 */
void
ntm_unit_row_set_state (NtmUnitRow     *self,
                        NtmLevel        level,
                        const NtmTally *tally)
{
  g_autofree char *tally_text = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (NTM_IS_UNIT_ROW (self));
  g_return_if_fail (tally != NULL);

  ntm_recognised_badge_set (self->badge, level);
  /* a unit no criteria set holds this year (a ward in 2026) shows no count */
  tally_text = tally->total > 0 ? ntm_tally_format (tally) : g_strdup ("");
  gtk_label_set_label (self->tally_label, tally_text);

  if (tally->total > 0)
    /* Translators: accessible description of a unit row: name, kind, level, criteria met */
    description = g_strdup_printf (_("%s, %s, %s, %s criteria met"),
                                   ntm_unit_get_name (self->unit),
                                   ntm_unit_kind_get_label (ntm_unit_get_kind (self->unit)),
                                   gtk_label_get_label (self->badge), tally_text);
  else
    /* Translators: accessible description of a unit row no criteria set applies to: name, kind, level */
    description = g_strdup_printf (_("%s, %s, %s"),
                                   ntm_unit_get_name (self->unit),
                                   ntm_unit_kind_get_label (ntm_unit_get_kind (self->unit)),
                                   gtk_label_get_label (self->badge));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

/**
 * ntm_unit_row_set_note:
 * @self: a #NtmUnitRow
 * @note: (nullable): a line beneath the unit's kind, or %NULL for none
 */
void
ntm_unit_row_set_note (NtmUnitRow *self,
                       const char *note)
{
  g_return_if_fail (NTM_IS_UNIT_ROW (self));

  gtk_label_set_label (self->note_label, note ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);
}
