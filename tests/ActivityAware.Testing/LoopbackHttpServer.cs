using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace ActivityAware.Testing;

/// <summary>A real HTTP server on 127.0.0.1 (HttpListener) standing in for Slack, PagerDuty or a webhook. Records every request; answers from a queue of scripted responses, then 200.</summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(int Status, string Body, IReadOnlyDictionary<string, string> Headers)> _responses = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackHttpServer()
    {
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public void Enqueue(int status, string body = "", IReadOnlyDictionary<string, string>? headers = null) =>
        _responses.Enqueue((status, body, headers ?? new Dictionary<string, string>()));

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            Requests.Enqueue(new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.PathAndQuery, headers, body));

            var (status, responseBody, responseHeaders) = _responses.TryDequeue(out var scripted) ? scripted : (200, "ok", new Dictionary<string, string>());
            context.Response.StatusCode = status;
            foreach (var (name, value) in responseHeaders) context.Response.Headers[name] = value;
            var bytes = Encoding.UTF8.GetBytes(responseBody);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}

public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);
