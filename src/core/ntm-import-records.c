/* ntm-import-records.c: the registers of records in a workbook
 *
 * Recognitions, funds, OCOP products, targets and water schemes are kept
 * as records (ntm-record.c), each with its own fields and its own key: a
 * row of the workbook finds the record on record by that key, and is
 * then an insert, an update or no change. This file reads such rows into
 * changes for ntm-import.c, which finds the table and commits, and writes
 * or undoes each change when the import is committed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ntm-database-private.h"
#include "ntm-fund.h"
#include "ntm-import-private.h"
#include "ntm-number.h"
#include "ntm-ocop-product.h"
#include "ntm-recognition.h"
#include "ntm-record-private.h"
#include "ntm-target.h"
#include "ntm-text.h"
#include "ntm-unit.h"
#include "ntm-water-scheme.h"

/* ---------------------------------------------------------------------- */
/* Helpers: the registers of records                                      */
/* ---------------------------------------------------------------------- */

/* A choice of a list written as its label (in the interface's language,
 * as Ntm exports it, or in English or Vietnamese, as offices write it) or
 * as its code. */
typedef const char *(*ChoiceText) (int value);

typedef struct {
  int                 n;
  ChoiceText          label;
  ChoiceText          code;
  const char * const *english;
  const char * const *vietnamese;
} Choices;

static int
read_choice (const char    *text,
             const Choices *choices)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return -1;
  folded = ntm_text_fold (text);
  for (int i = 0; i < choices->n; i++)
    {
      g_autofree char *l = ntm_text_fold (choices->label (i));
      g_autofree char *k = ntm_text_fold (choices->code (i));
      g_autofree char *e = ntm_text_fold (choices->english[i]);
      g_autofree char *v = ntm_text_fold (choices->vietnamese[i]);

      if (g_str_equal (folded, l) || g_str_equal (folded, k) || g_str_equal (folded, e) || g_str_equal (folded, v))
        return i;
    }
  return -1;
}

static const char *fund_label (int v) { return ntm_fund_source_get_label (v); }
static const char *fund_code (int v) { return ntm_fund_source_to_string (v); }
static const char *group_label (int v) { return ntm_ocop_group_get_label (v); }
static const char *group_code (int v) { return ntm_ocop_group_to_string (v); }
static const char *producer_label (int v) { return ntm_producer_type_get_label (v); }
static const char *producer_code (int v) { return ntm_producer_type_to_string (v); }
static const char *target_kind_label (int v) { return ntm_target_kind_get_label (v); }
static const char *target_kind_code (int v) { return ntm_target_kind_to_string (v); }

static const Choices fund_sources = {
  NTM_FUND_N_SOURCES, fund_label, fund_code,
  (const char * const[]) { "Central budget: development investment", "Central budget: recurrent", "Local budget",
                           "Integrated programmes", "Credit", "Enterprises", "Community contributions",
                           "Sponsorship" },
  (const char * const[]) { "Ngân sách trung ương: vốn đầu tư phát triển", "Ngân sách trung ương: vốn sự nghiệp",
                           "Ngân sách địa phương", "Lồng ghép chương trình", "Vốn tín dụng", "Doanh nghiệp",
                           "Nhân dân đóng góp", "Vận động tài trợ" },
};

static const Choices ocop_groups = {
  NTM_OCOP_N_GROUPS, group_label, group_code,
  (const char * const[]) { "Food", "Drinks", "Herbal products", "Handicrafts", "Ornamental plants and animals",
                           "Community and eco-tourism services" },
  (const char * const[]) { "Thực phẩm", "Đồ uống", "Thảo dược", "Thủ công mỹ nghệ", "Sinh vật cảnh",
                           "Dịch vụ du lịch cộng đồng và du lịch sinh thái" },
};

static const Choices producer_types = {
  NTM_N_PRODUCER_TYPES, producer_label, producer_code,
  (const char * const[]) { "Cooperative", "Enterprise", "Household business", "Cooperative group" },
  (const char * const[]) { "Hợp tác xã", "Doanh nghiệp", "Hộ kinh doanh", "Tổ hợp tác" },
};

static const Choices target_kinds = {
  3, target_kind_label, target_kind_code,
  (const char * const[]) { "Total to reach", "New in the year", "Percentage" },
  (const char * const[]) { "Tổng số cần đạt", "Tăng thêm trong năm", "Tỷ lệ phần trăm" },
};

/* "2024-05-02", "2/5/2024", or a spreadsheet date read as "2024/05/02". */
static char *
read_date (const char *text)
{
  g_autofree char *t = ntm_import_clean_text (text);
  char *iso = NULL;
  int y, m, d;

  if (t == NULL)
    return NULL;
  if (sscanf (t, "%d/%d/%d", &y, &m, &d) == 3 && y > 1900)
    {
      g_autofree char *dashed = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
      return ntm_date_is_valid_iso (dashed) ? g_steal_pointer (&dashed) : NULL;
    }
  if (strlen (t) > 10 && t[10] == ' ')
    t[10] = '\0';
  if (!ntm_date_parse (t, &iso, NULL))
    return NULL;
  return iso;
}

/* Whole đồng or a count: "1.234.567", "95539000000". */
static gboolean
read_whole (const char *text,
            gint64     *out)
{
  double value;

  if (!ntm_import_read_number (text, TRUE, &value, NULL) || value != floor (value) || value < 0 || value > 1e15)
    return FALSE;
  *out = (gint64) value;
  return TRUE;
}

/* What the import needs of a register whose records are kept by their id
 * (ntm-record.c): the records on record, the key a row finds its record
 * by, the record as the preview shows it, and checking, storing and
 * deleting one. Each register below fills one in; the rows of every
 * register then go through the same steps. */
