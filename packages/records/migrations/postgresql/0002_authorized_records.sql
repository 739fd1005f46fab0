-- Authorized, insert-only records, and the officials' sign-in (issue 13).

-- A key wrap is added, never replaced: each is a version with its author and time, and a
-- reader tries a recipient's versions until one opens the committed document. The primary
-- key holds the wrap itself, so storing the same wrap twice still stores it once.
ALTER TABLE appeal_key_wraps
    ADD COLUMN author   TEXT NOT NULL DEFAULT 'before-versions',
    ADD COLUMN added_at TIMESTAMP(3);
UPDATE appeal_key_wraps w SET added_at = d.stored_at
    FROM appeal_documents d WHERE d.commitment = w.commitment;
ALTER TABLE appeal_key_wraps
    ALTER COLUMN author DROP DEFAULT,
    ALTER COLUMN added_at SET NOT NULL,
    DROP CONSTRAINT appeal_key_wraps_pkey,
    ADD PRIMARY KEY (commitment, recipient, wrapped);

-- keccak256 of the content key: with the blob it rebuilds the commitment, so a blob stored
-- under another document's commitment is refused. NULL for documents stored before.
ALTER TABLE appeal_documents ADD COLUMN content_key_hash TEXT;

-- Sign-In with Ethereum for the officials app: single-use nonces bound to the app's domain
-- and the chain, and the sessions they opened (the cookie's token is kept only as a hash).
CREATE TABLE officials_sign_in_nonces (
    nonce      TEXT         NOT NULL PRIMARY KEY,
    domain     TEXT         NOT NULL,
    chain_id   INTEGER      NOT NULL,
    issued_at  TIMESTAMP(3) NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL,
    used_at    TIMESTAMP(3)
);
CREATE INDEX officials_sign_in_nonces_expires_at_idx ON officials_sign_in_nonces (expires_at);

CREATE TABLE officials_sessions (
    token_hash   TEXT         NOT NULL PRIMARY KEY,
    address      TEXT         NOT NULL,
    chain_id     INTEGER      NOT NULL,
    domain       TEXT         NOT NULL,
    signed_in_at TIMESTAMP(3) NOT NULL,
    expires_at   TIMESTAMP(3) NOT NULL,
    ended_at     TIMESTAMP(3)
);
CREATE INDEX officials_sessions_expires_at_idx ON officials_sessions (expires_at);
