/* ntm-import-private.h: what the parts of the importer share
 *
 * ntm-import-header.c reads the catalogue of criteria sets and finds a
 * sheet's table by its header; ntm-import.c matches its rows to units,
 * reads the cells of criteria statuses, indicator values, water figures,
 * commune groups and criteria sets, and commits; ntm-import-records.c
 * reads and writes the registers of records (recognitions, funds, OCOP
 * products, targets and water schemes). They share the importer's state,
 * the catalogue (CatSet, CatCriterion, CatIndicator), a sheet's table
 * (Part) and a change (Change), and the helpers below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ntm-boundary-match.h"
#include "ntm-criteria-edit.h"
#include "ntm-criterion-status.h"
#include "ntm-database-private.h"
#include "ntm-import.h"
#include "ntm-water-scheme.h"

G_BEGIN_DECLS

/* What a column of a sheet holds, as its heading says or as the person
 * maps it in the preview. */
typedef enum {
  ROLE_NONE,
  ROLE_IGNORE,
  ROLE_ORDER,
  ROLE_CODE,
  ROLE_NAME,
  ROLE_DISTRICT,
  ROLE_YEAR,
  ROLE_COUNT,
  ROLE_SET,
  ROLE_CRITERION_NUMBER,
  ROLE_INDICATOR_CODE,
  ROLE_VALUE,
  ROLE_OVERRIDE,
  ROLE_REASON,
  ROLE_NOTE,
  ROLE_CRITERION,        /* target: criterion id */
  ROLE_INDICATOR,        /* target: indicator id */
  ROLE_WATER,            /* target: 0 total, 1 hygienic, 2 clean */
  ROLE_SET_NAME,
  ROLE_DECISION,
  ROLE_APPLIES_TO,
  ROLE_LEVEL,
  ROLE_YEAR_FROM,
  ROLE_YEAR_TO,
  ROLE_CRITERION_NAME,
  ROLE_INDICATOR_NAME,
  ROLE_MEASURE,
  ROLE_KIND,
  ROLE_COMPARISON,
  ROLE_GROUP,            /* target: commune group 1–3 */
  ROLE_DECISION_NUMBER,
  ROLE_DECISION_DATE,
  ROLE_ISSUER,
  ROLE_SOURCE,
  ROLE_PRODUCT,
  ROLE_PRODUCT_GROUP,
  ROLE_PRODUCER,
  ROLE_PRODUCER_TYPE,
  ROLE_SCORE,
  ROLE_MARKETS,
  ROLE_SPONSOR,
  ROLE_PLANNED,
  ROLE_ACTUAL,
  ROLE_METRIC,
  ROLE_SCOPE,
  ROLE_TARGET_KIND,
  ROLE_SCHEME,           /* target: the scheme's field (SCHEME_*) */
  ROLE_COMMUNE_GROUP,    /* a commune's group (1–3) under Decision 51/2025 */
  N_ROLES
} RoleKind;

/* A column's role, with what it names where the kind needs it (see the
 * kinds' comments above). */
typedef struct {
  RoleKind kind;
  gint64   target;
} Role;

/* One sheet with a recognised table. */
typedef struct {
  guint        sheet;
  char        *sheet_name;
  guint        header_row;      /* index of the band's first row */
  guint        header_rows;     /* rows in the band */
  guint        first_data_row;
  NtmRegister  reg;
  int          year;            /* the sheet's year, 0 when rows carry theirs */
  char        *set_code;        /* the set of criterion and indicator columns */
  char        *layout;          /* the layout's signature, for remembered mappings */
  GArray      *roles;           /* of Role, one per column */
  GPtrArray   *column_headings; /* of char *, one per column */
  GArray      *recognised;      /* of gboolean: the role came from the heading itself */
  GArray      *fractions;       /* of gboolean: a percent column written as 0–1 */
} Part;