typedef struct {
  NtmRegister   reg;
  GListModel *(*list)     (NtmDatabase *db, const char *unit_code, int year);
  char       *(*identity) (gpointer record);
  char       *(*describe) (gpointer record);
  gboolean    (*validate) (gpointer record, GError **error);
  gboolean    (*save)     (NtmDatabase *db, gpointer record, GError **error);
  gint64      (*get_id)   (gpointer record);
  gboolean    (*remove)   (NtmDatabase *db, gint64 id, GError **error);
} RecordKind;

typedef gboolean (*RecordCheck) (gpointer record, GError **error);
typedef gboolean (*RecordSave) (NtmDatabase *db, gpointer record, GError **error);
typedef gint64 (*RecordId) (gpointer record);

/* The record on record that a row names by @identity, or NULL: the
 * records of @unit_code (for a register listed by unit) or @year (by
 * year) are read once, the first of those with one key being the one a
 * row updates. */
static gpointer
find_record (NtmImport        *self,
             const RecordKind *kind,
             const char       *unit_code,
             int               year,
             const char       *identity)
{
  g_autofree char *key = g_strdup_printf ("%d|%s|%d", kind->reg, unit_code ? unit_code : "", year);
  GHashTable *index = g_hash_table_lookup (self->records, key);

  if (index == NULL)
    {
      g_autoptr(GListModel) list = kind->list (self->db, unit_code, year);

      index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
        {
          gpointer record = g_list_model_get_item (list, i);
          char *id = kind->identity (record);

          if (g_hash_table_contains (index, id))
            {
              g_free (id);
              g_object_unref (record);
            }
          else
            g_hash_table_insert (index, id, record);
        }
      g_hash_table_insert (self->records, g_steal_pointer (&key), index);
    }
  return g_hash_table_lookup (index, identity);
}

static NtmUnitKind
kind_of (NtmImport  *self,
         const char *unit_code)
{
  gpointer kind = g_hash_table_lookup (self->unit_kinds, unit_code);

  return kind ? (NtmUnitKind) (GPOINTER_TO_INT (kind) - 1) : NTM_UNIT_KIND_COMMUNE;
}

/* A record as it would be after the import (@record, taken), beside the
 * one on record (@found, or NULL for a new one). A record its register
 * refuses is an error in the column of @role. */
static void
add_record (NtmImport        *self,
            const RecordKind *kind,
            Part             *part,
            guint             row,
            RoleKind          role,
            const char       *unit_code,
            int               year,
            const char       *what,
            gpointer          found,
            gpointer          record)
{
  g_autoptr(GError) error = NULL;
  Change *c;

  if (kind->validate != NULL && !kind->validate (record, &error))
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, role), "%s", error->message);
      g_object_unref (record);
      return;
    }

  c = ntm_import_add_change (self, kind->reg, unit_code, year, g_strdup (what),
                             ntm_import_cell_ref (self, part, row, 0));
  c->more->old_record = found ? g_object_ref (found) : NULL;
  c->more->new_record = record;
  c->pub.old_text = found ? kind->describe (found) : NULL;
  c->pub.new_text = kind->describe (record);
  c->pub.action = found == NULL ? NTM_IMPORT_INSERT
                  : g_strcmp0 (c->pub.old_text, c->pub.new_text) == 0 ? NTM_IMPORT_UNCHANGED : NTM_IMPORT_UPDATE;
  self->counts.values++;
  ntm_import_count_change (self, c);
}

/* Recognitions: a unit's, by level, year and decision number. */

static GListModel *
list_recognitions (NtmDatabase *db,
                   const char  *unit_code,
                   int          year)
{
  return ntm_database_list_recognitions (db, unit_code, NULL);
}

static char *
recognition_key (NtmLevel    level,
                 int         year,
                 const char *number)
{
  return g_strdup_printf ("%d\x1f%d\x1f%s", level, year, number ? number : "");
}

static char *
recognition_identity (gpointer record)
{
  NtmRecognition *r = record;

  return recognition_key (ntm_recognition_get_level (r), ntm_recognition_get_year (r),
                          ntm_recognition_get_decision_number (r));
}

static char *
recognition_text (gpointer record)
{
  NtmRecognition *r = record;

  return g_strdup_printf ("%s · %d · %s · %s · %s · %s", ntm_level_get_label (ntm_recognition_get_level (r)),
                          ntm_recognition_get_year (r), ntm_recognition_get_decision_number (r) ?: "—",
                          ntm_recognition_get_decision_date (r) ?: "—", ntm_recognition_get_issuer (r),
                          ntm_recognition_get_source (r));
}

/* Recognitions are revoked, not deleted, in the interface; an undone
 * import takes out the ones it inserted. */
static gboolean
delete_recognition (NtmDatabase  *db,
                    gint64        id,
                    GError      **error)
{
  return ntm_record_delete (db, NTM_AREA_RECOGNITIONS, "DELETE FROM recognition WHERE id = ?1", id, error);
}

static const RecordKind recognitions = {
  NTM_REGISTER_RECOGNITIONS, list_recognitions, recognition_identity, recognition_text, NULL,
  (RecordSave) ntm_database_save_recognition, (RecordId) ntm_recognition_get_id, delete_recognition,
};

