/* ntm-output-file.c: writing a file so that it appears whole or not at all
 *
 * Every file Ntm writes for a person (lists, maps, reports, copies of the
 * database) goes through here, so that the same promises hold for all:
 *
 *  - the database Ntm has open, and its working files (-wal, -shm,
 *    -journal), are never written over, whatever name leads to them
 *    (another spelling, a symbolic link, a hard link: files are compared by
 *    device and inode, and by their real folder and name);
 *  - the new contents go to a temporary file in the target's own folder and
 *    are renamed into place only when complete, so a crash leaves the old
 *    file or the new one, never half of either;
 *  - a file being replaced keeps its permissions (and, for an
 *    administrator, its owner); a symbolic link keeps pointing at its
 *    target, which receives the new contents;
 *  - where the system allows it the temporary file has no name until the
 *    moment it is moved into place (O_TMPFILE), so a process killed while
 *    writing leaves nothing behind; otherwise it is named
 *    ".NAME.ntm-PID-XXXXXX", removed on failure, and removed by the next
 *    writer once the process that made it is gone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ntm-database-private.h"
#include "ntm-output-file.h"

struct _NtmOutputFile
{
  char     *target;       /* the file to replace, symbolic links followed */
  char     *folder;
  char     *temp_path;    /* where the writer writes */
  char     *named_temp;   /* the temporary's name, when it has one */
  int       fd;
  gboolean  anonymous;    /* O_TMPFILE: no name until committed */
  gboolean  replace;      /* the target exists */
  mode_t    mode;         /* the target's permissions */
  uid_t     uid;
  gid_t     gid;
  gboolean  committed;
};

G_DEFINE_QUARK (ntm-output-error-quark, ntm_output_error)

#define MAX_LINK_HOPS 40
#define TEMP_MARK ".ntm-"

static const char * const side_suffixes[] = { "", "-wal", "-shm", "-journal" };

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static void
set_errno_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, NTM_OUTPUT_ERROR, NTM_OUTPUT_ERROR_FAILED,
               _("Cannot write “%s”: %s"), display, g_strerror (saved_errno));
}

/* Follows symbolic links to the file they finally name (which need not
 * exist yet). */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_canonicalize_filename (path, NULL);

  for (guint hops = 0; hops < MAX_LINK_HOPS; hops++)
    {
      g_autofree char *target = NULL;
      g_autofree char *folder = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        return g_steal_pointer (&current);
      folder = g_path_get_dirname (current);
      g_free (current);
      current = g_canonicalize_filename (target, folder);
    }

  {
    g_autofree char *display = g_filename_display_name (path);
    g_set_error (error, NTM_OUTPUT_ERROR, NTM_OUTPUT_ERROR_FAILED,
                 _("Cannot write “%s”: it is a link that leads round in a circle."), display);
  }
  return NULL;
}

/* The real folder (symbolic links resolved) and the name, for comparing
 * files that may not exist. */
static char *
real_name (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *real = realpath (folder, NULL);

  return g_build_filename (real ? real : folder, base, NULL);
}

static gboolean
pid_is_alive (GPid pid)
{
  return pid == getpid () || kill (pid, 0) == 0 || errno == EPERM;
}

/* Whether @entry is ".NAME.ntm-PID-XXXXXX", optionally followed by an
 * SQLite side-file suffix, for @name (any name when NULL); sets @pid. */
static gboolean
parse_temporary (const char *entry,
                 const char *name,
                 GPid       *pid)
{
  const char *mark, *p, *end;
  gsize tail;
  gint64 value = 0;

  if (entry[0] != '.')
    return FALSE;
  mark = g_strrstr (entry, TEMP_MARK);
  if (mark == NULL || mark == entry)
    return FALSE;
  if (name != NULL &&
      ((gsize) (mark - entry - 1) != strlen (name) || strncmp (entry + 1, name, mark - entry - 1) != 0))
    return FALSE;

  p = mark + strlen (TEMP_MARK);
  for (end = p; g_ascii_isdigit (*end); end++)
    value = value * 10 + (*end - '0');
  if (end == p || value <= 0 || value > G_MAXINT || *end != '-')
    return FALSE;
  end++;
  tail = strlen (end);
  if (tail < 6)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    if (g_str_equal (end + 6, side_suffixes[i]))
      {
        *pid = (GPid) value;
        return TRUE;
      }
  return FALSE;
}

