-- Ntm schema: outlines shipped with the program, drawn out of the box.
--
-- The province's outline and its district outlines come with Ntm as
-- reference data (geoBoundaries, CC BY-SA 4.0), apart from the
-- boundaries an office imports (unit_boundary): an import never deletes
-- them, and they never hide an import. An outline that names exactly one
-- unit serves as that unit's boundary while the unit has no imported one;
-- an outline naming several units (Kỳ Anh district and town, one polygon
-- before 2015) serves none of them and is drawn as a line only.

-- Where a set of shipped outlines comes from; the key names its attribution.
CREATE TABLE outline_source (
  id        INTEGER PRIMARY KEY,
  key       TEXT NOT NULL UNIQUE,
  file_name TEXT NOT NULL,
  licence   TEXT NOT NULL
) STRICT;

CREATE TABLE outline (
  id           INTEGER PRIMARY KEY,
  source_id    INTEGER NOT NULL REFERENCES outline_source (id) ON DELETE CASCADE,
  feature_code TEXT NOT NULL,            -- as the source writes it: '436', '447+449'
  name         TEXT NOT NULL,
  level        TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  min_lon      REAL NOT NULL CHECK (min_lon BETWEEN -180 AND 180),
  min_lat      REAL NOT NULL CHECK (min_lat BETWEEN -90 AND 90),
  max_lon      REAL NOT NULL CHECK (max_lon BETWEEN -180 AND 180),
  max_lat      REAL NOT NULL CHECK (max_lat BETWEEN -90 AND 90),
  label_lon    REAL NOT NULL CHECK (label_lon BETWEEN -180 AND 180),
  label_lat    REAL NOT NULL CHECK (label_lat BETWEEN -90 AND 90),
  n_points     INTEGER NOT NULL CHECK (n_points >= 4),
  wkb          BLOB NOT NULL,            -- little-endian WKB multipolygon, WGS 84
  CHECK (min_lon <= max_lon AND min_lat <= max_lat)
) STRICT;

-- The units an outline names (one, or several for a shared outline).
CREATE TABLE outline_unit (
  outline_id INTEGER NOT NULL REFERENCES outline (id) ON DELETE CASCADE,
  unit_code  TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE CASCADE,
  PRIMARY KEY (outline_id, unit_code)
) STRICT;
CREATE INDEX outline_unit_code ON outline_unit (unit_code);
