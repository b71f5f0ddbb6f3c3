using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Notifications;

namespace FamilyFirst.Web.Tests.Enquiry;

public class EnquiryJourneyTests(EnquiryFactory factory) : IClassFixture<EnquiryFactory>
{
    [Fact]
    public async Task StartPage_PutsTheSafeguardingMessageFirst_AndStartsTheForm()
    {
        var page = await factory.CreateBrowserlessClient().GetPageAsync("/enquiry");

        var warning = page.QuerySelector("main .govuk-warning-text")!.TextContent;
        Assert.Contains("If a child is in immediate danger, call 999", warning, StringComparison.Ordinal);
        Assert.Contains("01632 960 002", warning, StringComparison.Ordinal);
        Assert.Equal("/enquiry/who-are-you", page.QuerySelector("a.govuk-button--start")!.GetAttribute("href"));
        Assert.Contains("within 2 working days", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupportRequest_IsSentWithAReference_AndAConfirmationEmailInTheOutbox()
    {
        var client = factory.CreateBrowserlessClient();
        await client.FillInSupportRequestAsync(email: "jo.support@example.com");

        var sent = await client.SendAsync();

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/enquiry/confirmation", sent.Headers.Location!.OriginalString);
        var confirmation = await client.GetPageAsync("/enquiry/confirmation");
        Assert.Equal("Enquiry sent", confirmation.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        var reference = confirmation.GetElementById("enquiry-reference")!.TextContent.Trim();
        Assert.Matches("^ENQ-[234679ACDEFGHJKMNPQRTUVWXYZ]{4}-[234679ACDEFGHJKMNPQRTUVWXYZ]{4}$", reference);
        Assert.Equal("within 2 working days", confirmation.GetElementById("response-target")!.TextContent.Trim());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var enquiry = await db.Enquiries.Include(e => e.History).SingleAsync(e => e.Reference == reference);
        Assert.Equal(("Jo Bloggs and Leo Bloggs", "Leo is 9", "NM1 1AA", "Leo has stopped going to school."), (enquiry.FamilyNames, enquiry.ChildrenAges, enquiry.Postcode, enquiry.WhatIsHappening));
        Assert.Equal(("Jo Bloggs", "jo.support@example.com", true), (enquiry.ContactName, enquiry.Email, enquiry.SafeToLeaveMessage));
        Assert.Equal(FamilyFirst.Domain.Enquiries.EnquiryStatus.New, enquiry.Status);
        Assert.Equal("Enquiry received through the online form", Assert.Single(enquiry.History).Description);
        var email = await db.OutboxMessages.SingleAsync(m => m.Recipient == "jo.support@example.com");
        Assert.Equal(NotificationTemplates.EnquiryConfirmation, email.Template);
        var rendered = NotificationOutbox.Render(email);
        Assert.Contains(reference, rendered.Body, StringComparison.Ordinal);
        Assert.Contains("within 2 working days", rendered.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enquiry_WithoutAnEmailAddress_QueuesNoEmail()
    {
        var client = factory.CreateBrowserlessClient();
        await client.FillInSupportRequestAsync(email: null);
        await client.SendAsync();
        var reference = (await client.GetPageAsync("/enquiry/confirmation")).GetElementById("enquiry-reference")!.TextContent.Trim();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var enquiry = await db.Enquiries.SingleAsync(e => e.Reference == reference);
        Assert.Equal("07700 900982", enquiry.Phone);
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.RegardingId == enquiry.Id.ToString()));
    }

    [Fact]
    public async Task Answers_AreKeptBetweenPages_WithoutJavaScript()
    {
        var client = factory.CreateBrowserlessClient();
        await client.AnswerAsync("/enquiry/who-are-you", ("Role", "RelativeOrFamilyFriend"));

        var page = await client.GetPageAsync("/enquiry/who-are-you");

        Assert.NotNull(page.QuerySelector("input[name=Role][value=RelativeOrFamilyFriend][checked]"));
        Assert.Equal("/enquiry", (await client.GetPageAsync("/enquiry/what-is-it-about")).QuerySelector(".govuk-back-link")!.GetAttribute("href") == "/enquiry/who-are-you" ? "/enquiry" : "wrong back link");
    }

    [Fact]
    public async Task Professional_IsAskedAboutTheirOrganisation()
    {
        var client = factory.CreateBrowserlessClient();

        Assert.Equal("/enquiry/your-organisation", await client.AnswerAsync("/enquiry/who-are-you", ("Role", "Professional")));
        Assert.Equal("/enquiry/what-is-it-about", await client.AnswerAsync("/enquiry/your-organisation", ("OrganisationType", "School"), ("OrganisationName", "Northmoor Primary")));
    }

    [Fact]
    public async Task Referral_TheFamilyHasNotAgreedTo_EndsOnThePageExplainingWhy()
    {
        var client = factory.CreateBrowserlessClient();
        await client.AnswerAsync("/enquiry/who-are-you", ("Role", "Professional"));
        await client.AnswerAsync("/enquiry/your-organisation", ("OrganisationType", "Health"), ("OrganisationName", "Northmoor Health Visiting"));
        Assert.Equal("/enquiry/does-the-family-agree", await client.AnswerAsync("/enquiry/what-is-it-about", ("Type", "ReferringAFamily")));

        var next = await client.AnswerAsync("/enquiry/does-the-family-agree", ("FamilyKnowsAndAgrees", "false"));

        Assert.Equal("/enquiry/family-must-be-told", next);
        var shutter = await client.GetPageAsync(next);
        Assert.Equal("You need to tell the family before you refer them", shutter.Heading());
        Assert.Contains("01632 960 002", shutter.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var checkAnswers = await client.GetAsync("/enquiry/check-answers");
        Assert.Equal("/enquiry/does-the-family-agree", checkAnswers.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TrainingEnquiry_SkipsTheFamilyQuestions()
    {
        var client = factory.CreateBrowserlessClient();
        await client.AnswerAsync("/enquiry/who-are-you", ("Role", "Other"));

        var next = await client.AnswerAsync("/enquiry/what-is-it-about", ("Type", "TrainingOrConsultancy"));

        Assert.Equal("/enquiry/what-is-happening", next);
        var page = await client.GetPageAsync(next);
        Assert.Equal("What training or consultancy would you like?", page.Heading());
        Assert.Null(page.GetElementById("WhatIsHappening"));
        var missing = await client.PostWithErrorsAsync(next);
        missing.AssertFieldError("WhatWouldHelp", "Enter the training or consultancy you would like");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/enquiry/about-the-family")).StatusCode);
    }

    public static TheoryData<string, (string, string)[], string, string> QuestionErrors => new()
    {
        { "/enquiry/who-are-you", [], "Role", "Select who you are" },
        { "/enquiry/your-organisation", [("OrganisationName", "Northmoor Primary")], "OrganisationType", "Select the type of organisation you work for" },
        { "/enquiry/your-organisation", [("OrganisationType", "School")], "OrganisationName", "Enter the name of your organisation" },
        { "/enquiry/your-organisation", [("OrganisationType", "School"), ("OrganisationName", new string('a', 201))], "OrganisationName", "Name of your organisation must be 200 characters or less" },
        { "/enquiry/what-is-it-about", [], "Type", "Select what your enquiry is about" },
        { "/enquiry/does-the-family-agree", [], "FamilyKnowsAndAgrees", "Select yes if the family knows about the referral and agrees to it" },
        { "/enquiry/about-the-family", [("ChildrenAges", "3"), ("Postcode", "NM1 1AA")], "FamilyNames", "Enter the names of the people in the family" },
        { "/enquiry/about-the-family", [("FamilyNames", "Jo"), ("Postcode", "NM1 1AA")], "ChildrenAges", "Enter the children's ages" },
        { "/enquiry/about-the-family", [("FamilyNames", "Jo"), ("ChildrenAges", "3")], "Postcode", "Enter the family's postcode" },
        { "/enquiry/about-the-family", [("FamilyNames", "Jo"), ("ChildrenAges", "3"), ("Postcode", "NOT A POSTCODE")], "Postcode", "Enter a real postcode, like NM1 1AA" },
        { "/enquiry/what-is-happening", [("WhatWouldHelp", "Help")], "WhatIsHappening", "Enter what is happening for the family" },
        { "/enquiry/what-is-happening", [("WhatIsHappening", "Worried")], "WhatWouldHelp", "Enter what would help" },
        { "/enquiry/what-is-happening", [("WhatIsHappening", new string('x', 2001)), ("WhatWouldHelp", "Help")], "WhatIsHappening", "What is happening must be 2,000 characters or less" },
        { "/enquiry/what-is-happening", [("WhatIsHappening", "Worried"), ("WhatWouldHelp", new string('x', 2001))], "WhatWouldHelp", "What would help must be 2,000 characters or less" },
        { "/enquiry/contact-details", [("Email", "jo@example.com"), ("PreferredContactMethod", "Email"), ("SafeToLeaveMessage", "true")], "ContactName", "Enter your name" },
        { "/enquiry/contact-details", [("ContactName", "Jo"), ("PreferredContactMethod", "Email"), ("SafeToLeaveMessage", "true")], "Email", "Enter an email address or a phone number" },
        { "/enquiry/contact-details", [("ContactName", "Jo"), ("Email", "jo.example.com"), ("PreferredContactMethod", "Email"), ("SafeToLeaveMessage", "true")], "Email", "Enter an email address in the correct format, like name@example.com" },
        { "/enquiry/contact-details", [("ContactName", "Jo"), ("Phone", "12345"), ("PreferredContactMethod", "Phone"), ("SafeToLeaveMessage", "true")], "Phone", "Enter a UK phone number, like 01632 960 001 or 07700 900 982" },
        { "/enquiry/contact-details", [("ContactName", "Jo"), ("Phone", "07700 900982"), ("PreferredContactMethod", "Email"), ("SafeToLeaveMessage", "true")], "Email", "Enter an email address if you would like us to contact you by email" },
        { "/enquiry/contact-details", [("ContactName", "Jo"), ("Email", "jo@example.com"), ("PreferredContactMethod", "Phone"), ("SafeToLeaveMessage", "true")], "Phone", "Enter a phone number if you would like us to contact you by phone" },
        { "/enquiry/contact-details", [("ContactName", "Jo"), ("Email", "jo@example.com"), ("SafeToLeaveMessage", "true")], "PreferredContactMethod", "Select how you would like us to contact you" },
        { "/enquiry/contact-details", [("ContactName", "Jo"), ("Email", "jo@example.com"), ("PreferredContactMethod", "Email")], "SafeToLeaveMessage", "Select yes if it is safe to leave a message" },
        { "/enquiry/privacy-notice", [], "AgreedToPrivacyNotice", "Select that you have read the privacy notice and agree to it" },
    };

    [Theory]
    [MemberData(nameof(QuestionErrors))]
    public async Task Question_WithAMissingOrWrongAnswer_ShowsTheErrorBesideTheFieldAndInTheSummary(string path, (string, string)[] answers, string field, string message)
    {
        // A professional's referral is asked every question.
        var client = factory.CreateBrowserlessClient();
        await client.AnswerAsync("/enquiry/who-are-you", ("Role", "Professional"));
        await client.AnswerAsync("/enquiry/what-is-it-about", ("Type", "ReferringAFamily"));

        var page = await client.PostWithErrorsAsync(path, answers);

        page.AssertFieldError(field, message);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        foreach (var (name, value) in answers.Where(a => a.Item1 != field))
        {
            // What was typed is still there to correct.
            var input = page.QuerySelector($"input[name={name}][type=text], input[name={name}][type=email], input[name={name}][type=tel], textarea[name={name}]");
            if (input is not null)
            {
                Assert.Equal(value, input.TagName == "TEXTAREA" ? input.TextContent.TrimStart('\n') : input.GetAttribute("value"));
            }
        }
    }

    [Fact]
    public async Task CheckAnswers_ChangeLinks_ReturnToCheckAnswers()
    {
        var client = factory.CreateBrowserlessClient();
        await client.FillInSupportRequestAsync();
        var check = await client.GetPageAsync("/enquiry/check-answers");
        var changeName = check.QuerySelectorAll(".govuk-summary-list__row")
            .First(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == "Name")
            .QuerySelector(".govuk-summary-list__actions a")!.GetAttribute("href")!;
        Assert.Equal("/enquiry/contact-details?change=true", changeName);
        Assert.Equal("/enquiry/check-answers", (await client.GetPageAsync(changeName)).QuerySelector(".govuk-back-link")!.GetAttribute("href"));

        var next = await client.AnswerAsync(changeName, ("ContactName", "Jo B"), ("Email", "jo.bloggs@example.com"), ("PreferredContactMethod", "Email"), ("SafeToLeaveMessage", "false"));

        Assert.Equal("/enquiry/check-answers", next);
        var changed = await client.GetPageAsync(next);
        Assert.Equal("Jo B", changed.SummaryValue("Name"));
        Assert.Equal("No", changed.SummaryValue("Safe to leave a message"));
    }

    [Fact]
    public async Task CheckAnswers_ChangingToAReferral_AsksWhetherTheFamilyAgrees_ThenReturns()
    {
        var client = factory.CreateBrowserlessClient();
        await client.FillInSupportRequestAsync();

        var next = await client.AnswerAsync("/enquiry/what-is-it-about?change=true", ("Type", "ReferringAFamily"));

        Assert.Equal("/enquiry/does-the-family-agree?change=true", next);
        Assert.Equal("/enquiry/check-answers", await client.AnswerAsync(next, ("FamilyKnowsAndAgrees", "true")));
        Assert.Equal("Yes", (await client.GetPageAsync("/enquiry/check-answers")).SummaryValue("The family knows and agrees"));
    }

    [Fact]
    public async Task CheckAnswers_BeforeEveryQuestionIsAnswered_GoesToTheFirstMissingQuestion()
    {
        var client = factory.CreateBrowserlessClient();
        await client.AnswerAsync("/enquiry/who-are-you", ("Role", "YoungPerson"));

        var response = await client.GetAsync("/enquiry/check-answers");

        Assert.Equal("/enquiry/what-is-it-about", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Confirmation_WithoutASentEnquiry_GoesToTheStart()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/enquiry/confirmation");

        Assert.Equal("/enquiry", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Send_TwiceOrAtOnce_MakesExactlyOneEnquiry()
    {
        var client = factory.CreateBrowserlessClient();
        await client.FillInSupportRequestAsync(email: "jo.twice@example.com");
        var check = await client.GetPageAsync("/enquiry/check-answers");

        // A double click: the same form posted twice at once, then again later (a refresh or the back button).
        var responses = await Task.WhenAll(
            client.PostFormAsync("/enquiry/check-answers", check),
            client.PostFormAsync("/enquiry/check-answers", check));
        var again = await client.PostFormAsync("/enquiry/check-answers", check);

        Assert.All(responses.Append(again), r => Assert.Equal("/enquiry/confirmation", r.Headers.Location?.OriginalString));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Enquiries.CountAsync(e => e.Email == "jo.twice@example.com"));
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Recipient == "jo.twice@example.com"));
        var first = (await client.GetPageAsync("/enquiry/confirmation")).GetElementById("enquiry-reference")!.TextContent;
        var refreshed = (await client.GetPageAsync("/enquiry/confirmation")).GetElementById("enquiry-reference")!.TextContent;
        Assert.Equal(first, refreshed);
        Assert.Equal("/enquiry/confirmation", (await client.GetAsync("/enquiry/check-answers")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AfterSending_TheFormStartsAfresh()
    {
        var client = factory.CreateBrowserlessClient();
        await client.FillInSupportRequestAsync(email: "jo.again@example.com");
        await client.SendAsync();

        var page = await client.GetPageAsync("/enquiry/who-are-you");

        Assert.Null(page.QuerySelector("input[name=Role][checked]"));
        await client.FillInSupportRequestAsync(email: "jo.again@example.com");
        await client.SendAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Enquiries.CountAsync(e => e.Email == "jo.again@example.com"));
    }

    [Fact]
    public async Task Send_WhenSavingFails_ShowsAnErrorAndKeepsTheAnswers_WithNothingHalfSaved()
    {
        var client = factory.CreateBrowserlessClient();
        await client.FillInSupportRequestAsync(email: "jo.failure@example.com");
        factory.Fault.On = true;
        HttpResponseMessage failed;
        try
        {
            failed = await client.SendAsync();
        }
        finally
        {
            factory.Fault.On = false;
        }

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var page = await failed.ReadPageAsync();
        Assert.Contains("your enquiry has not been sent", page.ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Equal("jo.failure@example.com", page.SummaryValue("Email address"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.False(await db.Enquiries.AnyAsync(e => e.Email == "jo.failure@example.com"));
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.Recipient == "jo.failure@example.com"));
        }

        Assert.Equal("/enquiry/confirmation", (await client.SendAsync()).Headers.Location!.OriginalString);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Enquiries.CountAsync(e => e.Email == "jo.failure@example.com"));
        }
    }

    [Fact]
    public async Task Honeypot_FilledIn_IsRefusedAndNothingIsSent()
    {
        var client = factory.CreateBrowserlessClient();
        await client.FillInSupportRequestAsync(email: "robot@example.com");
        var check = await client.GetPageAsync("/enquiry/check-answers");

        var response = await client.PostFormAsync("/enquiry/check-answers", check, ("website", "http://spam.example"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("could not accept this form", (await response.ReadPageAsync()).ErrorSummary().Single(), StringComparison.Ordinal);
        var contact = await client.PostWithErrorsAsync("/enquiry/contact-details", ("ContactName", "Robot"), ("Email", "robot@example.com"), ("PreferredContactMethod", "Email"), ("SafeToLeaveMessage", "true"), ("website", "spam"));
        Assert.NotEmpty(contact.ErrorSummary());
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Enquiries.AnyAsync(e => e.Email == "robot@example.com"));
    }

    [Fact]
    public async Task Honeypot_IsHiddenFromPeopleAndAssistiveTechnology()
    {
        var page = await factory.CreateBrowserlessClient().GetPageAsync("/enquiry/contact-details");

        var field = page.GetElementById("website")!;
        Assert.Equal("-1", field.GetAttribute("tabindex"));
        Assert.Equal("true", field.ParentElement!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task OversizedPost_IsRefused()
    {
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/enquiry/what-is-happening");

        var response = await client.PostFormAsync("/enquiry/what-is-happening", page, ("WhatIsHappening", new string('x', 40_000)), ("WhatWouldHelp", new string('x', 40_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task EnquiryCookie_IsHttpOnlyAndOnlyForTheForm()
    {
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/enquiry/who-are-you");

        var response = await client.PostFormAsync("/enquiry/who-are-you", page, ("Role", "Other"));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("familyfirst-enquiry=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/enquiry", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
