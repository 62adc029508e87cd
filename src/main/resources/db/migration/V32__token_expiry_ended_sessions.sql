-- Issue 15: API tokens may expire (new tokens default to one year); tokens that exist keep working until revoked.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;

-- Sessions ended because their account changed (disabled, roles, units, password): the SHA-256 of the session id,
-- so the next request carrying the old cookie is told why instead of silently finding itself signed out.
CREATE TABLE ended_session (
    id_hash   VARCHAR(64) NOT NULL PRIMARY KEY,
    reason    VARCHAR(30) NOT NULL,
    ended_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_ended_session_at ON ended_session (ended_at);

-- When the account's sessions were last ended (a change made on any node reaches every node's next request).
ALTER TABLE app_user ADD COLUMN sessions_valid_after TIMESTAMP WITH TIME ZONE;
