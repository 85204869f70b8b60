-- The programmes view: disposable, rebuilt from the event log by the 'view-programmes' processor.
-- Resolutions and lead officers are JSON text; every other value has a column of its own.
CREATE TABLE view_programme (
    programme_id   VARCHAR(100)  PRIMARY KEY,
    partnership_id VARCHAR(100)  NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    title          VARCHAR(1000) NOT NULL,
    authorities    VARCHAR(1000000),
    launched_on    DATE,
    launched_by    VARCHAR(100000),
    version        BIGINT        NOT NULL
);

CREATE INDEX view_programme_by_partnership ON view_programme (partnership_id);

CREATE TABLE view_programme_phase (
    programme_id               VARCHAR(100)  NOT NULL,
    phase_number               INTEGER       NOT NULL,
    title                      VARCHAR(1000) NOT NULL,
    considered_by              VARCHAR(1000),
    scheduled_consideration_on DATE,
    PRIMARY KEY (programme_id, phase_number)
);

-- added_at is the programme's version when the area was added: the order the record lists areas in.
CREATE TABLE view_programme_service_area (
    programme_id                VARCHAR(100)  NOT NULL,
    service_area_id             VARCHAR(100)  NOT NULL,
    name                        VARCHAR(1000) NOT NULL,
    phase_number                INTEGER       NOT NULL,
    added_at                    BIGINT        NOT NULL,
    leads                       VARCHAR(1000000),
    recommendation_kind         VARCHAR(30),
    recommendation_further_work BOOLEAN,
    recommended_by              VARCHAR(1000),
    recommended_on              DATE,
    endorsed_kind               VARCHAR(30),
    endorsed_further_work       BOOLEAN,
    endorsed_by                 VARCHAR(100000),
    decoupling_decided_by       VARCHAR(1000),
    decoupled_on                DATE,
    decoupling_noted_by         VARCHAR(100000),
    arrangement                 VARCHAR(30),
    arrangement_effective_from  DATE,
    departure_reason            VARCHAR(10000),
    departs_from_endorsement    BOOLEAN,
    arrangement_decided_by      VARCHAR(100000),
    PRIMARY KEY (programme_id, service_area_id)
);
