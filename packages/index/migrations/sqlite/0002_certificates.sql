-- CertificateRegistry: the batches and revocations projections
-- (prisma/models/certificates.prisma). The issuer's own rows live in the records. Batches are
-- keyed per organization and revocations per organization and certificate, whatever root, as
-- in the registry.

CREATE TABLE certificate_batches (
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
CREATE INDEX certificate_batches_org_id_issued_at_idx ON certificate_batches (org_id, issued_at);

CREATE TABLE certificate_revocations (
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
