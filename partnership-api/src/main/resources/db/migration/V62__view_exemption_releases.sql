-- Exempt information released by a recorded decision. Rebuilt by 'view-exemption-releases'.
CREATE TABLE view_exemption_release (
    meeting_id       VARCHAR(100) NOT NULL,
    item_number      VARCHAR(100),
    minute_reference VARCHAR(100),
    released_on      DATE         NOT NULL
);
CREATE INDEX ix_exemption_release_meeting ON view_exemption_release (meeting_id);
