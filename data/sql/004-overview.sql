-- Ntm schema: OCOP products and mobilised funds.
--
-- Targets and reported figures live in 001-core.sql. A reported figure
-- stands in for a target's metric when the records behind it are missing:
-- a 'total' target reads the figure named like the metric, a 'new' target
-- the metric with "_new" appended, a 'percent' target the metric with
-- "_percent" appended (e.g. communes_advanced → communes_advanced_new).

-- OCOP (One Commune One Product) products, Decision 148/QĐ-TTg (2023).
-- The stars are derived from the score (3★ 50–69, 4★ 70–89, 5★ 90–100);
-- a score below 50 is not an OCOP product and is refused. A rating is valid
-- 36 months from the decision date (worked out in the model layer, which
-- clamps 29 February to the end of the month).
CREATE TABLE ocop_product (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  product_group   TEXT NOT NULL CHECK (product_group IN ('food', 'drinks', 'herbal',
                                                         'handicrafts', 'ornamental',
                                                         'tourism')),
  producer        TEXT NOT NULL CHECK (length(trim(producer)) > 0),
  producer_type   TEXT NOT NULL CHECK (producer_type IN ('cooperative', 'enterprise',
                                                         'household', 'cooperative_group')),
  commune_code    TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE RESTRICT,
  score           INTEGER NOT NULL CHECK (score BETWEEN 50 AND 100),
  decision_number TEXT NOT NULL DEFAULT '',
  decision_date   TEXT NOT NULL CHECK (decision_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  export_markets  TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '',
  search_key      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ocop_product_commune ON ocop_product (commune_code);
CREATE INDEX ocop_product_date ON ocop_product (decision_date);

-- Funds mobilised per year and unit, by source, in whole đồng. A row holds
-- the plan, the amount actually mobilised, or both.
CREATE TABLE fund (
  id        INTEGER PRIMARY KEY,
  year      INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  unit_code TEXT NOT NULL REFERENCES unit (code) ON UPDATE CASCADE ON DELETE RESTRICT,
  source    TEXT NOT NULL CHECK (source IN ('central_development', 'central_recurrent',
                                            'local_budget', 'integrated', 'credit',
                                            'enterprise', 'community', 'sponsorship')),
  sponsor   TEXT NOT NULL DEFAULT '',
  planned   INTEGER CHECK (planned IS NULL OR planned >= 0),
  actual    INTEGER CHECK (actual IS NULL OR actual >= 0),
  note      TEXT NOT NULL DEFAULT '',
  CHECK (planned IS NOT NULL OR actual IS NOT NULL)
) STRICT;
CREATE INDEX fund_year ON fund (year, unit_code);
