-- The governance bodies view: disposable, rebuilt from the event log by the 'view-bodies' processor.
CREATE TABLE view_body (
    body_id        VARCHAR(100) PRIMARY KEY,
    name           VARCHAR(500) NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    partnership_id VARCHAR(100),
    constituted_on DATE,
    constituted_by VARCHAR(100000),
    version        BIGINT       NOT NULL
);
CREATE INDEX ix_view_body_partnership ON view_body (partnership_id);

CREATE TABLE view_body_authority (
    body_id        VARCHAR(100) NOT NULL,
    authority_code VARCHAR(10)  NOT NULL,
    list_order     INTEGER      NOT NULL,
    PRIMARY KEY (body_id, authority_code)
);

-- One row per grant of a power: a power withdrawn and granted again has two spans.
CREATE TABLE view_body_power (
    body_id      VARCHAR(100) NOT NULL,
    granted_in   BIGINT       NOT NULL,
    power        VARCHAR(60)  NOT NULL,
    held_from    DATE         NOT NULL,
    held_until   DATE,
    granted_by   VARCHAR(100000),
    withdrawn_by VARCHAR(100000),
    PRIMARY KEY (body_id, granted_in)
);

CREATE TABLE view_body_membership (
    body_id       VARCHAR(100) NOT NULL,
    membership_id VARCHAR(200) NOT NULL,
    person_name   VARCHAR(500) NOT NULL,
    on_behalf_of  VARCHAR(10)  NOT NULL,
    role          VARCHAR(500),
    member_from   DATE,
    member_until  DATE,
    ended         BOOLEAN      NOT NULL,
    added_in      BIGINT       NOT NULL,
    PRIMARY KEY (body_id, membership_id)
);
