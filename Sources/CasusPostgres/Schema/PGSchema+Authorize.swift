import CasusCore

extension PGSchema {
    /// Who may make which decision, on the server: AccessPolicy's table (DESIGN.md §4) applied to
    /// the records the event names, whatever client sent it. The administrator passes; the founder
    /// may only found the first school and make itself its director (or the board).
    ///
    /// Every record an event names is checked to be where the event says: an obligation of the
    /// case named, a case and a corrected entry of the dossier written in, a step of the case, the
    /// kinds of a case's dossier and subject those of its people. And whoever the event says acted
    /// (`reported_by`, `by`, `actor`, `opened_by`) is the account writing it. A check on the school
    /// alone let a director mark another school's obligation done through their own case, and an
    /// entry of a staff dossier be read as a note of a pupil's case (found by a review).
    /// The rungs of each ladder (`Rung.allowed`, and a staff member's ordemaatregel), as an SQL
    /// array for the case `k`'s subject kind.
    static var laddersSQL: String {
        let arms = SubjectKind.allCases.map { kind -> String in
            let rungs = Rung.allowed(for: kind) + (kind == .staff ? [.precautionarySuspension] : [])
            return "WHEN '\(kind.rawValue)' THEN ARRAY[\(rungs.map { "'\($0.rawValue)'" }.joined(separator: ","))]"
        }
        return "CASE k.subject_kind \(arms.joined(separator: " ")) END"
    }

    /// The duties a summary dismissal may make lapse (`StepPlan.endedWithEmployment`), as an SQL list.
    static var endedWithEmploymentSQL: String {
        StepPlan.endedWithEmployment.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")
    }

