/* ntm-test-xls.c: writes Excel 97–2003 workbooks (.xls) for the tests
 *
 * Offices still keep many of their tables as .xls, and no library to write
 * one is packaged for the platform, so the tests build their own: a BIFF8
 * workbook stream (text through the shared string table, numbers, merged
 * ranges) inside a compound file with one stream. That is what Excel and
 * LibreOffice write for such a table, less the formatting. A formula is
 * stored as its result, which is what GDAL reads of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ntm-test-xls.h"

#define SECTOR 512
#define END_OF_CHAIN 0xFFFFFFFEu
#define FAT_SECTOR 0xFFFFFFFDu
#define FREE_SECTOR 0xFFFFFFFFu
#define NO_STREAM 0xFFFFFFFFu
/* below this size a stream would go to the mini stream, which this writer
 * does not make: the workbook stream is padded up to it */
#define MINI_STREAM_CUTOFF 4096
/* the most data one BIFF record holds; more goes on in CONTINUE records */
#define MAX_RECORD_DATA 8224
#define CELL_XF 15

typedef struct {
  guint16 row, column;
  gboolean is_number;
  double number;
  guint32 string;
} Cell;

typedef struct {
  guint16 first_row, last_row, first_column, last_column;
} Range;

struct _NtmTestXlsSheet {
  char   *name;
  GArray *cells;   /* Cell */
  GArray *merged;  /* Range */
};

struct _NtmTestXls {
  GPtrArray  *sheets;
  GPtrArray  *strings;   /* the shared string table, in order */
  GHashTable *string_index;
  guint       n_string_uses;
};

static void
sheet_free (gpointer data)
{
  NtmTestXlsSheet *sheet = data;

  g_free (sheet->name);
  g_array_unref (sheet->cells);
  g_array_unref (sheet->merged);
  g_free (sheet);
}

NtmTestXls *
ntm_test_xls_new (void)
{
  NtmTestXls *self = g_new0 (NtmTestXls, 1);

  self->sheets = g_ptr_array_new_with_free_func (sheet_free);
  self->strings = g_ptr_array_new_with_free_func (g_free);
  self->string_index = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

void
ntm_test_xls_free (NtmTestXls *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->sheets);
  g_hash_table_unref (self->string_index);
  g_ptr_array_unref (self->strings);
  g_free (self);
}

NtmTestXlsSheet *
ntm_test_xls_add_sheet (NtmTestXls *self,
                        const char *name)
{
  NtmTestXlsSheet *sheet = g_new0 (NtmTestXlsSheet, 1);

  sheet->name = g_strdup (name);
  sheet->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  sheet->merged = g_array_new (FALSE, TRUE, sizeof (Range));
  g_ptr_array_add (self->sheets, sheet);
  return sheet;
}

static guint32
intern_string (NtmTestXls *self,
               const char *text)
{
  gpointer found;

  self->n_string_uses++;
  if (g_hash_table_lookup_extended (self->string_index, text, NULL, &found))
    return GPOINTER_TO_UINT (found);
  g_ptr_array_add (self->strings, g_strdup (text));
  g_hash_table_insert (self->string_index, g_ptr_array_index (self->strings, self->strings->len - 1),
                       GUINT_TO_POINTER (self->strings->len - 1));
  return self->strings->len - 1;
}

void
ntm_test_xls_put_cell (NtmTestXls      *self,
                       NtmTestXlsSheet *sheet,
                       guint            row,
                       guint            column,
                       const char      *text)
{
  Cell cell = { row, column, FALSE, 0, 0 };

  g_assert_cmpuint (row, <, 65536);
  g_assert_cmpuint (column, <, 256);
  if (text == NULL || *text == '\0')
    return;
  if (text[0] == '#')
    {
      cell.is_number = TRUE;
      cell.number = g_ascii_strtod (text + 1, NULL);
    }
  else if (text[0] == '=')
    {
      const char *bar = strchr (text, '|');

      g_assert_nonnull (bar);
      cell.is_number = TRUE;
      cell.number = g_ascii_strtod (bar + 1, NULL);
    }
  else
    cell.string = intern_string (self, text);
  g_array_append_val (sheet->cells, cell);
}

void
ntm_test_xls_put_row (NtmTestXls         *self,
                      NtmTestXlsSheet    *sheet,
                      guint               row,
                      const char * const *cells,
                      guint               n)
{
  for (guint c = 0; c < n; c++)
    ntm_test_xls_put_cell (self, sheet, row, c, cells[c]);
}

