using System.Net.Mime;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Impact;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Outcomes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FamilyFirst.Web.Api;

/// <summary><c>POST /api/imports/{kind}</c> and <c>GET /api/reports/impact</c>: imports and reports without the UI.</summary>
public static class ImportsAndReportsEndpoints
{
    public static RouteGroupBuilder MapImportsAndReports(this RouteGroupBuilder api)
    {
        api.MapPost("/imports/{kind}", ImportAsync)
            .RequireAuthorization(Policies.Imports)
            .DisableAntiforgery()
            // Partner files are larger than the forms the app's default limit is set for; over this, 413.
            .WithMetadata(new RequestSizeLimitAttribute(ImportFiles.MaxUploadBytes))
            .Produces<ImportResponse>()
            .Produces<ImportResponse>(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithName("ImportPartnerData")
            .WithSummary("Imports a partner data file (CSV, as docs/data-formats.md): a multipart upload with a 'file' field, or a text/csv body. "
                + "Query: validRowsOnly=true applies the valid rows of a file with errors; dryRun=true checks and reports without saving; fileName names a text/csv body.");
        api.MapGet("/imports/{kind}", HistoryAsync)
            .RequireAuthorization(Policies.Imports)
            .Produces<IReadOnlyList<ImportHistoryItem>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithName("GetImportHistory")
            .WithSummary("The latest imports of a kind of file (at most 100, newest first): who, when, file name, SHA-256 and counts, so an integration can check a file was taken.");
        api.MapGet("/reports/impact", ImpactAsync)
            .RequireAuthorization(Policies.Reports)
            .Produces<ImpactFigures>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithName("GetImpactReport")
            .WithSummary("The impact report at asAt (yyyy-MM-dd, default today), optionally for families attached from/to (yyyy-MM-dd) and in a team (its id or name), as `report impact` prints it and the impact report page shows it.");
        api.MapGet("/reports/impact/supporting-families", SupportingFamiliesAsync)
            .RequireAuthorization(Policies.Reports)
            .Produces<Domain.Outcomes.SupportingFamilies.SupportingFamiliesFigures>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithName("GetSupportingFamiliesReport")
            .WithSummary("The Supporting Families figures at asAt (yyyy-MM-dd, default today) for every family on that framework: each step of the claim rule counted, claimable, and families, needs and needs sustained by headline outcome, as the impact report page shows them.");
        return api;
    }

    private static async Task<IResult> SupportingFamiliesAsync(string? asAt, SupportingFamiliesResultsService supporting, TimeProvider clock, CancellationToken cancellationToken)
    {
        var date = asAt is null ? clock.Today : ResultsFormats.ParseDate(asAt);
        if (date is null || !AssessmentDates.Contains(date.Value))
        {
            return Results.Problem($"asAt must be a real date, as yyyy-MM-dd, {AssessmentDates.InWords}", statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Json(await supporting.FiguresAsync(date.Value, cancellationToken), ResultsFormats.Json);
    }

    public sealed record ImportProblem(int? Line, string? Column, string Message);

    public sealed record ImportResponse(
        string Kind,
        string FileName,
        string Sha256,
        string Status,
        bool DryRun,
        Guid? ImportId,
        int RowsRead,
        int Applied,
        int Added,
        int Updated,
        int Duplicates,
        int Unmatched,
        int Invalid,
        int ErrorCount,
        IReadOnlyList<ImportProblem> Errors,
        IReadOnlyList<UnmatchedRowSummary> UnmatchedRows,
        string Summary);

    public sealed record ImportHistoryItem(
        Guid ImportId, string Kind, string FileName, string Sha256, string Source, string ImportedBy, DateTime StartedAtUtc, string Status,
        int RowsRead, int Added, int Updated, int Duplicates, int Unmatched, int Invalid);

    private static async Task<IResult> HistoryAsync(string kind, AppDbContext db, CancellationToken cancellationToken)
    {
        var parsed = ImportKinds.Parse(kind);
        if (!parsed.Succeeded)
        {
            return Results.Problem(parsed.Error, statusCode: StatusCodes.Status400BadRequest);
        }

        var runs = await db.ImportRuns.AsNoTracking().Where(r => r.Kind == parsed.Value).OrderByDescending(r => r.StartedAtUtc).Take(100).ToListAsync(cancellationToken);
        return Results.Ok(runs.Select(r => new ImportHistoryItem(
            r.Id, r.Kind.Name(), r.FileName, r.Sha256, r.Source.ToString(), r.ImportedByName, r.StartedAtUtc, r.Status.ToString(),
            r.RowsRead, r.Added, r.Updated, r.Duplicates, r.Unmatched, r.Invalid)).ToList());
    }

    private static async Task<IResult> ImportAsync(
        string kind, HttpContext http, PartnerDataImporter importer, bool? validRowsOnly, bool? dryRun, string? fileName, CancellationToken cancellationToken)
    {
        var parsed = ImportKinds.Parse(kind);
        if (!parsed.Succeeded)
        {
            return Results.Problem(parsed.Error, statusCode: StatusCodes.Status400BadRequest);
        }

        // Partner files are larger than the forms the app's default limit is set for.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ImportFiles.MaxUploadBytes;
        }

        if (!IsFileMediaType(http.Request.ContentType))
        {
            return Results.Problem("Send the file as text/csv, or as multipart/form-data with a 'file' field", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var (file, name) = await ReadFileAsync(http.Request, fileName, parsed.Value!, cancellationToken);
        if (file is null)
        {
            return Results.Problem("Send the file as a multipart upload with a 'file' field, or as a text/csv body", statusCode: StatusCodes.Status400BadRequest);
        }

        await using (file)
        {
            var outcome = await importer.ImportAsync(
                new ImportRequest(parsed.Value!, name, ImportSource.Api, validRowsOnly == true, dryRun == true), file, Actor.From(http.User), cancellationToken: cancellationToken);
            var response = new ImportResponse(
                outcome.Kind.Name(), outcome.FileName, outcome.Sha256, outcome.Status.ToString(), outcome.DryRun, outcome.RunId, outcome.RowsRead,
                outcome.Applied, outcome.Added, outcome.Updated, outcome.Duplicates, outcome.Unmatched, outcome.Invalid, outcome.Validation.ErrorCount,
                outcome.Validation.Errors.Select(e => new ImportProblem(e.Line, e.Column, e.Message)).ToList(), outcome.UnmatchedRows, outcome.Summary);
            return outcome.Rejected ? Results.UnprocessableEntity(response) : Results.Ok(response);
        }
    }

    // Routing is not asked to match the media type (Accepts metadata), as it answers a mismatch with 404.
    private static bool IsFileMediaType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals(MediaTypeNames.Text.Csv, StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals(MediaTypeNames.Text.Plain, StringComparison.OrdinalIgnoreCase));

    /// <summary>The uploaded file, buffered to a temporary file; null when the request carries none.</summary>
    private static async Task<(Stream? File, string Name)> ReadFileAsync(HttpRequest request, string? fileName, ImportKind kind, CancellationToken cancellationToken)
    {
        var defaultName = fileName ?? kind.Name() + ".csv";
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            return (null, defaultName);
        }

        if (contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                return (null, defaultName);
            }

            // Streamed section by section: the file is never held in memory.
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.DispositionType.Equals("form-data")
                    && disposition.Name.Value == "file")
                {
                    var name = disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value! : defaultName;
                    return (await ImportFiles.BufferAsync(section.Body, cancellationToken), name);
                }
            }

            return (null, defaultName);
        }

        if (contentType.MediaType.Equals(MediaTypeNames.Text.Csv, StringComparison.OrdinalIgnoreCase)
            || contentType.MediaType.Equals(MediaTypeNames.Text.Plain, StringComparison.OrdinalIgnoreCase))
        {
            return (await ImportFiles.BufferAsync(request.Body, cancellationToken), defaultName);
        }

        return (null, defaultName);
    }

    private static async Task<IResult> ImpactAsync(
        string? asAt, string? from, string? to, string? team, ImpactReportService report, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var date = asAt is null ? clock.Today : ResultsFormats.ParseDate(asAt);
        var fromDate = ResultsFormats.ParseDate(from);
        var toDate = ResultsFormats.ParseDate(to);
        string? problem =
            date is null ? "asAt must be a real date, as yyyy-MM-dd"
            : from is not null && fromDate is null ? "from must be a real date, as yyyy-MM-dd"
            : to is not null && toDate is null ? "to must be a real date, as yyyy-MM-dd"
            : fromDate > toDate ? "from must be on or before to"
            : null;
        if (problem is not null)
        {
            return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        var chosenTeam = await ImpactTeams.FindAsync(db, team, cancellationToken);
        if (team is not null && chosenTeam is null)
        {
            return Results.Problem("team must be the id or name of a team", statusCode: StatusCodes.Status400BadRequest);
        }

        var figures = await report.HeadlineAsync(new ImpactCohort(date!.Value, fromDate, toDate, chosenTeam?.Id, chosenTeam?.Name), cancellationToken);
        return Results.Json(figures, ResultsFormats.Json);
    }
}