    static let authorize = #"""
        -- A person's name as casus writes it (Person.name): the parts that are there, one space apart.
        -- plpgsql, as every helper here: a sql function that is not written into its caller is planned
        -- anew at every call (PostgresPlanningTests).
        CREATE FUNCTION full_name(p_first text, p_infix text, p_last text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            RETURN concat_ws(' ', nullif(p_first, ''), nullif(p_infix, ''), nullif(p_last, ''));
        END $$;

        -- The name a caller's session shows and signs with (Session.open): its person's, else its account.
        CREATE FUNCTION shown_name(a caller_t) RETURNS text LANGUAGE plpgsql STABLE AS $$
        BEGIN
            RETURN coalesce((SELECT full_name(p.first_name, p.infix, p.last_name) FROM person p WHERE p.id = a.person_id),
                            a.account);
        END $$;

        -- A step's and a fact's days, judged against the event's own time (which check_clock holds to
        -- the server's clock): a decision is dated the day it is taken, a day either way for a client
        -- in another zone; its measure starts on or after that day and within a year
        -- (DateRange.daysAhead) and ends on or after its start; a fact (a hearing, a zienswijze, an
        -- objection received) happened by the time it is recorded, an employment's end within a year
        -- of it (CaseWorkflow.contractEnded). A director dated a step and a fact with psql as they
        -- liked: only a letter's sending day was checked (a review).
        CREATE FUNCTION check_days(p_kind text, f jsonb, p_incident bigint) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            first_fact date;
            day_pattern constant text := '^(19|2[01])\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$';
            recorded date;
            on_day date;
            first_day date;
        BEGIN
            IF NOT coalesce(f->>'at' ~ '^\d{4}-\d\d-\d\dT', false) OR NOT coalesce(f->>'on_date' ~ day_pattern, false)
               OR NOT coalesce(f->>'start_date' ~ day_pattern, true) OR NOT coalesce(f->>'end_date' ~ day_pattern, true) THEN
                PERFORM refused(format('een dag is JJJJ-MM-DD tussen 1900 en 2199, niet %s', coalesce(f->>'on_date', '(geen dag)')),
                                format('a day is YYYY-MM-DD between 1900 and 2199, not %s', coalesce(f->>'on_date', '(no day)')));
            END IF;
            recorded := substr(f->>'at', 1, 10)::date;
            on_day := (f->>'on_date')::date;
            IF p_kind = 'step.taken' THEN
                IF abs(on_day - recorded) > 1 THEN
                    PERFORM refused(format('een besluit is gedateerd op de dag waarop het wordt genomen (%s), niet %s', recorded, on_day),
                                    format('a decision is dated the day it is taken (%s), not %s', recorded, on_day));
                END IF;
                first_day := coalesce((f->>'start_date')::date, on_day);
                -- A time-out's day is the school day it was given, recorded up to a month later
                -- (LadderEngine: `timeOutDay`); it is no later than the decision.
                IF f->>'rung' = 'time-out' THEN
                    IF first_day > on_day OR first_day < on_day - \#(LadderEngine.timeOutRecordedWithin) THEN
                        PERFORM refused(format('een time-out is gegeven op een schooldag van de laatste maand, niet op %s', first_day),
                                        format('a time-out was given on a school day of the last month, not on %s', first_day));
                    END IF;
                ELSIF first_day < on_day OR first_day > on_day + \#(DateRange.daysAhead) THEN
                    PERFORM refused(format('een maatregel begint niet vóór het besluit en uiterlijk een jaar erna, niet op %s', first_day),
                                    format('a measure starts neither before the decision nor more than a year after it, not on %s', first_day));
                END IF;
                IF (f->>'end_date')::date < first_day THEN
                    PERFORM refused(format('een maatregel eindigt niet vóór hij begint (%s), niet op %s', first_day, f->>'end_date'),
                                    format('a measure does not end before it starts (%s), not on %s', first_day, f->>'end_date'));
                END IF;
            ELSIF on_day > recorded + (CASE WHEN f->>'kind' = 'contract-ended' THEN \#(DateRange.daysAhead) + 1 ELSE 1 END) THEN
                PERFORM refused(format('dit feit ligt in de toekomst: %s', on_day),
                                format('this fact lies in the future: %s', on_day));
            ELSE
                -- Nor before what the case is about: a meeting not before the day it happened (else
                -- its report), any other fact not before the report (a day's grace for the zone),
                -- but an employment's end and an inzage request (CaseWorkflow.recordFact). Hearings
                -- dated 1900 and 2019 were taken on a case of 2026 (a review).
                SELECT CASE WHEN f->>'kind' = 'meeting-held' AND i.happened_on IS NOT NULL THEN i.happened_on::date
                            ELSE substr(i.reported_at, 1, 10)::date - 1 END
                INTO first_fact FROM incident i WHERE i.id = p_incident;
                IF f->>'kind' NOT IN ('contract-ended', 'inzage-request') AND on_day < first_fact THEN
                    PERFORM refused(format('dit feit (%s) ligt vóór het voorval of de melding van de zaak (%s)', on_day, first_fact),
                                    format('this fact (%s) lies before what the case is about or its report (%s)', on_day, first_fact));
                END IF;
            END IF;
        END $$;

        -- Nobody decides about themselves (AccessPolicy.requireNotAbout; Awb art. 2:4): the person
        -- of the account acted as, and of the login really at the keyboard (`--as` an account
        -- with no person opened and closed a case about the director, a review), the board's too.
        -- Refused, in its words, where `p_person` is one of those (`p_what`: 'deze zaak', …).
        CREATE FUNCTION require_not_about(a caller_t, p_person bigint, p_what_nl text, p_what_en text) RETURNS void
        LANGUAGE plpgsql STABLE AS $$
        DECLARE
            me caller_t := caller();
        BEGIN
            IF p_person IS NOT NULL
               AND (p_person = a.person_id OR (NOT coalesce(me.admin, false) AND p_person = me.person_id)) THEN
                PERFORM refused(p_what_nl || ' gaat over uzelf: daarover beslist het bestuur, niet u (Awb art. 2:4)',
                                p_what_en || ' is about yourself: the board decides on it, not you (Awb art. 2:4)');
            END IF;
        END $$;

        CREATE FUNCTION authorize(a caller_t, p_kind text, f jsonb, x jsonb) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            school bigint;
            owner person;
            k "case";
            decides boolean := a.known AND a.role IN ('director', 'board');
        BEGIN
            IF a.admin THEN
                RETURN;
            END IF;
            IF a.founder THEN
                IF p_kind IN ('school.created', 'school.record-set', 'person.added')
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
                    -- Who may read a dossier and its cases follows from this (an IB reads no staff):
                    -- casus never moves a person across it.
                    -- Nor from one ladder to another (a pupil is no parent): a case's ladder follows its
                    -- subject, and a pupil made a parent for one step took a 60-day "access ban" past
                    -- the week's limit (a review). casus never changes a kind across either line.
                    IF personnel(owner.kind) IS DISTINCT FROM personnel(f->>'kind')
                       OR ladder_kind(owner.kind) IS DISTINCT FROM ladder_kind(f->>'kind') THEN
                        PERFORM refused('een leerling wordt geen ouder of medewerker, en andersom',
                                        'a pupil does not become a parent or staff, nor the other way round');
                    END IF;
                END IF;
                IF NOT decides OR NOT reaches(a, school) THEN
                    PERFORM refused('uw rol mag geen personen beheren op deze school', 'your role may not manage people at this school');
                END IF;
                -- A member of the board's record is the board's to keep, not a school director's, who
                -- answers to them (CaseWorkflow.requireNotTheBoardsRecord; WPO art. 17c lid 3).
                IF p_kind = 'person.changed' AND NOT a.admin AND a.role <> 'board'
                   AND EXISTS (SELECT 1 FROM app_user u WHERE u.role = 'board' AND u.person_id = (f->>'id')::bigint) THEN
                    PERFORM refused('de gegevens van een lid van het bestuur houdt het bestuur bij, niet de directeur van een school (WPO art. 17c lid 3)',
                                    'a member of the board''s record is kept by the board, not by a school''s director (WPO art. 17c lid 3)');
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
                -- A director invites the board (DESIGN §4) where the server holds the director's school
                -- alone: the board then reads nothing the director does not, and adds the next school.
                IF f->>'role' = 'board' AND a.role <> 'board' AND NOT director_alone(a) THEN
                    PERFORM refused('alleen het bestuur voegt bestuursleden toe op een database met meer scholen',
                                    'only the board adds board members to a database of several schools');
                END IF;
                -- The board works across the schools (casus gives it none): one with a school would
                -- reach into the others by `acting`.
                IF f->>'role' = 'board' AND f->>'school' IS NOT NULL THEN
                    PERFORM refused('een bestuurslid hoort niet bij één school', 'a board member is not of one school');
                END IF;
                IF f->>'role' <> 'board' AND (f->>'school' IS NULL OR NOT reaches(a, (f->>'school')::bigint)) THEN
                    PERFORM refused('u voegt alleen gebruikers van uw eigen school toe', 'you add users of your own school only');
                END IF;
                -- An account is a user once on a server, of one school or of the board: one of another
                -- school was refused with the database's own words ("duplicate key value violates
                -- unique constraint app_user_pkey", a review).
                IF EXISTS (SELECT 1 FROM app_user u WHERE u.account = f->>'account') THEN
                    PERFORM refused(format('account %s is al gebruiker van casus in deze database; een account hoort bij één school of bij het bestuur', f->>'account'),
                                    format('account %s is already a casus user in this database; an account is of one school or of the board', f->>'account'));
                END IF;
                -- A name held before by someone else is not given to another: the reports it filed are
                -- its holder's to follow (Directory.addUser; a new teacher read a departed one's, a review).
                IF EXISTS (SELECT 1 FROM (SELECT x.person_id FROM audit x
                                          WHERE x.action = 'user.remove' AND split_part(x.detail, ' ', 1) = f->>'account'
                                          ORDER BY x.id DESC LIMIT 1) r
                           WHERE r.person_id IS NULL OR r.person_id IS DISTINCT FROM (f->>'person')::bigint) THEN
                    PERFORM refused(format('account %s was eerder van iemand anders; wat dat account deed blijft van die persoon', f->>'account'),
                                    format('account %s belonged to someone else before; what that account did stays that person''s', f->>'account'));
                END IF;
                -- An account always sees its own person: only one of its own school (the board's: one it reaches).
                IF f->>'person' IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM person p WHERE p.id = (f->>'person')::bigint AND reaches(a, p.school_id)
                          AND (f->>'school' IS NULL OR p.school_id = (f->>'school')::bigint)) THEN
                    PERFORM refused('de persoon van een gebruiker hoort bij diens school', 'a user''s person is of the user''s school');
                END IF;
                IF EXISTS (SELECT 1 FROM person p WHERE p.id = (f->>'person')::bigint AND p.kind IN ('pupil', 'parent')) THEN
                    PERFORM refused('een gebruiker werkt op school; een leerling of ouder is geen gebruiker',
                                    'a user works at the school; a pupil or a parent is no user');
                END IF;
                -- A member of the board's person gets no other login from a school's director: one
                -- filed reports in the bestuurder's name (a review; WPO art. 17c lid 3).
                IF NOT a.admin AND a.role <> 'board'
                   AND EXISTS (SELECT 1 FROM app_user u WHERE u.role = 'board' AND u.person_id = (f->>'person')::bigint) THEN
                    PERFORM refused('de persoon van een lid van het bestuur krijgt geen account van de directeur van een school (WPO art. 17c lid 3)',
                                    'a member of the board''s person gets no account from a school''s director (WPO art. 17c lid 3)');
                END IF;
            WHEN 'user.removed' THEN
                -- Directory.removeUser's rules: a school's director or the board, for an account of
                -- their reach (a board member's by the board only), as it is, not their own, and
                -- never a school's last director or the board's last member.
                IF NOT decides THEN
                    PERFORM refused('uw rol mag geen gebruikers beheren', 'your role may not manage users');
                END IF;
                IF NOT EXISTS (SELECT 1 FROM app_user u WHERE u.account = f->>'account' AND u.role = f->>'role'
                               AND u.school_id IS NOT DISTINCT FROM (f->>'school')::bigint
                               AND u.person_id IS NOT DISTINCT FROM (f->>'person')::bigint
                               AND (CASE WHEN u.school_id IS NULL THEN (a.role = 'board' AND a.school_id IS NULL)
                                                                         OR (u.role = 'board' AND director_alone(a))
                                         ELSE reaches(a, u.school_id) END)) THEN
                    PERFORM not_found(format('account %s is geen gebruiker van uw school zoals de gebeurtenis zegt', f->>'account'),
                                      format('account %s is not a user of your school as the event says', f->>'account'));
                END IF;
                IF f->>'account' IN (a.account, session_user::text) THEN
                    PERFORM refused('u verandert uw eigen account niet', 'you do not change your own account');
                END IF;
                IF f->>'role' = 'board' AND a.role <> 'board' AND NOT director_alone(a) THEN
                    PERFORM refused('alleen het bestuur verandert bestuursleden', 'only the board changes board members');
                END IF;
                -- A board the school's director invited may go again: the school keeps its director.
                IF f->>'role' IN ('director', 'board') AND NOT (f->>'role' = 'board' AND director_alone(a)) AND NOT EXISTS (
                        SELECT 1 FROM app_user u WHERE u.account <> f->>'account' AND u.role = f->>'role'
                        AND u.school_id IS NOT DISTINCT FROM (f->>'school')::bigint) THEN
                    PERFORM refused(format('%s is de laatste %s', f->>'account',
                                           CASE f->>'role' WHEN 'board' THEN 'van het bestuur' ELSE 'directeur van de school' END),
                                    format('%s is the last %s', f->>'account',
                                           CASE f->>'role' WHEN 'board' THEN 'board member' ELSE 'director of the school' END));
                END IF;
            WHEN 'incident.reported' THEN
                school := (f->>'school')::bigint;
                -- Each person as `ID=role`, as the replay reads them (it skips any other pair, and
                -- `verify` then failed for good).
                IF EXISTS (SELECT 1 FROM unnest(string_to_array(coalesce(f->>'involved', ''), ',')) pair
                           WHERE pair !~ '^[1-9][0-9]*=(subject|victim|witness|reporter)$') THEN
                    PERFORM refused('een betrokkene staat niet als ID=rol in de melding',
                                    'someone involved is not written as ID=role in the report');
                END IF;
                IF NOT (a.role IN ('director', 'board', 'teacher') AND reaches(a, school)) THEN
                    PERFORM refused('uw rol mag hier geen melding doen', 'your role may not file a report here');
                END IF;
                PERFORM require_actor(a, f->>'reported_by');
                IF EXISTS (SELECT 1 FROM unnest(string_to_array(coalesce(f->>'involved', ''), ',')) pair
                           WHERE pair <> '' AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = split_part(pair, '=', 1)::bigint
                                                                                   AND p.school_id = school)) THEN
                    PERFORM refused('een betrokkene hoort niet bij deze school', 'someone involved is not of this school');
                END IF;
                -- A teacher reads no one's record and reports in its own name only (AccessPolicy:
                -- readsRecords, reportOnBehalf): it names whom the roster offers (no parent), itself
                -- alone as the reporter, under the name its session shows (its person's, else its account; the payload holds
                -- the name's hash, as every text of an event).
                IF a.role = 'teacher' THEN
                    IF EXISTS (SELECT 1 FROM unnest(string_to_array(coalesce(f->>'involved', ''), ',')) pair
                               JOIN person p ON p.id = split_part(pair, '=', 1)::bigint
                               WHERE pair <> '' AND (p.kind = 'parent' OR (split_part(pair, '=', 2) = 'reporter'
                                                                          AND p.id IS DISTINCT FROM a.person_id))) THEN
                        PERFORM refused('een leerkracht noemt alleen leerlingen en collega''s uit de namenlijst, en alleen zichzelf als melder',
                                        'a teacher names only pupils and colleagues from the roster, and only itself as the reporter');
                    END IF;
                    IF f->>'reporter_name' IS DISTINCT FROM text_hash(shown_name(a)) THEN
                        PERFORM refused('een leerkracht meldt onder de eigen naam', 'a teacher reports under its own name');
                    END IF;
                END IF;
            WHEN 'incident.triaged', 'incident.dismissed' THEN
                SELECT i.school_id INTO school FROM incident i WHERE i.id = (f->>'id')::bigint;
                IF NOT decides OR school IS NULL OR NOT reaches(a, school) THEN
                    PERFORM refused('uw rol mag deze melding niet beoordelen', 'your role may not triage this report');
                END IF;
                IF p_kind = 'incident.dismissed' THEN
                    PERFORM require_actor(a, f->>'by');
                    -- Nobody decides about themselves (AccessPolicy.requireNotAbout; Awb art. 2:4).
                    PERFORM require_not_about(a, ip.person_id, 'deze melding', 'this report')
                    FROM incident_person ip WHERE ip.incident_id = (f->>'id')::bigint AND ip.role = 'subject';
                    -- Nor a school's director about the board they answer to (Intake.dismiss; WPO art. 17c lid 3).
                    IF NOT a.admin AND a.role <> 'board'
                       AND EXISTS (SELECT 1 FROM incident_person ip JOIN app_user u ON u.person_id = ip.person_id
                                   WHERE ip.incident_id = (f->>'id')::bigint AND ip.role = 'subject' AND u.role = 'board') THEN
                        PERFORM refused('een melding over een lid van het bestuur wijst de directeur van een school niet af: het intern toezicht oordeelt erover (WPO art. 17c lid 3)',
                                        'a report about a member of the board is not dismissed by a school''s director: the internal supervisory body judges it (WPO art. 17c lid 3)');
                    END IF;
                END IF;
            WHEN 'case.opened' THEN
                school := (f->>'school')::bigint;
                IF NOT decides OR NOT reaches(a, school)
                   OR NOT EXISTS (SELECT 1 FROM incident i WHERE i.id = (f->>'incident')::bigint AND i.school_id = school)
                   OR EXISTS (SELECT 1 FROM person p WHERE p.id IN ((f->>'subject')::bigint, (f->>'dossier')::bigint)
                                                     AND p.school_id <> school) THEN
                    PERFORM refused('uw rol mag hier geen zaak openen', 'your role may not open a case here');
                END IF;
                -- No case about a member of the board: the raad van toezicht decides on them, not the
                -- school (CaseWorkflow.requireNotTheBoard; WPO art. 17c lid 3).
                IF EXISTS (SELECT 1 FROM app_user u WHERE u.role = 'board' AND u.person_id = (f->>'subject')::bigint) THEN
                    PERFORM refused('een zaak over een lid van het bestuur handelt het intern toezicht af, niet casus (WPO art. 17c lid 3)',
                                    'a case about a member of the board is for the internal supervisory body, not casus (WPO art. 17c lid 3)');
                END IF;
                IF NOT a.admin THEN
                    -- About whom the report names as having done it (CaseWorkflow.open): a director opened,
                    -- with psql, a case about a witness child (a review).
                    IF NOT EXISTS (SELECT 1 FROM incident_person ip WHERE ip.incident_id = (f->>'incident')::bigint
                                     AND ip.person_id = (f->>'subject')::bigint AND ip.role = 'subject') THEN
                        PERFORM refused('een zaak gaat over wie de melding noemt als degene die het deed',
                                        'a case is about whom the report names as having done it');
                    END IF;
                    -- Not from a report about the caller (Intake.isAbout), nor by a school's director from
                    -- one about a member of the board: opening a case about another took the report out
                    -- of the board's queue (a review).
                    IF reported_about((f->>'incident')::bigint, not_about(a, NULL))
                       OR a.role <> 'board' AND EXISTS (
                           SELECT 1 FROM incident_person ip JOIN app_user u ON u.person_id = ip.person_id
                           WHERE ip.incident_id = (f->>'incident')::bigint AND ip.role = 'subject' AND u.role = 'board') THEN
                        PERFORM refused('deze melding gaat over uzelf of over een lid van het bestuur: daarover oordeelt het bestuur of het intern toezicht (Awb art. 2:4; WPO art. 17c lid 3)',
                                        'this report is about yourself or a member of the board: the board or the internal supervisory body judges it (Awb art. 2:4; WPO art. 17c lid 3)');
                    END IF;
                END IF;
                -- Who may see the case follows from these two: they are the people's, not the client's word.
                IF NOT EXISTS (SELECT 1 FROM person d WHERE d.id = (f->>'dossier')::bigint
                                 AND f->>'dossier_kind' = CASE WHEN personnel(d.kind) THEN 'staff' ELSE 'pupil' END)
                   OR NOT EXISTS (SELECT 1 FROM person s WHERE s.id = (f->>'subject')::bigint
                                    AND f->>'subject_kind' = ladder_kind(s.kind)) THEN
                    PERFORM refused('de soort dossier of betrokkene van de zaak klopt niet met de personen',
                                    'the case''s dossier or subject kind does not match its people');
                END IF;
                -- The dossier is the subject's, or (a case about a parent) their child's
                -- (CaseWorkflow.dossierOwner): a staff member's case filed in a pupil's dossier
                -- was shown to the IB.
                IF (f->>'dossier')::bigint IS DISTINCT FROM (f->>'subject')::bigint
                   AND NOT EXISTS (SELECT 1 FROM person s JOIN guardianship g ON g.parent_id = s.id
                                   WHERE s.id = (f->>'subject')::bigint AND s.kind = 'parent'
                                     AND g.pupil_id = (f->>'dossier')::bigint) THEN
                    PERFORM refused('een zaak komt in het dossier van wie zij gaat (over een ouder: van diens kind)',
                                    'a case goes into the dossier of whom it is about (about a parent: their child''s)');
                END IF;
                PERFORM require_actor(a, f->>'opened_by');
                PERFORM require_not_about(a, (f->>'subject')::bigint, 'deze zaak', 'this case');
            WHEN 'case.rung', 'case.closed', 'case.reclassified', 'step.taken', 'obligation.created', 'obligation.done', 'fact.recorded',
                 'obligation.rescheduled' THEN
                SELECT * INTO k FROM "case" c
                WHERE c.id = event_case(p_kind, f);
                IF NOT decides OR NOT FOUND OR NOT reaches(a, k.school_id) THEN
                    PERFORM refused('uw rol mag over deze zaak niet beslissen', 'your role may not decide on this case');
                END IF;
                PERFORM require_not_about(a, k.subject_id, 'deze zaak', 'this case');
                -- The records named beside the case are the case's own (or its dossier's).
                IF (p_kind IN ('obligation.done', 'obligation.rescheduled')
                    AND NOT EXISTS (SELECT 1 FROM obligation o WHERE o.id = (f->>'id')::bigint AND o.case_id = k.id))
                   OR (p_kind = 'obligation.created' AND f->>'step' IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM step t WHERE t.id = (f->>'step')::bigint AND t.case_id = k.id))
                   OR (p_kind IN ('obligation.created', 'obligation.done', 'fact.recorded') AND f->>'entry' IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM entry e WHERE e.id = (f->>'entry')::bigint AND e.dossier_id = k.dossier_id)) THEN
                    PERFORM refused('de gebeurtenis noemt iets dat niet bij deze zaak hoort',
                                    'the event names something that is not of this case');
                END IF;
                -- A closed case is done with: no step, close, new article, obligation or fact but a
                -- court case about it (a hold on its dossier; CaseWorkflow.requireOpen) and the day of a
                -- meeting beside its note (notes go on after a close); and a case
                -- closes with no obligation of the school's open and no dispute without its opinion
                -- (LadderEngine.closeBlockers). A director with psql stepped a closed case, closed it
                -- again with another outcome, and closed one with its decisions still to send (a review).
                -- An inzage request (its fact, its answer's obligation, ticking that) comes when it
                -- comes, also after the close (CaseWorkflow.inzageRequest): the answer's obligation
                -- with a request of its own, the school's, open. A director with psql made one
                -- without a request, ticked already, with a note of its own (a review).
                IF k.status <> 'open' AND NOT (p_kind = 'fact.recorded' AND f->>'kind' IN ('court-case', 'meeting-held', 'inzage-request'))
                   AND NOT (p_kind = 'obligation.created' AND f->>'kind' = 'inzage-answer'
                            AND f->>'done_at' IS NULL AND f->>'done_by' IS NULL AND f->>'entry' IS NULL
                            AND coalesce((f->>'for_others')::int, 0) = 0
                            AND (SELECT count(*) FROM case_fact cf WHERE cf.case_id = k.id AND cf.kind = 'inzage-request')
                                > (SELECT count(*) FROM obligation o WHERE o.case_id = k.id AND o.kind = 'inzage-answer'))
                   AND NOT (p_kind = 'obligation.done'
                            AND EXISTS (SELECT 1 FROM obligation o WHERE o.id = (f->>'id')::bigint AND o.kind = 'inzage-answer')) THEN
                    PERFORM refused(format('zaak %s is gesloten; er is niets veranderd', k.number),
                                    format('case %s is closed; nothing was changed', k.number));
                END IF;
                IF p_kind = 'case.closed'
                   AND (EXISTS (SELECT 1 FROM obligation o WHERE o.case_id = k.id AND o.done_at IS NULL AND o.for_others = 0)
                        OR EXISTS (SELECT 1 FROM case_fact asked WHERE asked.case_id = k.id AND asked.kind = 'dispute-requested'
                                     AND NOT EXISTS (SELECT 1 FROM case_fact o WHERE o.case_id = k.id
                                                       AND o.kind = 'dispute-opinion' AND o.id > asked.id))) THEN
                    PERFORM refused(format('zaak %s kan nog niet dicht: er staat een verplichting of een geschil open (casus case show %s)', k.number, k.number),
                                    format('case %s cannot be closed yet: an obligation or a dispute is open (casus case show %s)', k.number, k.number));
                END IF;
                -- A term that runs for someone else ends on its day, or with what it waits for recorded
                -- (CaseWorkflow.markDone): the employee's term to respond with a zienswijze recorded.
                -- casus refused ticking it; a client of its own still could (found by a review). The
                -- Geschillencommissie's term ends with its opinion recorded, another school's with its
                -- admission: the opinion was refused on a server, and the case could never close (a
                -- review of this rule's first form).
                IF p_kind = 'obligation.done' AND EXISTS (
                        SELECT 1 FROM obligation o WHERE o.id = (f->>'id')::bigint AND o.for_others <> 0
                          AND NOT EXISTS (
                              SELECT 1 FROM case_fact cf
                              WHERE cf.case_id = k.id
                                AND (o.kind, cf.kind) IN (('zienswijze-term', 'zienswijze'),
                                                          ('dispute-opinion', 'dispute-opinion'),
                                                          ('other-school', 'other-school-accepted'),
                                                          ('objection-window', 'removal-revoked'),
                                                          -- The employee's revocation ends the term to revoke:
                                                          -- it was refused on a server, and the case read
                                                          -- "ontslag" for good (a review).
                                                          ('consent-withdrawal', 'consent-revoked')))
                          -- Or lapsed with the employment in this save: the consent's term, the zienswijze's
                          -- of a voornemen left undecided (StepPlan.lapsed). A summary dismissal after a
                          -- notice by consent was refused on a server (a test with a director's login).
                          AND NOT EXISTS (
                              SELECT 1 FROM case_fact cf
                              WHERE cf.case_id = k.id AND cf.xmin = pg_current_xact_id()::xid
                                AND ((cf.kind = 'duty-lapsed' AND cf.value = o.kind)
                                     OR (cf.kind = 'proposal-lapsed' AND o.kind = 'zienswijze-term')))) THEN
                    PERFORM refused('een termijn die voor een ander loopt, vinkt u niet af: hij eindigt op zijn dag',
                                    'a term that runs for someone else is not ticked: it ends on its day');
                END IF;
                -- Another school's admission is done by recording it (CaseWorkflow.acceptedElsewhere):
                -- ticked bare, a removal read final without the school, the Inspectie's consult or
                -- the report of the final removal (a review).
                -- A removal not carried out ends the duty with the entry that says so.
                IF p_kind = 'obligation.done' AND f->>'entry' IS NULL
                   AND EXISTS (SELECT 1 FROM obligation o WHERE o.id = (f->>'id')::bigint AND o.kind = 'other-school')
                   AND NOT EXISTS (SELECT 1 FROM case_fact cf WHERE cf.case_id = k.id
                                     AND (cf.kind = 'other-school-accepted'
                                          OR (cf.kind = 'removal-revoked'
                                              AND cf.at > (SELECT max(t.at) FROM step t WHERE t.case_id = k.id AND t.rung = 'removal')))) THEN
                    PERFORM refused('een andere school die de leerling toelaat, vinkt u niet af: leg vast welke school (casus case accept)',
                                    'another school that admits the pupil is not ticked: record which school (casus case accept)');
                END IF;
                -- With an entry, only once the pupil has left (CaseWorkflow.markDone): an entry written
                -- after the decision, and not the decision's own letter; a revocation ends it with its
                -- fact (each other reason was taken, reviews).
                IF p_kind = 'obligation.done' AND f->>'entry' IS NOT NULL
                   AND EXISTS (SELECT 1 FROM obligation o WHERE o.id = (f->>'id')::bigint AND o.kind = 'other-school')
                   AND NOT EXISTS (SELECT 1 FROM case_fact cf WHERE cf.case_id = k.id
                                     AND (cf.kind = 'other-school-accepted'
                                          OR (cf.kind = 'removal-revoked'
                                              AND cf.at > (SELECT max(t.at) FROM step t WHERE t.case_id = k.id AND t.rung = 'removal'))))
                   AND NOT (EXISTS (SELECT 1 FROM entry e WHERE e.id = (f->>'entry')::bigint
                                      AND e.at > (SELECT max(t.at) FROM step t WHERE t.case_id = k.id AND t.rung = 'removal')
                                      AND EXISTS (SELECT 1 FROM person p WHERE p.id = k.dossier_id
                                                    AND p.left_on IS NOT NULL AND p.left_on <= left(e.at, 10)))
                            AND NOT EXISTS (SELECT 1 FROM obligation r WHERE r.case_id = k.id AND r.kind = 'removal-decision'
                                              AND r.entry_id = (f->>'entry')::bigint)) THEN
                    PERFORM refused('de verwijdering staat: een andere school eindigt met een toelating, met het herroepen van de verwijdering, of na het vertrek met een stuk van daarna',
                                    'the removal stands: another school ends with an admission, with the removal revoked, or after the leaving with an entry written since');
                END IF;
                -- Nor a step in a case about a member of the board (a case opened before its subject
                -- joined the board went on to a voornemen, a review).
                IF p_kind = 'step.taken' AND EXISTS (SELECT 1 FROM app_user u WHERE u.role = 'board' AND u.person_id = k.subject_id) THEN
                    PERFORM refused('een zaak over een lid van het bestuur handelt het intern toezicht af, niet casus (WPO art. 17c lid 3)',
                                    'a case about a member of the board is for the internal supervisory body, not casus (WPO art. 17c lid 3)');
                END IF;
                -- A notice to an authority is done with what shows it given, an entry of the case
                -- (CaseWorkflow.requireNoticeRecord; ticked bare it said only "Gedaan", a review).
                IF p_kind = 'obligation.done'
                   AND EXISTS (SELECT 1 FROM obligation o WHERE o.id = (f->>'id')::bigint
                                 AND o.kind IN ('inspectie-suspension', 'inspectie-removal', 'inspectie-final-removal',
                                                'leerplicht-removal', 'rmc-removal', 'ap-report', 'vertrouwensinspecteur'))
                   AND NOT EXISTS (SELECT 1 FROM entry e JOIN obligation o ON o.id = (f->>'id')::bigint
                                   WHERE e.id = (f->>'entry')::bigint AND e.case_id = k.id
                                     -- A notice given in writing not with a phone note (ObligationKind.isWrittenNotice).
                                     AND (e.kind IN ('note', 'email')
                                          OR (e.kind = 'phone' AND o.kind NOT IN (\#(PGSchema.writtenNotices)))
                                          OR (e.kind = 'letter' AND o.kind LIKE 'inspectie-%'
                                              AND e.title LIKE 'Melding aan de Inspectie%'
                                              AND EXISTS (SELECT 1 FROM letter_sent ls WHERE ls.entry_id = e.id)))) THEN
                    PERFORM refused('een melding aan de Inspectie, de gemeente of de AP vinkt u af met het stuk van de zaak dat haar laat zien',
                                    'a notice to the Inspectie, the municipality or the AP is ticked off with the case''s entry that shows it');
                END IF;
                IF p_kind IN ('step.taken', 'fact.recorded') THEN
                    PERFORM check_days(p_kind, f, k.incident_id);
                END IF;
                -- A revocation is of a removal decision the case has, not before it
                -- (CaseWorkflow.removalRevoked; a client of its own could record one anywhere, a review).
                IF p_kind = 'fact.recorded' AND f->>'kind' = 'removal-revoked'
                   AND NOT EXISTS (SELECT 1 FROM step t WHERE t.case_id = k.id AND t.rung = 'removal'
                                     AND t.on_date <= f->>'on_date') THEN
                    PERFORM refused('er is geen verwijderingsbesluit om te herroepen (of het ligt na de datum); er is niets veranderd',
                                    'there is no removal decision to revoke (or it is after the date); nothing was changed');
                END IF;
                -- What the law itself sets, whatever the school's ladder (casus checks the rest: a
                -- profile's order, hearings, the skipped rungs): a step is one of its case's ladder,
                -- a pupil's suspension lasts at most a week, and the rung a case reaches is one a
                -- decision on it took. A director with psql suspended a pupil for 60 days, and set a
                -- summary dismissal on a parent's case with no step at all (a review).
                IF p_kind = 'step.taken' AND NOT (f->>'rung' = ANY (\#(Self.laddersSQL))) THEN
                    PERFORM refused(format('%s is geen stap van de ladder van deze zaak (%s)', f->>'rung', k.subject_kind),
                                    format('%s is no step of this case''s ladder (%s)', f->>'rung', k.subject_kind));
                END IF;
                -- A voornemen is a staff member's (CAO): a pupil's "voornemen" of 60 days went past the
                -- week's check, which holds decisions (a review).
                IF p_kind = 'step.taken' AND f->>'phase' = 'proposal' AND k.subject_kind <> 'staff' THEN
                    PERFORM refused('een voornemen hoort bij een zaak over een medewerker',
                                    'a proposal belongs to a case about a member of staff');
                END IF;
                IF p_kind = 'step.taken' AND k.subject_kind = 'pupil' AND f->>'rung' = 'suspension'
                   AND coalesce(f->>'phase', 'decision') = 'decision'
                   AND (coalesce((f->>'days')::int, 0) NOT BETWEEN 1 AND \#(LadderEngine.maxSuspensionDays)
                        OR f->>'end_date' IS NULL
                        OR (f->>'end_date')::date > coalesce((f->>'start_date')::date, (f->>'on_date')::date) + 6) THEN
                    PERFORM refused('een schorsing van een leerling duurt ten hoogste één week (WPO art. 40c lid 1; WVO 2020 art. 8.14 lid 1; WEC art. 40a lid 1)',
                                    'a pupil''s suspension lasts at most one week (WPO art. 40c lid 1; WVO 2020 art. 8.14 lid 1; WEC art. 40a lid 1)');
                END IF;
                -- The rung moves with a decision taken in the same transaction (LadderEngine.reached),
                -- or with a revocation recorded in it (a removal revoked, a consent to dismissal
                -- revoked, a dismissal a court annulled or refused: CaseWorkflow.revoked), to a rung a decision
                -- on the case took,
                -- and to none once one is taken only with a revocation: set on its own it went back to
                -- a warning after a suspension, or to none (a review).
                -- An ordemaatregel's case stepped before the record kept one gets it once, at its close,
                -- from none to the ordemaatregel a decision took (CaseWorkflow.close).
                IF p_kind = 'case.rung' AND NOT (
                       (k.rung IS NULL AND f->>'rung' = '\#(Rung.precautionarySuspension.rawValue)'
                        AND EXISTS (SELECT 1 FROM step s WHERE s.case_id = k.id AND s.phase = 'decision'
                                      AND s.rung = f->>'rung'))
                    OR (EXISTS (SELECT 1 FROM step s WHERE s.case_id = k.id AND s.phase = 'decision'
                                  AND s.xmin = pg_current_xact_id()::xid)
                        OR EXISTS (SELECT 1 FROM case_fact cf WHERE cf.case_id = k.id
                                     AND (cf.kind IN ('removal-revoked', 'consent-revoked', 'duty-lapsed')
                                          OR (cf.kind = 'court-case' AND cf.value IN ('annulled', 'rejected')))
                                     AND cf.xmin = pg_current_xact_id()::xid))
                       AND CASE WHEN f->>'rung' IS NULL THEN
                               NOT EXISTS (SELECT 1 FROM step s WHERE s.case_id = k.id AND s.phase = 'decision')
                               OR EXISTS (SELECT 1 FROM case_fact cf WHERE cf.case_id = k.id
                                            AND (cf.kind IN ('removal-revoked', 'consent-revoked', 'duty-lapsed')
                                                 OR (cf.kind = 'court-case' AND cf.value IN ('annulled', 'rejected')))
                                            AND cf.xmin = pg_current_xact_id()::xid)
                           ELSE EXISTS (
                               SELECT 1 FROM step s WHERE s.case_id = k.id AND s.phase = 'decision'
                                 AND (s.rung = f->>'rung' OR (k.subject_kind = 'parent' AND s.rung = 'suspension' AND f->>'rung' = 'access-ban')))
                           END) THEN
                    PERFORM refused(format('zaak %s bereikt alleen een trede waarop een besluit is genomen, niet %s', k.number, f->>'rung'),
                                    format('case %s reaches only a rung a decision took, not %s', k.number, f->>'rung'));
                END IF;
                -- A term set or moved ends within two years (the longest casus sets is months: an
                -- ordemaatregel's end, a term resumed after a dispute), and is paused from a day that
                -- has come: a director moved the registered letter's day to 2099 with psql, and the
                -- overdue list was empty (a review).
                IF p_kind IN ('obligation.created', 'obligation.rescheduled')
                   AND (NOT coalesce(f->>'due' ~ '^(19|2[01])\d\d-\d\d-\d\d$', false)
                        OR f->>'due' > to_char(school_today() + 731, 'YYYY-MM-DD')
                        OR f->>'paused_from' > to_char(school_today() + 1, 'YYYY-MM-DD')) THEN
                    PERFORM refused(format('een termijn eindigt binnen twee jaar en wordt opgeschort vanaf een dag die gekomen is, niet %s', coalesce(f->>'due', '(geen dag)')),
                                    format('a term ends within two years and is paused from a day that has come, not %s', coalesce(f->>'due', '(no day)')));
                END IF;
                PERFORM require_actor(a, CASE p_kind WHEN 'case.closed' THEN f->>'by' WHEN 'case.reclassified' THEN f->>'by'
                                                     WHEN 'obligation.done' THEN f->>'by' WHEN 'step.taken' THEN f->>'actor'
                                                     WHEN 'fact.recorded' THEN f->>'actor'
                                                     WHEN 'obligation.created' THEN coalesce(f->>'done_by', a.account)
                                                     ELSE a.account END);
            WHEN 'school.record-set', 'closure.added', 'closures.removed' THEN
                -- The school record and calendar: its director, or the board (AccessPolicy.manageSchool).
                school := (CASE WHEN p_kind = 'school.record-set' THEN f->>'id' ELSE f->>'school' END)::bigint;
                IF NOT decides OR NOT reaches(a, school) THEN
                    PERFORM refused('uw rol mag de gegevens van deze school niet wijzigen',
                                    'your role may not change this school''s record');
                END IF;
            WHEN 'entry.appended' THEN
                SELECT * INTO owner FROM person WHERE id = (f->>'dossier')::bigint;
                -- A dossier the caller may not read is one that does not exist, in the same words:
                -- an IB is not told that a staff member's id is there.
                IF NOT FOUND OR NOT reaches(a, owner.school_id) OR NOT dossier_visible(a, owner.school_id, owner.kind) THEN
                    PERFORM not_found('dit dossier bestaat niet op uw school', 'this dossier does not exist at your school');
                END IF;
                -- An IB writes care notes in a pupil's dossier, and corrects its own (a care note it
                -- wrote, or a correction it made of one: Dossiers.rightToCorrect); another's care note
                -- was marked corrected by an IB (a review).
                IF NOT (decides OR (a.role = 'ib' AND owner.kind = 'pupil' AND (x->>'kind' = 'care'
                        OR (x->>'kind' = 'correction' AND EXISTS (
                            SELECT 1 FROM entry t WHERE t.id = (x->>'corrects')::bigint AND t.dossier_id = owner.id
                              AND t.kind IN ('care', 'correction') AND t.author = a.account))))) THEN
                    PERFORM refused('uw rol mag in dit dossier niet schrijven', 'your role may not write in this dossier');
                END IF;
                IF x->>'author' IS DISTINCT FROM a.account THEN
                    PERFORM refused('een stuk heeft de schrijver als auteur', 'an entry has its writer as its author');
                END IF;
                -- Not in one's own dossier, where every case about oneself is filed: a director
                -- corrected the board's hearing record in their own case (a review).
                PERFORM require_not_about(a, owner.id, 'dit dossier', 'this dossier');
                IF NOT a.admin AND a.role <> 'board'
                   AND EXISTS (SELECT 1 FROM app_user u WHERE u.role = 'board' AND u.person_id = owner.id) THEN
                    PERFORM refused('in het dossier van een lid van het bestuur schrijft het bestuur, niet de directeur van een school (WPO art. 17c lid 3)',
                                    'in the dossier of a member of the board the board writes, not a school''s director (WPO art. 17c lid 3)');
                END IF;
                -- Under the name the writer's session shows (its person's, else its account), as a
                -- teacher's report: an IB's care note signed "Dr. A. Jansen (jeugdarts GGD)" was taken.
                IF x->>'author_name' IS DISTINCT FROM shown_name(a) THEN
                    PERFORM refused('een stuk staat op de naam van wie het schrijft (de naam van uw persoon, anders uw account); is uw naam net gewijzigd, start casus dan opnieuw',
                                    'an entry is in the name of who writes it (your person''s name, else your account); if your name was just changed, start casus again');
                END IF;
                -- A correction, and only a correction, names the entry it corrects (EntryKind.check):
                -- an IB's care note marked as correcting the director's decision was taken.
                IF (x->>'kind' = 'correction') IS DISTINCT FROM (x->>'corrects' IS NOT NULL) THEN
                    PERFORM refused('een correctie, en alleen een correctie, wijst het stuk aan dat zij corrigeert',
                                    'a correction, and only a correction, names the entry it corrects');
                END IF;
                -- A note of a case is in the case's dossier; a correction corrects an entry of the same dossier.
                IF (f->>'case' IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM "case" c WHERE c.id = (f->>'case')::bigint AND c.dossier_id = owner.id))
                   OR (x->>'corrects' IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM entry e WHERE e.id = (x->>'corrects')::bigint AND e.dossier_id = owner.id)) THEN
                    PERFORM refused('een stuk noemt een zaak of stuk van een ander dossier',
                                    'an entry names a case or entry of another dossier');
                END IF;
            WHEN 'letter.sent' THEN
                -- A letter of this dossier, sent once (Letters.sent checks the rest before it writes).
                SELECT * INTO owner FROM person WHERE id = (f->>'dossier')::bigint;
                IF NOT FOUND OR NOT reaches(a, owner.school_id) THEN
                    PERFORM not_found('dit dossier bestaat niet op uw school', 'this dossier does not exist at your school');
                END IF;
                PERFORM require_not_about(a, owner.id, 'dit dossier', 'this dossier');
                IF NOT decides OR NOT EXISTS (SELECT 1 FROM entry e WHERE e.id = (f->>'entry')::bigint
                                              AND e.dossier_id = owner.id AND e.kind = 'letter'
                                              AND e.case_id IS NOT DISTINCT FROM (f->>'case')::bigint) THEN
                    PERFORM refused('uw rol mag deze brief niet als verzonden vastleggen',
                                    'your role may not record this letter as sent');
                END IF;
                -- Sent on a day between its filing and today (Letters.sent's rule; the day after the
                -- server's for a clock in another zone): a director recorded a letter filed today as
                -- posted in 2020 with psql, and the objection term ran from then (a review).
                IF NOT coalesce(f->>'on' ~ '^\d{4}-\d\d-\d\d$', false)
                   OR f->>'on' < (SELECT substr(e.at, 1, 10) FROM entry e WHERE e.id = (f->>'entry')::bigint)
                   OR f->>'on' > to_char(school_today() + 1, 'YYYY-MM-DD') THEN
                    PERFORM refused(format('een brief is verzonden tussen de dag waarop hij is opgeslagen en vandaag, niet op %s', coalesce(f->>'on', '(geen dag)')),
                                    format('a letter is sent between the day it was filed and today, not on %s', coalesce(f->>'on', '(no day)')));
                END IF;
                PERFORM require_actor(a, f->>'by');
            WHEN 'dossier.purged' THEN
                SELECT * INTO owner FROM person WHERE id = (f->>'dossier')::bigint;
                IF NOT decides OR NOT FOUND OR NOT reaches(a, owner.school_id) THEN
                    PERFORM refused('uw rol mag dit dossier niet opschonen', 'your role may not purge this dossier');
                END IF;
                -- Integrity.purge's rules as far as the server knows them: one who is still at school
                -- (no leaving day, or one still to come) keeps their dossier, and so does a dossier
                -- under a hold (Integrity.hold: a court case that runs, a dispute without the
                -- commission's opinion, an objection not decided). A review purged an enrolled
                -- pupil's dossier with a running court case. Nor before the retention years the server
                -- was set up with have passed since the owner left (Integrity.retentionDue's cut-off:
                -- this day so many years ago, on the 28th at the latest); a director purged a
                -- dossier the day after its owner left.
                IF owner.left_on IS NULL OR owner.left_on > to_char(school_today(), 'YYYY-MM-DD') THEN
                    PERFORM refused('wie nog op school is, houdt zijn dossier: het wordt niet opgeschoond',
                                    'one who is still at school keeps their dossier: it is not purged');
                END IF;
                -- The same day as the client's (Integrity.retentionDue: the years from that day, on the
                -- 28th at the latest, due on it), a day's grace for a client's clock in another zone: the
                -- server refused on the day the dry run named, and the whole purge with it (a review).
                IF retention_day(owner.left_on, retention_years(owner.kind)) > school_today() + 1 THEN
                    PERFORM refused(
                        format('de bewaartermijn van dit dossier is nog niet voorbij: de server bewaart het %s jaar na vertrek (%s); er is niets verwijderd',
                               retention_years(owner.kind), owner.left_on),
                        format('this dossier''s retention period has not passed: the server keeps it %s years after leaving (%s); nothing was removed',
                               retention_years(owner.kind), owner.left_on));
                END IF;
                -- The period runs from the later of leaving and the dossier's last entry
                -- (Integrity.retentionDue): a leaving day set back to 2000 made a dossier written in
                -- this week due at once, and a review purged an enrolled pupil's dossier so.
                IF retention_day(last_record(owner.id), retention_years(owner.kind)) > school_today() + 1 THEN
                    PERFORM refused(
                        format('de bewaartermijn van dit dossier is nog niet voorbij: die loopt %s jaar vanaf het vertrek of het laatste stuk, wat later is (%s); er is niets verwijderd',
                               retention_years(owner.kind), last_record(owner.id)),
                        format('this dossier''s retention period has not passed: it runs %s years from leaving or from the last entry, whichever is later (%s); nothing was removed',
                               retention_years(owner.kind), last_record(owner.id)));
                END IF;
                IF EXISTS (SELECT 1 FROM "case" oc WHERE oc.dossier_id = owner.id AND oc.status = 'open') THEN
                    PERFORM refused('het dossier wordt bewaard: een zaak ervan is nog open',
                                    'the dossier is kept: one of its cases is still open');
                END IF;
                IF EXISTS (SELECT 1 FROM "case" held WHERE held.dossier_id = owner.id AND (
                        (SELECT cf.value FROM case_fact cf WHERE cf.case_id = held.id AND cf.kind = 'court-case'
                         ORDER BY cf.id DESC LIMIT 1) = 'started'
                     OR EXISTS (SELECT 1 FROM case_fact asked WHERE asked.case_id = held.id AND asked.kind = 'dispute-requested'
                                AND NOT EXISTS (SELECT 1 FROM case_fact op WHERE op.case_id = held.id
                                                AND op.kind = 'dispute-opinion' AND op.id > asked.id))
                     OR EXISTS (SELECT 1 FROM obligation ob WHERE ob.case_id = held.id AND ob.kind = 'objection-decision'
                                AND ob.done_at IS NULL))) THEN
                    PERFORM refused('het dossier wordt bewaard: een rechtszaak, geschil of bezwaar loopt',
                                    'the dossier is kept: a court case, dispute or objection is running');
                END IF;
                -- A report about them that still awaits triage (Integrity.hold): the matter is not
                -- done with, and the purge would leave the report behind the dossier it is about.
                IF EXISTS (SELECT 1 FROM incident_person ip JOIN incident i ON i.id = ip.incident_id
                           WHERE ip.person_id = owner.id AND ip.role = 'subject' AND i.status = 'new') THEN
                    PERFORM refused('het dossier wordt bewaard: een melding erover wacht nog op beoordeling',
                                    'the dossier is kept: a report about them still awaits triage');
                END IF;
            WHEN 'checkpoint.signed' THEN
                -- A signed checkpoint names a place the chain and the audit log have really passed
                -- (Checkpoints.swift): a director's checkpoint named audit line 1 with hash "deadbeef"
                -- and was taken (a review). Its signature only `verify --key` can check.
                IF NOT decides OR NOT ((f->>'event_seq')::bigint = 0 OR EXISTS (
                        SELECT 1 FROM event e WHERE e.seq = (f->>'event_seq')::bigint AND e.hash = f->>'event_hash'))
                   OR NOT ((f->>'audit_seq')::bigint = 0 OR EXISTS (
                        SELECT 1 FROM audit l WHERE l.id = (f->>'audit_seq')::bigint AND l.hash = f->>'audit_hash'))
                   -- The log of reads' head, when signed (a server's checkpoint): one it has passed.
                   OR NOT (f->>'access_seq' IS NULL OR (f->>'access_seq')::bigint = 0 OR EXISTS (
                        SELECT 1 FROM access_log l WHERE l.id = (f->>'access_seq')::bigint AND l.hash = f->>'access_hash')) THEN
                    PERFORM refused('uw rol mag geen controlepunt zetten, of het noemt een plek die de keten niet kent',
                                    'your role may not sign a checkpoint, or it names a place the chain does not know');
                END IF;
            ELSE
                PERFORM refused(format('onbekende soort gebeurtenis %s', p_kind), format('unknown event kind %s', p_kind));
            END CASE;
        END $$;

        -- Today at the school (Europe/Amsterdam, as the client's TimeZone.school), whatever time zone
        -- the session set: `current_date` follows the session's TimeZone, which any caller may set
        -- (`SET TIME ZONE INTERVAL '+167:00'` moved every check of "not after today" a week on: a
        -- letter recorded as sent six days ahead, a purge a week early, a review).
        CREATE FUNCTION school_today() RETURNS date LANGUAGE sql STABLE AS $$
            SELECT (now() AT TIME ZONE 'Europe/Amsterdam')::date
        $$;

        -- The day a dossier is due from a day (its leaving, its last record): the same day so many
        -- years on (29 February: the 28th), as Integrity.retentionDue counts; NULL from NULL.
        CREATE FUNCTION retention_day(p_from text, p_years int) RETURNS date LANGUAGE sql IMMUTABLE AS $$
            SELECT (substr(p_from, 1, 10)::date + make_interval(years => p_years))::date
        $$;

        -- The day of a dossier's last record: an entry, or a case of it opened or closed (the
        -- retention years run from it when it is later than the leaving day).
        CREATE FUNCTION last_record(p_dossier bigint) RETURNS text LANGUAGE sql STABLE AS $$
            SELECT max(d) FROM (
                SELECT max(substr(e.at, 1, 10)) AS d FROM entry e WHERE e.dossier_id = p_dossier
                UNION ALL SELECT max(substr(greatest(k.opened_at, coalesce(k.closed_at, '')), 1, 10))
                FROM "case" k WHERE k.dossier_id = p_dossier
                -- A report about the person is a record of theirs too (ReportAboutPerson.reportedAt): a
                -- leaving day set back to 2000 purged a report filed that morning (a review).
                UNION ALL SELECT max(substr(i.reported_at, 1, 10))
                FROM incident_person ip JOIN incident i ON i.id = ip.incident_id
                WHERE ip.person_id = p_dossier AND ip.role = 'subject'
            ) r
        $$;

        -- Whoever an event says acted is the account writing it (as `acting` gave it).
        CREATE FUNCTION require_actor(a caller_t, p_named text) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT a.admin AND p_named IS DISTINCT FROM a.account THEN
                PERFORM refused(format('%s kan niet vastleggen dat %s iets deed', a.account, coalesce(p_named, '(niemand)')),
                                format('%s cannot record that %s did something', a.account, coalesce(p_named, '(nobody)')));
            END IF;
        END $$;
        """#
}
