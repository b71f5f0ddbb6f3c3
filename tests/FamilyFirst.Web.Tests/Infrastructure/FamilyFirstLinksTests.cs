using System.Reflection;
using System.Text.RegularExpressions;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Infrastructure;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>The link generator: every method resolves to a real page, and the addresses are the routes' own.</summary>
public class FamilyFirstLinksTests(FamilyFirstLinksTests.LinksFactory factory) : IClassFixture<FamilyFirstLinksTests.LinksFactory>
{
    public const string ServiceUrl = "https://familyfirst.northmoor.example.gov.uk";

    /// <summary>The app with the service's own address set, as messages use it.</summary>
    public sealed class LinksFactory : FamilyFirstFactory
    {
        public LinksFactory()
        {
            WithSetting("Notifications:DispatcherEnabled", "false");
            WithSetting("Notifications:Reminders:Enabled", "false");
            WithSetting("Council:ServiceUrl", ServiceUrl + "/");
        }
    }

    private static readonly Guid FamilyId = Guid.Parse("0a4f4d0e-1111-4c5e-9d7a-000000000001");
    private static readonly Guid OtherId = Guid.Parse("0a4f4d0e-2222-4c5e-9d7a-000000000002");
    private static readonly Guid ThirdId = Guid.Parse("0a4f4d0e-3333-4c5e-9d7a-000000000003");

    private FamilyFirstLinks Links => factory.Services.GetRequiredService<FamilyFirstLinks>();

