-- The facts rules look up across aggregates, written in the same transaction as the events stating them.
CREATE TABLE directory_partnership (
    partnership_id VARCHAR(100) PRIMARY KEY,
    name           VARCHAR(500) NOT NULL
);

CREATE TABLE directory_partnership_authority (
    partnership_id VARCHAR(100) NOT NULL,
    authority_code VARCHAR(10)  NOT NULL,
    PRIMARY KEY (partnership_id, authority_code)
);

CREATE TABLE directory_body (
    body_id     VARCHAR(100) PRIMARY KEY,
    name        VARCHAR(500) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    authorities VARCHAR(500) NOT NULL
);

CREATE TABLE directory_power_span (
    body_id    VARCHAR(100) NOT NULL,
    power      VARCHAR(60)  NOT NULL,
    held_from  DATE         NOT NULL,
    held_until DATE
);
CREATE INDEX ix_directory_power_span_body ON directory_power_span (body_id, power);
