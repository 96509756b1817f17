using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ActivityAware.Testing;

/// <summary>
/// A real moto_server on 127.0.0.1 and a free port, started through tests/moto/moto_launcher.py and stopped on dispose.
/// Use as an xunit class or collection fixture; call <see cref="ResetAsync"/> between tests that need a clean account.
/// </summary>
public sealed class MotoServer : IAsyncLifetime, IDisposable
{
    public const string Region = "us-east-1";
    public const string AccountId = "123456789012";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);
    private Process? _process;
    private readonly HttpClient _http = new();

    public int Port { get; private set; }
    public Uri Endpoint => new($"http://127.0.0.1:{Port}");

    /// <summary>Environment variables that point AWS SDKs and the CLI at this server with dummy credentials.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["AWS_ENDPOINT_URL"] = Endpoint.ToString().TrimEnd('/'),
        ["AWS_REGION"] = Region,
        ["AWS_DEFAULT_REGION"] = Region,
        ["AWS_ACCESS_KEY_ID"] = "testing",
        ["AWS_SECRET_ACCESS_KEY"] = "testing",
    };

    public async Task InitializeAsync()
    {
        Port = FreePort.Next();
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { RepositoryRoot.Combine("tests", "moto", "moto_launcher.py"), "-H", "127.0.0.1", "-p", Port.ToString() },
            WorkingDirectory = RepositoryRoot.Combine("tests", "moto"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started for moto_server");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartDeadline;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"moto_server exited with code {_process.ExitCode}; is 'moto[server]' installed for python3?");
            try
            {
                using var response = await _http.GetAsync(new Uri(Endpoint, "/moto-api/data.json"));
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"moto_server did not answer on port {Port} within {StartDeadline.TotalSeconds} s");
    }

    public async Task ResetAsync()
    {
        using var response = await _http.PostAsync(new Uri(Endpoint, "/moto-api/reset"), null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>POST /moto-api/config, e.g. to let the Step Functions interpreter execute state machines.</summary>
    public async Task ConfigureAsync(JsonObject config)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(Endpoint, "/moto-api/config"), config);
        response.EnsureSuccessStatusCode();
    }

    public async Task<JsonNode?> GetDataAsync()
    {
        var text = await _http.GetStringAsync(new Uri(Endpoint, "/moto-api/data.json"));
        return JsonNode.Parse(text);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        _process = null;
        _http.Dispose();
    }
}
