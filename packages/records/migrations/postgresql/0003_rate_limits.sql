-- Rate limits and the relayer's gas budgets (issue 13): one counter per limit and subject,
-- shared by every instance of an app.
CREATE TABLE rate_limits (
    key    TEXT         NOT NULL PRIMARY KEY,
    points INTEGER      NOT NULL,
    expire TIMESTAMP(3)
);
CREATE INDEX rate_limits_expire_idx ON rate_limits (expire);
