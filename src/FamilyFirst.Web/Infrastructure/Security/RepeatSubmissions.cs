using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using FamilyFirst.Web.Infrastructure.FamilyView;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyFirst.Web.Infrastructure.Security;

/// <summary>How long a sent form is remembered (<c>Security:RepeatSubmissions</c>).</summary>
public sealed class RepeatSubmissionOptions
{
    public const string Section = "Security:RepeatSubmissions";

    /// <summary>
    /// A sent form is remembered this long, then removed by the hourly sweep (<c>UploadSweeper</c>): a resubmission is
    /// a lost response sent again within moments, and a form sent again after a day is a new one (ADR 0026).
    /// </summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>
/// Every form is safe to send again (ADR 0026). Each POST form carries a fresh random key
/// (<see cref="SubmissionKeyTagHelper"/>); for a signed-in person's POST that carries one, the first save that changes
/// anything also saves a <see cref="FormSubmission"/> whose id is derived from the key, the person, the address and the
/// values sent, in the same transaction (<see cref="AppDbContext.Submission"/>). The same form sent again (a refresh
/// after a lost response, a double click, the browser's resubmit) finds it and is sent where the first went, with the
/// first's confirmation, and nothing runs again. Two identical posts at once save one: the second's save fails on the
/// unique id, and it too is sent where the first went. A different key, or the same key with other values (a form
/// brought back with the browser's Back button and changed), is a new submission.
/// </summary>
public sealed class RepeatSubmissions(TimeProvider time, ITempDataDictionaryFactory tempData, IUrlHelperFactory urls) : IAsyncPageFilter
{
    /// <summary>The hidden field every POST form carries.</summary>
    public const string FieldName = "__SubmissionKey";

    /// <summary>Shown on a repeat when the first submission showed no confirmation of its own.</summary>
    public const string AlreadySent = "That form had already been sent, so nothing was changed again";

    /// <summary>How long a repeat waits for the first submission (still running) to answer before going back to the form's address.</summary>
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(10);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <summary>Removes the forms sent before <paramref name="cutoffUtc"/> (through the <c>SubmittedAtUtc</c> index); returns how many.</summary>
    public static Task<int> ForgetSentBeforeAsync(AppDbContext db, DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.FormSubmissions.Where(s => s.SubmittedAtUtc < cutoffUtc).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!Covers(context.HandlerMethod, context.ActionDescriptor.EndpointMetadata)
            || SenderOf(http.User) is not { } sender
            || !http.Request.HasFormContentType
            || !Guid.TryParse(http.Request.Form[FieldName], out var key))
        {
            await next();
            return;
        }

        var id = IdOf(key, sender, http.Request.Path + http.Request.QueryString, http.Request.Form);
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        if (await db.FormSubmissions.AsNoTracking().AnyAsync(s => s.Id == id, http.RequestAborted))
        {
            context.Result = await RepeatAsync(db, id, http);
            return;
        }

        var submission = new FormSubmission { Id = id, UserId = sender, SubmittedAtUtc = time.GetUtcNow().UtcDateTime };
        db.Submission = submission;
        PageHandlerExecutedContext executed;
        try
        {
            executed = await next();
        }
        finally
        {
            db.Submission = null;
        }

        if (executed.Exception is DbUpdateException && !executed.ExceptionHandled)
        {
            // Two identical posts at once: the other one's submission took the id first, so this one changed nothing.
            if (await db.FormSubmissions.AsNoTracking().AnyAsync(s => s.Id == id, http.RequestAborted))
            {
                executed.ExceptionHandled = true;
                executed.Result = await RepeatAsync(db, id, http);
            }

            return;
        }

        if (executed.Exception is null && db.Entry(submission).State == EntityState.Unchanged)
        {
            var location = LocationOf(executed.Result, executed) ?? (http.Request.PathBase + http.Request.Path + http.Request.QueryString).ToString();
            var message = tempData.GetTempData(http).Peek(Flash.Key) as string;
            await db.FormSubmissions.Where(s => s.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.Location, location).SetProperty(x => x.Message, message),
                CancellationToken.None);
        }
    }

    /// <summary>
    /// Whether a handler's resubmissions are recognised: every POST handler of a page that needs a sign-in (staff or
    /// family member). Public forms have their own protection (the enquiry's draft key, single-use links).
    /// </summary>
    public static bool Covers(HandlerMethodDescriptor? handler, IEnumerable<object> endpointMetadata) =>
        handler is not null
        && string.Equals(handler.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)
        && !endpointMetadata.OfType<IAllowAnonymous>().Any();

    /// <summary>The id a submission is saved under: the same for the same form sent again by the same person, with the same values.</summary>
    public static Guid IdOf(Guid key, string sender, string address, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var text = new StringBuilder();
        text.Append(key.ToString("N")).Append('\n').Append(sender).Append('\n').Append(address).Append('\n');
        foreach (var field in form.Where(f => f.Key is not FieldName and not "__RequestVerificationToken").OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            foreach (var value in field.Value)
            {
                text.Append(field.Key).Append('=').Append(value?.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
            }
        }

        foreach (var file in form.Files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            text.Append(file.Name).Append("=file:").Append(file.FileName).Append(':').Append(file.Length.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static string? SenderOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true
            ? null
            : user.FindFirstValue(ClaimTypes.NameIdentifier) is { } staff ? staff
            : user.FindFirstValue(FamilyMemberAuthentication.AccessIdClaim) is { } member ? "family:" + member
            : null;

    /// <summary>Sends a repeat where the first went, with its confirmation; waits briefly for a first that is still running.</summary>
    private async Task<IActionResult> RepeatAsync(AppDbContext db, Guid id, HttpContext http)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        FormSubmission? first;
        while ((first = await db.FormSubmissions.AsNoTracking().SingleAsync(s => s.Id == id, http.RequestAborted)).Location is null
            && waited.Elapsed < WaitForFirst)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), http.RequestAborted);
        }

        tempData.GetTempData(http).Success(first.Message ?? AlreadySent);
        return new RedirectResult(first.Location ?? (http.Request.PathBase + http.Request.Path + http.Request.QueryString).ToString());
    }

    /// <summary>The local address a handler's redirect sends the person to; null for anything else (a page, a file).</summary>
    private string? LocationOf(IActionResult? result, ActionContext context)
    {
        var url = result switch
        {
            RedirectResult redirect => redirect.Url,
            LocalRedirectResult redirect => redirect.Url,
            RedirectToPageResult page => (page.UrlHelper ?? urls.GetUrlHelper(context)).Page(page.PageName, page.PageHandler, page.RouteValues, page.Protocol, page.Host, page.Fragment),
            _ => null,
        };
        return url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : null;
    }
}

/// <summary>Puts a fresh submission key in every POST form (<see cref="RepeatSubmissions"/>); pages write nothing for it.</summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class SubmissionKeyTagHelper : TagHelper
{
    // After the framework's form tag helper, which adds the antiforgery token.
    public override int Order => 1_000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (output.Attributes["method"]?.Value?.ToString() is { } method && string.Equals(method, "post", StringComparison.OrdinalIgnoreCase))
        {
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{RepeatSubmissions.FieldName}\" value=\"{Guid.NewGuid():N}\">");
        }
    }
}
