-- Issue 15: an e-mail address belongs to at most one account. email_key is the address trimmed and in lower case,
-- unique; NULL when the account has no address. Where several existing accounts share an address, the one that
-- confirmed it (else the oldest) keeps it as its key; the others keep the address for display only and must change it
-- before it counts for them (they can no longer confirm it).
ALTER TABLE app_user ADD COLUMN email_key VARCHAR(200);
UPDATE app_user SET email_key = LOWER(TRIM(email))
 WHERE email IS NOT NULL AND email_verified_at IS NOT NULL
   AND id = (SELECT MIN(u.id) FROM app_user u
              WHERE u.email_verified_at IS NOT NULL AND LOWER(TRIM(u.email)) = LOWER(TRIM(app_user.email)));
UPDATE app_user SET email_key = LOWER(TRIM(email))
 WHERE email IS NOT NULL AND TRIM(email) <> '' AND email_key IS NULL
   AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.email_key = LOWER(TRIM(app_user.email)))
   AND id = (SELECT MIN(u.id) FROM app_user u WHERE LOWER(TRIM(u.email)) = LOWER(TRIM(app_user.email)));
ALTER TABLE app_user ADD CONSTRAINT uq_app_user_email_key UNIQUE (email_key);
