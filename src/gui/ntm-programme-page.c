/* ntm-programme-page.c: the Programme view: OCOP products and funds
 *
 * The two registers of what the programme produces and spends, the OCOP
 * products and the funds mobilised, share one view of the window with a
 * switch between them: the window keeps to five views, and these two are
 * kept by the same people, alike in form (a searchable list, its filter,
 * Add and Export). The view hands its database and year on to both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-programme-page.h"
#include "ntm-programme-page-private.h"

struct _NtmProgrammePage
{
  NtmPage       parent_instance;

  /* template widgets */
  GtkStack     *stack;
  NtmOcopPage  *ocop_page;
  NtmFundsPage *funds_page;
};

G_DEFINE_FINAL_TYPE (NtmProgrammePage, ntm_programme_page, NTM_TYPE_PAGE)

static void
ntm_programme_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NTM_TYPE_PROGRAMME_PAGE);
  G_OBJECT_CLASS (ntm_programme_page_parent_class)->dispose (object);
}

static void
ntm_programme_page_class_init (NtmProgrammePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  NtmPageClass *page_class = NTM_PAGE_CLASS (klass);

  object_class->dispose = ntm_programme_page_dispose;
  /* the two registers follow the database and the year themselves */
  page_class->year_changed = NULL;
  page_class->database_changed = NULL;

  g_type_ensure (NTM_TYPE_OCOP_PAGE);
  g_type_ensure (NTM_TYPE_FUNDS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-programme-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmProgrammePage, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmProgrammePage, ocop_page);
  gtk_widget_class_bind_template_child (widget_class, NtmProgrammePage, funds_page);
}

static void
ntm_programme_page_init (NtmProgrammePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_object_bind_property (self, "database", self->ocop_page, "database", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "year", self->ocop_page, "year", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "database", self->funds_page, "database", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "year", self->funds_page, "year", G_BINDING_SYNC_CREATE);
}

/**
 * ntm_programme_page_show:
 * @self: a #NtmProgrammePage
 * @name: "ocop" or "funds"
 *
 * Returns: %TRUE if @name is one of the view's registers
 */
gboolean
ntm_programme_page_show (NtmProgrammePage *self,
                         const char       *name)
{
  g_return_val_if_fail (NTM_IS_PROGRAMME_PAGE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (self->stack, name);
  return TRUE;
}

/* "ocop" or "funds": the register shown. */
const char *
ntm_programme_page_get_shown (NtmProgrammePage *self)
{
  g_return_val_if_fail (NTM_IS_PROGRAMME_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * ntm_programme_page_get_ocop_page:
 * @self: a #NtmProgrammePage
 *
 * Returns: (transfer none): the OCOP register
 */
NtmOcopPage *
ntm_programme_page_get_ocop_page (NtmProgrammePage *self)
{
  g_return_val_if_fail (NTM_IS_PROGRAMME_PAGE (self), NULL);
  return self->ocop_page;
}

/**
 * ntm_programme_page_get_funds_page:
 * @self: a #NtmProgrammePage
 *
 * Returns: (transfer none): the funds register
 */
NtmFundsPage *
ntm_programme_page_get_funds_page (NtmProgrammePage *self)
{
  g_return_val_if_fail (NTM_IS_PROGRAMME_PAGE (self), NULL);
  return self->funds_page;
}
