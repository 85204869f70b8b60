-- The agreements view: disposable, rebuilt from the event log by the 'view-agreements' processor.
CREATE TABLE view_agreement (
    agreement_id            VARCHAR(100)  PRIMARY KEY,
    partnership_id          VARCHAR(100)  NOT NULL,
    agreement_type          VARCHAR(30)   NOT NULL,
    title                   VARCHAR(1000) NOT NULL,
    parties                 VARCHAR(1000000) NOT NULL,
    effective_from          DATE,
    status                  VARCHAR(30)   NOT NULL,
    agreed_termination_date DATE,
    terminated_on           DATE,
    entered_by              VARCHAR(1000000),
    terminated_by           VARCHAR(1000000),
    version                 BIGINT        NOT NULL
);

CREATE INDEX view_agreement_by_partnership ON view_agreement (partnership_id);

-- Each entry is keyed by the sequence number of the event that recorded it, so entries keep their order.
CREATE TABLE view_agreement_review (
    agreement_id    VARCHAR(100)   NOT NULL,
    sequence_number BIGINT         NOT NULL,
    reviewed_on     DATE,
    outcome         VARCHAR(20000) NOT NULL,
    received_by     VARCHAR(1000000),
    PRIMARY KEY (agreement_id, sequence_number)
);

CREATE TABLE view_agreement_variation (
    agreement_id    VARCHAR(100)   NOT NULL,
    sequence_number BIGINT         NOT NULL,
    variation       VARCHAR(20000) NOT NULL,
    effective_from  DATE,
    varied_by       VARCHAR(1000000),
    PRIMARY KEY (agreement_id, sequence_number)
);

CREATE TABLE view_agreement_termination_date (
    agreement_id              VARCHAR(100) NOT NULL,
    sequence_number           BIGINT       NOT NULL,
    termination_date          DATE         NOT NULL,
    previous_termination_date DATE,
    agreed_by                 VARCHAR(1000000),
    PRIMARY KEY (agreement_id, sequence_number)
);
