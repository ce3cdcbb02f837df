-- Hand-written: what schema.prisma cannot express. Names ending in _manual are re-applied
-- by the schema agreement test on top of the generated schema.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Full-text search over the queue: canonical text weighs more than the raw quote.
CREATE FUNCTION claims_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."canonicalText", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW."quote", '')), 'B');
  RETURN NEW;
END $$;

CREATE TRIGGER claims_search_vector
  BEFORE INSERT OR UPDATE OF "canonicalText", "quote" ON "claims"
  FOR EACH ROW EXECUTE FUNCTION claims_search_vector_update();

-- Repeat detection compares canonical texts of one speaker by trigram similarity.
CREATE INDEX "claims_canonicalText_trgm_idx" ON "claims" USING GIN ("canonicalText" gin_trgm_ops);

-- The audit log is append-only for everyone, the application included.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- Live queue: every claim change is announced to listeners (postgres.js LISTEN → SSE).
CREATE FUNCTION claims_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('claim_changes', json_build_object(
    'id', NEW."id", 'status', NEW."status", 'version', NEW."version",
    'assigneeId', NEW."assigneeId", 'op', TG_OP)::text);
  RETURN NEW;
END $$;

CREATE TRIGGER claims_notify_change
  AFTER INSERT OR UPDATE ON "claims"
  FOR EACH ROW EXECUTE FUNCTION claims_notify_change();
