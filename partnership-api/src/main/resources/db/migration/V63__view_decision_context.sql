-- The partnership each aggregate belongs to (a meeting: that of its body), learnt by the decision
-- register from the events, so a meeting's minutes can be found by partnership too.
CREATE TABLE view_decision_context (
    aggregate_id   VARCHAR(255) PRIMARY KEY,
    partnership_id VARCHAR(100) NOT NULL
);
