using System.Buffers;
using System.Collections.Concurrent;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using ServiceProvider = SmtpServer.ComponentModel.ServiceProvider;

namespace FamilyFirst.Web.Tests.Notifications;

/// <summary>A real SMTP server on a loopback port, inside the test, that keeps every message it receives.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly Store _store = new();
    private CancellationTokenSource? _running;
    private Task? _serving;

    public TestSmtpServer(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Received => _store.Messages.ToArray();

    /// <summary>How many times each message (by its X-FamilyFirst-Message-Id header) arrived.</summary>
    public IReadOnlyDictionary<string, int> CountsByMessageId =>
        Received.GroupBy(m => m.Headers["X-FamilyFirst-Message-Id"] ?? string.Empty).ToDictionary(g => g.Key, g => g.Count());

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(_store);
        var server = new SmtpServer.SmtpServer(options, services);
        _running = new CancellationTokenSource();
        _serving = server.StartAsync(_running.Token);

        // Ready once it accepts a connection.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    public async Task StopAsync()
    {
        if (_running is null || _serving is null)
        {
            return;
        }

        await _running.CancelAsync();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
            // Stopping is cancelling.
        }

        _running.Dispose();
        _running = null;
        _serving = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
