-- CitizenAppeals: the appeals projection (prisma/models/appeals.prisma). The sealed
-- documents live in the records.

CREATE TABLE appeals (
    id                 INTEGER  NOT NULL PRIMARY KEY,
    appeal_type        TEXT     NOT NULL,
    agency_id          INTEGER  NOT NULL,
    status             TEXT     NOT NULL,
    open               BOOLEAN  NOT NULL,
    citizen_key        TEXT     NOT NULL,
    content_commitment TEXT     NOT NULL,
    answer_commitment  TEXT,
    registered_at      DATETIME NOT NULL,
    received_at        DATETIME NOT NULL,
    deadline           DATETIME NOT NULL,
    answered_at        DATETIME,
    answer_seconds     INTEGER,
    answered_late      BOOLEAN,
    extra_checking     BOOLEAN  NOT NULL,
    extended           BOOLEAN  NOT NULL,
    forward_count      INTEGER  NOT NULL,
    rating             INTEGER,
    escalated_from     INTEGER,
    escalated_to       INTEGER,
    escalation_ground  TEXT,
    overdue_marked_at  DATETIME,
    filed_tx_hash      TEXT     NOT NULL,
    block_number       INTEGER  NOT NULL
);
-- The inbox (open appeals of one agency by deadline) and the statistics per agency.
CREATE INDEX appeals_agency_id_open_deadline_idx ON appeals (agency_id, open, deadline);
CREATE INDEX appeals_agency_id_answered_at_idx ON appeals (agency_id, answered_at);

-- Every forwarding, counted per sending agency in the statistics.
CREATE TABLE appeal_forwards (
    appeal_id      INTEGER  NOT NULL,
    forward_index  INTEGER  NOT NULL,
    from_agency_id INTEGER  NOT NULL,
    to_agency_id   INTEGER  NOT NULL,
    forwarded_at   DATETIME NOT NULL,
    block_number   INTEGER  NOT NULL,
    tx_hash        TEXT     NOT NULL,
    PRIMARY KEY (appeal_id, forward_index)
);
CREATE INDEX appeal_forwards_from_agency_id_idx ON appeal_forwards (from_agency_id);
