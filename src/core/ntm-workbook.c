/* ntm-workbook.c: a spreadsheet's cells as text, sheet by sheet
 *
 * What the importers in src/io read from an XLSX, XLS, ODS or CSV file
 * (through GDAL's own drivers), handed to the model layer without GDAL:
 * every sheet with its rows as they are numbered in the spreadsheet, and
 * each cell as the text the driver gives (numbers with a dot, empty cells
 * as NULL). Nothing is interpreted here; ntm-import.c does that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ntm-number.h"
#include "ntm-workbook.h"

typedef struct {
  guint   number;    /* 1-based, as the spreadsheet shows it */
  guint   n_cells;
  char  **cells;     /* NULL for empty */
} Row;

typedef struct {
  char   *name;
  GArray *rows;      /* of Row */
  guint   n_columns;
} Sheet;

struct _NtmWorkbook
{
  GObject    parent_instance;

  char      *path;
  char      *file_name;
  GPtrArray *sheets;   /* of Sheet */
};

G_DEFINE_FINAL_TYPE (NtmWorkbook, ntm_workbook, G_TYPE_OBJECT)

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
row_clear (gpointer data)
{
  Row *row = data;

  for (guint i = 0; i < row->n_cells; i++)
    g_free (row->cells[i]);
  g_free (row->cells);
}

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_free (sheet->name);
  g_array_unref (sheet->rows);
  g_free (sheet);
}

static Sheet *
get_sheet (NtmWorkbook *self,
           guint        sheet)
{
  g_return_val_if_fail (sheet < self->sheets->len, NULL);
  return g_ptr_array_index (self->sheets, sheet);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0xFEFF)
        return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */
/* ---------------------------------------------------------------------- */

static void
ntm_workbook_finalize (GObject *object)
{
  NtmWorkbook *self = NTM_WORKBOOK (object);

  g_free (self->path);
  g_free (self->file_name);
  g_ptr_array_unref (self->sheets);
  G_OBJECT_CLASS (ntm_workbook_parent_class)->finalize (object);
}

static void
ntm_workbook_class_init (NtmWorkbookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ntm_workbook_finalize;
}

