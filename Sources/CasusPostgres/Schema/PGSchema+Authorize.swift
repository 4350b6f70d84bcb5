extension PGSchema {
    /// Who may make which decision, on the server: AccessPolicy's table (DESIGN.md §4) applied to
    /// the records the event names, whatever client sent it. The administrator passes; the founder
    /// may only found the first school and make itself its director (or the board).
    static let authorize = #"""
        CREATE FUNCTION authorize(a caller_t, p_kind text, f jsonb, x jsonb) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            school bigint;
            owner person;
            decides boolean := a.known AND a.role IN ('director', 'board');
        BEGIN
            IF a.admin THEN
                RETURN;
            END IF;
            IF a.founder THEN
                IF p_kind IN ('school.created', 'person.added')
                   OR (p_kind = 'user.added' AND f->>'account' = a.account AND f->>'role' IN ('director', 'board')) THEN
                    RETURN;
                END IF;
                PERFORM refused('maak eerst de school aan met casus init', 'found the school first with casus init');
            END IF;
            PERFORM require_account(a);
            CASE p_kind
            WHEN 'school.created' THEN
                IF a.role <> 'board' THEN
                    PERFORM refused('alleen het bestuur maakt scholen aan', 'only the board founds schools');
                END IF;
                RETURN;
            WHEN 'person.added', 'person.changed' THEN
                school := (f->>'school')::bigint;
                IF p_kind = 'person.changed' THEN
                    SELECT * INTO owner FROM person WHERE id = (f->>'id')::bigint;
                    IF NOT FOUND OR NOT reaches(a, owner.school_id) THEN
                        PERFORM not_found('deze persoon bestaat niet op uw school', 'this person does not exist at your school');
                    END IF;
                END IF;
                IF NOT decides OR NOT reaches(a, school) THEN
                    PERFORM refused('uw rol mag geen personen beheren op deze school', 'your role may not manage people at this school');
                END IF;
            WHEN 'guardian.linked' THEN
                IF NOT decides OR EXISTS (SELECT 1 FROM person p WHERE p.id IN ((f->>'parent')::bigint, (f->>'pupil')::bigint)
                                                                    AND NOT reaches(a, p.school_id)) THEN
                    PERFORM refused('uw rol mag geen personen beheren op deze school', 'your role may not manage people at this school');
                END IF;
            WHEN 'user.added' THEN
                IF NOT decides THEN
                    PERFORM refused('uw rol mag geen gebruikers beheren', 'your role may not manage users');
                END IF;
                IF f->>'role' = 'board' AND a.role <> 'board' THEN
                    PERFORM refused('alleen het bestuur voegt bestuursleden toe', 'only the board adds board members');
                END IF;
                IF f->>'role' <> 'board' AND (f->>'school' IS NULL OR NOT reaches(a, (f->>'school')::bigint)) THEN
                    PERFORM refused('u voegt alleen gebruikers van uw eigen school toe', 'you add users of your own school only');
                END IF;
            WHEN 'incident.reported' THEN
                school := (f->>'school')::bigint;
                IF NOT (a.role IN ('director', 'board', 'teacher') AND reaches(a, school)) THEN
                    PERFORM refused('uw rol mag hier geen melding doen', 'your role may not file a report here');
                END IF;
                IF EXISTS (SELECT 1 FROM unnest(string_to_array(coalesce(f->>'involved', ''), ',')) pair
                           WHERE pair <> '' AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = split_part(pair, '=', 1)::bigint
                                                                                   AND p.school_id = school)) THEN
                    PERFORM refused('een betrokkene hoort niet bij deze school', 'someone involved is not of this school');
                END IF;
            WHEN 'incident.triaged', 'incident.dismissed' THEN
                SELECT i.school_id INTO school FROM incident i WHERE i.id = (f->>'id')::bigint;
                IF NOT decides OR school IS NULL OR NOT reaches(a, school) THEN
                    PERFORM refused('uw rol mag deze melding niet beoordelen', 'your role may not triage this report');
                END IF;
            WHEN 'case.opened' THEN
                school := (f->>'school')::bigint;
                IF NOT decides OR NOT reaches(a, school)
                   OR NOT EXISTS (SELECT 1 FROM incident i WHERE i.id = (f->>'incident')::bigint AND i.school_id = school)
                   OR EXISTS (SELECT 1 FROM person p WHERE p.id IN ((f->>'subject')::bigint, (f->>'dossier')::bigint)
                                                     AND p.school_id <> school) THEN
                    PERFORM refused('uw rol mag hier geen zaak openen', 'your role may not open a case here');
                END IF;
            WHEN 'case.rung', 'case.closed', 'case.reclassified', 'step.taken', 'obligation.created', 'obligation.done', 'fact.recorded',
                 'obligation.rescheduled' THEN
                SELECT c.school_id INTO school FROM "case" c
                WHERE c.id = (CASE WHEN p_kind IN ('case.rung', 'case.closed', 'case.reclassified') THEN f->>'id' ELSE f->>'case' END)::bigint;
                IF NOT decides OR school IS NULL OR NOT reaches(a, school) THEN
                    PERFORM refused('uw rol mag over deze zaak niet beslissen', 'your role may not decide on this case');
                END IF;
            WHEN 'school.record-set', 'closure.added', 'closures.removed' THEN
                -- The school record and calendar: its director, or the board (AccessPolicy.manageSchool).
                school := (CASE WHEN p_kind = 'school.record-set' THEN f->>'id' ELSE f->>'school' END)::bigint;
                IF NOT decides OR NOT reaches(a, school) THEN
                    PERFORM refused('uw rol mag de gegevens van deze school niet wijzigen',
                                    'your role may not change this school''s record');
                END IF;
            WHEN 'entry.appended' THEN
                SELECT * INTO owner FROM person WHERE id = (f->>'dossier')::bigint;
                IF NOT FOUND OR NOT reaches(a, owner.school_id) THEN
                    PERFORM not_found('dit dossier bestaat niet op uw school', 'this dossier does not exist at your school');
                END IF;
                IF NOT (decides OR (a.role = 'ib' AND x->>'kind' = 'care' AND owner.kind = 'pupil')) THEN
                    PERFORM refused('uw rol mag in dit dossier niet schrijven', 'your role may not write in this dossier');
                END IF;
                IF x->>'author' IS DISTINCT FROM a.account THEN
                    PERFORM refused('een stuk heeft de schrijver als auteur', 'an entry has its writer as its author');
                END IF;
            WHEN 'letter.sent' THEN
                -- A letter of this dossier, sent once (Letters.sent checks the rest before it writes).
                SELECT * INTO owner FROM person WHERE id = (f->>'dossier')::bigint;
                IF NOT FOUND OR NOT reaches(a, owner.school_id) THEN
                    PERFORM not_found('dit dossier bestaat niet op uw school', 'this dossier does not exist at your school');
                END IF;
                IF NOT decides OR NOT EXISTS (SELECT 1 FROM entry e WHERE e.id = (f->>'entry')::bigint
                                              AND e.dossier_id = owner.id AND e.kind = 'letter') THEN
                    PERFORM refused('uw rol mag deze brief niet als verzonden vastleggen',
                                    'your role may not record this letter as sent');
                END IF;
            WHEN 'dossier.purged' THEN
                SELECT * INTO owner FROM person WHERE id = (f->>'dossier')::bigint;
                IF NOT decides OR NOT FOUND OR NOT reaches(a, owner.school_id) THEN
                    PERFORM refused('uw rol mag dit dossier niet opschonen', 'your role may not purge this dossier');
                END IF;
            WHEN 'checkpoint.signed' THEN
                -- A signed checkpoint names a place the chain has really passed (Checkpoints.swift).
                IF NOT decides OR NOT ((f->>'event_seq')::bigint = 0 OR EXISTS (
                        SELECT 1 FROM event e WHERE e.seq = (f->>'event_seq')::bigint AND e.hash = f->>'event_hash')) THEN
                    PERFORM refused('uw rol mag geen controlepunt zetten, of het noemt een plek die de keten niet kent',
                                    'your role may not sign a checkpoint, or it names a place the chain does not know');
                END IF;
            ELSE
                PERFORM refused(format('onbekende soort gebeurtenis %s', p_kind), format('unknown event kind %s', p_kind));
            END CASE;
        END $$;
        """#
}
