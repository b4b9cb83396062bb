/* ntm-water-figures-row.c: one commune's household water figures
 *
 * The commune, its households in total, on hygienic water and on clean
 * water, the two shares they give, and beneath the line what is wrong
 * with it. The rows of a district line up in columns: the window's size
 * groups take each row's cells. The parts are ntm-water-figures-row.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-water-figures-row.h"

struct _NtmWaterFiguresRow
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkWidget *box;
  GtkLabel  *name_label;
  GtkEntry  *total_entry;
  GtkEntry  *hygienic_entry;
  GtkEntry  *clean_entry;
  GtkLabel  *hygienic_share;
  GtkLabel  *clean_share;
  GtkWidget *error_indent;
  GtkLabel  *error_label;
};

G_DEFINE_FINAL_TYPE (NtmWaterFiguresRow, ntm_water_figures_row, GTK_TYPE_WIDGET)

/* The name of a figure, for a screen reader and in what is wrong. */
const char *
ntm_water_figure_get_label (NtmWaterFigure figure)
{
  switch (figure)
    {
    case NTM_WATER_FIGURE_TOTAL: return _("Households");
    case NTM_WATER_FIGURE_HYGIENIC: return _("On hygienic water");
    case NTM_WATER_FIGURE_CLEAN:
    default: return _("On clean water");
    }
}

static void
ntm_water_figures_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NTM_TYPE_WATER_FIGURES_ROW);
  G_OBJECT_CLASS (ntm_water_figures_row_parent_class)->dispose (object);
}

static void
ntm_water_figures_row_class_init (NtmWaterFiguresRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_water_figures_row_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-water-figures-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresRow, box);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresRow, total_entry);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresRow, hygienic_entry);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresRow, clean_entry);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresRow, hygienic_share);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresRow, clean_share);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresRow, error_indent);
  gtk_widget_class_bind_template_child (widget_class, NtmWaterFiguresRow, error_label);
}

static void
ntm_water_figures_row_init (NtmWaterFiguresRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_water_figures_row_new:
 * @name: the commune's name
 * @code: its code (the name's tooltip)
 * @columns: (array fixed-size=6): the size groups of the columns, by
 *   #NtmWaterColumn
 *
 * Returns: (transfer floating): the row, its cells in @columns
 */
GtkWidget *
ntm_water_figures_row_new (const char    *name,
                           const char    *code,
                           GtkSizeGroup **columns)
{
  NtmWaterFiguresRow *self = g_object_new (NTM_TYPE_WATER_FIGURES_ROW, NULL);
  GtkWidget *cells[NTM_WATER_N_COLUMNS] = {
    GTK_WIDGET (self->name_label), GTK_WIDGET (self->total_entry), GTK_WIDGET (self->hygienic_entry),
    GTK_WIDGET (self->clean_entry), GTK_WIDGET (self->hygienic_share), GTK_WIDGET (self->clean_share),
  };

  gtk_label_set_label (self->name_label, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label), code);
  for (NtmWaterFigure f = NTM_WATER_FIGURE_TOTAL; f <= NTM_WATER_FIGURE_CLEAN; f++)
    {
      g_autofree char *label = g_strdup_printf ("%s: %s", name, ntm_water_figure_get_label (f));
      gtk_accessible_update_property (GTK_ACCESSIBLE (ntm_water_figures_row_get_entry (self, f)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  for (guint c = 0; c < NTM_WATER_N_COLUMNS; c++)
    gtk_size_group_add_widget (columns[c], cells[c]);
  /* what is wrong starts under the figures */
  gtk_size_group_add_widget (columns[NTM_WATER_COLUMN_NAME], self->error_indent);
  return GTK_WIDGET (self);
}

/* Returns: (transfer none): where @figure is typed */
GtkEntry *
ntm_water_figures_row_get_entry (NtmWaterFiguresRow *self,
                                 NtmWaterFigure      figure)
{
  g_return_val_if_fail (NTM_IS_WATER_FIGURES_ROW (self), NULL);

  switch (figure)
    {
    case NTM_WATER_FIGURE_TOTAL: return self->total_entry;
    case NTM_WATER_FIGURE_HYGIENIC: return self->hygienic_entry;
    case NTM_WATER_FIGURE_CLEAN:
    default: return self->clean_entry;
    }
}

/* Returns: (transfer none): the share on hygienic or on clean water */
GtkLabel *
ntm_water_figures_row_get_share (NtmWaterFiguresRow *self,
                                 NtmWaterFigure      figure)
{
  g_return_val_if_fail (NTM_IS_WATER_FIGURES_ROW (self), NULL);
  g_return_val_if_fail (figure != NTM_WATER_FIGURE_TOTAL, NULL);

  return figure == NTM_WATER_FIGURE_HYGIENIC ? self->hygienic_share : self->clean_share;
}

GtkLabel *
ntm_water_figures_row_get_error (NtmWaterFiguresRow *self)
{
  g_return_val_if_fail (NTM_IS_WATER_FIGURES_ROW (self), NULL);
  return self->error_label;
}

/**
 * ntm_water_figures_row_set_problem:
 * @self: a #NtmWaterFiguresRow
 * @message: (nullable): what is wrong with the line, or %NULL
 * @wrong: (array fixed-size=3): the figures to mark, by #NtmWaterFigure
 */
void
ntm_water_figures_row_set_problem (NtmWaterFiguresRow *self,
                                   const char         *message,
                                   const gboolean     *wrong)
{
  g_return_if_fail (NTM_IS_WATER_FIGURES_ROW (self));

  for (NtmWaterFigure f = NTM_WATER_FIGURE_TOTAL; f <= NTM_WATER_FIGURE_CLEAN; f++)
    {
      GtkWidget *entry = GTK_WIDGET (ntm_water_figures_row_get_entry (self, f));

      if (wrong[f])
        gtk_widget_add_css_class (entry, "error");
      else
        gtk_widget_remove_css_class (entry, "error");
    }
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->error_label)), message != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}
