using System.Diagnostics;
using System.Globalization;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Imports;
using FamilyFirst.Web.Tests.Notifications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FamilyFirst.Web.Tests.Operations;

/// <summary>
/// OpenTelemetry (docs/operations.md, Observability): with an OTLP endpoint configured, a family page and an import are
/// traced, and what would be exported (captured here with the in-memory exporter, after the app's own processing) holds no
/// personal data: no names, references or family ids in span names or attributes, no SQL text, paths as route patterns.
/// The outbox dispatcher's spans carry neither the recipient nor the message. Without an endpoint nothing is collected.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task AFamilyPageAndAnImport_AreTraced_WithoutPersonalData()
    {
        var spans = new SpanList();
        var metrics = new List<Metric>();
        using var app = new FamilyFirstFactory().OwnApp().WithSetting("OpenTelemetry:Endpoint", "http://127.0.0.1:1");
        using var traced = app.WithWebHostBuilder(b => b.ConfigureServices(s => s
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics))));

        var team = await app.CreateTeamAsync("Telemetry team");
        var practitioner = await app.CreateStaffAsync("telemetry.practitioner@test.gov.uk", Roles.Practitioner, team);
        var family = await app.CreateFamilyAsync(
            "Featherstonehaugh", practitioner, team, null, ("Zebedee", "Featherstonehaugh", new DateOnly(2015, 3, 1), FamilyRole.ChildOrYoungPerson));
        var imported = TestFamily.New();

        // An import, through the traced app's importer.
        await using (var scope = traced.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<PartnerDataImporter>();
            foreach (var (kind, csv) in new[] { (ImportKind.Families, imported.FamiliesCsv()), (ImportKind.People, imported.PeopleCsv()) })
            {
                using var file = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
                var outcome = await importer.ImportAsync(new ImportRequest(kind, imported.FamilyRef + ".csv", ImportSource.CommandLine, false, false), file, Actor.CommandLine);
                Assert.True(outcome.Added > 0, outcome.Summary);
            }
        }

        // The family's page, signed in.
        var client = traced.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await client.SignInAsync("telemetry.practitioner@test.gov.uk");
        // Its own trace id: the exporter listens to the whole process, where other test classes' apps serve family pages too.
        var traceId = ActivityTraceId.CreateRandom();
        using (var request = new HttpRequestMessage(HttpMethod.Get, traced.Services.GetRequiredService<FamilyFirstLinks>().Family(family.Id)))
        {
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
            using var page = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        traced.Services.GetRequiredService<TracerProvider>().ForceFlush();
        traced.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var captured = spans.Snapshot();

        var requests = captured.Where(s => s.Source.Name == "Microsoft.AspNetCore").ToList();
        var familyPage = requests.SingleOrDefault(s => s.TraceId == traceId && s.DisplayName == "GET families/{id:guid}" && s.GetTagItem("http.response.status_code") is 200);
        Assert.True(familyPage is not null, "No span for the family page among: " + string.Join("; ", requests.Select(s => s.DisplayName + " " + string.Join(",", s.TagObjects.Select(t => t.Key + "=" + t.Value)))));
        Assert.Equal("/families/{id:guid}", familyPage!.GetTagItem("url.path"));
        Assert.Contains(captured, s => s.Source.Name == ImportMetrics.MeterName && s.DisplayName == "import families" && s.GetTagItem("familyfirst.import.added") is 1);
        Assert.Contains(captured, s => s.Source.Name == ImportMetrics.MeterName && s.DisplayName == "import people" && s.GetTagItem("familyfirst.import.added") is 2);
        if (app.Database.Provider == "Postgres")
        {
            Assert.Contains(captured, s => s.Source.Name == "Npgsql" && s.TraceId == familyPage.TraceId);
        }

        string[] personal =
        [
            family.Id.ToString("D"), family.Id.ToString("N"), family.Reference, "Featherstonehaugh", "Zebedee",
            imported.FamilyRef, imported.ChildRef, imported.AdultRef, "O'Brien", "Zoë", "telemetry.practitioner",
        ];
        foreach (var span in captured)
        {
            foreach (var text in Texts(span))
            {
                foreach (var value in personal)
                {
                    Assert.False(text.Contains(value, StringComparison.OrdinalIgnoreCase), $"A {span.Source.Name} span ({span.DisplayName}) carries \"{value}\": {text}");
                }
            }

            Assert.Null(span.GetTagItem("db.query.text"));
            Assert.Null(span.GetTagItem("db.statement"));
            Assert.Null(span.GetTagItem("client.address"));
        }

        var names = metrics.Select(m => m.Name).ToHashSet();
        Assert.Contains("familyfirst.imports.runs", names);
        Assert.Contains("familyfirst.imports.duration", names);
        Assert.Contains("http.server.request.duration", names);
    }

    [Fact]
    public async Task TheOutboxDispatcher_IsTraced_WithoutTheRecipientOrTheMessage()
    {
        var spans = new SpanList();
        using var app = new NotificationsFactory();
        app.WithSetting("OpenTelemetry:Endpoint", "http://127.0.0.1:1");
        using var traced = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))));
        Guid id;
        ActivityTraceId traceId;
        await using (var scope = traced.Services.CreateAsyncScope())
        {
            var message = await scope.ServiceProvider.GetRequiredService<NotificationOutbox>().QueueAsync(
                "ottoline.quirke@example.com", NotificationChannel.Email, NotificationTemplates.EnquiryConfirmation, new Dictionary<string, string>
                {
                    ["name"] = "Ottoline Quirke", ["serviceName"] = "Family First", ["reference"] = "ENQ-TELEMETRY", ["responseTarget"] = "within 2 working days",
                });
            id = message!.Id;
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        await using (var smtp = new TestSmtpServer(app.SmtpPort))
        {
            await smtp.StartAsync();
            var dispatcher = new OutboxDispatcher(
                traced.Services.GetRequiredService<IServiceScopeFactory>(), traced.Services.GetRequiredService<IOptions<NotificationOptions>>(),
                new FakeTimeProvider(DateTimeOffset.UtcNow.AddSeconds(1)), traced.Services.GetRequiredService<ILogger<OutboxDispatcher>>(), "node-telemetry");
            // Under a trace of the test's own: the in-process exporter also hears the dispatchers of other test classes'
            // apps running at the same time, so the spans are picked by this trace.
            using var test = new Activity("telemetry test").Start();
            test.ActivityTraceFlags |= ActivityTraceFlags.Recorded;
            Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));
            traceId = test.TraceId;
        }

        var captured = spans.Snapshot().Where(s => s.TraceId == traceId).ToList();

        var send = Assert.Single(captured, s => s.Source.Name == OutboxTelemetry.Name && s.DisplayName == "outbox send" && s.GetTagItem("familyfirst.outbox.outcome") is "sent");
        Assert.Equal("Email", send.GetTagItem("familyfirst.outbox.channel"));
        Assert.Contains(captured, s => s.Source.Name == OutboxTelemetry.Name && s.DisplayName == "outbox dispatch" && s.SpanId == send.ParentSpanId);
        foreach (var span in captured)
        {
            foreach (var text in Texts(span))
            {
                foreach (var value in new[] { "ottoline", "Quirke", "ENQ-TELEMETRY", id.ToString("D") })
                {
                    Assert.False(text.Contains(value, StringComparison.OrdinalIgnoreCase), $"A {span.Source.Name} span ({span.DisplayName}) carries \"{value}\": {text}");
                }
            }
        }
    }

    [Fact]
    public void WithoutAnEndpoint_NothingIsCollected()
    {
        using var app = new FamilyFirstFactory().OwnApp();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    /// <summary>Everything a span would carry to the collector as text.</summary>
    private static IEnumerable<string> Texts(Activity span)
    {
        yield return span.DisplayName;
        yield return span.OperationName;
        if (span.StatusDescription is { } status)
        {
            yield return status;
        }

        foreach (var (key, value) in span.TagObjects)
        {
            yield return key + "=" + Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        foreach (var e in span.Events)
        {
            yield return e.Name;
            foreach (var (key, value) in e.Tags)
            {
                yield return key + "=" + Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }

        foreach (var (key, value) in span.Baggage)
        {
            yield return key + "=" + value;
        }
    }

    /// <summary>
    /// Where the in-memory exporter puts spans. It adds each span on the thread that ended it (a background job's too),
    /// so adding and copying take the same lock: a plain list copied while a span was added failed now and then.
    /// </summary>
    private sealed class SpanList : System.Collections.ObjectModel.Collection<Activity>
    {
        private readonly Lock _gate = new();

        public List<Activity> Snapshot()
        {
            lock (_gate)
            {
                return [.. this];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_gate)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
