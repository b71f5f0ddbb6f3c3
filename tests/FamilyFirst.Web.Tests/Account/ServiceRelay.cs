namespace FamilyFirst.Web.Tests.Account;

/// <summary>
/// A real address on this machine for the in-memory test server, so that a server-to-server call from outside the
/// process (the test OpenID provider posting a logout token) reaches the app: each request is passed to the test
/// server's handler and its answer sent back.
/// </summary>
public sealed class ServiceRelay : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpMessageHandler> _service;
    private readonly string _serviceUrl;
    private readonly CancellationTokenSource _stop = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();
    private bool _disposed;

    /// <param name="serviceUrl">The address the app believes it has (its <c>Council:ServiceUrl</c>).</param>
    /// <param name="service">The test server's handler, asked for at the first request (the app starts lazily).</param>
    public ServiceRelay(string serviceUrl, Func<HttpMessageHandler> service)
    {
        _serviceUrl = serviceUrl;
        _service = service;
        Url = $"http://127.0.0.1:{CouncilIdentityProvider.FreePort()}";
        _listener.Prefixes.Add(Url + "/");
        _listener.Start();
        _ = Task.Run(RelayAsync);
    }

    public string Url { get; }

    /// <summary>What went wrong passing a request on (an exception the app threw), for a test's failure message.</summary>
    public string Errors => string.Join(Environment.NewLine, _errors);

    public void Dispose()
    {
        // The factory that owns the relay may be disposed twice (Dispose and DisposeAsync).
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private async Task RelayAsync()
    {
        HttpMessageInvoker? invoker = null;
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), _serviceUrl + context.Request.RawUrl)
            {
                Content = new ByteArrayContent(body.ToArray()),
            };
            if (context.Request.ContentType is { } contentType)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            try
            {
                invoker ??= new HttpMessageInvoker(_service());
                using var response = await invoker.SendAsync(request, _stop.Token);
                context.Response.StatusCode = (int)response.StatusCode;
                var answer = await response.Content.ReadAsByteArrayAsync();
                await context.Response.OutputStream.WriteAsync(answer);
            }
            catch (Exception e) when (!_stop.IsCancellationRequested)
            {
                // The test server passes the app's exceptions to its caller: keep them for the test to show.
                _errors.Enqueue(e.ToString());
                context.Response.StatusCode = (int)HttpStatusCode.BadGateway;
            }

            context.Response.Close();
        }

        invoker?.Dispose();
    }
}
