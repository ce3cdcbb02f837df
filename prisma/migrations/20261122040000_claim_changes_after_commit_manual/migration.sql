-- Claim changes are announced by the application after commit (lib/claims/claim-change-feed.ts).
-- NOTIFY from a trigger runs inside the writing transaction, where PostgreSQL holds a
-- database-wide lock from the NOTIFY until the commit has been flushed to disk: every claim
-- update committed one at a time, which doubled "Take next" latency under load.
DROP TRIGGER claims_notify_change ON "claims";
DROP FUNCTION claims_notify_change();
