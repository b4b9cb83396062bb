/* ntm-heading.c: a heading within a long form or list
 *
 * The assessment form runs to a hundred indicators: its criteria sets and
 * the decision's groups of criteria stand out as headings, a major one
 * for a set, a minor one for a group. The label is ntm-heading.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-heading.h"

struct _NtmHeading
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkLabel  *label;
};

G_DEFINE_FINAL_TYPE (NtmHeading, ntm_heading, GTK_TYPE_WIDGET)

static void
ntm_heading_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NTM_TYPE_HEADING);
  G_OBJECT_CLASS (ntm_heading_parent_class)->dispose (object);
}

static void
ntm_heading_class_init (NtmHeadingClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ntm_heading_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_HEADING);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-heading.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmHeading, label);
}

static void
ntm_heading_init (NtmHeading *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ntm_heading_new:
 * @text: the heading
 * @major: %TRUE for a heading over others (a criteria set), %FALSE for one
 *   within (a group of criteria)
 *
 * Returns: (transfer floating): the heading
 */
GtkWidget *
ntm_heading_new (const char *text,
                 gboolean    major)
{
  NtmHeading *self = g_object_new (NTM_TYPE_HEADING, NULL);

  gtk_label_set_label (self->label, text);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), major ? "title-2" : "heading");
  return GTK_WIDGET (self);
}
