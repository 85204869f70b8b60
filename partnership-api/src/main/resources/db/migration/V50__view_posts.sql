-- The joint posts view: disposable, rebuilt from the event log by the 'view-posts' processor.
CREATE TABLE view_post (
    post_id                VARCHAR(100)   PRIMARY KEY,
    partnership_id         VARCHAR(100)   NOT NULL,
    title                  VARCHAR(1000)  NOT NULL,
    remit                  VARCHAR(10000),
    tier                   VARCHAR(40)    NOT NULL,
    employing_authority    VARCHAR(10)    NOT NULL,
    served_authorities     VARCHAR(1000000) NOT NULL,
    salary_minimum_pence   BIGINT,
    salary_maximum_pence   BIGINT,
    cost_split             VARCHAR(1000000) NOT NULL,
    cost_split_stated_by   VARCHAR(100000),
    approval_required_from VARCHAR(1000000) NOT NULL,
    proposed_by            VARCHAR(100000),
    version                BIGINT         NOT NULL
);
CREATE INDEX ix_view_post_partnership ON view_post (partnership_id);

CREATE TABLE view_post_salary_approval (
    post_id        VARCHAR(100) NOT NULL,
    authority_code VARCHAR(10)  NOT NULL,
    approved_on    DATE,
    approved_by    VARCHAR(100000),
    PRIMARY KEY (post_id, authority_code)
);

CREATE TABLE view_post_appointment (
    post_id        VARCHAR(100)  NOT NULL,
    appointment_id VARCHAR(100)  NOT NULL,
    person_name    VARCHAR(1000),
    basis          VARCHAR(20)   NOT NULL,
    starts_on      DATE          NOT NULL,
    ended_on       DATE,
    end_reason     VARCHAR(10000),
    appointed_by   VARCHAR(100000),
    ended_by       VARCHAR(100000),
    PRIMARY KEY (post_id, appointment_id)
);
CREATE INDEX ix_view_post_appointment_open ON view_post_appointment (post_id, ended_on);