void
ntm_import_read_recognition_row (NtmImport  *self,
                                 Part       *part,
                                 guint       row,
                                 const char *unit_code,
                                 int         year)
{
  const char *level_text = ntm_import_text_at (self, part, row, ROLE_LEVEL);
  const char *date_text = ntm_import_text_at (self, part, row, ROLE_DECISION_DATE);
  g_autofree char *number = ntm_import_clean_at (self, part, row, ROLE_DECISION_NUMBER);
  g_autofree char *issuer = ntm_import_clean_at (self, part, row, ROLE_ISSUER);
  g_autofree char *source = ntm_import_clean_at (self, part, row, ROLE_SOURCE);
  g_autofree char *date = read_date (date_text);
  g_autofree char *key = NULL;
  g_autofree char *identity = NULL;
  NtmRecognition *found;
  NtmRecognition *rec;
  NtmLevel level;

  if (level_text == NULL || !ntm_import_read_level (level_text, &level))
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_LEVEL), _("“%s” is not a level."), level_text ? level_text : "");
      return;
    }
  if (!ntm_level_fits_unit_kind (level, kind_of (self, unit_code)))
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_LEVEL),
                            _("%s cannot be recognised at the level “%s”."),
                            (const char *) g_hash_table_lookup (self->unit_names, unit_code), level_text);
      return;
    }
  if (date_text != NULL && date == NULL)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_DECISION_DATE), _("“%s” is not a date."), date_text);
      return;
    }
  key = g_strdup_printf ("r|%s|%d|%d|%s", unit_code, level, year, number ? number : "");
  if (!ntm_import_check_duplicate (self, part, row, ntm_import_column_of (part, ROLE_LEVEL), key,
                                   g_hash_table_lookup (self->unit_names, unit_code)))
    return;

  identity = recognition_key (level, year, number);
  found = find_record (self, &recognitions, unit_code, 0, identity);
  rec = found ? ntm_recognition_copy (found) : ntm_recognition_new (unit_code);
  ntm_recognition_set_level (rec, level);
  ntm_recognition_set_decision_number (rec, number);
  /* the date first: a batch may be recognised for the year before the
   * decision's (đợt 2/2023 decided on 17/01/2024) */
  ntm_recognition_set_decision_date (rec, date);
  ntm_recognition_set_year (rec, year);
  if (ntm_import_find_role (part, ROLE_ISSUER) >= 0)
    ntm_recognition_set_issuer (rec, issuer ? issuer : "");
  if (ntm_import_find_role (part, ROLE_SOURCE) >= 0)
    ntm_recognition_set_source (rec, source ? source : "");

  add_record (self, &recognitions, part, row, ROLE_LEVEL, unit_code, year, ntm_level_get_label (level), found, rec);
}

/* Funds: a year's, by unit, source and sponsor. */

static GListModel *
list_funds (NtmDatabase *db,
            const char  *unit_code,
            int          year)
{
  return ntm_database_list_funds (db, year, NULL);
}

static char *
fund_key (const char *unit_code,
          int         source,
          const char *sponsor)
{
  return g_strdup_printf ("%s\x1f%d\x1f%s", unit_code ? unit_code : "", source, sponsor ? sponsor : "");
}

static char *
fund_identity (gpointer record)
{
  NtmFund *f = record;

  return fund_key (ntm_fund_get_unit_code (f), ntm_fund_get_source (f), ntm_fund_get_sponsor (f));
}

static char *
fund_text (gpointer record)
{
  NtmFund *f = record;
  gint64 planned = 0, actual = 0;
  gboolean has_planned = ntm_fund_get_planned (f, &planned);
  gboolean has_actual = ntm_fund_get_actual (f, &actual);
  g_autofree char *p = has_planned ? g_strdup_printf ("%" G_GINT64_FORMAT, planned) : g_strdup ("—");
  g_autofree char *a = has_actual ? g_strdup_printf ("%" G_GINT64_FORMAT, actual) : g_strdup ("—");

  return g_strdup_printf ("%s · %s · %s · %s", ntm_fund_get_sponsor (f), p, a, ntm_fund_get_note (f));
}

static const RecordKind funds = {
  NTM_REGISTER_FUNDS, list_funds, fund_identity, fund_text, (RecordCheck) ntm_fund_validate,
  (RecordSave) ntm_database_save_fund, (RecordId) ntm_fund_get_id, ntm_database_delete_fund,
};

void
ntm_import_read_fund_row (NtmImport  *self,
                          Part       *part,
                          guint       row,
                          const char *unit_code,
                          int         year)
{
  const char *source_text = ntm_import_text_at (self, part, row, ROLE_SOURCE);
  const char *planned_text = ntm_import_text_at (self, part, row, ROLE_PLANNED);
  const char *actual_text = ntm_import_text_at (self, part, row, ROLE_ACTUAL);
  g_autofree char *sponsor = ntm_import_clean_at (self, part, row, ROLE_SPONSOR);
  g_autofree char *note = ntm_import_clean_at (self, part, row, ROLE_NOTE);
  g_autofree char *key = NULL;
  g_autofree char *identity = NULL;
  NtmFund *found;
  NtmFund *fund;
  gint64 planned = 0, actual = 0;
  int source = read_choice (source_text, &fund_sources);

  if (source < 0)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_SOURCE), _("“%s” is not a source of funds."),
                            source_text ? source_text : "");
      return;
    }
  if ((planned_text != NULL && !read_whole (planned_text, &planned)) ||
      (actual_text != NULL && !read_whole (actual_text, &actual)))
    {
      gboolean planned_wrong = planned_text != NULL && !read_whole (planned_text, &planned);

      ntm_import_add_error (self, part, row, ntm_import_column_of (part, planned_wrong ? ROLE_PLANNED : ROLE_ACTUAL),
                            _("“%s” is not an amount in whole đồng."), planned_wrong ? planned_text : actual_text);
      return;
    }
  key = g_strdup_printf ("f|%d|%s|%d|%s", year, unit_code, source, sponsor ? sponsor : "");
  if (!ntm_import_check_duplicate (self, part, row, ntm_import_column_of (part, ROLE_SOURCE), key, source_text))
    return;

  identity = fund_key (unit_code, source, sponsor);
  found = find_record (self, &funds, NULL, year, identity);
  fund = found ? ntm_fund_copy (found) : ntm_fund_new ();
  ntm_fund_set_year (fund, year);
  ntm_fund_set_unit_code (fund, unit_code);
  ntm_fund_set_source (fund, source);
  ntm_fund_set_sponsor (fund, sponsor ? sponsor : "");
  ntm_fund_set_planned (fund, planned_text != NULL, planned);
  ntm_fund_set_actual (fund, actual_text != NULL, actual);
  if (ntm_import_find_role (part, ROLE_NOTE) >= 0)
    ntm_fund_set_note (fund, note ? note : "");

  add_record (self, &funds, part, row, ROLE_PLANNED, unit_code, year, ntm_fund_source_get_label (source), found, fund);
}

