-- CertificateRegistry keeps batches per organization and revocations per organization and
-- certificate (whatever root): the keys follow. SQLite cannot change a primary key, so each
-- table is rebuilt with its rows.

CREATE TABLE certificate_batches_new (
    root              TEXT     NOT NULL,
    org_id            INTEGER  NOT NULL,
    issuer            TEXT     NOT NULL,
    certificate_count INTEGER  NOT NULL,
    issued_at         DATETIME NOT NULL,
    block_number      INTEGER  NOT NULL,
    tx_hash           TEXT     NOT NULL,
    revoked_at        DATETIME,
    revocation_reason INTEGER,
    revoked_by        TEXT,
    PRIMARY KEY (org_id, root)
);
INSERT INTO certificate_batches_new SELECT root, org_id, issuer, certificate_count, issued_at,
    block_number, tx_hash, revoked_at, revocation_reason, revoked_by FROM certificate_batches;
DROP TABLE certificate_batches;
ALTER TABLE certificate_batches_new RENAME TO certificate_batches;
CREATE INDEX certificate_batches_org_id_issued_at_idx ON certificate_batches (org_id, issued_at);

CREATE TABLE certificate_revocations_new (
    root             TEXT     NOT NULL,
    certificate_hash TEXT     NOT NULL,
    org_id           INTEGER  NOT NULL,
    revoker          TEXT     NOT NULL,
    reason           INTEGER  NOT NULL,
    revoked_at       DATETIME NOT NULL,
    block_number     INTEGER  NOT NULL,
    tx_hash          TEXT     NOT NULL,
    successor_root   TEXT,
    successor_hash   TEXT,
    PRIMARY KEY (org_id, certificate_hash)
);
INSERT OR IGNORE INTO certificate_revocations_new SELECT root, certificate_hash, org_id, revoker,
    reason, revoked_at, block_number, tx_hash, successor_root, successor_hash
    FROM certificate_revocations ORDER BY block_number;
DROP TABLE certificate_revocations;
ALTER TABLE certificate_revocations_new RENAME TO certificate_revocations;
