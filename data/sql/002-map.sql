-- Ntm schema, version 2: unit boundaries for the map.
--
-- One row per unit that has a boundary: its bounding box and a point inside
-- it (for labels and symbols), in WGS 84 longitude/latitude. The outlines
-- themselves are kept per zoom band, band 0 at full detail and higher bands
-- simplified (topology preserved) for smaller scales, as little-endian WKB
-- polygons or multipolygons.

-- Where the boundaries came from, for the map's data-source line.
CREATE TABLE boundary_import (
  id          INTEGER PRIMARY KEY,
  file_name   TEXT NOT NULL,
  layer_name  TEXT NOT NULL DEFAULT '',
  features    INTEGER NOT NULL,
  matched     INTEGER NOT NULL,
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  author      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE unit_boundary (
  unit_code   TEXT PRIMARY KEY REFERENCES unit (code) ON UPDATE CASCADE ON DELETE CASCADE,
  min_lon     REAL NOT NULL CHECK (min_lon BETWEEN -180 AND 180),
  min_lat     REAL NOT NULL CHECK (min_lat BETWEEN -90 AND 90),
  max_lon     REAL NOT NULL CHECK (max_lon BETWEEN -180 AND 180),
  max_lat     REAL NOT NULL CHECK (max_lat BETWEEN -90 AND 90),
  label_lon   REAL NOT NULL CHECK (label_lon BETWEEN -180 AND 180),
  label_lat   REAL NOT NULL CHECK (label_lat BETWEEN -90 AND 90),
  import_id   INTEGER NOT NULL REFERENCES boundary_import (id),
  feature     TEXT NOT NULL DEFAULT '',
  CHECK (min_lon <= max_lon AND min_lat <= max_lat)
) STRICT;

CREATE TABLE unit_boundary_shape (
  unit_code TEXT NOT NULL REFERENCES unit_boundary (unit_code) ON UPDATE CASCADE ON DELETE CASCADE,
  band      INTEGER NOT NULL CHECK (band BETWEEN 0 AND 3),
  n_points  INTEGER NOT NULL CHECK (n_points >= 4),
  wkb       BLOB NOT NULL,
  PRIMARY KEY (unit_code, band)
) STRICT;
