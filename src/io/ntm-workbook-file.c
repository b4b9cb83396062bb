/* ntm-workbook-file.c: reading a spreadsheet file through GDAL/OGR
 *
 * XLSX, XLS, ODS and CSV are read by GDAL's own drivers, each sheet a
 * layer, with headers disabled so that every row comes back raw (title rows,
 * two-row headers and notes included) and is numbered as the spreadsheet
 * numbers it. The cells become text in an NtmWorkbook for the model layer to
 * interpret. Files that are not what they claim are told apart before GDAL
 * sees them: a zip archive that is no workbook, a workbook protected by a
 * password (an OLE2 container holding an "EncryptedPackage"), a CSV file
 * that is not UTF-8. Runs in a worker thread: only GDAL, GLib and the file
 * are touched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cpl_conv.h>
#include <errno.h>
#include <gdal.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <ogr_api.h>
#include <string.h>

#include "ntm-gdal-file-private.h"
#include "ntm-workbook-file.h"

G_DEFINE_QUARK (ntm-workbook-error-quark, ntm_workbook_error)

/* An office spreadsheet is far smaller; a larger file is something else. */
#define MAX_FILE_SIZE ((goffset) 512 * 1024 * 1024)

static const char * const allowed_drivers[] = { "XLSX", "XLS", "ODS", "CSV", NULL };

static const char * const raw_options[][2] = {
  { "OGR_XLSX_HEADERS", "DISABLE" }, { "OGR_XLSX_FIELD_TYPES", "STRING" },
  { "OGR_ODS_HEADERS", "DISABLE" }, { "OGR_ODS_FIELD_TYPES", "STRING" },
  { "OGR_XLS_HEADERS", "DISABLE" }, { "OGR_XLS_FIELD_TYPES", "STRING" },
};

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

/* Whether @data holds @needle written in UTF-16LE, as OLE2 names are. */
static gboolean
contains_utf16 (const guint8 *data,
                gsize         size,
                const char   *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + 2 * n <= size; i++)
    {
      gsize j;

      for (j = 0; j < n; j++)
        if (data[i + 2 * j] != (guint8) needle[j] || data[i + 2 * j + 1] != 0)
          break;
      if (j == n)
        return TRUE;
    }
  return FALSE;
}

