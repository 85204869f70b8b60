-- The audit trail: one row per event, in log order. Rebuilt from the log by 'view-audit-trail'.
CREATE TABLE view_audit_entry (
    position          BIGINT PRIMARY KEY,
    event_id          VARCHAR(255)    NOT NULL,
    event_type        VARCHAR(255)    NOT NULL,
    aggregate_type    VARCHAR(255),
    aggregate_id      VARCHAR(255),
    sequence_number   BIGINT          NOT NULL,
    partnership_id    VARCHAR(100),
    body_id           VARCHAR(100),
    resolving_body_id VARCHAR(100),
    summary           VARCHAR(1000)   NOT NULL,
    resolved_by       VARCHAR(100000),
    decided_on        DATE,
    recorded_by       VARCHAR(200),
    recorder_roles    VARCHAR(500),
    recorded_at       TIMESTAMP       NOT NULL,
    client_id         VARCHAR(200),
    correlation_id    VARCHAR(100),
    causation_id      VARCHAR(100),
    request_id        VARCHAR(100),
    exempt_paragraphs VARCHAR(50),
    payload           VARCHAR(1000000) NOT NULL
);
CREATE INDEX ix_audit_partnership ON view_audit_entry (partnership_id, position);
CREATE INDEX ix_audit_aggregate ON view_audit_entry (aggregate_id, position);
CREATE INDEX ix_audit_body ON view_audit_entry (body_id, position);
CREATE INDEX ix_audit_resolving_body ON view_audit_entry (resolving_body_id, position);
CREATE INDEX ix_audit_recorded_by ON view_audit_entry (recorded_by, position);

-- Which partnership and body each aggregate belongs to, learnt from its earlier events.
CREATE TABLE view_audit_aggregate (
    aggregate_id   VARCHAR(255) PRIMARY KEY,
    aggregate_type VARCHAR(255),
    partnership_id VARCHAR(100),
    body_id        VARCHAR(100)
);
