//! The relying party: discovery of the provider (cached for a few minutes, so a rotated
//! signing key is picked up), the address a sign-in leaves for, and the code turned into a
//! checked ID token. Every check of the token (signature against the provider's published
//! keys, issuer, audience, expiry, nonce) is the `openidconnect` crate's; nothing here
//! re-implements one.

use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreIdToken, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet, EndpointNotSet, EndpointSet,
    IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use tokio::sync::Mutex;

use crate::error::AppError;

/// How long a discovered provider (its endpoints and keys) is used before it is asked again.
const DISCOVERY_TTL: Duration = Duration::from_secs(300);

/// A client as discovery makes it.
type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// What single sign-on needs of the settings.
#[derive(Debug, Clone)]
pub struct ProviderSettings {
    /// The issuer, as the provider names itself.
    pub issuer: String,
    /// This instance's client id.
    pub client_id: String,
    /// This instance's client secret.
    pub client_secret: String,
    /// Where the provider sends the person back (`{base_url}/login/oidc/callback`).
    pub redirect_url: String,
    /// The claim that lists the person's groups, if roles follow them.
    pub groups_claim: Option<String>,
}

/// The company's identity provider, as this instance talks to it.
pub struct Provider {
    settings: ProviderSettings,
    http: reqwest::Client,
    discovered: Mutex<Option<(Instant, Client)>>,
}

/// A sign-in about to leave for the provider.
pub struct Departure {
    /// Where the browser goes.
    pub url: String,
    /// The `state` it carries (also the cookie's value).
    pub state: String,
    /// The PKCE verifier kept here.
    pub pkce_verifier: String,
    /// The nonce the ID token must carry back.
    pub nonce: String,
}

/// What a checked ID token says about the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The `email` claim.
    pub email: Option<String>,
    /// The `email_verified` claim (absent: the provider does not say).
    pub email_verified: Option<bool>,
    /// The groups claim's values when one is configured and present.
    pub groups: Option<Vec<String>>,
}

impl std::fmt::Debug for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Provider").field("issuer", &self.settings.issuer).finish_non_exhaustive()
    }
}

impl Provider {
    /// A provider to be discovered on first use (the start does not wait for it to answer).
    pub fn new(settings: ProviderSettings) -> Result<Self, AppError> {
        let http = reqwest::Client::builder()
            // The provider's answers are read, never followed elsewhere (no redirects: SSRF).
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| AppError::Startup(format!("single sign-on: no HTTP client: {e}")))?;
        Ok(Provider { settings, http, discovered: Mutex::new(None) })
    }

    /// The issuer's address.
    pub fn issuer(&self) -> &str {
        &self.settings.issuer
    }

    async fn client(&self) -> Result<Client, AppError> {
        let mut cached = self.discovered.lock().await;
        if let Some((_, client)) = cached.as_ref().filter(|(at, _)| at.elapsed() < DISCOVERY_TTL) {
            return Ok(client.clone());
        }
        let s = &self.settings;
        let issuer = IssuerUrl::new(s.issuer.clone()).map_err(|e| unreachable_provider(&s.issuer, e))?;
        let metadata = CoreProviderMetadata::discover_async(issuer, &self.http)
            .await
            .map_err(|e| unreachable_provider(&s.issuer, e))?;
        let redirect = RedirectUrl::new(s.redirect_url.clone())
            .map_err(|e| AppError::unexpected("single sign-on: the callback address", e))?;
        let client = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(s.client_id.clone()),
            Some(ClientSecret::new(s.client_secret.clone())),
        )
        .set_redirect_uri(redirect);
        *cached = Some((Instant::now(), client.clone()));
        Ok(client)
    }

    /// A fresh sign-in: the provider's address with a new `state`, nonce and PKCE challenge.
    pub async fn depart(&self) -> Result<Departure, AppError> {
        let client = self.client().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge);
        if let Some(groups) = &self.settings.groups_claim {
            request = request.add_scope(Scope::new(groups.clone()));
        }
        let (url, state, nonce) = request.url();
        Ok(Departure {
            url: url.to_string(),
            state: state.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            nonce: nonce.secret().clone(),
        })
    }

    /// The code the provider sent back, exchanged (with the PKCE verifier) for an ID token,
    /// and the token checked: signature, issuer, audience, expiry and `nonce`.
    pub async fn arrive(&self, code: &str, pkce_verifier: &str, nonce: &str) -> Result<Identity, AppError> {
        let client = self.client().await?;
        let exchange = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| AppError::unexpected("single sign-on: the provider names no token endpoint", e))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_string()));
        let tokens = exchange.request_async(&self.http).await.map_err(|e| {
            tracing::warn!(error = %e, "single sign-on: the code was not exchanged");
            refused("the provider did not exchange the code for a token")
        })?;
        let id_token = tokens.id_token().ok_or_else(|| refused("the provider sent no ID token"))?;
        let claims =
            id_token.claims(&client.id_token_verifier(), &Nonce::new(nonce.to_string())).map_err(|e| {
                tracing::warn!(error = %e, "single sign-on: an ID token was refused");
                refused(&e.to_string())
            })?;
        Ok(Identity {
            email: claims.email().map(|e| e.as_str().to_string()),
            email_verified: claims.email_verified(),
            groups: self.settings.groups_claim.as_deref().and_then(|name| groups_in(id_token, name)),
        })
    }
}

/// The values of the claim `name` in a token already checked: a list of strings, or one.
fn groups_in(id_token: &CoreIdToken, name: &str) -> Option<Vec<String>> {
    let compact = id_token.to_string();
    let payload = URL_SAFE_NO_PAD.decode(compact.split('.').nth(1)?).ok()?;
    let claims: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(&payload).ok()?;
    match claims.get(name)? {
        serde_json::Value::Array(values) => {
            Some(values.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        }
        serde_json::Value::String(one) => Some(vec![one.clone()]),
        _ => None,
    }
}

/// The provider could not be reached or described itself wrongly: try again later.
fn unreachable_provider(issuer: &str, e: impl std::fmt::Display) -> AppError {
    tracing::warn!(issuer, error = %e, "single sign-on: discovery failed");
    AppError::Unavailable(format!("the identity provider at {issuer} did not answer discovery"))
}

/// The provider's answer did not pass a check (`why`, the crate's words): nobody is signed in.
fn refused(why: &str) -> AppError {
    AppError::Forbidden(why.to_string())
}