/* OCOP products: every one, by commune and name. */

static GListModel *
list_ocop_products (NtmDatabase *db,
                    const char  *unit_code,
                    int          year)
{
  return ntm_database_list_ocop_products (db, NULL);
}

static char *
ocop_key (const char *commune_code,
          const char *name)
{
  g_autofree char *folded = ntm_text_fold_keep_marks (name);

  return g_strdup_printf ("%s\x1f%s", commune_code ? commune_code : "", folded);
}

static char *
ocop_identity (gpointer record)
{
  NtmOcopProduct *p = record;

  return ocop_key (ntm_ocop_product_get_commune_code (p), ntm_ocop_product_get_name (p));
}

static char *
ocop_text (gpointer record)
{
  NtmOcopProduct *p = record;
  g_autofree char *score = ntm_ocop_format_score (ntm_ocop_product_get_score (p));

  return g_strdup_printf ("%s · %s · %s · %s · %s · %s · %s · %s",
                          ntm_ocop_group_get_label (ntm_ocop_product_get_group (p)), ntm_ocop_product_get_producer (p),
                          ntm_producer_type_get_label (ntm_ocop_product_get_producer_type (p)),
                          score, ntm_ocop_product_get_decision_number (p),
                          ntm_ocop_product_get_decision_date (p) ?: "", ntm_ocop_product_get_export_markets (p),
                          ntm_ocop_product_get_note (p));
}

static const RecordKind ocop_products = {
  NTM_REGISTER_OCOP, list_ocop_products, ocop_identity, ocop_text, (RecordCheck) ntm_ocop_product_validate,
  (RecordSave) ntm_database_save_ocop_product, (RecordId) ntm_ocop_product_get_id, ntm_database_delete_ocop_product,
};

void
ntm_import_read_ocop_row (NtmImport  *self,
                          Part       *part,
                          guint       row,
                          const char *unit_code)
{
  g_autofree char *name = ntm_import_clean_at (self, part, row, ROLE_PRODUCT);
  g_autofree char *producer = ntm_import_clean_at (self, part, row, ROLE_PRODUCER);
  g_autofree char *number = ntm_import_clean_at (self, part, row, ROLE_DECISION_NUMBER);
  g_autofree char *markets = ntm_import_clean_at (self, part, row, ROLE_MARKETS);
  g_autofree char *note = ntm_import_clean_at (self, part, row, ROLE_NOTE);
  const char *group_text = ntm_import_text_at (self, part, row, ROLE_PRODUCT_GROUP);
  const char *type_text = ntm_import_text_at (self, part, row, ROLE_PRODUCER_TYPE);
  const char *score_text = ntm_import_text_at (self, part, row, ROLE_SCORE);
  const char *date_text = ntm_import_text_at (self, part, row, ROLE_DECISION_DATE);
  g_autofree char *date = read_date (date_text);
  g_autofree char *key = NULL;
  g_autofree char *name_key = NULL;
  g_autofree char *identity = NULL;
  NtmOcopProduct *found;
  NtmOcopProduct *product;
  double score = 0;
  int group = read_choice (group_text, &ocop_groups);
  int type = read_choice (type_text, &producer_types);

  if (name == NULL)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_PRODUCT), _("The product’s name is missing."));
      return;
    }
  if (group < 0)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_PRODUCT_GROUP), _("“%s” is not a product group."),
                            group_text ? group_text : "");
      return;
    }
  if (type < 0)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_PRODUCER_TYPE), _("“%s” is not a type of producer."),
                            type_text ? type_text : "");
      return;
    }
  /* a council's average, with one decimal: "69,5" or "69.5" */
  if (score_text == NULL || !ntm_import_read_number (score_text, FALSE, &score, NULL))
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_SCORE), _("“%s” is not a score."), score_text ? score_text : "");
      return;
    }
  if (date == NULL)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_DECISION_DATE), _("“%s” is not a date."),
                            date_text ? date_text : "");
      return;
    }
  name_key = ntm_text_fold_keep_marks (name);
  key = g_strdup_printf ("o|%s|%s", unit_code, name_key);
  if (!ntm_import_check_duplicate (self, part, row, ntm_import_column_of (part, ROLE_PRODUCT), key, name))
    return;

  identity = ocop_key (unit_code, name);
  found = find_record (self, &ocop_products, NULL, 0, identity);
  product = found ? ntm_ocop_product_copy (found) : ntm_ocop_product_new ();
  ntm_ocop_product_set_name (product, name);
  ntm_ocop_product_set_group (product, group);
  ntm_ocop_product_set_producer (product, producer ? producer : "");
  ntm_ocop_product_set_producer_type (product, type);
  ntm_ocop_product_set_commune_code (product, unit_code);
  ntm_ocop_product_set_score (product, score);
  ntm_ocop_product_set_decision_number (product, number ? number : "");
  ntm_ocop_product_set_decision_date (product, date);
  if (ntm_import_find_role (part, ROLE_MARKETS) >= 0)
    ntm_ocop_product_set_export_markets (product, markets ? markets : "");
  if (ntm_import_find_role (part, ROLE_NOTE) >= 0)
    ntm_ocop_product_set_note (product, note ? note : "");

  add_record (self, &ocop_products, part, row, ROLE_SCORE, unit_code, 0, name, found, product);
}

/* Targets: a year's, by what they measure and their scope. */

static GListModel *
list_targets (NtmDatabase *db,
              const char  *unit_code,
              int          year)
{
  return ntm_database_list_targets (db, year, NULL);
}

static char *
target_key (const char *metric,
            const char *scope_code)
{
  return g_strdup_printf ("%s\x1f%s", metric, scope_code ? scope_code : "");
}

static char *
target_identity (gpointer record)
{
  NtmTarget *t = record;

  return target_key (ntm_target_get_metric (t), ntm_target_get_scope_code (t));
}

