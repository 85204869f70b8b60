-- Every dataset line that was recorded by an import, by a fingerprint of its path and body,
-- so importing the same file again records nothing new.
CREATE TABLE import_line (
    fingerprint VARCHAR(64)   PRIMARY KEY,
    path        VARCHAR(1000) NOT NULL,
    position    BIGINT        NOT NULL,
    imported_by VARCHAR(200)  NOT NULL,
    imported_at TIMESTAMP     NOT NULL
);
