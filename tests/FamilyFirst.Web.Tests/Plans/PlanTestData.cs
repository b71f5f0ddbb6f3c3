using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Plans;

/// <summary>A team with a practitioner and a manager, a family with two parents and a child, and form helpers for the plan pages.</summary>
public sealed record PlanTeam(Guid TeamId, string Practitioner, Guid PractitionerId, string Manager, Guid ManagerId, FamilyCase Family)
{
    public string PlanPath => $"/families/{Family.Id}/plan";

    public static async Task<PlanTeam> CreateAsync(FamilyFirstFactory factory, string name)
    {
        var slug = name.ToLowerInvariant().Replace(' ', '.');
        var team = await factory.CreateTeamAsync($"{name} team");
        var practitioner = $"{slug}.practitioner@test.familyfirst.test";
        var manager = $"{slug}.manager@test.familyfirst.test";
        var practitionerId = await factory.CreateStaffAsync(practitioner, Roles.Practitioner, team);
        var managerId = await factory.CreateStaffAsync(manager, Roles.Manager, team);
        var family = await factory.CreateFamilyAsync(
            $"{name} family",
            practitionerId,
            team,
            null,
            ("Dana", name, new DateOnly(1990, 4, 1), FamilyRole.Parent),
            ("Lee", name, new DateOnly(1988, 6, 2), FamilyRole.Parent),
            ("Kai", name, new DateOnly(2016, 9, 3), FamilyRole.ChildOrYoungPerson));
        return new PlanTeam(team, practitioner, practitionerId, manager, managerId, family);
    }
}

public static class PlanForms
{
    /// <summary>Asserts the post redirected (post/redirect/get); otherwise fails with the page's error summary.</summary>
    public static async Task<HttpResponseMessage> Redirected(this Task<HttpResponseMessage> posting)
    {
        var response = await posting;
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            var html = await response.Content.ReadAsStringAsync();
            var page = HtmlAssertions.Parse(html);
            await File.WriteAllTextAsync("/tmp/plans-failed-page.html", html);
            Assert.Fail($"Expected a redirect, got {(int)response.StatusCode}: {string.Join(" | ", page.ErrorSummary())}");
        }

        return response;
    }

    public static string Revision(this IDocument page) =>
        page.QuerySelectorAll<IHtmlInputElement>("main form input[name=Revision]").First().Value;

    /// <summary>The value of the first radio or checkbox whose label starts with the text.</summary>
    public static string ChoiceValue(this IDocument page, string name, string labelStartsWith)
    {
        foreach (var input in page.QuerySelectorAll<IHtmlInputElement>($"input[name='{name}']"))
        {
            var label = page.QuerySelector($"label[for='{input.Id}']")?.TextContent.Trim() ?? string.Empty;
            if (label.StartsWith(labelStartsWith, StringComparison.Ordinal))
            {
                return input.Value;
            }
        }

        throw new InvalidOperationException($"No {name} choice labelled {labelStartsWith}");
    }

    public static (string, string)[] Date(string name, DateOnly date) =>
        [($"{name}.Day", date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)), ($"{name}.Month", date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)), ($"{name}.Year", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static async Task<IDocument> CreatePlanAsync(this HttpClient client, string planPath)
    {
        var page = await client.GetPageAsync(planPath);
        var response = await client.PostFormAsync($"{planPath}?handler=Create", page);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(planPath);
    }

    public static async Task<HttpResponseMessage> AddActionAsync(this HttpClient client, string planPath, string what, string ownerLabel = "Dana", string? bottomLineId = null)
    {
        var form = await client.GetPageAsync($"{planPath}/actions");
        var values = new List<(string, string)>
        {
            ("Revision", form.Revision()),
            ("Input.What", what),
            ("Input.Owner", form.ChoiceValue("Input.Owner", ownerLabel)),
            ("Input.WhoChecks", "Sam the social worker"),
            ("Input.AddressesBottomLine", bottomLineId ?? string.Empty),
        };
        values.AddRange(Date("Input.ByWhen", new DateOnly(2027, 1, 15)));
        return await client.PostFormAsync($"{planPath}/actions", form, values.ToArray());
    }

    public static async Task<HttpResponseMessage> SaveDetailsAsync(this HttpClient client, string planPath, string contingency)
    {
        var form = await client.GetPageAsync($"{planPath}/details");
        var values = new List<(string, string)>
        {
            ("Revision", form.Revision()),
            ("Input.ContingencyPlan", contingency),
            ("Input.ResourcesAskedOfAgencies", "A family hub place for Kai"),
            ("Input.PlanLead", form.ChoiceValue("Input.PlanLead", "Dana")),
            ("Input.ReviewArrangements", "A meeting at Nan's house"),
        };
        values.AddRange(Date("Input.ReviewBy", new DateOnly(2027, 3, 1)));
        return await client.PostFormAsync($"{planPath}/details", form, values.ToArray());
    }

    public static async Task<HttpResponseMessage> AgreeAsync(this HttpClient client, string planPath, string? reason = null)
    {
        var form = await client.GetPageAsync($"{planPath}/agree");
        var values = new List<(string, string)>
        {
            ("Revision", form.Revision()),
            ("AgreedBy", form.ChoiceValue("AgreedBy", "Dana")),
            ("AgreedBy", form.ChoiceValue("AgreedBy", "Lee")),
            ("Decision", "Agreed: the plan keeps Kai safe"),
        };
        if (reason is not null)
        {
            // The reason is how the plan meets each bottom line no action addresses.
            foreach (var line in form.QuerySelectorAll("input[name$='.BottomLineId']"))
            {
                var name = line.GetAttribute("name")!;
                values.Add((name, line.GetAttribute("value")!));
                values.Add((name.Replace(".BottomLineId", ".How", StringComparison.Ordinal), reason));
            }
        }

        return await client.PostFormAsync($"{planPath}/agree", form, values.ToArray());
    }
}