static char *
target_text (gpointer record)
{
  NtmTarget *t = record;
  g_autofree char *value = ntm_import_format_value (ntm_target_get_value (t));

  return g_strdup_printf ("%s · %s · %s · %s", ntm_target_kind_get_label (ntm_target_get_kind (t)), value,
                          ntm_target_get_note (t), ntm_target_get_source (t));
}

static const RecordKind targets = {
  NTM_REGISTER_TARGETS, list_targets, target_identity, target_text, (RecordCheck) ntm_target_validate,
  (RecordSave) ntm_database_save_target, (RecordId) ntm_target_get_id, ntm_database_delete_target,
};

/* The scope of a target: the province, or a unit by code or name. */
static char *
target_scope (NtmImport  *self,
              const char *text)
{
  g_autofree char *bare = ntm_text_strip_unit_type (text);
  g_autofree char *folded = ntm_text_fold (bare);
  g_autoptr(NtmMatch) match = NULL;
  NtmFeatureKey key = { NULL, text, NULL, NULL, NULL };

  for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(NtmUnit) unit = g_list_model_get_item (self->units, i);

      if (ntm_unit_get_kind (unit) == NTM_UNIT_KIND_PROVINCE)
        {
          g_autofree char *name = ntm_text_strip_unit_type (ntm_unit_get_name (unit));
          g_autofree char *name_folded = ntm_text_fold (name);

          if (g_str_equal (folded, name_folded) || g_str_equal (folded, "toan tinh") ||
              g_str_equal (folded, "province") || g_str_equal (text, ntm_unit_get_code (unit)))
            return g_strdup (ntm_unit_get_code (unit));
        }
    }
  key.code = text;
  match = ntm_boundary_matcher_match (self->matcher, &key);
  if (match->method == NTM_MATCH_AMBIGUOUS || match->method == NTM_MATCH_NONE)
    {
      NtmFeatureKey by_name = { NULL, text, NULL, NULL, NULL };
      ntm_match_free (g_steal_pointer (&match));
      match = ntm_boundary_matcher_match (self->matcher, &by_name);
    }
  return match->method == NTM_MATCH_NONE || match->method == NTM_MATCH_AMBIGUOUS ? NULL : g_strdup (match->unit_code);
}

void
ntm_import_read_target_row (NtmImport *self,
                            Part      *part,
                            guint      row)
{
  const char *metric_text = ntm_import_text_at (self, part, row, ROLE_METRIC);
  const char *scope_text = ntm_import_text_at (self, part, row, ROLE_SCOPE);
  const char *kind_text = ntm_import_text_at (self, part, row, ROLE_TARGET_KIND);
  const char *value_text = ntm_import_text_at (self, part, row, ROLE_VALUE);
  g_autofree char *note = ntm_import_clean_at (self, part, row, ROLE_NOTE);
  g_autofree char *source = ntm_import_clean_at (self, part, row, ROLE_SOURCE);
  g_autofree char *scope = NULL;
  g_autofree char *key = NULL;
  g_autofree char *identity = NULL;
  const char *metric = NULL;
  const char * const *metrics = ntm_target_list_metrics ();
  NtmTarget *found;
  NtmTarget *target;
  double value;
  int kind = read_choice (kind_text, &target_kinds);
  int year = ntm_import_row_year (self, part, row);

  if (year < 0)
    return;
  if (metric_text == NULL)
    {
      self->counts.skipped++;
      return;
    }
  if (year == 0)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_YEAR), _("The year of the target is missing."));
      return;
    }
  {
    g_autofree char *folded = ntm_text_fold (metric_text);
    for (guint i = 0; metrics[i] != NULL && metric == NULL; i++)
      {
        g_autofree char *label = ntm_text_fold (ntm_target_metric_get_label (metrics[i]));
        if (g_str_equal (folded, label) || g_str_equal (metric_text, metrics[i]))
          metric = metrics[i];
      }
  }
  if (metric == NULL)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_METRIC), _("“%s” is not a target Ntm keeps."), metric_text);
      return;
    }
  scope = scope_text ? target_scope (self, scope_text) : NULL;
  if (scope == NULL)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_SCOPE), _("“%s” is not a unit in force this year."),
                            scope_text ? scope_text : "");
      return;
    }
  if (kind < 0)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_TARGET_KIND), _("“%s” is not a kind of target."),
                            kind_text ? kind_text : "");
      return;
    }
  if (value_text == NULL || !ntm_import_read_number (value_text, FALSE, &value, NULL))
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_VALUE), _("“%s” is not a number."), value_text ? value_text : "");
      return;
    }
  key = g_strdup_printf ("t|%d|%s|%s", year, metric, scope);
  if (!ntm_import_check_duplicate (self, part, row, ntm_import_column_of (part, ROLE_METRIC), key, metric_text))
    return;

  identity = target_key (metric, scope);
  found = find_record (self, &targets, NULL, year, identity);
  target = found ? ntm_target_copy (found) : ntm_target_new ();
  ntm_target_set_year (target, year);
  ntm_target_set_metric (target, metric);
  ntm_target_set_scope_code (target, scope);
  ntm_target_set_kind (target, kind);
  ntm_target_set_value (target, value);
  if (ntm_import_find_role (part, ROLE_NOTE) >= 0)
    ntm_target_set_note (target, note ? note : "");
  if (ntm_import_find_role (part, ROLE_SOURCE) >= 0)
    ntm_target_set_source (target, source ? source : "");

  add_record (self, &targets, part, row, ROLE_VALUE, scope, year, ntm_target_metric_get_label (metric), found, target);
}

static const RecordKind *
record_kind (NtmRegister reg)
{
  static const RecordKind * const kinds[] = { &recognitions, &funds, &ocop_products, &targets };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i]->reg == reg)
      return kinds[i];
  g_return_val_if_reached (NULL);
}

