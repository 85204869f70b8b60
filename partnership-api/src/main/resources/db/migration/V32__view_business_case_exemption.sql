-- A business case recorded as exempt information (Schedule 12A paragraphs, e.g. "1,3"); null once released.
ALTER TABLE view_business_case ADD COLUMN exempt_paragraphs VARCHAR(50);
