-- The decision register: one row per resolution-bearing event. Rebuilt by 'view-decision-register'.
CREATE TABLE view_decision (
    position          BIGINT PRIMARY KEY,
    event_type        VARCHAR(255)  NOT NULL,
    aggregate_type    VARCHAR(255)  NOT NULL,
    aggregate_id      VARCHAR(255)  NOT NULL,
    partnership_id    VARCHAR(100),
    body_id           VARCHAR(100),
    body_name         VARCHAR(500),
    decided_on        DATE,
    minute_reference  VARCHAR(100),
    wording           VARCHAR(20000) NOT NULL,
    subject_to        VARCHAR(2000),
    condition_status  VARCHAR(20)   NOT NULL,
    action            VARCHAR(20),
    effect            VARCHAR(2000) NOT NULL,
    exempt_paragraphs VARCHAR(50),
    corrected         BOOLEAN       NOT NULL
);
CREATE INDEX ix_decision_body ON view_decision (body_id, decided_on);
CREATE INDEX ix_decision_aggregate ON view_decision (aggregate_id);
