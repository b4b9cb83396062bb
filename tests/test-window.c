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
#include "ntm-communes-page.h"
#include "ntm-screenshot.h"
#include "ntm-test-gui.h"
#include "ntm-test-utils.h"
#include "ntm-window.h"

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

  ntm_communes_page_set_search_text (page, "zzzz không có");
  g_assert_cmpuint (ntm_communes_page_get_n_visible (page), ==, 0);

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
    }
  else
    {
      g_test_add_func ("/window/communes-search", test_communes_search);
      g_test_add_func ("/window/unit-on-start", test_unit_on_start);
      g_test_add_func ("/window/screenshot-english", test_screenshot_english);
      g_test_add_func ("/window/read-only-notice", test_read_only_notice);
    }

  ret = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&db);
  ntm_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
