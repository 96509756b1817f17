using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit;

namespace ActivityAware.Testing;

/// <summary>
/// A real moto_server on 127.0.0.1 and a free port, started through tests/moto/moto_launcher.py and stopped on dispose.
/// Use as an xunit class or collection fixture; call <see cref="ResetAsync"/> between tests that need a clean account.
/// A fixture that needs server-side environment variables (SFN_MOCK_CONFIG, INITIAL_NO_AUTH_ACTION_COUNT) derives
/// from it and passes them to the protected constructor.
/// </summary>
public class MotoServer : IAsyncLifetime, IDisposable
{
    public const string Region = "us-east-1";
    public const string AccountId = "123456789012";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);
    private Process? _process;
    private readonly HttpClient _http = new();
    private readonly IReadOnlyDictionary<string, string> _serverEnvironment;

    public MotoServer() : this(new Dictionary<string, string>()) { }

    /// <param name="serverEnvironment">Extra environment variables for the moto_server process itself.</param>
    protected MotoServer(IReadOnlyDictionary<string, string> serverEnvironment) => _serverEnvironment = serverEnvironment;

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
        foreach (var (name, value) in _serverEnvironment) start.Environment[name] = value;
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
        // StringContent, not JsonContent: werkzeug reads a chunked body (no Content-Length) as empty and answers 500.
        using var body = new StringContent(config.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(Endpoint, "/moto-api/config"), body);
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
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops moto_server; a derived fixture overrides it to release its own clients too.</summary>
    protected virtual void Dispose(bool disposing)
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
