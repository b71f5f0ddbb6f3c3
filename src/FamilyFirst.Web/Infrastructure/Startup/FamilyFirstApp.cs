using System.Threading.RateLimiting;
using FamilyFirst.Web.Api;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.FamilyView;
using FamilyFirst.Web.Infrastructure.GovUk;
using FamilyFirst.Web.Impact;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Outcomes;
using FamilyFirst.Web.Infrastructure.Security;
using FamilyFirst.Web.Pages.Enquiries;
using FamilyFirst.Web.Pages.Enquiry;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Startup;

/// <summary>How the Family First web application is put together: its services, then its request pipeline.</summary>
public static class FamilyFirstApp
{
    public static WebApplicationBuilder AddFamilyFirst(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Serve the build's static assets (including their precompressed copies under obj/) in every
        // environment, not only Development. A published app has no such manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();

        // JSON logs without scopes or request data: nothing personal reaches the log store.
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = false;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            o.UseUtcTimestamp = true;
        });

        // Traces and metrics over OTLP, only when an endpoint is configured (Telemetry).
        builder.AddFamilyFirstTelemetry();

        services.Configure<CouncilOptions>(configuration.GetSection(CouncilOptions.Section));
        services.AddSingleton<FamilyFirstLinks>();
        services.Configure<EnquiryOptions>(configuration.GetSection(EnquiryOptions.Section));
        services.AddScoped<EnquiryDraftStore>();
        services.AddEnquiryFormProtection();
        services.Configure<DatabaseOptions>(configuration.GetSection("Database"));
        CouncilClock.AddCouncilClock(services);
        DatabaseOptions.AddAppDatabase(services, configuration, builder.Environment.ContentRootPath);
        services.AddNotifications(configuration);
        services.AddReminderSource<OverdueEnquiryReminders>();
        services.AddHttpContextAccessor();
        services.AddScoped<AuditTrail>();
        // Every role-based refusal (403) is written to the audit before it is answered.
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedRefusals>();
        // The audit chain's key is never in the database; Production refuses to start without one (ADR 0018).
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section))
            .Validate(o => !builder.Environment.IsProduction() || AuditOptions.IsValidKey(o.Key), "Audit:Key must be set in Production: at least 32 random bytes as Base64.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuditOptions>>().Value);
        services.AddSingleton(sp => AuditKey.Resolve(sp.GetRequiredService<AuditOptions>(), builder.Environment, configuration));
        services.AddSingleton<AuditCheckpoints>();
        services.AddHostedService<AuditCheckpointJob>();
        services.AddPartnerDataImports();
        services.AddFamilyResults(configuration);
        services.AddImpactReport(configuration);
        services.AddScoped<FamilyAccess>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<StaffInvitations>();
        services.AddScoped<FamilyFirst.Web.Pages.Plans.PlanRecords>();
        services.AddScoped<FamilyFirst.Web.Pages.Plans.OverduePlanItems>();
        services.AddReminderSource<FamilyFirst.Web.Pages.Plans.PlanReminderSource>();
        services.AddScoped<FamilyFirst.Web.Pages.Training.TrainingMessages>();
        services.AddScoped<FamilyFirst.Web.Pages.TrainingReach.TrainingReachData>();
        services.AddReminderSource<FamilyFirst.Web.Pages.Training.TrainingReminderSource>();
        services.AddReminderSource<FamilyFirst.Web.Pages.Training.TrainingFollowUpSource>();
        services.Configure<FamilyFirst.Web.Infrastructure.Downloads.CertificateFontOptions>(configuration.GetSection(FamilyFirst.Web.Infrastructure.Downloads.CertificateFontOptions.Section));
        services.AddSingleton<FamilyFirst.Web.Infrastructure.Downloads.CertificateFonts>();
        services.AddSingleton<FamilyFirst.Web.Pages.Training.CertificatePdf>();
        services.AddHostedService<FamilyFirst.Web.Infrastructure.Downloads.CertificateFontCheck>();
        services.AddScoped<FamilyFirst.Web.Pages.FamilyView.FamilyViewWorkspace>();
        services.AddScoped<FamilyFirst.Web.Pages.FamilyView.FamilySignIn>();
        services.AddLocalization();

        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = PasswordPolicy.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ForgottenPasswordTokenProvider>(ForgottenPasswordTokenOptions.ProviderName);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));
        services.Configure<IdentityPasskeyOptions>(StaffPasskeys.Configure);
        services.AddScoped(sp => (StaffSignInManager)sp.GetRequiredService<SignInManager<ApplicationUser>>());

        // Every request re-checks the account, so a deactivated user's open sessions stop: the staff cookie by
        // StaffAccountCheck (the account kept in memory, re-read every second on every node and dropped at once on the
        // node that changes it: docs/adr/0033), Identity's other cookies (the second factor's) by Identity's own validator.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddSingleton<StaffAccountCheck>();
        services.AddHostedService<StaffAccountRevalidation>();
        services.ConfigureDbContext<SqliteAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<StaffAccountCheck>().Changes), ServiceLifetime.Singleton);
        services.ConfigureDbContext<PostgresAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<StaffAccountCheck>().Changes), ServiceLifetime.Singleton);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "familyfirst-staff";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/access-denied";
            o.SlidingExpiration = false;
        });

        // Sessions end after 30 minutes without a request and 12 hours after signing in (Security:Sessions), checked
        // at every request by StaffSessions before the account check; the cookie is sent again at most once a minute.
        services.Configure<StaffSessionOptions>(configuration.GetSection(StaffSessionOptions.Section));
        services.AddScoped<SignInEvents>();
        services.AddSingleton(SecondFactorPolicy.From(configuration, builder.Environment));
        services.AddScoped<SecondFactorSetUpFilter>();
        services.AddScoped<RepeatSubmissions>();
        services.Configure<RepeatSubmissionOptions>(configuration.GetSection(RepeatSubmissionOptions.Section));
        services.Configure<SignInThrottleOptions>(configuration.GetSection(SignInThrottleOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<StaffSessionOptions>>((o, sessions) =>
            {
                // The cookie outlives the absolute limit by the idle time, so StaffSessions always sees it end (and audits it).
                o.ExpireTimeSpan = sessions.Value.AbsoluteLifetime + sessions.Value.IdleTimeout;
                StaffSessions.Configure(o);
            });

        // The account checks of the sign-in cookies need the database; the error page must not (ErrorPages).
        services.PostConfigureAll<CookieAuthenticationOptions>(o => o.Events.OnValidatePrincipal = ErrorPages.KeepingDatabaseFailures(o.Events.OnValidatePrincipal));
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddFamilyMemberCookie();
        services.AddAuthentication().AddCouncilSignIn(configuration);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.All))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.Api, p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser().RequireRole(Roles.All))
            .AddPolicy(Policies.ApiTokens, p => p.RequireRole(Roles.Administrator, Roles.Manager, Roles.Analyst))
            .AddPolicy(Policies.Imports, p => p.RequireRole(Roles.Administrator, Roles.Manager, Roles.Analyst))
            .AddPolicy(Policies.Reports, p => p.RequireRole(Roles.Manager, Roles.Analyst))
            .AddPolicy(Policies.FamilyRecords, p => p.RequireRole(Roles.Practitioner, Roles.Coordinator, Roles.Manager, Roles.Administrator))
            .AddPolicy(Policies.Manager, p => p.RequireRole(Roles.Manager))
            .AddPolicy(Policies.Enquiries, p => p.RequireRole(EnquiryAccess.QueueRoles))
            .AddPolicy(Policies.Conferences, p => p.RequireRole(Roles.Coordinator, Roles.Manager))
            .AddPolicy(Policies.Training, p => p.RequireRole(Roles.Trainer))
            .AddPolicy(Policies.TrainingReach, p => p.RequireRole(Roles.Trainer, Roles.Manager))
            .AddPolicy(Policies.SecurityLog, p => p.RequireRole(Roles.Manager, Roles.Administrator))
            .AddPolicy(Policies.FamilyMember, p => p.AddAuthenticationSchemes(FamilyMemberAuthentication.Scheme).RequireAuthenticatedUser().RequireClaim(FamilyMemberAuthentication.AccessIdClaim));

        services.AddOpenApi();

        var dataProtection = services.AddDataProtection()
            .SetApplicationName("FamilyFirst")
            .PersistKeysToDbContext<AppDbContext>();

        // Behind a proxy: forwarded headers from trusted proxies only, Secure cookies, HSTS, the key ring encrypted.
        builder.AddDeploymentSecurity(dataProtection);

        // Each feature folder's Conventions.cs applies the folder's authorisation once.
        services.AddRazorPages(o => o.AddFolderConventions())
            .AddMvcOptions(o =>
            {
                o.ModelBinderProviders.Insert(0, new DateOnlyModelBinderProvider());
                o.Filters.Add(new Security.NoHandlerIsNotFound());
                o.Filters.AddService<SecondFactorSetUpFilter>();
                o.Filters.Add(new Auth.RoleModelFilter());
                // After the role model: a repeat is answered only to someone who may send the form at all.
                o.Filters.AddService<RepeatSubmissions>();
            });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "familyfirst-antiforgery";
            o.FormFieldName = "__RequestVerificationToken";
        });

        // The public feedback form: a few answers a minute from one address is plenty for a meeting room.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Pages.Feedback.FeedbackRateLimit.Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(Pages.FamilyView.FamilySignInRateLimit.Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(10) }));
        });

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);

        // Request size limits: forms are small; uploads have their own, larger, limits where they are accepted.
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = RequestSizeLimits.DefaultMaxBodyBytes);
        services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = 65_536;
            o.ValueCountLimit = 1_024;
        });

        return builder;
    }

    public static WebApplication UseFamilyFirst(this WebApplication app)
    {
        // First: everything after it (HSTS, cookies, rate limits, the audit) sees the real client and scheme.
        app.UseForwardedClient();
        if (!app.Environment.IsDevelopment())
        {
            // A failure is a page, never an empty answer: "Sorry, the service is unavailable" (503, Retry-After)
            // while the database is out of reach, "Sorry, there is a problem with the service" (500) otherwise.
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                StatusCodeSelector = e => DatabaseUnavailable.Is(e) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
        }

        // API callers get status codes, not HTML error pages.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseSecurityHeaders();
        app.UseEnquiryFormProtection();
        // The family view is in English or Welsh, as the family member chooses (a cookie); staff pages are unaffected.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/family"), b => b.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(FamilyFirst.Web.Resources.FamilyViewText.English);
            o.SupportedCultures = [.. FamilyFirst.Web.Resources.FamilyViewText.Cultures];
            o.SupportedUICultures = [.. FamilyFirst.Web.Resources.FamilyViewText.Cultures];
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        }));
        app.UseRouting();
        // After routing, to know the endpoint's own limit; before anything reads the body.
        app.UseRequestSizeLimits();
        app.UseAuthentication();
        app.UseDeferredDatabaseFailures();
        app.UseAuthorization();
        // Once only: the enquiry form's global limit and endpoint policies (feedback) share it, and a second
        // UseRateLimiter would count every request twice.
        app.UseRateLimiter();

        // Stylesheets, scripts and images are public; the group makes that explicit for every endpoint
        // MapStaticAssets adds, including its development-time fallback.
        app.MapGroup(string.Empty).AllowAnonymous().MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapFamilyFirstApi();
        app.MapCouncilSignOut();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

        // An address that matches nothing is "Page not found" for everyone, not a request to sign in.
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        return app;
    }

    /// <summary>Applies pending migrations to the configured database.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
