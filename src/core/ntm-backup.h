/* ntm-backup.h: copies of the database the office can go back to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ntm-database.h"

G_BEGIN_DECLS

#define NTM_BACKUP_ERROR (ntm_backup_error_quark ())

typedef enum {
  NTM_BACKUP_ERROR_FAILED,      /* the copy could not be written or read */
  NTM_BACKUP_ERROR_SAME_FILE,   /* restoring the database onto itself */
} NtmBackupError;

/* Why a backup was made; the order is the one menus list them in. */
typedef enum {
  NTM_BACKUP_REASON_MANUAL,     /* asked for: Back Up Now, ntm --backup */
  NTM_BACKUP_REASON_DAILY,      /* the first change of the day */
  NTM_BACKUP_REASON_MIGRATION,  /* before upgrading to a new version */
  NTM_BACKUP_REASON_IMPORT,     /* before an import writes */
  NTM_BACKUP_REASON_RESTORE,    /* the data as it was before a restore */
} NtmBackupReason;

/* Rotation keeps the latest ones and, for a year, one a month. */
#define NTM_BACKUP_KEEP_LATEST 10
#define NTM_BACKUP_KEEP_MONTHS 12

#define NTM_TYPE_BACKUP (ntm_backup_get_type ())
G_DECLARE_FINAL_TYPE (NtmBackup, ntm_backup, NTM, BACKUP, GObject)

GQuark           ntm_backup_error_quark       (void);

const char      *ntm_backup_get_path          (NtmBackup        *self);
GDateTime       *ntm_backup_get_date          (NtmBackup        *self);
NtmBackupReason  ntm_backup_get_reason        (NtmBackup        *self);
goffset          ntm_backup_get_size          (NtmBackup        *self);

const char      *ntm_backup_reason_to_string  (NtmBackupReason   reason);
const char      *ntm_backup_reason_get_label  (NtmBackupReason   reason);

char            *ntm_backup_get_folder        (const char       *database_path);
GListModel      *ntm_backup_list              (const char       *database_path,
                                               GError          **error);
NtmBackup       *ntm_backup_make              (NtmDatabase      *db,
                                               NtmBackupReason   reason,
                                               GError          **error);
NtmBackup       *ntm_backup_make_daily        (NtmDatabase      *db,
                                               GError          **error);
gboolean         ntm_backup_write_copy        (NtmDatabase      *db,
                                               const char       *path,
                                               GError          **error);
void             ntm_backup_rotate            (const char       *database_path,
                                               GDateTime        *now);
gboolean         ntm_backup_restore           (NtmDatabase      *db,
                                               const char       *backup_path,
                                               NtmBackup       **saved,
                                               GError          **error);
gboolean         ntm_backup_restore_file      (const char       *database_path,
                                               const char       *backup_path,
                                               NtmBackup       **saved,
                                               GError          **error);

G_END_DECLS
