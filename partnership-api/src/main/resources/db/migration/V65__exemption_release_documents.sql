-- Releases of exempt documents; a row naming no item, minute or document releases a whole aggregate.
ALTER TABLE view_exemption_release ADD COLUMN document_reference VARCHAR(200);
