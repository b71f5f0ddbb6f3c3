using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Pages.Families;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>Allocation by managers, case notes with versions, consent, search, merge, chronology, My work and who has viewed.</summary>
public class CaseWorkTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task Allocate_ByTheTeamManager_MovesTheCase_AndKeepsTheHistory_ButAPractitionerCannot()
    {
        var team = await factory.CreateTeamAsync("Allocate team");
        var first = await factory.CreateStaffAsync("allocate.first@test.familyfirst.test", Roles.Practitioner, team);
        var second = await factory.CreateStaffAsync("allocate.second@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("allocate.manager@test.familyfirst.test", Roles.Manager, team);
        var family = await factory.CreateFamilyAsync("Allocate family", first, team);

        var practitioner = await factory.SignedInClientAsync("allocate.first@test.familyfirst.test");
        var practitionerForm = await practitioner.GetPageAsync($"/families/{family.Id}/allocate");
        Assert.Empty(practitionerForm.QuerySelectorAll("input[name=LeadPractitioner]"));
        var tokenForm = await practitioner.GetPageAsync("/families/new");
        var refused = await practitioner.PostFormAsync($"/families/{family.Id}/allocate", tokenForm, ("LeadPractitioner", $"{second:D}:{team:D}"));
        Assert.Contains("/access-denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var manager = await factory.SignedInClientAsync("allocate.manager@test.familyfirst.test");
        var form = await manager.GetPageAsync($"/families/{family.Id}/allocate");
        var response = await manager.PostFormAsync($"/families/{family.Id}/allocate", form, ("LeadPractitioner", $"{second:D}:{team:D}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await manager.GetPageAsync($"/families/{family.Id}");
        Assert.Equal("Allocate family has been allocated to Allocate Second", page.SuccessBanner());
        Assert.Equal("Allocate Second", page.SummaryValue("Lead practitioner"));
        var history = await manager.GetPageAsync($"/families/{family.Id}/allocate");
        Assert.Equal(3, history.QuerySelectorAll("table tr").Length); // a header and two allocations
    }

    [Fact]
    public async Task CaseNote_EditedTwice_KeepsEveryVersion()
    {
        var team = await factory.CreateTeamAsync("Notes team");
        var lead = await factory.CreateStaffAsync("notes.lead@test.familyfirst.test", Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync("Notes family", lead, team);
        var client = await factory.SignedInClientAsync("notes.lead@test.familyfirst.test");

        var form = await client.GetPageAsync($"/families/{family.Id}/notes/new");
        var empty = await (await client.PostFormAsync($"/families/{family.Id}/notes/new", form)).ReadPageAsync();
        empty.AssertFieldError("Type", "Select the type of contact");
        empty.AssertFieldError("OccurredOn", "Enter the date of the contact");
        empty.AssertFieldError("Text", "Enter the case note");

        var saved = await client.PostFormAsync($"/families/{family.Id}/notes/new", form, ("Type", "Visit"), ("OccurredOn.Day", "10"), ("OccurredOn.Month", "11"), ("OccurredOn.Year", "2026"), ("Text", "First words"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var noteId = await factory.WithDbAsync(db => db.CaseNotes.Where(n => n.FamilyCaseId == family.Id).Select(n => n.Id).SingleAsync());
        var notePage = await client.GetPageAsync($"/families/{family.Id}/notes/{noteId}");
        await client.PostFormAsync($"/families/{family.Id}/notes/{noteId}", notePage, ("Text", "Second words"));
        var unchanged = await (await client.PostFormAsync($"/families/{family.Id}/notes/{noteId}", notePage, ("Text", "Second words"))).ReadPageAsync();
        unchanged.AssertFieldError("Text", "The note has not been changed");

        var final = await client.GetPageAsync($"/families/{family.Id}/notes/{noteId}");
        Assert.Equal("2", final.SummaryValue("Versions"));
        Assert.Contains("First words", final.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Version 1 (original)", final.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FindsSoundAlikesAndIdentifiers_OnlyInFamiliesTheUserMaySee()
    {
        var north = await factory.CreateTeamAsync("Search north");
        var south = await factory.CreateTeamAsync("Search south");
        var lead = await factory.CreateStaffAsync("search.lead@test.familyfirst.test", Roles.Practitioner, north);
        var other = await factory.CreateStaffAsync("search.other@test.familyfirst.test", Roles.Practitioner, south);
        var visible = await factory.CreateFamilyAsync("Thompson family", lead, north, null, ("Stephen", "Thompson", new DateOnly(1984, 2, 9), FamilyRole.Parent));
        await factory.CreateFamilyAsync("Hidden Thompson family", other, south, null, ("Stephen", "Thompson", new DateOnly(1984, 2, 9), FamilyRole.Parent));
        var client = await factory.SignedInClientAsync("search.lead@test.familyfirst.test");

        var byName = await client.GetPageAsync("/families/search?q=Steven+Thompsen");
        var rows = byName.QuerySelectorAll("tbody tr");
        Assert.True(rows.Length == 1, byName.QuerySelector("main")!.TextContent);
        Assert.Contains("Stephen Thompson", rows[0].TextContent, StringComparison.Ordinal);

        var byReference = await client.GetPageAsync($"/families/search?q={visible.Reference.ToLowerInvariant()}");
        Assert.Contains("Thompson family", byReference.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var byDate = await client.GetPageAsync("/families/search?dob.Day=9&dob.Month=2&dob.Year=1984");
        Assert.Single(byDate.QuerySelectorAll("tbody tr"));

        var nothing = await client.GetPageAsync("/families/search?q=");
        Assert.Contains("Enter a name, reference, identifier, date of birth or postcode", string.Join(" ", nothing.ErrorSummary()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_OneWord_FindsFamilyAndGivenNames_CountsAndPagesThem_OnlyInFamiliesTheUserMaySee()
    {
        var north = await factory.CreateTeamAsync("One word north");
        var south = await factory.CreateTeamAsync("One word south");
        var lead = await factory.CreateStaffAsync("oneword.lead@test.familyfirst.test", Roles.Practitioner, north);
        var other = await factory.CreateStaffAsync("oneword.other@test.familyfirst.test", Roles.Practitioner, south);
        string[] given = ["Ada", "Ben", "Cara", "Dev", "Ella", "Finn", "Gita", "Hugo", "Iris", "Jon", "Kai", "Lena", "Max", "Nia", "Otto", "Pia", "Rhys", "Sian", "Tom", "Una", "Vic", "Wyn"];
        await factory.CreateFamilyAsync("Quarmby family", lead, north, null, given.Select(g => (g, "Quarmby", new DateOnly(1990, 1, 1), FamilyRole.Parent)).ToArray());
        await factory.CreateFamilyAsync("Price family", lead, north, null, ("Quarmby", "Price", new DateOnly(1991, 1, 1), FamilyRole.Parent));
        await factory.CreateFamilyAsync("Hidden Quarmby family", other, south, null, ("Zoe", "Quarmby", new DateOnly(1992, 1, 1), FamilyRole.Parent), ("Quarmby", "Hidden", new DateOnly(1993, 1, 1), FamilyRole.Parent));
        var client = await factory.SignedInClientAsync("oneword.lead@test.familyfirst.test");

        // Spelt differently; matches 22 by family name and 1 by given name, in the families the user may see.
        var first = await client.GetPageAsync("/families/search?q=Quarmbie");
        Assert.Equal("23 people found", first.QuerySelector("caption")!.TextContent.Trim());
        Assert.Equal(SearchModel.PageSize, first.QuerySelectorAll("tbody tr").Length);
        var second = await client.GetPageAsync("/families/search?q=Quarmbie&page=2");
        Assert.Equal(23 - SearchModel.PageSize, second.QuerySelectorAll("tbody tr").Length);
        var shown = string.Join(" ", new[] { first, second }.SelectMany(p => p.QuerySelectorAll("tbody tr")).Select(r => r.TextContent));
        Assert.Contains("Quarmby Price", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Zoe", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden", shown, StringComparison.Ordinal);
        Assert.All(given, g => Assert.Contains($"{g} Quarmby", shown, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_ByPostcode_FindsThePeopleLivingThere_OnlyInFamiliesTheUserMaySee()
    {
        var north = await factory.CreateTeamAsync("Postcode north");
        var south = await factory.CreateTeamAsync("Postcode south");
        var lead = await factory.CreateStaffAsync("postcode.lead@test.familyfirst.test", Roles.Practitioner, north);
        var other = await factory.CreateStaffAsync("postcode.other@test.familyfirst.test", Roles.Practitioner, south);
        var visible = await factory.CreateFamilyAsync("Visible postcode family", lead, north, null, ("Ada", "Ravensworth", new DateOnly(1990, 1, 1), FamilyRole.Parent), ("Ben", "Ravensworth", new DateOnly(1991, 1, 1), FamilyRole.Parent));
        var hidden = await factory.CreateFamilyAsync("Hidden postcode family", other, south, null, ("Cara", "Ravensworth", new DateOnly(1992, 1, 1), FamilyRole.Parent));
        await factory.WithDbAsync(async db =>
        {
            // Ada and Cara live at the postcode now; Ben moved out of it.
            foreach (var (family, index, leftOn) in new[] { (visible, 0, (DateOnly?)null), (visible, 1, new DateOnly(2026, 6, 1)), (hidden, 0, null) })
            {
                var household = Household.Create(family.Id, Address.Create("1 Test Road", null, "Northmoor", null, "NM7 3QT").Value!);
                db.Households.Add(household);
                var person = await db.People.SingleAsync(p => p.Id == family.Members[index].PersonId);
                Assert.True(person.MoveInto(household.Id, new DateOnly(2026, 1, 1)).Succeeded);
                if (leftOn is { } left)
                {
                    Assert.True(person.MoveOut(left).Succeeded);
                }
            }

            await db.SaveChangesAsync();
            return true;
        });
        var client = await factory.SignedInClientAsync("postcode.lead@test.familyfirst.test");

        var page = await client.GetPageAsync("/families/search?postcode=nm73qt");
        var rows = page.QuerySelectorAll("tbody tr");
        Assert.True(rows.Length == 1, page.QuerySelector("main")!.TextContent);
        Assert.Contains("Ada Ravensworth", rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_ByAManager_MovesTheDuplicatesFamilyAndConsent_AndKeepsTheDuplicateRecord()
    {
        var team = await factory.CreateTeamAsync("Merge team");
        var lead = await factory.CreateStaffAsync("merge.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("merge.manager@test.familyfirst.test", [Roles.Manager], [team]);
        var keptFamily = await factory.CreateFamilyAsync("Kept family", lead, team, null, ("Mo", "Farah", new DateOnly(1990, 1, 1), FamilyRole.Parent));
        var dupFamily = await factory.CreateFamilyAsync("Duplicate family", lead, team, null, ("Mohamed", "Farah", new DateOnly(1990, 1, 1), FamilyRole.Parent));
        var keptId = keptFamily.Members[0].PersonId;
        var duplicateId = dupFamily.Members[0].PersonId;
        var duplicateReference = await factory.WithDbAsync(async db =>
        {
            db.Consents.Add(Consent.Record(dupFamily.Id, duplicateId, ConsentType.WorkingWithService, null, new DateOnly(2026, 1, 1), ConsentMethod.Written, lead, new DateOnly(2026, 11, 1), FamilyTestData.Now).Value!);
            await db.SaveChangesAsync();
            return await db.People.Where(p => p.Id == duplicateId).Select(p => p.Reference).SingleAsync();
        });

        var practitioner = await factory.SignedInClientAsync("merge.lead@test.familyfirst.test");
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.GetAsync($"/families/{keptFamily.Id}/people/{keptId}/merge")).StatusCode);

        var manager = await factory.SignedInClientAsync("merge.manager@test.familyfirst.test");
        var form = await manager.GetPageAsync($"/families/{keptFamily.Id}/people/{keptId}/merge");
        var preview = await (await manager.PostFormAsync($"/families/{keptFamily.Id}/people/{keptId}/merge", form, ("DuplicateReference", duplicateReference), ("Reason", "Same person, Mo is short for Mohamed"))).ReadPageAsync();
        Assert.Contains("1 consent moved", preview.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PersonMerges.CountAsync()));

        var merged = await manager.PostFormAsync($"/families/{keptFamily.Id}/people/{keptId}/merge", preview, ("DuplicateReference", duplicateReference), ("Reason", "Same person, Mo is short for Mohamed"), ("Confirm", "true"));

        Assert.Equal($"/families/{keptFamily.Id}/people/{keptId}", merged.Headers.Location?.OriginalString);
        await factory.WithDbAsync(async db =>
        {
            var duplicate = await db.People.SingleAsync(p => p.Id == duplicateId);
            Assert.Equal(keptId, duplicate.MergedIntoPersonId);
            Assert.Equal(keptId, (await db.Consents.SingleAsync(c => c.FamilyCaseId == dupFamily.Id)).PersonId);
            Assert.True((await db.FamilyCases.SingleAsync(f => f.Id == dupFamily.Id)).HasMember(keptId));
            Assert.Equal("Same person, Mo is short for Mohamed", (await db.PersonMerges.SingleAsync()).Reason);
            return true;
        });
    }

    [Fact]
    public async Task Merge_MovesTheDuplicatesPartnerData_AndLeavesARowWhoseKeyTheKeptPersonHolds()
    {
        var team = await factory.CreateTeamAsync("Merge data team");
        var lead = await factory.CreateStaffAsync("merge.data.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("merge.data.manager@test.familyfirst.test", [Roles.Manager], [team]);
        var keptFamily = await factory.CreateFamilyAsync("Kept data family", lead, team, null, ("Ana", "Lopes", new DateOnly(2008, 2, 2), FamilyRole.ChildOrYoungPerson));
        var dupFamily = await factory.CreateFamilyAsync("Duplicate data family", lead, team, null, ("Anna", "Lopes", new DateOnly(2008, 2, 2), FamilyRole.ChildOrYoungPerson));
        var keptId = keptFamily.Members[0].PersonId;
        var duplicateId = dupFamily.Members[0].PersonId;
        var run = Guid.NewGuid();
        AttendanceRecord Term(Guid person, string start, int unauthorised) => new()
        {
            PersonId = person, RecordKey = start, ImportRunId = run, TermStart = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            TermEnd = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture).AddDays(80), PossibleSessions = 120, UnauthorisedAbsenceSessions = unauthorised,
        };
        var keptTerm = Term(keptId, "2013-01-07", 10);
        var clashingTerm = Term(duplicateId, "2013-01-07", 30);
        var movingTerm = Term(duplicateId, "2013-04-15", 5);
        var offence = new OffenceRecord { PersonId = duplicateId, RecordKey = "2013-02-01|THEFT", ImportRunId = run, OffenceDate = new DateOnly(2013, 2, 1), OffenceType = "Theft" };
        var job = new EmploymentSpellRecord { PersonId = duplicateId, RecordKey = "2013-03-01", ImportRunId = run, StartDate = new DateOnly(2013, 3, 1) };
        var duplicateReference = await factory.WithDbAsync(async db =>
        {
            db.AttendanceRecords.AddRange(keptTerm, clashingTerm, movingTerm);
            db.OffenceRecords.Add(offence);
            db.EmploymentSpellRecords.Add(job);
            await db.SaveChangesAsync();
            return await db.People.Where(p => p.Id == duplicateId).Select(p => p.Reference).SingleAsync();
        });

        var manager = await factory.SignedInClientAsync("merge.data.manager@test.familyfirst.test");
        var path = $"/families/{keptFamily.Id}/people/{keptId}/merge";
        var form = await manager.GetPageAsync(path);
        var preview = await (await manager.PostFormAsync(path, form, ("DuplicateReference", duplicateReference), ("Reason", "Same girl, name spelt two ways"))).ReadPageAsync();
        var shown = preview.QuerySelector("main")!.TextContent;
        Assert.Contains("3 partner data records moved (attendance 1, employment 1, offences 1)", shown, StringComparison.Ordinal);
        Assert.Contains("1 partner data record left on the duplicate record (attendance 1)", shown, StringComparison.Ordinal);
        Assert.Equal(duplicateId, await factory.WithDbAsync(db => db.AttendanceRecords.Where(r => r.Id == movingTerm.Id).Select(r => r.PersonId).SingleAsync()));

        var merged = await manager.PostFormAsync(path, preview, ("DuplicateReference", duplicateReference), ("Reason", "Same girl, name spelt two ways"), ("Confirm", "true"));

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(keptId, (await db.AttendanceRecords.SingleAsync(r => r.Id == movingTerm.Id)).PersonId);
            Assert.Equal(keptId, (await db.OffenceRecords.SingleAsync(r => r.Id == offence.Id)).PersonId);
            Assert.Equal(keptId, (await db.EmploymentSpellRecords.SingleAsync(r => r.Id == job.Id)).PersonId);
            var clash = await db.AttendanceRecords.SingleAsync(r => r.Id == clashingTerm.Id);
            Assert.Equal((duplicateId, 30), (clash.PersonId, clash.UnauthorisedAbsenceSessions));
            Assert.Equal(10, (await db.AttendanceRecords.SingleAsync(r => r.Id == keptTerm.Id)).UnauthorisedAbsenceSessions);
            var record = await db.PersonMerges.SingleAsync(m => m.DuplicatePersonId == duplicateId);
            Assert.Contains(movingTerm.Id, record.MovedRecordIds);
            Assert.Contains(offence.Id, record.MovedRecordIds);
            Assert.DoesNotContain(clashingTerm.Id, record.MovedRecordIds);
            Assert.Contains("3 partner data records moved", record.WhatMoved, StringComparison.Ordinal);
            return true;
        });
    }

    [Fact]
    public async Task ConsentChronologyMyWorkAndViewers_ShowWhatHappened()
    {
        var team = await factory.CreateTeamAsync("Record team");
        var lead = await factory.CreateStaffAsync("record.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("record.manager@test.familyfirst.test", Roles.Manager, team);
        var family = await factory.CreateFamilyAsync("Record family", lead, team, null, ("Zoe", "Record", new DateOnly(1988, 4, 4), FamilyRole.Parent));
        var client = await factory.SignedInClientAsync("record.lead@test.familyfirst.test");

        var form = await client.GetPageAsync($"/families/{family.Id}/consent");
        var agencyMissing = await (await client.PostFormAsync($"/families/{family.Id}/consent", form, ("PersonId", family.Members[0].PersonId.ToString()), ("Type", "SharingWithAgency"), ("GivenOn.Day", "1"), ("GivenOn.Month", "11"), ("GivenOn.Year", "2026"), ("Method", "Written"))).ReadPageAsync();
        agencyMissing.AssertFieldError("AgencyName", "Enter the name of the agency information may be shared with");
        var recorded = await client.PostFormAsync($"/families/{family.Id}/consent", form, ("PersonId", family.Members[0].PersonId.ToString()), ("Type", "WorkingWithService"), ("GivenOn.Day", "1"), ("GivenOn.Month", "11"), ("GivenOn.Year", "2026"), ("Method", "Verbal"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var consentId = await factory.WithDbAsync(db => db.Consents.Where(c => c.FamilyCaseId == family.Id).Select(c => c.Id).SingleAsync());
        var withdrawForm = await client.GetPageAsync($"/families/{family.Id}/consent/{consentId}/withdraw");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/families/{family.Id}/consent/{consentId}/withdraw", withdrawForm, ("WithdrawnOn.Day", "5"), ("WithdrawnOn.Month", "11"), ("WithdrawnOn.Year", "2026"), ("Reason", "Moved away"))).StatusCode);

        var chronology = await client.GetPageAsync($"/families/{family.Id}/chronology?type=Consent");
        Assert.Equal(3, chronology.QuerySelectorAll("tr").Length); // header, given, withdrawn
        var myWork = await client.GetPageAsync("/my-work");
        Assert.Contains("Record consent to work with the service", myWork.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var manager = await factory.SignedInClientAsync("record.manager@test.familyfirst.test");
        var viewers = await manager.GetPageAsync($"/families/{family.Id}/viewers");
        Assert.Contains("Record Lead", viewers.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/families/{family.Id}/viewers")).StatusCode);
    }

    [Fact]
    public async Task FamiliesList_SecondPage_ShowsTheNextFamilies()
    {
        var team = await factory.CreateTeamAsync("Families pages team");
        var lead = await factory.CreateStaffAsync("families.pages@test.familyfirst.test", Roles.Practitioner, team);
        for (var i = 0; i < 27; i++)
        {
            await factory.CreateFamilyAsync($"Paged {i:00} family", lead, team);
        }

        var client = await factory.SignedInClientAsync("families.pages@test.familyfirst.test");
        static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

        var first = await client.GetPageAsync("/families");
        var second = await client.GetPageAsync(first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!);

        Assert.Equal([.. Enumerable.Range(0, 25).Select(i => $"Paged {i:00} family")], Names(first));
        Assert.Equal(["Paged 25 family", "Paged 26 family"], Names(second));
    }
}
