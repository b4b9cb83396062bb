/* test-templates.c: every widget class of src/gui/ is a GtkBuilder template
 *
 * The classes are found in the sources, not in a list kept by hand: each
 * G_DEFINE_…TYPE of the .c files of src/gui/ whose type is a GtkWidget
 * must have a template in the resources (<template class="NtmX" …> in one
 * of the .ui files under /com/example/Ntm/), and an instance of it must hold what the
 * template declares: a widget of each id of the template, a response of
 * each <response> (the message dialogs). A class that builds its widgets
 * in C fails here, with its name. Abstract classes (NtmPage) have no
 * instance and are left out.
 *
 * The program is linked with the whole GUI library and exports its
 * symbols, so that each class's get_type() is found by its name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gmodule.h>
#include <string.h>

#include "ntm-test-gui.h"
#include "ntm-test-utils.h"

#define RESOURCE_PATH "/com/example/Ntm/"

static char *temp_dir;
static NtmDatabase *db;   /* for the classes that take one when made */

typedef struct {
  char *name;        /* NtmUnitRow */
  char *get_type;    /* ntm_unit_row_get_type */
  char *file;        /* ntm-unit-row.c */
} Class;

static void
class_free (Class *c)
{
  g_free (c->name);
  g_free (c->get_type);
  g_free (c->file);
  g_free (c);
}

/* What a template declares */
typedef struct {
  const char *class_name;
  gboolean    found;
  int         depth;         /* inside the template, > 0 */
  GPtrArray  *object_ids;    /* "GtkLabel:what_label", … */
  GPtrArray  *response_ids;
} Template;

/* ---------------------------------------------------------------------- */
/* The classes, from the sources                                          */
/* ---------------------------------------------------------------------- */

static GPtrArray *
list_gui_classes (void)
{
  g_autofree char *folder = g_build_filename (g_getenv ("NTM_SOURCE_DIR"), "src", "gui", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GRegex) define = g_regex_new ("G_DEFINE_(?:FINAL_|ABSTRACT_)?TYPE(?:_WITH_PRIVATE|_WITH_CODE)?"
                                          "\\s*\\(\\s*(\\w+)\\s*,\\s*(\\w+)\\s*,",
                                          0, 0, NULL);
  GPtrArray *classes = g_ptr_array_new_with_free_func ((GDestroyNotify) class_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (!g_str_has_suffix (name, ".c"))
        continue;
      path = g_build_filename (folder, name, NULL);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_regex_match (define, text, 0, &match);
      while (g_match_info_matches (match))
        {
          Class *c = g_new0 (Class, 1);
          g_autofree char *prefix = g_match_info_fetch (match, 2);

          c->name = g_match_info_fetch (match, 1);
          c->get_type = g_strconcat (prefix, "_get_type", NULL);
          c->file = g_strdup (name);
          g_ptr_array_add (classes, c);
          g_match_info_next (match, NULL);
        }
    }
  return classes;
}

static GType
class_type (GModule     *self,
            const Class *c)
{
  GType (*get_type) (void) = NULL;

  if (!g_module_symbol (self, c->get_type, (gpointer *) &get_type) || get_type == NULL)
    g_error ("%s (%s): %s() is not in the program", c->name, c->file, c->get_type);
  return get_type ();
}

/* ---------------------------------------------------------------------- */
/* The templates, from the resources                                      */
/* ---------------------------------------------------------------------- */

static const char *
attribute (const char **names,
           const char **values,
           const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

static void
on_start_element (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Template *t = user_data;

  if (t->depth > 0)
    {
      t->depth++;
      if (g_str_equal (element, "object") && attribute (names, values, "id") != NULL)
        g_ptr_array_add (t->object_ids, g_strdup_printf ("%s:%s", attribute (names, values, "class"),
                                                         attribute (names, values, "id")));
      else if (g_str_equal (element, "response") && attribute (names, values, "id") != NULL)
        g_ptr_array_add (t->response_ids, g_strdup (attribute (names, values, "id")));
    }
  else if (g_str_equal (element, "template") &&
           g_strcmp0 (attribute (names, values, "class"), t->class_name) == 0)
    {
      t->found = TRUE;
      t->depth = 1;
    }
}

static void
on_end_element (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Template *t = user_data;

  if (t->depth > 0)
    t->depth--;
}

/* Looks for the template of @class_name in every .ui of the resources;
 * returns the resource it is in, or NULL. */
static char *
find_template (Template *t)
{
  static const GMarkupParser parser = { on_start_element, on_end_element, NULL, NULL, NULL };
  g_auto(GStrv) names = g_resources_enumerate_children (RESOURCE_PATH, 0, NULL);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GMarkupParseContext) context = NULL;
      g_autoptr(GError) error = NULL;
      gsize size;
      const char *data;

      if (!g_str_has_suffix (names[i], ".ui"))
        continue;
      bytes = g_resources_lookup_data (path, 0, &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &size);
      context = g_markup_parse_context_new (&parser, 0, t, NULL);
      g_assert_true (g_markup_parse_context_parse (context, data, size, &error));
      g_assert_no_error (error);
      if (t->found)
        return g_steal_pointer (&path);
    }
  return NULL;
}

