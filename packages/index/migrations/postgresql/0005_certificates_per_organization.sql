-- CertificateRegistry keeps batches per organization and revocations per organization and
-- certificate (whatever root): the keys follow.

ALTER TABLE certificate_batches DROP CONSTRAINT certificate_batches_pkey;
ALTER TABLE certificate_batches ADD PRIMARY KEY (org_id, root);

-- The earliest revocation of a certificate is the one that holds.
DELETE FROM certificate_revocations later USING certificate_revocations earlier
    WHERE later.org_id = earlier.org_id AND later.certificate_hash = earlier.certificate_hash
    AND (later.block_number, later.root) > (earlier.block_number, earlier.root);
ALTER TABLE certificate_revocations DROP CONSTRAINT certificate_revocations_pkey;
ALTER TABLE certificate_revocations ADD PRIMARY KEY (org_id, certificate_hash);
