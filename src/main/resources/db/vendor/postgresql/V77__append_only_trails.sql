-- PostgreSQL only (H2 triggers are Java classes; on H2 the trails stay append-only by the code's convention).
-- The trails are append-only whoever asks: an application bug, an injected statement, a psql session under the
-- application's role. Rows are inserted, never updated, deleted or truncated; the one exception is an alert,
-- which is marked delivered once (delivered_at from NULL to a time, nothing else changed). A refused statement
-- fails with SQLSTATE P0001 and the message "append-only table <name>: <operation> refused". A migration that
-- must correct such a table has to say so: ALTER TABLE ... DISABLE TRIGGER ..., the change, ENABLE TRIGGER.

CREATE FUNCTION refuse_append_only_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'append-only table %: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE FUNCTION alerts_only_marked_delivered() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.delivered_at IS NULL AND NEW.delivered_at IS NOT NULL
            AND (NEW.id, NEW.raised_at, NEW.severity, NEW.source, NEW.title, NEW.text, NEW.fields)
                IS NOT DISTINCT FROM (OLD.id, OLD.raised_at, OLD.severity, OLD.source, OLD.title, OLD.text, OLD.fields)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'append-only table %: % refused (only delivered_at may be set, once)', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();

CREATE TRIGGER withdrawal_audit_logs_append_only BEFORE UPDATE OR DELETE ON withdrawal_audit_logs
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER withdrawal_audit_logs_no_truncate BEFORE TRUNCATE ON withdrawal_audit_logs
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();

CREATE TRIGGER risk_events_append_only BEFORE UPDATE OR DELETE ON risk_events
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER risk_events_no_truncate BEFORE TRUNCATE ON risk_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();

-- The ledger is a journal: a correction is a new entry, never a changed one. Balances (ledger_accounts) move.
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();

CREATE TRIGGER ledger_postings_append_only BEFORE UPDATE OR DELETE ON ledger_postings
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER ledger_postings_no_truncate BEFORE TRUNCATE ON ledger_postings
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();

CREATE TRIGGER organization_spillovers_append_only BEFORE UPDATE OR DELETE ON organization_spillovers
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER organization_spillovers_no_truncate BEFORE TRUNCATE ON organization_spillovers
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();

CREATE TRIGGER alerts_append_only BEFORE UPDATE ON alerts
    FOR EACH ROW EXECUTE FUNCTION alerts_only_marked_delivered();
CREATE TRIGGER alerts_no_delete BEFORE DELETE ON alerts
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER alerts_no_truncate BEFORE TRUNCATE ON alerts
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
