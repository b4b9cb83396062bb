/* test-window.c: the main window, in English and in Vietnamese, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ntm-application.h"
#include "ntm-communes-page-private.h"
#include "ntm-screenshot.h"
#include "ntm-test-gui.h"
#include "ntm-test-utils.h"
#include "ntm-window-private.h"

static char *dir;
static NtmApplication *app;
static NtmDatabase *db;

static NtmWindow *
open_window (void)
{
  return ntm_test_open_window (app, db, NULL, 0);
}

static const char *
view_title (NtmWindow *window, const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (ntm_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  GtkWidget *child = adw_view_stack_get_child_by_name (stack, name);

  g_assert_nonnull (child);
  return adw_view_stack_page_get_title (adw_view_stack_get_page (stack, child));
}

static void
assert_png (const char *path, int width, int height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);
}

static void
test_communes_search (void)
{
  NtmWindow *window = open_window ();
  NtmCommunesPage *page = ntm_window_get_communes_page (window);
  GtkWidget *no_match = ntm_test_find_widget (GTK_WIDGET (page), ntm_test_is_label_containing,
                                              _("No commune, ward or district matches the search."));

  ntm_window_show_view (window, "communes");
  /* 13 district-level units and 216 communes, wards and townships */
  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), ==, 229);

  ntm_communes_page_set_search_text (page, "ky anh");
  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), >=, 2);
  g_assert_true (ntm_communes_page_select_unit (page, "447"));
  g_assert_true (ntm_communes_page_select_unit (page, "449"));

  ntm_communes_page_set_search_text (page, "ĐỨC THỌ");
  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), >=, 1);
  ntm_communes_page_set_search_text (page, "duc tho");
  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), >=, 1);

  g_assert_nonnull (no_match);
  g_assert_false (gtk_widget_get_child_visible (no_match));

  ntm_communes_page_set_search_text (page, "zzzz không có");
  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), ==, 0);
  /* the empty list says why */
  g_assert_true (gtk_widget_get_child_visible (no_match));
  ntm_test_save_screenshot (GTK_WIDGET (window), "communes-no-match.png");

  /* showing a unit clears a search that hides it */
  ntm_window_show_unit (window, "18814");
  g_assert_cmpstr (ntm_communes_page_get_selected_code (page), ==, "18814");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A unit asked for before the window appears (--unit) stays the one shown:
 * the first focus must not move the selection on. */
static void
test_unit_on_start (void)
{
  NtmWindow *window = ntm_window_new (app, db);
  NtmCommunesPage *page = ntm_window_get_communes_page (window);

  ntm_window_show_unit (window, "448");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  ntm_widget_wait_for_frame (GTK_WIDGET (window));

  g_assert_cmpstr (ntm_communes_page_get_selected_code (page), ==, "448");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_screenshot_english (void)
{
  NtmWindow *window = open_window ();
  g_autofree char *path = ntm_test_screenshot_path ("window-en.png");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (view_title (window, "map"), ==, "Map");
  g_assert_cmpstr (view_title (window, "communes"), ==, "Communes");

  ntm_window_show_unit (window, "18814");
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);
  assert_png (path, gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window's pixels, as a screenshot file holds them. */
static GBytes *
png_pixels (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);
  gsize stride;
  guchar *data;

  g_assert_no_error (error);
  stride = (gsize) gdk_texture_get_width (texture) * 4;
  data = g_malloc (stride * (gsize) gdk_texture_get_height (texture));
  gdk_texture_download (texture, data, stride);
  return g_bytes_new_take (data, stride * (gsize) gdk_texture_get_height (texture));
}

/* How many pixels differ between two images of one size. */
static gsize
count_different_pixels (GBytes *a,
                        GBytes *b)
{
  gsize size_a, size_b, different = 0;
  const guint32 *pa = g_bytes_get_data (a, &size_a);
  const guint32 *pb = g_bytes_get_data (b, &size_b);

  g_assert_cmpuint (size_a, ==, size_b);
  for (gsize i = 0; i < size_a / 4; i++)
    if (pa[i] != pb[i])
      different++;
  return different;
}

/* Asking for a redraw drops what the window drew until its next frame
 * (a map tile drawn between frames does): a screenshot taken then is
 * still the whole window, as one taken when it is settled. (An empty
 * drawing would differ everywhere; a few pixels may change between two
 * frames on a loaded machine.) */
static void
test_screenshot_after_redraw_request (void)
{
  NtmWindow *window = open_window ();
  g_autofree char *settled = ntm_test_screenshot_path ("window-settled.png");
  g_autofree char *redrawn = ntm_test_screenshot_path ("window-redraw-requested.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) settled_pixels = NULL;
  g_autoptr(GBytes) redrawn_pixels = NULL;

  /* (a caret blinking between the two would tell them apart) */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  ntm_window_show_view (window, "communes");
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), settled, &error));
  g_assert_no_error (error);

  gtk_widget_queue_draw (GTK_WIDGET (window));
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), redrawn, &error));
  g_assert_no_error (error);
  assert_png (redrawn, gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)));

  settled_pixels = png_pixels (settled);
  redrawn_pixels = png_pixels (redrawn);
  g_assert_cmpuint (count_different_pixels (settled_pixels, redrawn_pixels), <,
                    g_bytes_get_size (settled_pixels) / 4 / 100);

  g_unlink (settled);
  g_unlink (redrawn);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", TRUE, NULL);
}

