-- The first answer to each Idempotency-Key, per principal.
CREATE TABLE idempotent_request (
    principal       VARCHAR(200) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    state           VARCHAR(10)  NOT NULL,
    status_code     INTEGER,
    aggregate_id    VARCHAR(255),
    version         BIGINT,
    position        BIGINT,
    events          VARCHAR(2000),
    location        VARCHAR(1000),
    created_at      TIMESTAMP    NOT NULL,
    PRIMARY KEY (principal, idempotency_key)
);
