/* ntm-criterion-group.c: a criterion and its indicators, in a form
 *
 * A group titled with the criterion, its status beside the title (from
 * its indicators' statuses, updated as they are typed), and the
 * indicators' rows beneath. The layout is ntm-criterion-group.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-criterion-group.h"
#include "ntm-level-style.h"

struct _NtmCriterionGroup
{
  AdwPreferencesGroup  parent_instance;

  /* template widgets */
  GtkLabel            *status_label;
};

G_DEFINE_FINAL_TYPE (NtmCriterionGroup, ntm_criterion_group, ADW_TYPE_PREFERENCES_GROUP)

/* No dispose: AdwPreferencesGroup owns the group's parts and lets go of
 * them itself (gtk_widget_dispose_template() would take them first). */
static void
ntm_criterion_group_class_init (NtmCriterionGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-criterion-group.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmCriterionGroup, status_label);
}

static void
ntm_criterion_group_init (NtmCriterionGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Returns: (transfer floating): a group titled @title (not markup) */
GtkWidget *
ntm_criterion_group_new (const char *title)
{
  return g_object_new (NTM_TYPE_CRITERION_GROUP, "title", title, NULL);
}

void
ntm_criterion_group_set_status (NtmCriterionGroup *self,
                                NtmStatus          status)
{
  g_return_if_fail (NTM_IS_CRITERION_GROUP (self));
  ntm_status_label_set (self->status_label, status);
}
