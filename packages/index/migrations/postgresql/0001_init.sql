-- The index's tables on PostgreSQL; the same model as prisma/models.prisma.

CREATE TABLE events (
    tx_hash         TEXT         NOT NULL,
    log_index       INTEGER      NOT NULL,
    block_number    INTEGER      NOT NULL,
    block_hash      TEXT         NOT NULL,
    block_timestamp TIMESTAMP(3) NOT NULL,
    contract        TEXT         NOT NULL,
    name            TEXT         NOT NULL,
    args            TEXT         NOT NULL,
    PRIMARY KEY (tx_hash, log_index)
);
CREATE INDEX events_block_number_log_index_idx ON events (block_number, log_index);

CREATE TABLE organizations (
    id            INTEGER      NOT NULL PRIMARY KEY,
    org_type      TEXT         NOT NULL,
    region        TEXT         NOT NULL,
    status        TEXT         NOT NULL,
    parent_id     INTEGER,
    name          TEXT         NOT NULL,
    name_search   TEXT         NOT NULL,
    registered_at TIMESTAMP(3) NOT NULL,
    block_number  INTEGER      NOT NULL,
    tx_hash       TEXT         NOT NULL
);
CREATE INDEX organizations_org_type_region_status_idx ON organizations (org_type, region, status);

-- Substring search (LIKE '%text%') on the folded name uses a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX organizations_name_search_trgm_idx
    ON organizations USING gin (name_search gin_trgm_ops);

CREATE TABLE staff_roles (
    org_id       INTEGER      NOT NULL REFERENCES organizations (id),
    account      TEXT         NOT NULL,
    role         TEXT         NOT NULL,
    granted_by   TEXT         NOT NULL,
    granted_at   TIMESTAMP(3) NOT NULL,
    block_number INTEGER      NOT NULL,
    tx_hash      TEXT         NOT NULL,
    PRIMARY KEY (org_id, account, role)
);
CREATE INDEX staff_roles_account_idx ON staff_roles (account);

CREATE TABLE checkpoint (
    id           INTEGER NOT NULL PRIMARY KEY,
    chain_id     INTEGER NOT NULL,
    deployment   TEXT    NOT NULL,
    block_number INTEGER NOT NULL,
    block_hash   TEXT    NOT NULL
);

CREATE TABLE recent_blocks (
    number INTEGER NOT NULL PRIMARY KEY,
    hash   TEXT    NOT NULL
);
