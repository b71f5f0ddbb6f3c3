using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FamilyFirst.Web.Tests.Infrastructure;

namespace FamilyFirst.Web.Tests.Account;

/// <summary>
/// A real OpenID Connect provider for the tests: the OpenID-certified <c>oidc-provider</c> npm package, run by
/// <c>tests/oidc-provider/provider.mjs</c> on a free port, with one client (the service) and test accounts whose
/// groups and app roles are like Entra ID's. <c>npm ci</c> runs once if its node_modules folder is missing.
/// </summary>
public sealed class CouncilIdentityProvider : IDisposable
{
    public const string ClientId = "familyfirst";
    public const string ClientSecret = "a-test-client-secret-that-is-long-enough";

    private static readonly Lock Install = new();
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();
    private bool _disposed;

    /// <param name="serviceUrl">The service's address, for the redirect addresses the provider allows.</param>
    /// <param name="backChannelLogoutUrl">Where the provider posts logout tokens when a person signs out at the council, if the service can be reached there.</param>
    public CouncilIdentityProvider(string serviceUrl, string? backChannelLogoutUrl = null)
    {
        var folder = RepositoryFiles.PathOf("tests", "oidc-provider");
        lock (Install)
        {
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
            {
                Run(folder, "npm", "ci --no-audit --no-fund");
            }
        }

        Port = FreePort();
        var start = new ProcessStartInfo("node", "provider.mjs")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["CLIENT_ID"] = ClientId;
        start.Environment["CLIENT_SECRET"] = ClientSecret;
        start.Environment["REDIRECT_URI"] = serviceUrl + "/signin-oidc";
        start.Environment["POST_LOGOUT_REDIRECT_URI"] = serviceUrl + "/signed-out";
        if (backChannelLogoutUrl is not null)
        {
            start.Environment["BACKCHANNEL_LOGOUT_URI"] = backChannelLogoutUrl;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _errors.Enqueue(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        var ready = _process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(60)) || ready.Result?.StartsWith("listening", StringComparison.Ordinal) != true)
        {
            Dispose();
            throw new InvalidOperationException("The test OpenID provider did not start: " + ready.Result);
        }
    }

    public int Port { get; }

    public string Issuer => $"http://127.0.0.1:{Port}";

    /// <summary>What the provider has written to its error output (a failed back-channel logout, for example).</summary>
    public string ErrorOutput => string.Join(Environment.NewLine, _errors);

    public void Dispose()
    {
        // The factory that owns the provider may be disposed twice (Dispose and DisposeAsync).
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    /// <summary>A free port on this machine (for a server whose address must be known before it starts).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string folder, string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{file} did not start");
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed in {folder}");
        }
    }
}