/* Looks at the first bytes of the file for what GDAL cannot tell us. */
static gboolean
inspect_file (const char  *path,
              const char  *display,
              gboolean    *is_zip,
              gboolean    *is_compound,
              GError     **error)
{
  guint8 head[65536];
  gsize n;
  FILE *file;

  *is_zip = FALSE;
  *is_compound = FALSE;
  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved = errno;
      g_set_error (error, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_CANNOT_READ,
                   _("“%s” cannot be read: %s"), display, g_strerror (saved));
      return FALSE;
    }
  n = fread (head, 1, sizeof head, file);
  fclose (file);

  if (n >= 4 && memcmp (head, "PK\x03\x04", 4) == 0)
    *is_zip = TRUE;
  /* the container of Excel 97–2003 workbooks (and of password-protected
   * XLSX files) */
  else if (n >= 8 && memcmp (head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
    *is_compound = TRUE;
  if (*is_compound && (contains_utf16 (head, n, "EncryptedPackage") || contains_utf16 (head, n, "EncryptionInfo")))
    {
      g_set_error (error, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_PASSWORD,
                   _("“%s” is protected by a password, so Ntm cannot read it. Open it in your spreadsheet program, remove the password (File → Info → Protect Workbook) and save it again."),
                   display);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_layers (GDALDatasetH   dataset,
             NtmWorkbook   *workbook,
             gboolean       csv,
             GCancellable  *cancellable,
             gint          *progress,
             const char    *display,
             GError       **error)
{
  int n_layers = GDALDatasetGetLayerCount (dataset);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  for (int l = 0; l < n_layers; l++)
    {
      OGRLayerH layer = GDALDatasetGetLayer (dataset, l);
      OGRFeatureH feature;
      GIntBig total = OGR_L_GetFeatureCount (layer, FALSE);
      GIntBig done = 0;
      guint sheet, line = 0;

      sheet = ntm_workbook_add_sheet (workbook, OGR_L_GetName (layer));
      OGR_L_ResetReading (layer);
      while ((feature = OGR_L_GetNextFeature (layer)) != NULL)
        {
          int n_fields = OGR_F_GetFieldCount (feature);
          GIntBig fid = OGR_F_GetFID (feature);

          line++;
          g_ptr_array_set_size (cells, 0);
          for (int i = 0; i < n_fields; i++)
            {
              const char *text = OGR_F_IsFieldSetAndNotNull (feature, i) ? OGR_F_GetFieldAsString (feature, i) : NULL;

              if (text != NULL && !g_utf8_validate (text, -1, NULL))
                {
                  OGR_F_Destroy (feature);
                  g_set_error (error, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_ENCODING,
                               _("“%s” is not written in UTF-8 (row %u). Save it again as “CSV UTF-8” in your spreadsheet program."),
                               display, line);
                  return FALSE;
                }
              g_ptr_array_add (cells, g_strdup (text));
            }
          /* the spreadsheet drivers number features by row; CSV by record */
          ntm_workbook_add_row (workbook, sheet, csv || fid <= 0 ? line : (guint) fid,
                                (const char * const *) cells->pdata, cells->len);
          for (guint i = 0; i < cells->len; i++)
            g_free (cells->pdata[i]);
          OGR_F_Destroy (feature);

          done++;
          if (progress != NULL && (done & 255) == 0)
            {
              double fraction = total > 0 ? MIN (1.0, (double) done / total) : 0.5;
              g_atomic_int_set (progress, (int) (1000 * (l + fraction) / n_layers));
            }
          if ((done & 255) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
        }
      if (progress != NULL)
        g_atomic_int_set (progress, 1000 * (l + 1) / n_layers);
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_workbook_read:
 * @path: an XLSX, XLS, ODS or CSV file
 * @cancellable: (nullable): to stop reading
 * @progress_permille: (nullable): set to 0–1000 while reading (atomically)
 * @error: return location for a #GError in %NTM_WORKBOOK_ERROR
 *
 * Reads every sheet of the file, rows raw (no row taken for a header).
 *
 * Returns: (transfer full): the workbook, or %NULL with @error set to a
 *   message a person can act on
 */
NtmWorkbook *
ntm_workbook_read (const char    *path,
                   GCancellable  *cancellable,
                   gint          *progress_permille,
                   GError       **error)
{
  g_autofree char *display = NULL;
  g_autoptr(NtmWorkbook) workbook = NULL;
  NtmGdalFile gdal;
  GDALDriverH driver;
  const char *driver_name;
  const char *csv_options[] = { "HEADERS=NO", "AUTODETECT_TYPE=NO", "KEEP_SOURCE_COLUMNS=NO", NULL };
  gboolean is_zip, is_compound, csv, ok = FALSE;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_CANNOT_READ,
                   _("“%s” cannot be read: %s"), display, g_strerror (saved));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_CANNOT_READ,
                   _("“%s” is not a file. Choose a spreadsheet (XLSX, XLS, ODS or CSV)."), display);
      return NULL;
    }
  if (st.st_size > MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (st.st_size);
      g_set_error (error, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_NOT_SPREADSHEET,
                   _("“%s” is too large (%s) to be an office spreadsheet."), display, size);
      return NULL;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_EMPTY,
                   _("“%s” is empty: there is nothing to import."), display);
      return NULL;
    }
  if (!inspect_file (path, display, &is_zip, &is_compound, error))
    return NULL;

  ntm_gdal_file_begin (&gdal);
  /* every row raw: the spreadsheet drivers take these as configuration */
  for (guint i = 0; i < G_N_ELEMENTS (raw_options); i++)
    CPLSetThreadLocalConfigOption (raw_options[i][0], raw_options[i][1]);

  driver = GDALIdentifyDriverEx (path, GDAL_OF_VECTOR, allowed_drivers, NULL);
  driver_name = driver ? GDALGetDriverShortName (driver) : NULL;
  csv = g_strcmp0 (driver_name, "CSV") == 0;
  if (driver == NULL || (is_zip && csv) ||
      !ntm_gdal_file_open (&gdal, path, allowed_drivers, csv ? csv_options : NULL))
    {
      if (is_zip)
        g_set_error (error, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_NOT_WORKBOOK,
                     _("“%s” is a zip archive but not a spreadsheet workbook. Save the table as XLSX or ODS and import that file."),
                     display);
      else if (driver != NULL || is_compound)
        g_set_error (error, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_DAMAGED,
                     _("“%s” looks like a spreadsheet but cannot be read (%s). Open it in your spreadsheet program and save it again."),
                     display, gdal.messages->len ? gdal.messages->str : _("damaged or incomplete"));
      else
        g_set_error (error, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_NOT_SPREADSHEET,
                     _("“%s” is not a spreadsheet Ntm can read. Choose an XLSX, XLS, ODS or CSV file."),
                     display);
      goto out;
    }

  workbook = ntm_workbook_new (path);
  if (!read_layers (gdal.dataset, workbook, csv, cancellable, progress_permille, display, error))
    goto out;

  if (ntm_workbook_is_empty (workbook))
    {
      g_set_error (error, NTM_WORKBOOK_ERROR, NTM_WORKBOOK_ERROR_EMPTY,
                   _("“%s” has no data: every sheet is empty."), display);
      goto out;
    }
  ok = TRUE;

out:
  ntm_gdal_file_end (&gdal);
  for (guint i = 0; i < G_N_ELEMENTS (raw_options); i++)
    CPLSetThreadLocalConfigOption (raw_options[i][0], NULL);
  return ok ? g_steal_pointer (&workbook) : NULL;
}

/**
 * ntm_workbook_read_async:
 * @path: an XLSX, XLS, ODS or CSV file
 * @progress_permille: (nullable): set to 0–1000 while reading; must stay
 *   valid until the callback runs
 * @cancellable: (nullable): to stop reading
 * @callback: called when done
 * @user_data: for @callback
 *
 * Reads the file in a worker thread (see ntm_workbook_read()).
 */
void
ntm_workbook_read_async (const char          *path,
                         gint                *progress_permille,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (path != NULL);

  ntm_file_read_in_thread (path, (NtmFileReader) ntm_workbook_read, ntm_workbook_read_async,
                           progress_permille, cancellable, callback, user_data);
}

NtmWorkbook *
ntm_workbook_read_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
