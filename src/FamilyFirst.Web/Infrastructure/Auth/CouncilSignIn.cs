using System.Security.Claims;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// Staff sign-in through the council's identity provider (OpenID Connect, authorisation code flow with PKCE). The
/// provider's answer never becomes a sign-in by itself: the first sign-in creates the staff account (or links the one
/// with the same email address), each sign-in sets the person's roles and teams from the provider's app roles or
/// groups (<see cref="CouncilSignInOptions"/>), and then the person is signed in with the same staff cookie as a
/// local account, so every session check applies. A person with no mapped role, or whose account was deactivated
/// here, is refused with a page that says so. Every outcome is audited.
/// </summary>
public static partial class CouncilSignIn
{
    public const string Scheme = "council";

    /// <summary>The name of the provider's logins in Identity's store (the key is the provider's subject).</summary>
    public const string LoginProvider = "council";

    public const string CallbackPath = "/signin-oidc";

    /// <summary>Why a council sign-in was refused, in the address of the refusal page.</summary>
    public static class Refusals
    {
        public const string NoRole = "no-role";
        public const string NotActive = "not-active";
        public const string Failed = "failed";
    }

    private const string AuditRecord = SignInEvents.RecordType;
    private const string AccountRecord = "StaffAccount";

    public static void AddCouncilSignIn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var options = configuration.GetSection(CouncilSignInOptions.Section).Get<CouncilSignInOptions>() ?? new CouncilSignInOptions();
        authentication.Services.Configure<CouncilSignInOptions>(configuration.GetSection(CouncilSignInOptions.Section));
        if (Problems(options) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("Family First cannot start: " + string.Join(" ", problems) + " See docs/deployment.md.");
        }

        if (!options.Enabled)
        {
            return;
        }

