-- A minute rescinded by a later resolution of its body: that resolution (as JSON) and the rescinding event's position.
ALTER TABLE view_decision ADD COLUMN rescinded_by VARCHAR(100000);
ALTER TABLE view_decision ADD COLUMN rescinded_in BIGINT;