static void
test_screenshot_vietnamese (void)
{
  NtmWindow *window;
  g_autofree char *path = ntm_test_screenshot_path ("window-vi.png");
  g_autoptr(GError) error = NULL;

  window = open_window ();

  g_assert_cmpstr (view_title (window, "map"), ==, "Bản đồ");
  g_assert_cmpstr (view_title (window, "communes"), !=, "Communes");
  g_assert_cmpstr (_("Not met"), ==, "Chưa đạt");

  ntm_window_show_unit (window, "18814");
  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_read_only_notice (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "ro.db", NULL);
  g_autoptr(NtmDatabase) ro = NULL;
  NtmDatabase *saved = db;
  NtmWindow *window;
  GtkRevealer *revealer;

  g_clear_object (&ro);
  ro = ntm_database_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&ro);
  g_chmod (path, 0444);
  ro = ntm_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ntm_database_is_read_only (ro));

  db = ro;
  window = open_window ();
  db = saved;

  revealer = GTK_REVEALER (ntm_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_REVEALER));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The shortcut of @title in the shortcuts window, or NULL */
static const char *
listed_shortcut (GtkBuilder *builder,
                 const char *title)
{
  GSList *objects = gtk_builder_get_objects (builder);
  const char *accelerator = NULL;

  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *t = NULL;
        g_autofree char *a = NULL;

        g_object_get (l->data, "title", &t, "accelerator", &a, NULL);
        if (g_strcmp0 (t, title) == 0)
          accelerator = g_intern_string (a);
      }
  g_slist_free (objects);
  return accelerator;
}

/* The key of the mnemonic of the button of @root for @action and @target */
static guint
mnemonic_key (GtkWidget  *root,
              const char *action,
              const char *target)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      guint key;

      if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (w)), action) == 0)
        {
          GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (w));

          if (target == NULL || (value != NULL && g_str_equal (g_variant_get_string (value, NULL), target)))
            {
              GtkWidget *label = ntm_test_find_descendant (w, GTK_TYPE_LABEL);
              g_assert_nonnull (label);
              return gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (label)));
            }
        }
      if ((key = mnemonic_key (w, action, target)) != 0)
        return key;
    }
  return 0;
}

/* The shortcuts window lists the shortcuts there are: those of the views,
 * the map, the forms, and the map's mnemonics as the labels have them in
 * the language shown. */
static void
test_shortcuts_listed (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/com/example/Ntm/gtk/help-overlay.ui");
  NtmWindow *window = open_window ();
  struct { const char *title, *accelerator; } fixed[] = {
    { _("Map"), "<Alt>1" },
    { _("Communes"), "<Alt>2" },
    { _("Water"), "<Alt>3" },
    { _("Programme: OCOP products and funds"), "<Alt>4" },
    { _("Overview"), "<Alt>5" },
    { _("Search Communes"), "<Control>f" },
    { _("Presentation Mode"), "F11" },
    { _("Leave Presentation Mode"), "Escape" },
    { _("Save"), "<Control>s" },
    { _("Next Field (the last one saves)"), "Return" },
    { _("Close the Form (asks about unsaved changes)"), "Escape" },
  };
  struct { const char *title, *action, *target; } mnemonics[] = {
    { _("Colour the Communes"), "map.layer", "communes" },
    { _("Colour the Districts"), "map.layer", "districts" },
    { _("Export the Map"), "map.export", NULL },
    { _("Import Boundaries"), "map.import-boundaries", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_assert_cmpstr (listed_shortcut (builder, fixed[i].title), ==, fixed[i].accelerator);

  ntm_window_show_view (window, "map");
  for (guint i = 0; i < G_N_ELEMENTS (mnemonics); i++)
    {
      const char *listed = listed_shortcut (builder, mnemonics[i].title);
      guint key = 0;
      GdkModifierType mods = 0;

      g_assert_nonnull (listed);
      g_assert_true (gtk_accelerator_parse (listed, &key, &mods));
      g_assert_cmpuint (mods, ==, GDK_ALT_MASK);
      g_assert_cmpuint (key, ==, mnemonic_key (GTK_WIDGET (window), mnemonics[i].action, mnemonics[i].target));
    }

  /* the application's own accelerators */
  {
    g_auto(GStrv) quit = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
    g_auto(GStrv) prefs = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");

    g_assert_cmpstr (quit[0], ==, "<Control>q");
    g_assert_cmpstr (prefs[0], ==, "<Control>comma");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int ret;

  ntm_test_gui_init (&argc, &argv);

  dir = ntm_test_make_temp_dir ();
  path = g_build_filename (dir, "window.db", NULL);
  db = ntm_database_open (path, &error);
  g_assert_no_error (error);

  app = ntm_test_gui_application_new ();

  /* GLib decides once per process whether to translate, so each language
   * runs in a process of its own (meson runs this program twice). */
  if (g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0)
    {
      g_test_add_func ("/window/vi/screenshot", test_screenshot_vietnamese);
      g_test_add_func ("/window/vi/shortcuts-listed", test_shortcuts_listed);
    }
  else
    {
      g_test_add_func ("/window/communes-search", test_communes_search);
      g_test_add_func ("/window/unit-on-start", test_unit_on_start);
      g_test_add_func ("/window/screenshot-english", test_screenshot_english);
      g_test_add_func ("/window/screenshot-after-redraw-request", test_screenshot_after_redraw_request);
      g_test_add_func ("/window/read-only-notice", test_read_only_notice);
      g_test_add_func ("/window/shortcuts-listed", test_shortcuts_listed);
    }

  ret = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
