-- CertificateRegistry: the batches and revocations projections, and the issuer's off-chain
-- tables (prisma/models/certificates.prisma), which a rebuild keeps.

CREATE TABLE certificate_batches (
    root              TEXT     NOT NULL PRIMARY KEY,
    org_id            INTEGER  NOT NULL,
    issuer            TEXT     NOT NULL,
    certificate_count INTEGER  NOT NULL,
    issued_at         DATETIME NOT NULL,
    block_number      INTEGER  NOT NULL,
    tx_hash           TEXT     NOT NULL,
    revoked_at        DATETIME,
    revocation_reason INTEGER,
    revoked_by        TEXT
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
    PRIMARY KEY (root, certificate_hash)
);

CREATE TABLE issued_diplomas (
    certificate_hash TEXT     NOT NULL PRIMARY KEY,
    root             TEXT     NOT NULL,
    org_id           INTEGER  NOT NULL,
    number_key       TEXT     NOT NULL,
    content_hash     TEXT     NOT NULL,
    proof            TEXT     NOT NULL,
    holder_name      TEXT     NOT NULL,
    search_text      TEXT     NOT NULL,
    series           TEXT     NOT NULL,
    number           TEXT     NOT NULL,
    programme        TEXT     NOT NULL,
    graduation_year  INTEGER  NOT NULL,
    degree_level     TEXT     NOT NULL,
    document_id      TEXT,
    stored_at        DATETIME NOT NULL
);
CREATE INDEX issued_diplomas_org_id_graduation_year_idx ON issued_diplomas (org_id, graduation_year);
CREATE INDEX issued_diplomas_number_key_idx ON issued_diplomas (number_key);
CREATE INDEX issued_diplomas_root_idx ON issued_diplomas (root);

CREATE TABLE diploma_ciphertexts (
    id         TEXT     NOT NULL PRIMARY KEY,
    ciphertext TEXT     NOT NULL,
    stored_at  DATETIME NOT NULL
);
