-- Aggregates exempt as a whole (a business case recorded as exempt): every entry about them is withheld
-- from those not entitled, until a release is recorded.
CREATE TABLE view_exempt_aggregate (
    aggregate_id VARCHAR(255) PRIMARY KEY,
    paragraphs   VARCHAR(50)  NOT NULL
);
