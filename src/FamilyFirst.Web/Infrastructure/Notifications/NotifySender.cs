using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Notify.Client;
using Notify.Exceptions;
using Notify.Interfaces;

namespace FamilyFirst.Web.Infrastructure.Notifications;

/// <summary>
/// Sends emails and text messages through GOV.UK Notify with the <c>GovukNotify</c> client. Notify holds its
/// own copy of each template: we send its id (from <c>Notifications:Notify:Templates:&lt;name&gt;</c>), the
/// personalisation, and the outbox message's id as the reference.
/// </summary>
/// <remarks>
/// How Notify's answers are treated: 400 (a validation error, such as a number that is not a mobile, or a
/// team-only key) and any other 4xx except 403 and 429 are permanent, because sending the same request again
/// gets the same answer. 403 (the key is wrong or revoked, or the clock is out) and 429 (rate limit) are the
/// service's configuration or load, not the message's fault, so they are retried, as are 5xx, timeouts and
/// connection failures.
/// </remarks>
public sealed partial class NotifyNotificationSender(IOptions<NotificationOptions> options, IHttpClientFactory httpClients) : INotificationSender
{
    public const string HttpClientName = "GovukNotify";

    private NotificationClient? _client;

    public bool Delivers => true;

    public async Task<string?> SendAsync(RenderedNotification message, CancellationToken cancellationToken)
    {
        var notify = options.Value.Notify;
        var templateId = notify.TemplateId(message.Template)
            ?? throw new PermanentNotificationException($"No GOV.UK Notify template id is set for '{message.Template}'. Set Notifications:Notify:Templates:{message.Template}, then resend the message.");
        var personalisation = message.Personalisation.ToDictionary(p => p.Key, p => (dynamic)p.Value, StringComparer.Ordinal);
        var reference = message.Id.ToString();
        _client ??= new NotificationClient(new NotifyHttpClient(httpClients.CreateClient(HttpClientName), new Uri(notify.BaseUrl.TrimEnd('/') + "/", UriKind.Absolute)), notify.ApiKey);

        try
        {
            // The client blocks on its HTTP call internally; running it on the pool keeps this thread free.
            return message.Channel switch
            {
                NotificationChannel.Email => (await Task.Run(() => _client.SendEmailAsync(message.Recipient, templateId, personalisation, reference, Blank(notify.EmailReplyToId)), cancellationToken)).id,
                NotificationChannel.TextMessage => (await Task.Run(() => _client.SendSmsAsync(message.Recipient, templateId, personalisation, reference, Blank(notify.SmsSenderId)), cancellationToken)).id,
                _ => throw new PermanentNotificationException($"GOV.UK Notify cannot send a message by {message.Channel}."),
            };
        }
        catch (Exception ex) when (Classify(ex) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>Turns what the client throws into a permanent or a retryable failure with a readable reason.</summary>
    internal static Exception? Classify(Exception ex)
    {
        var inner = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions.FirstOrDefault() ?? ex : ex;
        switch (inner)
        {
            case NotifyClientException notify when StatusCode(notify.Message) is { } status:
                var reason = $"GOV.UK Notify answered {status}: {ErrorsOf(notify.Message)}";
                return status is >= 400 and < 500 and not 403 and not 429
                    ? new PermanentNotificationException(reason)
                    : new RetryableNotificationException(reason, notify);
            case NotifyClientException notify:
                return new RetryableNotificationException($"GOV.UK Notify could not be reached: {notify.Message}", notify);
            case NotifyAuthException auth:
                return new PermanentNotificationException($"The GOV.UK Notify settings are not valid: {auth.Message}");
            case TaskCanceledException or TimeoutException:
                return new RetryableNotificationException("GOV.UK Notify did not answer in time.", inner);
            case HttpRequestException http:
                return new RetryableNotificationException($"GOV.UK Notify could not be reached: {http.Message}", http);
            default:
                return ex is AggregateException ? new RetryableNotificationException($"Sending through GOV.UK Notify failed: {inner.GetType().Name}: {inner.Message}", inner) : null;
        }
    }

    private static int? StatusCode(string message) =>
        StatusPattern().Match(message) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The client's message is "Status code 400. Error: {Notify's JSON}, Exception: ...": Notify's errors,
    /// as "BadRequestError: Can't send to this recipient ...", or the message as it is.
    /// </summary>
    private static string ErrorsOf(string message)
    {
        const string start = "Error: ";
        const string end = ", Exception: ";
        var from = message.IndexOf(start, StringComparison.Ordinal);
        var to = message.IndexOf(end, StringComparison.Ordinal);
        if (from >= 0 && to > from)
        {
            try
            {
                if (System.Text.Json.Nodes.JsonNode.Parse(message[(from + start.Length)..to])?["errors"] is System.Text.Json.Nodes.JsonArray errors)
                {
                    return string.Join("; ", errors.Select(e => $"{e?["error"]}: {e?["message"]}"));
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // Not Notify's error JSON (a proxy's error page, say): keep the text as it came.
            }
        }

        return message;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex(@"^Status code (\d{3})")]
    private static partial Regex StatusPattern();

    /// <summary>
    /// The client's HTTP connection, on an <see cref="HttpClient"/> from the app's factory (so it has the
    /// configured timeout), always pointing at <c>Notifications:Notify:BaseUrl</c>: the client sets Notify's
    /// public address itself when it is built with an <see cref="IHttpClient"/>.
    /// </summary>
    private sealed class NotifyHttpClient : IHttpClient
    {
        private readonly HttpClient _http;
        private readonly Uri _baseAddress;

        public NotifyHttpClient(HttpClient http, Uri baseAddress)
        {
            _http = http;
            _baseAddress = baseAddress;
            _http.BaseAddress = baseAddress;
        }

        public Uri BaseAddress
        {
            get => _baseAddress;
            set => SetClientBaseAddress();
        }

        public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request);

        public void SetClientBaseAddress() => _http.BaseAddress = _baseAddress;

        public void AddContentHeader(string header) => _http.DefaultRequestHeaders.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue(header));

        public void AddUserAgent(string userAgent) => _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);

        public void Dispose() => _http.Dispose();
    }
}
