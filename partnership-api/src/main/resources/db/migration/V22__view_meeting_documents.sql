-- Documents before a meeting (reports, appendices, background papers), exempt or not.
CREATE TABLE view_meeting_document (
    meeting_id         VARCHAR(100)  NOT NULL,
    document_reference VARCHAR(200)  NOT NULL,
    item_number        VARCHAR(100),
    title              VARCHAR(2000) NOT NULL,
    exempt_paragraphs  VARCHAR(100),
    added_in           BIGINT        NOT NULL,
    PRIMARY KEY (meeting_id, document_reference)
);