/* What a change of the registers other than criteria statuses and
 * indicator values needs: kept apart, so that a file of many values
 * holds only what a value needs. */
typedef struct {
  /* records: recognitions, funds, OCOP products, targets */
  GObject         *old_record;   /* as on record, or NULL for a new one */
  GObject         *new_record;   /* as it will be */
  NtmWaterSchemeFields *old_scheme;  /* water schemes: as on record, or NULL */
  NtmWaterSchemeFields *new_scheme;
  /* commune groups: the spans on record from the year on, for an undo */
  int              new_group;
  GPtrArray       *old_groups;   /* of NtmCommuneGroupSpan */
  /* water figures */
  int              new_water[3];
  gboolean         old_water_known;
  int              old_water[3];
  /* criteria set definitions */
  int              item;         /* SET_ITEM_* */
  char            *set_code;
  char            *set_name;
  char            *decision;
  char            *applies_to;
  NtmLevel         level;
  int              year_from;
  int              year_to;
  char            *number;
  char            *code;
  char            *name;
  char            *unit;
  NtmIndicatorKind kind;
  NtmComparison    comparison;
  int              group;
  gboolean         has_threshold;
  double           threshold;
} ChangeMore;

/* An indicator value's status set by hand, reason and note, as on record
 * and as the row gives them: only a list Ntm exported has the columns. */
typedef struct {
  char *new_override;
  char *new_reason;
  char *new_note;
  char *old_override;
  char *old_reason;
  char *old_note;
} ChangeTexts;

/* A file of indicator values holds a change for each value: what every
 * change needs is kept small, the rest in @texts and @more. */
typedef struct {
  NtmImportChange  pub;          /* first: what the preview shows */
  gint64           target;
  /* indicator values */
  double           new_value;
  double           old_value;
  const char      *cell_sheet;     /* with the two below: the cell, when pub.cell waits to be written */
  guint            cell_row;       /* the row's number, from 1 */
  guint            cell_column;
  /* criteria statuses: as recorded, for an undo */
  NtmRecordedStatus *old_recorded;
  ChangeTexts     *texts;          /* values from a row with status, reason and note columns; else NULL */
  ChangeMore      *more;           /* what the other registers need; NULL for statuses and values */
  guint8           reg;            /* NtmRegister */
  guint8           new_status;     /* NtmStatus, of a criterion's status */
  guint8           value_kind;     /* NtmIndicatorKind */
  guint            has_new_value : 1;
  guint            old_row : 1;
  guint            old_has_value : 1;
  guint            texts_pending : 1;  /* the value texts are written when first asked for */
} Change;

/* Changes are handed out from blocks of this many, freed together. */
#define CHANGE_BLOCK_SIZE 4096

enum { SET_ITEM_SET, SET_ITEM_CRITERION, SET_ITEM_INDICATOR, SET_ITEM_THRESHOLD };

/* Catalogue of one criteria set, as read once. */
typedef struct {
  gint64  id;
  char   *set_code;
  char   *number;
  char   *number_key;   /* folded */
  char   *name;
  char   *name_key;
} CatCriterion;

typedef struct {
  gint64            id;
  gint64            criterion_id;
  char             *set_code;
  char             *code;
  char             *code_key;
  const char       *label;     /* "318-ntm 17.1", interned */
  char             *name;
  NtmIndicatorKind  kind;
} CatIndicator;

typedef struct {
  char     *code;
  char     *code_key;
  char     *name;
  char     *applies_to;
  NtmLevel  level;
  int       year_from;
  int       year_to;
} CatSet;

struct _NtmImport
{
  GObject             parent_instance;

  NtmDatabase        *db;
  NtmWorkbook        *workbook;
  GListModel         *units;
  NtmBoundaryMatcher *matcher;
  GHashTable         *unit_names;     /* code → name (borrowed from units) */
  const char         *last_code;      /* the unit of the last change, interned, and its name */
  const char         *last_name;
  GHashTable         *unit_kinds;     /* code → NtmUnitKind + 1 */
  int                 year_given;

