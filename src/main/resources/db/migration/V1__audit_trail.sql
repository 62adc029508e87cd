-- Append-only, hash-chained audit trail. The single audit_head row is locked by every writer,
-- so records are chained in commit order even with several application nodes.
CREATE TABLE audit_record (
    seq          BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    entity_type  VARCHAR(100),
    entity_id    VARCHAR(100),
    changes      TEXT,
    prev_hash    CHAR(64) NOT NULL,
    hash         CHAR(64) NOT NULL
);
CREATE INDEX audit_record_entity ON audit_record (entity_type, entity_id);
CREATE INDEX audit_record_actor ON audit_record (actor);
CREATE INDEX audit_record_time ON audit_record (occurred_at);

CREATE TABLE audit_head (
    id        INT PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
