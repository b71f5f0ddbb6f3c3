using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Data.Training;
using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;
using FamilyFirst.Web.Pages.Training;
using FamilyFirst.Web.Tests.Families;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Tests.Training;

/// <summary>
/// The three-month follow-up (sent once by the daily job, answered once by its link, shown in aggregate only) and
/// the certificate as a PDF download. Each test uses its own session dates: the fixture's database is shared.
/// </summary>
public class TrainingFollowUpTests(TrainingClockFactory factory) : IClassFixture<TrainingClockFactory>
{
    private async Task<HttpClient> SignedInAsync(string email, params string[] roles)
    {
        await factory.CreateUserAsync(email, roles);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>A course and a session of it starting at <paramref name="startsAt"/>, everyone named booked, attended and completed, saved directly.</summary>
    private async Task<(Course Course, TrainingSession Session)> CompletedSessionAsync(string title, DateTimeOffset startsAt, params string[] names)
    {
        var course = Course.Create(title, "Working with, not to or for", 6, ["Use the restorative questions", "Run a check-in circle"]).Value!;
        var booked = startsAt.AddDays(-30);
        var session = TrainingSession.Schedule(course, startsAt, startsAt.AddHours(6), "Town Hall, Room 2", null, new TrainerRef("trainer-id", "Tess Trainer"), 20, booked).Value!;
        foreach (var name in names)
        {
            var booking = session.Book(new ParticipantDetails(name, Email(name), null, ParticipantKind.PartnerAgency, null, null, OrganisationType.School, "Northmoor Academy", "Teaching assistant"), null, booked).Value!;
            Assert.True(session.RecordAttendance(booking.Id, Attendance.Attended, startsAt.AddMinutes(5)).Succeeded);
            if (!name.StartsWith("Unfinished", StringComparison.Ordinal))
            {
                Assert.True(session.RecordCompletion(booking.Id, startsAt.AddHours(7)).Succeeded);
            }
        }

        await factory.WithDbAsync(async db =>
        {
            db.TrainingCourses.Add(course);
            db.TrainingSessions.Add(session);
            return await db.SaveChangesAsync();
        });
        return (course, session);
    }

    private static string Email(string name) => $"{name.Replace(' ', '.').ToLowerInvariant()}@example.org";

    private ReminderJob Job() => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(),
        factory.Services.GetRequiredService<IOptions<NotificationOptions>>(),
        factory.Services.GetRequiredService<TimeProvider>(),
        factory.Services.GetRequiredService<ILogger<ReminderJob>>(),
        "follow-up-tests");

