using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>
/// The app as it runs behind the council's proxy: served at https://familyfirst.example.gov.uk, trusting forwarded
/// headers only from <see cref="TrustedProxy"/>. The test server has no real connection, so each request names the
/// address it comes from in <see cref="PeerHeader"/>, which a test-only first middleware makes the connection's address.
/// </summary>
public sealed class BehindAProxy : FamilyFirstFactory
{
    public const string ServiceUrl = "https://familyfirst.example.gov.uk";
    public const string TrustedProxy = "10.0.0.1";
    public const string PeerHeader = "X-Test-Peer";

    public BehindAProxy()
    {
        WithSetting("Council:ServiceUrl", ServiceUrl);
        WithSetting("ForwardedHeaders:KnownProxies:0", TrustedProxy);
        WithSetting("Enquiry:RateLimit:PermitLimit", "1");
        WithSetting("Enquiry:RateLimit:WindowSeconds", "600");
    }

    /// <summary>A client whose requests come from <paramref name="peer"/> with the given forwarded headers; it keeps cookies whatever their flags.</summary>
    public (HttpClient Client, CookieJar Jar) From(string? peer, string? forwardedFor = null, string? forwardedProto = null, CookieJar? jar = null)
    {
        jar ??= new CookieJar();
        var handler = new ForwardingHandler(peer, forwardedFor, forwardedProto, jar);
        return (CreateDefaultClient(new Uri("http://familyfirst.example.gov.uk"), handler), jar);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, PeerAddress>());
    }

    /// <summary>Every cookie the app set, with its attributes, and the current values to send back.</summary>
    public sealed class CookieJar
    {
        public List<string> SetCookies { get; } = [];

        public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

        public string SetCookie(string name) => SetCookies.Last(c => c.StartsWith(name + "=", StringComparison.Ordinal));
    }

    private sealed class ForwardingHandler(string? peer, string? forwardedFor, string? forwardedProto, CookieJar jar) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (peer is not null)
            {
                request.Headers.Add(PeerHeader, peer);
            }

            if (forwardedFor is not null)
            {
                request.Headers.Add("X-Forwarded-For", forwardedFor);
            }

            if (forwardedProto is not null)
            {
                request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            }

            if (jar.Values.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", jar.Values.Select(c => c.Key + "=" + c.Value)));
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var cookie in cookies)
                {
                    jar.SetCookies.Add(cookie);
                    var pair = cookie.Split(';')[0];
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    var (name, value) = (pair[..equals], pair[(equals + 1)..]);
                    if (value.Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                    {
                        jar.Values.Remove(name);
                    }
                    else
                    {
                        jar.Values[name] = value;
                    }
                }
            }

            return response;
        }
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
