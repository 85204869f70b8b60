-- The partnerships view: disposable, rebuilt from the event log by the 'view-partnerships' processor.
CREATE TABLE view_partnership (
    partnership_id         VARCHAR(100) PRIMARY KEY,
    name                   VARCHAR(500) NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    formed_on              DATE,
    model_of_joint_working VARCHAR(2000),
    formed_by              VARCHAR(100000),
    version                BIGINT       NOT NULL
);

CREATE TABLE view_partnership_authority (
    partnership_id VARCHAR(100) NOT NULL,
    authority_code VARCHAR(10)  NOT NULL,
    name           VARCHAR(500) NOT NULL,
    tier           VARCHAR(20)  NOT NULL,
    list_order     INTEGER      NOT NULL,
    PRIMARY KEY (partnership_id, authority_code)
);

CREATE TABLE view_partnership_commitment (
    partnership_id VARCHAR(100)   NOT NULL,
    kind           VARCHAR(10)    NOT NULL,
    number         INTEGER        NOT NULL,
    text           VARCHAR(10000) NOT NULL,
    adopted_by     VARCHAR(100000),
    PRIMARY KEY (partnership_id, kind, number)
);

CREATE TABLE view_partnership_review (
    partnership_id  VARCHAR(100)    NOT NULL,
    review_id       VARCHAR(100)    NOT NULL,
    title           VARCHAR(1000)   NOT NULL,
    reviewed_on     DATE,
    assessments     VARCHAR(1000000),
    savings         VARCHAR(1000000),
    recommendations VARCHAR(1000000),
    received_by     VARCHAR(100000),
    PRIMARY KEY (partnership_id, review_id)
);