gboolean
ntm_import_write_record (NtmImport  *self,
                         Change     *c,
                         gboolean    undo,
                         GError    **error)
{
  const RecordKind *kind = record_kind (c->reg);

  /* inserted: take it out again */
  if (undo && c->more->old_record == NULL)
    return kind->remove (self->db, kind->get_id (c->more->new_record), error);
  return kind->save (self->db, undo ? c->more->old_record : c->more->new_record, error);
}

/* The water-scheme list's columns: the field's place, its heading in
 * English and in Vietnamese. */
enum {
  SCHEME_COMMUNES, SCHEME_STATUS, SCHEME_WATER_SOURCE, SCHEME_TREATMENT, SCHEME_DESIGN_CAPACITY,
  SCHEME_ACTUAL_OUTPUT, SCHEME_PIPE_LENGTH, SCHEME_HOUSEHOLDS_DESIGN, SCHEME_HOUSEHOLDS_ACTUAL,
  SCHEME_PEOPLE_DESIGN, SCHEME_PEOPLE_ACTUAL, SCHEME_NEW_CONNECTIONS, SCHEME_STARTED_ON,
  SCHEME_COMMISSIONED_ON, SCHEME_PROGRESS, SCHEME_MANAGEMENT, SCHEME_TARIFF, SCHEME_LOSS_RATE,
  SCHEME_TESTED_ON, SCHEME_QUALITY, SCHEME_SUSTAINABILITY, N_SCHEME_FIELDS
};

static const char * const scheme_headings[N_SCHEME_FIELDS][2] = {
  { "Communes served", "Các xã được cấp nước" },
  { "Status", "Tình trạng" },
  { "Water source", "Nguồn nước" },
  { "Treatment", "Công nghệ xử lý" },
  { "Design capacity (m³/day)", "Công suất thiết kế (m³/ngày đêm)" },
  { "Actual output (m³/day)", "Công suất thực tế (m³/ngày đêm)" },
  { "Pipe length (km)", "Chiều dài đường ống (km)" },
  { "Households, design", "Số hộ theo thiết kế" },
  { "Households, actual", "Số hộ thực tế" },
  { "People, design", "Số người theo thiết kế" },
  { "People, actual", "Số người thực tế" },
  { "New connections this year", "Đấu nối mới trong năm" },
  { "Started on", "Ngày khởi công" },
  { "Commissioned on", "Ngày đưa vào sử dụng" },
  { "Construction progress (%)", "Tiến độ xây dựng (%)" },
  { "Management", "Mô hình quản lý" },
  { "Tariff (đồng/m³)", "Giá nước (đồng/m³)" },
  { "Loss rate (%)", "Tỷ lệ thất thoát (%)" },
  { "Last quality test", "Lần kiểm tra chất lượng gần nhất" },
  { "Quality test result", "Kết quả kiểm tra chất lượng" },
  { "Sustainability", "Bền vững" },
};

/* A scheme's choice (status, water source, management, sustainability):
 * its code, its label in the interface's language, in English or in
 * Vietnamese. */
static const char * const scheme_choices[][3] = {
  { "planned", "Planned", "Đang chuẩn bị đầu tư" },
  { "building", "Under construction", "Đang xây dựng" },
  { "operating", "Operating", "Đang hoạt động" },
  { "stopped", "Stopped", "Ngừng hoạt động" },
  { "surface", "Surface water", "Nước mặt" },
  { "ground", "Groundwater", "Nước ngầm" },
  { "provincial_centre", "Provincial water centre", "Trung tâm Nước sạch tỉnh" },
  { "enterprise", "Enterprise", "Doanh nghiệp" },
  { "cooperative", "Cooperative", "Hợp tác xã" },
  { "commune_committee", "Commune People’s Committee", "UBND xã" },
  { "community", "Community group", "Tổ cộng đồng" },
  { "sustainable", "Sustainable", "Bền vững" },
  { "fairly", "Fairly sustainable", "Tương đối bền vững" },
  { "poorly", "Poorly sustainable", "Kém bền vững" },
  { "not_operating", "Not operating", "Không hoạt động" },
};

/* The headings above, folded once: every candidate heading of every
 * sheet is compared with them. */
static const char * const *
folded_scheme_headings (void)
{
  static char *folded[N_SCHEME_FIELDS * 2];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < N_SCHEME_FIELDS; i++)
        for (guint l = 0; l < 2; l++)
          folded[i * 2 + l] = ntm_text_fold (scheme_headings[i][l]);
      g_once_init_leave (&done, 1);
    }
  return (const char * const *) folded;
}

gboolean
ntm_import_recognise_scheme_heading (const char *folded,
                                     Role       *role)
{
  const char * const *keys = folded_scheme_headings ();

  for (guint i = 0; i < N_SCHEME_FIELDS; i++)
    for (guint l = 0; l < 2; l++)
      {
        if (g_str_equal (folded, keys[i * 2 + l]))
          {
            role->kind = ROLE_SCHEME;
            role->target = i;
            return TRUE;
          }
      }
  return FALSE;
}

/* One of @allowed, written as code or label; NULL when empty. */
static gboolean
read_scheme_choice (const char          *text,
                    const char * const  *allowed,
                    char               **out)
{
  g_autofree char *folded = NULL;

  *out = NULL;
  if (text == NULL)
    return TRUE;
  folded = ntm_text_fold (text);
  for (guint i = 0; i < G_N_ELEMENTS (scheme_choices); i++)
    {
      if (!g_strv_contains (allowed, scheme_choices[i][0]))
        continue;
      for (guint k = 0; k < 3; k++)
        {
          g_autofree char *key = ntm_text_fold (scheme_choices[i][k]);
          g_autofree char *label = ntm_text_fold (ntm_water_choice_get_label (scheme_choices[i][0]));

          if (g_str_equal (folded, key) || g_str_equal (folded, label))
            {
              *out = g_strdup (scheme_choices[i][0]);
              return TRUE;
            }
        }
    }
  return FALSE;
}

