-- Double opt-in for event registration (issue 15, point 7): an anonymous registration is PENDING with a seat held
-- until hold_until and becomes CONFIRMED when the link mailed to the address is opened. Only the SHA-256 hash of the
-- link's random token is stored. A PENDING row whose hold has passed is expired: its seat is free again. Rows that
-- exist already were registered before the opt-in and stay confirmed.
ALTER TABLE event_registration ADD COLUMN status VARCHAR(12) DEFAULT 'CONFIRMED' NOT NULL;
ALTER TABLE event_registration ADD COLUMN hold_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE event_registration ADD COLUMN token_hash VARCHAR(64);
ALTER TABLE event_registration ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE event_registration ADD COLUMN account_id BIGINT;
UPDATE event_registration SET confirmed_at = created_at;
CREATE UNIQUE INDEX uq_event_registration_token ON event_registration (token_hash);
CREATE INDEX ix_event_registration_seats ON event_registration (event_id, status, hold_until);
