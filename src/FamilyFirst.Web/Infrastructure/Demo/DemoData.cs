using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Infrastructure.Demo;

/// <summary>
/// A clearly fictional demo data set for trying the service and for the browser tests: two teams and one
/// member of staff in each role, and the demo families (<see cref="DemoFamilies"/>). Never runs in Production.
/// </summary>
public static class DemoData
{
    public const string NorthTeam = "North Family Support (demo)";
    public const string SouthTeam = "South Family Support (demo)";

    /// <summary>The demo accounts: all share the demo password from configuration (DemoData:Password).</summary>
    public static readonly IReadOnlyList<(string Email, string Name, string Role, string Team)> Accounts =
    [
        ("admin@demo.familyfirst.test", "Alex Admin", Roles.Administrator, NorthTeam),
        ("manager@demo.familyfirst.test", "Morgan Manager", Roles.Manager, NorthTeam),
        ("practitioner@demo.familyfirst.test", "Priya Practitioner", Roles.Practitioner, NorthTeam),
        ("practitioner.south@demo.familyfirst.test", "Sam South", Roles.Practitioner, SouthTeam),
        ("coordinator@demo.familyfirst.test", "Casey Coordinator", Roles.Coordinator, SouthTeam),
        ("analyst@demo.familyfirst.test", "Ash Analyst", Roles.Analyst, NorthTeam),
        ("trainer@demo.familyfirst.test", "Taylor Trainer", Roles.Trainer, NorthTeam),
    ];

    public static async Task SeedOnStartIfConfiguredAsync(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue<bool>("DemoData:SeedOnStart"))
        {
            return;
        }

