/* ntm-choice.c: one choice of a drop-down, bound to its value
 *
 * A drop-down used to be a list of labels and, beside it, a table from
 * the position chosen to the value it stands for, kept in step by hand.
 * Here each item of the drop-down's model carries its value (an enum
 * value, or a code such as a unit's), so the code asks "which value is
 * chosen" and "choose this value", never "which position". An enum's
 * choices come from its GType, in its declared order; the .ui file shows
 * them through the "label" property:
 *
 *   <property name="expression">
 *     <lookup type="NtmChoice" name="label"/>
 *   </property>
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-choice.h"

struct _NtmChoice
{
  GObject  parent_instance;

  int      value;
  char    *id;
  char    *label;
};

G_DEFINE_FINAL_TYPE (NtmChoice, ntm_choice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_ID,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_choice_finalize (GObject *object)
{
  NtmChoice *self = NTM_CHOICE (object);

  g_free (self->id);
  g_free (self->label);

  G_OBJECT_CLASS (ntm_choice_parent_class)->finalize (object);
}

static void
ntm_choice_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NtmChoice *self = NTM_CHOICE (object);

  switch (prop_id)
    {
    case PROP_VALUE: g_value_set_int (value, self->value); break;
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_LABEL: g_value_set_string (value, self->label); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ntm_choice_class_init (NtmChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ntm_choice_finalize;
  object_class->get_property = ntm_choice_get_property;

  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ntm_choice_init (NtmChoice *self)
{
}

/* ---------------------------------------------------------------------- */
/* Public API: one choice                                                 */
/* ---------------------------------------------------------------------- */

/**
 * ntm_choice_new:
 * @value: the value it stands for (an enum value, or %NTM_CHOICE_ANY)
 * @id: (nullable): the code it stands for (an enum value's nick, a unit's
 *   code)
 * @label: what a person reads
 *
 * Returns: (transfer full): a choice
 */
NtmChoice *
ntm_choice_new (int         value,
                const char *id,
                const char *label)
{
  NtmChoice *self;

  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (NTM_TYPE_CHOICE, NULL);
  self->value = value;
  self->id = g_strdup (id);
  self->label = g_strdup (label);
  return self;
}

int
ntm_choice_get_value (NtmChoice *self)
{
  g_return_val_if_fail (NTM_IS_CHOICE (self), NTM_CHOICE_ANY);
  return self->value;
}

const char *
ntm_choice_get_id (NtmChoice *self)
{
  g_return_val_if_fail (NTM_IS_CHOICE (self), NULL);
  return self->id;
}

const char *
ntm_choice_get_label (NtmChoice *self)
{
  g_return_val_if_fail (NTM_IS_CHOICE (self), NULL);
  return self->label;
}

/* ---------------------------------------------------------------------- */
/* Public API: lists of choices                                           */
/* ---------------------------------------------------------------------- */

/**
 * ntm_choice_list_new:
 * @any_label: (nullable): the label of a first choice standing for every
 *   value (%NTM_CHOICE_ANY, no id), or %NULL for none
 *
 * Returns: (transfer full): a list of #NtmChoice
 */
GListStore *
ntm_choice_list_new (const char *any_label)
{
  GListStore *list = g_list_store_new (NTM_TYPE_CHOICE);

  if (any_label != NULL)
    ntm_choice_list_append (list, NTM_CHOICE_ANY, NULL, any_label);
  return list;
}

/**
 * ntm_choice_list_new_for_enum:
 * @enum_type: a registered enum
 * @label: gives each value's label
 * @any_label: (nullable): see ntm_choice_list_new()
 *
 * Returns: (transfer full): a choice per value of @enum_type, in its
 *   declared order, each with the value's nick as its id
 */
GListStore *
ntm_choice_list_new_for_enum (GType               enum_type,
                              NtmChoiceLabelFunc  label,
                              const char         *any_label)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  GListStore *list;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  enum_class = g_type_class_ref (enum_type);
  list = ntm_choice_list_new (any_label);
  for (guint i = 0; i < enum_class->n_values; i++)
    ntm_choice_list_append (list, enum_class->values[i].value, enum_class->values[i].value_nick,
                            label (enum_class->values[i].value));
  return list;
}

void
ntm_choice_list_append (GListStore *list,
                        int         value,
                        const char *id,
                        const char *label)
{
  g_autoptr(NtmChoice) choice = NULL;

  g_return_if_fail (G_IS_LIST_STORE (list));

  choice = ntm_choice_new (value, id, label);
  g_list_store_append (list, choice);
}

