using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FamilyFirst.Web.Tests.Notifications;

/// <summary>
/// GOV.UK Notify's two sending endpoints, as its API documentation describes them, on a real Kestrel
/// server on a loopback port inside the test. It checks each request against the contract (a Bearer JWT
/// signed HS256 with the key's secret, <c>iss</c> the service id, <c>iat</c> a number of seconds within 30 of now; a JSON body
/// with <c>template_id</c>, the recipient, <c>personalisation</c> and <c>reference</c>) and answers as Notify
/// does: 201 with the notification, or Notify's error JSON.
/// </summary>
public sealed class TestNotifyServer : IAsyncDisposable
{
    public const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    public const string Secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public const string ApiKey = "family_first_test-" + ServiceId + "-" + Secret;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<NotifyRequest> _requests = new();

    public TestNotifyServer(int port)
    {
        Port = port;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.MapPost("/v2/notifications/email", context => HandleAsync(context, "email"));
        _app.MapPost("/v2/notifications/sms", context => HandleAsync(context, "sms"));
    }

    public enum Behaviour
    {
        /// <summary>201 Created for a request that meets the contract.</summary>
        Accept,

        /// <summary>400 BadRequestError, as for a team-only key sending to someone outside the team.</summary>
        RejectAsBadRequest,

        /// <summary>403 AuthError, as for a revoked key.</summary>
        RejectAsUnauthorised,

        /// <summary>500 Exception, Notify's internal server error.</summary>
        FailWithServerError,

        /// <summary>No answer for 10 seconds.</summary>
        Hang,
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public Behaviour Next { get; set; } = Behaviour.Accept;

    public IReadOnlyList<NotifyRequest> Requests => _requests.ToArray();

    public Task StartAsync() => _app.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Why the Authorization header does not meet Notify's contract, or null when it does.</summary>
    public static string? CheckToken(string? authorization, DateTimeOffset now)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return "Unauthorized: authentication token must be provided";
        }

        var parts = authorization["Bearer ".Length..].Split('.');
        if (parts.Length != 3)
        {
            return "Invalid token: not a JWT";
        }

        var header = JsonNode.Parse(Base64Url(parts[0]));
        if (header?["alg"]?.GetValue<string>() != "HS256")
        {
            return "Invalid token: algorithm must be HS256";
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url(parts[2])))
        {
            return "Invalid token: signature, api token not found";
        }

        var claims = JsonNode.Parse(Base64Url(parts[1]));
        if (claims?["iss"]?.GetValue<string>() != ServiceId)
        {
            return "Invalid token: service not found";
        }

        // A JSON number of seconds since 1970 (Notify's server, PyJWT, takes whole or decimal numbers).
        if (claims["iat"] is not JsonValue iat || iat.GetValueKind() != JsonValueKind.Number)
        {
            return "Invalid token: iat must be a number";
        }

        var issuedAt = iat.GetValue<double>();

        if (Math.Abs(now.ToUnixTimeSeconds() - issuedAt) > 30)
        {
            return "Error: Your system clock must be accurate to within 30 seconds";
        }

        return null;
    }

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        return Convert.FromBase64String(padded);
    }

    private static string? CheckBody(JsonObject? body, string type)
    {
        if (body is null)
        {
            return "The body must be a JSON object";
        }

        if (body["template_id"] is not JsonValue templateId || !Guid.TryParse(templateId.GetValue<string>(), out _))
        {
            return "template_id is not a valid UUID";
        }

        var recipientField = type == "email" ? "email_address" : "phone_number";
        if (body[recipientField] is not JsonValue recipient || string.IsNullOrWhiteSpace(recipient.GetValue<string>()))
        {
            return $"{recipientField} is a required property";
        }

        if (body["personalisation"] is not null and not JsonObject)
        {
            return "personalisation must be an object";
        }

        if (body["personalisation"] is JsonObject personalisation && personalisation.Any(p => p.Value is not JsonValue))
        {
            return "personalisation values must be strings";
        }

        if (body["reference"] is { } reference && reference.GetValueKind() != JsonValueKind.String)
        {
            return "reference must be a string";
        }

        return null;
    }

    private async Task HandleAsync(HttpContext context, string type)
    {
        var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        var tokenProblem = CheckToken(context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, DateTimeOffset.UtcNow);
        var bodyProblem = context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true ? CheckBody(body, type) : "Content-Type must be application/json";
        var request = new NotifyRequest(type, context.Request.Path, body, tokenProblem, bodyProblem);
        _requests.Enqueue(request);

        if (tokenProblem is not null)
        {
            await Error(context, 403, "AuthError", tokenProblem);
            return;
        }

        if (bodyProblem is not null)
        {
            await Error(context, 400, "ValidationError", bodyProblem);
            return;
        }

        switch (Next)
        {
            case Behaviour.RejectAsBadRequest:
                await Error(context, 400, "BadRequestError", "Can't send to this recipient using a team-only API key");
                return;
            case Behaviour.RejectAsUnauthorised:
                await Error(context, 403, "AuthError", "Invalid token: API key revoked");
                return;
            case Behaviour.FailWithServerError:
                await Error(context, 500, "Exception", "Internal server error");
                return;
            case Behaviour.Hang:
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
        }

        var id = Guid.NewGuid();
        request.NotificationId = id;
        var templateId = body!["template_id"]!.GetValue<string>();
        var content = type == "email"
            ? new JsonObject { ["subject"] = "SUBJECT TEXT", ["body"] = "MESSAGE TEXT", ["from_email"] = "family.first@notifications.service.gov.uk", ["one_click_unsubscribe_url"] = null }
            : new JsonObject { ["body"] = "MESSAGE TEXT", ["from_number"] = "NORTHMOOR" };
        var response = new JsonObject
        {
            ["id"] = id.ToString(),
            ["reference"] = body["reference"]?.GetValue<string>(),
            ["content"] = content,
            ["uri"] = $"{BaseUrl}/v2/notifications/{id}",
            ["template"] = new JsonObject { ["id"] = templateId, ["version"] = 1, ["uri"] = $"{BaseUrl}/services/{ServiceId}/templates/{templateId}" },
        };
        context.Response.StatusCode = 201;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString());
    }

    private static async Task Error(HttpContext context, int status, string error, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var body = new JsonObject
        {
            ["status_code"] = status,
            ["errors"] = new JsonArray(new JsonObject { ["error"] = error, ["message"] = message }),
        };
        await context.Response.WriteAsync(body.ToJsonString());
    }

    /// <summary>One request as the server saw it, with what (if anything) broke the contract.</summary>
    public sealed class NotifyRequest(string type, string path, JsonObject? body, string? tokenProblem, string? bodyProblem)
    {
        public string Type { get; } = type;

        public string Path { get; } = path;

        public JsonObject? Body { get; } = body;

        public string? TokenProblem { get; } = tokenProblem;

        public string? BodyProblem { get; } = bodyProblem;

        public Guid? NotificationId { get; set; }

        public string? Field(string name) => Body?[name] is JsonValue value ? value.GetValue<string>() : null;

        public IReadOnlyDictionary<string, string?> Personalisation =>
            (Body?["personalisation"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.GetValue<string>()) ?? new Dictionary<string, string?>();
    }
}
