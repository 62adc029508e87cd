-- Issue 17: a RATIO target item's numerator and denominator keep the text as the unit typed it, like the other number
-- fields (V85); the parsed parts stay NULL while either text is invalid or the numerator is above the denominator.
ALTER TABLE report_target_item ADD COLUMN numerator_typed VARCHAR(200);
ALTER TABLE report_target_item ADD COLUMN denominator_typed VARCHAR(200);
