using System.Diagnostics.Metrics;
using System.Text;
using AngleSharp.Html.Dom;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using Xunit.Abstractions;

namespace FamilyFirst.Web.Tests.Imports;

/// <summary>How often an upload's rows are parsed and written between the upload and the import, counted by the importer's meter.</summary>
public class ImportWorkTests(FamilyFirstFactory factory, ITestOutputHelper output) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task UploadPreviewApply_ParsesEachRowOnceForThePreviewAndOnceForTheApply_AndWritesItOnce()
    {
        var family = await factory.ImportFamilyAsync();
        const int rows = 3;
        var csv = "person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n"
            + string.Concat(Enumerable.Range(0, rows).Select(i => $"{family.ChildRef},2013-0{i + 1}-01,2013-0{i + 1}-20,20,0,{i}\n"));
        var email = $"analyst.{Guid.NewGuid():N}@example.gov.uk";
        await factory.CreateUserAsync(email, Roles.Analyst);
        var analyst = factory.CreateBrowserlessClient();
        await analyst.SignInAsync(email);
        using var counts = new ImportCounts(factory.Services.GetRequiredService<IMeterFactory>());

        var upload = await analyst.GetPageAsync("/imports/upload");
        var token = ((IHtmlInputElement)upload.QuerySelector("main form input[name=__RequestVerificationToken]")!).Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("attendance"), "Kind" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "terms.csv" },
        };
        var uploaded = await analyst.PostAsync("/imports/upload", form);
        var previewUrl = uploaded.Headers.Location!.OriginalString;
        var preview = await analyst.GetPageAsync(previewUrl);
        var previewParsed = counts.Parsed;
        var previewWritten = counts.Written;
        var applied = await analyst.PostFormAsync(previewUrl + "?handler=Apply", preview, [], "form[action*=Apply]");

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        output.WriteLine($"Preview: {previewParsed / (double)rows} parses and {previewWritten / (double)rows} writes a row; apply: {(counts.Parsed - previewParsed) / (double)rows} parses and {(counts.Written - previewWritten) / (double)rows} writes a row.");
        Assert.Equal((rows, 0), (previewParsed, previewWritten));
        Assert.Equal((2 * rows, rows), (counts.Parsed, counts.Written));
    }

    /// <summary>Adds up the importer's counters of this test's own app.</summary>
    private sealed class ImportCounts : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _parsed;
        private long _written;

        public ImportCounts(IMeterFactory meters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ImportMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                if (instrument.Name.EndsWith("rows_parsed", StringComparison.Ordinal))
                {
                    Interlocked.Add(ref _parsed, value);
                }
                else if (instrument.Name.EndsWith("rows_written", StringComparison.Ordinal))
                {
                    Interlocked.Add(ref _written, value);
                }
            });
            _listener.Start();
        }

        public long Parsed => Interlocked.Read(ref _parsed);

        public long Written => Interlocked.Read(ref _written);

        public void Dispose() => _listener.Dispose();
    }
}
