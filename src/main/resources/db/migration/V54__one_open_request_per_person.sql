-- Issue 16: "one open request per person" rules get a unique key. A member may ask a listing's owner again only after
-- a refusal, and may have one pending claim per directory profile; both were check-then-insert. open_slot is 1 while
-- the row is open and NULL once decided, so (listing, requester, open_slot) is unique among open rows only (NULLs do
-- not collide, on H2 and PostgreSQL alike). Where existing data already holds several open rows for one person, the
-- oldest gets the slot; the others stay as they are (nothing is deleted) but no longer block or count as the open one.
ALTER TABLE exchange_connection ADD COLUMN open_slot SMALLINT;
UPDATE exchange_connection SET open_slot = 1
 WHERE status <> 'DECLINED'
   AND id = (SELECT MIN(o.id) FROM exchange_connection o
              WHERE o.listing_id = exchange_connection.listing_id
                AND o.requester_user_id = exchange_connection.requester_user_id AND o.status <> 'DECLINED');
ALTER TABLE exchange_connection ADD CONSTRAINT uq_exchange_connection_open
    UNIQUE (listing_id, requester_user_id, open_slot);

ALTER TABLE directory_claim ADD COLUMN pending_slot SMALLINT;
UPDATE directory_claim SET pending_slot = 1
 WHERE status = 'PENDING'
   AND id = (SELECT MIN(o.id) FROM directory_claim o
              WHERE o.profile_id = directory_claim.profile_id AND o.user_id = directory_claim.user_id
                AND o.status = 'PENDING');
ALTER TABLE directory_claim ADD CONSTRAINT uq_directory_claim_pending UNIQUE (profile_id, user_id, pending_slot);