  GPtrArray          *sets;           /* of CatSet */
  GPtrArray          *criteria;       /* of CatCriterion */
  GPtrArray          *indicators;     /* of CatIndicator */
  GHashTable         *evaluations;    /* year → NtmEvaluation */
  GHashTable         *recorded;       /* "s|unit|criterion|year" → NtmRecordedStatus */
  GHashTable         *assessed;       /* "a|unit|indicator|year" → Assessed */
  GHashTable         *loaded_years;   /* years whose recorded statuses are loaded */
  GHashTable         *mapping;        /* "sheet|column" → role name, set by the person */
  GHashTable         *heading_cache;  /* set code → (text → Role) */
  GHashTable         *folded_texts;   /* text → folded */
  GHashTable         *catalogue_index; /* "c|set|number" → CatCriterion, "i|set|code" → CatIndicator (folded) */
  GHashTable         *indicator_ids;  /* id → CatIndicator, looked up for every value */
  GHashTable         *records;        /* "register|unit|year" → (identity → record), see find_record() */
  GHashTable         *groups;         /* unit code → GPtrArray of NtmCommuneGroupSpan, once read */

  GPtrArray          *parts;          /* of Part */
  GPtrArray          *problems;       /* of NtmImportProblem */
  GPtrArray          *changes;        /* of Change, each in a block of change_blocks */
  GPtrArray          *change_blocks;  /* of Change[CHANGE_BLOCK_SIZE] */
  guint               block_used;     /* changes handed out from the last block */
  GHashTable         *seen;           /* duplicates: key → cell of first sight */
  GHashTable         *matched;        /* unit codes matched */
  GPtrArray          *staged;         /* of Change: plain values, written together, while a commit writes */
  NtmDataStamp        read_stamp;     /* the data as the changes were worked out from it */
  NtmImportCounts     counts;
  gboolean            committed;
  gboolean            undone;
  gboolean            headers_only;
};

/* The catalogue and the header (ntm-import-header.c) */
void          ntm_import_cat_criterion_free (gpointer      data);
void          ntm_import_cat_indicator_free (gpointer      data);
void          ntm_import_cat_set_free       (gpointer      data);
gboolean      ntm_import_load_catalogue     (NtmImport    *self,
                                             GError      **error);
CatSet       *ntm_import_find_set           (NtmImport    *self,
                                             const char   *code);
CatSet       *ntm_import_main_set           (NtmImport    *self,
                                             int           year);
CatCriterion *ntm_import_find_criterion     (NtmImport    *self,
                                             const char   *set_code,
                                             const char   *number);
CatCriterion *ntm_import_criterion_by_id    (NtmImport    *self,
                                             gint64        id);
CatIndicator *ntm_import_find_indicator     (NtmImport    *self,
                                             const char   *set_code,
                                             const char   *code);
CatIndicator *ntm_import_indicator_by_id    (NtmImport    *self,
                                             gint64        id);
const char   *ntm_import_skip_words         (const char          *text,
                                             const char * const  *prefixes);
const char   *ntm_import_role_name          (RoleKind      kind);
char         *ntm_import_role_to_string     (Role          role);
gboolean      ntm_import_role_from_string   (const char   *text,
                                             Role         *role);
gboolean      ntm_import_is_value_role      (RoleKind      kind);
gboolean      ntm_import_find_header        (NtmImport    *self,
                                             Part         *part);

/* Cells and rows (ntm-import.c) */
const char *ntm_import_cell             (NtmImport   *self,
                                         Part        *part,
                                         guint        row,
                                         guint        column);
const char *ntm_import_text_at          (NtmImport   *self,
                                         Part        *part,
                                         guint        row,
                                         RoleKind     kind);