void
ntm_test_xls_merge (NtmTestXls      *self,
                    NtmTestXlsSheet *sheet,
                    guint            first_row,
                    guint            first_column,
                    guint            last_row,
                    guint            last_column,
                    const char      *text)
{
  Range range = { first_row, last_row, first_column, last_column };

  g_array_append_val (sheet->merged, range);
  ntm_test_xls_put_cell (self, sheet, first_row, first_column, text);
}

/* ---------------------------------------------------------------------- */
/* The BIFF8 stream                                                       */
/* ---------------------------------------------------------------------- */

static void
put16 (GByteArray *out,
       guint16     value)
{
  guint8 b[2] = { value & 0xff, value >> 8 };
  g_byte_array_append (out, b, 2);
}

static void
put32 (GByteArray *out,
       guint32     value)
{
  put16 (out, value & 0xffff);
  put16 (out, value >> 16);
}

static void
set32 (GByteArray *out,
       gsize       at,
       guint32     value)
{
  for (int i = 0; i < 4; i++)
    out->data[at + i] = (value >> (8 * i)) & 0xff;
}

static void
record (GByteArray   *out,
        guint16       type,
        const guint8 *data,
        gsize         size)
{
  g_assert_cmpuint (size, <=, MAX_RECORD_DATA);
  put16 (out, type);
  put16 (out, size);
  if (size > 0)
    g_byte_array_append (out, data, size);
}

/* Text as UTF-16LE code units. */
static GArray *
utf16 (const char *text)
{
  glong n = 0;
  g_autofree gunichar2 *units = g_utf8_to_utf16 (text, -1, NULL, &n, NULL);
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (gunichar2), n);

  g_assert_nonnull (units);
  g_array_append_vals (out, units, n);
  return out;
}

/* An XLUnicodeString (16-bit length) or, when @short_form, a
 * ShortXLUnicodeString (8-bit length), always in UTF-16. */
static void
put_string (GByteArray *out,
            const char *text,
            gboolean    short_form)
{
  g_autoptr(GArray) units = utf16 (text);

  if (short_form)
    {
      guint8 n = units->len;
      g_assert_cmpuint (units->len, <, 256);
      g_byte_array_append (out, &n, 1);
    }
  else
    put16 (out, units->len);
  g_byte_array_append (out, (const guint8 *) "\x01", 1);
  for (guint i = 0; i < units->len; i++)
    put16 (out, g_array_index (units, gunichar2, i));
}

static void
bof (GByteArray *out,
     guint16     kind)
{
  g_autoptr(GByteArray) d = g_byte_array_new ();

  put16 (d, 0x0600);  /* BIFF8 */
  put16 (d, kind);
  put16 (d, 0x0DBB);  /* build */
  put16 (d, 0x07CC);  /* year */
  put32 (d, 0);
  put32 (d, 0x0006);
  record (out, 0x0809, d->data, d->len);
}

static void
font (GByteArray *out)
{
  g_autoptr(GByteArray) d = g_byte_array_new ();

  put16 (d, 200);     /* 10 pt */
  put16 (d, 0);
  put16 (d, 0x7FFF);  /* automatic colour */
  put16 (d, 400);     /* normal weight */
  put16 (d, 0);
  g_byte_array_append (d, (const guint8 *) "\0\0\0\0", 4);
  put_string (d, "Arial", TRUE);
  record (out, 0x0031, d->data, d->len);
}

static void
xf (GByteArray *out,
    gboolean    style)
{
  g_autoptr(GByteArray) d = g_byte_array_new ();

  put16 (d, 0);                            /* font */
  put16 (d, 0);                            /* format: General */
  put16 (d, style ? 0xFFF5 : 0x0001);      /* locked; a style's parent is none */
  put16 (d, 0x0020);                       /* bottom aligned */
  put16 (d, 0);
  put16 (d, style ? 0xF400 : 0x0000);
  put32 (d, 0);
  put32 (d, 0);
  put16 (d, 0x20C0);                       /* default pattern colours */
  record (out, 0x00E0, d->data, d->len);
}

/* The shared string table, in CONTINUE records past the first 8224
 * bytes; a string starts a new record rather than being split. */
