-- Ban Chỉ đạo (issue 17, point 4): the accounts ADMIN names as members of the province's steering committee receive
-- the delay warning; while the list is empty, every LEADER does.
CREATE TABLE steering_committee_member (
    user_id  BIGINT                   NOT NULL PRIMARY KEY REFERENCES app_user (id),
    added_at TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by VARCHAR(100)
);