char       *ntm_import_clean_at         (NtmImport   *self,
                                         Part        *part,
                                         guint        row,
                                         RoleKind     kind);
int         ntm_import_find_role        (Part        *part,
                                         RoleKind     kind);
int         ntm_import_column_of        (Part        *part,
                                         RoleKind     kind);
int         ntm_import_row_year         (NtmImport   *self,
                                         Part        *part,
                                         guint        row);
char       *ntm_import_cell_ref         (NtmImport   *self,
                                         Part        *part,
                                         guint        row,
                                         guint        column);
char       *ntm_import_clean_text       (const char  *text);
gboolean    ntm_import_is_dash          (const char  *text);
gboolean    ntm_import_read_number      (const char  *text,
                                         gboolean     whole,
                                         double      *out,
                                         gboolean    *percent_sign);
gboolean    ntm_import_read_status      (const char  *text,
                                         NtmStatus   *out);
int         ntm_import_find_year        (const char  *text);
gboolean    ntm_import_read_yes_no      (const char  *text,
                                         double      *out);
gboolean    ntm_import_read_level       (const char  *text,
                                         NtmLevel    *out);
char       *ntm_import_format_value     (double       value);
gboolean    ntm_import_is_roman         (const char  *text);
gboolean    ntm_import_is_total_text    (const char  *text);
gboolean    ntm_import_is_district_text (const char  *text);
gboolean    ntm_import_same_number      (double       a,
                                         double       b);
gboolean    ntm_import_same_text        (const char  *a,
                                         const char  *b);

/* Problems and changes (ntm-import.c) */
void        ntm_import_add_error        (NtmImport   *self,
                                         Part        *part,
                                         guint        row,
                                         guint        column,
                                         const char  *format,
                                         ...) G_GNUC_PRINTF (5, 6);
gboolean    ntm_import_check_duplicate  (NtmImport   *self,
                                         Part        *part,
                                         guint        row,
                                         guint        column,
                                         const char  *key,
                                         const char  *label);
const char *ntm_import_change_cell      (Change      *c);
Change     *ntm_import_add_change       (NtmImport   *self,
                                         NtmRegister  reg,
                                         const char  *unit_code,
                                         int          year,
                                         char        *what,
                                         char        *cell_ref);
void        ntm_import_count_change     (NtmImport   *self,
                                         Change      *c);

/* The registers of records (ntm-import-records.c) */
gboolean    ntm_import_recognise_scheme_heading (const char  *folded,
                                                 Role        *role);
void        ntm_import_read_recognition_row     (NtmImport   *self,
                                                 Part        *part,
                                                 guint        row,
                                                 const char  *unit_code,
                                                 int          year);
void        ntm_import_read_fund_row            (NtmImport   *self,
                                                 Part        *part,
                                                 guint        row,
                                                 const char  *unit_code,
                                                 int          year);
void        ntm_import_read_ocop_row            (NtmImport   *self,
                                                 Part        *part,
                                                 guint        row,
                                                 const char  *unit_code);
void        ntm_import_read_target_row          (NtmImport   *self,
                                                 Part        *part,
                                                 guint        row);
void        ntm_import_read_scheme_row          (NtmImport   *self,
                                                 Part        *part,
                                                 guint        row);
gboolean    ntm_import_write_record             (NtmImport   *self,
                                                 Change      *c,
                                                 gboolean     undo,
                                                 GError     **error);
gboolean    ntm_import_write_scheme             (NtmImport   *self,
                                                 Change      *c,
                                                 gboolean     undo,
                                                 GError     **error);

/* A criteria set's rows and the communes' groups (ntm-import-sets.c) */
void        ntm_import_read_set_row             (NtmImport   *self,
                                                 Part        *part,
                                                 guint        row);
void        ntm_import_read_group_row           (NtmImport   *self,
                                                 Part        *part,
                                                 guint        row,
                                                 const char  *unit_code,
                                                 int          year);

G_END_DECLS
