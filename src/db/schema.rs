//! Diesel table definitions shared by both backends (see `migrations/sqlite` and `migrations/postgres`).

diesel::table! {
    teams (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
        parent_id -> Nullable<BigInt>,
        min_group -> Integer,
        comment_min -> Integer,
        timezone -> Text,
        cadence -> Text,
        publish_to_members -> Bool,
        ask_changes_helped -> Bool,
        created_at -> Timestamp,
        launched_at -> Nullable<Timestamp>,
        archived_at -> Nullable<Timestamp>,
        days_open -> Integer,
        rotate_set -> Nullable<Text>,
        scim_external_id -> Nullable<Text>,
    }
}

diesel::table! {
    people (id) {
        id -> BigInt,
        email -> Text,
        name -> Text,
        active -> Bool,
        created_at -> Timestamp,
        language -> Text,
        scim_user_name -> Nullable<Text>,
        scim_external_id -> Nullable<Text>,
    }
}

diesel::table! {
    memberships (person_id, team_id) {
        person_id -> BigInt,
        team_id -> BigInt,
        role -> Text,
        home -> Bool,
    }
}

diesel::table! {
    surveys (id) {
        id -> BigInt,
        key -> Text,
        title -> Text,
        team_id -> Nullable<BigInt>,
        number -> Integer,
    }
}

diesel::table! {
    questions (id) {
        id -> BigInt,
        survey_id -> BigInt,
        key -> Text,
        dimension -> Text,
        text -> Text,
        kind -> Text,
        position -> Integer,
        required -> Bool,
        active -> Bool,
        version -> Integer,
        set_key -> Nullable<Text>,
        text_lang -> Text,
        translations -> Text,
        options -> Text,
    }
}

diesel::table! {
    pulses (id) {
        id -> BigInt,
        team_id -> BigInt,
        survey_id -> BigInt,
        period -> Text,
        opens_at -> Timestamp,
        closes_at -> Timestamp,
        state -> Text,
        min_group -> Integer,
        comment_min -> Integer,
        imported -> Bool,
        summary_sent -> Bool,
        asks_helped -> Bool,
        invited -> Nullable<Integer>,
        skips_set -> Nullable<Text>,
    }
}

diesel::table! {
    invitations (id) {
        id -> BigInt,
        pulse_id -> BigInt,
        person_id -> BigInt,
        responded -> Bool,
        reminded_halfway -> Bool,
        reminded_last_day -> Bool,
        period -> Nullable<Text>,
    }
}

diesel::table! {
    invitation_tokens (token_hash) {
        token_hash -> Text,
        invitation_id -> BigInt,
    }
}

diesel::table! {
    responses (id) {
        id -> Text,
        pulse_id -> BigInt,
    }
}

diesel::table! {
    answers (response_id, question_id) {
        response_id -> Text,
        question_id -> BigInt,
        value -> Integer,
    }
}

diesel::table! {
    comments (id) {
        id -> Text,
        pulse_id -> BigInt,
        body -> Text,
    }
}

diesel::table! {
    pulse_keys (pulse_id) {
        pulse_id -> BigInt,
        wrapped -> Binary,
    }
}

diesel::table! {
    sealed_responses (id) {
        id -> Text,
        pulse_id -> BigInt,
        sealed -> Binary,
    }
}

diesel::table! {
    answer_key (fingerprint) {
        fingerprint -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    agreements (id) {
        id -> BigInt,
        team_id -> BigInt,
        slug -> Text,
        title -> Text,
        relates_to -> Text,
        review_every_days -> Nullable<Integer>,
        next_review_on -> Nullable<Date>,
        review_reminded_for -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    agreement_versions (id) {
        id -> BigInt,
        agreement_id -> BigInt,
        number -> Integer,
        body -> Text,
        author -> Text,
        note -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    agreement_reviews (id) {
        id -> BigInt,
        agreement_id -> BigInt,
        reviewed_on -> Date,
        author -> Text,
        outcome -> Text,
        version_number -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    agreement_links (id) {
        id -> BigInt,
        agreement_id -> BigInt,
        position -> Integer,
        url -> Text,
        title -> Text,
    }
}

diesel::table! {
    followups (id) {
        id -> BigInt,
        team_id -> BigInt,
        pulse_id -> BigInt,
        author -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    actions (id) {
        id -> BigInt,
        followup_id -> BigInt,
        text -> Text,
        owner -> Text,
        due_on -> Nullable<Date>,
        done_on -> Nullable<Date>,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        idempotency_key -> Text,
        recipient -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        state -> Text,
        purge_after_send -> Bool,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        lease_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        kind -> Text,
        pulse_id -> Nullable<BigInt>,
        webhook_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    webhooks (id) {
        id -> BigInt,
        name -> Text,
        url -> Text,
        secret -> Text,
        events -> Text,
        created_at -> Timestamp,
        removed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        is_admin -> Bool,
        password_hash -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id_hash) {
        id_hash -> Text,
        user_id -> Nullable<BigInt>,
        data -> Text,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    oidc_logins (state_hash) {
        state_hash -> Text,
        pkce_verifier -> Text,
        nonce -> Text,
        next_path -> Text,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    login_tokens (token_hash) {
        token_hash -> Text,
        user_id -> BigInt,
        expires_at -> Timestamp,
        used -> Bool,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        name -> Text,
        token_hash -> Text,
        scope -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> Timestamp,
        actor -> Text,
        action -> Text,
        subject -> Text,
        detail -> Text,
    }
}

diesel::joinable!(memberships -> people (person_id));
diesel::joinable!(memberships -> teams (team_id));
diesel::joinable!(questions -> surveys (survey_id));
diesel::joinable!(pulses -> teams (team_id));
diesel::joinable!(invitations -> pulses (pulse_id));
diesel::joinable!(invitations -> people (person_id));
diesel::joinable!(invitation_tokens -> invitations (invitation_id));
diesel::joinable!(responses -> pulses (pulse_id));
diesel::joinable!(answers -> responses (response_id));
diesel::joinable!(answers -> questions (question_id));
diesel::joinable!(comments -> pulses (pulse_id));
diesel::joinable!(pulse_keys -> pulses (pulse_id));
diesel::joinable!(sealed_responses -> pulses (pulse_id));
diesel::joinable!(agreements -> teams (team_id));
diesel::joinable!(agreement_versions -> agreements (agreement_id));
diesel::joinable!(agreement_reviews -> agreements (agreement_id));
diesel::joinable!(agreement_links -> agreements (agreement_id));
diesel::joinable!(followups -> pulses (pulse_id));
diesel::joinable!(outbox -> pulses (pulse_id));
diesel::joinable!(outbox -> webhooks (webhook_id));
diesel::joinable!(actions -> followups (followup_id));

diesel::allow_tables_to_appear_in_same_query!(
    teams,
    people,
    memberships,
    surveys,
    questions,
    pulses,
    invitations,
    invitation_tokens,
    responses,
    answers,
    comments,
    pulse_keys,
    sealed_responses,
    answer_key,
    agreements,
    agreement_versions,
    agreement_reviews,
    agreement_links,
    followups,
    actions,
    outbox,
    users,
    sessions,
    login_tokens,
    oidc_logins,
    api_tokens,
    audit_log,
    webhooks,
);
