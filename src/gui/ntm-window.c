/* ntm-window.c: the main window
 *
 * A header bar with the year every view shows (today's year when the
 * window opens, ntm_clock_get_year(), unless another is asked for), a
 * view switcher for the areas of the programme, a notice when the
 * database is read-only, and another while a change waits for another
 * program to finish writing.
 * Every view is an NtmPage: the window hands it the database and the year.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ntm-assessment-window.h"
#include "ntm-backups-window.h"
#include "ntm-clock.h"
#include "ntm-communes-page.h"
#include "ntm-criteria-grid-window.h"
#include "ntm-criteria-window.h"
#include "ntm-history-window.h"
#include "ntm-import-window.h"
#include "ntm-job-bar.h"
#include "ntm-recognitions-window.h"
#include "ntm-water-page.h"
#include "ntm-overview-page.h"
#include "ntm-programme-page.h"
#include "ntm-map-page.h"
#include "ntm-page.h"
#include "ntm-resources.h"
#include "ntm-window.h"
#include "ntm-window-private.h"

struct _NtmWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  GtkSpinButton        *year_spin;
  GtkAdjustment        *year_adjustment;
  GtkRevealer          *read_only_revealer;
  GtkRevealer          *busy_revealer;
  NtmJobBar            *job_bar;
  NtmCommunesPage      *communes_page;
  NtmProgrammePage     *programme_page;

  NtmDatabase          *database;
  GSettings            *settings;
  int                   year;
};

G_DEFINE_FINAL_TYPE (NtmWindow, ntm_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The views, in the order of the switcher and of Alt+1 to Alt+5. */
static const char * const view_names[] = {
  "map", "communes", "water", "programme", "overview",
};

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* Hands the database and year to every view. */
static void
propagate_to_pages (NtmWindow *self)
{
  GtkSelectionModel *pages = adw_view_stack_get_pages (self->stack);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);

      /* the year first: a page reads its data once it has a database */
      if (NTM_IS_PAGE (child))
        {
          ntm_page_set_year (NTM_PAGE (child), self->year);
          ntm_page_set_database (NTM_PAGE (child), self->database);
        }
    }
  g_object_unref (pages);
}

static void
save_window_state (NtmWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_string (self->settings, "last-view", adw_view_stack_get_visible_child_name (self->stack));
}

/* ---------------------------------------------------------------------- */
/* Callbacks                                                              */
/* ---------------------------------------------------------------------- */

static void
on_year_adjustment_value_changed_cb (NtmWindow     *self,
                                     GtkAdjustment *adjustment)
{
  ntm_window_set_year (self, (int) gtk_adjustment_get_value (adjustment));
}

static void
on_show_view_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ntm_window_show_view (NTM_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
on_show_unit_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ntm_window_show_unit (NTM_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
on_assess_unit_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  ntm_window_assess_unit (NTM_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
on_edit_recognitions_action_cb (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  NtmWindow *self = NTM_WINDOW (widget);
  const char *code = g_variant_get_string (parameter, NULL);

  if (*code != '\0')
    gtk_window_present (GTK_WINDOW (ntm_recognitions_window_new (GTK_WINDOW (self), self->database,
                                                                 code, self->year)));
}

static void
on_unit_history_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  NtmWindow *self = NTM_WINDOW (widget);
  const char *code = g_variant_get_string (parameter, NULL);

  if (*code != '\0')
    gtk_window_present (GTK_WINDOW (ntm_history_window_new_for_unit (GTK_WINDOW (self), self->database, code)));
}

static void
on_show_criteria_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  NtmWindow *self = NTM_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (ntm_criteria_window_new (GTK_WINDOW (self), self->database, self->year)));
}

static void
on_criteria_grid_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  NtmWindow *self = NTM_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (ntm_criteria_grid_window_new (GTK_WINDOW (self), self->database, self->year, NULL)));
}

static void
on_import_data_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  NtmWindow *self = NTM_WINDOW (widget);
  NtmImportWindow *import = ntm_import_window_new (GTK_WINDOW (self), self->database, self->year);

  gtk_window_present (GTK_WINDOW (import));
  ntm_import_window_choose_file (import);
}

static void
on_show_backups_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  NtmWindow *self = NTM_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (ntm_backups_window_new (GTK_WINDOW (self), self->database)));
}

/* A change waits for another program: say so, and take no other change
 * from this window meanwhile. */
static void
on_database_busy_cb (NtmWindow   *self,
                     GParamSpec  *pspec,
                     NtmDatabase *database)
{
  gboolean busy = ntm_database_is_busy (database);

  gtk_revealer_set_reveal_child (self->busy_revealer, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->stack), !busy);
}

