-- Images are stored for one use and only ever served for it: portal pictures to anyone, profile logos only as a
-- published profile's logo (or to its owner and ADMIN).
ALTER TABLE portal_image ADD COLUMN purpose VARCHAR(20) DEFAULT 'PORTAL' NOT NULL;

-- A profile's logo: the member's proposed one (draft) and the verified one (published), like the profile's text.
ALTER TABLE directory_profile ADD COLUMN draft_logo_id BIGINT;
ALTER TABLE directory_profile ADD COLUMN published_logo_id BIGINT;
