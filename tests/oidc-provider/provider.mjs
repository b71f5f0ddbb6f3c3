// A real OpenID Connect provider (the OpenID-certified oidc-provider package) for the web tests: it plays the
// council's identity provider (Microsoft Entra ID in most councils), with one client (Family First) and test
// accounts whose groups and app roles the service maps to its own roles and teams.
//
// Started by tests/FamilyFirst.Web.Tests/Account/CouncilIdentityProvider.cs with:
//   PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, POST_LOGOUT_REDIRECT_URI and, where the service can be reached
//   over the network, BACKCHANNEL_LOGOUT_URI (OpenID Connect Back-Channel Logout 1.0: when a person signs out at
//   the provider, it posts a logout token there).
// It prints "listening <issuer>" once it answers.
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;

// Accounts as Entra ID would describe them: "groups" holds group ids, "roles" the app roles assigned to the person.
const accounts = {
  'pat.practitioner': {
    email: 'pat.practitioner@northmoor.example.gov.uk',
    name: 'Pat Practitioner',
    groups: ['0b1c5c1e-practitioners', '7d2e9f40-north-team', 'all-staff'],
    roles: [],
  },
  'ada.administrator': {
    email: 'ada.administrator@northmoor.example.gov.uk',
    name: 'Ada Administrator',
    groups: ['all-staff'],
    roles: ['FamilyFirst.Administrator'],
  },
  'max.manager': {
    email: 'max.manager@northmoor.example.gov.uk',
    name: 'Max Manager',
    groups: ['5a6b7c8d-managers', '7d2e9f40-north-team', 'all-staff'],
    roles: [],
  },
  'dee.deactivated': {
    email: 'dee.deactivated@northmoor.example.gov.uk',
    name: 'Dee Deactivated',
    groups: ['0b1c5c1e-practitioners', 'all-staff'],
    roles: [],
  },
  'lou.logout': {
    email: 'lou.logout@northmoor.example.gov.uk',
    name: 'Lou Logout',
    groups: ['0b1c5c1e-practitioners', 'all-staff'],
    roles: [],
  },
  'nia.noaccess': {
    email: 'nia.noaccess@northmoor.example.gov.uk',
    name: 'Nia No-Access',
    groups: ['all-staff'],
    roles: [],
  },
};

const configuration = {
  clients: [{
    client_id: process.env.CLIENT_ID,
    client_secret: process.env.CLIENT_SECRET,
    redirect_uris: [process.env.REDIRECT_URI],
    post_logout_redirect_uris: [process.env.POST_LOGOUT_REDIRECT_URI],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
    ...(process.env.BACKCHANNEL_LOGOUT_URI ? { backchannel_logout_uri: process.env.BACKCHANNEL_LOGOUT_URI, backchannel_logout_session_required: true } : {}),
  }],
  // The claims each scope releases; "groups" and "roles" are what Entra ID puts in its ID tokens.
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'groups', 'roles'],
  },
  // Like Entra ID: the ID token carries the scopes' claims (the service does not call the userinfo endpoint).
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true }, backchannelLogout: { enabled: true } },
  // oidc-provider refuses to call loopback addresses (protection against server-side request forgery); in the tests
  // the service it posts logout tokens to is on this machine, so its calls go out without that check.
  fetch: (url, options) => {
    const { dispatcher, ...rest } = options;
    return globalThis.fetch(url, rest);
  },
  async findAccount(ctx, id) {
    const account = accounts[id];
    if (!account) {
      return undefined;
    }

    return {
      accountId: id,
      async claims() {
        return { sub: id, email_verified: true, ...account };
      },
    };
  },
  // The council has consented for its staff (an Entra ID administrator's consent): no consent page.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      return ctx.oidc.provider.Grant.find(grantId);
    }

    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
};

const provider = new Provider(issuer, configuration);
// A failed back-channel logout is otherwise silent: the tests show this output when one fails.
provider.on('backchannel.error', (ctx, error) => console.error(`backchannel.error ${error.message}`));
provider.listen(port, '127.0.0.1', () => {
  console.log(`listening ${issuer}`);
});