static void
sync_folder (const char *folder)
{
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* ---------------------------------------------------------------------- */
/* Public API                                                             */
/* ---------------------------------------------------------------------- */

/**
 * ntm_output_temporary_template:
 * @folder: where the temporary file goes
 * @name: the base name of the file it stands in for
 *
 * Returns: (transfer full): a template for g_mkstemp(),
 *   "FOLDER/.NAME.ntm-PID-XXXXXX", which ntm_output_remove_stale()
 *   recognises once this process is gone
 */
char *
ntm_output_temporary_template (const char *folder,
                               const char *name)
{
  g_autofree char *base = g_strdup_printf (".%s" TEMP_MARK "%d-XXXXXX", name, (int) getpid ());

  g_return_val_if_fail (folder != NULL && name != NULL, NULL);

  return g_build_filename (folder, base, NULL);
}

/**
 * ntm_output_remove_stale:
 * @folder: a folder
 * @name: (nullable): the file whose temporaries to remove, or %NULL for all
 *
 * Removes the temporary files (see ntm_output_temporary_template()) left in
 * @folder by processes that no longer run. Those of running processes,
 * this one included, are left alone.
 */
void
ntm_output_remove_stale (const char *folder,
                         const char *name)
{
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  g_return_if_fail (folder != NULL);

  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return;

  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      GPid pid;

      if (parse_temporary (entry, name, &pid) && !pid_is_alive (pid))
        {
          g_autofree char *path = g_build_filename (folder, entry, NULL);
          g_unlink (path);
        }
    }
}

/**
 * ntm_output_check_path:
 * @path: a file about to be written
 * @database_path: (nullable): a database to protect besides those open
 * @error: return location for a #GError
 *
 * Refuses (with %NTM_OUTPUT_ERROR_IS_DATABASE) a path that leads to an open
 * database, to @database_path, or to one of their working files, however
 * it is spelled or linked.
 *
 * Returns: %TRUE when @path may be written
 */
gboolean
ntm_output_check_path (const char  *path,
                       const char  *database_path,
                       GError     **error)
{
  g_autoptr(GPtrArray) databases = NULL;
  g_autofree char *target = NULL;
  g_autofree char *target_real = NULL;
  GStatBuf target_st;
  gboolean target_exists;

  g_return_val_if_fail (path != NULL, FALSE);

  target = resolve_links (path, error);
  if (target == NULL)
    return FALSE;
  target_real = real_name (target);
  target_exists = g_stat (target, &target_st) == 0;

  databases = ntm_database_list_open_paths ();
  if (database_path != NULL)
    g_ptr_array_add (databases, g_strdup (database_path));

  for (guint i = 0; i < databases->len; i++)
    {
      g_autofree char *db = resolve_links (g_ptr_array_index (databases, i), NULL);

      if (db == NULL)
        continue;
      for (guint s = 0; s < G_N_ELEMENTS (side_suffixes); s++)
        {
          g_autofree char *side = g_strconcat (db, side_suffixes[s], NULL);
          g_autofree char *side_real = real_name (side);
          GStatBuf side_st;
          gboolean same = g_str_equal (side_real, target_real);

          if (!same && target_exists && g_stat (side, &side_st) == 0)
            same = side_st.st_dev == target_st.st_dev && side_st.st_ino == target_st.st_ino;
          if (same)
            {
              g_autofree char *display = g_filename_display_name (path);
              g_set_error (error, NTM_OUTPUT_ERROR, NTM_OUTPUT_ERROR_IS_DATABASE,
                           _("“%s” is the database Ntm is using, or one of its working files: writing there would destroy the data. Choose another file name."),
                           display);
              return FALSE;
            }
        }
    }

  return TRUE;
}

/**
 * ntm_output_file_new:
 * @path: the file to write (replaced if it exists)
 * @error: return location for a #GError in %NTM_OUTPUT_ERROR
 *
 * Prepares to write @path: refuses the database (see
 * ntm_output_check_path()), a missing folder or a path that is not a file,
 * and makes the temporary file the writer fills (see
 * ntm_output_file_get_temp_path()). Nothing is visible at @path until
 * ntm_output_file_commit(); freeing without committing removes the
 * temporary file.
 *
 * Returns: (transfer full): the output, or %NULL with @error set
 */
NtmOutputFile *
ntm_output_file_new (const char  *path,
                     GError     **error)
{
  g_autoptr(NtmOutputFile) self = NULL;
  g_autofree char *base = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ntm_output_check_path (path, NULL, error))
    return NULL;

  self = g_new0 (NtmOutputFile, 1);
  self->fd = -1;
  self->target = resolve_links (path, error);
  if (self->target == NULL)
    return NULL;
  self->folder = g_path_get_dirname (self->target);
  base = g_path_get_basename (self->target);

  if (!g_file_test (self->folder, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, NTM_OUTPUT_ERROR, NTM_OUTPUT_ERROR_NO_FOLDER,
                   _("Cannot write “%s”: the folder does not exist."), display);
      return NULL;
    }

  if (g_stat (self->target, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          g_autofree char *display = g_filename_display_name (path);
          g_set_error (error, NTM_OUTPUT_ERROR, NTM_OUTPUT_ERROR_NOT_A_FILE,
                       _("Cannot write “%s”: it is a folder or a device, not a file."), display);
          return NULL;
        }
      self->replace = TRUE;
      self->mode = st.st_mode & 07777;
      self->uid = st.st_uid;
      self->gid = st.st_gid;
    }

  ntm_output_remove_stale (self->folder, base);