static const char *
scheme_cell (NtmImport *self,
             Part      *part,
             guint      row,
             int        field,
             int       *column)
{
  for (guint c = 0; c < part->roles->len; c++)
    {
      Role *r = &g_array_index (part->roles, Role, c);

      if (r->kind == ROLE_SCHEME && r->target == field)
        {
          *column = c;
          return ntm_import_cell (self, part, row, c);
        }
    }
  *column = -1;
  return NULL;
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* What a scheme holds, as the list shows it, to tell old from new. */
static char *
scheme_text (const NtmWaterSchemeFields *f)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const double numbers[] = { f->design_capacity, f->actual_output, f->pipe_length, f->households_design,
                             f->households_actual, f->people_design, f->people_actual, f->new_connections,
                             f->progress, f->tariff, f->loss_rate };
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  for (guint i = 0; f->communes && i < f->communes->len; i++)
    g_ptr_array_add (codes, g_ptr_array_index (f->communes, i));
  g_ptr_array_sort (codes, compare_codes);
  g_string_append_printf (out, "%s · %s · ", f->code ? f->code : "", f->name ? f->name : "");
  for (guint i = 0; i < codes->len; i++)
    g_string_append_printf (out, "%s%s", i ? "," : "", (const char *) g_ptr_array_index (codes, i));
  g_string_append_printf (out, " · %s · %s · %s · %s · %s · %s · %s · %s · %d · %s · %s", f->status ? f->status : "",
                          f->water_source ? f->water_source : "", f->treatment ? f->treatment : "",
                          f->started_on ? f->started_on : "", f->commissioned_on ? f->commissioned_on : "",
                          f->management ? f->management : "", f->quality_tested_on ? f->quality_tested_on : "",
                          f->sustainability ? f->sustainability : "", f->quality_passed,
                          f->note ? f->note : "", "");
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *n = isnan (numbers[i]) ? g_strdup ("—") : ntm_import_format_value (numbers[i]);
      g_string_append_printf (out, " %s", n);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Schemes are found as the registers of records are, by code, else (one
 * with no code) by name; their fields are read and written through
 * ntm-water-scheme.c's own functions. */
static GListModel *
list_schemes (NtmDatabase *db,
              const char  *unit_code,
              int          year)
{
  return ntm_database_list_water_schemes (db, NULL);
}

static char *
scheme_key (const char *code,
            const char *name)
{
  g_autofree char *folded = NULL;

  if (code != NULL && *code != '\0')
    return g_strconcat ("c\x1f", code, NULL);
  folded = ntm_text_fold_keep_marks (name);
  return g_strconcat ("n\x1f", folded, NULL);
}

static char *
scheme_identity (gpointer record)
{
  const NtmWaterSchemeFields *f = ntm_water_scheme_get_fields (record);

  return scheme_key (f->code, f->name);
}

static const RecordKind schemes = { NTM_REGISTER_SCHEMES, list_schemes, scheme_identity, };

void
ntm_import_read_scheme_row (NtmImport *self,
                            Part      *part,
                            guint      row)
{
  g_autoptr(NtmWaterSchemeFields) fields = NULL;
  g_autoptr(NtmWaterSchemeFields) old = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *code = ntm_import_clean_at (self, part, row, ROLE_CODE);
  g_autofree char *name = ntm_import_clean_at (self, part, row, ROLE_NAME);
  g_autofree char *key = NULL;
  g_autofree char *folded_name = NULL;
  g_autofree char *identity = NULL;
  NtmWaterScheme *found;
  const char *text;
  int column;
  gboolean ok;

  if (name == NULL && code == NULL)
    {
      self->counts.skipped++;
      return;
    }
  if (name == NULL)
    {
      ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_NAME), _("The scheme’s name is missing."));
      return;
    }
  folded_name = ntm_text_fold_keep_marks (name);
  key = g_strdup_printf ("w|%s", code ? code : folded_name);
  if (!ntm_import_check_duplicate (self, part, row, ntm_import_column_of (part, ROLE_NAME), key, name))
    return;

  /* the scheme on record: by its code, else by its name */
  identity = scheme_key (code, name);
  found = find_record (self, &schemes, NULL, 0, identity);
  if (found != NULL)
    old = ntm_database_load_water_scheme (self->db, ntm_water_scheme_get_id (found), NULL);

  fields = old ? ntm_water_scheme_fields_copy (old) : ntm_water_scheme_fields_new ();
  g_free (fields->code);
  fields->code = g_strdup (code ? code : "");
  g_free (fields->name);
  fields->name = g_strdup (name);

  /* the communes served, by name, separated by commas */
  text = scheme_cell (self, part, row, SCHEME_COMMUNES, &column);
  if (column >= 0)
    {
      g_auto(GStrv) names = g_strsplit_set (text ? text : "", ",;", -1);

      g_ptr_array_set_size (fields->communes, 0);
      for (guint i = 0; names[i] != NULL; i++)
        {
          g_autofree char *one = ntm_import_clean_text (names[i]);
          NtmFeatureKey k = { NULL, one, NULL, NULL, NULL };
          g_autoptr(NtmMatch) match = NULL;

          if (one == NULL)
            continue;
          match = ntm_boundary_matcher_match (self->matcher, &k);
          if (match->method == NTM_MATCH_NONE || match->method == NTM_MATCH_AMBIGUOUS)
            {
              ntm_import_add_error (self, part, row, column,
                                    match->method == NTM_MATCH_NONE ? _("There is no commune “%s”.")
                                                                    : _("More than one commune is called “%s”: give its code."),
                                    one);
              return;
            }
          g_ptr_array_add (fields->communes, g_strdup (match->unit_code));
        }
    }

  /* the choices */
  {
    const struct { int field; const char * const *allowed; char **target; } choices[] = {
      { SCHEME_STATUS, ntm_water_scheme_statuses (), &fields->status },
      { SCHEME_WATER_SOURCE, ntm_water_scheme_sources (), &fields->water_source },
      { SCHEME_MANAGEMENT, ntm_water_scheme_managements (), &fields->management },
      { SCHEME_SUSTAINABILITY, ntm_water_scheme_sustainabilities (), &fields->sustainability },
    };

    for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
      {
        char *value = NULL;

        text = scheme_cell (self, part, row, choices[i].field, &column);
        if (column < 0)
          continue;
        if (!read_scheme_choice (text, choices[i].allowed, &value))
          {
            ntm_import_add_error (self, part, row, column, _("“%s” is not one of the choices of this column."), text);
            return;
          }
        g_free (*choices[i].target);
        *choices[i].target = value;
      }
  }

  /* the numbers: empty is "not known" */
  {
    const struct { int field; double *target; gboolean whole; } numbers[] = {
      { SCHEME_DESIGN_CAPACITY, &fields->design_capacity, FALSE },
      { SCHEME_ACTUAL_OUTPUT, &fields->actual_output, FALSE },
      { SCHEME_PIPE_LENGTH, &fields->pipe_length, FALSE },
      { SCHEME_HOUSEHOLDS_DESIGN, &fields->households_design, TRUE },
      { SCHEME_HOUSEHOLDS_ACTUAL, &fields->households_actual, TRUE },
      { SCHEME_PEOPLE_DESIGN, &fields->people_design, TRUE },
      { SCHEME_PEOPLE_ACTUAL, &fields->people_actual, TRUE },
      { SCHEME_NEW_CONNECTIONS, &fields->new_connections, TRUE },
      { SCHEME_PROGRESS, &fields->progress, FALSE },
      { SCHEME_TARIFF, &fields->tariff, FALSE },
      { SCHEME_LOSS_RATE, &fields->loss_rate, FALSE },
    };

    for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
      {
        double value;

        text = scheme_cell (self, part, row, numbers[i].field, &column);
        if (column < 0)
          continue;
        if (text == NULL || ntm_import_is_dash (text))
          *numbers[i].target = NAN;
        else if (ntm_import_read_number (text, numbers[i].whole, &value, NULL))
          *numbers[i].target = value;
        else
          {
            ntm_import_add_error (self, part, row, column, _("“%s” is not a number."), text);
            return;
          }
      }
  }

  /* the dates and the quality test */
  {
    const struct { int field; char **target; } dates[] = {
      { SCHEME_STARTED_ON, &fields->started_on },
      { SCHEME_COMMISSIONED_ON, &fields->commissioned_on },
      { SCHEME_TESTED_ON, &fields->quality_tested_on },
    };

    for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
      {
        g_autofree char *date = NULL;

        text = scheme_cell (self, part, row, dates[i].field, &column);
        if (column < 0)
          continue;
        date = read_date (text);
        if (text != NULL && date == NULL)
          {
            ntm_import_add_error (self, part, row, column, _("“%s” is not a date."), text);
            return;
          }
        g_free (*dates[i].target);
        *dates[i].target = g_steal_pointer (&date);
      }
    text = scheme_cell (self, part, row, SCHEME_QUALITY, &column);
    if (column >= 0)
      {
        double passed;

        if (text == NULL)
          fields->quality_passed = -1;
        else if (ntm_import_read_yes_no (text, &passed))
          fields->quality_passed = (int) passed;
        else
          {
            g_autofree char *folded = ntm_text_fold (text);
            g_autofree char *yes = ntm_text_fold (_("Passed"));
            g_autofree char *no = ntm_text_fold (_("Failed"));

            if (g_str_equal (folded, yes) || g_str_equal (folded, "passed"))
              fields->quality_passed = 1;
            else if (g_str_equal (folded, no) || g_str_equal (folded, "failed"))
              fields->quality_passed = 0;
            else
              {
                ntm_import_add_error (self, part, row, column, _("“%s” is not a test result: write Đạt or Không đạt."), text);
                return;
              }
          }
      }
  }
  text = scheme_cell (self, part, row, SCHEME_TREATMENT, &column);
  if (column >= 0)
    {
      g_free (fields->treatment);
      fields->treatment = g_strdup (text ? text : "");
    }
  if (ntm_import_find_role (part, ROLE_NOTE) >= 0)
    {
      g_free (fields->note);
      fields->note = ntm_import_clean_at (self, part, row, ROLE_NOTE);
      if (fields->note == NULL)
        fields->note = g_strdup ("");
    }

  problems = ntm_water_scheme_fields_check (fields, &ok);
  if (!ok)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          NtmFieldProblem *p = g_ptr_array_index (problems, i);
          if (!p->warning)
            {
              ntm_import_add_error (self, part, row, ntm_import_column_of (part, ROLE_NAME), "%s", p->message);
              return;
            }
        }
    }

  {
    Change *c = ntm_import_add_change (self, NTM_REGISTER_SCHEMES, NULL, 0, g_strdup (name),
                                       ntm_import_cell_ref (self, part, row, 0));

    c->more->old_scheme = old ? ntm_water_scheme_fields_copy (old) : NULL;
    c->more->new_scheme = g_steal_pointer (&fields);
    c->pub.old_text = old ? scheme_text (old) : NULL;
    c->pub.new_text = scheme_text (c->more->new_scheme);
    c->pub.action = old == NULL ? NTM_IMPORT_INSERT
                    : g_strcmp0 (c->pub.old_text, c->pub.new_text) == 0 ? NTM_IMPORT_UNCHANGED : NTM_IMPORT_UPDATE;
    self->counts.values++;
    ntm_import_count_change (self, c);
  }
}

gboolean
ntm_import_write_scheme (NtmImport  *self,
                         Change     *c,
                         gboolean    undo,
                         GError    **error)
{
  if (undo && c->more->old_scheme == NULL)
    return ntm_database_delete_water_scheme (self->db, c->more->new_scheme->id, error);
  return ntm_database_save_water_scheme (self->db, undo ? c->more->old_scheme : c->more->new_scheme, error);
}

