extension PGSchema {
    /// Append-only, for every role, the functions' own included: events, entries, steps,
    /// tombstones, evidence, audit and access-log lines are never updated; rows leave only in a
    /// purge, while the purge of their dossier is the event chain's head (SQLite's v8 triggers,
    /// Schema+Events.swift). People, schools, accounts and guardianships never leave. The tables
    /// and these triggers belong to `casus_data`, as which nothing runs but `analyze_tables`: the
    /// functions run as `casus_owner`, which cannot switch a trigger off (ServerSetup). A superuser
    /// can. What the guards cannot tell is whether an event at the head was one the entry points
    /// would have written: code running as `casus_owner` could append one they would refuse (no
    /// function builds SQL from a caller's text, so none can be made to); `verify` finds one
    /// that breaks the chain.
    static let guards = #"""
        CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION USING ERRCODE = 'CA002', MESSAGE = TG_ARGV[0];
        END $$;

        -- Whether the event chain's head is the purge of this dossier.
        CREATE FUNCTION purge_at_head(p_dossier bigint) RETURNS boolean LANGUAGE sql STABLE
        SET search_path = casus, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM event WHERE seq = (SELECT max(seq) FROM event)
                           AND kind = 'dossier.purged' AND dossier_id = p_dossier)
        $$;

        -- Its own search_path: a trigger also fires for a statement typed outside casus's functions.
        CREATE FUNCTION refuse_unless_purged() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        DECLARE
            dossier bigint;
        BEGIN
            IF TG_TABLE_NAME IN ('entry', 'case', 'letter_sent') THEN
                dossier := OLD.dossier_id;
            ELSIF TG_TABLE_NAME IN ('incident', 'incident_person', 'incident_evidence', 'evidence', 'entry_evidence') THEN
                IF EXISTS (SELECT 1 FROM event WHERE seq = (SELECT max(seq) FROM event) AND kind = 'dossier.purged') THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION USING ERRCODE = 'CA002', MESSAGE = TG_ARGV[0];
            ELSE
                SELECT c.dossier_id INTO dossier FROM "case" c WHERE c.id = OLD.case_id;
                -- A case's articles are replaced while a reclassification of that case is the head.
                IF TG_TABLE_NAME = 'case_article' AND EXISTS (
                        SELECT 1 FROM event e WHERE e.seq = (SELECT max(seq) FROM event) AND e.kind = 'case.reclassified'
                        AND (parse_payload(e.payload)).fields->>'id' = OLD.case_id::text) THEN
                    RETURN OLD;
                END IF;
            END IF;
            IF purge_at_head(dossier) THEN RETURN OLD; END IF;
            RAISE EXCEPTION USING ERRCODE = 'CA002', MESSAGE = TG_ARGV[0];
        END $$;

        -- A closure leaves only while the chain's head is an event that removes closures.
        CREATE FUNCTION refuse_unless_removed() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM event WHERE seq = (SELECT max(seq) FROM event) AND kind = 'closures.removed') THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION USING ERRCODE = 'CA002', MESSAGE = TG_ARGV[0];
        END $$;

        -- An account's row leaves while the event that ends that account is the chain's head.
        CREATE FUNCTION refuse_unless_user_removed() RETURNS trigger LANGUAGE plpgsql SET search_path = casus, pg_temp AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM event e WHERE e.seq = (SELECT max(seq) FROM event) AND e.kind = 'user.removed'
                       AND (parse_payload(e.payload)).fields->>'account' = OLD.account) THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION USING ERRCODE = 'CA002', MESSAGE = TG_ARGV[0];
        END $$;

        -- The server's own records (its schema's version, its founder) stay as `server init` wrote
        -- them; only the marker of an import under way leaves, when the import ends.
        CREATE FUNCTION meta_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND OLD.key = 'import' THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION USING ERRCODE = 'CA002',
                MESSAGE = 'de gegevens van de server zelf worden nooit gewijzigd | the server''s own records are never changed';
        END $$;
        CREATE TRIGGER meta_no_change BEFORE UPDATE OR DELETE ON meta FOR EACH ROW EXECUTE FUNCTION meta_guard();

        CREATE TRIGGER event_no_change BEFORE UPDATE OR DELETE ON event FOR EACH ROW
            EXECUTE FUNCTION refuse('gebeurtenissen worden nooit gewijzigd of verwijderd | events are never changed or removed');
        CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event FOR EACH STATEMENT
            EXECUTE FUNCTION refuse('gebeurtenissen worden nooit verwijderd | events are never removed');
        CREATE TRIGGER entry_no_update BEFORE UPDATE ON entry FOR EACH ROW
            EXECUTE FUNCTION refuse('stukken in een dossier worden nooit gewijzigd; voeg een correctie toe | dossier entries are never changed; add a correction');
        CREATE TRIGGER entry_no_delete BEFORE DELETE ON entry FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('stukken verlaten een dossier alleen bij opschonen | entries leave a dossier only in a purge');
        CREATE TRIGGER step_no_update BEFORE UPDATE ON step FOR EACH ROW
            EXECUTE FUNCTION refuse('stappen op de ladder worden nooit gewijzigd | ladder steps are never changed');
        CREATE TRIGGER step_no_delete BEFORE DELETE ON step FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('stappen verdwijnen alleen met hun zaak bij opschonen | steps leave only with their case in a purge');
        CREATE TRIGGER obligation_no_delete BEFORE DELETE ON obligation FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('verplichtingen verdwijnen alleen met hun zaak bij opschonen | obligations leave only with their case in a purge');
        CREATE TRIGGER case_article_no_delete BEFORE DELETE ON case_article FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('een zaak houdt haar artikelen | a case keeps its articles');
        CREATE TRIGGER case_no_delete BEFORE DELETE ON "case" FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('zaken verdwijnen alleen bij opschonen van hun dossier | cases leave only in a purge of their dossier');
        CREATE TRIGGER incident_no_delete BEFORE DELETE ON incident FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('meldingen verdwijnen alleen bij opschonen | reports leave only in a purge');
        CREATE TRIGGER incident_person_no_delete BEFORE DELETE ON incident_person FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('meldingen verdwijnen alleen bij opschonen | reports leave only in a purge');
        CREATE TRIGGER incident_evidence_no_update BEFORE UPDATE ON incident_evidence FOR EACH ROW
            EXECUTE FUNCTION refuse('een melding houdt haar bewijsstukken | a report keeps its evidence');
        CREATE TRIGGER incident_evidence_no_delete BEFORE DELETE ON incident_evidence FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('meldingen verdwijnen alleen bij opschonen | reports leave only in a purge');
        CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence FOR EACH ROW
            EXECUTE FUNCTION refuse('een bewijsstuk wordt nooit gewijzigd | an evidence file is never changed');
        CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('bewijsstukken verdwijnen alleen bij opschonen | evidence files leave only in a purge');
        CREATE TRIGGER entry_evidence_no_update BEFORE UPDATE ON entry_evidence FOR EACH ROW
            EXECUTE FUNCTION refuse('een stuk houdt zijn bewijsstukken | an entry keeps its evidence');
        CREATE TRIGGER entry_evidence_no_delete BEFORE DELETE ON entry_evidence FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('bewijsstukken verdwijnen alleen bij opschonen | evidence files leave only in a purge');
        CREATE TRIGGER case_fact_no_update BEFORE UPDATE ON case_fact FOR EACH ROW
            EXECUTE FUNCTION refuse('de feiten van een zaak worden nooit gewijzigd | the facts of a case are never changed');
        CREATE TRIGGER case_fact_no_delete BEFORE DELETE ON case_fact FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('de feiten van een zaak verdwijnen alleen met hun zaak bij opschonen | the facts of a case leave only with their case in a purge');
        CREATE TRIGGER school_closure_no_update BEFORE UPDATE ON school_closure FOR EACH ROW
            EXECUTE FUNCTION refuse('een sluitingsdag wordt nooit gewijzigd; verwijder hem en voeg hem opnieuw toe | a closure is never changed; remove it and add it again');
        CREATE TRIGGER school_closure_no_delete BEFORE DELETE ON school_closure FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_removed('een sluitingsdag verdwijnt alleen door een gebeurtenis die hem verwijdert | a closure leaves only by an event that removes it');
        CREATE TRIGGER letter_sent_no_update BEFORE UPDATE ON letter_sent FOR EACH ROW
            EXECUTE FUNCTION refuse('een brief wordt één keer als verzonden vastgelegd | a letter is recorded as sent once');
        CREATE TRIGGER letter_sent_no_delete BEFORE DELETE ON letter_sent FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_purged('een verzending verdwijnt alleen met haar brief bij opschonen | a sending leaves only with its letter in a purge');
        CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW
            EXECUTE FUNCTION refuse('het auditlog wordt nooit gewijzigd | the audit log is never changed');
        CREATE TRIGGER access_log_no_change BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW
            EXECUTE FUNCTION refuse('het toegangslog wordt nooit gewijzigd | the access log is never changed');
        CREATE TRIGGER tombstone_no_change BEFORE UPDATE OR DELETE ON tombstone FOR EACH ROW
            EXECUTE FUNCTION refuse('grafstenen worden nooit gewijzigd | tombstones are never changed');
        CREATE TRIGGER person_no_delete BEFORE DELETE ON person FOR EACH ROW
            EXECUTE FUNCTION refuse('personen worden nooit verwijderd | people are never deleted');
        CREATE TRIGGER user_no_delete BEFORE DELETE ON app_user FOR EACH ROW
            EXECUTE FUNCTION refuse_unless_user_removed('een account verdwijnt alleen door de gebeurtenis die het beëindigt | an account leaves only by the event that ends it');
        CREATE TRIGGER school_no_delete BEFORE DELETE ON school FOR EACH ROW
            EXECUTE FUNCTION refuse('scholen worden nooit verwijderd | schools are never deleted');
        CREATE TRIGGER guardianship_no_delete BEFORE DELETE ON guardianship FOR EACH ROW
            EXECUTE FUNCTION refuse('voogdij wordt nooit verwijderd | a guardianship is never deleted');
        CREATE TRIGGER no_truncate BEFORE TRUNCATE ON entry FOR EACH STATEMENT
            EXECUTE FUNCTION refuse('stukken worden nooit verwijderd | entries are never removed');
        CREATE TRIGGER no_truncate BEFORE TRUNCATE ON case_fact FOR EACH STATEMENT
            EXECUTE FUNCTION refuse('de feiten van een zaak worden nooit verwijderd | the facts of a case are never removed');
        CREATE TRIGGER no_truncate BEFORE TRUNCATE ON step FOR EACH STATEMENT
            EXECUTE FUNCTION refuse('stappen worden nooit verwijderd | steps are never removed');
        CREATE TRIGGER no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT
            EXECUTE FUNCTION refuse('het auditlog wordt nooit gewijzigd | the audit log is never changed');
        CREATE TRIGGER no_truncate BEFORE TRUNCATE ON access_log FOR EACH STATEMENT
            EXECUTE FUNCTION refuse('het toegangslog wordt nooit gewijzigd | the access log is never changed');
        """#
}
