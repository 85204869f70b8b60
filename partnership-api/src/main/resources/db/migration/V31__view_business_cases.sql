-- The business cases view: disposable, rebuilt from the event log by the 'view-business-cases' processor.
CREATE TABLE view_business_case (
    business_case_id VARCHAR(100)   PRIMARY KEY,
    partnership_id   VARCHAR(100)   NOT NULL,
    partnership_name VARCHAR(500),
    authorities      VARCHAR(1000000) NOT NULL,
    title            VARCHAR(1000)  NOT NULL,
    service          VARCHAR(1000)  NOT NULL,
    summary          VARCHAR(20000),
    submitted_on     DATE,
    stage            VARCHAR(40)    NOT NULL,
    version          BIGINT         NOT NULL
);

CREATE INDEX view_business_case_by_partnership ON view_business_case (partnership_id);

-- A saving as the case states it: authority and financial year are null when the paper does not state them.
CREATE TABLE view_business_case_saving (
    business_case_id VARCHAR(100) NOT NULL,
    list_order       INTEGER      NOT NULL,
    authority_code   VARCHAR(10),
    financial_year   VARCHAR(7),
    pence            BIGINT       NOT NULL,
    PRIMARY KEY (business_case_id, list_order)
);

-- Every step of the case in the order it was recorded (keyed by the event's sequence number): submission,
-- endorsements, staff consultation, policy-framework adoptions, considerations, decisions, implementation, reopenings.
CREATE TABLE view_business_case_step (
    business_case_id   VARCHAR(100)   NOT NULL,
    sequence_number    BIGINT         NOT NULL,
    step               VARCHAR(40)    NOT NULL,
    occurred_on        DATE,
    consideration_role VARCHAR(40),
    body_kind          VARCHAR(40),
    authority_code     VARCHAR(10),
    outcome            VARCHAR(20),
    detail             VARCHAR(20000),
    resolution         VARCHAR(1000000),
    PRIMARY KEY (business_case_id, sequence_number)
);
