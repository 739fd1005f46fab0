-- KindergartenQueue's projections (prisma/models/queue.prisma).

CREATE TABLE queue_age_groups (
    id         INTEGER NOT NULL PRIMARY KEY,
    min_months INTEGER NOT NULL,
    max_months INTEGER NOT NULL,
    active     BOOLEAN NOT NULL
);

CREATE TABLE queue_priority_categories (
    id     INTEGER NOT NULL PRIMARY KEY,
    tier   INTEGER NOT NULL,
    active BOOLEAN NOT NULL
);

CREATE TABLE queue_groups (
    kindergarten   INTEGER NOT NULL,
    age_group      INTEGER NOT NULL,
    capacity       INTEGER NOT NULL,
    seats_released INTEGER NOT NULL,
    PRIMARY KEY (kindergarten, age_group)
);

CREATE TABLE queue_applications (
    number           INTEGER NOT NULL PRIMARY KEY,
    district         INTEGER NOT NULL,
    age_group        INTEGER NOT NULL,
    child_tag        TEXT    NOT NULL,
    kindergartens    TEXT    NOT NULL,
    claimed_category INTEGER NOT NULL,
    claim_status     TEXT    NOT NULL,
    claim_reason     INTEGER,
    claim_decided_at TIMESTAMP(3),
    tier             INTEGER NOT NULL,
    status           TEXT    NOT NULL,
    enrolled_in      INTEGER,
    parent_key       TEXT    NOT NULL,
    relayer          TEXT    NOT NULL,
    submitted_at     TIMESTAMP(3) NOT NULL,
    closed_at        TIMESTAMP(3),
    block_number     INTEGER NOT NULL,
    tx_hash          TEXT    NOT NULL
);
CREATE INDEX queue_applications_district_status_idx ON queue_applications (district, status);
CREATE INDEX queue_applications_claim_status_idx ON queue_applications (claim_status);

CREATE TABLE queue_memberships (
    kindergarten INTEGER NOT NULL,
    age_group    INTEGER NOT NULL,
    application  INTEGER NOT NULL,
    seq          INTEGER NOT NULL,
    status       TEXT    NOT NULL,
    offer_id     INTEGER,
    joined_at    TIMESTAMP(3) NOT NULL,
    left_at      TIMESTAMP(3),
    PRIMARY KEY (kindergarten, age_group, application)
);
CREATE INDEX queue_memberships_application_idx ON queue_memberships (application);
CREATE INDEX queue_memberships_kindergarten_age_group_status_idx
    ON queue_memberships (kindergarten, age_group, status);

CREATE TABLE queue_offers (
    id            INTEGER NOT NULL PRIMARY KEY,
    application   INTEGER NOT NULL,
    kindergarten  INTEGER NOT NULL,
    age_group     INTEGER NOT NULL,
    tier          INTEGER NOT NULL,
    seq           INTEGER NOT NULL,
    still_waiting INTEGER NOT NULL,
    status        TEXT    NOT NULL,
    offered_at    TIMESTAMP(3) NOT NULL,
    expires_at    TIMESTAMP(3) NOT NULL,
    closed_at     TIMESTAMP(3),
    block_number  INTEGER NOT NULL,
    tx_hash       TEXT    NOT NULL
);
CREATE INDEX queue_offers_application_idx ON queue_offers (application);
CREATE INDEX queue_offers_kindergarten_age_group_idx ON queue_offers (kindergarten, age_group);

CREATE TABLE queue_seat_releases (
    tx_hash      TEXT    NOT NULL,
    log_index    INTEGER NOT NULL,
    kindergarten INTEGER NOT NULL,
    age_group    INTEGER NOT NULL,
    seats        INTEGER NOT NULL,
    officer      TEXT    NOT NULL,
    released_at  TIMESTAMP(3) NOT NULL,
    block_number INTEGER NOT NULL,
    PRIMARY KEY (tx_hash, log_index)
);
CREATE INDEX queue_seat_releases_kindergarten_age_group_idx
    ON queue_seat_releases (kindergarten, age_group);

CREATE TABLE queue_moves (
    stamp        INTEGER NOT NULL,
    kindergarten INTEGER NOT NULL,
    age_group    INTEGER NOT NULL,
    application  INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    tier         INTEGER NOT NULL,
    seq          INTEGER NOT NULL,
    at           TIMESTAMP(3) NOT NULL,
    block_number INTEGER NOT NULL,
    PRIMARY KEY (stamp, kindergarten, age_group)
);
CREATE INDEX queue_moves_kindergarten_age_group_stamp_idx
    ON queue_moves (kindergarten, age_group, stamp);
