/* ntm-page.c: a view of the main window, showing a database for a year
 *
 * The base of the window's views (Map, Communes, Water, OCOP, Funds,
 * Overview). It holds the "database" and "year" the window hands every
 * view, listens to the database's "changed" signal while it holds one, and
 * tells the subclass what to redo through its class functions: reload()
 * for a different database, year_changed() for a different year and
 * database_changed() after a committed write to an area the page declares
 * it depends on, the last two reloading unless the subclass knows better.
 * Its one child, from the subclass's template, fills it (GtkBinLayout).
 * NtmPage is abstract: each view is a subclass with a template of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-clock.h"
#include "ntm-page.h"
#include "ntm-page-private.h"

typedef struct
{
  NtmDatabase *database;
  int          year;
  gulong       changed_id;
  guint        n_updates;    /* times the subclass was asked to redo anything */
} NtmPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (NtmPage, ntm_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define YEAR_MIN 2000
#define YEAR_MAX 2100
#define YEAR_DEFAULT 2024

/* ---------------------------------------------------------------------- */
/* Default class functions                                                */
/* ---------------------------------------------------------------------- */

static void
reload (NtmPage *self)
{
  NtmPageClass *klass = NTM_PAGE_GET_CLASS (self);

  if (klass->reload != NULL)
    klass->reload (self);
}

static void
ntm_page_real_year_changed (NtmPage *self)
{
  reload (self);
}

static void
ntm_page_real_database_changed (NtmPage *self,
                                NtmArea  areas)
{
  reload (self);
}

static void
on_database_changed_cb (NtmPage     *self,
                        NtmArea      areas,
                        NtmDatabase *database)
{
  NtmPagePrivate *priv = ntm_page_get_instance_private (self);
  NtmPageClass *klass = NTM_PAGE_GET_CLASS (self);
  NtmArea depends_on = klass->depends_on != NTM_AREA_NONE ? klass->depends_on : NTM_AREA_ALL;

  if (klass->database_changed != NULL && (areas & depends_on) != 0)
    {
      priv->n_updates++;
      klass->database_changed (self, areas);
    }
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
disconnect (NtmPage *self)
{
  NtmPagePrivate *priv = ntm_page_get_instance_private (self);

  if (priv->database != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->database);
}

static void
ntm_page_dispose (GObject *object)
{
  NtmPage *self = NTM_PAGE (object);
  NtmPagePrivate *priv = ntm_page_get_instance_private (self);
  GtkWidget *child;

  disconnect (self);
  g_clear_object (&priv->database);
  /* the page's child, from its template, if the subclass has not let go
   * of it already */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ntm_page_parent_class)->dispose (object);
}

static void
ntm_page_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  NtmPage *self = NTM_PAGE (object);
  NtmPagePrivate *priv = ntm_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DATABASE: g_value_set_object (value, priv->database); break;
    case PROP_YEAR: g_value_set_int (value, priv->year); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_page_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  NtmPage *self = NTM_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE: ntm_page_set_database (self, g_value_get_object (value)); break;
    case PROP_YEAR: ntm_page_set_year (self, g_value_get_int (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_page_class_init (NtmPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ntm_page_dispose;
  object_class->get_property = ntm_page_get_property;
  object_class->set_property = ntm_page_set_property;

  klass->year_changed = ntm_page_real_year_changed;
  klass->database_changed = ntm_page_real_database_changed;

  /**
   * NtmPage:database:
   *
   * The database shown, or %NULL for none.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, NTM_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * NtmPage:year:
   *
   * The year shown.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, YEAR_MIN, YEAR_MAX, YEAR_DEFAULT,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ntm_page_init (NtmPage *self)
{
  NtmPagePrivate *priv = ntm_page_get_instance_private (self);

  priv->year = ntm_clock_get_year ();
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_page_get_database:
 * @self: a #NtmPage
 *
 * Returns: (transfer none) (nullable): the database shown
 */
NtmDatabase *
ntm_page_get_database (NtmPage *self)
{
  NtmPagePrivate *priv;

  g_return_val_if_fail (NTM_IS_PAGE (self), NULL);

  priv = ntm_page_get_instance_private (self);
  return priv->database;
}

/**
 * ntm_page_set_database:
 * @self: a #NtmPage
 * @database: (nullable): the database to show
 *
 * Shows @database (the page's reload()) and follows its changes until
 * another one is set.
 */
void
ntm_page_set_database (NtmPage     *self,
                       NtmDatabase *database)
{
  NtmPagePrivate *priv;

  g_return_if_fail (NTM_IS_PAGE (self));
  g_return_if_fail (database == NULL || NTM_IS_DATABASE (database));

  priv = ntm_page_get_instance_private (self);
  if (priv->database == database)
    return;

  disconnect (self);
  g_set_object (&priv->database, database);
  if (database != NULL)
    priv->changed_id = g_signal_connect_object (database, "changed",
                                                G_CALLBACK (on_database_changed_cb), self,
                                                G_CONNECT_SWAPPED);
  priv->n_updates++;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * ntm_page_get_year:
 * @self: a #NtmPage
 *
 * Returns: the year shown
 */
int
ntm_page_get_year (NtmPage *self)
{
  NtmPagePrivate *priv;

  g_return_val_if_fail (NTM_IS_PAGE (self), YEAR_DEFAULT);

  priv = ntm_page_get_instance_private (self);
  return priv->year;
}

/**
 * ntm_page_set_year:
 * @self: a #NtmPage
 * @year: the year to show, 2000 to 2100
 *
 * Shows @year (the page's year_changed()).
 */
void
ntm_page_set_year (NtmPage *self,
                   int      year)
{
  NtmPagePrivate *priv;

  g_return_if_fail (NTM_IS_PAGE (self));
  g_return_if_fail (year >= YEAR_MIN && year <= YEAR_MAX);

  priv = ntm_page_get_instance_private (self);
  if (priv->year == year)
    return;

  priv->year = year;
  priv->n_updates++;
  if (NTM_PAGE_GET_CLASS (self)->year_changed != NULL)
    NTM_PAGE_GET_CLASS (self)->year_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * ntm_page_get_n_updates:
 * @self: a #NtmPage
 *
 * For the tests: how often the page was asked to show something again (a
 * database set, a year set, a change to an area it depends on).
 *
 * Returns: the count
 */
guint
ntm_page_get_n_updates (NtmPage *self)
{
  NtmPagePrivate *priv;

  g_return_val_if_fail (NTM_IS_PAGE (self), 0);

  priv = ntm_page_get_instance_private (self);
  return priv->n_updates;
}

/**
 * ntm_page_show_list:
 * @stack: a page's stack of "list", "empty", "no-results" and "error"
 * @on_record: how many items are on record
 * @shown: how many of them the search and the filters let through
 *
 * Shows the list, or why it is empty: nothing on record yet ("empty"), or
 * nothing the search and the filters let through ("no-results"). A
 * failure to read, once shown ("error"), stays until the list is read
 * again.
 */
void
ntm_page_show_list (GtkStack *stack,
                    guint     on_record,
                    guint     shown)
{
  g_return_if_fail (GTK_IS_STACK (stack));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "error") == 0)
    return;
  gtk_stack_set_visible_child_name (stack, shown > 0 ? "list" : on_record > 0 ? "no-results" : "empty");
}
