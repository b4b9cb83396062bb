/* ntm-ocop-product-private.h: what the tests read of the OCOP register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-ocop-product.h"

G_BEGIN_DECLS

guint            ntm_database_count_ocop_products  (NtmDatabase     *db,
                                                    const char      *commune_code,
                                                    const GDate     *valid_on,
                                                    GError         **error);

G_END_DECLS