    public static TheoryData<string> LinkMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in typeof(FamilyFirstLinks).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                     .Where(m => m.ReturnType == typeof(string) && m.Name != nameof(FamilyFirstLinks.Absolute)))
        {
            data.Add(method.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LinkMethods))]
    public void EveryLinkMethod_ResolvesToAPageAddress_ForSampleValues(string name)
    {
        var methods = typeof(FamilyFirstLinks).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name == name);
        foreach (var method in methods)
        {
            // Once with only the required values, once with every optional value given.
            foreach (var withOptional in new[] { false, true })
            {
                var args = method.GetParameters().Select(p => Sample(p, withOptional)).ToArray();
                var link = (string?)method.Invoke(Links, args);

                Assert.False(string.IsNullOrEmpty(link), $"{name} gave no address");
                Assert.StartsWith("/", link, StringComparison.Ordinal);
                Assert.DoesNotContain("//", link, StringComparison.Ordinal);
                foreach (var id in args.OfType<Guid>())
                {
                    Assert.Contains(id.ToString("D"), link, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void EveryEnquiryQuestion_HasItsOwnPage()
    {
        var links = Enum.GetValues<EnquiryStep>().Select(s => Links.EnquiryQuestion(s)).ToList();

        Assert.All(links, l => Assert.StartsWith("/enquiry/", l, StringComparison.Ordinal));
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.Equal("/enquiry/who-are-you?change=true", Links.EnquiryQuestion(EnquiryStep.WhoAreYou, change: true));
        Assert.Equal("/enquiry/check-answers", Links.EnquiryQuestion(EnquiryStep.CheckAnswers, change: true));
    }

    [Fact]
    public void Links_AreTheSameAddressesAsTheRoutes()
    {
        var f = FamilyId;
        var o = OtherId;
        Assert.Equal("/", Links.Home());
        Assert.Equal("/staff", Links.StaffHome());
        Assert.Equal($"/families/{f}", Links.Family(f));
        Assert.Equal($"/families/{f}#people", Links.Family(f, section: "people"));
        Assert.Equal("/families", Links.Families());
        Assert.Equal("/families?show=team", Links.Families(show: "team"));
        Assert.Equal($"/families/new?enquiry={o}", Links.OpenFamily(o));
        Assert.Equal("/admin/outbox?status=Failed", Links.Outbox(status: "Failed"));
        Assert.Equal("/enquiries?status=New", Links.Enquiries(status: "New"));
        Assert.Equal($"/families/{f}/people/{o}/edit", Links.EditPerson(f, o));
        Assert.Equal($"/families/{f}/people/add?givenName=Kai%20Lee&familyName=O%27Neil", Links.AddPerson(f, "Kai Lee", "O'Neil"));
        Assert.Equal($"/families/{f}/plan", Links.FamilyPlan(f));
        Assert.Equal($"/families/{f}/plan/actions", Links.PlanAction(f));
        Assert.Equal($"/families/{f}/plan/actions/{o}", Links.PlanAction(f, o));
        Assert.Equal($"/families/{f}/plan/print?version=2", Links.PrintPlan(f, 2));
        Assert.Equal($"/families/{f}/plan/versions/3", Links.PlanVersion(f, 3));
        Assert.Equal($"/families/{f}/bottom-lines/{o}/approve", Links.ApproveBottomLine(f, o));
        Assert.Equal($"/families/{f}/safety?version=4", Links.Safety(f, 4));
        Assert.Equal($"/families/{f}/conferences/{o}", Links.Conference(f, o));
        Assert.Equal($"/families/{f}/conferences/{o}?handler=Invitation", Links.Conference(f, o, handler: "Invitation"));
        Assert.Equal($"/families/{f}/conferences/{o}/end/close", Links.EndConference(f, o, "close"));
        Assert.Equal($"/families/{f}/conferences/{o}/invitations/{ThirdId}/letter", Links.ConferenceLetter(f, o, ThirdId));
        Assert.Equal($"/families/{f}/meetings/{o}/participants/{ThirdId}", Links.Attendance(f, o, ThirdId));
        Assert.Equal($"/results/families/{f}?asAt=2025-03-31", Links.FamilyResults(f, new DateOnly(2025, 3, 31)));
        Assert.Equal("/results/claims?handler=Download", Links.Claims(handler: "Download"));
        Assert.Equal("/reports/impact/families?measure=families&asAt=2014-09-01", Links.ImpactFamilies(new ImpactCohort(new DateOnly(2014, 9, 1), null, null, null, null), ImpactMeasure.Families));
        Assert.Equal(
            $"/reports/impact/families?measure=families&asAt=2014-09-01&from=2013-04-01&to=2014-03-31&team={o}",
            Links.ImpactFamilies(new ImpactCohort(new DateOnly(2014, 9, 1), new DateOnly(2013, 4, 1), new DateOnly(2014, 3, 31), o, "North"), ImpactMeasure.Families));
        Assert.Equal("/conferences/pre-proceedings?handler=Csv", Links.PreProceedingsReport(handler: "Csv"));
        Assert.Equal(
            "/conferences/dashboard?From.Day=1&From.Month=4&From.Year=2025&To.Day=31&To.Month=3&To.Year=2026&handler=Csv",
            Links.ConferenceDashboard(handler: "Csv", from: new DateOnly(2025, 4, 1), to: new DateOnly(2026, 3, 31)));
        Assert.Equal("/family/invitation/abc-DEF_123/code", Links.FamilyViewCode("abc-DEF_123"));
        Assert.Equal("/family/sign-in?reason=signed-out", Links.FamilyViewSignIn(reason: "signed-out"));
        Assert.Equal("/family/language?culture=cy&returnUrl=%2Ffamily%2Fmeetings%3Fx%3D1", Links.FamilyViewLanguage("cy", "/family/meetings?x=1"));
    }

    [Fact]
    public void Absolute_IsTheConfiguredServiceAddress_NotTheRequestsHost()
    {
        Assert.Equal($"{ServiceUrl}/families/{FamilyId}/plan", Links.Absolute(Links.FamilyPlan(FamilyId)));
        Assert.Equal($"{ServiceUrl}/feedback/t0k3n", Links.Absolute(Links.Feedback("t0k3n")));
    }

    /// <summary>No page writes an address of its own: hrefs and redirects go through the link generator.</summary>
    [Fact]
    public void Pages_WriteNoAddressStrings()
    {
        var web = RepositoryFiles.PathOf("src", "FamilyFirst.Web");
        var markup = new Regex("""(href|action|formaction)="(/|@\(\$"/|@\$"/)""");
        var code = new Regex("""(Redirect|LocalRedirect|RedirectPermanent)\(\s*\$?@?"/|\$"/[a-z]|(?<![\w.])"/[a-z][a-z-]*(/|\?|")""");
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            offences.AddRange(Offences(web, file, markup));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cs", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(web, "Api"), "*.cs", SearchOption.AllDirectories)))
        {
            // A cookie's path and an endpoint's route template are not links.
            offences.AddRange(Offences(web, file, code).Where(o => !o.Contains("Path = \"/", StringComparison.Ordinal) && !o.Contains(".Map", StringComparison.Ordinal)));
        }

        Assert.True(offences.Count == 0, "Use FamilyFirstLinks (Links in views, this.Links() in page models) for:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void Pages_WriteNoAddressStrings_CatchesAHandWrittenLink()
    {
        var markup = new Regex("""(href|action|formaction)="(/|@\(\$"/|@\$"/)""");
        var code = new Regex("""(Redirect|LocalRedirect|RedirectPermanent)\(\s*\$?@?"/|\$"/[a-z]|(?<![\w.])"/[a-z][a-z-]*(/|\?|")""");

        Assert.Matches(markup, """<govuk-back-link href="/families/@Model.Family.Id" />""");
        Assert.Matches(markup, """<govuk-button href="@($"/families/new?enquiry={e.Id}")">""");
        Assert.Matches(code, """return Redirect($"/families/{id}/plan");""");
        Assert.Matches(code, """return Redirect("/family");""");
        Assert.Matches(code, """var signInLink = options.ServiceUrl.TrimEnd('/') + "/family";""");
        Assert.DoesNotMatch(markup, """<a class="govuk-link" href="@Links.Family(family.Id)">""");
        Assert.DoesNotMatch(code, """return Redirect(this.Links().FamilyPlan(id));""");
    }

    private static IEnumerable<string> Offences(string root, string file, Regex pattern) =>
        File.ReadLines(file)
            .Select((line, index) => (line, index))
            .Where(l => !l.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(root, file)}:{l.index + 1}: {l.line.Trim()}");

    private static object? Sample(ParameterInfo parameter, bool withOptional)
    {
        if (parameter.IsOptional && !withOptional)
        {
            return parameter.DefaultValue;
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type switch
        {
            _ when type == typeof(Guid) => parameter.Position switch { 0 => FamilyId, 1 => OtherId, _ => ThirdId },
            _ when type == typeof(int) => 2,
            _ when type == typeof(bool) => true,
            _ when type == typeof(DateOnly) => new DateOnly(2025, 3, 31),
            _ when type == typeof(string) => parameter.Name switch
            {
                "handler" => "Csv",
                "section" => "people",
                "returnUrl" => "/family",
                "ending" => "close",
                _ => "sample",
            },
            _ when type == typeof(ImpactCohort) => new ImpactCohort(new DateOnly(2025, 3, 31), null, null, OtherId, "Sample team"),
            { IsEnum: true } => Enum.GetValues(type).GetValue(0),
            _ => throw new InvalidOperationException($"No sample value for {parameter.Name} ({parameter.ParameterType})."),
        };
    }
}