    private Task<List<OutboxMessage>> FollowUpsToAsync(string email) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Recipient == email && m.Template == NotificationTemplates.TrainingFollowUpRequest).ToListAsync());

    private string LinkIn(OutboxMessage message) =>
        new Uri(factory.Services.GetRequiredService<OutboxSecrets>().Reveal(message)["link"]).AbsolutePath;

    [Fact]
    public async Task TheDailyJob_AsksEachCompletedParticipant_OnTheDayThreeMonthsOn_Once_EvenAfterARunThatStoppedPartWay()
    {
        // 16 March 2026 (GMT): due on 16 June. A session a day later is not yet due; someone who attended without completing is never asked.
        var (_, session) = await CompletedSessionAsync("Follow-up job course", new DateTimeOffset(2026, 3, 16, 9, 30, 0, TimeSpan.Zero), "Ada Job", "Bo Job", "Unfinished Job");
        await CompletedSessionAsync("Follow-up job course, next day", new DateTimeOffset(2026, 3, 17, 9, 30, 0, TimeSpan.Zero), "Cy Job");
        var day = new DateOnly(2026, 6, 16);

        Assert.Empty(await RunSourceAsync(day.AddDays(-1), "Ada Job"));

        // A run that stopped after its first message leaves that message and its link's record, saved together.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var due = await scope.ServiceProvider.GetServices<IReminderSource>().OfType<TrainingFollowUpSource>().Single().GetDueAsync(day, CancellationToken.None);
            var first = Assert.Single(due, r => r.Recipient == Email("Ada Job"));
            Assert.DoesNotContain(due, r => r.Recipient == Email("Unfinished Job") || r.Recipient == Email("Cy Job"));
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await scope.ServiceProvider.GetRequiredService<NotificationOutbox>().QueueAsync(first.Recipient, first.Channel, first.Template, first.Personalisation, first.RegardingType, first.RegardingId, first.DeduplicationKey, CancellationToken.None);
            db.AddRange(first.SaveWith);
            await db.SaveChangesAsync();
        }

        var rerun = await Job().RunAsync(day, CancellationToken.None);
        var again = await Job().RunAsync(day, CancellationToken.None);

        Assert.True(rerun.Succeeded, rerun.Summary);
        Assert.True(again.Succeeded, again.Summary);
        Assert.Single(await FollowUpsToAsync(Email("Ada Job")));
        var bo = Assert.Single(await FollowUpsToAsync(Email("Bo Job")));
        Assert.Empty(await FollowUpsToAsync(Email("Unfinished Job")));
        Assert.Empty(await FollowUpsToAsync(Email("Cy Job")));
        Assert.Equal(2, await factory.WithDbAsync(db => db.TrainingFollowUpInvitations.CountAsync(i => i.SessionId == session.Id)));

        // The link is sealed in the outbox, works until four weeks on, and only its hash is stored.
        Assert.Equal(OutboxSecrets.Hidden, NotificationOutbox.ReadPersonalisation(bo)["link"]);
        Assert.Equal("14 July 2026", NotificationOutbox.ReadPersonalisation(bo)["expires"]);
        var path = LinkIn(bo);
        var token = path.Split('/')[^1];
        Assert.StartsWith("/training-follow-up/", path, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.TrainingFollowUpInvitations.AnyAsync(i => i.TokenHash == token)));
        Assert.True(await factory.WithDbAsync(db => db.TrainingFollowUpInvitations.AnyAsync(i => i.TokenHash == FollowUpInvitation.Hash(token))));

        // The next day's run (in the catch-up fortnight) asks no one again.
        var nextDay = await Job().RunAsync(day.AddDays(1), CancellationToken.None);
        Assert.Single(await FollowUpsToAsync(Email("Bo Job")));
        Assert.Empty(await RunSourceAsync(day.AddDays(1), "Ada Job", "Bo Job"));
        Assert.True(nextDay.Succeeded, nextDay.Summary);
    }

    private async Task<IReadOnlyList<Reminder>> RunSourceAsync(DateOnly day, params string[] names)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var due = await scope.ServiceProvider.GetServices<IReminderSource>().OfType<TrainingFollowUpSource>().Single().GetDueAsync(day, CancellationToken.None);
        return due.Where(r => names.Select(Email).Contains(r.Recipient)).ToList();
    }

    [Fact]
    public async Task TheQuestionnaire_RefusesBadInput_ChangingNothing_StoresTheAnswerAnonymously_AndTheLinkWorksOnce()
    {
        var (course, session) = await CompletedSessionAsync("Follow-up answer course", new DateTimeOffset(2026, 4, 20, 9, 30, 0, TimeSpan.Zero), "Di Answers", "Ed Late");
        var day = new DateOnly(2026, 7, 20);
        factory.Clock.AdjustTime(new DateTimeOffset(2026, 7, 20, 9, 0, 0, TimeSpan.Zero));
        Assert.True((await Job().RunAsync(day, CancellationToken.None)).Succeeded);
        var path = LinkIn(Assert.Single(await FollowUpsToAsync(Email("Di Answers"))));
        var anonymous = factory.CreateBrowserlessClient();

        var form = await anonymous.GetPageAsync(path);
        Assert.Equal("How have you used Follow-up answer course?", form.Heading());

        var empty = await anonymous.PostFormAsync(path, form);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(
            [
                "Select how you have used restorative practice since the course, or select not yet",
                "Select how confident you feel now, from 0 to 10, in: Use the restorative questions",
                "Select how confident you feel now, from 0 to 10, in: Run a check-in circle",
            ],
            (await empty.ReadPageAsync()).ErrorSummary());
        var contradictory = await (await anonymous.PostFormAsync(path, form, ("Uses", "NotYet"), ("Uses", "Conferences"), ("Now[0]", "11"), ("Now[1]", "x"), ("Helped", new string('h', 2001)))).ReadPageAsync();
        Assert.Equal(
            [
                "Select not yet on its own, or only the ways you have used restorative practice",
                "What helped must be 2,000 characters or less",
                "Select how confident you feel now, from 0 to 10, in: Use the restorative questions",
                "Select how confident you feel now, from 0 to 10, in: Run a check-in circle",
            ],
            contradictory.ErrorSummary());
        var notAChoice = await (await anonymous.PostFormAsync(path, form, ("Uses", "Everything"), ("Now[0]", "5"), ("Now[1]", "5"))).ReadPageAsync();
        Assert.Equal(["Select how you have used restorative practice since the course, or select not yet"], notAChoice.ErrorSummary());
        Assert.False(await factory.WithDbAsync(db => db.TrainingFollowUps.AnyAsync(f => f.SessionId == session.Id)));
        Assert.False(await factory.WithDbAsync(db => db.TrainingFollowUpInvitations.AnyAsync(i => i.SessionId == session.Id && i.Answered)));

        var sent = await anonymous.PostFormAsync(path, form, ("Uses", "MeetingsWithFamilies"), ("Uses", "TrainedOthers"), ("Now[0]", "7"), ("Now[1]", "6"), ("Helped", "My manager asked about it"), ("GotInTheWay", string.Empty));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/training-follow-up/thank-you", sent.Headers.Location!.OriginalString);
        Assert.Equal("Thank you for your answers", (await anonymous.GetPageAsync("/training-follow-up/thank-you")).QuerySelector(".govuk-panel__title")!.TextContent.Trim());

        var answer = await factory.WithDbAsync(db => db.TrainingFollowUps.Include(f => f.Ratings).AsNoTracking().SingleAsync(f => f.SessionId == session.Id));
        Assert.Equal((course.Id, PracticeUses.MeetingsWithFamilies | PracticeUses.TrainedOthers, "My manager asked about it", (string?)null), (answer.CourseId, answer.Uses, answer.Helped, answer.GotInTheWay));
        Assert.Equal([6, 7], answer.Ratings.Select(r => r.Now).Order());

        // Used: a clear page, gone (410), for the link and for a second answer, which is not kept.
        var usedPage = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, usedPage.StatusCode);
        Assert.Equal("This link has already been used", (await usedPage.ReadPageAsync()).Heading());
        var secondAnswer = await anonymous.PostFormAsync(path, form, ("Uses", "Conferences"), ("Now[0]", "1"), ("Now[1]", "1"));
        Assert.Equal(HttpStatusCode.Gone, secondAnswer.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.TrainingFollowUps.CountAsync(f => f.SessionId == session.Id)));

        // Unknown: not found, with a page that says so. Expired: gone, after the four weeks.
        var unknown = await anonymous.GetAsync("/training-follow-up/not-a-real-link");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("This link does not work", (await unknown.ReadPageAsync()).Heading());
        var late = LinkIn(Assert.Single(await FollowUpsToAsync(Email("Ed Late"))));
        // Sent on 20 July, it works through 17 August in London (BST): 22:30 UTC is 11:30pm there, midnight is the end.
        factory.Clock.AdjustTime(new DateTimeOffset(2026, 8, 17, 22, 30, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(late)).StatusCode);
        factory.Clock.AdjustTime(new DateTimeOffset(2026, 8, 17, 23, 0, 0, TimeSpan.Zero));
        var expired = await anonymous.GetAsync(late);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("This link has expired", (await expired.ReadPageAsync()).Heading());
    }

    [Fact]
    public async Task Trainers_SeeTheFollowUp_OnlyInAggregate_FromFiveAnswers()
    {
        var names = Enumerable.Range(1, 5).Select(i => $"Aggregate Person{i}").ToArray();
        var (course, session) = await CompletedSessionAsync("Follow-up aggregate course", new DateTimeOffset(2026, 5, 11, 9, 30, 0, TimeSpan.Zero), names);
        var trainer = await SignedInAsync("follow-up.trainer@example.gov.uk", Roles.Trainer);
        var answers = new[]
        {
            FollowUpResponse.Submit(course, session.Id, [PracticeUses.MeetingsWithFamilies], [6, 7], "Zest from the team", null).Value!,
            FollowUpResponse.Submit(course, session.Id, [PracticeUses.MeetingsWithFamilies, PracticeUses.Conferences], [8, 7], null, "Caseload").Value!,
            FollowUpResponse.Submit(course, session.Id, [PracticeUses.TeamMeetingsOrSupervision], [7, 7], "A circle every week", null).Value!,
            FollowUpResponse.Submit(course, session.Id, [PracticeUses.NotYet], [4, 5], null, null).Value!,
            FollowUpResponse.Submit(course, session.Id, [PracticeUses.TrainedOthers], [10, 9], null, null).Value!,
        };
        await factory.WithDbAsync(async db =>
        {
            db.TrainingFollowUps.AddRange(answers.Take(4));
            return await db.SaveChangesAsync();
        });

        var four = await trainer.GetPageAsync($"/training/sessions/{session.Id}");
        Assert.Equal("4 people have answered the follow-up. The three-month follow-up is shown once at least 5 people have answered, so that no one's answers can be identified.", four.GetElementById("follow-up-too-few")!.TextContent.Trim());
        Assert.DoesNotContain("Caseload", four.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(four.GetElementById("follow-up-uses"));

        await factory.WithDbAsync(async db =>
        {
            db.TrainingFollowUps.Add(answers[4]);
            return await db.SaveChangesAsync();
        });
        foreach (var page in new[] { await trainer.GetPageAsync($"/training/sessions/{session.Id}"), await trainer.GetPageAsync($"/training/courses/{course.Id}") })
        {
            Assert.Null(page.GetElementById("follow-up-too-few"));
            Assert.Equal(
                [["In meetings with families", "2"], ["In team meetings or supervision", "1"], ["In family group conferences", "1"], ["Trained or coached others", "1"], ["Not yet", "1"]],
                page.QuerySelectorAll("#follow-up-uses tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()));
            Assert.Equal(
                [["Use the restorative questions", "Not shown", "Not shown", "7.0"], ["Run a check-in circle", "Not shown", "Not shown", "7.0"]],
                page.QuerySelectorAll("#follow-up-confidence tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()));
            Assert.Equal(["A circle every week", "Zest from the team"], page.QuerySelectorAll("#follow-up-helped li").Select(li => li.TextContent.Trim()));
            Assert.Equal(["Caseload"], page.QuerySelectorAll("#follow-up-got-in-the-way li").Select(li => li.TextContent.Trim()));
        }

        // With 5 session evaluations too, the reach of training shows the change from before the session to three months on.
        var reachBefore = (await trainer.GetPageAsync("/training-reach")).QuerySelectorAll("#reach-follow-up tbody tr").Single(r => r.Children[0].TextContent.Trim() == "Follow-up aggregate course");
        Assert.Equal(["Follow-up aggregate course", "5", "Shown from 5 answers to each"], reachBefore.Children.Select(c => c.TextContent.Trim()));
        await factory.WithDbAsync(async db =>
        {
            db.TrainingEvaluations.AddRange(Enumerable.Range(0, 5).Select(_ => EvaluationResponse.Submit(course, session.Id, course.Outcomes.ToDictionary(o => o.Id, _ => ((int?)3, (int?)8)), null).Value!));
            return await db.SaveChangesAsync();
        });
        var reach = (await trainer.GetPageAsync("/training-reach")).QuerySelectorAll("#reach-follow-up tbody tr").Single(r => r.Children[0].TextContent.Trim() == "Follow-up aggregate course");
        Assert.Equal(["Follow-up aggregate course", "5", "+4.0"], reach.Children.Select(c => c.TextContent.Trim()));
        var sessionPage = await trainer.GetPageAsync($"/training/sessions/{session.Id}");
        Assert.Equal(
            [["Use the restorative questions", "3.0", "8.0", "7.0"], ["Run a check-in circle", "3.0", "8.0", "7.0"]],
            sessionPage.QuerySelectorAll("#follow-up-confidence tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()));
    }

    [Fact]
    public async Task TheCertificate_DownloadsAsAnA4Pdf_WithTheParticipantsName_Audited_ForTrainersOnly()
    {
        var (_, session) = await CompletedSessionAsync("Certificate PDF course", new DateTimeOffset(2026, 2, 24, 9, 30, 0, TimeSpan.Zero), "Fay Certified", "Unfinished Gil");
        var fay = session.Bookings.Single(b => b.Name == "Fay Certified");
        var gil = session.Bookings.Single(b => b.Name == "Unfinished Gil");
        var trainer = await SignedInAsync("pdf.trainer@example.gov.uk", Roles.Trainer);
        var pdfPath = $"/training/sessions/{session.Id}/bookings/{fay.Id}/certificate?handler=Pdf";

        var printable = await trainer.GetPageAsync($"/training/sessions/{session.Id}/bookings/{fay.Id}/certificate");
        Assert.Equal(pdfPath, printable.QuerySelector("a[download]")!.GetAttribute("href"));

        var response = await trainer.GetAsync(pdfPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"certificate-{fay.CertificateNumber}.pdf", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        var text = PdfText(bytes);
        var shown = string.Join(" ", Regex.Matches(text, @"(\([^)]*\)|<[0-9A-Fa-f]*>)\s*Tj", RegexOptions.None, TimeSpan.FromSeconds(5)).Take(30).Select(m => m.Value));
        Assert.True(text.Contains("(Fay Certified)", StringComparison.Ordinal), $"The PDF's text does not name the participant: {shown}");
        Assert.Contains("(Certificate PDF course)", text, StringComparison.Ordinal);
        var mediaBox = text.IndexOf("/MediaBox", StringComparison.Ordinal);
        Assert.True(
            Regex.IsMatch(text, @"/MediaBox\s*\[\s*0\s+0\s+(595|596)(\.\d+)?\s+(841|842)(\.\d+)?\s*\]", RegexOptions.None, TimeSpan.FromSeconds(5)),
            $"Not an A4 page: {(mediaBox < 0 ? "no MediaBox" : text.Substring(mediaBox, Math.Min(60, text.Length - mediaBox)))}");
        Assert.Contains(factory.Services.GetRequiredService<IOptions<CouncilOptions>>().Value.Name, text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await trainer.GetAsync($"/training/sessions/{session.Id}/bookings/{gil.Id}/certificate?handler=Pdf")).StatusCode);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.RecordId == fay.Id.ToString("D")).Select(e => new { e.Action, e.Detail }).ToListAsync());
        Assert.Contains(audit, e => e.Action == AuditAction.Export && e.Detail == $"Certificate {fay.CertificateNumber} downloaded as a PDF");

        foreach (var role in new[] { Roles.Manager, Roles.Practitioner, Roles.Coordinator, Roles.Analyst, Roles.Administrator })
        {
            var other = await SignedInAsync($"pdf.refused.{role.ToLowerInvariant()}@example.gov.uk", role);
            var refused = await other.GetAsync(pdfPath);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserlessClient().GetAsync(pdfPath)).StatusCode);
    }

    /// <summary>The PDF's text as written: its objects, with every Flate-compressed stream inflated.</summary>
    private static string PdfText(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        var text = new StringBuilder(raw);
        foreach (Match stream in Regex.Matches(raw, "stream\r?\n", RegexOptions.None, TimeSpan.FromSeconds(5)))
        {
            var start = stream.Index + stream.Length;
            var end = raw.IndexOf("endstream", start, StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }

            try
            {
                using var inflated = new ZLibStream(new MemoryStream(pdf, start, end - start), CompressionMode.Decompress);
                using var reader = new StreamReader(inflated, Encoding.Latin1);
                text.Append(reader.ReadToEnd());
            }
            catch (InvalidDataException)
            {
                // Not compressed, or not Flate: already in the raw text.
            }
        }

        return text.ToString();
    }
}
