using System.Diagnostics;
using System.Xml.Linq;
using ActivityAware.Testing;

namespace ActivityAware.Aws.Tests.Ses;

/// <summary>
/// A moto_server that checks SigV4 signatures and IAM policies (INITIAL_NO_AUTH_ACTION_COUNT): the first three calls, unsigned, create an
/// IAM user with an allow-all policy and an access key; every later call must be signed with that key.
/// </summary>
public sealed class AuthenticatingMotoServer : IAsyncLifetime
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);
    private readonly HttpClient _http = new();
    private Process? _process;

    public Uri Endpoint { get; private set; } = null!;
    public string AccessKeyId { get; private set; } = "";
    public string SecretAccessKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        Endpoint = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { RepositoryRoot.Combine("tests", "moto", "moto_launcher.py"), "-H", "127.0.0.1", "-p", port.ToString() },
            WorkingDirectory = RepositoryRoot.Combine("tests", "moto"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["INITIAL_NO_AUTH_ACTION_COUNT"] = "3" },
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started for moto_server");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilUpAsync();

        await IamAsync("CreateUser", ("UserName", "mailer"));
        await IamAsync("PutUserPolicy", ("UserName", "mailer"), ("PolicyName", "all"),
            ("PolicyDocument", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"""));
        var key = await IamAsync("CreateAccessKey", ("UserName", "mailer"));
        AccessKeyId = key.Descendants().First(e => e.Name.LocalName == "AccessKeyId").Value;
        SecretAccessKey = key.Descendants().First(e => e.Name.LocalName == "SecretAccessKey").Value;
    }

    private async Task WaitUntilUpAsync()
    {
        var deadline = DateTime.UtcNow + StartDeadline;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"moto_server exited with code {_process.ExitCode}");
            try
            {
                using var response = await _http.GetAsync(new Uri(Endpoint, "/moto-api/data.json"));
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"moto_server did not answer on {Endpoint} within {StartDeadline.TotalSeconds} s");
    }

    /// <summary>An unsigned IAM Query call (one of the free ones).</summary>
    private Task<XDocument> IamAsync(string action, params (string Name, string Value)[] parameters) => IamQuery.CallAsync(_http, Endpoint, action, parameters);

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        _http.Dispose();
        return Task.CompletedTask;
    }
}
