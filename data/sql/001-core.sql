-- Ntm schema, version 1: administrative units, criteria sets, assessments,
-- recognitions, reported figures and targets.
--
-- Every criteria set, indicator and threshold is data: the office edits them.

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT
) STRICT;

-- Administrative units. A unit lives from valid_from to valid_to (ISO dates,
-- NULL = open ended), so that later reorganisations can be added with their
-- lineage instead of overwriting history.
CREATE TABLE unit (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind        TEXT NOT NULL CHECK (kind IN ('province', 'district', 'town', 'city',
                                            'commune', 'ward', 'township')),
  parent_code TEXT REFERENCES unit (code) ON UPDATE CASCADE ON DELETE RESTRICT,
  lat         REAL CHECK (lat IS NULL OR (lat BETWEEN -90 AND 90)),
  lon         REAL CHECK (lon IS NULL OR (lon BETWEEN -180 AND 180)),
  region      TEXT,
  commune_group INTEGER CHECK (commune_group IS NULL OR commune_group IN (1, 2, 3)),
  valid_from  TEXT,
  valid_to    TEXT,
  search_key  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX unit_parent ON unit (parent_code);

-- Lineage: old unit -> new unit (mergers, splits, upgrades).
CREATE TABLE unit_lineage (
  old_code  TEXT NOT NULL REFERENCES unit (code) ON DELETE CASCADE,
  new_code  TEXT NOT NULL REFERENCES unit (code) ON DELETE CASCADE,
  effective TEXT NOT NULL,
  note      TEXT,
  PRIMARY KEY (old_code, new_code)
) STRICT;

CREATE TABLE region (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
) STRICT;

-- A criteria set: a decision's list of criteria for one kind of unit and one level.
CREATE TABLE criteria_set (
  code       TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  decision   TEXT NOT NULL,
  applies_to TEXT NOT NULL CHECK (applies_to IN ('commune', 'urban', 'district', 'province')),
  level      TEXT NOT NULL CHECK (level IN ('ntm', 'advanced', 'model', 'civilised',
                                            'district_ntm', 'district_advanced', 'province')),
  year_from  INTEGER NOT NULL,
  year_to    INTEGER,
  position   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE criterion (
  id         INTEGER PRIMARY KEY,
  set_code   TEXT NOT NULL REFERENCES criteria_set (code) ON DELETE CASCADE,
  number     TEXT NOT NULL,
  group_code TEXT NOT NULL DEFAULT '',
  group_name TEXT NOT NULL DEFAULT '',
  name       TEXT NOT NULL,
  position   INTEGER NOT NULL,
  UNIQUE (set_code, number)
) STRICT;

-- kind: boolean (yes/no), percent (0-100) or number (with a unit).
-- comparison says how a value is held against the threshold; '>=' and '<='
-- are inclusive bounds, '>' and '<' exclusive ones.
CREATE TABLE indicator (
  id           INTEGER PRIMARY KEY,
  criterion_id INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
  code         TEXT NOT NULL,
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('boolean', 'percent', 'number')),
  unit         TEXT NOT NULL DEFAULT '',
  comparison   TEXT NOT NULL CHECK (comparison IN ('>=', '>', '<=', '<', '=')),
  position     INTEGER NOT NULL,
  UNIQUE (criterion_id, code)
) STRICT;

-- A threshold for a region (NULL = every region) or commune group (NULL =
-- every group) from year_from to year_to. value NULL means "not known yet".
CREATE TABLE threshold (
  id            INTEGER PRIMARY KEY,
  indicator_id  INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  region        TEXT REFERENCES region (code),
  commune_group INTEGER CHECK (commune_group IS NULL OR commune_group IN (1, 2, 3)),
  year_from     INTEGER NOT NULL,
  year_to       INTEGER,
  value         REAL,
  note          TEXT NOT NULL DEFAULT '',
  CHECK (year_to IS NULL OR year_to >= year_from)
) STRICT;
CREATE INDEX threshold_indicator ON threshold (indicator_id);

-- One value for one unit, indicator and year. value NULL = no data.
CREATE TABLE assessment (
  unit_code       TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE CASCADE,
  indicator_id    INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  value           REAL,
  status_override TEXT CHECK (status_override IS NULL OR
                              status_override IN ('met', 'basically_met', 'not_met')),
  override_reason TEXT,
  note            TEXT NOT NULL DEFAULT '',
  author          TEXT NOT NULL DEFAULT '',
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (unit_code, indicator_id, year),
  CHECK (status_override IS NULL OR length(trim(coalesce(override_reason, ''))) > 0)
) STRICT;
CREATE INDEX assessment_year ON assessment (year, unit_code);

-- Criterion-level statuses as reported (a report lists "đạt / chưa đạt" per
-- criterion without the indicator values behind it).
CREATE TABLE criterion_status (
  unit_code    TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE CASCADE,
  criterion_id INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
  year         INTEGER NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('met', 'basically_met', 'not_met')),
  source       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (unit_code, criterion_id, year)
) STRICT;

-- A recognition decision. decision_number and decision_date may be unknown
-- for statuses known only from a report: source then says which report.
CREATE TABLE recognition (
  id              INTEGER PRIMARY KEY,
  unit_code       TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE CASCADE,
  level           TEXT NOT NULL CHECK (level IN ('ntm', 'advanced', 'model', 'civilised',
                                                 'district_ntm', 'district_advanced',
                                                 'task_completed')),
  decision_number TEXT,
  decision_date   TEXT,
  year            INTEGER NOT NULL,
  issuer          TEXT NOT NULL DEFAULT '',
  source          TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '',
  revoked_on      TEXT,
  revoke_reason   TEXT
) STRICT;
CREATE INDEX recognition_unit ON recognition (unit_code);

-- Figures reported in conferences and reports, as reported.
CREATE TABLE reported_figure (
  year       INTEGER NOT NULL,
  metric     TEXT NOT NULL,
  scope_code TEXT NOT NULL REFERENCES unit (code),
  value      REAL NOT NULL,
  source     TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (year, metric, scope_code)
) STRICT;

-- Yearly targets. kind: 'total' (the value is a total to reach) or 'new'
-- (the value is an increase within the year) or 'percent'.
CREATE TABLE target (
  id         INTEGER PRIMARY KEY,
  year       INTEGER NOT NULL,
  metric     TEXT NOT NULL,
  scope_code TEXT NOT NULL REFERENCES unit (code),
  kind       TEXT NOT NULL CHECK (kind IN ('total', 'new', 'percent')),
  value      REAL NOT NULL CHECK (value >= 0),
  source     TEXT NOT NULL DEFAULT '',
  note       TEXT NOT NULL DEFAULT '',
  UNIQUE (year, metric, scope_code)
) STRICT;
