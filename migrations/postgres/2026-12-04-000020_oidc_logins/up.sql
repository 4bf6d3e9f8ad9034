-- Single sign-on (docs/design.md, "Single sign-on"): a sign-in that went to the identity
-- provider and has not come back yet. Keyed by the hash of its `state`, which the browser also
-- holds in a cookie; used once (the row is deleted when the provider sends the person back),
-- and worth nothing after `expires_at`. The PKCE verifier and the nonce never leave Candor.
CREATE TABLE oidc_logins (
    state_hash TEXT PRIMARY KEY NOT NULL,
    pkce_verifier TEXT NOT NULL,
    nonce TEXT NOT NULL,
    next_path TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
