-- Authorized, insert-only records, and the officials' sign-in (issue 13).

-- A key wrap is added, never replaced: each is a version with its author and time, and a
-- reader tries a recipient's versions until one opens the committed document. The primary
-- key holds the wrap itself, so storing the same wrap twice still stores it once.
CREATE TABLE appeal_key_wraps_versions (
    commitment TEXT     NOT NULL REFERENCES appeal_documents (commitment),
    recipient  TEXT     NOT NULL,
    wrapped    TEXT     NOT NULL,
    author     TEXT     NOT NULL,
    added_at   DATETIME NOT NULL,
    PRIMARY KEY (commitment, recipient, wrapped)
);
INSERT INTO appeal_key_wraps_versions (commitment, recipient, wrapped, author, added_at)
    SELECT w.commitment, w.recipient, w.wrapped, 'before-versions', d.stored_at
    FROM appeal_key_wraps w JOIN appeal_documents d ON d.commitment = w.commitment;
DROP TABLE appeal_key_wraps;
ALTER TABLE appeal_key_wraps_versions RENAME TO appeal_key_wraps;

-- keccak256 of the content key: with the blob it rebuilds the commitment, so a blob stored
-- under another document's commitment is refused. NULL for documents stored before.
ALTER TABLE appeal_documents ADD COLUMN content_key_hash TEXT;

-- Sign-In with Ethereum for the officials app: single-use nonces bound to the app's domain
-- and the chain, and the sessions they opened (the cookie's token is kept only as a hash).
CREATE TABLE officials_sign_in_nonces (
    nonce      TEXT     NOT NULL PRIMARY KEY,
    domain     TEXT     NOT NULL,
    chain_id   INTEGER  NOT NULL,
    issued_at  DATETIME NOT NULL,
    expires_at DATETIME NOT NULL,
    used_at    DATETIME
);
CREATE INDEX officials_sign_in_nonces_expires_at_idx ON officials_sign_in_nonces (expires_at);

CREATE TABLE officials_sessions (
    token_hash   TEXT     NOT NULL PRIMARY KEY,
    address      TEXT     NOT NULL,
    chain_id     INTEGER  NOT NULL,
    domain       TEXT     NOT NULL,
    signed_in_at DATETIME NOT NULL,
    expires_at   DATETIME NOT NULL,
    ended_at     DATETIME
);
CREATE INDEX officials_sessions_expires_at_idx ON officials_sessions (expires_at);