/**
 * ntm_choice_list_find_value:
 * @list: a list of #NtmChoice
 * @value: a value
 *
 * Returns: the position of the first choice for @value, or
 *   %GTK_INVALID_LIST_POSITION
 */
guint
ntm_choice_list_find_value (GListModel *list,
                            int         value)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (list), GTK_INVALID_LIST_POSITION);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(NtmChoice) choice = g_list_model_get_item (list, i);

      if (choice->value == value)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * ntm_choice_list_find_id:
 * @list: a list of #NtmChoice
 * @id: (nullable): an id; %NULL finds the choice without one ("All …")
 *
 * Returns: the position of the first choice for @id, or
 *   %GTK_INVALID_LIST_POSITION
 */
guint
ntm_choice_list_find_id (GListModel *list,
                         const char *id)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (list), GTK_INVALID_LIST_POSITION);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(NtmChoice) choice = g_list_model_get_item (list, i);

      if (g_strcmp0 (choice->id, id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* ---------------------------------------------------------------------- */
/* Public API: the widgets that show them                                 */
/* ---------------------------------------------------------------------- */

/**
 * ntm_drop_down_get_choice:
 * @drop_down: a drop-down whose model holds #NtmChoice
 *
 * Returns: (transfer none) (nullable): the choice made
 */
NtmChoice *
ntm_drop_down_get_choice (GtkDropDown *drop_down)
{
  gpointer item;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (drop_down), NULL);

  item = gtk_drop_down_get_selected_item (drop_down);
  return NTM_IS_CHOICE (item) ? item : NULL;
}

/* The value chosen; %NTM_CHOICE_ANY when nothing is. */
int
ntm_drop_down_get_value (GtkDropDown *drop_down)
{
  NtmChoice *choice = ntm_drop_down_get_choice (drop_down);

  return choice != NULL ? choice->value : NTM_CHOICE_ANY;
}

/* The id chosen; %NULL for "All …" or when nothing is chosen. */
const char *
ntm_drop_down_get_id (GtkDropDown *drop_down)
{
  NtmChoice *choice = ntm_drop_down_get_choice (drop_down);

  return choice != NULL ? choice->id : NULL;
}

/* Returns: %TRUE when @value is among the choices (and now chosen). */
gboolean
ntm_drop_down_select_value (GtkDropDown *drop_down,
                            int          value)
{
  guint position;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (drop_down), FALSE);

  if (gtk_drop_down_get_model (drop_down) == NULL)
    return FALSE;
  position = ntm_choice_list_find_value (gtk_drop_down_get_model (drop_down), value);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_drop_down_set_selected (drop_down, position);
  return TRUE;
}

gboolean
ntm_drop_down_select_id (GtkDropDown *drop_down,
                         const char  *id)
{
  guint position;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (drop_down), FALSE);

  if (gtk_drop_down_get_model (drop_down) == NULL)
    return FALSE;
  position = ntm_choice_list_find_id (gtk_drop_down_get_model (drop_down), id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_drop_down_set_selected (drop_down, position);
  return TRUE;
}

NtmChoice *
ntm_combo_row_get_choice (AdwComboRow *row)
{
  gpointer item;

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), NULL);

  item = adw_combo_row_get_selected_item (row);
  return NTM_IS_CHOICE (item) ? item : NULL;
}

int
ntm_combo_row_get_value (AdwComboRow *row)
{
  NtmChoice *choice = ntm_combo_row_get_choice (row);

  return choice != NULL ? choice->value : NTM_CHOICE_ANY;
}

const char *
ntm_combo_row_get_id (AdwComboRow *row)
{
  NtmChoice *choice = ntm_combo_row_get_choice (row);

  return choice != NULL ? choice->id : NULL;
}

gboolean
ntm_combo_row_select_value (AdwComboRow *row,
                            int          value)
{
  guint position;

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), FALSE);

  if (adw_combo_row_get_model (row) == NULL)
    return FALSE;
  position = ntm_choice_list_find_value (adw_combo_row_get_model (row), value);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  adw_combo_row_set_selected (row, position);
  return TRUE;
}

gboolean
ntm_combo_row_select_id (AdwComboRow *row,
                         const char  *id)
{
  guint position;

  g_return_val_if_fail (ADW_IS_COMBO_ROW (row), FALSE);

  if (adw_combo_row_get_model (row) == NULL)
    return FALSE;
  position = ntm_choice_list_find_id (adw_combo_row_get_model (row), id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  adw_combo_row_set_selected (row, position);
  return TRUE;
}