/* ---------------------------------------------------------------------- */
/* The instance                                                           */
/* ---------------------------------------------------------------------- */

static gboolean
has_descendant_with_id (GtkWidget  *widget,
                        const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_descendant_with_id (child, id))
      return TRUE;
  return FALSE;
}

/* An instance of @type, given an object of the type each construct-only
 * object property asks for: the seeded database, or a new object (the
 * NtmUnit of a unit row, …) */
static GtkWidget *
new_instance (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  guint n_pspecs;
  GtkWidget *widget;

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GType value_type = pspecs[i]->value_type;
      GValue value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) == 0 || !G_IS_PARAM_SPEC_OBJECT (pspecs[i]) ||
          G_TYPE_IS_ABSTRACT (value_type) || !G_TYPE_IS_INSTANTIATABLE (value_type) ||
          g_type_is_a (value_type, GTK_TYPE_WIDGET))
        continue;
      g_value_init (&value, value_type);
      if (g_type_is_a (NTM_TYPE_DATABASE, value_type))
        g_value_set_object (&value, db);
      else
        g_value_take_object (&value, g_object_new (value_type, NULL));
      g_ptr_array_add (names, (gpointer) pspecs[i]->name);
      g_array_append_val (values, value);
    }
  widget = GTK_WIDGET (g_object_new_with_properties (type, names->len, (const char **) names->pdata,
                                                     (const GValue *) values->data));
  return g_object_ref_sink (widget);
}

/* Checks an instance of @type against its template */
static void
check_instance (GType     type,
                Template *t)
{
  GtkWidget *widget = new_instance (type);
  guint checked = 0;

  for (guint i = 0; i < t->object_ids->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (t->object_ids, i), ":", 2);
      GType object_type = g_type_from_name (parts[0]);

      /* widgets only: models, size groups, … are not in the widget tree */
      if (object_type == 0 || !g_type_is_a (object_type, GTK_TYPE_WIDGET))
        continue;
      /* bound to the class, or in the widget tree (a collapsed expander's
       * child is out of it, but bound) */
      if (gtk_widget_get_template_child (widget, type, parts[1]) == NULL &&
          !has_descendant_with_id (widget, parts[1]))
        g_error ("%s: no widget “%s” in an instance, though its template declares it", t->class_name, parts[1]);
      checked++;
    }
  for (guint i = 0; i < t->response_ids->len; i++)
    {
      g_assert_true (ADW_IS_MESSAGE_DIALOG (widget));
      if (!adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (widget), g_ptr_array_index (t->response_ids, i)))
        g_error ("%s: no response “%s” in an instance, though its template declares it", t->class_name,
                 (char *) g_ptr_array_index (t->response_ids, i));
      checked++;
    }
  g_test_message ("%s: %u parts of the template found in an instance", t->class_name, checked);
  if (checked == 0)
    g_error ("%s: its template declares no widget with an id and no response, so nothing shows that an "
             "instance is built from it", t->class_name);

  if (GTK_IS_WINDOW (widget))
    gtk_window_destroy (GTK_WINDOW (widget));
  g_object_unref (widget);
}

/* ---------------------------------------------------------------------- */

static void
test_every_widget_class (void)
{
  g_autoptr(GPtrArray) classes = list_gui_classes ();
  GModule *self = g_module_open (NULL, 0);
  guint n_widgets = 0;

  g_assert_nonnull (self);
  /* the base of the views, and a few more, at least */
  g_assert_cmpuint (classes->len, >, 20);

  for (guint i = 0; i < classes->len; i++)
    {
      Class *c = g_ptr_array_index (classes, i);
      GType type = class_type (self, c);
      g_autoptr(GPtrArray) object_ids = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) response_ids = g_ptr_array_new_with_free_func (g_free);
      Template t = { c->name, FALSE, 0, object_ids, response_ids };
      g_autofree char *resource = NULL;

      g_assert_cmpstr (g_type_name (type), ==, c->name);
      if (!g_type_is_a (type, GTK_TYPE_WIDGET))
        continue;
      if (G_TYPE_IS_ABSTRACT (type))
        {
          g_test_message ("%s (%s): abstract, left out", c->name, c->file);
          continue;
        }
      n_widgets++;

      resource = find_template (&t);
      if (resource == NULL)
        g_error ("%s (%s) is a widget without a template: no <template class=\"%s\"> in " RESOURCE_PATH "*.ui",
                 c->name, c->file, c->name);
      g_test_message ("%s (%s): %s", c->name, c->file, resource);
      check_instance (type, &t);
    }

  g_test_message ("%u widget classes, each a template", n_widgets);
  g_assert_cmpuint (n_widgets, >, 20);
  g_module_close (self);
}

int
main (int argc, char *argv[])
{
  int status;

  ntm_test_gui_init (&argc, &argv);
  temp_dir = ntm_test_make_temp_dir ();
  db = ntm_test_open_database (temp_dir, "templates.db");

  g_test_add_func ("/templates/every-widget-class", test_every_widget_class);

  status = g_test_run ();
  g_object_unref (db);
  ntm_test_remove_tree (temp_dir);
  g_free (temp_dir);
  return status;
}
