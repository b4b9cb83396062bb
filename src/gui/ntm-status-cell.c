/* ntm-status-cell.c: one criterion's status for one unit, in the criteria grid
 *
 * A small focusable cell showing "Đ", "B", "C" (met, basically met, not met)
 * or nothing, coloured like the statuses elsewhere. A status computed from
 * the indicator values (nothing recorded) is shown dimmed; a cell changed
 * since the last save is marked. The grid window reads the keys typed on
 * it; ntm_status_cell_status_for_key() is the one place the keys are
 * mapped, in Vietnamese and English (Đ/D/M, B, C/N, Delete).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-status-cell.h"

struct _NtmStatusCell
{
  GtkWidget  parent_instance;

  GtkLabel  *label;
  guint      row;
  guint      column;
  NtmStatus  status;
  gboolean   computed;
};

G_DEFINE_FINAL_TYPE (NtmStatusCell, ntm_status_cell, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static const char *
status_letter (NtmStatus status)
{
  switch (status)
    {
    /* Translators: one letter for "met" in the criteria grid (Đạt) */
    case NTM_STATUS_MET: return C_("status letter", "M");
    /* Translators: one letter for "basically met" in the criteria grid (Cơ bản đạt) */
    case NTM_STATUS_BASICALLY_MET: return C_("status letter", "B");
    /* Translators: one letter for "not met" in the criteria grid (Chưa đạt) */
    case NTM_STATUS_NOT_MET: return C_("status letter", "N");
    case NTM_STATUS_NO_DATA:
    default: return "";
    }
}

static void
update (NtmStatusCell *self)
{
  static const char * const classes[] = { "ntm-status-no-data", "ntm-status-not-met",
                                          "ntm-status-basically-met", "ntm-status-met" };
  g_autofree char *description = NULL;

  gtk_label_set_text (self->label, status_letter (self->status));
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if (i == self->status)
      gtk_widget_add_css_class (GTK_WIDGET (self), classes[i]);
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self), classes[i]);
  if (self->computed)
    gtk_widget_add_css_class (GTK_WIDGET (self), "ntm-status-computed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "ntm-status-computed");

  description = self->computed ? g_strdup_printf (_("%s (from the indicators)"), ntm_status_get_label (self->status))
                               : g_strdup (ntm_status_get_label (self->status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

/* ---------------------------------------------------------------------- */
/* GObject and GtkWidget                                                  */
/* ---------------------------------------------------------------------- */

static void
ntm_status_cell_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NTM_TYPE_STATUS_CELL);
  G_OBJECT_CLASS (ntm_status_cell_parent_class)->dispose (object);
}

static void
ntm_status_cell_class_init (NtmStatusCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_status_cell_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-status-cell.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmStatusCell, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ntm-status-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
ntm_status_cell_init (NtmStatusCell *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

GtkWidget *
ntm_status_cell_new (guint row,
                     guint column)
{
  NtmStatusCell *self = g_object_new (NTM_TYPE_STATUS_CELL, NULL);

  self->row = row;
  self->column = column;
  return GTK_WIDGET (self);
}

guint
ntm_status_cell_get_row (NtmStatusCell *self)
{
  g_return_val_if_fail (NTM_IS_STATUS_CELL (self), 0);
  return self->row;
}

guint
ntm_status_cell_get_column (NtmStatusCell *self)
{
  g_return_val_if_fail (NTM_IS_STATUS_CELL (self), 0);
  return self->column;
}

NtmStatus
ntm_status_cell_get_status (NtmStatusCell *self)
{
  g_return_val_if_fail (NTM_IS_STATUS_CELL (self), NTM_STATUS_NO_DATA);
  return self->status;
}

void
ntm_status_cell_set_status (NtmStatusCell *self,
                            NtmStatus      status)
{
  g_return_if_fail (NTM_IS_STATUS_CELL (self));
  self->status = status;
  update (self);
}

/**
 * ntm_status_cell_set_computed:
 * @self: a #NtmStatusCell
 * @computed: %TRUE when the status shown comes from the indicator values,
 *   nothing being recorded
 */
void
ntm_status_cell_set_computed (NtmStatusCell *self,
                              gboolean       computed)
{
  g_return_if_fail (NTM_IS_STATUS_CELL (self));
  self->computed = computed;
  update (self);
}

gboolean
ntm_status_cell_get_computed (NtmStatusCell *self)
{
  g_return_val_if_fail (NTM_IS_STATUS_CELL (self), FALSE);
  return self->computed;
}

void
ntm_status_cell_set_modified (NtmStatusCell *self,
                              gboolean       modified)
{
  g_return_if_fail (NTM_IS_STATUS_CELL (self));
  if (modified)
    gtk_widget_add_css_class (GTK_WIDGET (self), "ntm-modified");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "ntm-modified");
}

const char *
ntm_status_cell_get_text (NtmStatusCell *self)
{
  g_return_val_if_fail (NTM_IS_STATUS_CELL (self), NULL);
  return gtk_label_get_text (self->label);
}

/**
 * ntm_status_cell_status_for_key:
 * @keyval: a key
 * @status: (out): the status it types
 *
 * Đ, D or M (met, Đạt), B (basically met, Cơ bản đạt), C or N (not met,
 * Chưa đạt), Delete or Backspace (no data).
 *
 * Returns: %TRUE when the key types a status
 */
gboolean
ntm_status_cell_status_for_key (guint      keyval,
                                NtmStatus *status)
{
  switch (gdk_keyval_to_lower (keyval))
    {
    case GDK_KEY_dstroke:
    case GDK_KEY_d:
    case GDK_KEY_m:
      *status = NTM_STATUS_MET;
      return TRUE;
    case GDK_KEY_b:
      *status = NTM_STATUS_BASICALLY_MET;
      return TRUE;
    case GDK_KEY_c:
    case GDK_KEY_n:
      *status = NTM_STATUS_NOT_MET;
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      *status = NTM_STATUS_NO_DATA;
      return TRUE;
    default:
      return FALSE;
    }
}
