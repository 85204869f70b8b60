-- The meetings view: disposable, rebuilt from the event log by the 'view-meetings' processor.
-- Exempt paragraphs (Schedule 12A) are kept in columns of their own, so that access to exempt content can be
-- decided in one place.
CREATE TABLE view_meeting (
    meeting_id           VARCHAR(100)  PRIMARY KEY,
    body_id              VARCHAR(100)  NOT NULL,
    body_name            VARCHAR(500)  NOT NULL,
    body_kind            VARCHAR(40),
    authorities          VARCHAR(1000),
    meeting_date         DATE,
    title                VARCHAR(1000) NOT NULL,
    minutes_confirmed_by VARCHAR(100000),
    version              BIGINT        NOT NULL
);
CREATE INDEX ix_view_meeting_body ON view_meeting (body_id);

CREATE TABLE view_meeting_agenda_item (
    meeting_id        VARCHAR(100)  NOT NULL,
    item_number       VARCHAR(100)  NOT NULL,
    title             VARCHAR(2000) NOT NULL,
    exempt_paragraphs VARCHAR(100),
    added_in          BIGINT        NOT NULL,
    PRIMARY KEY (meeting_id, item_number)
);

-- Keyed by the event that recorded the resolution: its minute reference may be corrected later.
CREATE TABLE view_meeting_resolution (
    meeting_id              VARCHAR(100)   NOT NULL,
    recorded_in             BIGINT         NOT NULL,
    minute_reference        VARCHAR(100)   NOT NULL,
    item_number             VARCHAR(100),
    action                  VARCHAR(20)    NOT NULL,
    wording                 VARCHAR(20000) NOT NULL,
    subject_to              VARCHAR(2000),
    condition_status        VARCHAR(20)    NOT NULL,
    condition_settled_on    DATE,
    condition_met_evidence  VARCHAR(10000),
    condition_lapsed_reason VARCHAR(10000),
    recommended_to          VARCHAR(500),
    exempt_paragraphs       VARCHAR(100),
    decision_register       VARCHAR(1000000),
    corrections             VARCHAR(1000000),
    PRIMARY KEY (meeting_id, recorded_in)
);
