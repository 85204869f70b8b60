-- The agenda item a minute was resolved under, so a released exempt item shows in the register too.
ALTER TABLE view_decision ADD COLUMN item_number VARCHAR(100);
