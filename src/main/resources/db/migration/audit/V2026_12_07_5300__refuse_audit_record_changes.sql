-- Issue 22, item 5: the audit trail is append-only in the database too. The application's role may
-- INSERT and SELECT; any UPDATE, DELETE or TRUNCATE of a record is refused, whoever sends it. A role that
-- owns the table could still disable the trigger: the signed checkpoints kept outside the database
-- (AuditCheckpoints) are what detect such a rewrite or a cut tail.
CREATE FUNCTION audit.refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit records are append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_record_append_only
    BEFORE UPDATE OR DELETE ON audit.audit_record
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE TRIGGER audit_record_no_truncate
    BEFORE TRUNCATE ON audit.audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
