/* ntm-lineage-row.c: one link of a unit's lineage
 *
 * Old unit → new unit as the title, with their official codes (the same
 * code can name two units: 18100 was Xã Thạch Hạ and is Phường Trần Phú);
 * beneath, the day the link took effect, the resolution and the note of
 * the source; at the end whether the whole unit or a part of it went, and
 * INFERRED, kept in view, when the link rests on inference. A link from a
 * unit to itself says the unit carried on, renamed or changed. The parts
 * are ntm-lineage-row.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-format.h"
#include "ntm-lineage-row.h"

struct _NtmLineageRow
{
  AdwActionRow    parent_instance;

  /* template widgets */
  GtkLabel       *part_badge;
  GtkLabel       *inferred_badge;

  NtmLineageLink *link;
};

G_DEFINE_FINAL_TYPE (NtmLineageRow, ntm_lineage_row, ADW_TYPE_ACTION_ROW)

/* AdwActionRow owns the row's parts and lets go of them itself: no
 * gtk_widget_dispose_template(), which would take them first. */
static void
ntm_lineage_row_dispose (GObject *object)
{
  g_clear_object (&NTM_LINEAGE_ROW (object)->link);
  G_OBJECT_CLASS (ntm_lineage_row_parent_class)->dispose (object);
}

static void
ntm_lineage_row_class_init (NtmLineageRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_lineage_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-lineage-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmLineageRow, part_badge);
  gtk_widget_class_bind_template_child (widget_class, NtmLineageRow, inferred_badge);
}

static void
ntm_lineage_row_init (NtmLineageRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_lineage_row_new:
 * @link: the link
 *
 * Returns: (transfer floating): a row telling @link
 */
GtkWidget *
ntm_lineage_row_new (NtmLineageLink *link)
{
  NtmLineageRow *self;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *note = NULL;
  gboolean same = FALSE;

  g_return_val_if_fail (NTM_IS_LINEAGE_LINK (link), NULL);

  self = g_object_new (NTM_TYPE_LINEAGE_ROW, NULL);
  self->link = g_object_ref (link);

  same = g_strcmp0 (ntm_lineage_link_get_old_code (link), ntm_lineage_link_get_new_code (link)) == 0;
  if (same)
    /* Translators: a unit that carried on through a change, e.g. "Xã Sơn Kim 1 (18196) carried on" */
    title = g_strdup_printf (_("%s (%s) carried on"), ntm_lineage_link_get_new_name (link),
                             ntm_lineage_link_get_new_official_code (link));
  else
    /* Translators: a link of the lineage: old unit (code) → new unit (code) */
    title = g_strdup_printf (_("%s (%s) → %s (%s)"),
                             ntm_lineage_link_get_old_name (link), ntm_lineage_link_get_old_official_code (link),
                             ntm_lineage_link_get_new_name (link), ntm_lineage_link_get_new_official_code (link));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  date = ntm_format_date (ntm_lineage_link_get_effective (link));
  /* Translators: when a link of the lineage took effect, and by which resolution */
  g_string_printf (subtitle, _("From %s, Resolution %s"), date, ntm_lineage_link_get_resolution (link));
  note = ntm_lineage_link_describe_note (link);
  if (*note != '\0')
    g_string_append_printf (subtitle, "\n%s", note);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);

  gtk_label_set_label (self->part_badge, ntm_lineage_link_is_whole (link) ? _("Whole") : _("Part"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->part_badge),
                               ntm_lineage_link_is_whole (link)
                               ? _("All of the old unit went into the new one")
                               : _("Part of the old unit went into the new one, the rest elsewhere"));
  gtk_widget_set_visible (GTK_WIDGET (self->inferred_badge), ntm_lineage_link_is_inferred (link));
  return GTK_WIDGET (self);
}

/* Returns: (transfer none): the link shown */
NtmLineageLink *
ntm_lineage_row_get_link (NtmLineageRow *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_ROW (self), NULL);
  return self->link;
}

/* Returns: whether the row shows the INFERRED mark */
gboolean
ntm_lineage_row_shows_inferred (NtmLineageRow *self)
{
  g_return_val_if_fail (NTM_IS_LINEAGE_ROW (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->inferred_badge));
}
