extension PGSchema {
    /// The canonical bytes of the chains, as EventCodec, DossierChain and AuditRecord write them,
    /// so the server recomputes every hash a client sends and refuses one that differs. The
    /// database's encoding is UTF-8 (`server init` checks), so a text's bytes are its UTF-8.
    ///
    /// The hashing functions are STABLE, as `convert_to` is: PostgreSQL inlines a SQL function
    /// only when it claims no more than its body, and an inlined event hash costs 6 µs where a
    /// called one cost 330 µs (measured on the district's events).
    static let hashing = #"""
        -- `name:<len>:<value>\n`, or `name:nil\n` for an absent value (EventCodec.append).
        CREATE FUNCTION field(p_name text, p_value text) RETURNS bytea LANGUAGE sql STABLE AS $$
            SELECT CASE WHEN p_value IS NULL THEN convert_to(p_name || ':nil' || chr(10), 'UTF8')
                        ELSE convert_to(p_name || ':' || octet_length(p_value) || ':' || p_value || chr(10), 'UTF8') END
        $$;

        -- A field that is never absent: `name:<len>:<value>\n`, "" for nothing (DossierChain, AuditRecord).
        CREATE FUNCTION field0(p_name text, p_value text) RETURNS bytea LANGUAGE sql STABLE AS $$
            SELECT field(p_name, coalesce(p_value, ''))
        $$;

        CREATE FUNCTION hex_sha256(p bytea) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT encode(sha256(p), 'hex')
        $$;

        -- The SHA-256 of a text, as the chain writes free text (EventCodec.text).
        CREATE FUNCTION text_hash(p text) RETURNS text LANGUAGE sql STABLE AS $$
            SELECT encode(sha256(convert_to(p, 'UTF8')), 'hex')
        $$;

        -- SHA-256(prev_hash ‖ casus-event-v1\n ‖ header ‖ payload) (EventChain.hash).
        CREATE FUNCTION event_hash(p_seq bigint, p_at text, p_account text, p_real text, p_kind text, p_dossier bigint,
                                   p_audit_seq bigint, p_payload bytea, p_prev text) RETURNS text LANGUAGE sql STABLE AS $$
            SELECT hex_sha256(convert_to(p_prev, 'UTF8') || convert_to('casus-event-v1' || chr(10), 'UTF8')
                || field('seq', p_seq::text) || field('at', p_at) || field('account', p_account)
                || field('real_account', p_real) || field('kind', p_kind) || field('dossier', p_dossier::text)
                || field('audit_seq', p_audit_seq::text) || p_payload)
        $$;

        -- SHA-256(prev_hash ‖ casus-entry-v1\n ‖ fields), or for a salted entry (EntrySalt)
        -- SHA-256(prev_hash ‖ casus-entry-v2\n ‖ salt ‖ fields) (DossierChain.canonical).
        CREATE FUNCTION entry_hash(p_prev text, p_dossier bigint, p_seq bigint, p_kind text, p_at text, p_author text,
                                   p_author_name text, p_case bigint, p_corrects bigint, p_heard text, p_evidence text,
                                   p_title text, p_body text, p_salt text) RETURNS text LANGUAGE sql STABLE AS $$
            SELECT hex_sha256(convert_to(p_prev, 'UTF8')
                || CASE WHEN coalesce(p_salt, '') = '' THEN convert_to('casus-entry-v1' || chr(10), 'UTF8')
                        ELSE convert_to('casus-entry-v2' || chr(10), 'UTF8') || field0('salt', p_salt) END
                || field0('dossier', p_dossier::text) || field0('seq', p_seq::text) || field0('kind', p_kind)
                || field0('at', p_at) || field0('author', p_author) || field0('author_name', p_author_name)
                || field0('case', p_case::text) || field0('corrects', p_corrects::text) || field0('heard', p_heard)
                || field0('evidence', p_evidence) || field0('title', p_title) || field0('body', p_body))
        $$;

        -- SHA-256(prev_hash ‖ casus-audit-v1\n ‖ fields) (AuditRecord.canonical).
        CREATE FUNCTION audit_hash(p_prev text, p_at text, p_account text, p_real text, p_action text, p_person bigint,
                                   p_case bigint, p_detail text) RETURNS text LANGUAGE sql STABLE AS $$
            SELECT hex_sha256(convert_to(p_prev, 'UTF8') || convert_to('casus-audit-v1' || chr(10), 'UTF8')
                || field0('at', p_at) || field0('account', p_account) || field0('real_account', p_real)
                || field0('action', p_action) || field0('person', p_person::text) || field0('case', p_case::text)
                || field0('detail', p_detail))
        $$;

        -- The access log's own lines: the same form, its own version.
        CREATE FUNCTION access_hash(p_prev text, p_at text, p_account text, p_what text, p_person bigint, p_case bigint,
                                    p_detail text) RETURNS text LANGUAGE sql STABLE AS $$
            SELECT hex_sha256(convert_to(p_prev, 'UTF8') || convert_to('casus-access-v1' || chr(10), 'UTF8')
                || field0('at', p_at) || field0('account', p_account) || field0('what', p_what)
                || field0('person', p_person::text) || field0('case', p_case::text) || field0('detail', p_detail))
        $$;

        -- A payload's fields, in order (EventCodec.parse); an error when not in the canonical form.
        CREATE FUNCTION parse_payload(p bytea, OUT names text[], OUT fields jsonb) LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
            n int := length(p);
            i int := 0;
            j int;
            start int;
            len int;
            name text;
        BEGIN
            names := '{}';
            fields := '{}';
            WHILE i < n LOOP
                j := position('\x3a'::bytea IN substring(p FROM i + 1));
                IF j = 0 THEN RAISE EXCEPTION USING ERRCODE = 'CA005', MESSAGE = 'payload: field without a name'; END IF;
                name := convert_from(substring(p FROM i + 1 FOR j - 1), 'UTF8');
                j := i + j;  -- index of the first byte after ':'
                IF substring(p FROM j + 1 FOR 4) = '\x6e696c0a'::bytea THEN
                    names := names || name;
                    fields := fields || jsonb_build_object(name, NULL);
                    i := j + 4;
                    CONTINUE;
                END IF;
                start := j;
                j := position('\x3a'::bytea IN substring(p FROM start + 1));
                IF j = 0 OR j > 11 THEN RAISE EXCEPTION USING ERRCODE = 'CA005', MESSAGE = 'payload: field without a length'; END IF;
                len := convert_from(substring(p FROM start + 1 FOR j - 1), 'UTF8')::int;
                j := start + j;
                IF len < 0 OR j + len >= n OR get_byte(p, j + len) <> 10 THEN
                    RAISE EXCEPTION USING ERRCODE = 'CA005', MESSAGE = 'payload: a field''s length does not fit';
                END IF;
                names := names || name;
                fields := fields || jsonb_build_object(name, convert_from(substring(p FROM j + 1 FOR len), 'UTF8'));
                i := j + len + 1;
            END LOOP;
        END $$;

        -- An ISO moment as casus writes it (Timestamp.iso), for the server's own lines. VOLATILE,
        -- as clock_timestamp() is: then PostgreSQL writes it into its caller instead of planning
        -- it as a function of its own in every transaction.
        CREATE FUNCTION iso_now() RETURNS text LANGUAGE sql VOLATILE AS $$
            SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
        $$;

        -- Words folded as casus searches them: lower case, no diacritics (the `casus_folded`
        -- text search configuration; see ServerSetup for its dictionaries).
        CREATE FUNCTION search_vector(p text) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
            SELECT to_tsvector('casus.casus_folded', p)
        $$;
        """#
}