/* ---------------------------------------------------------------------- */
/* GObject and GtkWidget                                                  */
/* ---------------------------------------------------------------------- */

static gboolean
ntm_window_close_request (GtkWindow *window)
{
  save_window_state (NTM_WINDOW (window));

  return GTK_WINDOW_CLASS (ntm_window_parent_class)->close_request (window);
}

static void
ntm_window_map (GtkWidget *widget)
{
  NtmWindow *self = NTM_WINDOW (widget);
  GtkWidget *focus;

  GTK_WIDGET_CLASS (ntm_window_parent_class)->map (widget);

  /* Start in the page, not in the year field of the header bar; but keep
   * a focus already given inside the page (a unit shown on start-up). */
  focus = gtk_window_get_focus (GTK_WINDOW (self));
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stack)))
    gtk_widget_child_focus (GTK_WIDGET (self->stack), GTK_DIR_TAB_FORWARD);
}

static void
ntm_window_constructed (GObject *object)
{
  NtmWindow *self = NTM_WINDOW (object);

  G_OBJECT_CLASS (ntm_window_parent_class)->constructed (object);

  gtk_revealer_set_reveal_child (self->read_only_revealer,
                                 self->database != NULL && ntm_database_is_read_only (self->database));
  if (self->database != NULL)
    g_signal_connect_object (self->database, "notify::busy", G_CALLBACK (on_database_busy_cb), self,
                             G_CONNECT_SWAPPED);
  propagate_to_pages (self);
}

static void
ntm_window_dispose (GObject *object)
{
  NtmWindow *self = NTM_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NTM_TYPE_WINDOW);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ntm_window_parent_class)->dispose (object);
}

