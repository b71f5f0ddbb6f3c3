using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Tests.Enquiries;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Training;

/// <summary>
/// Consultancy pieces of work: recorded directly or from an enquiry in one step, changed, sessions recorded and
/// closed with the outcome; each form's bad input (errors shown, nothing changed), the list's filter, paging and
/// empty state, the audit, the reach counts, and every other role refused. The clock stands at 5 January 2026.
/// </summary>
public class ConsultancyPagesTests(TrainingClockFactory factory) : IClassFixture<TrainingClockFactory>
{
    private async Task<HttpClient> SignedInAsync(string email, params string[] roles)
    {
        await factory.CreateUserAsync(email, roles);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<HttpClient> TrainerAsync(string name) => await SignedInAsync($"{name}@example.gov.uk", Roles.Trainer);

    private static async Task<IHtmlDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    /// <summary>Records a school's piece of work through the page; returns its id.</summary>
    private static async Task<Guid> NewPieceAsync(HttpClient trainer, string school, string aims = "")
    {
        var form = await trainer.GetPageAsync("/training/consultancy/new");
        var trainerId = form.QuerySelector<IHtmlSelectElement>("#LeadTrainerId")!.Value!;
        var added = await trainer.PostFormAsync("/training/consultancy/new", form,
            ("Kind", "PartnerAgency"), ("OrganisationType", "School"), ("OrganisationName", school), ("ContactName", "Dana Head"),
            ("ContactEmail", "dana@school.example.org"), ("WhatWasAsked", "Help with restorative conversations"), ("Aims", aims), ("LeadTrainerId", trainerId));
        Assert.Equal($"Consultancy for {school} (School or education) recorded", (await FollowAsync(trainer, added)).SuccessBanner());
        return Guid.Parse(added.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private Task<ConsultancyPiece> PieceAsync(Guid id) =>
        factory.WithDbAsync(db => db.ConsultancyPieces.AsNoTracking().Include(p => p.Aims).Include(p => p.Sessions).SingleAsync(p => p.Id == id));

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Practitioner)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Administrator)]
    public async Task StaffWithoutTheTrainerRole_AreRefusedEveryConsultancyPage_AndEveryChange(string role)
    {
        var trainer = await TrainerAsync($"consultancy.refusal.{role.ToLowerInvariant()}");
        var pieceId = await NewPieceAsync(trainer, $"Refusal school {role}", "An aim");
        var other = await SignedInAsync($"consultancy.refused.{role.ToLowerInvariant()}@example.gov.uk", role);

        foreach (var url in new[] { "/training/consultancy", "/training/consultancy/new", $"/training/consultancy/{pieceId}", $"/training/consultancy/{pieceId}/edit", $"/training/consultancy/{pieceId}/sessions/new", $"/training/consultancy/{pieceId}/close" })
        {
            var response = await other.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(response.Headers.Location)).StatusCode);
        }

        var token = (await other.GetPageAsync("/")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        foreach (var url in new[] { "/training/consultancy/new", $"/training/consultancy/{pieceId}/edit", $"/training/consultancy/{pieceId}/sessions/new", $"/training/consultancy/{pieceId}/close" })
        {
            var response = await other.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Outcome", "Done"), new("Results[0]", "Met")]));
            Assert.Contains("/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var piece = await PieceAsync(pieceId);
        Assert.Equal((ConsultancyStatus.Agreed, 0), (piece.Status, piece.Sessions.Count));
    }

    [Fact]
    public async Task AConsultancyEnquiry_BecomesAPieceOfWorkInOneStep_WithTheEnquirersDetailsCarriedOver_Once()
    {
        var trainer = await TrainerAsync("consultancy.from.enquiry");
        var (enquiryId, reference) = await factory.AddAsync(EnquiryType.TrainingOrConsultancy, TrainingClockFactory.Start.AddDays(-1), "the pastoral team");

        var enquiry = await trainer.GetPageAsync($"/enquiries/{enquiryId}");
        var link = enquiry.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Record as consultancy").GetAttribute("href")!;
        var form = await trainer.GetPageAsync(link);
        Assert.Equal($"From enquiry {reference}", form.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.Equal("Seed Contact", form.QuerySelector<IHtmlInputElement>("#ContactName")!.Value);
        Assert.Equal("seed@example.com", form.QuerySelector<IHtmlInputElement>("#ContactEmail")!.Value);
        Assert.Equal("Seed School", form.QuerySelector<IHtmlInputElement>("#OrganisationName")!.Value);
        Assert.Equal("Training for the pastoral team", form.QuerySelector<IHtmlTextAreaElement>("#WhatWasAsked")!.Value);
        Assert.True(form.QuerySelector<IHtmlInputElement>("input[name=Kind][value=PartnerAgency]")!.IsChecked);
        var trainerId = form.QuerySelector<IHtmlSelectElement>("#LeadTrainerId")!.Value!;

        var fields = new (string Name, string Value)[]
        {
            ("Kind", "PartnerAgency"), ("OrganisationType", "School"), ("OrganisationName", "Seed School"), ("ContactName", "Seed Contact"),
            ("ContactEmail", "seed@example.com"), ("WhatWasAsked", "Training for the pastoral team"), ("Aims", string.Empty), ("LeadTrainerId", trainerId),
        };
        var added = await trainer.PostFormAsync(link, form, fields);
        var page = await FollowAsync(trainer, added);

        Assert.Equal("Consultancy for Seed School (School or education) recorded", page.SuccessBanner());
        Assert.Equal("Requested", page.SummaryValue("Status"));
        Assert.Equal(reference, page.SummaryValue("From enquiry"));
        var answered = await trainer.GetPageAsync($"/enquiries/{enquiryId}");
        Assert.Equal("Accepted", answered.SummaryValue("Status"));
        Assert.Contains("Recorded as consultancy: Seed School (School or education)", answered.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ConsultancyPieces.CountAsync(p => p.EnquiryId == enquiryId)));

        var again = await trainer.GetPageAsync(link);
        var refused = await (await trainer.PostFormAsync(link, again, fields)).ReadPageAsync();
        Assert.Contains("This enquiry is already accepted: reopen it to record consultancy from it", refused.ErrorSummary());
        Assert.Equal(1, await factory.WithDbAsync(db => db.ConsultancyPieces.CountAsync(p => p.EnquiryId == enquiryId)));
    }

    [Fact]
    public async Task AManager_SeesAConsultancyEnquiry_ButIsNotOfferedToRecordIt()
    {
        var (enquiryId, _) = await factory.AddAsync(EnquiryType.TrainingOrConsultancy, TrainingClockFactory.Start.AddDays(-1), "manager consultancy view");
        var manager = await SignedInAsync("consultancy.manager@example.gov.uk", Roles.Manager);

        var enquiry = await manager.GetPageAsync($"/enquiries/{enquiryId}");

        Assert.DoesNotContain(enquiry.QuerySelectorAll("main a"), a => a.TextContent.Trim() == "Record as consultancy");
        var response = await manager.GetAsync($"/training/consultancy/new?enquiryId={enquiryId}");
        Assert.Contains("/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPiece_BadInput_ShowsGovUkErrors_AndRecordsNothing()
    {
        var trainer = await TrainerAsync("consultancy.new.errors");
        var form = await trainer.GetPageAsync("/training/consultancy/new");
        var trainerId = form.QuerySelector<IHtmlSelectElement>("#LeadTrainerId")!.Value!;

        var empty = await (await trainer.PostFormAsync("/training/consultancy/new", form, ("ContactEmail", "not an email"), ("LeadTrainerId", "someone-else"))).ReadPageAsync();
        empty.AssertFieldError("Kind", "Select whether a council team or a partner organisation asked");
        empty.AssertFieldError("ContactName", "Enter the name of the person to contact");
        empty.AssertFieldError("ContactEmail", "Enter an email address in the correct format, like name@example.com");
        empty.AssertFieldError("WhatWasAsked", "Enter what they asked for");
        empty.AssertFieldError("LeadTrainerId", "Select the lead trainer");

        var partner = await (await trainer.PostFormAsync("/training/consultancy/new", form,
            ("Kind", "PartnerAgency"), ("ContactName", "Errors Contact"), ("ContactEmail", "errors@example.org"), ("WhatWasAsked", "Help"), ("LeadTrainerId", trainerId),
            ("Aims", string.Join('\n', Enumerable.Range(1, 9).Select(i => $"Aim {i}"))))).ReadPageAsync();
        partner.AssertFieldError("OrganisationType", "Select the kind of organisation that asked");
        partner.AssertFieldError("OrganisationName", "Enter the name of the organisation that asked");
        partner.AssertFieldError("Aims", "A piece of work can have up to 8 aims");

        var team = await (await trainer.PostFormAsync("/training/consultancy/new", form,
            ("Kind", "CouncilStaff"), ("TeamId", Guid.NewGuid().ToString()), ("ContactName", "Errors Contact"), ("ContactEmail", "errors@example.org"), ("WhatWasAsked", "Help"), ("LeadTrainerId", trainerId))).ReadPageAsync();
        team.AssertFieldError("TeamId", "Select the team that asked");

        Assert.False(await factory.WithDbAsync(db => db.ConsultancyPieces.AnyAsync(p => p.ContactName == "Errors Contact")));
    }

    [Fact]
    public async Task EditPiece_BadInput_ChangesNothing_ThenAgreesTheAims()
    {
        var trainer = await TrainerAsync("consultancy.editor");
        var pieceId = await NewPieceAsync(trainer, "Edit school");
        var url = $"/training/consultancy/{pieceId}/edit";
        var form = await trainer.GetPageAsync(url);
        Assert.Equal("Dana Head", form.QuerySelector<IHtmlInputElement>("#ContactName")!.Value);
        var trainerId = form.QuerySelector<IHtmlSelectElement>("#LeadTrainerId")!.Value!;

        var bad = await (await trainer.PostFormAsync(url, form,
            ("Kind", "PartnerAgency"), ("OrganisationType", "School"), ("OrganisationName", "Edit school"), ("ContactName", " "),
            ("ContactEmail", "dana@school.example.org"), ("WhatWasAsked", "Help"), ("Aims", new string('a', 301)), ("LeadTrainerId", trainerId))).ReadPageAsync();
        bad.AssertFieldError("ContactName", "Enter the name of the person to contact");
        bad.AssertFieldError("Aims", "Each aim must be 300 characters or less");
        Assert.Equal((ConsultancyStatus.Requested, "Dana Head"), ((await PieceAsync(pieceId)).Status, (await PieceAsync(pieceId)).ContactName));

        var agreed = await FollowAsync(trainer, await trainer.PostFormAsync(url, form,
            ("Kind", "PartnerAgency"), ("OrganisationType", "School"), ("OrganisationName", "Edit school"), ("ContactName", "Dana Head"),
            ("ContactEmail", "dana@school.example.org"), ("WhatWasAsked", "Help"), ("Aims", "Staff use the restorative questions\n\nCircles in tutor time"), ("LeadTrainerId", trainerId)));

        Assert.Equal("Aims agreed", agreed.SuccessBanner());
        Assert.Equal("Aims agreed", agreed.SummaryValue("Status"));
        Assert.Equal(["1. Staff use the restorative questions", "2. Circles in tutor time"], agreed.QuerySelectorAll("#consultancy-aims tbody tr td:first-child").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task AddSession_BadInput_RecordsNothing_ThenTheSessionIsRecorded_AndAudited()
    {
        var trainer = await TrainerAsync("consultancy.sessions");
        var pieceId = await NewPieceAsync(trainer, "Session school", "An aim");
        var url = $"/training/consultancy/{pieceId}/sessions/new";
        var form = await trainer.GetPageAsync(url);

        var empty = await (await trainer.PostFormAsync(url, form)).ReadPageAsync();
        empty.AssertFieldError("HeldOn", "Enter the date of the session");
        empty.AssertFieldError("Hours", "Enter how long the session lasted, in hours");
        empty.AssertFieldError("Attendees", "Enter how many people attended");

        var notNumbers = await (await trainer.PostFormAsync(url, form, ("HeldOn.Day", "5"), ("HeldOn.Month", "1"), ("HeldOn.Year", "2026"), ("Hours", "an hour"), ("Attendees", "some"), ("WhoAttended", "Staff"))).ReadPageAsync();
        notNumbers.AssertFieldError("Hours", "Length must be a number of hours, like 1.5");
        notNumbers.AssertFieldError("Attendees", "Number of people must be a whole number, like 8");

        var tomorrow = await (await trainer.PostFormAsync(url, form, ("HeldOn.Day", "6"), ("HeldOn.Month", "1"), ("HeldOn.Year", "2026"), ("Hours", "1.5"), ("Attendees", "7"), ("WhoAttended", "Staff"))).ReadPageAsync();
        tomorrow.AssertFieldError("HeldOn", "Date of the session must be today or in the past");

        var beforeAsked = await (await trainer.PostFormAsync(url, form, ("HeldOn.Day", "4"), ("HeldOn.Month", "1"), ("HeldOn.Year", "2026"), ("Hours", "1.5"), ("Attendees", "7"), ("WhoAttended", "Staff"))).ReadPageAsync();
        beforeAsked.AssertFieldError("HeldOn", "Date of the session must be on or after 5 January 2026, when the work was asked for");

        var nobody = await (await trainer.PostFormAsync(url, form, ("HeldOn.Day", "5"), ("HeldOn.Month", "1"), ("HeldOn.Year", "2026"), ("Hours", "1.5"), ("Attendees", "0"), ("WhoAttended", " "))).ReadPageAsync();
        nobody.AssertFieldError("Attendees", "Number of people must be between 1 and 500");
        Assert.Empty((await PieceAsync(pieceId)).Sessions);

        var recorded = await FollowAsync(trainer, await trainer.PostFormAsync(url, form,
            ("HeldOn.Day", "5"), ("HeldOn.Month", "1"), ("HeldOn.Year", "2026"), ("Hours", "1.5"), ("Attendees", "7"), ("WhoAttended", "Head and 6 pastoral staff"), ("Notes", "Mapped conflict")));

        Assert.Equal("Session on 5 January 2026 recorded", recorded.SuccessBanner());
        Assert.Equal("In progress", recorded.SummaryValue("Status"));
        Assert.Contains("7: Head and 6 pastoral staff", recorded.QuerySelector("#consultancy-sessions")!.TextContent, StringComparison.Ordinal);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.RecordType == "Consultancy" && a.RecordId == pieceId.ToString()).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditAction.Create);
        Assert.Contains(audit, a => a.Action == AuditAction.Change && a.Detail == "Session recorded (5 January 2026, 7 attended)");
        Assert.Contains(audit, a => a.Action == AuditAction.View && a.Detail == "Viewed, with the contact's details");
    }

    [Fact]
    public async Task Close_BadInput_ChangesNothing_ThenClosesWithTheOutcome_AndTakesNoMoreSessions()
    {
        var trainer = await TrainerAsync("consultancy.closer");
        var pieceId = await NewPieceAsync(trainer, "Closing school", "Staff use the restorative questions\nCircles in tutor time");
        var url = $"/training/consultancy/{pieceId}/close";
        var form = await trainer.GetPageAsync(url);

        var empty = await (await trainer.PostFormAsync(url, form, ("Results[1]", "Met"))).ReadPageAsync();
        Assert.Equal(
            ["Enter the outcome of the piece of work", "Select whether aim 1 was met: Staff use the restorative questions"],
            empty.ErrorSummary().Order(StringComparer.Ordinal));
        empty.AssertFieldError("Outcome", "Enter the outcome of the piece of work");
        var tooLong = await (await trainer.PostFormAsync(url, form, ("Results[0]", "Met"), ("Results[1]", "Met"), ("Outcome", new string('o', 2001)))).ReadPageAsync();
        tooLong.AssertFieldError("Outcome", "Outcome must be 2,000 characters or less");
        Assert.Equal(ConsultancyStatus.Agreed, (await PieceAsync(pieceId)).Status);

        var closed = await FollowAsync(trainer, await trainer.PostFormAsync(url, form, ("Results[0]", "Met"), ("Results[1]", "PartlyMet"), ("Outcome", "Circles run in most tutor groups")));

        Assert.Equal("Consultancy for Closing school (School or education) closed", closed.SuccessBanner());
        Assert.Equal("Closed", closed.SummaryValue("Status"));
        Assert.Equal("Circles run in most tutor groups", closed.GetElementById("consultancy-outcome")!.TextContent.Trim());
        Assert.Equal(["Met", "Partly met"], closed.QuerySelectorAll("#consultancy-aims tbody tr td:last-child").Select(td => td.TextContent.Trim()));
        Assert.DoesNotContain(closed.QuerySelectorAll("main a"), a => a.TextContent.Trim() is "Record a session" or "Close with the outcome");

        var sessionForm = await trainer.GetAsync($"/training/consultancy/{pieceId}/sessions/new");
        Assert.Equal(HttpStatusCode.Redirect, sessionForm.StatusCode);
        var refused = await (await trainer.PostFormAsync($"/training/consultancy/{pieceId}/sessions/new", form,
            ("HeldOn.Day", "5"), ("HeldOn.Month", "1"), ("HeldOn.Year", "2026"), ("Hours", "1"), ("Attendees", "3"), ("WhoAttended", "Staff"))).ReadPageAsync();
        Assert.Contains("This piece of work is closed, so no more sessions can be recorded", refused.ErrorSummary());
        Assert.Empty((await PieceAsync(pieceId)).Sessions);

        var list = await trainer.GetPageAsync("/training/consultancy?show=closed");
        Assert.Contains(list.QuerySelectorAll("#consultancy-list a"), a => a.TextContent.Trim() == "Closing school (School or education)");
        Assert.DoesNotContain((await trainer.GetPageAsync("/training/consultancy")).QuerySelectorAll("#consultancy-list a"), a => a.TextContent.Trim() == "Closing school (School or education)");
    }

    [Fact]
    public async Task Close_WithNoAimsAgreed_SaysToAgreeThemFirst()
    {
        var trainer = await TrainerAsync("consultancy.no.aims");
        var pieceId = await NewPieceAsync(trainer, "No aims school");

        var page = await trainer.GetPageAsync($"/training/consultancy/{pieceId}/close");

        Assert.NotNull(page.GetElementById("no-aims"));
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task TheList_HasAnEmptyState_PagesTwentyAtATime_OpenFirst_AndTheReachCountsConsultancy()
    {
        using var own = new TrainingClockFactory();
        await own.CreateUserAsync("consultancy.lister@example.gov.uk", Roles.Trainer);
        var trainer = own.CreateBrowserlessClient();
        await trainer.SignInAsync("consultancy.lister@example.gov.uk");

        var empty = await trainer.GetPageAsync("/training/consultancy");
        Assert.NotNull(empty.GetElementById("no-consultancy"));
        Assert.NotNull((await trainer.GetPageAsync("/training/consultancy?show=closed")).GetElementById("no-consultancy"));
        Assert.NotNull((await trainer.GetPageAsync("/training-reach")).GetElementById("no-consultancy"));

        await own.WithDbAsync(async db =>
        {
            for (var i = 0; i < 21; i++)
            {
                db.ConsultancyPieces.Add(ConsultancyPiece.Create(
                    new(ParticipantKind.PartnerAgency, null, null, OrganisationType.Police, $"Station {i:00}", "Contact", "contact@example.org", "Help"),
                    [], new TrainerRef("someone", "A Trainer"), new DateOnly(2025, 12, 1).AddDays(i)).Value!);
            }

            await db.SaveChangesAsync();
            return 0;
        });

        var first = await trainer.GetPageAsync("/training/consultancy");
        Assert.Equal(20, first.QuerySelectorAll("#consultancy-list tbody tr").Length);
        Assert.Equal("Station 00 (Police)", first.QuerySelector("#consultancy-list tbody tr a")!.TextContent.Trim());
        var second = await trainer.GetPageAsync("/training/consultancy?page=2");
        Assert.Equal(["Station 20 (Police)"], second.QuerySelectorAll("#consultancy-list tbody tr a").Select(a => a.TextContent.Trim()));

        var reach = await trainer.GetPageAsync("/training-reach");
        Assert.Equal(
            ["October to December 2025 Police 21 0"],
            reach.QuerySelectorAll("#reach-consultancy tbody tr").Select(r => string.Join(' ', r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))));
        var csv = await (await trainer.GetAsync("/training-reach?handler=Csv")).Content.ReadAsStringAsync();
        Assert.Contains("Quarter,Months,Who asked,Pieces of work,Closed", csv, StringComparison.Ordinal);
        Assert.Contains("2025 Q4,October to December 2025,Police,21,0", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Station", csv, StringComparison.Ordinal);
    }
}
