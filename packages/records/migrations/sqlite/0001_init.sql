-- The records on SQLite: what the chain cannot rebuild (prisma/models/*.prisma).

-- Diplomas: the issuing school's rows, and the encrypted copies behind the QR codes.
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
    stored_at        DATETIME NOT NULL
);
CREATE INDEX issued_diplomas_org_id_graduation_year_idx ON issued_diplomas (org_id, graduation_year);
CREATE INDEX issued_diplomas_number_key_idx ON issued_diplomas (number_key);
CREATE INDEX issued_diplomas_root_idx ON issued_diplomas (root);

CREATE TABLE diploma_copies (
    id               TEXT     NOT NULL PRIMARY KEY,
    certificate_hash TEXT     NOT NULL REFERENCES issued_diplomas (certificate_hash),
    ciphertext       TEXT     NOT NULL,
    stored_at        DATETIME NOT NULL
);
CREATE INDEX diploma_copies_certificate_hash_idx ON diploma_copies (certificate_hash);

-- Appeals: sealed documents, their key wraps, the agencies' keys, escalations in flight.
CREATE TABLE appeal_documents (
    commitment TEXT NOT NULL PRIMARY KEY,
    blob       BLOB NOT NULL,
    stored_at  DATETIME NOT NULL
);

CREATE TABLE appeal_key_wraps (
    commitment TEXT NOT NULL REFERENCES appeal_documents (commitment),
    recipient  TEXT NOT NULL,
    wrapped    TEXT NOT NULL,
    PRIMARY KEY (commitment, recipient)
);

CREATE TABLE appeal_agency_keys (
    agency_id     INTEGER NOT NULL PRIMARY KEY,
    public_key    TEXT    NOT NULL,
    registered_at DATETIME NOT NULL
);

CREATE TABLE pending_escalations (
    appeal_id            INTEGER NOT NULL,
    complaint_commitment TEXT    NOT NULL REFERENCES appeal_documents (commitment),
    valid_until          DATETIME NOT NULL,
    wraps                TEXT    NOT NULL,
    recorded_at          DATETIME NOT NULL,
    PRIMARY KEY (appeal_id, complaint_commitment)
);