static void
shared_strings (NtmTestXls *self,
                GByteArray *out)
{
  g_autoptr(GByteArray) d = g_byte_array_new ();
  guint16 type = 0x00FC;

  put32 (d, self->n_string_uses);
  put32 (d, self->strings->len);
  for (guint i = 0; i < self->strings->len; i++)
    {
      g_autoptr(GByteArray) s = g_byte_array_new ();

      put_string (s, g_ptr_array_index (self->strings, i), FALSE);
      g_assert_cmpuint (s->len, <=, MAX_RECORD_DATA);
      if (d->len + s->len > MAX_RECORD_DATA)
        {
          record (out, type, d->data, d->len);
          g_byte_array_set_size (d, 0);
          type = 0x003C;
        }
      g_byte_array_append (d, s->data, s->len);
    }
  record (out, type, d->data, d->len);
}

static void
write_sheet (NtmTestXlsSheet *sheet,
             GByteArray      *out)
{
  guint rows = 0, columns = 0;

  for (guint i = 0; i < sheet->cells->len; i++)
    {
      Cell *c = &g_array_index (sheet->cells, Cell, i);
      rows = MAX (rows, c->row + 1u);
      columns = MAX (columns, c->column + 1u);
    }

  bof (out, 0x0010);
  {
    g_autoptr(GByteArray) d = g_byte_array_new ();

    put32 (d, 0);
    put32 (d, rows);
    put16 (d, 0);
    put16 (d, columns);
    put16 (d, 0);
    record (out, 0x0200, d->data, d->len);  /* DIMENSIONS */
  }
  for (guint i = 0; i < sheet->cells->len; i++)
    {
      Cell *c = &g_array_index (sheet->cells, Cell, i);
      g_autoptr(GByteArray) d = g_byte_array_new ();

      put16 (d, c->row);
      put16 (d, c->column);
      put16 (d, CELL_XF);
      if (c->is_number)
        {
          guint64 bits;

          memcpy (&bits, &c->number, sizeof bits);
          put32 (d, bits & 0xffffffffu);
          put32 (d, bits >> 32);
          record (out, 0x0203, d->data, d->len);  /* NUMBER */
        }
      else
        {
          put32 (d, c->string);
          record (out, 0x00FD, d->data, d->len);  /* LABELSST */
        }
    }
  if (sheet->merged->len > 0)
    {
      g_autoptr(GByteArray) d = g_byte_array_new ();

      g_assert_cmpuint (sheet->merged->len, <=, 1026);
      put16 (d, sheet->merged->len);
      for (guint i = 0; i < sheet->merged->len; i++)
        {
          Range *r = &g_array_index (sheet->merged, Range, i);
          put16 (d, r->first_row);
          put16 (d, r->last_row);
          put16 (d, r->first_column);
          put16 (d, r->last_column);
        }
      record (out, 0x00E5, d->data, d->len);  /* MERGEDCELLS */
    }
  record (out, 0x000A, NULL, 0);  /* EOF */
}

static GByteArray *
workbook_stream (NtmTestXls *self)
{
  GByteArray *out = g_byte_array_new ();
  g_autoptr(GArray) sheet_offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  const guint8 codepage[2] = { 0xB0, 0x04 };  /* 1200: UTF-16 */

  bof (out, 0x0005);
  record (out, 0x0042, codepage, sizeof codepage);
  for (int i = 0; i < 5; i++)
    font (out);
  for (int i = 0; i < CELL_XF; i++)
    xf (out, TRUE);
  xf (out, FALSE);
  for (guint s = 0; s < self->sheets->len; s++)
    {
      NtmTestXlsSheet *sheet = g_ptr_array_index (self->sheets, s);
      g_autoptr(GByteArray) d = g_byte_array_new ();
      gsize at = out->len + 4;

      g_array_append_val (sheet_offsets, at);
      put32 (d, 0);  /* where the sheet starts: set below */
      g_byte_array_append (d, (const guint8 *) "\0\0", 2);  /* visible worksheet */
      put_string (d, sheet->name, TRUE);
      record (out, 0x0085, d->data, d->len);  /* BOUNDSHEET */
    }
  /* padding up to the mini stream's cutoff: strings no cell uses */
  {
    gsize sheets_size = 0;

    for (guint s = 0; s < self->sheets->len; s++)
      {
        g_autoptr(GByteArray) probe = g_byte_array_new ();
        write_sheet (g_ptr_array_index (self->sheets, s), probe);
        sheets_size += probe->len;
      }
    for (;;)
      {
        g_autoptr(GByteArray) probe = g_byte_array_new ();

        shared_strings (self, probe);
        if (out->len + probe->len + 4 + sheets_size >= MINI_STREAM_CUTOFF)
          break;
        g_ptr_array_add (self->strings, g_strdup_printf ("(%u)", self->strings->len));
      }
  }
  shared_strings (self, out);
  record (out, 0x000A, NULL, 0);

  for (guint s = 0; s < self->sheets->len; s++)
    {
      set32 (out, g_array_index (sheet_offsets, gsize, s), out->len);
      write_sheet (g_ptr_array_index (self->sheets, s), out);
    }
  g_assert_cmpuint (out->len, >=, MINI_STREAM_CUTOFF);
  return out;
}

