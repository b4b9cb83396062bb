/* test-preferences.c: the Preferences window's rows for reports
 *
 * What is typed in Preferences → Reports goes to the settings the reports
 * read, and what the settings hold shows in the rows. A screenshot of the
 * window is left in the build folder to be looked at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ntm-preferences-window.h"
#include "ntm-screenshot.h"

static GtkWidget *
child (NtmPreferencesWindow *window,
       const char           *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), NTM_TYPE_PREFERENCES_WINDOW, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
test_report_rows (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  NtmPreferencesWindow *window = ntm_preferences_window_new (NULL);
  GtkTextBuffer *buffer;
  GtkTextIter end;
  g_autofree char *recipients = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *shots = g_build_filename (g_getenv ("NTM_BUILD_DIR"), "screenshots", NULL);
  g_autoptr(GError) error = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 640, 900);
  gtk_window_present (GTK_WINDOW (window));
  ntm_widget_wait_for_frame (GTK_WIDGET (window));

  /* the defaults show */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (window, "issuing_body_row"))), ==,
                   "VĂN PHÒNG ĐIỀU PHỐI NTM");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (window, "number_prefix_row"))), ==, "BC-VPĐP");

  /* typed, they are kept */
  gtk_editable_set_text (GTK_EDITABLE (child (window, "issuing_body_row")), "Văn phòng Điều phối NTM tỉnh");
  gtk_editable_set_text (GTK_EDITABLE (child (window, "signer_name_row")), "Trần Thị Bình");
  {
    g_autofree char *body = g_settings_get_string (settings, "report-issuing-body");
    g_autofree char *signer = g_settings_get_string (settings, "report-signer-name");

    g_assert_cmpstr (body, ==, "Văn phòng Điều phối NTM tỉnh");
    g_assert_cmpstr (signer, ==, "Trần Thị Bình");
  }
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (window, "recipients_view")));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\nSở Tài chính", -1);
  recipients = g_settings_get_string (settings, "report-recipients");
  g_assert_true (g_str_has_suffix (recipients, "\nSở Tài chính"));

  /* and a change of the settings shows in the rows */
  g_settings_set_string (settings, "report-place", "Kỳ Anh");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (window, "place_row"))), ==, "Kỳ Anh");

  ntm_widget_wait_for_frame (GTK_WIDGET (window));
  g_mkdir_with_parents (shots, 0755);
  shot = g_strdup_printf ("%s/preferences-reports-%s.png", shots,
                          g_strcmp0 (g_getenv ("LANGUAGE"), "vi") == 0 ? "vi" : "en");
  g_assert_true (ntm_widget_save_png (GTK_WIDGET (window), shot, &error));
  g_assert_no_error (error);

  gtk_window_destroy (GTK_WINDOW (window));
  for (const char * const *key = (const char * const []) { "report-issuing-body", "report-signer-name",
                                                           "report-recipients", "report-place", NULL };
       *key != NULL; key++)
    g_settings_reset (settings, *key);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("NTM_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/preferences/report-rows", test_report_rows);

  return g_test_run ();
}