static void
ntm_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NtmWindow *self = NTM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  NtmWindow *self = NTM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_set_object (&self->database, g_value_get_object (value));
      break;
    case PROP_YEAR:
      ntm_window_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_window_class_init (NtmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ntm_window_constructed;
  object_class->dispose = ntm_window_dispose;
  object_class->get_property = ntm_window_get_property;
  object_class->set_property = ntm_window_set_property;
  window_class->close_request = ntm_window_close_request;
  widget_class->map = ntm_window_map;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, NTM_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 2000, 2100, 2024,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Links the compiled-in interface files, and so registers them. */
  (void) ntm_get_resource ();

  g_type_ensure (NTM_TYPE_COMMUNES_PAGE);
  g_type_ensure (NTM_TYPE_WATER_PAGE);
  g_type_ensure (NTM_TYPE_OVERVIEW_PAGE);
  g_type_ensure (NTM_TYPE_PROGRAMME_PAGE);
  g_type_ensure (NTM_TYPE_MAP_PAGE);
  g_type_ensure (NTM_TYPE_JOB_BAR);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Ntm/ntm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NtmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NtmWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, NtmWindow, year_spin);
  gtk_widget_class_bind_template_child (widget_class, NtmWindow, year_adjustment);
  gtk_widget_class_bind_template_child (widget_class, NtmWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, NtmWindow, busy_revealer);
  gtk_widget_class_bind_template_child (widget_class, NtmWindow, job_bar);
  gtk_widget_class_bind_template_child (widget_class, NtmWindow, communes_page);
  gtk_widget_class_bind_template_child (widget_class, NtmWindow, programme_page);

  gtk_widget_class_install_action (widget_class, "win.show-view", "s", on_show_view_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-unit", "s", on_show_unit_action_cb);
  gtk_widget_class_install_action (widget_class, "win.assess-unit", "s", on_assess_unit_action_cb);
  gtk_widget_class_install_action (widget_class, "win.edit-recognitions", "s", on_edit_recognitions_action_cb);
  gtk_widget_class_install_action (widget_class, "win.unit-history", "s", on_unit_history_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-criteria", NULL, on_show_criteria_action_cb);
  gtk_widget_class_install_action (widget_class, "win.criteria-grid", NULL, on_criteria_grid_action_cb);
  gtk_widget_class_install_action (widget_class, "win.import-data", NULL, on_import_data_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-backups", NULL, on_show_backups_action_cb);

  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-view", "s", view_names[i]);
}

static void
ntm_window_init (NtmWindow *self)
{
  g_autofree char *last_view = NULL;

  /* today's year (ntm_clock_get_year()), until another is asked for */
  self->year = ntm_clock_get_year ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  gtk_adjustment_set_value (self->year_adjustment, self->year);
  g_signal_connect_object (self->year_adjustment, "value-changed",
                           G_CALLBACK (on_year_adjustment_value_changed_cb), self,
                           G_CONNECT_SWAPPED);

  last_view = g_settings_get_string (self->settings, "last-view");
  ntm_window_show_view (self, last_view);

}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

NtmWindow *
ntm_window_new (NtmApplication *application,
                NtmDatabase    *database)
{
  g_return_val_if_fail (NTM_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (NTM_IS_DATABASE (database), NULL);

  return g_object_new (NTM_TYPE_WINDOW,
                       "application", application,
                       "database", database,
                       NULL);
}

NtmDatabase *
ntm_window_get_database (NtmWindow *self)
{
  g_return_val_if_fail (NTM_IS_WINDOW (self), NULL);
  return self->database;
}

int
ntm_window_get_year (NtmWindow *self)
{
  g_return_val_if_fail (NTM_IS_WINDOW (self), 0);
  return self->year;
}

/**
 * ntm_window_set_year:
 * @self: a #NtmWindow
 * @year: the year every view shows
 */
void
ntm_window_set_year (NtmWindow *self,
                     int        year)
{
  g_return_if_fail (NTM_IS_WINDOW (self));
  g_return_if_fail (year >= 2000 && year <= 2100);

  if (self->year == year)
    return;

  self->year = year;
  if ((int) gtk_adjustment_get_value (self->year_adjustment) != year)
    gtk_adjustment_set_value (self->year_adjustment, year);
  propagate_to_pages (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/**
 * ntm_window_show_view:
 * @self: a #NtmWindow
 * @name: "map", "communes", "water", "programme" or "overview"; "ocop"
 *   and "funds" show the Programme view with that register
 */
void
ntm_window_show_view (NtmWindow  *self,
                      const char *name)
{
  g_return_if_fail (NTM_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (ntm_programme_page_show (self->programme_page, name))
    name = "programme";
  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}

/**
 * ntm_window_show_unit:
 * @self: a #NtmWindow
 * @code: a unit's code
 *
 * Shows the unit's detail in the Communes view.
 */
void
ntm_window_show_unit (NtmWindow  *self,
                      const char *code)
{
  g_return_if_fail (NTM_IS_WINDOW (self));
  g_return_if_fail (code != NULL);

  adw_view_stack_set_visible_child_name (self->stack, "communes");
  if (ntm_communes_page_select_unit (self->communes_page, code))
    ntm_communes_page_focus_selected (self->communes_page);
}

void
ntm_window_add_toast (NtmWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (NTM_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * ntm_window_get_communes_page:
 * @self: a #NtmWindow
 *
 * Returns: (transfer none): the Communes view
 */
NtmCommunesPage *
ntm_window_get_communes_page (NtmWindow *self)
{
  g_return_val_if_fail (NTM_IS_WINDOW (self), NULL);
  return self->communes_page;
}

/**
 * ntm_window_assess_unit:
 * @self: a #NtmWindow
 * @code: a unit's code
 *
 * Opens the unit's assessment form for the year shown.
 *
 * Returns: (transfer none) (nullable): the form, or %NULL when the unit
 *   cannot be read (a toast says why)
 */
NtmAssessmentWindow *
ntm_window_assess_unit (NtmWindow  *self,
                        const char *code)
{
  g_autoptr(GError) error = NULL;
  NtmAssessmentWindow *form;

  g_return_val_if_fail (NTM_IS_WINDOW (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  if (*code == '\0')
    return NULL;

  form = ntm_assessment_window_new (GTK_WINDOW (self), self->database, code, self->year, &error);
  if (form == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return NULL;
    }
  gtk_window_present (GTK_WINDOW (form));
  return form;
}

/**
 * ntm_window_show_job:
 * @self: a #NtmWindow
 * @job: an export, report or import that has not finished
 *
 * Shows @job's progress, with a Cancel button, beneath the header bar
 * until it finishes.
 */
void
ntm_window_show_job (NtmWindow *self,
                     NtmJob    *job)
{
  g_return_if_fail (NTM_IS_WINDOW (self));
  ntm_job_bar_add_job (self->job_bar, job);
}

/**
 * ntm_window_get_job_bar:
 * @self: a #NtmWindow
 *
 * Returns: (transfer none): the bar showing the job under way
 */
NtmJobBar *
ntm_window_get_job_bar (NtmWindow *self)
{
  g_return_val_if_fail (NTM_IS_WINDOW (self), NULL);
  return self->job_bar;
}

/**
 * ntm_window_get_page:
 * @self: a #NtmWindow
 * @name: a view's name: "map", "communes", "water", "programme" or
 *   "overview"
 *
 * Returns: (transfer none) (nullable): the view
 */
GtkWidget *
ntm_window_get_page (NtmWindow  *self,
                     const char *name)
{
  g_return_val_if_fail (NTM_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  return adw_view_stack_get_child_by_name (self->stack, name);
}