static void
ntm_workbook_init (NtmWorkbook *self)
{
  self->sheets = g_ptr_array_new_with_free_func (sheet_free);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_workbook_new:
 * @path: the file the cells come from
 *
 * Returns: (transfer full): an empty workbook
 */
NtmWorkbook *
ntm_workbook_new (const char *path)
{
  NtmWorkbook *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (NTM_TYPE_WORKBOOK, NULL);
  self->path = g_strdup (path);
  self->file_name = g_path_get_basename (path);
  return self;
}

const char *
ntm_workbook_get_path (NtmWorkbook *self)
{
  g_return_val_if_fail (NTM_IS_WORKBOOK (self), NULL);
  return self->path;
}

/**
 * ntm_workbook_get_file_name:
 * @self: a #NtmWorkbook
 *
 * Returns: the file's name without its folder, as the history records it
 */
const char *
ntm_workbook_get_file_name (NtmWorkbook *self)
{
  g_return_val_if_fail (NTM_IS_WORKBOOK (self), NULL);
  return self->file_name;
}

guint
ntm_workbook_add_sheet (NtmWorkbook *self,
                        const char  *name)
{
  Sheet *sheet;

  g_return_val_if_fail (NTM_IS_WORKBOOK (self), 0);

  sheet = g_new0 (Sheet, 1);
  sheet->name = g_strdup (name ? name : "");
  sheet->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (sheet->rows, row_clear);
  g_ptr_array_add (self->sheets, sheet);
  return self->sheets->len - 1;
}

/**
 * ntm_workbook_add_row:
 * @self: a #NtmWorkbook
 * @sheet: the sheet's index
 * @row_number: the row's number in the spreadsheet (1 for the first)
 * @cells: (array length=n_cells) (nullable): the cells' text; %NULL or
 *   blank for an empty cell
 * @n_cells: how many
 *
 * Adds a row after the last one. Blank cells are kept as %NULL.
 */
void
ntm_workbook_add_row (NtmWorkbook        *self,
                      guint               sheet,
                      guint               row_number,
                      const char * const *cells,
                      guint               n_cells)
{
  Sheet *s;
  Row row = { row_number, 0, NULL };

  g_return_if_fail (NTM_IS_WORKBOOK (self));
  s = get_sheet (self, sheet);
  g_return_if_fail (s != NULL);

  /* trailing empty cells are not kept */
  while (n_cells > 0 && is_blank (cells[n_cells - 1]))
    n_cells--;
  row.n_cells = n_cells;
  row.cells = g_new0 (char *, MAX (n_cells, 1));
  for (guint i = 0; i < n_cells; i++)
    row.cells[i] = is_blank (cells[i]) ? NULL : g_strdup (cells[i]);
  s->n_columns = MAX (s->n_columns, n_cells);
  g_array_append_val (s->rows, row);
}

guint
ntm_workbook_get_n_sheets (NtmWorkbook *self)
{
  g_return_val_if_fail (NTM_IS_WORKBOOK (self), 0);
  return self->sheets->len;
}

const char *
ntm_workbook_get_sheet_name (NtmWorkbook *self,
                             guint        sheet)
{
  g_return_val_if_fail (NTM_IS_WORKBOOK (self), NULL);
  return get_sheet (self, sheet)->name;
}

guint
ntm_workbook_get_n_rows (NtmWorkbook *self,
                         guint        sheet)
{
  g_return_val_if_fail (NTM_IS_WORKBOOK (self), 0);
  return get_sheet (self, sheet)->rows->len;
}

guint
ntm_workbook_get_n_columns (NtmWorkbook *self,
                            guint        sheet)
{
  g_return_val_if_fail (NTM_IS_WORKBOOK (self), 0);
  return get_sheet (self, sheet)->n_columns;
}

guint
ntm_workbook_get_row_number (NtmWorkbook *self,
                             guint        sheet,
                             guint        row)
{
  Sheet *s;

  g_return_val_if_fail (NTM_IS_WORKBOOK (self), 0);
  s = get_sheet (self, sheet);
  g_return_val_if_fail (row < s->rows->len, 0);
  return g_array_index (s->rows, Row, row).number;
}

/**
 * ntm_workbook_get_cell:
 * @self: a #NtmWorkbook
 * @sheet: a sheet
 * @row: a row's index (not its number)
 * @column: a column (0 for A)
 *
 * Returns: (nullable): the cell's text, or %NULL when it is empty
 */
const char *
ntm_workbook_get_cell (NtmWorkbook *self,
                       guint        sheet,
                       guint        row,
                       guint        column)
{
  Sheet *s;
  Row *r;

  g_return_val_if_fail (NTM_IS_WORKBOOK (self), NULL);
  s = get_sheet (self, sheet);
  g_return_val_if_fail (row < s->rows->len, NULL);
  r = &g_array_index (s->rows, Row, row);
  return column < r->n_cells ? r->cells[column] : NULL;
}

gboolean
ntm_workbook_row_is_blank (NtmWorkbook *self,
                           guint        sheet,
                           guint        row)
{
  Sheet *s;

  g_return_val_if_fail (NTM_IS_WORKBOOK (self), TRUE);
  s = get_sheet (self, sheet);
  g_return_val_if_fail (row < s->rows->len, TRUE);
  return g_array_index (s->rows, Row, row).n_cells == 0;
}

/**
 * ntm_workbook_is_empty:
 * @self: a #NtmWorkbook
 *
 * Returns: %TRUE when no sheet has a cell with something in it
 */
gboolean
ntm_workbook_is_empty (NtmWorkbook *self)
{
  g_return_val_if_fail (NTM_IS_WORKBOOK (self), TRUE);

  for (guint s = 0; s < self->sheets->len; s++)
    for (guint r = 0; r < get_sheet (self, s)->rows->len; r++)
      if (!ntm_workbook_row_is_blank (self, s, r))
        return FALSE;
  return TRUE;
}

/**
 * ntm_cell_reference:
 * @sheet: the sheet's name
 * @row_number: the row's number (1 for the first)
 * @column: the column (0 for A)
 *
 * Returns: (transfer full): the cell as a spreadsheet names it, e.g.
 *   "Sheet1!F23"
 */
char *
ntm_cell_reference (const char *sheet,
                    guint       row_number,
                    guint       column)
{
  char letters[8];
  int n = 0;
  guint c = column + 1;

  while (c > 0 && n < (int) sizeof letters - 1)
    {
      letters[n++] = 'A' + (c - 1) % 26;
      c = (c - 1) / 26;
    }
  letters[n] = '\0';
  for (int i = 0; i < n / 2; i++)
    {
      char t = letters[i];
      letters[i] = letters[n - 1 - i];
      letters[n - 1 - i] = t;
    }
  {
    /* many thousand references per import: no format string */
    char digits[NTM_DIGITS_SIZE];

    return g_strconcat (sheet, "!", letters, ntm_number_digits (row_number, digits), NULL);
  }
}