/* ---------------------------------------------------------------------- */
/* The compound file                                                      */
/* ---------------------------------------------------------------------- */

static void
directory_entry (GByteArray *out,
                 const char *name,
                 guint8      kind,
                 guint32     child,
                 guint32     start,
                 guint32     size)
{
  gsize at = out->len;

  g_byte_array_set_size (out, at + 128);
  memset (out->data + at, 0, 128);
  if (name != NULL)
    {
      g_autoptr(GArray) units = utf16 (name);

      for (guint i = 0; i < units->len; i++)
        {
          out->data[at + 2 * i] = g_array_index (units, gunichar2, i) & 0xff;
          out->data[at + 2 * i + 1] = g_array_index (units, gunichar2, i) >> 8;
        }
      out->data[at + 0x40] = (units->len + 1) * 2;
      out->data[at + 0x42] = kind;
      out->data[at + 0x43] = 1;  /* black */
    }
  set32 (out, at + 0x44, NO_STREAM);
  set32 (out, at + 0x48, NO_STREAM);
  set32 (out, at + 0x4C, child);
  set32 (out, at + 0x74, start);
  set32 (out, at + 0x78, size);
}

gboolean
ntm_test_xls_save (NtmTestXls  *self,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GByteArray) stream = workbook_stream (self);
  g_autoptr(GByteArray) file = g_byte_array_new ();
  guint n_stream = (stream->len + SECTOR - 1) / SECTOR;
  guint n_fat = 1, n_sectors;
  guint32 directory;

  /* the stream's sectors, one of the directory, then the FAT's own */
  while ((n_sectors = n_stream + 1 + n_fat) > n_fat * (SECTOR / 4))
    n_fat++;
  g_assert_cmpuint (n_fat, <=, 109);
  directory = n_stream;

  /* header */
  g_byte_array_append (file, (const guint8 *) "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  g_byte_array_set_size (file, SECTOR);
  memset (file->data + 8, 0, SECTOR - 8);
  file->data[0x18] = 0x3E;
  file->data[0x1A] = 0x03;
  file->data[0x1C] = 0xFE;
  file->data[0x1D] = 0xFF;
  file->data[0x1E] = 0x09;  /* sectors of 512 bytes */
  file->data[0x20] = 0x06;  /* mini sectors of 64 */
  set32 (file, 0x2C, n_fat);
  set32 (file, 0x30, directory);
  set32 (file, 0x38, MINI_STREAM_CUTOFF);
  set32 (file, 0x3C, END_OF_CHAIN);
  set32 (file, 0x44, END_OF_CHAIN);
  for (guint i = 0; i < 109; i++)
    set32 (file, 0x4C + 4 * i, i < n_fat ? directory + 1 + i : FREE_SECTOR);

  /* the workbook stream, padded to whole sectors */
  g_byte_array_append (file, stream->data, stream->len);
  g_byte_array_set_size (file, SECTOR * (1 + n_stream));
  memset (file->data + SECTOR + stream->len, 0, SECTOR * n_stream - stream->len);

  /* the directory: the root, the stream, two unused entries */
  directory_entry (file, "Root Entry", 5, 1, END_OF_CHAIN, 0);
  directory_entry (file, "Workbook", 2, NO_STREAM, 0, stream->len);
  directory_entry (file, NULL, 0, NO_STREAM, 0, 0);
  directory_entry (file, NULL, 0, NO_STREAM, 0, 0);

  /* the FAT */
  for (guint i = 0; i < n_fat * (SECTOR / 4); i++)
    {
      guint32 next;

      if (i < n_stream)
        next = i + 1 < n_stream ? i + 1 : END_OF_CHAIN;
      else if (i == directory)
        next = END_OF_CHAIN;
      else if (i < n_sectors)
        next = FAT_SECTOR;
      else
        next = FREE_SECTOR;
      put32 (file, next);
    }
  g_assert_cmpuint (file->len, ==, SECTOR * (1 + n_sectors));
  return g_file_set_contents (path, (const char *) file->data, file->len, error);
}
