-- The newest verified startups (home page) come from an index instead of sorting every profile.
CREATE INDEX ix_profile_latest ON directory_profile (kind, published_at);
