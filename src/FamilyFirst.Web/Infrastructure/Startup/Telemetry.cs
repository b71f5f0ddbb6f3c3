using System.Diagnostics;
using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Infrastructure.Notifications;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FamilyFirst.Web.Infrastructure.Startup;

/// <summary>
/// OpenTelemetry traces and metrics, sent over OTLP to the council's collector when an endpoint is configured
/// (<c>OpenTelemetry:Endpoint</c>, or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); without one nothing is collected or
/// sent. Traces: requests (named by route pattern, never by address), outgoing HTTP calls, PostgreSQL commands (Npgsql),
/// the outbox dispatcher and imports. Metrics: the same, with the outbox's and imports' counts and durations. Personal data
/// is kept out by <see cref="PersonalDataScrubber"/> (docs/operations.md, Observability).
/// </summary>
public static class Telemetry
{
    public const string EndpointSetting = "OpenTelemetry:Endpoint";

    public const string ProtocolSetting = "OpenTelemetry:Protocol";

    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string ServiceName = "familyfirst";

    public static bool IsEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[EndpointSetting]) || !string.IsNullOrWhiteSpace(configuration[StandardEndpointVariable]);

    public static WebApplicationBuilder AddFamilyFirstTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (!IsEnabled(configuration))
        {
            return builder;
        }

        var endpoint = configuration[EndpointSetting];
        var protocol = configuration[ProtocolSetting];
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t
                .AddSource(ImportMetrics.MeterName, OutboxTelemetry.Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    // Health checks come every few seconds from every balancer: noise, not traces.
                    o.Filter = c => !c.Request.Path.StartsWithSegments("/health");
                    o.RecordException = false;
                })
                .AddHttpClientInstrumentation(o => o.RecordException = false)
                .AddNpgsql()
                .AddProcessor(new PersonalDataScrubber())
                .AddOtlpExporter(o => Point(o, endpoint, protocol, "traces")))
            .WithMetrics(m => m
                .AddMeter(ImportMetrics.MeterName, OutboxTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddOtlpExporter(o => Point(o, endpoint, protocol, "metrics")));
        return builder;
    }

    /// <summary><c>OpenTelemetry:Endpoint</c> and <c>Protocol</c> when set; otherwise the exporter reads the standard <c>OTEL_EXPORTER_OTLP_*</c> variables itself.</summary>
    private static void Point(OtlpExporterOptions options, string? endpoint, string? protocol, string signal)
    {
        if (string.Equals(protocol, "http/protobuf", StringComparison.OrdinalIgnoreCase))
        {
            options.Protocol = OtlpExportProtocol.HttpProtobuf;
        }
        else if (string.Equals(protocol, "grpc", StringComparison.OrdinalIgnoreCase))
        {
            options.Protocol = OtlpExportProtocol.Grpc;
        }

        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            var root = endpoint.TrimEnd('/');
            options.Endpoint = new Uri(options.Protocol == OtlpExportProtocol.HttpProtobuf ? $"{root}/v1/{signal}" : root);
        }
    }
}

/// <summary>
/// Takes what could identify a person out of every span before it is exported: the SQL text (<c>db.query.text</c>), an
/// address's path (replaced by its route pattern, <c>/families/{id:guid}</c>), query string and full URL, the client's
/// address and user agent, and status descriptions (exception messages). Spans are named by route pattern by the ASP.NET Core
/// instrumentation and by the app's own sources with fixed names.
/// </summary>
public sealed class PersonalDataScrubber : BaseProcessor<Activity>
{
    private static readonly string[] Removed =
    [
        "db.statement", "db.query.text", "db.connection_string", "url.query", "url.full", "http.url", "http.target",
        "client.address", "client.port", "network.peer.address", "network.peer.port", "user_agent.original", "enduser.id",
    ];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var tag in Removed)
        {
            if (data.GetTagItem(tag) is not null)
            {
                data.SetTag(tag, null);
            }
        }

        if (data.GetTagItem("url.path") is not null)
        {
            // The route pattern, or nothing (an address that matched no route).
            data.SetTag("url.path", data.GetTagItem("http.route") is string route ? "/" + route.TrimStart('/') : null);
        }

        if (data.StatusDescription is not null)
        {
            data.SetStatus(data.Status);
        }
    }
}