#ifdef O_TMPFILE
  self->fd = open (self->folder, O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
  if (self->fd >= 0)
    {
      self->temp_path = g_strdup_printf ("/proc/self/fd/%d", self->fd);
      if (g_access (self->temp_path, W_OK) == 0)
        self->anonymous = TRUE;
      else
        {
          close (self->fd);
          self->fd = -1;
          g_clear_pointer (&self->temp_path, g_free);
        }
    }
#endif

  if (!self->anonymous)
    {
      self->named_temp = ntm_output_temporary_template (self->folder, base);
      self->fd = g_mkstemp_full (self->named_temp, O_RDWR | O_CLOEXEC, 0666);
      if (self->fd < 0)
        {
          int saved = errno;
          g_clear_pointer (&self->named_temp, g_free);
          set_errno_error (error, path, saved);
          return NULL;
        }
      self->temp_path = g_strdup (self->named_temp);
    }

  return g_steal_pointer (&self);
}

/**
 * ntm_output_file_get_temp_path:
 * @self: a #NtmOutputFile
 *
 * Returns: the name the writer opens and fills (it may be a /proc path
 *   standing for a file with no name yet)
 */
const char *
ntm_output_file_get_temp_path (NtmOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->temp_path;
}

/**
 * ntm_output_file_get_target:
 * @self: a #NtmOutputFile
 *
 * Returns: the file that will be replaced, symbolic links followed
 */
const char *
ntm_output_file_get_target (NtmOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->target;
}

/**
 * ntm_output_file_write:
 * @self: a #NtmOutputFile
 * @data: bytes
 * @length: how many
 * @error: return location for a #GError
 *
 * Appends @data to the temporary file.
 *
 * Returns: %TRUE on success
 */
gboolean
ntm_output_file_write (NtmOutputFile  *self,
                       const void     *data,
                       gsize           length,
                       GError        **error)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  while (length > 0)
    {
      gssize n = write (self->fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, self->target, errno);
          return FALSE;
        }
      p += n;
      length -= n;
    }
  return TRUE;
}

/**
 * ntm_output_file_commit:
 * @self: a #NtmOutputFile
 * @error: return location for a #GError
 *
 * Moves the complete temporary file into place, with the permissions of
 * the file it replaces, and flushes it to the disk.
 *
 * Returns: %TRUE when the file is in place; otherwise the old file (if
 *   any) is untouched
 */
gboolean
ntm_output_file_commit (NtmOutputFile  *self,
                        GError        **error)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (self->replace)
    {
      if (fchmod (self->fd, self->mode) != 0)
        {
          set_errno_error (error, self->target, errno);
          return FALSE;
        }
      /* Only an administrator may give a file away; for others the file
       * stays theirs, as it would had they written it themselves. */
      if (geteuid () == 0)
        (void) !fchown (self->fd, self->uid, self->gid);
    }
  if (fsync (self->fd) != 0)
    {
      set_errno_error (error, self->target, errno);
      return FALSE;
    }

  base = g_path_get_basename (self->target);
  if (self->anonymous)
    {
      /* Give the file a name beside the target, then move it over it. */
      for (guint attempt = 0; self->named_temp == NULL; attempt++)
        {
          g_autofree char *template = ntm_output_temporary_template (self->folder, base);
          char *x = template + strlen (template) - 6;

          for (guint i = 0; i < 6; i++)
            x[i] = "abcdefghijklmnopqrstuvwxyz0123456789"[g_random_int_range (0, 36)];
          if (linkat (AT_FDCWD, self->temp_path, AT_FDCWD, template, AT_SYMLINK_FOLLOW) == 0)
            self->named_temp = g_steal_pointer (&template);
          else if (errno != EEXIST || attempt > 100)
            {
              set_errno_error (error, self->target, errno);
              return FALSE;
            }
        }
    }

  if (g_rename (self->named_temp, self->target) != 0)
    {
      int saved = errno;
      set_errno_error (error, self->target, saved);
      return FALSE;
    }
  g_clear_pointer (&self->named_temp, g_free);
  self->committed = TRUE;
  sync_folder (self->folder);
  return TRUE;
}

/**
 * ntm_output_file_free:
 * @self: (nullable): a #NtmOutputFile
 *
 * Closes the output; a temporary file not committed is removed.
 */
void
ntm_output_file_free (NtmOutputFile *self)
{
  if (self == NULL)
    return;

  if (self->named_temp != NULL)
    g_unlink (self->named_temp);
  if (self->fd >= 0)
    close (self->fd);
  g_free (self->target);
  g_free (self->folder);
  g_free (self->temp_path);
  g_free (self->named_temp);
  g_free (self);
}
