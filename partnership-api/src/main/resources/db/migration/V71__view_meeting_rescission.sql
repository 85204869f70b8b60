-- A resolution rescinded by a later resolution of its body: the rescinding resolution, the reason, who recorded it
-- and the rescinding event's position in the log, as JSON; null while the resolution stands.
ALTER TABLE view_meeting_resolution ADD COLUMN rescission VARCHAR(1000000);
