/* ntm-test-xls.h: writes Excel 97–2003 workbooks (.xls) for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _NtmTestXls NtmTestXls;
typedef struct _NtmTestXlsSheet NtmTestXlsSheet;

NtmTestXls      *ntm_test_xls_new        (void);
void             ntm_test_xls_free       (NtmTestXls         *self);
NtmTestXlsSheet *ntm_test_xls_add_sheet  (NtmTestXls         *self,
                                          const char         *name);
/* a cell as ntm_test_put_cell() takes it: "#12.5" a number, "=…|v" a
 * formula (stored as its result v), anything else text */
void             ntm_test_xls_put_cell   (NtmTestXls         *self,
                                          NtmTestXlsSheet    *sheet,
                                          guint               row,
                                          guint               column,
                                          const char         *text);
void             ntm_test_xls_put_row    (NtmTestXls         *self,
                                          NtmTestXlsSheet    *sheet,
                                          guint               row,
                                          const char * const *cells,
                                          guint               n);
void             ntm_test_xls_merge      (NtmTestXls         *self,
                                          NtmTestXlsSheet    *sheet,
                                          guint               first_row,
                                          guint               first_column,
                                          guint               last_row,
                                          guint               last_column,
                                          const char         *text);
gboolean         ntm_test_xls_save       (NtmTestXls         *self,
                                          const char         *path,
                                          GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NtmTestXls, ntm_test_xls_free)

G_END_DECLS