        await SeedAsync(services, Console.Out);
    }

    /// <summary>Adds the demo data unless it is already there. Returns false when refused.</summary>
    public static async Task<bool> SeedAsync(IServiceProvider services, TextWriter output)
    {
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (environment.IsProduction())
        {
            await output.WriteLineAsync("Demo data is never added in Production.");
            return false;
        }

        var password = services.GetRequiredService<IConfiguration>()["DemoData:Password"];
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("Set DemoData:Password to the password the demo accounts should use.");
            return false;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (await db.Teams.AnyAsync(t => t.Name == NorthTeam))
        {
            var familiesAdded = await DemoFamilies.SeedAsync(db, time, scope.ServiceProvider.GetRequiredService<SupportingFamiliesFramework>());
            await DemoMeetings.SeedAsync(db, time);
            await DemoTraining.SeedAsync(db, time);
            await DemoConsultancy.SeedAsync(db, time);
            await output.WriteLineAsync(familiesAdded == 0 ? "Demo data is already present." : $"Demo data is already present; added {familiesAdded} demo families.");
            await PrintAccountsAsync(output);
            return true;
        }

        var teams = new Dictionary<string, Team>
        {
            [NorthTeam] = new() { Id = Guid.NewGuid(), Name = NorthTeam },
            [SouthTeam] = new() { Id = Guid.NewGuid(), Name = SouthTeam },
        };
        db.Teams.AddRange(teams.Values);
        await db.SaveChangesAsync();

        foreach (var (email, name, role, team) in Accounts)
        {
            var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, email, name, [role], [teams[team].Id], password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create demo account {email}: {string.Join(' ', result.Errors.Select(e => e.Description))}");
            }
        }

        await DemoFamilies.SeedAsync(db, time, scope.ServiceProvider.GetRequiredService<SupportingFamiliesFramework>());
        await AddEnquiriesAsync(scope.ServiceProvider, db);
        await DemoMeetings.SeedAsync(db, time);
        await DemoTraining.SeedAsync(db, time);
        await DemoConsultancy.SeedAsync(db, time);
        await output.WriteLineAsync("Added the demo data.");
        await PrintAccountsAsync(output);
        return true;
    }

    private static async Task PrintAccountsAsync(TextWriter output)
    {
        await output.WriteLineAsync("Demo accounts (password: the DemoData:Password setting):");
        foreach (var (email, _, role, team) in Accounts)
        {
            await output.WriteLineAsync($"  {role,-14} {email}  ({team})");
        }
    }

    /// <summary>A handful of fictional enquiries of each type and status, so the queues are not empty.</summary>
    private static async Task AddEnquiriesAsync(IServiceProvider services, AppDbContext db)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        async Task<EnquiryActor> Actor(string email)
        {
            var user = (await users.FindByEmailAsync(email))!;
            return new EnquiryActor(user.Id, user.DisplayName);
        }

        var priya = await Actor("practitioner@demo.familyfirst.test");
        var morgan = await Actor("manager@demo.familyfirst.test");
        var taylor = await Actor("trainer@demo.familyfirst.test");

        Enquiry Make(int daysAgo, EnquiryAnswers answers) =>
            Enquiry.Submit(answers, EnquiryReference.Generate(), Guid.NewGuid(), now.AddDays(-daysAgo).AddHours(-2)).Value!;

        var newSupport = Make(0, new EnquiryAnswers
        {
            Role = EnquirerRole.ParentOrCarer,
            Type = EnquiryType.SupportForMyFamily,
            FamilyNames = "Demo Parent, Demo Child (fictional)",
            ChildrenAges = "8 and 13",
            Postcode = "NM1 1AA",
            WhatIsHappening = "My eldest has stopped going to school and we argue every morning.",
            WhatWouldHelp = "Someone to help us talk to each other, and to the school.",
            ContactName = "Demo Parent",
            Email = "demo.parent@example.com",
            PreferredContactMethod = ContactMethod.Email,
            SafeToLeaveMessage = true,
            AgreedToPrivacyNotice = true,
        });

        var overdueReferral = Make(6, new EnquiryAnswers
        {
            Role = EnquirerRole.Professional,
            OrganisationType = OrganisationType.School,
            OrganisationName = "Northmoor Primary School (demo)",
            Type = EnquiryType.ReferringAFamily,
            FamilyKnowsAndAgrees = true,
            FamilyNames = "The Example family (fictional)",
            ChildrenAges = "5, 7 and 10",
            Postcode = "NM2 3BD",
            WhatIsHappening = "Attendance has fallen to 80% this term and the children are often late and hungry.",
            WhatWouldHelp = "A family meeting with the wider family to make a plan for mornings.",
            ContactName = "Demo Teacher",
            Email = "demo.teacher@example.com",
            Phone = "01632 960 555",
            PreferredContactMethod = ContactMethod.Phone,
            SafeToLeaveMessage = true,
            AgreedToPrivacyNotice = true,
        });

        var inTriage = Make(1, new EnquiryAnswers
        {
            Role = EnquirerRole.RelativeOrFamilyFriend,
            Type = EnquiryType.SupportForMyFamily,
            FamilyNames = "Demo Gran and her grandson (fictional)",
            ChildrenAges = "15",
            Postcode = "NM3 4CE",
            WhatIsHappening = "My grandson is staying with me after a row at home.",
            WhatWouldHelp = "Help for the family to sit down together.",
            ContactName = "Demo Gran",
            Phone = "07700 900 123",
            PreferredContactMethod = ContactMethod.Phone,
            SafeToLeaveMessage = false,
            AgreedToPrivacyNotice = true,
        });
        inTriage.AssignTo(priya, priya, now.AddHours(-20));
        inTriage.AddNote("Called Demo Gran: agreed to a home visit next week.", priya, now.AddHours(-19));

        var accepted = Make(9, new EnquiryAnswers
        {
            Role = EnquirerRole.ParentOrCarer,
            Type = EnquiryType.SupportForMyFamily,
            FamilyNames = "Demo Carer and two children (fictional)",
            ChildrenAges = "2 and 4",
            Postcode = "NM4 5DF",
            WhatIsHappening = "We have just moved here and have no one around us.",
            WhatWouldHelp = "Meeting other families and some practical help.",
            ContactName = "Demo Carer",
            Email = "demo.carer@example.com",
            PreferredContactMethod = ContactMethod.Email,
            SafeToLeaveMessage = true,
            AgreedToPrivacyNotice = true,
        });
        accepted.AssignTo(morgan, morgan, now.AddDays(-8));
        accepted.Accept(morgan, now.AddDays(-7));

        var closed = Make(12, new EnquiryAnswers
        {
            Role = EnquirerRole.Other,
            Type = EnquiryType.SomethingElse,
            FamilyNames = "Not given (demo)",
            ChildrenAges = "Not given",
            Postcode = "NM1 2AB",
            WhatIsHappening = "Asking about holiday clubs.",
            WhatWouldHelp = "A list of holiday clubs.",
            ContactName = "Demo Caller",
            Email = "demo.caller@example.com",
            PreferredContactMethod = ContactMethod.Email,
            SafeToLeaveMessage = true,
            AgreedToPrivacyNotice = true,
        });
        closed.Close("Signposted elsewhere", "Sent the link to the council's holiday activities page.", priya, now.AddDays(-11));

        var training = Make(2, new EnquiryAnswers
        {
            Role = EnquirerRole.Professional,
            OrganisationType = OrganisationType.VoluntarySector,
            OrganisationName = "Northmoor Youth Trust (demo)",
            Type = EnquiryType.TrainingOrConsultancy,
            WhatWouldHelp = "Restorative circles training for 12 youth workers in the spring.",
            ContactName = "Demo Youth Worker",
            Email = "demo.youth@example.com",
            PreferredContactMethod = ContactMethod.Email,
            SafeToLeaveMessage = true,
            AgreedToPrivacyNotice = true,
        });
        training.AssignTo(taylor, taylor, now.AddDays(-1));

        db.Enquiries.AddRange(newSupport, overdueReferral, inTriage, accepted, closed, training);
        await db.SaveChangesAsync();
    }
}