        authentication.AddOpenIdConnect(Scheme, "Council account", o =>
        {
            o.Authority = options.Authority;
            o.ClientId = options.ClientId;
            o.ClientSecret = options.ClientSecret;
            o.RequireHttpsMetadata = options.RequireHttpsMetadata;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.Scope.Add("email");
            o.CallbackPath = CallbackPath;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.SaveTokens = false;
            o.Events.OnRedirectToIdentityProvider = context =>
            {
                // The provider sends the person back to the service's own address, never one built from the Host header.
                var links = context.HttpContext.RequestServices.GetRequiredService<FamilyFirstLinks>();
                context.ProtocolMessage.RedirectUri = links.Absolute(CallbackPath);
                return Task.CompletedTask;
            };
            o.Events.OnTicketReceived = SignInAsync;
            o.Events.OnRemoteFailure = async context =>
            {
                context.HandleResponse();
                RemoteFailure(Logger(context.HttpContext), context.Failure?.GetType().Name ?? "unknown");
                await Audit(context.HttpContext).RecordAndSaveAsync(AuditAction.Authentication, AuditRecord, "unknown", detail: "Sign-in through the council's identity provider failed");
                context.Response.Redirect(Links(context.HttpContext).CouncilSignInRefused(Refusals.Failed));
            };
        });
    }

    /// <summary>The service's roles and team names that the provider's claims give, by <see cref="CouncilSignInOptions"/>.</summary>
    public static (IReadOnlyList<string> Roles, IReadOnlyList<string> Teams) Map(ClaimsPrincipal principal, CouncilSignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(options);
        var values = principal.Claims.Where(c => options.RoleClaims.Contains(c.Type, StringComparer.Ordinal)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var roles = Roles.All.Where(r => options.Roles.TryGetValue(r, out var given) && given.Any(values.Contains)).ToList();
        var teams = options.Teams.Where(t => t.Value.Any(values.Contains)).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
        return (roles, teams);
    }

    private static List<string> Problems(CouncilSignInOptions options)
    {
        var problems = new List<string>();
        if (!options.Enabled)
        {
            if (options.Only)
            {
                problems.Add("Authentication:Oidc:Only is set but Authentication:Oidc:Authority is not: nobody could sign in.");
            }

            return problems;
        }

        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out _))
        {
            problems.Add("Authentication:Oidc:Authority must be the provider's absolute address.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            problems.Add("Authentication:Oidc:ClientId and Authentication:Oidc:ClientSecret must be set (the service's registration with the provider).");
        }

        foreach (var role in options.Roles.Keys.Where(r => !Roles.All.Contains(r, StringComparer.Ordinal)))
        {
            problems.Add($"Authentication:Oidc:Roles has '{role}', which is not one of the service's roles ({string.Join(", ", Roles.All)}).");
        }

        if (options.Roles.Count == 0)
        {
            problems.Add("Authentication:Oidc:Roles must map at least one of the service's roles to the provider's app roles or groups: nobody could sign in.");
        }

        return problems;
    }

    private static async Task SignInAsync(TicketReceivedContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        var services = http.RequestServices;
        var links = Links(http);
        var audit = Audit(http);
        var options = services.GetRequiredService<IOptions<CouncilSignInOptions>>().Value;
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var principal = context.Principal!;

        var subject = principal.FindFirstValue("sub");
        var email = (principal.FindFirstValue("email") ?? principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("upn"))?.Trim();
        var name = principal.FindFirstValue("name")?.Trim() is { Length: > 0 } given ? given : email;
        if (string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            await audit.RecordAndSaveAsync(AuditAction.Authentication, AuditRecord, subject ?? "unknown", detail: "The council's identity provider gave no subject or email address");
            context.Response.Redirect(links.CouncilSignInRefused(Refusals.Failed));
            return;
        }

        var (roles, teamNames) = Map(principal, options);
        var user = await users.FindByLoginAsync(LoginProvider, subject) ?? await users.FindByEmailAsync(email);
        if (roles.Count == 0)
        {
            await audit.RecordAndSaveAsync(AuditAction.Authentication, AuditRecord, user?.Id ?? subject, detail: "Council sign-in refused: no role of this service is given by the person's app roles or groups");
            context.Response.Redirect(links.CouncilSignInRefused(Refusals.NoRole));
            return;
        }

        if (user is { IsActive: false })
        {
            await audit.RecordAndSaveAsync(AuditAction.Authentication, AuditRecord, user.Id, detail: "Council sign-in refused: the account is not active");
            context.Response.Redirect(links.CouncilSignInRefused(Refusals.NotActive));
            return;
        }

        var db = services.GetRequiredService<AppDbContext>();
        var teams = await db.Teams.Where(t => teamNames.Contains(t.Name)).ToListAsync();
        foreach (var missing in teamNames.Except(teams.Select(t => t.Name)))
        {
            UnknownTeam(Logger(http), missing);
        }

        if (user is null)
        {
            var created = await StaffAccounts.CreateAsync(services, email, name!, roles, teams.Select(t => t.Id), password: null);
            user = created.Succeeded ? await users.FindByEmailAsync(email) : null;
            if (user is null)
            {
                await audit.RecordAndSaveAsync(AuditAction.Authentication, AuditRecord, subject, detail: "Council sign-in refused: the staff account could not be created");
                context.Response.Redirect(links.CouncilSignInRefused(Refusals.Failed));
                return;
            }

            audit.Record(AuditAction.Create, AccountRecord, user.Id, detail: $"Created at first sign-in through the council's identity provider; roles: {string.Join(", ", roles)}; teams: {Describe(teams)}");
            // An account and its access that arrive from the provider are administration changes like an administrator's,
            // so they show in the security log.
            audit.RecordAccountChange(user, $"created at first sign-in through the council's identity provider; {AdministrationAudit.BeforeAndAfter("roles", [], roles)}; {AdministrationAudit.BeforeAndAfter("teams", [], teams.Select(t => t.Name))}");
        }

        var logins = await users.GetLoginsAsync(user);
        var login = logins.FirstOrDefault(l => l.LoginProvider == LoginProvider);
        if (login is not null && login.ProviderKey != subject)
        {
            // The address belongs to an account already linked to another council identity: never take it over.
            await audit.RecordAndSaveAsync(AuditAction.Authentication, AuditRecord, user.Id, detail: "Council sign-in refused: the account is linked to a different council identity");
            context.Response.Redirect(links.CouncilSignInRefused(Refusals.Failed));
            return;
        }

        if (login is null)
        {
            await users.AddLoginAsync(user, new UserLoginInfo(LoginProvider, subject, "Council account"));
            audit.Record(AuditAction.Change, AccountRecord, user.Id, detail: "Linked to the person's council account");
        }

        await FollowTheProviderAsync(services, user, name!, roles, options.Teams.Count > 0 ? teams : null, audit);
        var signInManager = services.GetRequiredService<SignInManager<ApplicationUser>>();
        // The provider applied the council's own second factor: the service's authenticator app is not asked for as well.
        await signInManager.SignInAsync(user, new AuthenticationProperties { Items = { [SecondFactorPolicy.CouncilSignInProperty] = "true" } }, Scheme);
        await audit.RecordAndSaveAsync(AuditAction.Authentication, AuditRecord, user.Id, detail: $"Signed in through the council's identity provider; roles: {string.Join(", ", roles)}");
        var returnUrl = context.ReturnUri;
        context.Response.Redirect(returnUrl is { Length: > 1 } && returnUrl[0] == '/' && returnUrl[1] is not '/' and not '\\' ? returnUrl : links.StaffHome());
    }

    /// <summary>
    /// Sets the person's name, roles and (when teams are mapped) teams to what the provider says. A change of roles or
    /// teams is an administration change made by the provider's claims: audited with what they were and what they are now
    /// (in the security log), and so is a change that could not be applied.
    /// </summary>
    private static async Task FollowTheProviderAsync(IServiceProvider services, ApplicationUser user, string name, IReadOnlyList<string> roles, List<Team>? teams, AuditTrail audit)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var db = services.GetRequiredService<AppDbContext>();
        var currentRoles = await users.GetRolesAsync(user);
        var currentTeams = await db.TeamMemberships.Where(m => m.UserId == user.Id).Select(m => m.TeamId).ToListAsync();
        var teamIds = teams?.Select(t => t.Id).ToList() ?? currentTeams;
        var rolesChanged = !currentRoles.ToHashSet(StringComparer.Ordinal).SetEquals(roles);
        var teamsChanged = !currentTeams.ToHashSet().SetEquals(teamIds);
        if (rolesChanged || teamsChanged)
        {
            var changed = await StaffAccounts.SetRolesAndTeamsAsync(services, user, roles.ToList(), teamIds);
            var names = await db.Teams.Where(t => currentTeams.Contains(t.Id) || teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name);
            var what = $"{AdministrationAudit.BeforeAndAfter("roles", currentRoles, roles)}; {AdministrationAudit.BeforeAndAfter("teams", currentTeams.Select(t => names[t]), teamIds.Select(t => names[t]))}";
            audit.RecordAccountChange(
                user,
                changed.Succeeded
                    ? $"roles and teams changed by the council's identity provider at sign-in: {what}"
                    : $"roles and teams from the council's identity provider could not be applied ({string.Join(" ", changed.Errors.Select(e => e.Description))}): {what}");
        }

        if (user.DisplayName != name)
        {
            user.DisplayName = name;
            await users.UpdateAsync(user);
        }
    }

    private static string Describe(IEnumerable<Team> teams) => teams.Any() ? string.Join(", ", teams.Select(t => t.Name).Order(StringComparer.Ordinal)) : "none";

    private static FamilyFirstLinks Links(HttpContext http) => http.RequestServices.GetRequiredService<FamilyFirstLinks>();

    private static AuditTrail Audit(HttpContext http) => http.RequestServices.GetRequiredService<AuditTrail>();

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CouncilSignIn));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the council's identity provider failed: {Failure}")]
    private static partial void RemoteFailure(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Authentication:Oidc:Teams names the team {Team}, which does not exist in the service")]
    private static partial void UnknownTeam(ILogger logger, string team);
}
