// The identity provider of Candor's sign-in tests: node's oidc-provider, with its development
// login form (any login name is an account; type the person's email address), consent granted
// at once, and one client per way an ID token can be wrong. The token endpoint of those clients
// re-issues the ID token signed with the provider's own key but with one claim spoiled, or with
// its signature broken, so that Candor's checks are tried against a real provider's tokens:
//
//   candor           a good token
//   candor-tampered  the signature does not match the token
//   candor-audience  aud names another client
//   candor-expired   exp is ten minutes ago
//   candor-nonce     the nonce is not the one Candor sent
//
// Usage: node provider.mjs PORT   (0 picks a free port); prints "issuer <url>" once listening.
import Provider from 'oidc-provider';
import * as jose from 'jose';

const port = Number(process.argv[2] || 0);
const SECRET = 'candor-test-secret';
const SPOILED = ['candor-tampered', 'candor-audience', 'candor-expired', 'candor-nonce'];

const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await jose.exportJWK(privateKey)), kid: 'candor-test', alg: 'RS256', use: 'sig' };

/** Admins are the accounts whose login name starts with "admin". */
function groupsOf(login) {
  return login.startsWith('admin') ? ['candor-admins', 'staff'] : ['staff'];
}

const configuration = {
  clients: ['candor', ...SPOILED].map((client_id) => ({
    client_id,
    client_secret: SECRET,
    redirect_uris: ['http://127.0.0.1/login/oidc/callback'],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  })),
  jwks: { keys: [jwk] },
  pkce: { required: () => true },
  conformIdTokenClaims: false,
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
    groups: ['groups'],
  },
  findAccount: async (_ctx, id) => ({
    accountId: id,
    claims: async () => ({
      sub: id,
      email: id,
      email_verified: true,
      name: id.split('@')[0],
      groups: groupsOf(id),
    }),
  }),
  // Consent is given at once: the tests are about Candor, not about the consent page.
  loadExistingGrant: async (ctx) => {
    const existing = ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile groups');
    grant.addOIDCClaims(['email', 'email_verified', 'name', 'groups']);
    await grant.save();
    return grant;
  },
  features: { devInteractions: { enabled: true } },
};

const provider = new Provider(`http://127.0.0.1:${port}`, configuration);
// Every Candor under test listens on its own port: any callback on this machine is allowed.
provider.Client.prototype.redirectUriAllowed = (uri) =>
  /^http:\/\/127\.0\.0\.1:\d+\/login\/oidc\/callback$/.test(uri);

async function spoil(clientId, idToken) {
  const claims = jose.decodeJwt(idToken);
  const sign = (payload) =>
    new jose.SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: jwk.kid }).sign(privateKey);
  const now = Math.floor(Date.now() / 1000);
  switch (clientId) {
    case 'candor-tampered': {
      const [header, payload, signature] = idToken.split('.');
      const changed = JSON.parse(Buffer.from(payload, 'base64url'));
      changed.email = 'someone.else@example.com';
      return [header, Buffer.from(JSON.stringify(changed)).toString('base64url'), signature].join('.');
    }
    case 'candor-audience':
      return sign({ ...claims, aud: 'another-client' });
    case 'candor-expired':
      return sign({ ...claims, iat: now - 1200, exp: now - 600 });
    case 'candor-nonce':
      return sign({ ...claims, nonce: 'not-the-nonce-candor-sent' });
    default:
      return idToken;
  }
}

provider.use(async (ctx, next) => {
  await next();
  const clientId = ctx.oidc?.client?.clientId;
  if (ctx.method === 'POST' && ctx.path === '/token' && SPOILED.includes(clientId) && ctx.body?.id_token) {
    ctx.body = { ...ctx.body, id_token: await spoil(clientId, ctx.body.id_token) };
  }
});

const server = provider.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  if (actual !== port) {
    console.error('pass the port: the issuer names it');
    process.exit(2);
  }
  console.log(`issuer http://127.0.0.1:${actual}`);
});
